/**
 * Kahoot/Blooket-style CSV: one question per row, the columns teachers know from those templates.
 *
 * The header Factsprint writes, exactly:
 *
 *   Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s),Feedback
 *
 * "Correct answer(s)" is the 1-based number of the right answer. "Feedback" is ours (the fact's
 * source sentence); it is last so tools that read columns by position never see it. True/false
 * questions are written as two answers, True and False, with Answer 3 and 4 empty; a choice with
 * 2 or 3 options leaves the answers it lacks empty too. The templates have four answer columns and
 * Kahoot reads no more, so a question with 5 or 6 options is left out with that reason: dropping
 * any of its answers would change the question. Reading, a header may name "Answer 5" and
 * "Answer 6" columns as well, and they are read.
 *
 * Reading is lenient where teachers' files vary and strict where a mistake would change a
 * question: the header is optional (without one the columns are taken in the order above), and
 * when there is one, columns are found by name, so Kahoot's "Question - max 120 characters" (next
 * to a question-number column whose header is empty) and Blooket's "Question Text" beside
 * "Question #" are read too. Templates saved from a spreadsheet keep their furniture, which is
 * passed over without a word: the title and instruction rows above the header (Kahoot's seven,
 * Blooket's "Blooket / Import Template") and the numbered rows nobody filled in (Blooket's
 * "4,,,,,,,"). Cells may be separated by commas, semicolons (Excel where the decimal mark is a
 * comma) or tabs (Excel's "Unicode Text", .tsv files): see layout(). The time limit and an image
 * column are not imported (Factsprint sets time per round, and its questions have no pictures),
 * but readCsv says what they held, as a spreadsheet's import does; other columns are not read.
 *
 * This reads text; a file's bytes are decoded first by decodeImport (decode.ts).
 */
import type { Bank } from '../bank/schema';
import { guardText as guard, quoteField as field } from '../csv';
import { extraColumns, seconds, sheetNotes, type SheetNote, type SheetQuestion } from './sheetTypes';
import { collect, skip } from './skips';
import { kindOf, lineError, MAX_OPTIONS, portableQuestions, quoted, tooLarge, type ExportResult, type ImportedQuestion, type ImportResult, type LineError, type ImportSkip } from './types';

export const CSV_HEADER = ['Question', 'Answer 1', 'Answer 2', 'Answer 3', 'Answer 4', 'Time limit (sec)', 'Correct answer(s)', 'Feedback'] as const;

/** The answer columns the header written above has, as Kahoot's and Blooket's templates do. */
export const CSV_ANSWER_COLUMNS = 4;

export interface CsvOptions {
  /** Seconds per question for tools that want one; Factsprint's own default round time. */
  timeLimitSec?: number;
  /**
   * Start with a byte-order mark. On by default because Excel, where teachers check a file before
   * uploading it, reads UTF-8 without one as a legacy code page and garbles non-Latin text.
   */
  bom?: boolean;
}

