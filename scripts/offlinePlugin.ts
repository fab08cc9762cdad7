/**
 * Makes the service worker after each build: the list of every file in the output folder and a
 * version hashed from their contents, put in front of src/sw/sw.js and written as sw.js beside
 * index.html. A deployment that changes any file changes the version, which is what lets the
 * game notice it and offer the update.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const SW_FILE = 'sw.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * Files players never need: the builder's table of towns and divisions (2 MB) is fetched by the
 * teacher page when it drafts a bank. Kept out so a phone's first visit does not download it.
 */
const NOT_PRECACHED = new Set(['geo/local-places.json']);

/** Every file of the built site, relative to it, in a stable order; the worker itself, source maps and NOT_PRECACHED excluded. */
export function precacheList(outDir: string): string[] {
  return filesUnder(outDir)
    .map((p) => relative(outDir, p).split(sep).join('/'))
    .filter((f) => f !== SW_FILE && !f.endsWith('.map') && !NOT_PRECACHED.has(f))
    .sort();
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'factsprint-offline',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    writeBundle: {
      // After every other plugin has written its files, so the list is the whole site.
      order: 'post',
      handler() {
        // resolve: an --outDir given as an absolute path stays as it is.
        const outDir = resolve(config.root, config.build.outDir);
        const files = precacheList(outDir);
        const hash = createHash('sha256');
        for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
        const version = hash.digest('hex').slice(0, 16);
        const source = readFileSync(join(config.root, 'src/sw/sw.js'), 'utf8');
        writeFileSync(join(outDir, SW_FILE), `const __PRECACHE__ = ${JSON.stringify({ version, files })};\n${source}`);
      },
    },
  };
}
