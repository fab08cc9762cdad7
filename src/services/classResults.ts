/** A teacher's collected results, per assignment, kept on the device; the same result twice is one. */
import { sameAttempt } from '../core/codes/resultIntake';
import type { StudentResult } from '../core/codes/result';
import type { DeviceStorage, RecordSpec } from './storage';

/** What the page needs to show an assignment's results again after a reload: its code and title. */
export interface AssignmentInfo {
  code: string;
  title: string;
}

interface ClassResults {
  byAssignment: Record<string, StudentResult[]>;
  /** Absent in records written before results could be reopened from the list. */
  assignments?: Record<string, AssignmentInfo>;
}

export interface AssignmentSummary extends AssignmentInfo {
  id: string;
  results: number;
}

/** One student's result as it was taken away, with its place in the assignment's list. */
export interface RemovedResult {
  readonly kind: 'result';
  readonly assignmentId: string;
  readonly result: StudentResult;
  readonly index: number;
}

/** An assignment's results and what was known of it, with its place among the assignments. */
export interface RemovedAssignment {
  readonly kind: 'assignment';
  readonly assignmentId: string;
  readonly results: StudentResult[];
  readonly info: AssignmentInfo | null;
  readonly index: number;
  readonly infoIndex: number;
}

export type RemovedResults = RemovedResult | RemovedAssignment;

const isInfo = (x: unknown): x is AssignmentInfo => typeof x === 'object' && x !== null && typeof (x as AssignmentInfo).code === 'string' && typeof (x as AssignmentInfo).title === 'string';

const RECORD: RecordSpec<ClassResults> = {
  key: 'class-results',
  version: 1,
  parse: (d) => {
    if (typeof d !== 'object' || d === null || typeof (d as ClassResults).byAssignment !== 'object' || (d as ClassResults).byAssignment === null) return null;
    const stored = (d as ClassResults).assignments;
    const assignments: Record<string, AssignmentInfo> = {};
    // A damaged entry only loses the way back to its results, never the results themselves.
    if (typeof stored === 'object' && stored !== null) for (const [id, info] of Object.entries(stored)) if (isInfo(info)) assignments[id] = { code: info.code, title: info.title };
    return { byAssignment: { ...(d as ClassResults).byAssignment }, assignments };
  },
  fallback: () => ({ byAssignment: {}, assignments: {} }),
};


/** Puts `value` under `key` at `index` of the record's key order, so lists built from it keep their order. */
function insertAt<T>(record: Record<string, T>, key: string, value: T, index: number): Record<string, T> {
  const entries = Object.entries(record).filter(([k]) => k !== key);
  entries.splice(Math.min(index, entries.length), 0, [key, value]);
  return Object.fromEntries(entries);
}

export class ClassResultStore {
  constructor(private readonly storage: DeviceStorage) {}

  list(assignmentId: string): StudentResult[] {
    return this.storage.load(RECORD).byAssignment[assignmentId] ?? [];
  }

  /**
   * Adds results, merging duplicates (same student, same attempt); returns how many were new,
   * and whether the device kept them. `info` lets the page list the assignment after a reload.
   */
  add(assignmentId: string, results: StudentResult[], info?: AssignmentInfo): { added: number; merged: number; saved: boolean } {
    const all = this.storage.load(RECORD);
    const list = [...(all.byAssignment[assignmentId] ?? [])];
    let added = 0;
    for (const r of results) {
      if (list.some((x) => sameAttempt(x, r))) continue;
      list.push(r);
      added++;
    }
    all.byAssignment[assignmentId] = list;
    if (info) all.assignments = { ...all.assignments, [assignmentId]: info };
    const saved = this.storage.save(RECORD, all);
    return { added, merged: results.length - added, saved };
  }

  /** Notes the code and title of an assignment that already has results (opened from its link). */
  remember(assignmentId: string, info: AssignmentInfo): boolean {
    const all = this.storage.load(RECORD);
    const known = all.assignments?.[assignmentId];
    if (!all.byAssignment[assignmentId]?.length || (known && known.code === info.code && known.title === info.title)) return true;
    all.assignments = { ...all.assignments, [assignmentId]: info };
    return this.storage.save(RECORD, all);
  }

  /** The assignments with results that can be shown again, in the order they first got results. */
  assignments(): AssignmentSummary[] {
    const all = this.storage.load(RECORD);
    return Object.entries(all.byAssignment).flatMap(([id, results]) => {
      const info = all.assignments?.[id];
      return info && results.length > 0 ? [{ id, code: info.code, title: info.title, results: results.length }] : [];
    });
  }

  /** Takes one student's attempt away; null when it is not there. */
  removeResult(assignmentId: string, who: Pick<StudentResult, 'name' | 'attempt'>): { removed: RemovedResult; saved: boolean } | null {
    const all = this.storage.load(RECORD);
    const list = all.byAssignment[assignmentId] ?? [];
    const index = list.findIndex((r) => sameAttempt(r, who));
    if (index < 0) return null;
    all.byAssignment[assignmentId] = list.filter((_, i) => i !== index);
    return { removed: { kind: 'result', assignmentId, result: list[index]!, index }, saved: this.storage.save(RECORD, all) };
  }

  /** Takes away every result of an assignment, and the assignment from the list; null when it has none. */
  removeAssignment(assignmentId: string): { removed: RemovedAssignment; saved: boolean } | null {
    const all = this.storage.load(RECORD);
    const results = all.byAssignment[assignmentId];
    if (!results?.length) return null;
    const index = Object.keys(all.byAssignment).indexOf(assignmentId);
    const info = all.assignments?.[assignmentId] ?? null;
    const infoIndex = Object.keys(all.assignments ?? {}).indexOf(assignmentId);
    delete all.byAssignment[assignmentId];
    if (all.assignments) delete all.assignments[assignmentId];
    return { removed: { kind: 'assignment', assignmentId, results, info, index, infoIndex }, saved: this.storage.save(RECORD, all) };
  }

  /**
   * Puts removed results back in their old places. Results pasted again in the meantime are
   * not doubled: the same student's same attempt counts once, as it does when adding.
   * False when the device would not keep them (they are back for this visit only).
   */
  restore(removed: RemovedResults): boolean {
    const all = this.storage.load(RECORD);
    const current = all.byAssignment[removed.assignmentId] ?? [];
    if (removed.kind === 'result') {
      const list = [...current];
      if (!list.some((r) => sameAttempt(r, removed.result))) list.splice(Math.min(removed.index, list.length), 0, removed.result);
      all.byAssignment[removed.assignmentId] = list;
    } else {
      const list = [...removed.results, ...current.filter((r) => !removed.results.some((x) => sameAttempt(x, r)))];
      all.byAssignment = insertAt(all.byAssignment, removed.assignmentId, list, removed.index);
      if (removed.info) all.assignments = insertAt(all.assignments ?? {}, removed.assignmentId, removed.info, removed.infoIndex);
    }
    return this.storage.save(RECORD, all);
  }
}
