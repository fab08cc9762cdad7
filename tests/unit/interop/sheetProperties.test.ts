/**
 * Properties of the spreadsheet layouts, over generated banks and generated grids rather than the
 * handful of hand-written cases in sheets.test.ts and sheetExport.test.ts:
 *
 * - a bank of choice questions (2 to 6 options) and true/false ones, with texts holding quotes,
 *   commas, semicolons, line breaks, right-to-left text, emoji and a leading = + - @ or apostrophe,
 *   written in Kahoot's, Wayground's and Blooket's layouts by our exporters and read back (by
 *   fromSheet, and for the .xlsx layouts through the real writer and readXlsxRows too; Blooket's
 *   CSV by fromCsv, the page's reader for it, and its cells by fromSheet) gives back the same
 *   prompts, options and right answers; what a tool cannot hold is listed by the exporter;
 * - a sheet under a known header: every row with a question or an answer in it is a question that
 *   came in or one listed with its row and a reason, never dropped without a word;
 * - fromSheet never throws on any grid of cells, and every row it leaves out has a reason a teacher
 *   can read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/bank/schema';
import {
  BLOOKET_HEADER,
  CSV_HEADER,
  fromCsv,
  fromSheet,
  KAHOOT_HEADER,
  SHEET_NOTE_CODES,
  toBlooketCsv,
  toKahootSheet,
  toWaygroundSheet,
  WAYGROUND_HEADER,
  type ImportResult,
  type SheetImport,
  type SheetOut,
  type SheetRows,
  type Skipped,
} from '../../../src/core/interop';
import { guardText } from '../../../src/core/csv';
import { parseCsv } from '../../../src/core/interop/csv';
import { readXlsxRows, writeXlsx } from '../../../src/services/xlsx';
import { anyText, enText, importErrorText, render } from '../fuzz/support';
import { bankWith, expected, realBank, type Spec } from './helpers';

/** Each property is kept small: the whole file runs in a few seconds, the .xlsx ones being the slow part. */
const TIMEOUT = 30_000;

// ---- generated banks ---------------------------------------------------------------------------

/**
 * What the .xlsx writer leaves out of a text (write-excel-file's removeInvalidXmlCharacters): the
 * characters XML 1.0 cannot hold (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF)
 * and those it discourages (DEL and the C1 controls but U+0085, U+FDD0-U+FDEF, the last two code
 * points of each plane), and U+FFFD as well. Texts written to a real .xlsx are without them: that
 * loss is the writer library's, reported, not a reader's. The other properties keep them all.
 */
const UNHOLDABLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFDD0-\uFDEF\uFFFD-\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The pieces that break spreadsheets and CSV, scripts and emoji that break naive text handling, and characters XML cannot hold. */
const PIECES = ['"', '""', "'", ',', ';', '\t', '\n', '\r\n', '\r', ' ', '=', '+', '-', '@', '=SUM(A1:A9)', '=HYPERLINK("x")', '1,3', '2', '-5', 'True', 'False', 'עברית', 'العربية', '\u200F', '\u202E', '😀', '👩‍👩‍👧', '🇫🇷', 'e\u0301', '中文', '&amp;', '<b>', '\u00A0', '#', '{', '}', '\u0000', '\u0085', '\u009F', '\uFFFD'];
/** How a text may start: a spreadsheet runs = + - @ as a formula, and an apostrophe is its "keep as text" mark. */
const LEADS = ['', '', '', '=', '+', '-', '@', "'", "'=", "''@", "'-", '"', '-5 ', '\u202E', '😀'];

/**
 * A text as a bank holds it: the schema trims every text and refuses an empty one, so generated
 * texts are trimmed and never empty. `forXlsx`: without what the .xlsx writer leaves out.
 */
const textOf = (forXlsx: boolean): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...LEADS), fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 6 }))
    .map(([lead, parts]) => (forXlsx ? (lead + parts.join('')).replace(UNHOLDABLE, '') : lead + parts.join('')).trim())
    .filter((s) => s.length > 0);

