/**
 * A finished round: what is recorded on the device (best, daily streak, questions to practise)
 * and, for an assignment, the student's result and the code they send the teacher. The clock
 * comes in as an argument, so the same round always makes the same result.
 */
import type { StudentResult } from '../core/codes/result';
import type { RoundState } from '../core/round';
import type { RoundLaunch } from './launch';
import { studentKey } from './saving';

/** What the device's progress record is told about a round. */
export function progressEntry(launch: RoundLaunch, state: RoundState) {
  return { bankId: launch.bank.id, mode: launch.mode, seed: launch.seed, daily: launch.kind === 'daily', state };
}

/** The student's result of an assignment round, as its result code carries it. */
export function studentResult(launch: RoundLaunch, state: RoundState, finishedAt: string): StudentResult | null {
  const a = launch.assignment;
  if (!a) return null;
  return {
    assignmentId: a.id,
    // Control characters have no place in a name and the codec refuses them.
    name: a.name.replace(/\p{Cc}/gu, '').trim(),
    attempt: a.attempt,
    answers: state.answers.map((x) => ({ questionId: x.questionId, response: x.response, elapsedMs: Math.round(x.elapsedMs), points: x.points, credit: x.credit, ...(x.flagged ? { flagged: true } : {}) })),
    points: state.points,
    correct: state.correct,
    asked: state.answers.length,
    finishedAt,
    // Points depend on time: the teacher sees a student's own timing beside them.
    ...(a.timing ? { timing: a.timing } : {}),
  };
}

export interface FinishedAssignments {
  /** The round is over: count the attempt, keep its result code, forget the progress. */
  finish(key: string, resultCode: string): number;
}

/**
 * The result code for an assignment round, kept on the device with its attempt. The codec loads
 * only now (students need it, other players never do), so the code comes a moment after the
 * results. Null when the codec refuses the result (it checks every field).
 */
export async function resultCode(launch: RoundLaunch, state: RoundState, finishedAt: string, store: FinishedAssignments): Promise<string | null> {
  const result = studentResult(launch, state, finishedAt);
  if (!result) return null;
  const { encodeResult } = await import('../core/codes/result');
  try {
    const code = encodeResult(result);
    store.finish(studentKey(launch.assignment!.id, launch.assignment!.name), code);
    return code;
  } catch (e) {
    console.warn('the result could not be made into a code', e);
    return null;
  }
}
