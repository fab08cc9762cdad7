/**
 * Data checks over the shipped sound sprite (assets/audio, made by scripts/sounds/make-sounds.sh):
 * the map names exactly the sounds the game plays, each is short enough to feel snappy and long
 * enough to hear, no sound bleeds into the next, and both encodings are small, mono and long
 * enough to hold every sound the map points at. The containers are read here directly (WebM
 * headers, the MP3 LAME tag), so the checks need no ffprobe and never skip.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpriteMap, SOUND_NAMES } from '../../src/services/audio';

const root = new URL('../../', import.meta.url).pathname;
const audioDir = `${root}assets/audio/`;
const json = JSON.parse(readFileSync(`${audioDir}sfx.json`, 'utf8')) as { sprite: Record<string, [number, number]>; sources: string };
const entries = Object.entries(json.sprite).sort((a, b) => a[1][0] - b[1][0]);
const lastEndMs = Math.max(...entries.map(([, [start, duration]]) => start + duration));

describe('sfx.json', () => {
  it('names exactly the six sounds, each as whole milliseconds', () => {
    expect(Object.keys(json.sprite).sort()).toEqual([...SOUND_NAMES].sort());
    expect(parseSpriteMap(json)).not.toBeNull();
    for (const [, [start, duration]] of entries) {
      expect(Number.isInteger(start) && Number.isInteger(duration)).toBe(true);
    }
  });

  it.each(SOUND_NAMES)('%s lasts 80 to 900 ms', (name) => {
    const [, duration] = json.sprite[name]!;
    expect(duration).toBeGreaterThanOrEqual(80);
    expect(duration).toBeLessThanOrEqual(900);
  });

  it('has sounds in ascending order that never overlap, with silence between them', () => {
    expect(entries[0]![1][0]).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < entries.length; i++) {
      const [prevStart, prevDuration] = entries[i - 1]![1];
      const [start] = entries[i]![1];
      // Encoders shift audio by a few tens of ms; 100 ms of silence keeps each sound its own.
      expect(start - (prevStart + prevDuration), `${entries[i - 1]![0]} -> ${entries[i]![0]}`).toBeGreaterThanOrEqual(100);
    }
    expect(lastEndMs).toBeLessThan(6000);
  });

  it('points at the script that makes it', () => {
    expect(json.sources).toBe('scripts/sounds/make-sounds.sh');
    expect(existsSync(`${root}${json.sources}`)).toBe(true);
  });
});

describe('the encoded sprite', () => {
  it('is small: WebM and MP3 together under 60 KB', () => {
    const total = statSync(`${audioDir}sfx.webm`).size + statSync(`${audioDir}sfx.mp3`).size;
    expect(total).toBeLessThan(60_000);
  });

  it('WebM: mono Opus that lasts past the last sound', () => {
    const webm = readWebm(readFileSync(`${audioDir}sfx.webm`));
    expect(webm.codec).toBe('A_OPUS');
    expect(webm.channels).toBe(1);
    expect(webm.durationMs).toBeGreaterThanOrEqual(lastEndMs);
    expect(webm.durationMs).toBeLessThan(lastEndMs + 400);
  });

  it('MP3: mono and lasts past the last sound', () => {
    const mp3 = readMp3(readFileSync(`${audioDir}sfx.mp3`));
    expect(mp3.channels).toBe(1);
    expect(mp3.durationMs).toBeGreaterThanOrEqual(lastEndMs);
    expect(mp3.durationMs).toBeLessThan(lastEndMs + 400);
  });

  it('both encodings last the same, so one map fits both', () => {
    const webm = readWebm(readFileSync(`${audioDir}sfx.webm`));
    const mp3 = readMp3(readFileSync(`${audioDir}sfx.mp3`));
    expect(Math.abs(webm.durationMs - mp3.durationMs)).toBeLessThan(50);
  });
});

// --- minimal container readers ---------------------------------------------------------------

/** EBML (Matroska/WebM) element walk: just enough to read the codec, channels and duration. */
function readWebm(buf: Buffer): { codec: string; channels: number; durationMs: number } {
  const vint = (pos: number, keepMarker: boolean): { value: number; length: number } => {
    const first = buf[pos]!;
    let length = 1;
    while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
    if (length > 8) throw new Error(`bad EBML number at ${pos}`);
    let value = keepMarker ? first : first & (0xff >> length);
    let allOnes = value === (0xff >> length);
    for (let i = 1; i < length; i++) {
      value = value * 256 + buf[pos + i]!;
      allOnes &&= buf[pos + i] === 0xff;
    }
    return { value: !keepMarker && allOnes ? Number.POSITIVE_INFINITY : value, length };
  };
  const MASTERS = new Set([0x18538067, 0x1549a966, 0x1654ae6b, 0xae, 0xe1]); // Segment, Info, Tracks, TrackEntry, Audio
  const found = new Map<number, Buffer>();
  const walk = (start: number, end: number): void => {
    let pos = start;
    while (pos < end) {
      const id = vint(pos, true);
      const size = vint(pos + id.length, false);
      const dataStart = pos + id.length + size.length;
      const dataEnd = Math.min(end, dataStart + size.value);
      if (MASTERS.has(id.value)) walk(dataStart, dataEnd);
      else if (!found.has(id.value)) found.set(id.value, buf.subarray(dataStart, dataEnd));
      pos = dataEnd;
    }
  };
  walk(0, buf.length);
  const uint = (b: Buffer | undefined) => (b ? b.reduce((n, byte) => n * 256 + byte, 0) : NaN);
  const durationField = found.get(0x4489);
  const duration = durationField?.length === 8 ? durationField.readDoubleBE(0) : durationField?.length === 4 ? durationField.readFloatBE(0) : NaN;
  const timecodeScaleNs = found.has(0x2ad7b1) ? uint(found.get(0x2ad7b1)) : 1_000_000;
  return {
    codec: found.get(0x86)?.toString('latin1') ?? '',
    channels: uint(found.get(0x9f)),
    durationMs: (duration * timecodeScaleNs) / 1_000_000,
  };
}

