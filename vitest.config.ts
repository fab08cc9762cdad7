import { defineConfig } from 'vitest/config';

// The Node projects run in worker threads: on these two-core machines starting a process per
// test file cost about a sixth of their time (measured: 133 s in forks, 112 s in threads).
const pool = 'threads';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', pool } },
      { test: { name: 'data', include: ['tests/data/**/*.test.ts'], environment: 'node', pool } },
      { test: { name: 'lint', include: ['tests/lint/**/*.test.ts'], environment: 'node', testTimeout: 30_000, pool } },
      // The live server's rooms on 127.0.0.1 (a free port per file) and the pure rules of src/live.
      { test: { name: 'live', include: ['tests/live/**/*.test.ts'], environment: 'node', testTimeout: 15_000, hookTimeout: 15_000, pool } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/setup/server.ts'],
          // One browser at a time: these machines have 2 cores and SwiftShader is CPU-bound.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
