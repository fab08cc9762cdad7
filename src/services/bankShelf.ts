/**
 * The game's choice of bank: the built-in banks and those kept on this device (opened from a
 * file, or built on the teacher page), which one the menu plays, and a note for the menu after a
 * bank was opened or removed. The device's banks are listed without the schema, so the first
 * menu loads no schema code; a bank is checked when it is played.
 */
import type { BankFileMessage } from './bankFileCheck';
import { LOCAL_BANKS_KEY, LOCAL_PREFIX } from './localBankKeys';
import type { DeviceStorage, RecordSpec } from './storage';

export interface ShelfBank {
  id: string;
  title: string;
  savedAt: string;
}

export interface BankOption {
  /** What a link's `bank=` says: a built-in id, or `local:<id>`. */
  value: string;
  label: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The device's banks by id and title only. Refuses exactly what the store itself refuses (see
 * localBanks.ts), so reading the list never drops a record the store would have kept.
 */
const LISTING: RecordSpec<ShelfBank[]> = {
  key: LOCAL_BANKS_KEY,
  version: 1,
  parse: (data) => {
    if (!isRecord(data) || typeof data.banks !== 'object') return null;
    const banks = isRecord(data.banks) ? data.banks : {};
    return Object.entries(banks).flatMap(([id, e]) => {
      if (!isRecord(e) || !isRecord(e.bank) || typeof e.bank.title !== 'string') return [];
      return [{ id, title: e.bank.title, savedAt: String(e.savedAt ?? '') }];
    });
  },
  fallback: () => [],
};

export class BankShelf {
  private choice: string;
  private note: BankFileMessage | null = null;

  /**
   * `showInLink` puts a choice into the page's address, so a reload plays the same bank.
   * `first`: what the launch link asked for.
   */
  constructor(
    private readonly storage: DeviceStorage,
    private readonly builtIn: () => string[],
    private readonly showInLink: (choice: string) => void,
    first: string,
  ) {
    this.choice = first;
  }

  /** The bank the menu plays, as a link names it. */
  get current(): string {
    return this.choice;
  }

  /** The loading screen says which bank it loaded. */
  playing(choice: string): void {
    this.choice = choice;
  }

  /** The player picked another bank: it is the one played from now on, also after a reload. */
  choose(choice: string): void {
    this.choice = choice;
    this.showInLink(choice);
  }

  /** The id of a bank kept on the device, or null for a built-in one. */
  deviceId(choice = this.choice): string | null {
    return choice.startsWith(LOCAL_PREFIX) ? choice.slice(LOCAL_PREFIX.length) : null;
  }

  deviceBanks(): ShelfBank[] {
    return this.storage.load(LISTING).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /**
   * Every bank the player can choose: the built-in ones (by id: their titles are in files not
   * yet fetched), then the device's by title. The bank being played is named by its title.
   */
  options(currentTitle: string): BankOption[] {
    const out: BankOption[] = [...this.builtIn().map((id) => ({ value: id, label: id })), ...this.deviceBanks().map((b) => ({ value: `${LOCAL_PREFIX}${b.id}`, label: b.title }))];
    const mine = out.find((o) => o.value === this.choice);
    if (mine) mine.label = currentTitle;
    // A bank from elsewhere (an assignment's) is still the one on screen.
    else out.unshift({ value: this.choice, label: currentTitle });
    return out;
  }

  /** Left for the next menu: what was opened or removed, said once. */
  leaveNote(note: BankFileMessage): void {
    this.note = note;
  }

  takeNote(): BankFileMessage | null {
    const n = this.note;
    this.note = null;
    return n;
  }
}