// Writing guards formula-like cells and quotes fields by the one rule in core/csv.ts; unguard is
// that guard's inverse on reading.
const unguard = (s: string) => (/^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

export function toCsv(bank: Bank, opts: CsvOptions = {}): ExportResult<string> {
  const { output: questions, skipped } = portableQuestions(bank);
  const time = String(opts.timeLimitSec ?? 20);
  const rows = [CSV_HEADER.map(field).join(',')];
  for (const q of questions) {
    if (q.options.length > CSV_ANSWER_COLUMNS) {
      skipped.push({ questionId: q.id, reason: `it has ${q.options.length} options and this CSV layout (Kahoot's) has ${CSV_ANSWER_COLUMNS} answer columns: use GIFT, Moodle XML or Aiken for it` });
      continue;
    }
    const answers = Array.from({ length: CSV_ANSWER_COLUMNS }, (_, i) => guard(q.options[i] ?? ''));
    rows.push([guard(q.prompt), ...answers, time, String(q.answer + 1), guard(q.feedback ?? '')].map(field).join(','));
  }
  // RFC 4180 ends records with CRLF.
  return { output: (opts.bom === false ? '' : '\uFEFF') + rows.join('\r\n') + '\r\n', skipped };
}

export interface Row {
  /** The line the record starts on (a quoted field may span several). */
  line: number;
  cells: string[];
  /** Read leniently, a record that breaks the quoting rules: it is left out with this reason. */
  broken?: LineError;
}

/**
 * RFC 4180 records, with the line each starts on. Accepts CRLF, LF or CR line ends, and any one
 * separator (Excel writes ";" where the decimal mark is a comma, and tabs for "Unicode Text").
 * `maxRows` stops early, for a look at the top of a file. `lenient` reads on past text after a
 * closing quote (the record is marked broken, its cell kept as text), so one bad record costs only
 * itself; an unclosed quote still stops the reading, as it swallows the rest of the file.
 */
export function parseCsv(text: string, sep = ',', maxRows = Infinity, lenient = false): { ok: true; rows: Row[] } | { ok: false; error: LineError } {
  const rows: Row[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  const isEnd = (c: string | undefined) => c === sep || c === '\r' || c === '\n';
  while (i < n && rows.length < maxRows) {
    const row: Row = { line, cells: [] };
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= n) return { ok: false, error: lineError(opened, 'csvUnclosedQuote', 'a quoted field is never closed: a quote is missing') };
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          cell += c;
          i++;
        }
        if (i < n && !isEnd(text[i])) {
          const error = lineError(line, 'csvTextAfterQuote', 'text after a closing quote: a quote inside a quoted field must be doubled ("")');
          if (!lenient) return { ok: false, error };
          row.broken ??= error;
          while (i < n && !isEnd(text[i])) cell += text[i++];
        }
      } else {
        // A quote inside an unquoted field breaks RFC 4180 but means nothing else: keep it as text.
        while (i < n && !isEnd(text[i])) cell += text[i++];
      }
      row.cells.push(cell);
      if (text[i] === sep) {
        i++;
        continue;
      }
      break;
    }
    rows.push(row);
    if (i < n) {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    }
  }
  return { ok: true, rows };
}

export interface Columns {
  question: number;
  answers: number[];
  correct: number;
  feedback: number | null;
}

export const POSITIONAL: Columns = { question: 0, answers: [1, 2, 3, 4], correct: 6, feedback: 7 };

