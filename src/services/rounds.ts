/**
 * The ordinary round in progress, on the device, so closing or reloading the tab mid-round
 * loses nothing: the menu finds it and the round comes back at the same question with the same
 * points. (Assignments keep theirs per student in AssignmentStore; both records are checked by
 * the game's one check, src/game/saving.ts.)
 *
 * Resume rule, the same as for assignments: the question comes back paused, its clock where it
 * stood at the last save. Saves happen when a question is shown, when an answer is given (before
 * its feedback), on every pause, when the page is hidden and when it is closed.
 */
import { isSavedRound } from '../game/saving';
import type { SavedOrdinaryRound } from '../game/savedRound';
import type { DeviceStorage, RecordSpec } from './storage';

const KINDS = new Set<string>(['normal', 'daily', 'missed']);

/** The one shape check for a saved round, and what only an ordinary round carries. */
function parseSaved(d: unknown): { round: SavedOrdinaryRound | null } | null {
  if (typeof d !== 'object' || d === null) return null;
  const r = (d as { round?: unknown }).round;
  if (r === null || r === undefined) return { round: null };
  if (!isSavedRound(r)) return null;
  const s = r as Partial<SavedOrdinaryRound>;
  const ok = typeof s.bankId === 'string' && typeof s.lang === 'string' && typeof s.seed === 'string' && KINDS.has(s.kind as string);
  return ok ? { round: r as SavedOrdinaryRound } : null;
}

const RECORD: RecordSpec<{ round: SavedOrdinaryRound | null }> = {
  key: 'round',
  version: 1,
  parse: parseSaved,
  fallback: () => ({ round: null }),
};

export class RoundStore {
  constructor(private readonly storage: DeviceStorage) {}

  /** The round to resume for this bank and language, if one was left unfinished. */
  saved(bankId: string, lang: string): SavedOrdinaryRound | null {
    const r = this.storage.load(RECORD).round;
    return r && r.bankId === bankId && r.lang === lang ? r : null;
  }

  save(round: SavedOrdinaryRound): boolean {
    return this.storage.save(RECORD, { round });
  }

  /** The round finished (or was replaced): nothing to resume. */
  clear(): void {
    this.storage.save(RECORD, { round: null });
  }
}
