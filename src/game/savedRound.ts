/**
 * The records of a round in progress, as kept on the device. Apart from launch.ts (what starts a
 * round, a saved one included) and saving.ts (where a round is kept, and the check it must pass),
 * which both need them, so neither has to import the other's types back.
 */
import type { RoundState } from '../core/round';
import type { Mode } from '../core/settings';

/** A round in progress, as saved on the device: the same record for ordinary rounds and assignments. */
export interface SavedRound {
  state: RoundState;
  /** Time spent on the current question when saved: the clock resumes from here. */
  elapsedMs: number;
}

/** An ordinary round's record: what it takes to launch it again, and where it stood. */
export interface SavedOrdinaryRound extends SavedRound {
  /** The bank's own id and the language it was played in: a round resumes only on both. */
  bankId: string;
  lang: string;
  seed: string;
  mode: Mode;
  timeLimitMs: number | null;
  kind: 'normal' | 'daily' | 'missed';
  questionIds?: string[];
}

/** An assignment's record: the attempt it belongs to. */
export interface SavedAssignmentRound extends SavedRound {
  attempt: number;
}