/** Columns by header name, or the error naming the column that is missing. */
export function columnsFrom(header: string[], line: number): Columns | LineError {
  const find = (test: RegExp) => header.findIndex((h) => test.test(h.trim()));
  const question = header.findIndex((h) => /^question\b/i.test(h.trim()) && !/#|\bno\b|number/i.test(h));
  // Columns up to the most options a question holds: a longer row is still refused as too many.
  const answers = Array.from({ length: MAX_OPTIONS }, (_, i) => find(new RegExp(`^answer\\s*${i + 1}\\b`, 'i')));
  const correct = find(/^correct/i);
  const feedback = find(/^(general\s+)?feedback|explanation/i);
  if (question < 0) return lineError(line, 'csvHeaderNoQuestion', 'the header row has no "Question" column');
  if (answers[0]! < 0 || answers[1]! < 0) return lineError(line, 'csvHeaderNoAnswers', 'the header row needs "Answer 1" and "Answer 2" columns');
  if (correct < 0) return lineError(line, 'csvHeaderNoCorrect', 'the header row has no "Correct answer(s)" column');
  return { question, answers: answers.filter((a) => a >= 0), correct, feedback: feedback < 0 ? null : feedback };
}

/**
 * `guarded`: the cells may carry the formula guard a CSV writer puts in front of = + - @ (ours
 * does), so one apostrophe before those is taken off. A workbook's text cell is text already, and
 * neither Factsprint's .xlsx writer nor Excel (whose "keep as text" apostrophe is a cell style, not
 * part of the value) puts one there, so the sheet readers pass false: an apostrophe in a sheet is
 * one the teacher typed, and "'+' or '-'?" must not come in as "+' or '-'?".
 */
export function readRow(row: Row, cols: Columns, guarded = true): ImportedQuestion | LineError {
  const at = (c: number) => (guarded ? unguard(row.cells[c] ?? '') : (row.cells[c] ?? ''));
  const prompt = at(cols.question);
  if (!prompt.trim()) return lineError(row.line, 'emptyQuestion', 'the question is empty');
  const cells = cols.answers.map(at);
  const last = cells.reduce((l, c, k) => (c.trim() ? k : l), -1);
  const gap = cells.slice(0, last).findIndex((c) => !c.trim());
  if (gap >= 0) return lineError(row.line, 'csvAnswerGap', `Answer ${gap + 1} is empty but a later answer is not: fill the answers in order`, { n: gap + 1 });
  const options = cells.slice(0, last + 1);
  if (options.length < 2) return lineError(row.line, 'tooFewOptions', 'a question needs at least two answers');
  const raw = (row.cells[cols.correct] ?? '').trim();
  if (!raw) return lineError(row.line, 'csvNoCorrect', `no correct answer: the "Correct answer(s)" column (column ${cols.correct + 1}) is missing or empty`, { column: cols.correct + 1 });
  if (!/^\d+(\s*[,;]\s*\d+)*$/.test(raw)) {
    return lineError(row.line, 'csvCorrectNotNumber', `the correct answer "${quoted(raw)}" must be the number of the right answer, 1 to ${options.length}`, { value: quoted(raw), max: options.length });
  }
  const picks = raw.split(/\s*[,;]\s*/).map(Number);
  if (picks.length > 1) return lineError(row.line, 'severalRight', `names ${picks.length} right answers (${quoted(raw)}); a Factsprint question has exactly one`, { n: picks.length });
  const pick = picks[0]!;
  if (pick < 1 || pick > options.length) {
    return lineError(row.line, 'csvCorrectOutOfRange', `the correct answer ${quoted(String(pick))} is not one of the answers 1 to ${options.length}`, { value: quoted(String(pick)), max: options.length });
  }
  const feedback = cols.feedback === null ? '' : at(cols.feedback);
  return { prompt, options, answer: pick - 1, kind: kindOf(options), ...(feedback.trim() ? { feedback } : {}), line: row.line };
}

const SEPARATORS = [',', ';', '\t'] as const;
/** How far down a header may be: Kahoot's template has seven rows of title and instructions above it. */
const HEADER_SEARCH_ROWS = 50;

export const isBlank = (row: Row) => !row.cells.some((c) => c.trim());
/** A header names a question column and an "Answer 1" column (by name, wherever they stand). */
const isHeader = (row: Row) => row.cells.some((c) => /^question\b/i.test(c.trim())) && row.cells.some((c) => /^answer\s*1\b/i.test(c.trim()));
/** A title or instruction row, such as the templates put above their header: no more than two cells filled. */
const isTitle = (row: Row) => row.cells.filter((c) => c.trim()).length <= 2;

/**
 * Where the header row is, among the first rows parsed with one separator: the first row that is
 * a header, if only title rows (or nothing) come before it; else none.
 */
export function headerIndex(rows: Row[]): number | null {
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (isBlank(row)) continue;
    if (isHeader(row)) return k;
    if (!isTitle(row)) return null;
  }
  return null;
}

/**
 * The top rows of a file under one separator, up to the first that breaks the quoting rules: a
 * broken row further down costs only itself, but one at the top means the separator is wrong (a
 * quoted cell followed by another separator). Null when the top does not parse at all.
 */
function topRows(text: string, sep: string): Row[] | null {
  const top = parseCsv(text, sep, HEADER_SEARCH_ROWS, true);
  if (!top.ok) return null;
  const broken = top.rows.findIndex((r) => r.broken);
  return broken < 0 ? top.rows : top.rows.slice(0, broken);
}

/**
 * The separator and the header row, from the top of the file. The separator is the one under
 * which a header row reads as one (the header is the one line whose cells are known, so this does
 * not guess from counts: Kahoot's header has commas inside a cell, "5, 10, 20, ... secs", so a
 * semicolon file of it has as many commas as semicolons). A file with no header is split by
 * whichever separator gives its first row the most cells, commas winning a tie.
 */
