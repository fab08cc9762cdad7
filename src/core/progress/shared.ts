/**
 * Small pieces the progress records share: the readers' type guards and how one result beats
 * another, so the daily challenge and the best scores agree on what "better" means.
 */
import { accuracy } from '../scoring';

export interface Tally {
  points: number;
  correct: number;
  asked: number;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A tally as the game writes it; anything else in stored data is dropped, never repaired by guess. */
export function isTally(v: unknown): v is Tally {
  if (!isPlainObject(v)) return false;
  const { points, correct, asked } = v;
  return typeof points === 'number' && Number.isFinite(points) && points >= 0 && isCount(correct) && isCount(asked) && correct <= asked;
}

/**
 * More points wins; on equal points the more accurate round wins, because players complain that
 * speed buries accuracy. A full tie does not beat: the result that got there first stays.
 */
export function beats(a: Tally, b: Tally): boolean {
  if (a.points !== b.points) return a.points > b.points;
  return accuracy(a.correct, a.asked) > accuracy(b.correct, b.asked);
}

export const tally = (t: Tally): Tally => ({ points: t.points, correct: t.correct, asked: t.asked });
