/**
 * Serves the built site (dist/, made by `vite build` just before this project runs) on loopback,
 * the way a static host would, and hands its address to the browser tests.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: the browser tests run against the built site (npm run test:e2e builds it).');
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report an address');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