const base = realBank();
function banksOf(forXlsx: boolean): fc.Arbitrary<Bank> {
  const text = textOf(forXlsx);
  const choice: fc.Arbitrary<Spec> = fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.record({ prompt: text, options: fc.uniqueArray(text, { minLength: n, maxLength: n }), answer: fc.nat({ max: n - 1 }), feedback: text }),
  );
  // A true/false question (no options) is exported as the two answers True and False.
  const trueFalse: fc.Arbitrary<Spec> = fc.record({ prompt: text, answer: fc.constantFrom(0, 1), feedback: text });
  return fc.array(fc.oneof({ weight: 4, arbitrary: choice }, { weight: 1, arbitrary: trueFalse }), { minLength: 1, maxLength: 8 }).map((specs) => bankWith(specs, base));
}
const banks = banksOf(false);
const xlsxBanks = banksOf(true);

/** The questions an exporter wrote, in the bank's order, as every import returns them. */
const writtenOf = (bank: Bank, skipped: Skipped[]) => bank.questions.filter((q) => !skipped.some((s) => s.questionId === q.id)).map((q) => expected(bank, q.id));

/** An exporter lists exactly the questions with more answers than the tool holds, saying how many. */
function expectFitting(bank: Bank, skipped: Skipped[], max: number): void {
  const over = bank.questions.flatMap((q) => (q.type === 'choice' && q.options.length > max ? [[q.id, q.options.length] as const] : []));
  expect(skipped.map((s) => s.questionId)).toEqual(over.map(([id]) => id));
  skipped.forEach((s, i) => expect(s.reason).toMatch(new RegExp(`at most ${max} answers and this question has ${over[i]![1]}$`)));
}

/**
 * What came back is what was written, question for question, and nothing else was said about
 * the rows: none left out, none skipped. `lines` are the rows the questions should be on.
 */
function expectSame(r: SheetImport | ImportResult, written: ReturnType<typeof writtenOf>, opts: { feedback: boolean; lines?: (k: number) => number }): void {
  if (!written.length) {
    // Nothing the tool can hold: the file is refused as holding no questions, not read as empty.
    expect(r.ok ? 'read' : r.errors.map((e) => e.code)).toEqual(['noQuestions']);
    return;
  }
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const got = r.questions.map((q) => ({ prompt: q.prompt, options: q.options, answer: q.answer, ...(opts.feedback ? { feedback: q.feedback } : {}) }));
  const want = written.map((w) => ({ prompt: w.prompt, options: w.options, answer: w.answer, ...(opts.feedback ? { feedback: w.feedback } : {}) }));
  expect(got).toEqual(want);
  if (opts.lines) expect(r.questions.map((q) => q.line)).toEqual(written.map((_, k) => opts.lines!(k)));
  if ('left' in r) {
    expect(r.left).toEqual([]);
    expect(r.skipped).toEqual([]);
  } else expect(r.skipped).toEqual([]);
}

/** The cells of a sheet as readXlsxRows gives them: text, numbers written as text. */
const asRows = (sheet: SheetOut): string[][] => sheet.rows.map((row) => row.map(String));

async function throughXlsx(sheet: SheetOut): Promise<SheetRows> {
  const back = await readXlsxRows(await writeXlsx(sheet));
  if (!back.ok) throw new Error(JSON.stringify(back.errors));
  return back.rows;
}

