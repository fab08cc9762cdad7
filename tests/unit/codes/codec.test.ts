import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, fromBase64Url, normalizeCode, packCode, payloadId, toBase64Url, unpackCode } from '../../../src/core/codes/codec';

const limits = { maxChars: 4000, maxPayloadBytes: 64 * 1024 };
const bytes = (s: string) => new TextEncoder().encode(s);

describe('base64url', () => {
  it('round-trips any bytes, in the URL-safe alphabet without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        const text = toBase64Url(data);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(data);
      }),
    );
  });

  it('matches RFC 4648 test vectors', () => {
    expect(toBase64Url(bytes('foobar'))).toBe('Zm9vYmFy');
    expect(toBase64Url(bytes('fo'))).toBe('Zm8');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('has one spelling per byte string: stray low bits, padding and foreign characters are refused', () => {
    expect(fromBase64Url('Zm8')).toEqual(bytes('fo'));
    expect(fromBase64Url('Zm9')).toBeNull(); // same bytes with a low bit set
    expect(fromBase64Url('Zm8=')).toBeNull();
    expect(fromBase64Url('Zm+v')).toBeNull();
    expect(fromBase64Url('Z')).toBeNull();
  });
});

describe('crc32', () => {
  it('is the IEEE CRC-32 of zip and PNG', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('normalizing a pasted code', () => {
  it('drops whitespace, invisible characters and a full stop after the code', () => {
    expect(normalizeCode('  FA1.zAB\n CD.\u200bxyz.  ')).toBe('FA1.zABCD.xyz');
    expect(normalizeCode('FA1.zAB\r\n\tCD.xyz\u00ad...')).toBe('FA1.zABCD.xyz');
  });

  it('takes the code out of a whole pasted link', () => {
    expect(normalizeCode('https://example.org/factsprint/?lang=fr&assign=FA1.zAB.xyz&seed=1')).toBe('FA1.zAB.xyz');
  });
});

describe('packing', () => {
  it('compresses when that is shorter, and stores plain JSON when it is not', () => {
    const long = packCode('R', Array.from({ length: 20 }, () => 'the same words again'));
    const short = packCode('R', 1);
    expect(long).toMatch(/^FR1\.z/);
    expect(short).toMatch(/^FR1\.j/);
    for (const code of [long, short]) expect(unpackCode(code, 'R', limits).ok).toBe(true);
  });

  it('round-trips any JSON payload', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const un = unpackCode(packCode('A', value), 'A', limits);
        expect(un.ok && un.payload).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses an inflated payload over the limit before parsing it', () => {
    const code = packCode('A', 'x'.repeat(100_000));
    expect(code.length).toBeLessThan(1000);
    expect(unpackCode(code, 'A', { maxChars: 4000, maxPayloadBytes: 64 * 1024 })).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('accepts and ignores a signature segment; anything else after the checksum is damage', () => {
    const code = packCode('R', ['x']);
    expect(unpackCode(`${code}.SAbC-_9`, 'R', limits)).toMatchObject({ ok: true, payload: ['x'] });
    expect(unpackCode(`${code}.S`, 'R', limits).ok).toBe(true);
    expect(unpackCode(`${code}.XAbC`, 'R', limits)).toMatchObject({ ok: false, error: 'checksum' });
    expect(unpackCode(`${code}.SA.SB`, 'R', limits)).toMatchObject({ ok: false, error: 'checksum' });
  });

  it('a code whose checksum is right but whose body is not ours is malformed, not damaged', () => {
    const withBody = (body: string) => {
      const text = `FA1.${body}`;
      const c = crc32(bytes(text));
      return `${text}.${toBase64Url(new Uint8Array([c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255]))}`;
    };
    expect(unpackCode(withBody('j' + toBase64Url(bytes('[1,2]'))), 'A', limits)).toMatchObject({ ok: true, payload: [1, 2] });
    expect(unpackCode(withBody('q' + toBase64Url(bytes('[1,2]'))), 'A', limits)).toMatchObject({ ok: false, error: 'malformed' });
    expect(unpackCode(withBody('j' + toBase64Url(bytes('[1,2'))), 'A', limits)).toMatchObject({ ok: false, error: 'malformed' });
    expect(unpackCode(withBody('j' + toBase64Url(new Uint8Array([0x22, 0xff, 0x22]))), 'A', limits)).toMatchObject({ ok: false, error: 'malformed' });
    expect(unpackCode(withBody('z' + toBase64Url(bytes('not deflate'))), 'A', limits)).toMatchObject({ ok: false, error: 'malformed' });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(unpackCode(input, 'A', limits).ok).toBe(false);
      }),
    );
  });
});

describe('payload ids', () => {
  it('are 8 URL-safe characters, differ by kind and by payload', () => {
    const id = payloadId('A', bytes('[1]'));
    expect(id).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(payloadId('A', bytes('[1]'))).toBe(id);
    expect(payloadId('R', bytes('[1]'))).not.toBe(id);
    expect(payloadId('A', bytes('[2]'))).not.toBe(id);
  });
});
