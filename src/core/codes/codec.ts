/**
 * The transport shared by assignment and result codes: short, URL-safe, versioned, checksummed
 * text that survives a link, a chat message, a QR code or a file.
 *
 *   FA1.z<base64url>.<crc>          an assignment, format version 1
 *   FR1.j<base64url>.<crc>.S<sig>   a result, with the optional signature segment
 *
 * - Header: "F", a kind letter (A assignment, R result), the format version (digits).
 * - Body: a flag, then base64url (RFC 4648 §5, no padding) of the payload. The payload is the
 *   JSON text of a compact positional array (see assignment.ts and result.ts), in UTF-8.
 *   Flag "z": raw DEFLATE (RFC 1951) against the version-1 preset dictionary; flag "j": the
 *   UTF-8 bytes as they are. The encoder writes whichever is shorter.
 * - Checksum: CRC-32 (IEEE) of the UTF-8 text "header.body", 4 bytes big-endian, base64url
 *   (6 characters). It covers the text rather than the decoded bytes so that one changed
 *   character anywhere before it, header included, is always caught: CRC-32 catches every
 *   error burst of up to 32 bits, and a changed character is at most 8. A missing character is
 *   caught unless it shifts the text into another that happens to match: 1 in 2^32.
 * - Signature: an optional last segment "S<base64url>", accepted and ignored today. A class
 *   server could one day sign results with a key it keeps. Without a server there is no
 *   secret: the checksum detects a code damaged in transit, not a student who decodes,
 *   edits and re-encodes one (anyone can run this file). Teachers should read results as
 *   self-reported.
 *
 * Decoding never throws: a code arrives by paste, and a bad paste must give the player a clear
 * message, not a broken page.
 */
import { deflateSync, inflateSync } from 'fflate';
import { DICTIONARY_V1 } from './dictionary';

/** Why a code was refused, for the message a player or teacher sees. */
export type CodeError =
  /** Not one of our codes at all. */
  | 'not-a-code'
  /** One of our codes, but of another kind: an assignment code pasted where a result belongs. */
  | 'wrong-kind'
  /** Made by a newer (or unknown) version of Factsprint. */
  | 'unsupported-version'
  /** Damaged: a changed, missing or extra character. Copy it again. */
  | 'checksum'
  /** Longer than any code of this kind may be. */
  | 'too-large'
  /** Intact, but what it carries is not valid (made by hand or by a broken tool). */
  | 'malformed';

export type CodeFailure = { ok: false; error: CodeError; detail?: string };

export const CODE_KINDS = { assignment: 'A', result: 'R' } as const;
export type CodeKind = (typeof CODE_KINDS)[keyof typeof CODE_KINDS];

export const FORMAT_VERSION = 1;

/** Why encoding refused: the value would not decode again, or the code would be too long. */
export class CodeEncodeError extends Error {
  constructor(
    readonly reason: 'invalid' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'CodeEncodeError';
  }
}

export const fail = (error: CodeError, detail?: string): CodeFailure => (detail === undefined ? { ok: false, error } : { ok: false, error, detail });

// ---- bytes and text ------------------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map([...ALPHABET].map((c, i) => [c, i] as const));

export function toBase64Url(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i]!;
    const b = data[i + 1];
    const c = data[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63]!;
    if (c !== undefined) out += ALPHABET[n & 63]!;
  }
  return out;
}

