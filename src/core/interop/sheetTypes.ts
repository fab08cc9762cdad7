/**
 * What the spreadsheet readers and writers share: rows of cells, notes about rows left out, and
 * the result of reading a sheet. See sheet.ts for how a sheet is read.
 */
import type { Bank } from '../bank/schema';
import { lineError, portableQuestions, type ExportResult, type ImportedQuestion, type ImportErrorParams, type ImportSkip, type LineError, type Portable } from './types';

/** A sheet as its cells' text, top row first; row k is the spreadsheet's row k + 1. */
export type SheetRows = readonly (readonly string[])[];

/** A cell written out: text stays text (never a formula), numbers are numbers. */
export type OutCell = string | number;

/** One sheet to write: its rows, its name on the tab, and column widths in characters. */
export interface SheetOut {
  name: string;
  rows: OutCell[][];
  widths: number[];
}

/** Why a row was left out, or what the teacher should know about the file (locale: teacher.sheetNote.<code>). */
export const SHEET_NOTE_CODES = [
  'imageColumnIgnored',
  'timeLimitsRead',
  'skipSeveralRight',
  'skipCheckbox',
  'skipPoll',
  'skipOpenEnded',
  'skipDraw',
  'skipFillBlank',
  'skipOtherType',
] as const;

export type SheetNoteCode = (typeof SHEET_NOTE_CODES)[number];

/** A note at a spreadsheet row (0: about the whole sheet), with the same sentence in English for tests and logs. */
export interface SheetNote {
  line: number;
  code: SheetNoteCode;
  params?: ImportErrorParams;
  message: string;
}

export const sheetNote = (line: number, code: SheetNoteCode, message: string, params?: ImportErrorParams): SheetNote =>
  params === undefined ? { line, code, message } : { line, code, params, message };

/** A question read from a sheet, with the seconds the tool gave it where the sheet said. */
export interface SheetQuestion extends ImportedQuestion {
  timeLimitSec?: number;
}

export type SheetLayout = 'kahoot' | 'wayground';

export type SheetImport =
  /**
   * `skipped`: rows of a kind Factsprint does not play (a Poll, two right answers); `left`: rows
   * left out for a problem of their own (a right answer that names no answer), as a CSV's are.
   */
  | { ok: true; layout: SheetLayout; questions: SheetQuestion[]; skipped: SheetNote[]; left: ImportSkip[]; notes: SheetNote[] }
  /** `skipped`: as above, when a sheet with nothing to play also has rows to fix (`errors`). */
  | { ok: false; errors: LineError[]; skipped?: SheetNote[] };

/** How far down a header may be: Kahoot's template has seven rows of title and instructions above it. */
export const SHEET_HEADER_SEARCH_ROWS = 50;

/** A whole number of seconds from a time-limit cell ("20", "20 s"), or undefined. */
export function seconds(cell: string | undefined): number | undefined {
  const m = /^\s*(\d{1,4})(?:[.,]0+)?\s*(?:s|sec|secs|seconds)?\s*$/i.exec(cell ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n > 0 ? n : undefined;
}

/**
 * The time-limit and image columns a template's header names, found by their words: templates
 * that carry a picture per question label its column in different words.
 */
export function extraColumns(header: readonly string[]): { time: number | null; image: number | null } {
  const find = (re: RegExp) => {
    const i = header.findIndex((c) => re.test(c.trim()));
    return i < 0 ? null : i;
  };
  return { time: find(/^time\b/i), image: find(/\b(image|picture|photo|media)\b/i) };
}

/** What the teacher should know of a sheet's questions: image links left out, and the time limits read and what Factsprint does instead. */
export function sheetNotes(questions: readonly SheetQuestion[], images: number): SheetNote[] {
  const notes: SheetNote[] = [];
  if (images) notes.push(sheetNote(0, 'imageColumnIgnored', `image links left out: ${images}; Factsprint questions have no pictures`, { n: images }));
  const times = questions.flatMap((q) => (q.timeLimitSec === undefined ? [] : [q.timeLimitSec]));
  if (!times.length) return notes;
  const min = Math.min(...times);
  const max = Math.max(...times);
  notes.push(sheetNote(0, 'timeLimitsRead', `time limits read: shortest ${min} s, longest ${max} s; Factsprint times each round as a whole, so set the round time in the game's settings`, { min, max }));
  return notes;
}

/** Code points, as a person counts characters (an emoji is one). */
export const charCount = (s: string): number => [...s].length;

/**
 * The bank's questions a tool with at most `max` answer slots can hold, and the rest with a reason:
 * a question is never cut down to fit, as dropping a wrong answer changes the question.
 */
export function fitting(bank: Bank, max: number, tool: string): ExportResult<Portable[]> {
  const { output, skipped } = portableQuestions(bank);
  const fit = output.filter((q) => q.options.length <= max);
  for (const q of output) if (q.options.length > max) skipped.push({ questionId: q.id, reason: `${tool} holds at most ${max} answers and this question has ${q.options.length}` });
  return { output: fit, skipped };
}

/** A time limit the tool offers: the one asked for if it is on the tool's list, else the nearest. */
export const allowedTime = (asked: number, allowed: readonly number[]): number =>
  allowed.reduce((best, t) => (Math.abs(t - asked) < Math.abs(best - asked) ? t : best), allowed[0]!);

/** The refusal of a file that is no readable workbook. */
export const notAWorkbook = (): LineError =>
  lineError(0, 'xlsxUnreadable', 'this file cannot be read as an Excel workbook (.xlsx): open it in a spreadsheet and save it as .xlsx or as CSV UTF-8');

/**
 * Why these bytes are no .xlsx file, or null when they start like one (a zip archive). Old .xls
 * files, CSV renamed to .xlsx and empty files are caught here; a zip that holds no workbook (a
 * .docx) is caught when it is read.
 */
export function xlsxUnreadable(bytes: Uint8Array): LineError | null {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip ? null : notAWorkbook();
}
