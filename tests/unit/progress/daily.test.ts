import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAILY_KEEP_DAYS, dailySeed, dailyStatus, emptyDaily, parseDaily, recordDaily, type DailyRecord, type DailyResult } from '../../../src/core/progress/daily';
import { dayNumber, isoDay } from '../../../src/core/progress/days';
import { deepFreeze } from './freeze';

const result = (points: number, correct = 5, asked = 10): DailyResult => ({ points, correct, asked });
const playOn = (isoDays: string[], from: DailyRecord = emptyDaily()): DailyRecord =>
  isoDays.reduce((rec, iso, i) => recordDaily(rec, dayNumber(iso), result(1000 + i)), from);

describe('dailySeed', () => {
  it('gives everyone the same seed on a date, a different one the next day', () => {
    expect(dailySeed('2026-11-24')).toBe('daily-2026-11-24');
    expect(dailySeed('2026-11-24')).toBe(dailySeed('2026-11-24'));
    expect(dailySeed('2026-11-25')).not.toBe(dailySeed('2026-11-24'));
  });

  it('throws on anything that is not a calendar date', () => {
    for (const bad of ['', 'today', '2026-11-31', '2026-02-29', '24/11/2026', '2026-11-24T10:00', 'daily-2026-11-24', '2026-1-1']) {
      expect(() => dailySeed(bad)).toThrow(RangeError);
    }
  });
});

describe('the streak of days', () => {
  it('grows day by day across the end of a month', () => {
    const rec = playOn(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
    expect(rec).toMatchObject({ streak: 4, best: 4, lastDay: dayNumber('2026-02-02') });
  });

  it('grows across a leap day, and from 28 February to 1 March in other years', () => {
    expect(playOn(['2028-02-28', '2028-02-29', '2028-03-01']).streak).toBe(3);
    expect(playOn(['2027-02-28', '2027-03-01']).streak).toBe(2);
    // Skipping the leap day is a gap.
    expect(playOn(['2028-02-28', '2028-03-01']).streak).toBe(1);
  });

  it('grows across new year', () => {
    expect(playOn(['2026-12-30', '2026-12-31', '2027-01-01']).streak).toBe(3);
  });

  it('starts again at 1 after a missed day, and keeps the best', () => {
    const rec = playOn(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06']);
    expect(rec).toMatchObject({ streak: 2, best: 3 });
    expect(Object.keys(rec.played)).toHaveLength(5);
  });

  it('playing twice on one day counts the day once and keeps the better result', () => {
    const day = dayNumber('2026-11-24');
    let rec = recordDaily(emptyDaily(), day - 1, result(900));
    rec = recordDaily(rec, day, result(4000, 6, 10));
    rec = recordDaily(rec, day, result(3000, 9, 10));
    expect(rec).toMatchObject({ streak: 2, best: 2, lastDay: day });
    expect(rec.played['2026-11-24']).toEqual(result(4000, 6, 10));

    rec = recordDaily(rec, day, result(5000, 7, 10));
    expect(rec.played['2026-11-24']).toEqual(result(5000, 7, 10));
    // Same points, more of them right: the more accurate round is the better one.
    rec = recordDaily(rec, day, result(5000, 8, 10));
    expect(rec.played['2026-11-24']).toEqual(result(5000, 8, 10));
    expect(rec.streak).toBe(2);
  });

  it('a day before the last one (clock set back) keeps its result but leaves the streak alone', () => {
    let rec = playOn(['2026-05-10', '2026-05-11']);
    rec = recordDaily(rec, dayNumber('2026-05-09'), result(10));
    expect(rec).toMatchObject({ streak: 2, best: 2, lastDay: dayNumber('2026-05-11') });
    expect(rec.played['2026-05-09']).toEqual(result(10));
  });

  it('keeps the results of the last 60 days only', () => {
    const start = dayNumber('2026-01-01');
    const days = Array.from({ length: 100 }, (_, i) => isoDay(start + i));
    const rec = playOn(days);
    expect(Object.keys(rec.played).sort()).toEqual(days.slice(100 - DAILY_KEEP_DAYS));
    expect(rec.streak).toBe(100);
  });

  it('never changes the record it is given', () => {
    const before = deepFreeze(playOn(['2026-05-10']));
    const copy = structuredClone(before);
    recordDaily(before, dayNumber('2026-05-11'), result(1));
    recordDaily(before, dayNumber('2026-05-10'), result(99999));
    expect(before).toEqual(copy);
  });
});

describe('dailyStatus', () => {
  const rec = playOn(['2026-11-22', '2026-11-23', '2026-11-24']);

  it('on the day played: played, with the streak', () => {
    expect(dailyStatus(rec, dayNumber('2026-11-24'))).toEqual({ playedToday: true, streak: 3, best: 3 });
  });

  it('the next day: not played yet, but the streak still stands until the day is over', () => {
    expect(dailyStatus(rec, dayNumber('2026-11-25'))).toEqual({ playedToday: false, streak: 3, best: 3 });
  });

  it('after a missed day: the streak is broken, the best is kept', () => {
    expect(dailyStatus(rec, dayNumber('2026-11-26'))).toEqual({ playedToday: false, streak: 0, best: 3 });
  });

  it('before ever playing: nothing', () => {
    expect(dailyStatus(emptyDaily(), dayNumber('2026-11-24'))).toEqual({ playedToday: false, streak: 0, best: 0 });
  });
});

describe('parseDaily', () => {
  it('reads back what was saved', () => {
    const rec = playOn(['2026-11-22', '2026-11-23', '2026-11-25']);
    expect(parseDaily(JSON.parse(JSON.stringify(rec)))).toEqual(rec);
    expect(parseDaily(emptyDaily())).toEqual(emptyDaily());
  });

  it('gives null for anything that is not a version 1 record', () => {
    for (const bad of [null, undefined, 42, 'daily', [], [emptyDaily()], {}, { ...emptyDaily(), version: 2 }, { ...emptyDaily(), version: '1' }]) {
      expect(parseDaily(bad)).toBeNull();
    }
  });

  it('drops malformed days and keeps the rest', () => {
    const parsed = parseDaily({
      version: 1,
      lastDay: dayNumber('2026-11-24'),
      streak: 2,
      best: 5,
      played: {
        '2026-11-24': result(100),
        '2026-11-23': { points: 50, correct: 1, asked: 2, extra: 'dropped' },
        '2026-11-31': result(1),
        'yesterday': result(1),
        '2026-11-22': { points: -1, correct: 1, asked: 2 },
        '2026-11-21': { points: 1, correct: 3, asked: 2 },
        '2026-11-20': { points: 1, correct: 1 },
        '2026-11-19': null,
        '2026-11-18': [1, 1, 1],
        '2026-11-17': { points: '1', correct: 1, asked: 1 },
      },
    });
    expect(parsed).toEqual({ version: 1, lastDay: dayNumber('2026-11-24'), streak: 2, best: 5, played: { '2026-11-24': result(100), '2026-11-23': result(50, 1, 2) } });
  });

  it('falls back field by field: a bad streak becomes no streak, missing fields their defaults', () => {
    expect(parseDaily({ version: 1 })).toEqual(emptyDaily());
    expect(parseDaily({ version: 1, lastDay: 'monday', streak: 4, best: 4, played: 'x' })).toEqual({ ...emptyDaily(), best: 4 });
    expect(parseDaily({ version: 1, lastDay: 20000, streak: -3, best: 2, played: [] })).toEqual({ ...emptyDaily(), lastDay: 20000, best: 2 });
    expect(parseDaily({ version: 1, lastDay: 20000, streak: 7, best: 3, played: {} })).toMatchObject({ streak: 7, best: 7 });
    expect(parseDaily({ version: 1, lastDay: 20000.5, streak: 7, best: 1.5, played: {} })).toEqual(emptyDaily());
  });

  it('keeps only the last 60 days of a long stored history', () => {
    const start = dayNumber('2025-01-01');
    const played = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [isoDay(start + i), result(i)]));
    const parsed = parseDaily({ version: 1, lastDay: start + 199, streak: 200, best: 200, played });
    expect(Object.keys(parsed!.played)).toHaveLength(DAILY_KEEP_DAYS);
    expect(parsed!.played[isoDay(start + 199)]).toEqual(result(199));
  });
});