function layout(text: string): { sep: string; header: number | null } {
  const found: { sep: string; header: number; width: number }[] = [];
  const widths: { sep: string; width: number }[] = [];
  for (const sep of SEPARATORS) {
    const rows = topRows(text, sep);
    if (!rows?.length) continue;
    const h = headerIndex(rows);
    if (h !== null) found.push({ sep, header: h, width: rows[h]!.cells.length });
    const first = rows.find((r) => !isBlank(r));
    widths.push({ sep, width: first?.cells.length ?? 0 });
  }
  const best = found.sort((a, b) => a.header - b.header || b.width - a.width)[0];
  if (best) return { sep: best.sep, header: best.header };
  const widest = widths.reduce<{ sep: string; width: number } | undefined>((w, x) => (w && w.width >= x.width ? w : x), undefined);
  return { sep: widest?.sep ?? ',', header: null };
}

/**
 * Does the text read as a table: a header row this reader knows, under some separator, or two or
 * more rows that all split into the same number of cells, four or more (a file with no header)?
 */
export function hasCsvLayout(text: string): boolean {
  for (const sep of SEPARATORS) {
    const top = topRows(text, sep);
    if (!top) continue;
    if (headerIndex(top) !== null) return true;
    const rows = top.filter((r) => !isBlank(r));
    const width = rows[0]?.cells.length ?? 0;
    if (rows.length >= 2 && width >= 4 && rows.every((r) => r.cells.length === width)) return true;
  }
  return false;
}

/** A row as a question, or left out with its reason: a row is a question of some kind, whichever is wrong with it. */
function rowQuestion(row: Row, cols: Columns): ImportedQuestion | ImportSkip {
  const read = row.broken ?? readRow(row, cols);
  if (!('code' in read)) return read;
  return skip(row.line, read.code === 'severalRight' ? 'multipleAnswer' : 'question', read);
}

/** The rows a CSV's questions are in (after its header and the template's furniture), and its columns. */
function csvTable(text: string): { ok: true; rows: Row[]; header: Row | null; cols: Columns } | { ok: false; errors: LineError[] } {
  const huge = tooLarge(text);
  if (huge) return { ok: false, errors: [huge] };
  let body = text.replace(/^\uFEFF/, '');
  // Excel's own hint line ("sep=;") names the separator; it is blanked, not cut, so line numbers stay the file's.
  const hint = /^sep=(.)[ \t]*(?=\r|\n|$)/i.exec(body);
  let found: { sep: string; header: number | null };
  if (hint) {
    body = body.slice(hint[0].length);
    const top = topRows(body, hint[1]!);
    found = { sep: hint[1]!, header: top ? headerIndex(top) : null };
  } else found = layout(body);
  const parsed = parseCsv(body, found.sep, Infinity, true);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  if (found.header === null) return { ok: true, rows: parsed.rows.filter((row) => !isBlank(row)), header: null, cols: POSITIONAL };
  const header = parsed.rows[found.header]!;
  const cols = columnsFrom(header.cells, header.line);
  if ('code' in cols) return { ok: false, errors: [cols] };
  // The rows above the header are the template's title and instructions, and the rows below
  // with no question and no answer are its unused numbered rows (Blooket's "4,,,,,,,"): neither
  // is a question, and neither is an error.
  const unused = (row: Row) => [cols.question, ...cols.answers].every((c) => !(row.cells[c] ?? '').trim());
  return { ok: true, rows: parsed.rows.slice(found.header + 1).filter((row) => !unused(row) && !isBlank(row)), header, cols };
}

export function fromCsv(text: string): ImportResult {
  return readCsv(text).result;
}

/**
 * A CSV's questions, and, in the same reading, what a teacher should know of the columns they
 * leave behind, as a spreadsheet's import says it (Kahoot's template saved as CSV has both):
 * image links left out, and the time limits read, with what Factsprint does instead.
 */
export function readCsv(text: string): { result: ImportResult; notes: SheetNote[] } {
  const table = csvTable(text);
  if (!table.ok) return { result: table, notes: [] };
  const { time, image } = table.header ? extraColumns(table.header.cells) : { time: null, image: null };
  const timed: SheetQuestion[] = [];
  let images = 0;
  const result = collect(table.rows, (row) => {
    const q = rowQuestion(row, table.cols);
    if ('code' in q) return q;
    if (image !== null && (row.cells[image] ?? '').trim()) images++;
    const t = time === null ? undefined : seconds(row.cells[time]);
    timed.push(t === undefined ? q : { ...q, timeLimitSec: t });
    return q;
  });
  return { result, notes: table.header ? sheetNotes(timed, images) : [] };
}
