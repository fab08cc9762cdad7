/**
 * Partial imports: a file comes in with every question Factsprint can play, and each question it
 * cannot is left out with where it is, what it is and why. One shape serves every format (GIFT,
 * Aiken, Moodle XML, CSV, and the spreadsheets' skipped rows), so the teacher page lists them all
 * the same way: "Line 12, essay question: <reason>".
 *
 * A question is whole or left out, never half-imported: cutting a wrong answer, or taking one of
 * two right answers, would change what the question asks. A file in which nothing can be played
 * is still refused, each question named with its reason, so the teacher learns why at once.
 */
import type { SheetNote, SheetNoteCode } from './sheetTypes';
import { noQuestions, type ImportedQuestion, type ImportErrorCode, type ImportErrorParams, type ImportResult, type ImportSkip, type LineError, type SkipKind } from './types';


/** A reason a spreadsheet gave (teacher.sheetNote.<code>) or any import error (teacher.importError.<code>). */
export type SkipReasonCode = ImportErrorCode | SheetNoteCode;

/** A skipped question in the one shape every format's list shares; the page picks the locale key from `sheet`. */
export interface SkipView {
  line: number;
  kind: SkipKind;
  kindParams?: ImportErrorParams;
  code: SkipReasonCode;
  params?: ImportErrorParams;
  /** The reason's code is a spreadsheet note (teacher.sheetNote), not an import error. */
  sheet: boolean;
  /** Its place is a spreadsheet's row ("Row 4"), not a text file's line. */
  row?: boolean;
}

export function skip(line: number, kind: SkipKind, reason: LineError, kindParams?: ImportErrorParams): ImportSkip {
  const base: ImportSkip = { ...reason, line, kind };
  return kindParams === undefined ? base : { ...base, kindParams };
}

/** The kind a question with these options is, when it is left out for a problem of its own. */
export function kindOfOptions(options: readonly string[], max: number): { kind: SkipKind; kindParams?: ImportErrorParams } {
  if (options.length > max) return { kind: 'manyOptions', kindParams: { n: options.length } };
  const words = options.map((o) => o.trim().toLowerCase());
  return words.length === 2 && words.includes('true') && words.includes('false') ? { kind: 'trueFalse' } : { kind: 'choice' };
}

/**
 * Reads each part of a file into a question, a question left out, or nothing (a comment, a
 * category, an empty row), and gives the import's result: the questions with the ones left out;
 * when none can be played, a refusal naming each one; when there was nothing at all, "no questions".
 */
export function collect<T>(parts: Iterable<T>, read: (part: T) => ImportedQuestion | ImportSkip | null): ImportResult {
  const questions: ImportedQuestion[] = [];
  const skipped: ImportSkip[] = [];
  for (const part of parts) {
    const r = read(part);
    if (r === null) continue;
    if ('code' in r) skipped.push(r);
    else questions.push(r);
  }
  return settle(questions, skipped);
}

export function settle(questions: ImportedQuestion[], skipped: ImportSkip[]): ImportResult {
  if (questions.length) return { ok: true, questions, skipped };
  if (skipped.length) return { ok: false, errors: skipped };
  return { ok: false, errors: [noQuestions()] };
}

/** What a spreadsheet's skipped-row reason says the row was. */
const SHEET_KINDS: Partial<Record<SheetNoteCode, SkipKind>> = {
  skipSeveralRight: 'multipleAnswer',
  skipCheckbox: 'multipleAnswer',
  skipPoll: 'poll',
  skipOpenEnded: 'openEnded',
  skipDraw: 'draw',
  skipFillBlank: 'fillBlank',
  skipOtherType: 'otherType',
};

/** A spreadsheet's skipped row as every other format's skipped question; null for a note about the whole sheet. */
export function sheetSkipView(n: SheetNote): SkipView | null {
  const kind = SHEET_KINDS[n.code];
  if (!kind || n.line <= 0) return null;
  return { line: n.line, kind, code: n.code, ...(n.params ? { params: n.params } : {}), sheet: true };
}

/** `row`: the question came from a spreadsheet, so its place is told as a row. */
export function skipView(s: ImportSkip, row = false): SkipView {
  return { line: s.line, kind: s.kind, ...(s.kindParams ? { kindParams: s.kindParams } : {}), code: s.code, ...(s.params ? { params: s.params } : {}), sheet: false, ...(row ? { row } : {}) };
}

/** An import error that names a whole question as left out (a refusal of a file where none could be played). */
export const isSkip = (e: LineError): e is ImportSkip => 'kind' in e;

