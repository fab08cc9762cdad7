/**
 * Wayground's (formerly Quizizz) question spreadsheet (.xlsx), read and written.
 *
 * The layout, as Wayground's public template has it: the header on row 1,
 *
 *   Question Text | Question Type | Option 1 … Option 5 | Correct Answer | Time in seconds | Image Link | Answer explanation
 *
 * then a row of guidance under each column ("(required)", "(optional)"), then one question a row.
 * "Question Type" is Multiple Choice when empty, or Checkbox, Fill-in-the-Blank, Open-Ended, Poll
 * or Draw. "Correct Answer" is the right option's number, or several numbers for Checkbox.
 *
 * Reading: Multiple Choice rows come in, by the same row rules as a CSV (csv.ts readRow), with the
 * explanation as the source sentence; every other type is left out with its reason (a sheet mixes
 * kinds freely, see sheet.ts). The guidance row is passed over: it is the row under the header
 * whose type is no type Wayground knows and whose answer is no number. Time limits are read and
 * reported; image links are noted as not imported.
 *
 * Writing: the same header, a guidance row in our words, then each question as Multiple Choice
 * with the fact's source sentence in "Answer explanation", where Wayground shows it after the
 * question is answered.
 */
import type { Bank } from '../bank/schema';
import { isBlank, readRow, type Columns, type Row } from './csv';
import { allowedTime, fitting, sheetNote, seconds, sheetNotes, type SheetImport, type SheetNote, type SheetNoteCode, type SheetOut, type SheetQuestion, type SheetRows } from './sheetTypes';
import type { SheetOptions } from './kahootSheet';
import { skip } from './skips';
import { lineError, noQuestions, type ExportResult, type ImportSkip } from './types';

export const WAYGROUND_HEADER = [
  'Question Text',
  'Question Type',
  'Option 1',
  'Option 2',
  'Option 3',
  'Option 4',
  'Option 5',
  'Correct Answer',
  'Time in seconds',
  'Image Link',
  'Answer explanation',
] as const;

export const WAYGROUND_MAX_OPTIONS = 5;
export const WAYGROUND_TIMES = [5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900] as const;

const has = (cells: readonly string[], re: RegExp) => cells.some((c) => re.test(c.trim()));

/** Wayground's header: "Question Text" beside "Question Type" and "Option 1". */
export const isWaygroundHeader = (cells: readonly string[]): boolean =>
  has(cells, /^question\s*text$/i) && has(cells, /^question\s*type$/i) && has(cells, /^option\s*1$/i);

/** Each type by its letters alone ("Fill-in-the-Blank", "fill in the blank"), and what becomes of it. */
const TYPES: Record<string, 'import' | { code: SheetNoteCode; why: string }> = {
  '': 'import',
  multiplechoice: 'import',
  checkbox: { code: 'skipCheckbox', why: 'a Checkbox question can have several right answers; a Factsprint question has exactly one' },
  poll: { code: 'skipPoll', why: 'a Poll has no right answer' },
  openended: { code: 'skipOpenEnded', why: 'an Open-Ended question is answered in the student’s own words, not by picking an answer' },
  draw: { code: 'skipDraw', why: 'a Draw question is answered with a drawing' },
  fillintheblank: { code: 'skipFillBlank', why: 'a Fill-in-the-Blank question is answered by typing, not by picking an answer' },
  fillintheblanks: { code: 'skipFillBlank', why: 'a Fill-in-the-Blank question is answered by typing, not by picking an answer' },
};
const typeKey = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

