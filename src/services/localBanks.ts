/**
 * Banks built on this device (by the teacher page's builder), kept in versioned storage so the
 * game can play them: a link says `?bank=local:<id>`.
 */
import type { Bank } from '../core/bank/schema';
import { validateBank } from '../core/bank/validate';
import type { DeviceStorage, RecordSpec } from './storage';

export const LOCAL_PREFIX = 'local:';

interface LocalBanks {
  banks: Record<string, { bank: Bank; article: string; savedAt: string }>;
}

const RECORD: RecordSpec<LocalBanks> = {
  key: 'local-banks',
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
  constructor(private readonly storage: DeviceStorage) {}

  list(): { id: string; title: string; savedAt: string }[] {
    return Object.entries(this.storage.load(RECORD).banks)
      .map(([id, e]) => ({ id, title: e.bank.title, savedAt: e.savedAt }))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  get(id: string): { bank: Bank; article: string } | null {
    return this.storage.load(RECORD).banks[id] ?? null;
  }

  /** False when the device would not keep it (storage off or full). */
  save(bank: Bank, article: string, savedAt: string): boolean {
    const all = this.storage.load(RECORD);
    all.banks[bank.id] = { bank, article, savedAt };
    return this.storage.save(RECORD, all);
  }

  remove(id: string): void {
    const all = this.storage.load(RECORD);
    delete all.banks[id];
    this.storage.save(RECORD, all);
  }
}
