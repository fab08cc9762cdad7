/**
 * What a closed question shows: how the room answered, and for the host, who answered what
 * (the class results, kept only on the host's device). Only called once the question has closed.
 */
import type { Response } from '../core/judge';
import { hasAnswered, type LiveState } from './state';

export interface RoomTally {
  index: number;
  questionId: string;
  /** Card questions: how many picked each place (place 0 first); null for other types. */
  byPlace: number[] | null;
  /** Answers at or above the credit that counts as right. */
  correct: number;
  /** Some credit, not enough to count as right (estimates, dates, places). */
  partial: number;
  wrong: number;
  noAnswer: number;
}

export function roomTally(state: LiveState): RoomTally {
  const rq = state.questions[state.index]!;
  const byPlace = rq.order.length > 0 ? rq.order.map(() => 0) : null;
  const t = { correct: 0, partial: 0, wrong: 0, noAnswer: 0 };
  for (const p of state.players) {
    if (!hasAnswered(p, state)) continue;
    const a = p.round.answers[state.index]!;
    if (a.timedOut) t.noAnswer++;
    else if (a.correct) t.correct++;
    else if (a.credit > 0) t.partial++;
    else t.wrong++;
    if (byPlace && a.place !== null && a.place < byPlace.length) byPlace[a.place]!++;
  }
  return { index: state.index, questionId: rq.question.id, byPlace, ...t };
}

/** One player's answer to one question, for the host's class results. */
export interface HostRow {
  playerId: string;
  name: string;
  /** Null on a time-out. */
  response: Response | null;
  credit: number;
  correct: boolean;
  points: number;
  /** The time the answer was scored at (rounded down to the grace window). */
  elapsedMs: number;
  timedOut: boolean;
}

export function hostRows(state: LiveState): HostRow[] {
  return state.players.flatMap((p) => {
    const a = p.round.answers[state.index];
    if (!a) return [];
    return [{ playerId: p.id, name: p.name, response: a.response, credit: a.credit, correct: a.correct, points: a.points, elapsedMs: a.elapsedMs, timedOut: a.timedOut }];
  });
}
