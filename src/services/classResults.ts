/** A teacher's collected results, per assignment, kept on the device; the same result twice is one. */
import type { StudentResult } from '../core/codes/result';
import type { DeviceStorage, RecordSpec } from './storage';

interface ClassResults {
  byAssignment: Record<string, StudentResult[]>;
}

const RECORD: RecordSpec<ClassResults> = {
  key: 'class-results',
  version: 1,
  parse: (d) => (typeof d === 'object' && d !== null && typeof (d as ClassResults).byAssignment === 'object' ? { byAssignment: { ...(d as ClassResults).byAssignment } } : null),
  fallback: () => ({ byAssignment: {} }),
};

const same = (a: StudentResult, b: StudentResult) => a.name.trim().toLowerCase() === b.name.trim().toLowerCase() && a.attempt === b.attempt;

export class ClassResultStore {
  constructor(private readonly storage: DeviceStorage) {}

  list(assignmentId: string): StudentResult[] {
    return this.storage.load(RECORD).byAssignment[assignmentId] ?? [];
  }

  /** Adds results, merging duplicates (same student, same attempt); returns how many were new. */
  add(assignmentId: string, results: StudentResult[]): { added: number; merged: number } {
    const all = this.storage.load(RECORD);
    const list = [...(all.byAssignment[assignmentId] ?? [])];
    let added = 0;
    for (const r of results) {
      if (list.some((x) => same(x, r))) continue;
      list.push(r);
      added++;
    }
    all.byAssignment[assignmentId] = list;
    this.storage.save(RECORD, all);
    return { added, merged: results.length - added };
  }
}