export function fromWaygroundRows(sheet: SheetRows, headerAt: number): SheetImport {
  const header = sheet[headerAt]!.map((c) => c.trim());
  const find = (re: RegExp) => header.findIndex((c) => re.test(c));
  const question = find(/^question\s*text$/i);
  const type = find(/^question\s*type$/i);
  const options = header
    .map((c, i) => ({ i, k: /^option\s*(\d+)$/i.exec(c)?.[1] }))
    .filter((o) => o.k !== undefined)
    .sort((a, b) => Number(a.k) - Number(b.k))
    .map((o) => o.i);
  const correct = find(/^correct/i);
  const time = find(/^time\b/i);
  const image = find(/^image/i);
  const explanation = find(/explanation/i);
  if (correct < 0) return { ok: false, errors: [lineError(headerAt + 1, 'csvHeaderNoCorrect', 'the header row has no "Correct Answer" column')] };
  const cols: Columns = { question, answers: options, correct, feedback: explanation < 0 ? null : explanation };

  const questions: SheetQuestion[] = [];
  const left: ImportSkip[] = [];
  const skipped: SheetNote[] = [];
  let images = 0;
  for (let k = headerAt + 1; k < sheet.length; k++) {
    const row: Row = { line: k + 1, cells: [...sheet[k]!] };
    const cell = (c: number) => (c < 0 ? '' : (row.cells[c] ?? '').trim());
    if (isBlank(row) || [question, ...options].every((c) => !cell(c))) continue;
    const kind = TYPES[typeKey(cell(type))];
    if (kind === undefined) {
      // The template's guidance row: no type Wayground knows, and no answer number.
      if (k === headerAt + 1 && !/^\d+(\s*,\s*\d+)*$/.test(cell(correct))) continue;
      skipped.push(sheetNote(row.line, 'skipOtherType', `question type "${cell(type)}" is not one Factsprint plays: it imports Multiple Choice`, { type: cell(type) }));
      continue;
    }
    if (kind !== 'import') {
      skipped.push(sheetNote(row.line, kind.code, kind.why));
      continue;
    }
    // Cells of a workbook carry no CSV formula guard (see readRow).
    const read = readRow(row, cols, false);
    if ('code' in read) {
      if (read.code === 'severalRight') skipped.push(sheetNote(row.line, 'skipSeveralRight', read.message, read.params));
      // A row with a problem of its own is left out with its reason; the rest still come in.
      else left.push(skip(row.line, 'question', read));
      continue;
    }
    if (cell(image)) images++;
    const t = time < 0 ? undefined : seconds(cell(time));
    questions.push(t === undefined ? read : { ...read, timeLimitSec: t });
  }
  // Refused, naming the rows to fix; the rows of a kind Factsprint does not play go with the
  // refusal, so no row of the sheet goes unmentioned.
  if (!questions.length && left.length) return { ok: false, errors: left, ...(skipped.length ? { skipped } : {}) };
  if (!questions.length && !skipped.length) return { ok: false, errors: [noQuestions()] };
  return { ok: true, layout: 'wayground', questions, skipped, left, notes: sheetNotes(questions, images) };
}

/** Row 2, under the header: what each column takes, in our words. */
const GUIDANCE = [
  'The question (required)',
  'Multiple Choice unless another type is named',
  'First answer (required)',
  'Second answer (required)',
  'Third answer (optional)',
  'Fourth answer (optional)',
  'Fifth answer (optional)',
  'Number of the right answer',
  'Seconds to answer',
  'Address of a picture (optional)',
  'Shown after answering: the sentence the question comes from',
];

export function toWaygroundSheet(bank: Bank, opts: SheetOptions = {}): ExportResult<SheetOut> {
  const { output: questions, skipped } = fitting(bank, WAYGROUND_MAX_OPTIONS, 'Wayground');
  const time = allowedTime(opts.timeLimitSec ?? 20, WAYGROUND_TIMES);
  const rows: SheetOut['rows'] = [[...WAYGROUND_HEADER], [...GUIDANCE]];
  for (const q of questions) {
    const options = [0, 1, 2, 3, 4].map((i) => q.options[i] ?? '');
    rows.push([q.prompt, 'Multiple Choice', ...options, q.answer + 1, time, '', q.feedback ?? '']);
  }
  return { output: { name: 'Wayground', rows, widths: [60, 18, 24, 24, 24, 24, 24, 14, 14, 20, 60] }, skipped };
}
