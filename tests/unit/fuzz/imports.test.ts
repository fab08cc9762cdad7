/**
 * Fuzzing the importers a teacher feeds files to (CSV, GIFT, Aiken, Moodle XML), the decoding of a
 * chosen file's bytes before them, and the step that turns what they read into a bank: random
 * text or bytes and damaged real exports never throw, and every refusal carries a known code whose
 * sentence en.json can fill in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeImport, fromAiken, fromCsv, fromGift, fromMoodleXml, importedToBank, toAiken, toCsv, toGift, toMoodleXml, type ImportedQuestion, type ImportFormat, type ImportResult } from '../../../src/core/interop';
import { realBank } from '../../harness/realBank';
import { anyText, expectSoundImport, importErrorText, mutated, RUNS, syntaxSoup } from './support';

const bank = realBank();
// Small valid files: a few questions of the real bank each, so each run damages a file a teacher could have.
const portable = bank.questions.filter((q) => q.type === 'choice' || q.type === 'truefalse');
const slices = [0, 10, 20].map((start) => ({ ...bank, questions: portable.slice(start, start + 5) }));

const COMMON = ['\n', '\r\n', '\r', ' ', '\t', '\u00a0', '\uFEFF', '\u2028', '"', "'", '\\', 'True', 'False', '北京', '🙂', 'e\u0301'];

const formats: { name: string; format: ImportFormat; read: (t: string) => ImportResult; write: (b: typeof bank) => string; pieces: string[] }[] = [
  { name: 'CSV', format: 'csv', read: fromCsv, write: (b) => toCsv(b).output, pieces: [...COMMON, ',', ';', '\t', '""', '"', 'Question', 'Question #', 'Answer 1', 'Correct answer(s)', '1', '5', '1,2', "'=", '=SUM(A1)', 'sep=;', '"Blooket\nImport Template"'] },
  { name: 'GIFT', format: 'gift', read: fromGift, write: (b) => toGift(b).output, pieces: [...COMMON, '{', '}', '~', '=', '#', '####', '::', '//', '\\n', '%50%', '%100%', '->', '[html]', '[markdown]', '[moodle]', '<p>', '</p>', '<br>', '&amp;', '&#39;', '&nbsp;', '$CATEGORY:', 'T', 'FALSE'] },
  { name: 'Aiken', format: 'aiken', read: fromAiken, write: (b) => toAiken(b).output, pieces: [...COMMON, 'A. ', 'B) ', 'A)', 'C.', 'E. ', 'Z. ', 'U.S. ', 'ANSWER: ', 'ANSWER: A', 'Answer: b', '\n\n'] },
  {
    name: 'Moodle XML',
    format: 'xml',
    read: fromMoodleXml,
    write: (b) => toMoodleXml(b).output,
    pieces: [
      ...COMMON, '<', '>', '/>', '</', '&', '&amp;', '&lt;', '&#0;', '&#x1F642;', '&#xD800;', '&lol;', ';', '=', '<![CDATA[', ']]>', '<!--', '-->', '<?', '?>',
      '<!DOCTYPE quiz [<!ENTITY a "b">]>', '<!ENTITY x SYSTEM "file:///etc/passwd">', '%p;', '<question type="essay">', '<question type="truefalse">', '</question>',
      '<answer fraction="50">', '<answer fraction="100">', '<text>', '</text>', '<single>false</single>', 'format="html"', '<p>', '<br>', '<script>',
    ],
  },
];

describe.each(formats)('$name import', ({ read, write, pieces, format }) => {
  const valid = fc.constantFrom(...slices.map(write));

  it('valid files still import, and convert to a bank', () => {
    for (const text of slices.map(write)) {
      const r = read(text);
      expect(r.ok ? [] : r.errors).toEqual([]);
    }
  });

  it('never throws on random text, and any refusal is a known, localized error', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(300), syntaxSoup(pieces)), (text) => {
        expectSoundImport(read(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on a damaged real export, and what it still reads becomes a bank or a localized refusal', () => {
    fc.assert(
      fc.property(mutated(valid, pieces), (text) => {
        const r = read(text);
        expectSoundImport(r);
        if (!r.ok) return;
        const built = importedToBank(r.questions, { id: 'fuzzed', title: 'Fuzzed', language: 'en', format });
        if (!built.ok) for (const e of built.errors) importErrorText(e);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('decodeImport, the bytes of a chosen file', () => {
  const utf16 = (text: string, le: boolean) => {
    const out = [le ? 0xff : 0xfe, le ? 0xfe : 0xff];
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
    }
    return new Uint8Array(out);
  };
  const encoded = fc.tuple(fc.constantFrom(...formats.flatMap((f) => slices.map(f.write))), fc.constantFrom('utf-8', 'utf-16le', 'utf-16be')).map(([text, enc]) =>
    enc === 'utf-8' ? new TextEncoder().encode(text) : utf16(text, enc === 'utf-16le'),
  );
  // Damaged the ways bytes get damaged: some changed, the end cut off (maybe mid-character).
  const damaged = fc.tuple(encoded, fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }), fc.option(fc.nat())).map(([bytes, edits, cut]) => {
    const b = bytes.slice(0, cut === null ? bytes.length : cut % (bytes.length + 1));
    for (const e of edits) if (b.length) b[e.at % b.length] = e.byte;
    return b;
  });

  it('never throws on any bytes; a refusal is a known, localized error; what it decodes goes through every reader soundly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), damaged), (bytes) => {
        const d = decodeImport(bytes);
        if (!d.ok) {
          expect(d.errors.length).toBeGreaterThan(0);
          for (const e of d.errors) importErrorText(e);
          return;
        }
        for (const f of formats) expectSoundImport(f.read(d.text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('importedToBank', () => {
  const item: fc.Arbitrary<ImportedQuestion> = fc.record(
    {
      prompt: fc.oneof(anyText(40), fc.constantFrom('', ' ', '\u00a0', '\n\t')),
      options: fc.array(fc.oneof(anyText(12), fc.constantFrom('True', 'false', 'TRUE', ' ', '', 'Paris', 'paris ')), { maxLength: 6 }),
      answer: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.constantFrom(Number.NaN, 1.5, Infinity)),
      kind: fc.constantFrom('choice' as const, 'truefalse' as const),
      feedback: fc.oneof(anyText(40), fc.constantFrom('', ' \n ', '\u2028')),
      line: fc.nat({ max: 10_000 }),
    },
    { requiredKeys: ['prompt', 'options', 'answer', 'kind'] },
  );
  const meta = fc.record({
    id: fc.oneof(fc.constantFrom('imported', 'my-quiz-2'), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), anyText(10)),
    title: fc.oneof(fc.constantFrom('Quiz', 'Контрольная', 'quiz.csv'), anyText(30)),
    language: fc.oneof(fc.constantFrom('en', 'fr', 'zh-CN'), anyText(5)),
    format: fc.constantFrom<ImportFormat>('csv', 'aiken', 'gift', 'xml'),
    source: fc.option(anyText(20), { nil: undefined }),
  });

  it('never throws on any questions and metadata; every refusal is a known, localized error; every bank is valid', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), meta, (items, m) => {
        const built = importedToBank(items, m);
        if (!built.ok) {
          expect(built.errors.length).toBeGreaterThan(0);
          for (const e of built.errors) importErrorText(e);
          return;
        }
        // A question that cannot become a Factsprint question is left out whole, with a localized reason.
        expect(built.bank.questions).toHaveLength(items.length - built.skipped.length);
        for (const s of built.skipped) importErrorText(s);
        for (const f of built.bank.facts) expect(built.articleText.slice(f.span.start, f.span.end)).toBe(f.sentence);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
