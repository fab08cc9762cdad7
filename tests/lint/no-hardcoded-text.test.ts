/**
 * Every word a player sees comes from the locale files: no player-visible string is written into
 * a scene or widget. This scans their string literals and allows only what players never read
 * (keys, ids, CSS, key names, developer messages).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOTS = ['src/scenes', 'src/ui', 'src/main.ts'];

function files(p: string): string[] {
  if (statSync(p).isFile()) return p.endsWith('.ts') ? [p] : [];
  return readdirSync(p).flatMap((f) => files(join(p, f)));
}

/** Lines players never read: scene names, key names, developer messages, fonts, DOM attributes. */
const NOT_FOR_PLAYERS = [/super\('\w+'\)/, /scene\.start\('\w+'/, /\bkey === '\w+'/, /\btype(\s*!==|\s*===|:)\s*'\w+'/, /console\.\w+\(/, /new Error\(/, /keyshortcuts:/, /FONT_STACK|sans-serif/, /setAttribute\('(role|aria-\w+|inputmode)'/, /\.(className|type|inputMode|autocomplete|id|htmlFor)\s*=/];

/** The one string shown before any language could load: kept in English on purpose. */
const ALLOWED = new Set(['Factsprint could not start. Please reload the page.']);

function literals(code: string): { text: string; line: string }[] {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: { text: string; line: string }[] = [];
  for (const line of noComments.split('\n')) {
    if (/^\s*import /.test(line) || NOT_FOR_PLAYERS.some((re) => re.test(line))) continue;
    for (const m of line.matchAll(/'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"|`([^`$\\]*)`/g)) {
      out.push({ text: m[1] ?? m[2] ?? m[3] ?? '', line: line.trim() });
    }
  }
  return out;
}

/** Looks like words for people: two words, or one capitalised word ("Play"). */
const wordy = (s: string) => /\p{L}{2,}\s+\p{L}{2,}/u.test(s) || /^\p{Lu}\p{Ll}{2,}[.!?]?$/u.test(s);
/** What may look wordy but is code: translation keys, Phaser event or tween names. */
const codeLike = (s: string) => /^[a-z]+(\.[a-zA-Z_]+)+$/.test(s) || /^[A-Z][a-z]+\.[A-Z][a-z]+$/.test(s);

it('finds the scenes and widgets to check', () => {
  expect(ROOTS.flatMap(files).length).toBeGreaterThan(10);
});

it('has no player-visible text written into scenes or widgets', () => {
  const found: string[] = [];
  for (const file of ROOTS.flatMap(files)) {
    for (const { text, line } of literals(readFileSync(file, 'utf8'))) {
      if (wordy(text) && !codeLike(text) && !ALLOWED.has(text)) found.push(`${file}: "${text}" in ${line.slice(0, 100)}`);
    }
  }
  expect(found).toEqual([]);
});

it('would catch a hard-coded label', () => {
  const probe = literals(`buttons.push({ id: 'x', label: 'Play again', rect });\nfittedText(this, r, 'Question', o);`);
  expect(probe.filter((l) => wordy(l.text)).map((l) => l.text)).toEqual(['Play again', 'Question']);
});