/**
 * Strict: only the URL-safe alphabet, no padding, and the unused low bits of the last character
 * must be zero, so every byte string has exactly one spelling and no changed character slips
 * through as "the same bytes".
 */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const ch of text) {
    const v = ALPHABET_INDEX.get(ch);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if (o !== out.length || (acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (n: number): Uint8Array => new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * A short id for a payload: 48 bits (8 base64url characters) from CRC-32 and FNV-1a, two
 * unrelated hashes, so a teacher's handful of assignments will not collide.
 */
export function payloadId(kind: CodeKind, payload: Uint8Array): string {
  const data = new Uint8Array(payload.length + 3);
  data.set(utf8(`F${kind}${FORMAT_VERSION}`));
  data.set(payload, 3);
  let fnv = 0x811c9dc5;
  for (const byte of data) fnv = Math.imul(fnv ^ byte, 0x01000193) >>> 0;
  const crc = u32(crc32(data));
  return toBase64Url(new Uint8Array([...crc, (fnv >>> 24) & 0xff, (fnv >>> 16) & 0xff]));
}

// ---- packing ---------------------------------------------------------------------------------

/** The JSON payload as a code of the given kind. */
export function packCode(kind: CodeKind, payload: unknown): string {
  const raw = utf8(JSON.stringify(payload));
  const packed = deflateSync(raw, { level: 9, dictionary: DICTIONARY_V1 });
  const body = packed.length < raw.length ? `z${toBase64Url(packed)}` : `j${toBase64Url(raw)}`;
  const text = `F${kind}${FORMAT_VERSION}.${body}`;
  return `${text}.${toBase64Url(u32(crc32(utf8(text))))}`;
}

/**
 * What chat apps, mail and hand-copying do to a code, undone: line breaks and spaces inside it,
 * invisible zero-width and soft-hyphen characters, a sentence's full stop after it. A whole
 * link pasted instead of the code also works.
 */
export function normalizeCode(input: string): string {
  let text = input.replace(/[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+/gu, '');
  const inLink = /[?&#]assign=([^&#]*)/.exec(text);
  if (inLink) text = inLink[1]!;
  return text.replace(/\.+$/u, '');
}

export interface Unpacked {
  ok: true;
  /** The parsed JSON payload, not yet validated. */
  payload: unknown;
  /** The payload's UTF-8 bytes, for `payloadId`. */
  bytes: Uint8Array;
}

export interface Limits {
  /** Longest code accepted, in characters (after normalizing). */
  maxChars: number;
  /** Largest payload accepted once inflated, in bytes: refuses a "zip bomb" before parsing. */
  maxPayloadBytes: number;
}

const HEADER = /^F([A-Z])(\d+)\./u;
const SIGNATURE = /^S[A-Za-z0-9_-]*$/u;

/** Checks the transport (header, checksum, body) and parses the JSON. Never throws. */
export function unpackCode(input: unknown, kind: CodeKind, limits: Limits): Unpacked | CodeFailure {
  try {
    if (typeof input !== 'string') return fail('not-a-code');
    // Bound the work before normalizing: nothing a person pastes on purpose is this long.
    if (input.length > limits.maxChars * 4 + 1000) return fail('too-large');
    const text = normalizeCode(input);
    const head = HEADER.exec(text);
    if (!head) return fail('not-a-code');
    if (head[1] !== kind) return fail('wrong-kind');
    if (head[2] !== String(FORMAT_VERSION)) return fail('unsupported-version');
    if (text.length > limits.maxChars) return fail('too-large');

    const [header, body, check, ...rest] = text.split('.');
    if (header === undefined || body === undefined || check === undefined) return fail('checksum');
    // A trailing signature segment is for a future class server: accepted, not checked.
    if (rest.length > 1 || (rest[0] !== undefined && !SIGNATURE.test(rest[0]))) return fail('checksum');
    const sum = fromBase64Url(check);
    if (sum === null || sum.length !== 4) return fail('checksum');
    const expected = u32(crc32(utf8(`${header}.${body}`)));
    if (sum.some((b, i) => b !== expected[i])) return fail('checksum');

    // From here the text is what an encoder wrote; any fault is in what it wrote.
    const data = fromBase64Url(body.slice(1));
    if (data === null) return fail('malformed', 'the body is not base64url');
    let bytes: Uint8Array;
    if (body.startsWith('z')) {
      try {
        bytes = inflateSync(data, { dictionary: DICTIONARY_V1 });
      } catch {
        return fail('malformed', 'the body does not inflate');
      }
    } else if (body.startsWith('j')) bytes = data;
    else return fail('malformed', 'unknown body encoding');
    if (bytes.length > limits.maxPayloadBytes) return fail('too-large');

    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return fail('malformed', 'the payload is not UTF-8 JSON');
    }
    return { ok: true, payload, bytes };
  } catch {
    // Nothing above should throw; if something does (an engine limit), it is still a bad code.
    return fail('malformed');
  }
}

// ---- field checks shared by the payload readers ----------------------------------------------

/** Control characters and lone surrogates have no place in names, titles or ids. */
const UNPRINTABLE = /[\p{Cc}\p{Cs}]/u;

/** A string of 1..max UTF-16 units, not blank, with nothing unprintable. */
export const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length <= max && v.trim().length > 0 && !UNPRINTABLE.test(v);

export const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
