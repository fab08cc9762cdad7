/**
 * A student's side of assignments, on the device: which attempt this is, the round in progress
 * (so a reload resumes it), and the result codes already made.
 */
import { attemptNumber } from '../game/launch';
import { isSavedRound } from '../game/saving';
import type { SavedAssignmentRound } from '../game/savedRound';
import type { DeviceStorage, RecordSpec } from './storage';

interface Record_ {
  attempts: Record<string, number>;
  progress: Record<string, SavedAssignmentRound>;
  results: Record<string, string>;
}

const RECORD: RecordSpec<Record_> = {
  key: 'assignments',
  version: 1,
  parse: (d) => {
    if (typeof d !== 'object' || d === null) return null;
    const r = d as Partial<Record_>;
    return { attempts: { ...(r.attempts ?? {}) }, progress: { ...(r.progress ?? {}) }, results: { ...(r.results ?? {}) } };
  },
  fallback: () => ({ attempts: {}, progress: {}, results: {} }),
};

export class AssignmentStore {
  constructor(private readonly storage: DeviceStorage) {}

  private load(): Record_ {
    return this.storage.load(RECORD);
  }

  /** Attempts already finished by this student on this device. */
  finished(key: string): number {
    return this.load().attempts[key] ?? 0;
  }

  /** The round in progress, if it passes the same check as an ordinary round's. */
  progress(key: string): SavedAssignmentRound | null {
    const p = this.load().progress[key];
    return isSavedRound(p) && Number.isInteger(p.attempt) && p.attempt >= 1 ? p : null;
  }

  saveProgress(key: string, p: SavedAssignmentRound): void {
    const all = this.load();
    all.progress[key] = p;
    this.storage.save(RECORD, all);
  }

  /**
   * The round is over: count the attempt, keep its result code, forget the progress. The attempt
   * is numbered by the one rule a start uses (game/launch.ts, `attemptNumber`): the next after
   * those finished.
   */
  finish(key: string, resultCode: string): number {
    const all = this.load();
    const attempt = attemptNumber(null, all.attempts[key] ?? 0);
    all.attempts[key] = attempt;
    all.results[`${key}|${attempt}`] = resultCode;
    delete all.progress[key];
    this.storage.save(RECORD, all);
    return attempt;
  }
}
