/**
 * A student's side of assignments, on the device: which attempt this is, the round in progress
 * (so a reload resumes it), and the result codes already made.
 */
import { foldName } from '../core/codes/names';
import type { RoundState } from '../core/round';
import type { DeviceStorage, RecordSpec } from './storage';

export interface SavedProgress {
  state: RoundState;
  /** Time spent on the current question when saved: the clock resumes from here. */
  elapsedMs: number;
  attempt: number;
}

interface Record_ {
  attempts: Record<string, number>;
  progress: Record<string, SavedProgress>;
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

/** One student on one assignment. Names are folded so "Ana " and "ana" are one student. */
export const studentKey = (assignmentId: string, name: string) => `${assignmentId}|${foldName(name)}`;

export class AssignmentStore {
  constructor(private readonly storage: DeviceStorage) {}

  private load(): Record_ {
    return this.storage.load(RECORD);
  }

  /** Attempts already finished by this student on this device. */
  finished(key: string): number {
    return this.load().attempts[key] ?? 0;
  }

  progress(key: string): SavedProgress | null {
    const p = this.load().progress[key];
    return p && p.state && Array.isArray(p.state.questions) ? p : null;
  }

  saveProgress(key: string, p: SavedProgress): void {
    const all = this.load();
    all.progress[key] = p;
    this.storage.save(RECORD, all);
  }

  /** The round is over: count the attempt, keep its result code, forget the progress. */
  finish(key: string, resultCode: string): number {
    const all = this.load();
    const attempt = (all.attempts[key] ?? 0) + 1;
    all.attempts[key] = attempt;
    all.results[`${key}|${attempt}`] = resultCode;
    delete all.progress[key];
    this.storage.save(RECORD, all);
    return attempt;
  }
}