/** MPEG audio header plus the Xing/Info and LAME tags: frame count minus encoder delay and padding. */
function readMp3(buf: Buffer): { channels: number; durationMs: number } {
  let pos = 0;
  if (buf.toString('latin1', 0, 3) === 'ID3') pos = 10 + ((buf[6]! << 21) | (buf[7]! << 14) | (buf[8]! << 7) | buf[9]!);
  const header = buf.readUInt32BE(pos);
  if (header >>> 21 !== 0x7ff) throw new Error('no MPEG frame at the start');
  const mpeg1 = ((header >>> 19) & 3) === 3;
  const rates = mpeg1 ? [44100, 48000, 32000] : [22050, 24000, 16000];
  const sampleRate = rates[(header >>> 10) & 3]!;
  const mono = ((header >>> 6) & 3) === 3;
  const sideInfo = mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const tag = pos + 4 + sideInfo;
  const tagName = buf.toString('latin1', tag, tag + 4);
  if (tagName !== 'Info' && tagName !== 'Xing') throw new Error('no Xing/Info tag: the script always writes one');
  const flags = buf.readUInt32BE(tag + 4);
  if (!(flags & 1)) throw new Error('the Xing/Info tag has no frame count');
  const frames = buf.readUInt32BE(tag + 8);
  const lame = tag + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  // The LAME tag stores the encoder's delay and padding as two 12-bit numbers, 21 bytes in.
  const delayPadding = (buf[lame + 21]! << 16) | (buf[lame + 22]! << 8) | buf[lame + 23]!;
  const samples = frames * (mpeg1 ? 1152 : 576) - (delayPadding >>> 12) - (delayPadding & 0xfff);
  return { channels: mono ? 1 : 2, durationMs: (samples * 1000) / sampleRate };
}
