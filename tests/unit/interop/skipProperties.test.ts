/**
 * Partial imports hold on any input: no reader throws; each question left out has a known kind
 * and a known reason, both with words in all eight languages that its params fill; whatever comes
 * in is whole (2 to 6 options, one right answer); and an import either brings a question in or
 * says why not. The format check on content never throws and always names a format or asks.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, fromAiken, fromCsv, fromGift, fromMoodleXml, SKIP_KINDS, toAiken, toCsv, toGift, toMoodleXml, type ImportResult, type ImportSkip } from '../../../src/core/interop';
import { anyText, expectSoundImport, mutated, syntaxSoup } from '../fuzz/support';
import { realBank } from './helpers';

const LANGS = ['en', 'de', 'es', 'fr', 'ar', 'ko', 'ru', 'zh'] as const;
type Tree = { [k: string]: string | Tree };
const locales = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(new URL(`../../../src/locales/${l}.json`, import.meta.url), 'utf8')) as Tree]));
const at = (tree: Tree, path: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

/** The skip's kind and reason in every language, each placeholder filled by the params it carries. */
function expectReadable(s: ImportSkip): void {
  expect(SKIP_KINDS).toContain(s.kind);
  expect(Number.isInteger(s.line) && s.line >= 0).toBe(true);
  for (const lang of LANGS) {
    for (const [path, params] of [[`teacher.skipKind.${s.kind}`, s.kindParams], [`teacher.importError.${s.code}`, s.params]] as const) {
      const text = at(locales[lang]!, path);
      expect(text, `${lang} ${path}`).toEqual(expect.any(String));
      const unfilled = [...text!.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).filter((n) => !(n in (params ?? {})));
      expect(unfilled, `${lang} ${path}`).toEqual([]);
    }
  }
}

function expectSound(r: ImportResult): void {
  expectSoundImport(r);
  if (!r.ok) {
    // A refusal that names questions names each as the list of left-out questions would.
    for (const e of r.errors) if ('kind' in e) expectReadable(e as ImportSkip);
    return;
  }
  for (const s of r.skipped) expectReadable(s);
}

const bank = realBank();
const portable = bank.questions.filter((q) => q.type === 'choice' || q.type === 'truefalse');
const small = { ...bank, questions: portable.slice(0, 6) };

const formats = [
  { name: 'GIFT', read: fromGift, valid: toGift(small).output, pieces: ['{', '}', '~', '=', '#', '->', '%50%', '%-100%', '::', '\n\n', '{}', '{#1:2}', '$CATEGORY: x', '[html]<p>'] },
  { name: 'Aiken', read: fromAiken, valid: toAiken(small).output, pieces: ['A. ', 'B) ', 'G. ', 'ANSWER: ', 'ANSWER: Z', 'Answer: a', '\n', '\n\n', 'U.S. '] },
  { name: 'CSV', read: fromCsv, valid: toCsv(small).output, pieces: [',', ';', '"', '""', '\r\n', '1,3', '9', 'x"y', 'Question,Answer 1,Answer 2,Correct answer(s)'] },
  {
    name: 'Moodle XML',
    read: fromMoodleXml,
    valid: toMoodleXml(small).output,
    pieces: ['<question type="essay"/>', '<question type="matching">', '<question type="category"/>', '<question>', '</question>', '<single>false</single>', '<answer fraction="50">', '<answer fraction="100">', '<text>', '</text>', '<![CDATA[<p>x</p>]]>'],
  },
];

describe.each(formats)('$name: partial imports on any input', ({ read, valid, pieces }) => {
  it('never throws; every question left out is named in every language; what comes in is whole', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(200), syntaxSoup(pieces), mutated(fc.constant(valid), pieces)), (text) => {
        expectSound(read(text));
      }),
      { numRuns: 200 },
    );
    // Eight languages checked per question left out: more work per run than the fuzz suite's checks.
  }, 60_000);
});

describe('recognising a text format from the content', () => {
  it('never throws, and either names one format or asks, with a reason in every language', () => {
    const all = formats.flatMap((f) => f.pieces);
    fc.assert(
      fc.property(fc.oneof(anyText(200), syntaxSoup(all), mutated(fc.constantFrom(...formats.map((f) => f.valid)), all)), (text) => {
        const d = detectFormat(text);
        if (d.ok) {
          expect(['csv', 'aiken', 'gift', 'xml']).toContain(d.format);
        } else {
          expect(['formatAmbiguous', 'formatUnknown']).toContain(d.error.code);
          for (const lang of LANGS) expect(at(locales[lang]!, `teacher.importError.${d.error.code}`)).toEqual(expect.any(String));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("recognises each format's own export", () => {
    expect(formats.map((f) => detectFormat(f.valid))).toEqual(['gift', 'aiken', 'csv', 'xml'].map((format) => ({ ok: true, format })));
  });
});
