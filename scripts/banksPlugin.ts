/**
 * Built-in banks, split for the wire. questions/<id>/bank.json holds a bank with every
 * translation (the one file people review); players need the bank and at most one
 * translation. So the build emits banks/<id>/bank-<hash>.json without translations and
 * banks/<id>/<lang>-<hash>.json per language, and the game learns their names from the virtual
 * module `virtual:builtin-banks`. The dev server answers the same names from the sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:builtin-banks';
const RESOLVED = `\0${VIRTUAL}`;

interface SplitBank {
  id: string;
  /** File name (under banks/<id>/) -> content. */
  files: Map<string, string>;
  bank: string;
  translations: Record<string, string>;
}

const hashed = (stem: string, text: string) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;

function splitBanks(root: string): SplitBank[] {
  const dir = join(root, 'questions');
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'bank.json')))
    .sort()
    .map((id) => {
      const { translations = {}, ...base } = JSON.parse(readFileSync(join(dir, id, 'bank.json'), 'utf8')) as { translations?: Record<string, unknown> };
      const files = new Map<string, string>();
      const baseText = JSON.stringify(base);
      const bank = hashed('bank', baseText);
      files.set(bank, baseText);
      const tr: Record<string, string> = {};
      for (const [lang, t] of Object.entries(translations)) {
        const text = JSON.stringify(t);
        tr[lang] = hashed(lang, text);
        files.set(tr[lang], text);
      }
      return { id, files, bank, translations: tr };
    });
}

export function banksPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'factsprint-banks',
    configResolved(c) {
      root = c.root;
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const banks = splitBanks(root);
      for (const b of banks) this.addWatchFile(join(root, 'questions', b.id, 'bank.json'));
      const index = Object.fromEntries(banks.map((b) => [b.id, { bank: b.bank, translations: b.translations }]));
      return `export const BUILT_IN_BANKS = ${JSON.stringify(index)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/banks\/([^/]+)\/([^/?]+\.json)(\?|$)/.exec(req.url ?? '');
        const text = m ? splitBanks(root).find((b) => b.id === m[1])?.files.get(m[2]!) : undefined;
        if (text === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(text);
      });
    },
    generateBundle() {
      for (const b of splitBanks(root)) for (const [name, text] of b.files) this.emitFile({ type: 'asset', fileName: `banks/${b.id}/${name}`, source: text });
    },
  };
}
