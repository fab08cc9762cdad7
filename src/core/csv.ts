/**
 * The one CSV writer: every file Factsprint writes for a spreadsheet (the class table, the
 * Kahoot and Blooket layouts) quotes and guards its cells here, so they all follow one rule.
 */

/** A cell as the caller holds it: a number stays a number, text is guarded. */
export type CsvCell = string | number;

// Text a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM(...)", "+cmd", a leading
// tab or CR) gets a leading apostrophe, which spreadsheets show as text. A run of apostrophes
// before such a start is guarded too, so the rule undoes cleanly on reading: strip one apostrophe
// from any cell that starts with apostrophes and then one of these characters.
const FORMULA_START = /^'*[=+\-@\t\r]/;
// Text that is only a signed number ("-5", "+1,5") is read as that number, never as a formula,
// and is a common answer: it is left as it is.
const SIGNED_NUMBER = /^[+-]\d+(?:[.,]\d+)*$/;

/** Text as a spreadsheet should show it: an apostrophe in front of anything it would run. */
export const guardText = (s: string): string => (FORMULA_START.test(s) && !SIGNED_NUMBER.test(s) ? `'${s}` : s);

/**
 * RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. Leading
 * or trailing spaces are quoted as well, as some readers trim them from a bare field.
 */
export const quoteField = (s: string): string => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One cell: numbers as they are (a negative number stays a number), text guarded, then quoted. */
export const csvCell = (v: CsvCell): string => quoteField(typeof v === 'number' ? String(v) : guardText(v));

/** Records, each ending with CRLF as RFC 4180 has it; line breaks inside a quoted cell stay as they are. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
