/**
 * Scoring: pure functions, documented in the README ("Scoring").
 *
 * Points reward speed the way Kahoot does, but accuracy is always reported beside them
 * (players complain that speed and streaks bury accuracy), and numeric answers can earn
 * partial credit by how far off they are on a log scale.
 */
export const SCORING = {
  /** Points for an instant correct answer. */
  maxPoints: 1000,
  /** A correct answer never earns less than this, however slow. */
  minCorrectPoints: 500,
  /** Answers faster than this count as instant. */
  instantMs: 500,
  /** Bonus per step of a streak of correct answers... */
  streakStep: 100,
  /** ...capped here. */
  streakCap: 500,
} as const;

/**
 * Points for a correct answer given after `elapsedMs` out of `limitMs`:
 * round(1000 * (1 - (t / T) / 2)), so 1000 at once and 500 at the buzzer.
 * With no time limit (`limitMs` null) there is no speed factor: full points.
 */
export function speedPoints(elapsedMs: number, limitMs: number | null): number {
  if (limitMs === null || elapsedMs <= SCORING.instantMs) return SCORING.maxPoints;
  const t = Math.min(Math.max(elapsedMs, 0), limitMs);
  return Math.max(SCORING.minCorrectPoints, Math.round(SCORING.maxPoints * (1 - t / limitMs / 2)));
}

/**
 * Bonus for the `streak`-th correct answer in a row (this answer included): the first earns
 * nothing, each further one +100, capped at +500.
 */
export function streakBonus(streak: number): number {
  if (streak <= 1) return 0;
  return Math.min(SCORING.streakStep * (streak - 1), SCORING.streakCap);
}

/**
 * Partial credit in [0, 1] for a numeric guess: max(0, 1 - |log10(guess / truth)|).
 * Exactly right scores 1; off by a factor of 10 either way scores 0. Guesses of zero or
 * below (or a different sign from the truth) score 0.
 */
export function numericCredit(guess: number, truth: number): number {
  if (!Number.isFinite(guess) || !Number.isFinite(truth) || truth === 0) return guess === truth ? 1 : 0;
  const ratio = guess / truth;
  if (ratio <= 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log10(ratio)));
}

/** Share of questions answered correctly, 0 when none were asked. */
export function accuracy(correct: number, asked: number): number {
  return asked === 0 ? 0 : correct / asked;
}

/** Credit at or above this counts as a right answer: for accuracy, streaks and the ✓ mark. */
export const CORRECT_CREDIT = 0.9;

/** Partial credit for a date: how far off, in units of the question's precision, before credit reaches 0. */
export const DATE_CREDIT_SPAN = { year: 5, month: 12, day: 30 } as const;

/**
 * Credit in [0, 1] for a date answer `offBy` units (years, months or days) away:
 * 1 - offBy / span, floored at 0. A year question one year off earns 0.8, five years off 0.
 */
export function dateCredit(offBy: number, precision: keyof typeof DATE_CREDIT_SPAN): number {
  return Math.max(0, 1 - Math.abs(offBy) / DATE_CREDIT_SPAN[precision]);
}

/** How the mode turns credit and time into points (see README "Scoring"). */
export function answerPoints(mode: 'classic' | 'accuracy' | 'practice', credit: number, elapsedMs: number, limitMs: number | null): number {
  if (credit <= 0) return 0;
  // Accuracy and practice have no speed factor: only how right the answer was.
  if (mode !== 'classic') return Math.round(SCORING.maxPoints * credit);
  return Math.round(speedPoints(elapsedMs, limitMs) * credit);
}
