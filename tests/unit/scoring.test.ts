import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy, answerPoints, CORRECT_CREDIT, DATE_CREDIT_SPAN, dateCredit, numericCredit, SCORING, speedPoints, streakBonus } from '../../src/core/scoring';

const T = 20_000;

describe('speedPoints', () => {
  it('gives full points to an answer within half a second', () => {
    expect(speedPoints(0, T)).toBe(1000);
    expect(speedPoints(250, T)).toBe(1000);
    expect(speedPoints(499, T)).toBe(1000);
    expect(speedPoints(500, T)).toBe(1000);
  });

  it('gives exactly 500 at the buzzer', () => {
    expect(speedPoints(T, T)).toBe(500);
    expect(speedPoints(5000, 5000)).toBe(500);
  });

  it.each([
    [1000, 975],
    [5000, 875],
    [10_000, 750],
    [15_000, 625],
    [19_999, 500],
    [3333, 917],
  ])('follows round(1000 * (1 - (t/T)/2)) at t = %i ms of 20 s', (t, points) => {
    expect(speedPoints(t, T)).toBe(points);
    expect(speedPoints(t, T)).toBe(Math.round(1000 * (1 - t / T / 2)));
  });

  it('never drops below 500 for a correct answer, even after the limit', () => {
    expect(speedPoints(T * 3, T)).toBe(500);
  });

  it('gives full points whatever the time when the round is untimed', () => {
    expect(speedPoints(0, null)).toBe(1000);
    expect(speedPoints(10 * 60_000, null)).toBe(1000);
  });

  it('stays within [500, 1000] for any time in [0, T]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 600_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (limit, share) => {
        const p = speedPoints(share * limit, limit);
        expect(Number.isInteger(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(SCORING.minCorrectPoints);
        expect(p).toBeLessThanOrEqual(SCORING.maxPoints);
      }),
      { numRuns: 200 },
    );
  });

  it('never rewards a slower answer with more points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 600_000 }), fc.nat({ max: 700_000 }), fc.nat({ max: 700_000 }), (limit, a, b) => {
        const [fast, slow] = a <= b ? [a, b] : [b, a];
        expect(speedPoints(slow, limit)).toBeLessThanOrEqual(speedPoints(fast, limit));
      }),
      { numRuns: 200 },
    );
  });
});

