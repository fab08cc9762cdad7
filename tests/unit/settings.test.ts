/**
 * Player settings read back from storage (tolerantly), and the time per question they give,
 * including the tenfold extension WCAG 2.2.1 (Timing Adjustable) asks for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRound } from '../../src/core/round';
import { DEFAULT_SETTINGS, MODES, MOTION, readSettings, TIME_LIMITS_S, TIME_MULTIPLIERS, isTimed, timeLimitMs, type Settings } from '../../src/core/settings';
import { fixedQuestions } from '../harness/fixedQuestions';

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  mode: fc.constantFrom(...MODES),
  timeLimitS: fc.constantFrom(...TIME_LIMITS_S),
  timeMultiplier: fc.constantFrom(...TIME_MULTIPLIERS),
  sound: fc.boolean(),
  volume: fc.double({ min: 0, max: 1, noNaN: true }),
  motion: fc.constantFrom(...MOTION),
  highContrast: fc.boolean(),
  readAloud: fc.boolean(),
  language: fc.constantFrom(null, 'en', 'ko', 'ar'),
});

describe('readSettings', () => {
  it('gives the defaults for nothing stored, or for anything that is not an object', () => {
    for (const data of [undefined, null, 42, 'classic', true, [], {}]) expect(readSettings(data)).toEqual(DEFAULT_SETTINGS);
  });

  it('has sensible defaults: classic, 20 s, no extension, sound on at 80%, system motion, normal contrast, not read aloud, the browser language', () => {
    expect(DEFAULT_SETTINGS).toEqual({ mode: 'classic', timeLimitS: 20, timeMultiplier: 1, sound: true, volume: 0.8, motion: 'system', highContrast: false, readAloud: false, language: null });
  });

  it('keeps every valid setting as it was stored, also after a trip through JSON', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        expect(readSettings(s)).toEqual(s);
        expect(readSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('fills in only the fields that are missing, keeping the rest', () => {
    fc.assert(
      fc.property(settingsArb, fc.subarray(Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]), (s, drop) => {
        const stored: Partial<Settings> = { ...s };
        for (const k of drop) delete stored[k];
        const read = readSettings(stored);
        for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) expect(read[k]).toEqual(drop.includes(k) ? DEFAULT_SETTINGS[k] : s[k]);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['mode', 'turbo'],
    ['mode', 'CLASSIC'],
    ['timeLimitS', 15],
    ['timeLimitS', '20'],
    ['timeLimitS', 0],
    ['timeMultiplier', 4],
    ['timeMultiplier', '10'],
    ['sound', 'yes'],
    ['sound', 1],
    ['motion', 'none'],
    ['highContrast', 'true'],
    ['volume', '0.5'],
    ['volume', Number.NaN],
    ['volume', Infinity],
    ['volume', null],
  ] as const)('replaces an odd %s (%s) by its default, and keeps the other fields', (field, odd) => {
    const stored = { ...DEFAULT_SETTINGS, mode: 'accuracy', sound: false, timeMultiplier: 2, [field]: odd };
    const read = readSettings(stored);
    expect(read[field]).toEqual(DEFAULT_SETTINGS[field]);
    if (field !== 'mode') expect(read.mode).toBe('accuracy');
    if (field !== 'sound') expect(read.sound).toBe(false);
    if (field !== 'timeMultiplier') expect(read.timeMultiplier).toBe(2);
  });

  it('keeps "off" as a time limit: null is a setting, not a missing one', () => {
    expect(readSettings({ timeLimitS: null }).timeLimitS).toBeNull();
    expect(readSettings({}).timeLimitS).toBe(20);
  });

  it('clamps the volume into [0, 1]', () => {
    expect(readSettings({ volume: 1.5 }).volume).toBe(1);
    expect(readSettings({ volume: -0.2 }).volume).toBe(0);
    expect(readSettings({ volume: 0 }).volume).toBe(0);
    expect(readSettings({ volume: 0.35 }).volume).toBe(0.35);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const read = readSettings({ volume: v }).volume;
        expect(read).toBeGreaterThanOrEqual(0);
        expect(read).toBeLessThanOrEqual(1);
        if (v >= 0 && v <= 1) expect(read).toBeCloseTo(v, 12); // kept (-0 may come back as 0)
      }),
      { numRuns: 100 },
    );
  });

  it('drops fields it does not know, and is not fooled by prototype names', () => {
    const read = readSettings({ ...DEFAULT_SETTINGS, theme: 'neon', mode: 'constructor', motion: '__proto__' });
    expect(read).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(read).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('always returns settings that read back to themselves', () => {
    fc.assert(
      fc.property(fc.object(), fc.anything(), (junk, value) => {
        const read = readSettings({ ...junk, mode: value, volume: value, timeLimitS: value });
        expect(readSettings(read)).toEqual(read);
      }),
      { numRuns: 100 },
    );
  });
});

describe('timeLimitMs', () => {
  it('is untimed in practice mode, whatever the time setting', () => {
    for (const timeLimitS of TIME_LIMITS_S) {
      for (const timeMultiplier of TIME_MULTIPLIERS) expect(timeLimitMs({ mode: 'practice', timeLimitS, timeMultiplier })).toBeNull();
    }
  });

  it('is untimed when the limit is "off", in every mode', () => {
    for (const mode of MODES) expect(timeLimitMs({ mode, timeLimitS: null, timeMultiplier: 10 })).toBeNull();
  });

  it('has a clock exactly when isTimed says so: the one rule the assignment screen shows', () => {
    for (const mode of MODES) {
      for (const timeLimitS of [...TIME_LIMITS_S, null]) expect(isTimed({ mode, timeLimitS })).toBe(timeLimitMs({ mode, timeLimitS, timeMultiplier: 1 }) !== null);
    }
    expect(isTimed({ mode: 'practice', timeLimitS: 20 })).toBe(false);
    expect(isTimed({ mode: 'classic', timeLimitS: null })).toBe(false);
    expect(isTimed({ mode: 'classic', timeLimitS: 20 })).toBe(true);
  });

  it('gives the chosen seconds in ms, times the extension', () => {
    expect(timeLimitMs({ mode: 'classic', timeLimitS: 20, timeMultiplier: 1 })).toBe(20_000);
    expect(timeLimitMs({ mode: 'accuracy', timeLimitS: 30, timeMultiplier: 1.5 })).toBe(45_000);
    expect(timeLimitMs({ mode: 'classic', timeLimitS: 60, timeMultiplier: 3 })).toBe(180_000);
  });

  it('can extend the shortest limit tenfold, as WCAG 2.2.1 asks: 10 s x 10 = 100 s', () => {
    expect(Math.max(...TIME_MULTIPLIERS)).toBeGreaterThanOrEqual(10);
    expect(timeLimitMs({ mode: 'classic', timeLimitS: 10, timeMultiplier: 10 })).toBe(100_000);
    for (const s of TIME_LIMITS_S) {
      if (s === null) continue;
      expect(timeLimitMs({ mode: 'classic', timeLimitS: s, timeMultiplier: 10 })).toBe(10 * timeLimitMs({ mode: 'classic', timeLimitS: s, timeMultiplier: 1 })!);
    }
  });

  it('never shortens the time: every extension gives at least the chosen limit, and a whole number of ms a round accepts', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const ms = timeLimitMs(s);
        if (ms === null) expect(s.mode === 'practice' || s.timeLimitS === null).toBe(true);
        else {
          expect(Number.isInteger(ms)).toBe(true);
          expect(ms).toBeGreaterThanOrEqual(s.timeLimitS! * 1000);
        }
        expect(createRound(fixedQuestions(1), { timeLimitMs: ms, mode: s.mode }).timeLimitMs).toBe(ms);
      }),
      { numRuns: 100 },
    );
  });
});
