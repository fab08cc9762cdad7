/**
 * The ordinary round in progress, on the device, so closing or reloading the tab mid-round
 * loses nothing: the menu finds it and the round comes back at the same question with the same
 * points. (Assignments keep theirs per student in AssignmentStore.)
 *
 * Resume rule, the same as for assignments: the question comes back paused, its clock where it
 * stood at the last save. Saves happen when a question is shown, when an answer is given (before
 * its feedback), on every pause, when the page is hidden and when it is closed.
 */
import type { Mode } from '../core/settings';
import type { RoundState } from '../core/round';
import type { DeviceStorage, RecordSpec } from './storage';

export type SavedKind = 'normal' | 'daily' | 'missed';

export interface SavedRound {
  /** The bank's own id and the language it was played in: a round resumes only on both. */
  bankId: string;
  lang: string;
  seed: string;
  mode: Mode;
  timeLimitMs: number | null;
  kind: SavedKind;
  questionIds?: string[];
  state: RoundState;
  /** Time spent on the current question when saved. */
  elapsedMs: number;
}

const PHASES = new Set(['question', 'paused', 'feedback']);
const KINDS = new Set<SavedKind>(['normal', 'daily', 'missed']);

/** Shape checks only: a round that does not look like one is dropped, never half-resumed. */
function parseSaved(d: unknown): { round: SavedRound | null } | null {
  if (typeof d !== 'object' || d === null) return null;
  const r = (d as { round?: unknown }).round;
  if (r === null || r === undefined) return { round: null };
  if (typeof r !== 'object') return null;
  const s = r as Partial<SavedRound>;
  const st = s.state;
  const ok =
    typeof s.bankId === 'string' &&
    typeof s.lang === 'string' &&
    typeof s.seed === 'string' &&
    KINDS.has(s.kind as SavedKind) &&
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
    st.answers.length <= st.questions.length;
  return ok ? { round: s as SavedRound } : null;
}

const RECORD: RecordSpec<{ round: SavedRound | null }> = {
  key: 'round',
  version: 1,
  parse: parseSaved,
  fallback: () => ({ round: null }),
};

export class RoundStore {
  constructor(private readonly storage: DeviceStorage) {}

  /** The round to resume for this bank and language, if one was left unfinished. */
  saved(bankId: string, lang: string): SavedRound | null {
    const r = this.storage.load(RECORD).round;
    return r && r.bankId === bankId && r.lang === lang ? r : null;
  }

  save(round: SavedRound): boolean {
    return this.storage.save(RECORD, { round });
  }

  /** The round finished (or was replaced): nothing to resume. */
  clear(): void {
    this.storage.save(RECORD, { round: null });
  }
}
