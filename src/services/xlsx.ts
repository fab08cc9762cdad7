/**
 * Spreadsheet files (.xlsx) to rows of cell text and back, for the interop readers and writers in
 * src/core/interop (sheet.ts), which decide what the cells mean. The teacher page loads this
 * module with import() only when a spreadsheet is chosen or written, so the libraries never
 * reach the game's bundle.
 *
 * read-excel-file and write-excel-file (one maintainer, MIT, Node >= 18, no DOM: fflate for the
 * zip, a plain-JavaScript XML parser) in their "universal" builds, which run unchanged in the
 * browser and in Node, so the tests read and write the very files the page does.
 */
import { readSheet } from 'read-excel-file/universal';
import writeXlsxFile, { type Cell } from 'write-excel-file/universal';
import { notAWorkbook } from '../core/interop/sheetTypes';
import { xlsxUnreadable, type SheetOut, type LineError } from '../core/interop';

export type SheetRead = { ok: true; rows: string[][] } | { ok: false; errors: LineError[] };

/** A cell as the text a teacher sees in it: numbers as written, TRUE as "True", a date as its day. */
function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}

/** The first sheet's rows, or why the file cannot be read as a spreadsheet. */
export async function readXlsxRows(bytes: Uint8Array): Promise<SheetRead> {
  const wrong = xlsxUnreadable(bytes);
  if (wrong) return { ok: false, errors: [wrong] };
  try {
    // An exact copy: the view may be part of a larger buffer.
    const data = await readSheet(bytes.slice().buffer);
    return { ok: true, rows: data.map((row) => row.map(text)) };
  } catch {
    // A zip that is no workbook (a .docx), a damaged file, a password-protected one: all the same to the teacher.
    return { ok: false, errors: [notAWorkbook()] };
  }
}

/** The sheet as an .xlsx file's bytes; text cells are written as text, so "=1+1" is never run as a formula. */
export async function writeXlsx(sheet: SheetOut): Promise<Uint8Array> {
  const data: Cell[][] = sheet.rows.map((row) => row.map((c) => (c === '' ? null : typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String })));
  const blob = await writeXlsxFile(data, { sheet: sheet.name, columns: sheet.widths.map((width) => ({ width })) }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