describe('properties', () => {
  const gaps = fc.array(fc.tuple(fc.integer({ min: -3, max: 4 }), fc.nat(5000)), { minLength: 1, maxLength: 120 });

  it('the streak never exceeds the days played, never the best, and the record reads back intact', () => {
    fc.assert(
      fc.property(gaps, (steps) => {
        let rec = emptyDaily();
        let today = dayNumber('2026-01-01');
        const days = new Set<number>();
        for (const [gap, points] of steps) {
          today += gap;
          days.add(today);
          rec = recordDaily(rec, today, result(points));
          expect(rec.streak).toBeGreaterThanOrEqual(1);
          expect(rec.streak).toBeLessThanOrEqual(days.size);
          expect(rec.streak).toBeLessThanOrEqual(rec.best);
          expect(Object.keys(rec.played).length).toBeLessThanOrEqual(DAILY_KEEP_DAYS);
          // A day more than 60 days before the latest one (clock set far back) is no longer kept.
          if (today > rec.lastDay! - DAILY_KEEP_DAYS) expect(dailyStatus(rec, today).playedToday).toBe(true);
        }
        expect(parseDaily(JSON.parse(JSON.stringify(rec)))).toEqual(rec);
      }),
      { numRuns: 300 },
    );
  });

  it('playing every day for n days gives a streak of n', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2100-01-01') }), fc.integer({ min: 1, max: 400 }), (start, n) => {
        let rec = emptyDaily();
        for (let d = start; d < start + n; d++) rec = recordDaily(rec, d, result(1));
        expect(rec.streak).toBe(n);
        expect(dailyStatus(rec, start + n).streak).toBe(n);
        expect(dailyStatus(rec, start + n + 1).streak).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});
