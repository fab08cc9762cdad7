/**
 * A student's own time per question on an assignment (WCAG 2.2.1: a limit the user can extend
 * or turn off). Kept apart from the result codec, like names.ts, so the start screen can offer
 * the choice without loading the compression code.
 */
import { TIME_MULTIPLIERS, type TimeMultiplier } from '../settings';

/** More time than the teacher set (the settings' factors, up to tenfold), or no time limit. */
export type StudentTiming = Exclude<TimeMultiplier, 1> | 'off';

/** Every choice a student has besides the teacher's time, in the order a list offers them. */
export const STUDENT_TIMINGS: readonly StudentTiming[] = [...TIME_MULTIPLIERS.filter((m): m is Exclude<TimeMultiplier, 1> => m !== 1), 'off'];

/** The time per question a student has with their choice: the teacher's stretched, or none; unchanged with no choice or no clock. */
export function withTiming(limitMs: number | null, timing: StudentTiming | undefined): number | null {
  if (limitMs === null || timing === undefined) return limitMs;
  return timing === 'off' ? null : Math.round(limitMs * timing);
}
