/**
 * `virtual:texts/game/<lang>`: src/locales/<lang>.json without the `teacher` section, for the
 * game's bundle. The locale files stay whole (one file per language for translators and the
 * parity test); only what ships to players is cut.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:texts/game/';
/** Sections of the locale files that only the teacher page shows. */
const TEACHER_ONLY = ['teacher'];

export function localesPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'factsprint-game-texts',
    configResolved(c) {
      root = c.root;
    },
    resolveId: (id) => (id.startsWith(PREFIX) && /^[a-z]{2}$/.test(id.slice(PREFIX.length)) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const file = join(root, 'src/locales', `${id.slice(PREFIX.length + 1)}.json`);
      this.addWatchFile(file);
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      for (const k of TEACHER_ONLY) delete data[k];
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
