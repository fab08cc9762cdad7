/**
 * Spreadsheets (.xlsx) in and out, on rows of cells: what the cells mean is decided here, in pure
 * code; turning a file's bytes into rows and rows into bytes is src/services/xlsx.ts, loaded only
 * by the teacher page when a spreadsheet is chosen or written.
 *
 * A spreadsheet import differs from a text import in one way: a row a teacher could not have
 * meant for Factsprint (a Wayground poll, a Kahoot question with two right answers) is left out
 * with its reason, and the rest come in. Those templates mix question kinds freely, and refusing
 * a whole quiz for one poll would leave the teacher nothing to do but delete it. A row that is
 * broken (an empty question, an answer number that names no answer) still refuses the file, as
 * it does in CSV: that is a mistake to fix, not a kind to leave out.
 */
import { fromKahootRows } from './kahootSheet';
import { SHEET_HEADER_SEARCH_ROWS, type SheetImport, type SheetRows } from './sheetTypes';
import { tooLarge } from './types';
import { fromWaygroundRows, isWaygroundHeader } from './wayground';

/**
 * The questions in a sheet, whichever template it follows: Wayground's (found by its header,
 * "Question Text" beside "Question Type" and "Option 1"), else Kahoot's, Blooket's or Factsprint's
 * own CSV columns, read by the same rules as a CSV file of them.
 */
export function fromSheet(rows: SheetRows): SheetImport {
  // The same bound as a text file's: a sheet is its cells' text.
  const huge = tooLarge(rows.map((r) => r.join('')).join(''));
  if (huge) return { ok: false, errors: [huge] };
  const top = rows.slice(0, SHEET_HEADER_SEARCH_ROWS);
  const wayground = top.findIndex(isWaygroundHeader);
  return wayground >= 0 ? fromWaygroundRows(rows, wayground) : fromKahootRows(rows);
}