describe('our spreadsheet layouts read back as the questions written', () => {
  it('Kahoot: the same prompts, answers and right answers, rows from 9; more than 4 answers listed by the exporter', () => {
    fc.assert(
      fc.property(banks, (bank) => {
        const out = toKahootSheet(bank);
        expectFitting(bank, out.skipped, 4);
        const r = fromSheet(asRows(out.output));
        expectSame(r, writtenOf(bank, out.skipped), { feedback: false, lines: (k) => 9 + k });
        if (r.ok) expect(r.questions.map((q) => q.timeLimitSec)).toEqual(r.questions.map(() => 20));
      }),
      { numRuns: 200 },
    );
  }, TIMEOUT);

  it('Wayground: the same, with the source sentence as the explanation, rows from 3; more than 5 answers listed', () => {
    fc.assert(
      fc.property(banks, (bank) => {
        const out = toWaygroundSheet(bank);
        expectFitting(bank, out.skipped, 5);
        const r = fromSheet(asRows(out.output));
        expectSame(r, writtenOf(bank, out.skipped), { feedback: true, lines: (k) => 3 + k });
        if (r.ok) expect(r.layout).toBe('wayground');
      }),
      { numRuns: 200 },
    );
  }, TIMEOUT);

  it('Blooket: its CSV through the CSV import, and its cells through fromSheet; more than 4 answers listed', () => {
    fc.assert(
      fc.property(banks, (bank) => {
        const out = toBlooketCsv(bank);
        expectFitting(bank, out.skipped, 4);
        const written = writtenOf(bank, out.skipped);
        expectSame(fromCsv(out.output), written, { feedback: false });
        // The same file opened in a spreadsheet: fromSheet finds Blooket's header under its title
        // row, and takes each cell as the spreadsheet shows it, the CSV's formula guard included
        // (a workbook's text needs none, so a sheet reader removes none; see readRow).
        const parsed = parseCsv(out.output);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const shown = written.map((w) => ({ ...w, prompt: guardText(w.prompt), options: w.options.map(guardText) }));
        expectSame(fromSheet(parsed.rows.map((row) => row.cells)), shown, { feedback: false, lines: (k) => 3 + k });
      }),
      { numRuns: 200 },
    );
  }, TIMEOUT);

  // Kahoot's template has no column for the source sentence and eight rows above its first question.
  for (const { name, write, feedback, first } of [
    { name: 'Kahoot .xlsx: through the real writer and readXlsxRows, the same questions', write: toKahootSheet, feedback: false, first: 9 },
    { name: 'Wayground .xlsx: through the real writer and readXlsxRows, the same questions and source sentences', write: toWaygroundSheet, feedback: true, first: 3 },
  ]) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(xlsxBanks, async (bank) => {
          const out = write(bank);
          expectSame(fromSheet(await throughXlsx(out.output)), writtenOf(bank, out.skipped), { feedback, lines: (k) => first + k });
        }),
        { numRuns: 80 },
      );
    }, TIMEOUT);
  }
});

// ---- generated grids ---------------------------------------------------------------------------

/** Cells a template's rows hold: question types, right-answer numbers (one or several), booleans. */
const TYPES = ['Multiple Choice', 'multiple choice', 'Checkbox', 'Poll', 'Open-Ended', 'Draw', 'Fill-in-the-Blank', 'Reorder', 'True', 'False'];
const numberCell = fc.oneof(fc.integer({ min: -2, max: 9 }).map(String), fc.double().map(String), fc.constantFrom('1,3', '2;4', '1.0', '20 s', '0', '07'));
const bodyCell: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\u00A0') },
  { weight: 3, arbitrary: anyText(12) },
  { weight: 2, arbitrary: numberCell },
  { weight: 2, arbitrary: fc.constantFrom(...TYPES) },
);
const bodyRow = fc.array(bodyCell, { maxLength: 12 });

/**
 * The headers fromSheet knows, each with its question and answer columns as the header names them
 * (counted here by hand, not by the reader), and the rows that must come before the first question.
 */
interface Layout {
  name: string;
  top: string[][];
  question: number;
  answers: number[];
}
const LAYOUTS: Layout[] = [
  { name: 'Kahoot', top: [[], ['', 'A quiz'], ['', 'Instructions, in a cell of their own'], [...KAHOOT_HEADER]], question: 1, answers: [2, 3, 4, 5] },
  { name: 'Blooket', top: [['Blooket\nImport Template', '', ''], [...BLOOKET_HEADER]], question: 1, answers: [2, 3, 4, 5] },
  { name: 'Factsprint CSV', top: [[...CSV_HEADER]], question: 0, answers: [1, 2, 3, 4] },
  // Wayground's template has a guidance row under its header, passed over as the template's furniture.
  { name: 'Wayground', top: [[...WAYGROUND_HEADER], ['The question', 'Its type', 'An answer', 'Another', '', '', '', 'Its number', 'Seconds', '', 'Why']], question: 0, answers: [2, 3, 4, 5, 6] },
  // No header: the columns of Factsprint's CSV, by position.
  { name: 'no header', top: [], question: 0, answers: [1, 2, 3, 4] },
];

const filled = (cell: string | undefined) => (cell ?? '').trim() !== '';

