/**
 * Banks built on this device (by the teacher page's builder) or opened from a bank file in the
 * game, kept in versioned storage so the game can play them: a link says `?bank=local:<id>`.
 */
import type { Bank } from '../core/bank/schema';
import { validateBank } from '../core/bank/validate';
import { playableQuestions } from '../core/bank/playable';
import { LOCAL_BANKS_KEY } from './localBankKeys';
import type { DeviceStorage, RecordSpec } from './storage';


interface Entry {
  bank: Bank;
  article: string;
  savedAt: string;
}

interface LocalBanks {
  banks: Record<string, Entry>;
}

export interface LocalBankSummary {
  id: string;
  title: string;
  savedAt: string;
  /** The questions a player can get (those of approved or edited facts). */
  questions: number;
}

/** Everything a removal took away, so `restore` can put it back exactly where it was. */
export interface RemovedBank {
  readonly id: string;
  readonly entry: Entry;
  /** Its place among the stored banks. */
  readonly index: number;
}

/** `saved`: back and kept; `not-saved`: back for this visit only; `taken`: a bank has that id again. */
export type RestoreOutcome = 'saved' | 'not-saved' | 'taken';

const RECORD: RecordSpec<LocalBanks> = {
  key: LOCAL_BANKS_KEY,
  version: 1,
  parse: (data) => {
    if (typeof data !== 'object' || data === null || typeof (data as LocalBanks).banks !== 'object') return null;
    const banks: LocalBanks['banks'] = {};
    // A damaged bank is dropped alone; the others survive.
    for (const [id, entry] of Object.entries((data as LocalBanks).banks ?? {})) {
      const checked = validateBank(entry?.bank, `local:${id}`);
      if (checked.ok && typeof entry.article === 'string') banks[id] = { bank: checked.bank, article: entry.article, savedAt: String(entry.savedAt ?? '') };
    }
    return { banks };
  },
  fallback: () => ({ banks: {} }),
};

export class LocalBankStore {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: DeviceStorage) {}

  /**
   * Called after every save, removal or restore, so each list of banks on a page can follow
   * without knowing who changed the store. Returns a function that stops the calls.
   */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(): LocalBankSummary[] {
    return Object.entries(this.storage.load(RECORD).banks)
      .map(([id, e]) => ({ id, title: e.bank.title, savedAt: e.savedAt, questions: playableQuestions(e.bank).length }))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  get(id: string): { bank: Bank; article: string } | null {
    return this.storage.load(RECORD).banks[id] ?? null;
  }

  /** False when the device would not keep it (storage off or full). */
  save(bank: Bank, article: string, savedAt: string): boolean {
    const all = this.storage.load(RECORD);
    all.banks[bank.id] = { bank, article, savedAt };
    return this.write(all);
  }

  /**
   * Takes a bank away; null when there was none. `saved` is false when the device would not
   * keep the change: the bank is gone for this visit but may be back after a reload.
   */
  remove(id: string): { removed: RemovedBank; saved: boolean } | null {
    const all = this.storage.load(RECORD);
    const ids = Object.keys(all.banks);
    const index = ids.indexOf(id);
    if (index < 0) return null;
    const entry = all.banks[id]!;
    delete all.banks[id];
    return { removed: { id, entry, index }, saved: this.write(all) };
  }

  /** Puts a removed bank back in its old place, unless a bank with its id was saved since. */
  restore(removed: RemovedBank): RestoreOutcome {
    const all = this.storage.load(RECORD);
    if (all.banks[removed.id]) return 'taken';
    const entries = Object.entries(all.banks);
    entries.splice(Math.min(removed.index, entries.length), 0, [removed.id, removed.entry]);
    return this.write({ banks: Object.fromEntries(entries) }) ? 'saved' : 'not-saved';
  }

  private write(all: LocalBanks): boolean {
    const saved = this.storage.save(RECORD, all);
    for (const l of [...this.listeners]) l();
    return saved;
  }
}
