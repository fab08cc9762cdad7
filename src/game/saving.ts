/**
 * Where a round in progress is kept, and the one check a saved round must pass before it is
 * resumed: the same for ordinary rounds (one per device, keyed by bank and language) and for
 * assignments (one per student, with the attempt it belongs to). A record that does not look
 * like a round is dropped, never half-resumed.
 */
import { foldName } from '../core/codes/names';
import type { RoundLaunch } from './launch';
import type { SavedAssignmentRound, SavedOrdinaryRound, SavedRound } from './savedRound';

const PHASES = new Set(['question', 'paused', 'feedback']);

/** The one shape check for a saved round, whichever store it comes from. */
export function isSavedRound(d: unknown): d is SavedRound {
  if (typeof d !== 'object' || d === null) return false;
  const s = d as Partial<SavedRound>;
  const st = s.state;
  return (
    typeof s.elapsedMs === 'number' &&
    Number.isFinite(s.elapsedMs) &&
    typeof st === 'object' &&
    st !== null &&
    Array.isArray(st.questions) &&
    st.questions.length > 0 &&
    Array.isArray(st.answers) &&
    PHASES.has(st.phase) &&
    Number.isInteger(st.index) &&
    st.index >= 0 &&
    st.index < st.questions.length &&
    st.answers.length <= st.questions.length
  );
}

/** One student on one assignment. Names are folded so "Ana " and "ana" are one student. */
export const studentKey = (assignmentId: string, name: string) => `${assignmentId}|${foldName(name)}`;

export interface RoundStores {
  saveRound(round: SavedOrdinaryRound): void;
  saveAssignment(key: string, round: SavedAssignmentRound): void;
}

/**
 * The session's forgetting, once a round is over: the device's one slot is emptied, so the menu
 * offers no resume. An assignment's progress is dropped when its result is kept (AssignmentStore.finish).
 */
export function roundForgetter(stores: { clearRound(): void }): (launch: RoundLaunch) => void {
  return (launch) => {
    if (!launch.assignment) stores.clearRound();
  };
}

/** The session's save: an assignment's round under its student, any other under the device's one slot. */
export function roundSaver(stores: RoundStores, lang: () => string): (launch: RoundLaunch, saved: SavedRound) => void {
  return (launch, saved) => {
    const a = launch.assignment;
    if (a) return stores.saveAssignment(studentKey(a.id, a.name), { ...saved, attempt: a.attempt });
    if (launch.kind === 'assignment') return;
    stores.saveRound({ bankId: launch.bank.id, lang: lang(), seed: launch.seed, mode: launch.mode, timeLimitMs: launch.timeLimitMs, kind: launch.kind, ...(launch.questionIds ? { questionIds: launch.questionIds } : {}), ...saved });
  };
}
