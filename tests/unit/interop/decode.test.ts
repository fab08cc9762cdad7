/**
 * A file's bytes -> its text: the encodings spreadsheets and editors really save in are found, and
 * a file that cannot be read as text is refused with a reason, never imported garbled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeImport, fromCsv, MAX_IMPORT_BYTES, type DecodedImport } from '../../../src/core/interop';
import { looksWestern } from '../../../src/core/interop/decode';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const utf16 = (s: string, le: boolean) => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return out;
};
/** Latin-1 bytes for text that is all below U+0100 (Windows-1252 agrees with Latin-1 there, 0x80-0x9F aside). */
const latin1 = (s: string) => [...s].map((c) => c.charCodeAt(0));

const text = (d: DecodedImport) => (d.ok ? d.text : d.errors.map((e) => e.code).join());
const encoding = (d: DecodedImport) => (d.ok ? d.encoding : null);
const codes = (d: DecodedImport) => (d.ok ? [] : d.errors.map((e) => e.code));

describe('decodeImport', () => {
  it('UTF-8 with or without a byte-order mark', () => {
    expect(text(decodeImport(bytes('café, 北京')))).toBe('café, 北京');
    expect(text(decodeImport(bytes([0xef, 0xbb, 0xbf], 'café')))).toBe('café');
    expect(encoding(decodeImport(bytes([0xef, 0xbb, 0xbf], 'café')))).toBe('utf-8');
  });

  it('UTF-16 little- and big-endian with a byte-order mark, astral characters included', () => {
    const s = 'Q,café 🙂 北京\r\n';
    expect(decodeImport(new Uint8Array([0xff, 0xfe, ...utf16(s, true)]))).toEqual({ ok: true, text: s, encoding: 'utf-16le' });
    expect(decodeImport(new Uint8Array([0xfe, 0xff, ...utf16(s, false)]))).toEqual({ ok: true, text: s, encoding: 'utf-16be' });
  });

  it('UTF-16 without a byte-order mark, from its zero bytes', () => {
    expect(decodeImport(new Uint8Array(utf16('Question,Answer 1\n', true)))).toEqual({ ok: true, text: 'Question,Answer 1\n', encoding: 'utf-16le' });
    expect(decodeImport(new Uint8Array(utf16('Question,Answer 1\n', false)))).toEqual({ ok: true, text: 'Question,Answer 1\n', encoding: 'utf-16be' });
  });

  it('bytes that are not UTF-8 are Windows-1252: "caf\\xe9" is café, never caf\uFFFD', () => {
    expect(decodeImport(bytes('caf', [0xe9]))).toEqual({ ok: true, text: 'café', encoding: 'windows-1252' });
    // The code page's own characters in 0x80-0x9F: euro, curly quotes, dashes, ellipsis.
    expect(text(decodeImport(bytes([0x80, 0x20, 0x93], 'Gr', [0xfc, 0xdf], 'e', [0x94, 0x20, 0x96, 0x20, 0x97, 0x85])))).toBe('€ “Grüße” – —…');
  });

  it('reads real Western text in Windows-1252, with accented letters alone or in pairs', () => {
    for (const s of ['Größe, Füße und Maß', 'ações e não', '¿Qué año? ¡Olé!', 'Þýðing á íslensku; Ærø, blåbær', 'Crème brûlée à la française']) {
      expect(text(decodeImport(new Uint8Array(latin1(s))))).toBe(s);
    }
  });

  it('refuses another code page read as Windows-1252 (Cyrillic, Chinese), or a byte Windows-1252 does not define', () => {
    // "Столица Франции?" in Windows-1251; "北京是首都" in GBK; 0x81 is undefined in Windows-1252.
    const cyrillic = [0xd1, 0xf2, 0xee, 0xeb, 0xe8, 0xf6, 0xe0, 0x20, 0xd4, 0xf0, 0xe0, 0xed, 0xf6, 0xe8, 0xe8, 0x3f];
    const gbk = [0xb1, 0xb1, 0xbe, 0xa9, 0xca, 0xc7, 0xca, 0xd7, 0xb6, 0xbc];
    for (const b of [cyrillic, gbk, [0x51, 0x81, 0x3f]]) expect(codes(decodeImport(new Uint8Array(b)))).toEqual(['fileUnknownEncoding']);
    expect(looksWestern('Ñòîëèöà Ôðàíöèè?')).toBe(false);
    expect(looksWestern('Größe')).toBe(true);
  });

  it('refuses files that are not text: a spreadsheet, a PDF, an old Office file, random binary', () => {
    const xlsx = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00];
    const pdf = [...new TextEncoder().encode('%PDF-1.7\n')];
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0];
    const binary = Array.from({ length: 200 }, (_, i) => (i * 37 + 11) % 256);
    for (const b of [xlsx, pdf, ole, binary]) expect(codes(decodeImport(new Uint8Array(b)))).toEqual(['fileNotText']);
  });

  it('refuses a byte-order mark the bytes after it do not keep', () => {
    expect(codes(decodeImport(bytes([0xef, 0xbb, 0xbf], 'caf', [0xe9])))).toEqual(['fileBadEncoding']);
    expect(decodeImport(bytes([0xef, 0xbb, 0xbf], 'caf', [0xe9]))).toMatchObject({ ok: false, errors: [{ line: 0, params: { encoding: 'UTF-8' } }] });
    // An odd number of bytes, and a lone high surrogate.
    expect(codes(decodeImport(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42])))).toEqual(['fileBadEncoding']);
    expect(codes(decodeImport(new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00])))).toEqual(['fileBadEncoding']);
  });

  it('refuses a file too large to be a quiz without decoding it', () => {
    expect(codes(decodeImport(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toEqual(['tooLarge']);
  });

  it('gives back any text exactly, in UTF-8 (with or without a BOM) and UTF-16 (with a BOM)', () => {
    const plain = fc
      .string({ unit: 'grapheme', maxLength: 200 })
      // Control characters make a file "not text"; a leading U+FEFF would be a BOM in UTF-8.
      // eslint-disable-next-line no-control-regex -- that is the point
      .filter((s) => !/[\u0000-\u0008\u000B-\u001F\u007F]/.test(s) && !s.startsWith('\uFEFF'));
    fc.assert(
      fc.property(plain, (s) => {
        expect(text(decodeImport(bytes(s)))).toBe(s);
        expect(text(decodeImport(bytes([0xef, 0xbb, 0xbf], s)))).toBe(s);
        expect(text(decodeImport(new Uint8Array([0xff, 0xfe, ...utf16(s, true)])))).toBe(s);
        expect(text(decodeImport(new Uint8Array([0xfe, 0xff, ...utf16(s, false)])))).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it('a Windows-1252 CSV reads the same as its UTF-8 twin', () => {
    const csv = 'Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\r\nQuel est le plat le plus connu de Lyon ?,Quenelle,Crêpe,Bouillabaisse,Choucroute,20,1\r\n';
    const legacy = decodeImport(new Uint8Array(latin1(csv)));
    expect(encoding(legacy)).toBe('windows-1252');
    expect(fromCsv(text(legacy))).toEqual(fromCsv(csv));
  });
});
