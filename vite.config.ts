import { defineConfig } from 'vite';
import { offlinePlugin } from './scripts/offlinePlugin.ts';
import { securityPlugin } from './scripts/securityPlugin.ts';
import { banksPlugin } from './scripts/banksPlugin.ts';
import { localesPlugin } from './scripts/localesPlugin.ts';
import { xlsxChunkPlugin } from './scripts/xlsxChunkPlugin.ts';

export default defineConfig({
  // Relative asset paths, so the built site works from any folder of any static host.
  base: './',
  publicDir: 'assets',
  // sw.js: the whole site cached for offline play after the first visit.
  plugins: [banksPlugin(), localesPlugin(), xlsxChunkPlugin(), securityPlugin(), offlinePlugin()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Phaser alone is over 1 MB minified; it is expected and lives in its own chunk.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // Two pages: the game, and the teacher page (which alone loads the builder).
      input: { main: 'index.html', teacher: 'teacher.html' },
      output: {
        // Phaser changes far less often than the game: its own long-cacheable chunk.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
