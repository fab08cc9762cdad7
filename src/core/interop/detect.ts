/**
 * Which text format a file is in, from its content: a file named ".txt" may hold Aiken, GIFT,
 * Excel's tab-separated "Unicode Text" or even a Moodle XML export, and its name says nothing.
 *
 * Each format is looked for by what only it has:
 * - Moodle XML: starts with an XML declaration, a comment or <quiz>;
 * - GIFT: answer blocks in braces ({=right ~wrong}, {T}, {}, {#...}), "::title::" or "$CATEGORY:";
 * - Aiken: "ANSWER: X" lines after option lines ("A. ...", "B) ...");
 * - CSV/TSV: a header row the CSV reader knows (Question, Answer 1...), or rows that all split into
 *   the same number (four or more) of cells.
 * A file with the marks of two formats, or of none, is not guessed at: the teacher is asked which
 * format it is in, since a wrong guess would report every question as broken.
 */
import { hasCsvLayout } from './csv';
import { lineError, quoted, type LineError } from './types';

export type TextFormat = 'csv' | 'aiken' | 'gift' | 'xml';

export const FORMAT_LABELS: Record<TextFormat, string> = { csv: 'CSV', aiken: 'Aiken', gift: 'GIFT', xml: 'Moodle XML' };

export type Detected = { ok: true; format: TextFormat } | { ok: false; error: LineError; candidates: TextFormat[] };

// An answer block as Moodle's GIFT reader tells one: its first mark, or T/F, or nothing (an essay).
const GIFT_BLOCK = /\{\s*(?:[=~#]|(?:T|F|TRUE|FALSE)\s*(?:#|\})|\})/g;
const GIFT_TITLE = /^\s*::[^\n]*?::/m;
const GIFT_CATEGORY = /^\s*\$CATEGORY:/m;
const AIKEN_ANSWER = /^[ \t]*ANSWER:[ \t]*[A-Z][ \t]*$/gm;
const AIKEN_OPTION = /^[ \t]*[A-Z][.)]/gm;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** Every format whose marks the text shows. */
export function formatsIn(text: string): TextFormat[] {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*<(?:\?xml|!--|quiz[\s>/])/.test(body)) return ['xml'];
  const found: TextFormat[] = [];
  const aiken = count(body, AIKEN_ANSWER);
  if (aiken > 0 && count(body, AIKEN_OPTION) >= 2 * aiken) found.push('aiken');
  if (count(body, GIFT_BLOCK) > 0 || GIFT_TITLE.test(body) || GIFT_CATEGORY.test(body)) found.push('gift');
  if (hasCsvLayout(body)) found.push('csv');
  return found;
}

export function detectFormat(text: string): Detected {
  const found = formatsIn(text);
  if (found.length === 1) return { ok: true, format: found[0]! };
  if (found.length === 0) {
    return { ok: false, candidates: [], error: lineError(0, 'formatUnknown', 'this file does not look like CSV, Aiken, GIFT or Moodle XML: choose its format in the list, or check that it is the right file') };
  }
  const names = quoted(found.map((f) => FORMAT_LABELS[f]).join(', '), 60);
  return { ok: false, candidates: found, error: lineError(0, 'formatAmbiguous', `this file could be ${names}: choose its format in the list`, { formats: names }) };
}
