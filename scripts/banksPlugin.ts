/**
 * Built-in banks, split for the wire. questions/<id>/bank.json holds a bank with every
 * translation (the one file people review); players need the bank and at most one
 * translation. So the build emits banks/<id>/bank-<hash>.json without translations and
 * banks/<id>/<lang>-<hash>.json per language, and the game learns their names from the virtual
 * module `virtual:builtin-banks`. The dev server answers the same names from the sources.
 *
 * The build also checks every bank against the schema (a bank that fails stops the build, with
 * its JSON paths) and ships what the schema made of it, defaults filled in. The game then only
 * has to see that a file is the one the build checked, by the content hash in its name, to skip
 * checking it again: zod stays out of the first screen. The dev server serves a bank that fails
 * as it is, marked unchecked, so the game shows the problem as it would for any bad bank.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_BANK_ID } from '../src/core/bank/constants.ts';
import { validateBank } from '../src/core/bank/validate.ts';
import { formatBankError } from '../src/core/bank/errors.ts';

const VIRTUAL = 'virtual:builtin-banks';
const RESOLVED = `\0${VIRTUAL}`;

interface SplitBank {
  id: string;
  /** File name (under banks/<id>/) -> content. */
  files: Map<string, string>;
  bank: string;
  translations: Record<string, string>;
  /** The schema accepted it, and the files hold what the schema made of it. */
  checked: boolean;
}

const hashed = (stem: string, text: string) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;

/** `strict` (the build): a bank the schema refuses is an error. Otherwise it is served unchecked. */
function splitBanks(root: string, strict: boolean): SplitBank[] {
  const dir = join(root, 'questions');
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'bank.json')))
    .sort()
    .map((id) => {
      const file = `questions/${id}/bank.json`;
      const source = readFileSync(join(dir, id, 'bank.json'), 'utf8');
      let raw: unknown;
      try {
        raw = JSON.parse(source);
      } catch (e) {
        if (strict) throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
        // Served as it is, so the game reports the syntax error.
        const bank = hashed('bank', source);
        return { id, files: new Map([[bank, source]]), bank, translations: {}, checked: false };
      }
      const result = validateBank(raw, file);
      if (!result.ok && strict) throw new Error(`${file} does not match the bank schema:\n${result.errors.map(formatBankError).join('\n')}`);
      const { translations = {}, ...base } = (result.ok ? result.bank : raw) as { translations?: Record<string, unknown> };
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
      return { id, files, bank, translations: tr, checked: result.ok };
    });
}

/**
 * A classic script for the game's page that starts, while the engine's 1.3 MB of code is still
 * arriving and the page has nothing else to do, two things the first screen would otherwise wait
 * for after it:
 * - the bank's download (on mobile data, a round trip saved). Only the bank file, which every
 *   language shares; the response is left for the game (`startedBankFetch` in
 *   src/services/builtInBanks.ts). Assignment links decide their bank inside the code: those wait;
 * - the browser's locale data. The first date or number formatter a page makes loads it, in any
 *   language: 15–30 ms in software, which the menu (its article's date) paid on the main thread.
 */
function earlyStartScript(banks: SplitBank[]): string {
  const files = Object.fromEntries(banks.map((b) => [b.id, b.bank]));
  return `(function (files, fallback) {
  var q = new URLSearchParams(location.search);
  if (q.has('assign')) return;
  var id = q.get('bank') || fallback;
  if (!Object.prototype.hasOwnProperty.call(files, id)) return;
  var url = new URL('banks/' + id + '/' + files[id], document.baseURI).href;
  var response = fetch(url);
  // A failure is the game's to report when it asks; unasked, it is not an error on the console.
  response.catch(function () {});
  window.__factsprintBankFetch = { url: url, response: response };
})(${JSON.stringify(files)}, ${JSON.stringify(DEFAULT_BANK_ID)});
new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(0);
new Intl.NumberFormat('en').format(0);
`;
}

/** Named by its content in a build, so it may be cached for good like the rest. */
const earlyStartName = (script: string, dev: boolean) => (dev ? 'early-start.js' : `early-start-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`);

export function banksPlugin(): Plugin {
  let root = process.cwd();
  let strict = true;
  return {
    name: 'factsprint-banks',
    configResolved(c) {
      root = c.root;
      strict = c.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const banks = splitBanks(root, strict);
      for (const b of banks) this.addWatchFile(join(root, 'questions', b.id, 'bank.json'));
      const index = Object.fromEntries(banks.map((b) => [b.id, { bank: b.bank, translations: b.translations, checked: b.checked }]));
      return `export const BUILT_IN_BANKS = ${JSON.stringify(index)};`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // The game's page only; the teacher page fetches banks when a teacher picks one.
        if (!ctx.filename.endsWith('index.html')) return html;
        const script = earlyStartScript(splitBanks(root, strict));
        // Async: it must not hold up the page, and it runs as soon as it arrives.
        return [{ tag: 'script', attrs: { async: true, src: `./${earlyStartName(script, Boolean(ctx.server))}` }, injectTo: 'head' }];
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (/\/early-start\.js(\?|$)/.test(req.url ?? '')) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(earlyStartScript(splitBanks(root, false)));
          return;
        }
        const m = /\/banks\/([^/]+)\/([^/?]+\.json)(\?|$)/.exec(req.url ?? '');
        const text = m ? splitBanks(root, false).find((b) => b.id === m[1])?.files.get(m[2]!) : undefined;
        if (text === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(text);
      });
    },
    generateBundle() {
      const banks = splitBanks(root, true);
      const script = earlyStartScript(banks);
      this.emitFile({ type: 'asset', fileName: earlyStartName(script, false), source: script });
      for (const b of banks) for (const [name, text] of b.files) this.emitFile({ type: 'asset', fileName: `banks/${b.id}/${name}`, source: text });
    },
  };
}
