/**
 * Shared by the fuzz tests: inputs (random text, and valid inputs damaged the ways files and
 * pastes get damaged) and the checks every entry point must pass on any of them: it returns, and
 * what it returns is a result or a refusal a person can read in their language.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { IMPORT_ERROR_CODES, type ImportedQuestion, type LineError } from '../../../src/core/interop';
import { MAX_CHOICE_OPTIONS } from '../../../src/core/bank/constants';
import en from '../../../src/locales/en.json';

/**
 * How many runs each property gets: the whole folder stays well under 20 s on 2 cores. Set
 * FUZZ_RUNS for a longer hunt (FUZZ_RUNS=5000 npx vitest run tests/unit/fuzz).
 */
export const RUNS = Number(process.env.FUZZ_RUNS) || 500;

// ---- inputs ------------------------------------------------------------------------------------

/**
 * Any text at all: whole graphemes (emoji, combining marks, scripts), or raw code points including
 * lone surrogates. Lengths reach maxLength (fast-check's default keeps strings short), so limits
 * and cut-offs get exercised too.
 */
export const anyText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength, size: 'max' }),
    fc.string({ unit: 'binary', maxLength, size: 'max' }),
    fc.string({ unit: 'grapheme-ascii', maxLength, size: 'max' }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  );

/** Text built from a format's own syntax, which reaches deeper than random characters do. */
export const syntaxSoup = (pieces: readonly string[], maxParts = 40): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: anyText(4) }), { maxLength: maxParts }).map((parts) => parts.join(''));

type Edit = { op: 'insert' | 'delete' | 'replace' | 'truncate' | 'duplicate'; at: number; len: number; text: string };

function applyEdit(s: string, e: Edit): string {
  const at = e.at % (s.length + 1);
  switch (e.op) {
    case 'insert':
      return s.slice(0, at) + e.text + s.slice(at);
    case 'delete':
      return s.slice(0, at) + s.slice(at + e.len);
    case 'replace':
      return s.slice(0, at) + e.text + s.slice(at + e.len);
    case 'truncate':
      return s.slice(0, at);
    case 'duplicate':
      return s.slice(0, at + e.len) + s.slice(at, at + e.len) + s.slice(at + e.len);
  }
}

/**
 * A valid input after a few edits: characters inserted, deleted or replaced, the end cut off,
 * or a slice repeated. Inserted text is drawn from the format's syntax as well as at random, and
 * positions may split a surrogate pair, as a careless cut in an editor can.
 */
export function mutated(valid: fc.Arbitrary<string>, pieces: readonly string[], maxEdits = 4): fc.Arbitrary<string> {
  const edit: fc.Arbitrary<Edit> = fc.record({
    // Truncation is one op in nine: it destroys most of the input, and the others find more.
    op: fc.constantFrom('insert', 'insert', 'delete', 'delete', 'replace', 'replace', 'duplicate', 'duplicate', 'truncate'),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 80 }),
    text: fc.oneof(fc.constantFrom(...pieces), anyText(3)),
  });
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: maxEdits })).map(([s, edits]) => edits.reduce(applyEdit, s));
}

// ---- checks ------------------------------------------------------------------------------------

const PLACEHOLDER = /\{\{\s*([^{}\s,]+)[^{}]*\}\}/g;

/** A locale string filled in as i18next fills it; fails the test if a placeholder is left unfilled. */
export function render(template: string | undefined, params: Record<string, unknown> = {}, what = 'text'): string {
  expect(template, `${what}: en.json has no text for it`).toEqual(expect.any(String));
  // Checked on the template, not the result: a value may itself hold "{{" (a pasted file's text).
  const missing = [...template!.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(name in params));
  expect(missing, `${what}: placeholders nothing fills`).toEqual([]);
  return template!.replace(PLACEHOLDER, (_, name: string) => String(params[name]));
}

/** The key a value sits under in en.json, as a dotted path ("errors.seedInvalid"). */
export function enText(path: string): string | undefined {
  let node: unknown = en;
  for (const part of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** An import error as the teacher page shows it: a known code with an English sentence whose placeholders its params fill. */
export function importErrorText(e: LineError): string {
  expect(IMPORT_ERROR_CODES).toContain(e.code);
  expect(Number.isInteger(e.line) && e.line >= 0, `line ${e.line}`).toBe(true);
  expect(e.message).toEqual(expect.stringMatching(/\S/));
  for (const v of Object.values(e.params ?? {})) expect(typeof v === 'string' || Number.isFinite(v)).toBe(true);
  return render(enText(`teacher.importError.${e.code}`), e.params, `teacher.importError.${e.code}`);
}

/** Every refusal readable; every success a set of questions the bank converter can take. */
export function expectSoundImport(r: { ok: true; questions: ImportedQuestion[] } | { ok: false; errors: LineError[] }): void {
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) importErrorText(e);
    return;
  }
  expect(r.questions.length).toBeGreaterThan(0);
  for (const q of r.questions) {
    expect(typeof q.prompt).toBe('string');
    expect(q.prompt.trim()).not.toBe('');
    expect(q.options.length).toBeGreaterThanOrEqual(2);
    expect(q.options.length).toBeLessThanOrEqual(MAX_CHOICE_OPTIONS);
    expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length).toBe(true);
    for (const o of q.options) expect(o.trim()).not.toBe('');
  }
}
