/**
 * Blooket's CSV import layout, written: the file a teacher gets from Blooket's spreadsheet
 * template with "Download as CSV", filled with a bank's questions.
 *
 *   "Blooket
 *   Import Template",,,,,,,
 *   Question #,Question Text,Answer 1,Answer 2,"Answer 3
 *   (Optional)","Answer 4
 *   (Optional)","Time Limit (sec)
 *   (Max: 300 seconds)","Correct Answer(s)
 *   (Only include Answer #)"
 *   1,<question>,<answer 1>,…,<seconds>,<number of the right answer>
 *
 * The title and header cells hold line breaks, as the template's do; Blooket reads its questions
 * from the third row. Blooket has no place for a source sentence, so none is written. There is no
 * byte-order mark: the title cell opens with a quote, and a reader that keeps the mark would see
 * `\uFEFF"Blooket…` as an unquoted cell and split the title's line break into a row of its own.
 * Reading this layout back is fromCsv's job (csv.ts), which knows it.
 */
import type { Bank } from '../bank/schema';
import { guardText as guard, quoteField as field } from '../csv';
import type { SheetOptions } from './kahootSheet';
import { allowedTime, fitting } from './sheetTypes';
import type { ExportResult } from './types';

export const BLOOKET_TITLE = 'Blooket\nImport Template';
export const BLOOKET_HEADER = [
  'Question #',
  'Question Text',
  'Answer 1',
  'Answer 2',
  'Answer 3\n(Optional)',
  'Answer 4\n(Optional)',
  'Time Limit (sec)\n(Max: 300 seconds)',
  'Correct Answer(s)\n(Only include Answer #)',
] as const;

export const BLOOKET_MAX_ANSWERS = 4;
/** Blooket takes any whole number of seconds up to 300; these are the ones its editor offers. */
export const BLOOKET_TIMES = [5, 10, 20, 30, 45, 60, 90, 120, 180, 240, 300] as const;

export function toBlooketCsv(bank: Bank, opts: SheetOptions = {}): ExportResult<string> {
  const { output: questions, skipped } = fitting(bank, BLOOKET_MAX_ANSWERS, 'Blooket');
  const time = String(allowedTime(opts.timeLimitSec ?? 20, BLOOKET_TIMES));
  const width = BLOOKET_HEADER.length;
  const rows = [[BLOOKET_TITLE, ...Array<string>(width - 1).fill('')], [...BLOOKET_HEADER]];
  questions.forEach((q, k) => {
    const answers = [0, 1, 2, 3].map((i) => guard(q.options[i] ?? ''));
    rows.push([String(k + 1), guard(q.prompt), ...answers, time, String(q.answer + 1)]);
  });
  // RFC 4180 records end with CRLF; line breaks inside the quoted title and header cells stay LF, as Google Sheets writes them.
  return { output: rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n', skipped };
}
