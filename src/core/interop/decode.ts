/**
 * A chosen or dropped file's bytes -> its text, before any format reads it.
 *
 * Teachers' files come from spreadsheets and editors that each save text their own way:
 * - UTF-8, with a byte-order mark (Excel's "CSV UTF-8") or without one (Google Sheets, LibreOffice,
 *   Numbers, most editors);
 * - UTF-16 with a byte-order mark, little-endian (Excel's "Unicode Text", which is also
 *   tab-separated) or big-endian;
 * - Windows-1252, the legacy code page Excel on a Western European or American Windows still uses
 *   for plain "CSV (Comma delimited)".
 *
 * A byte-order mark is believed. Without one, a file that is valid UTF-8 is UTF-8 (legacy text with
 * accents almost never is), and anything else is read as Windows-1252 if it looks like Western
 * text in it; a file that does not (another code page, such as Windows-1251 for Cyrillic or GBK for
 * Chinese, which would come out as strings of accented capitals and signs) is refused with a
 * message that says how to save it as UTF-8, rather than imported garbled. So is a file that is
 * not text at all (a spreadsheet, a Word file, a PDF).
 *
 * Pure: bytes in, text out. The decoders for UTF-16 and Windows-1252 are written here so nothing
 * depends on which encodings a browser's or Node's TextDecoder was built with; UTF-8 uses the
 * standard one, which every runtime has.
 */
import { lineError, MAX_IMPORT_CHARS, type LineError } from './types';

export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedImport = { ok: true; text: string; encoding: ImportEncoding } | { ok: false; errors: LineError[] };

/** Largest file read, in bytes: UTF-8 spends at most 3 bytes per UTF-16 unit, so anything larger is too long as text. */
export const MAX_IMPORT_BYTES = 3 * MAX_IMPORT_CHARS;

// Windows-1252's bytes 0x80-0x9F (the rest of the code page is Latin-1, byte = code point).
// 0 marks the five bytes the code page leaves undefined: they never occur in Windows-1252 text.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const fromUnits = (units: Uint16Array): string => {
  let out = '';
  // In slices: spreading a whole file's worth of arguments would overflow the stack.
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
};

/** UTF-16 from `start`, or null when the bytes are not UTF-16 (an odd count, a lone surrogate). */
function utf16(bytes: Uint8Array, start: number, littleEndian: boolean): string | null {
  if ((bytes.length - start) % 2) return null;
  const units = new Uint16Array((bytes.length - start) / 2);
  for (let k = 0, i = start; i < bytes.length; i += 2, k++) units[k] = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = units[k + 1];
      if (next === undefined || next < 0xdc00 || next > 0xdfff) return null;
      k++;
    } else if (u >= 0xdc00 && u <= 0xdfff) return null;
  }
  return fromUnits(units);
}

function utf8(bytes: Uint8Array, start: number): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return null;
  }
}

/**
 * Windows-1252, and whether a byte the code page leaves undefined showed up (then the file is in
 * some other encoding; the byte is kept as its Latin-1 control character meanwhile).
 */
function cp1252(bytes: Uint8Array): { text: string; undefinedBytes: boolean } {
  const units = new Uint16Array(bytes.length);
  let undefinedBytes = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const c = b < 0x80 || b >= 0xa0 ? b : CP1252_HIGH[b - 0x80]!;
    if (!c && b) undefinedBytes = true;
    units[i] = c || b;
  }
  return { text: fromUnits(units), undefinedBytes };
}

// Signs and punctuation Western text puts next to letters; they do not count towards a run below.
const TYPOGRAPHIC = new Set([...'\u00a0\u00a1\u00a9\u00aa\u00ab\u00ae\u00b0\u00b7\u00ba\u00bb\u00bf\u00d7\u00f7\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac\u2122']);

