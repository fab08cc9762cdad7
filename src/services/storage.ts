/**
 * Versioned storage on the device. Every record is saved as { v, data } under one prefix; a
 * record from an older version is migrated step by step when read; anything unreadable is
 * dropped for its default. Storage that is disabled (private browsing), full or corrupted never
 * stops play: the problem is reported once through `onProblem` so the game can say that
 * progress won't be kept, and the game goes on with what it has in memory.
 */
export interface KeyValueBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageProblem = 'unavailable' | 'full' | 'corrupted';

export interface RecordSpec<T> {
  /** The record's name under the prefix. */
  key: string;
  version: number;
  /** `migrations[n]` turns data of version n into version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** Accepts data of the current version, or returns null when it is not usable. */
  parse(data: unknown): T | null;
  fallback(): T;
}

export const STORAGE_PREFIX = 'factsprint:';

export class DeviceStorage {
  private problemListeners: ((p: StorageProblem) => void)[] = [];
  private reported = new Set<StorageProblem>();
  /** What could not be written stays here, so the rest of this visit still sees it. */
  private memory = new Map<string, string>();

  constructor(private readonly backend: KeyValueBackend | null) {}

  get available(): boolean {
    return this.backend !== null;
  }

  onProblem(listener: (p: StorageProblem) => void): void {
    this.problemListeners.push(listener);
    if (!this.backend) this.report('unavailable');
  }

  load<T>(spec: RecordSpec<T>): T {
    const raw = this.read(STORAGE_PREFIX + spec.key);
    if (raw === null) return spec.fallback();
    let newer = false;
    try {
      const record = JSON.parse(raw) as { v?: unknown; data?: unknown };
      let v = typeof record?.v === 'number' ? record.v : NaN;
      let data = record?.data;
      newer = v > spec.version;
      if (!Number.isInteger(v) || newer) throw new Error('unknown version');
      while (v < spec.version) {
        const step = spec.migrations?.[v];
        if (!step) throw new Error(`no migration from version ${v}`);
        data = step(data);
        v++;
      }
      const parsed = spec.parse(data);
      if (parsed === null) throw new Error('unusable data');
      return parsed;
    } catch {
      this.report('corrupted');
      // Unreadable data is dropped, so the device is repaired and the note is not repeated on
      // every visit. A record from a newer version of the game stays: that version can read it.
      if (!newer) this.remove(spec);
      return spec.fallback();
    }
  }

  /** Saves; false when the device would not keep it (the value is still kept for this visit). */
  save<T>(spec: RecordSpec<T>, value: T): boolean {
    const key = STORAGE_PREFIX + spec.key;
    const text = JSON.stringify({ v: spec.version, data: value });
    this.memory.set(key, text);
    if (!this.backend) return false;
    try {
      this.backend.setItem(key, text);
      return true;
    } catch {
      this.report('full');
      return false;
    }
  }

  remove(spec: { key: string }): void {
    const key = STORAGE_PREFIX + spec.key;
    this.memory.delete(key);
    try {
      this.backend?.removeItem(key);
    } catch {
      // Nothing to do: a record that cannot be removed is overwritten on the next save.
    }
  }

  private read(key: string): string | null {
    if (this.memory.has(key)) return this.memory.get(key)!;
    if (!this.backend) return null;
    try {
      return this.backend.getItem(key);
    } catch {
      this.report('unavailable');
      return null;
    }
  }

  private report(p: StorageProblem): void {
    if (this.reported.has(p)) return;
    this.reported.add(p);
    for (const l of this.problemListeners) l(p);
  }
}

/** The browser's localStorage, or null where it is disabled or throws on access. */
export function browserBackend(): KeyValueBackend | null {
  try {
    const s = window.localStorage;
    const probe = `${STORAGE_PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** An in-memory backend for tests; `quota` in characters makes it fill up like a real one. */
export class MemoryBackend implements KeyValueBackend {
  readonly data = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = value.length;
    for (const [k, v] of this.data) if (k !== key) used += v.length;
    if (used > this.quota) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}
