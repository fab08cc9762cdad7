/**
 * Moving questions between Factsprint and the tools teachers already use. Pure: text or bytes in,
 * text or bytes out; reading and writing files is the caller's job.
 *
 * Factsprint's JSON bank stays the master copy: only it holds the source sentence's span, the
 * review status and the estimate / when / where questions. Exports say what they left out.
 */
export { CSV_HEADER, fromCsv, readCsv, toCsv, type CsvOptions } from './csv';
export { decodeImport, MAX_IMPORT_BYTES, type DecodedImport, type ImportEncoding } from './decode';
export { fromAiken, toAiken } from './aiken';
export { escapeGift, fromGift, toGift } from './gift';
export { escapeXml, toMoodleXml } from './xml';
export { fromMoodleXml } from './moodleXml';
export { htmlToText } from './html';
export { toQtiZip, type QtiOptions } from './qti';
export { fromSheet } from './sheet';
export { KAHOOT_HEADER, toKahootSheet, type KahootSheet, type SheetOptions, type TooLong } from './kahootSheet';
export { WAYGROUND_HEADER, toWaygroundSheet } from './wayground';
export { BLOOKET_HEADER, toBlooketCsv } from './blooket';
export { SHEET_NOTE_CODES, xlsxUnreadable, type SheetImport, type SheetNote, type SheetNoteCode, type SheetOut, type SheetQuestion, type SheetRows } from './sheetTypes';
export { collect, isSkip, sheetSkipView, skipView, type SkipReasonCode, type SkipView } from './skips';
export { detectFormat, FORMAT_LABELS, formatsIn, type Detected, type TextFormat } from './detect';
export { importedToBank, type ImportedBank, type ImportFormat, type ImportMeta } from './toBank';
export { IMPORT_ERROR_CODES, MAX_IMPORT_CHARS, SKIP_KINDS } from './types';
export type { ExportResult, ImportedQuestion, ImportErrorCode, ImportErrorParams, ImportResult, ImportSkip, LineError, Skipped, SkipKind } from './types';