/**
 * Does this Windows-1252 reading look like Western European text? In real French, German or
 * Spanish the non-ASCII letters stand alone or in pairs inside words ("café", "Größe", "ações").
 * Text in another code page read as Windows-1252 turns whole words into runs of them: Cyrillic
 * "Столица" in Windows-1251 reads "Ñòîëèöà", Chinese in GBK reads "±±¾©". So: if there are two or
 * more runs of three or more non-ASCII characters, and they are a third or more of all the runs,
 * this is not Windows-1252. (One long run alone is let through: a single Icelandic "Þýðing" in an
 * English quiz is Western text, and no Cyrillic or Chinese quiz holds only one word.)
 */
export function looksWestern(text: string): boolean {
  let runs = 0;
  let long = 0;
  let len = 0;
  const end = () => {
    if (len > 0) runs++;
    if (len >= 3) long++;
    len = 0;
  };
  for (const ch of text) {
    if (ch.charCodeAt(0) >= 0x80 && !TYPOGRAPHIC.has(ch)) len++;
    else end();
  }
  end();
  return long < 2 || long * 3 < runs;
}

/** Signatures of files that are not text: zip (.xlsx, .docx, .odt...), PDF, the old Office format (.xls, .doc). */
const BINARY_STARTS = [[0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46, 0x2d], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Control characters text never holds (all but tab, line ends, form feed and the old DOS end-of-file
 * mark). A text file has none, or one stray; a binary file read as text is full of them.
 */
function mostlyText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1a) || c === 0x7f) controls++;
  }
  return controls * 100 <= text.length;
}

/** Without a byte-order mark, UTF-16 shows as a zero byte in every other place (ASCII text), at odd places for little-endian. */
function bomlessUtf16(bytes: Uint8Array): boolean | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd * 10 >= pairs * 3 && even * 20 < pairs) return true;
  if (even * 10 >= pairs * 3 && odd * 20 < pairs) return false;
  return null;
}

const notText = (): LineError =>
  lineError(0, 'fileNotText', 'this file is not plain text (it may be a spreadsheet, a word-processor document or a PDF): save or export it as CSV or plain text first');
const badEncoding = (encoding: string): LineError =>
  lineError(0, 'fileBadEncoding', `the file starts with a ${encoding} byte-order mark but is not valid ${encoding}: save it again as UTF-8`, { encoding });

const done = (text: string, encoding: ImportEncoding): DecodedImport => (mostlyText(text) ? { ok: true, text, encoding } : { ok: false, errors: [notText()] });

/** The text of an imported file, and the encoding it was read in; or why it cannot be read. */
export function decodeImport(bytes: Uint8Array): DecodedImport {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [lineError(1, 'tooLarge', `the file is over ${MAX_IMPORT_CHARS.toLocaleString('en')} characters: no quiz file is this large`)] };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = utf8(bytes, 3);
    return text === null ? { ok: false, errors: [badEncoding('UTF-8')] } : done(text, 'utf-8');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    const text = utf16(bytes, 2, le);
    return text === null ? { ok: false, errors: [badEncoding('UTF-16')] } : done(text, le ? 'utf-16le' : 'utf-16be');
  }
  if (BINARY_STARTS.some((sig) => startsWith(bytes, sig))) return { ok: false, errors: [notText()] };
  if (bytes.includes(0)) {
    const le = bomlessUtf16(bytes);
    const text = le === null ? null : utf16(bytes, 0, le);
    return text === null ? { ok: false, errors: [notText()] } : done(text, le ? 'utf-16le' : 'utf-16be');
  }
  const text = utf8(bytes, 0);
  if (text !== null) return done(text, 'utf-8');
  const legacy = cp1252(bytes);
  if (!mostlyText(legacy.text)) return { ok: false, errors: [notText()] };
  if (legacy.undefinedBytes || !looksWestern(legacy.text)) {
    const message = 'the file is not UTF-8 and does not read as Western European text (Windows-1252) either; it may use another code page: save it again as "CSV UTF-8" or as UTF-8 text';
    return { ok: false, errors: [lineError(0, 'fileUnknownEncoding', message)] };
  }
  return { ok: true, text: legacy.text, encoding: 'windows-1252' };
}