/** Every row fromSheet says something about: a question that came in, a row skipped for its kind, a row left out for a problem. */
function rowsSaid(r: SheetImport): number[] {
  if (!r.ok) return [...r.errors.filter((e) => 'kind' in e).map((e) => e.line), ...(r.skipped ?? []).map((n) => n.line)];
  return [...r.questions.map((q) => q.line!), ...r.skipped.filter((n) => n.line > 0).map((n) => n.line), ...r.left.map((e) => e.line)];
}

/** Whatever fromSheet returns can be shown: whole questions, and each row left out with a reason in words. */
function expectReadable(r: SheetImport, rows: number): void {
  if (r.ok) {
    for (const q of r.questions) {
      expect(q.prompt.trim()).not.toBe('');
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      expect(q.options.length).toBeLessThanOrEqual(6);
      for (const o of q.options) expect(o.trim()).not.toBe('');
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length).toBe(true);
    }
  } else expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.ok ? r.left : r.errors) importErrorText(e);
  for (const n of r.skipped ?? []) {
    expect(SHEET_NOTE_CODES).toContain(n.code);
    expect(n.message).toMatch(/\S/);
    render(enText(`teacher.sheetNote.${n.code}`), n.params, `teacher.sheetNote.${n.code}`);
  }
  // Each row is said at most once, and is a row of the sheet.
  const said = rowsSaid(r);
  expect(new Set(said).size).toBe(said.length);
  for (const line of said) expect(line >= 1 && line <= rows).toBe(true);
}

describe('fromSheet on any grid', () => {
  it('under a known header, every row with a question or an answer is a question or is listed with its row and why', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LAYOUTS), fc.array(bodyRow, { maxLength: 20 }), (layout, body) => {
        const rows = [...layout.top, ...body];
        const r = fromSheet(rows);
        expectReadable(r, rows.length);
        // Counted from the grid as built: the rows under the header's furniture with any question or answer text.
        const questionRows = body.flatMap((cells, k) => ([layout.question, ...layout.answers].some((c) => filled(cells[c])) ? [layout.top.length + k + 1] : []));
        if (!questionRows.length) {
          expect(r.ok ? 'read' : r.errors.map((e) => e.code)).toEqual(['noQuestions']);
          return;
        }
        expect(rowsSaid(r).sort((a, b) => a - b)).toEqual(questionRows);
      }),
      { numRuns: 400 },
    );
  }, TIMEOUT);

  it('never throws on rows of random text, numbers and empties, headers among them or not', () => {
    const headerish = fc.constantFrom(...LAYOUTS.flatMap((l) => l.top), ['Question Text', 'Question Type', 'Option 1'], ['Question', 'Answer 1'], ['Question', 'Answer 1', 'Answer 2']);
    const anyRow = fc.oneof({ weight: 6, arbitrary: bodyRow }, { weight: 1, arbitrary: headerish });
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 30 }), (rows) => {
        expectReadable(fromSheet(rows), rows.length);
      }),
      { numRuns: 400 },
    );
  }, TIMEOUT);
});

describe('what the properties found, as examples', () => {
  it("an apostrophe a teacher typed before + - = @ stays: a workbook's cells carry no CSV formula guard", () => {
    const header = ['Question Text', 'Question Type', 'Option 1', 'Option 2', 'Correct Answer', 'Answer explanation'];
    const r = fromSheet([header, ["Which sign adds, '+' or '-'?", 'Multiple Choice', "'+'", "'-'", '1', "'=' is neither"]]);
    expect(r.ok && r.questions.map((q) => [q.prompt, q.options, q.feedback])).toEqual([["Which sign adds, '+' or '-'?", ["'+'", "'-'"], "'=' is neither"]]);
  });

  it('a sheet with nothing to play names its rows to fix and, with them, the rows of kinds Factsprint does not play', () => {
    const header = ['Question Text', 'Question Type', 'Option 1', 'Option 2', 'Correct Answer'];
    const r = fromSheet([header, ['Favourite colour?', 'Poll', 'Red', 'Blue', ''], ['Red planet?', 'Multiple Choice', 'Venus', 'Mars', '3']]);
    expect(r.ok ? 'read' : [r.errors.map((e) => `${e.line}:${e.code}`), r.skipped?.map((n) => `${n.line}:${n.code}`)]).toEqual([['3:csvCorrectOutOfRange'], ['2:skipPoll']]);
  });
});
