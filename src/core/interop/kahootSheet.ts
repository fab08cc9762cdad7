/**
 * Kahoot's quiz spreadsheet template (.xlsx), read and written.
 *
 * The layout, as Kahoot's public template has it: a first empty row, a title and four rows of
 * instructions in column B, an empty row, then on row 8 the header, whose first cell is empty over
 * a question-number column:
 *
 *   | # | Question - max 120 characters | Answer 1 - max 75 characters | … Answer 4 | Time limit (sec) – 5, 10, … | Correct answer(s) - choose at least one |
 *
 * and from row 9 one numbered question a row, its right answer(s) given by number ("2", or "1,3"
 * when several are right). Reading shares the CSV reader's rules (csv.ts: the header found by
 * name below any title rows, unused numbered rows passed over, the same checks on every row), so
 * a Kahoot or Blooket sheet reads the same saved as .xlsx or as .csv. On top of those: a question
 * with several right answers is left out with its reason instead of refusing the file, an image
 * column is noted as not imported, and the time limits are read and reported.
 *
 * Writing follows the same layout. Kahoot refuses questions over 120 characters and answers over
 * 75, so every such text is listed (tooLong) for the teacher to see before the file is saved; the
 * text itself is written whole, never cut short without a word.
 */
import type { Bank } from '../bank/schema';
import { columnsFrom, headerIndex, isBlank, POSITIONAL, readRow, type Columns, type Row } from './csv';
import {
  allowedTime,
  charCount,
  fitting,
  SHEET_HEADER_SEARCH_ROWS,
  sheetNote,
  seconds,
  sheetNotes,
  extraColumns,
  type SheetImport,
  type SheetNote,
  type SheetOut,
  type SheetQuestion,
  type SheetRows,
} from './sheetTypes';
import { skip } from './skips';
import { noQuestions, type ExportResult, type ImportSkip } from './types';

export const KAHOOT_HEADER = [
  '',
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
] as const;

/** The spreadsheet row of the header; questions start on the next. */
export const KAHOOT_HEADER_ROW = 8;
export const KAHOOT_MAX_QUESTION = 120;
export const KAHOOT_MAX_ANSWER = 75;
export const KAHOOT_MAX_ANSWERS = 4;
export const KAHOOT_TIMES = [5, 10, 20, 30, 60, 90, 120, 240] as const;

/** In a header without a time or image column by name, none is read (positional files have the time in column 6). */
const POSITIONAL_TIME = 5;

export function fromKahootRows(sheet: SheetRows): SheetImport {
  const rows: Row[] = sheet.map((cells, k) => ({ line: k + 1, cells: [...cells] }));
  const h = headerIndex(rows.slice(0, SHEET_HEADER_SEARCH_ROWS));
  let cols: Columns = POSITIONAL;
  let time: number | null = POSITIONAL_TIME;
  let image: number | null = null;
  let body = rows;
  if (h !== null) {
    const header = rows[h]!;
    const named = columnsFrom(header.cells, header.line);
    if ('code' in named) return { ok: false, errors: [named] };
    cols = named;
    ({ time, image } = extraColumns(header.cells));
    body = rows.slice(h + 1);
  }
  const unused = (row: Row) => [cols.question, ...cols.answers].every((c) => !(row.cells[c] ?? '').trim());
  const questions: SheetQuestion[] = [];
  const left: ImportSkip[] = [];
  const skipped: SheetNote[] = [];
  let images = 0;
  for (const row of body) {
    if (isBlank(row) || unused(row)) continue;
    // Cells of a workbook carry no CSV formula guard (see readRow).
    const read = readRow(row, cols, false);
    if ('code' in read) {
      if (read.code === 'severalRight') skipped.push(sheetNote(row.line, 'skipSeveralRight', read.message, read.params));
      // A row with a problem of its own is left out with its reason; the rest still come in.
      else left.push(skip(row.line, 'question', read));
      continue;
    }
    if (image !== null && (row.cells[image] ?? '').trim()) images++;
    const t = time === null ? undefined : seconds(row.cells[time]);
    questions.push(t === undefined ? read : { ...read, timeLimitSec: t });
  }
  // Refused, naming the rows to fix; the rows of a kind Factsprint does not play go with the
  // refusal, so no row of the sheet goes unmentioned.
  if (!questions.length && left.length) return { ok: false, errors: left, ...(skipped.length ? { skipped } : {}) };
  if (!questions.length && !skipped.length) return { ok: false, errors: [noQuestions()] };
  return { ok: true, layout: 'kahoot', questions, skipped, left, notes: sheetNotes(questions, images) };
}

/** A text Kahoot will not take: which question (its number in the sheet), which text, how long. */
export interface TooLong {
  questionId: string;
  /** The question's number in the sheet's first column (1 for the first question). */
  n: number;
  /** 0 for the question itself, else the answer's number (1 to 4). */
  answer: number;
  length: number;
  max: number;
}

export interface KahootSheet extends ExportResult<SheetOut> {
  tooLong: TooLong[];
}

export interface SheetOptions {
  /** Seconds per question; moved to the nearest time the tool offers. */
  timeLimitSec?: number;
}

export function toKahootSheet(bank: Bank, opts: SheetOptions = {}): KahootSheet {
  const { output: questions, skipped } = fitting(bank, KAHOOT_MAX_ANSWERS, 'Kahoot');
  const time = allowedTime(opts.timeLimitSec ?? 20, KAHOOT_TIMES);
  // Rows 1-7 are the template's title and instructions, in our words; Kahoot reads from row 8 on.
  const rows: SheetOut['rows'] = [
    [],
    ['', bank.title],
    ['', 'Questions exported from Factsprint, one a row from row 9, in the layout of Kahoot’s quiz spreadsheet.'],
    ['', `Kahoot takes questions of up to ${KAHOOT_MAX_QUESTION} characters and answers of up to ${KAHOOT_MAX_ANSWER}; Factsprint listed any longer ones before saving this file.`],
    ['', 'The last column gives the number of the right answer.'],
    ['', 'Upload this file where Kahoot imports a spreadsheet.'],
    [],
    [...KAHOOT_HEADER],
  ];
  const tooLong: TooLong[] = [];
  questions.forEach((q, k) => {
    const n = k + 1;
    const check = (text: string, answer: number, max: number) => {
      const length = charCount(text);
      if (length > max) tooLong.push({ questionId: q.id, n, answer, length, max });
    };
    check(q.prompt, 0, KAHOOT_MAX_QUESTION);
    q.options.forEach((o, i) => check(o, i + 1, KAHOOT_MAX_ANSWER));
    const answers = [0, 1, 2, 3].map((i) => q.options[i] ?? '');
    rows.push([n, q.prompt, ...answers, time, q.answer + 1]);
  });
  return { output: { name: 'Kahoot', rows, widths: [5, 60, 28, 28, 28, 28, 14, 14] }, skipped, tooLong };
}