describe('streakBonus', () => {
  it('adds nothing for the first answer of a streak, then +100 per answer, capped at +500', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 50].map(streakBonus)).toEqual([0, 0, 100, 200, 300, 400, 500, 500, 500, 500]);
  });

  it('is never negative and never above the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 1000 }), (n) => {
        const b = streakBonus(n);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(SCORING.streakCap);
        expect(b % SCORING.streakStep).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('numericCredit', () => {
  it('gives full credit for the exact number', () => {
    expect(numericCredit(13_000, 13_000)).toBe(1);
    expect(numericCredit(0.5, 0.5)).toBe(1);
    expect(numericCredit(0, 0)).toBe(1);
  });

  it('gives no credit when off by a factor of ten or more either way', () => {
    expect(numericCredit(130_000, 13_000)).toBe(0);
    expect(numericCredit(1300, 13_000)).toBe(0);
    expect(numericCredit(1e9, 13_000)).toBe(0);
  });

  it('gives partial credit in between', () => {
    expect(numericCredit(2000 * Math.sqrt(10), 2000)).toBeCloseTo(0.5, 10);
    expect(numericCredit(2000 / Math.sqrt(10), 2000)).toBeCloseTo(0.5, 10);
    expect(numericCredit(2200, 2000)).toBeGreaterThan(0.9);
  });

  it('gives nothing for zero, negative or non-numeric guesses', () => {
    expect(numericCredit(0, 2000)).toBe(0);
    expect(numericCredit(-2000, 2000)).toBe(0);
    expect(numericCredit(Number.NaN, 2000)).toBe(0);
    expect(numericCredit(Number.POSITIVE_INFINITY, 2000)).toBe(0);
    expect(numericCredit(5, 0)).toBe(0);
  });

  const truth = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
  const logError = fc.double({ min: 0, max: 3, noNaN: true });

  it('stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (g, t) => {
        const c = numericCredit(g, t);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('is symmetric in log space: k times too many scores like k times too few', () => {
    fc.assert(
      fc.property(truth, logError, (t, e) => {
        const k = 10 ** e;
        expect(numericCredit(t * k, t)).toBeCloseTo(numericCredit(t / k, t), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('falls as the log error grows', () => {
    fc.assert(
      fc.property(truth, logError, logError, fc.boolean(), (t, a, b, over) => {
        const [near, far] = a <= b ? [a, b] : [b, a];
        const guess = (e: number) => (over ? t * 10 ** e : t / 10 ** e);
        expect(numericCredit(guess(far), t)).toBeLessThanOrEqual(numericCredit(guess(near), t) + 1e-12);
        if (near < 1 && far - near > 1e-6) expect(numericCredit(guess(far), t)).toBeLessThan(numericCredit(guess(near), t));
      }),
      { numRuns: 200 },
    );
  });
});

describe('accuracy', () => {
  it('is the share of questions answered correctly', () => {
    expect(accuracy(7, 10)).toBe(0.7);
    expect(accuracy(10, 10)).toBe(1);
    expect(accuracy(0, 10)).toBe(0);
  });

  it('is 0, not NaN, when nothing was asked', () => {
    expect(accuracy(0, 0)).toBe(0);
  });
});

describe('dateCredit', () => {
  it('gives full credit on the date, 0.8 a year off, and nothing five years off', () => {
    expect(dateCredit(0, 'year')).toBe(1);
    expect(dateCredit(1, 'year')).toBe(0.8);
    expect(dateCredit(-1, 'year')).toBe(0.8);
    expect(dateCredit(5, 'year')).toBe(0);
    expect(dateCredit(12, 'month')).toBe(0);
    expect(dateCredit(30, 'day')).toBe(0);
    expect(dateCredit(-400, 'day')).toBe(0);
  });

  it('falls linearly with |offBy| to 0 at the span, the same early or late, within [0, 1]', () => {
    fc.assert(
      fc.property(fc.constantFrom('year' as const, 'month' as const, 'day' as const), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), (p, a, b) => {
        const span = DATE_CREDIT_SPAN[p];
        expect(dateCredit(a, p)).toBe(dateCredit(-a, p));
        expect(dateCredit(a, p)).toBeCloseTo(Math.max(0, 1 - Math.abs(a) / span), 12);
        if (Math.abs(a) <= Math.abs(b)) expect(dateCredit(b, p)).toBeLessThanOrEqual(dateCredit(a, p));
      }),
      { numRuns: 150 },
    );
  });
});

describe('answerPoints', () => {
  it('is nothing for no credit, in every mode', () => {
    for (const mode of ['classic', 'accuracy', 'practice'] as const) expect(answerPoints(mode, 0, 100, T)).toBe(0);
  });

  it('classic: round(speedPoints x credit)', () => {
    expect(answerPoints('classic', 1, 5000, T)).toBe(875);
    expect(answerPoints('classic', 0.5, 5000, T)).toBe(438);
    expect(answerPoints('classic', CORRECT_CREDIT, T, T)).toBe(450);
    expect(answerPoints('classic', 0.5, 5000, null)).toBe(500);
  });

  it('accuracy and practice: round(1000 x credit), however slow', () => {
    for (const mode of ['accuracy', 'practice'] as const) {
      expect(answerPoints(mode, 1, T, T)).toBe(1000);
      expect(answerPoints(mode, 0.6994, 19_000, T)).toBe(699);
    }
  });

  it('stays within [0, 1000] and never gives less for more credit or a faster answer', () => {
    const mode = fc.constantFrom('classic' as const, 'accuracy' as const, 'practice' as const);
    const credit = fc.double({ min: 0, max: 1, noNaN: true });
    const ms = fc.nat({ max: 40_000 });
    fc.assert(
      fc.property(mode, credit, credit, ms, ms, (m, c1, c2, t1, t2) => {
        const p = answerPoints(m, c1, t1, T);
        expect(Number.isInteger(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1000);
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        expect(answerPoints(m, hi, t1, T)).toBeGreaterThanOrEqual(answerPoints(m, lo, t1, T));
        const [fast, slow] = t1 <= t2 ? [t1, t2] : [t2, t1];
        expect(answerPoints(m, c1, slow, T)).toBeLessThanOrEqual(answerPoints(m, c1, fast, T));
      }),
      { numRuns: 150 },
    );
  });
});
