/**
 * "Open a bank file", as the scenes use it: the file picker (a real button's keyboard twin of a
 * drop), opening a chosen or dropped file into the bank choice, removing an opened bank, and
 * finding the bank an assignment link names when it is not built in. The checks and the schema
 * load on first use, not with the menu.
 */
import type { BankFileLike, BankFileMessage } from './bankFileCheck';
import type { BankShelf } from './bankShelf';
import { LOCAL_PREFIX } from './localBankKeys';
import { DEFAULT_BANK_ID } from '../core/bank/constants';
import type { LocalBankStore } from './localBanks';
import type { FoundBank, OpenOutcome } from './openedBanks';

/** The page's file input and drop target (ui/dom/bankFilePicker.ts in the game, a fake in tests). */
export interface FilePicker {
  /** Opens the device's file chooser. */
  choose(): void;
  /** Files chosen or dropped go to `listener` while it is set; returns what unsets it. */
  onFile(listener: (file: BankFileLike) => void): () => void;
}

export interface BankFilesDeps {
  picker: FilePicker;
  shelf: BankShelf;
  store: () => Promise<LocalBankStore>;
  now: () => Date;
  /** The page's address: bank files a link names must be on its site. */
  pageUrl: () => string;
  fetchText: (url: string) => Promise<string>;
}

/** What became of a file opened from the menu: the bank to play now, or why it was refused. */
export type MenuOpen = { ok: true; play: string } | { ok: false; problem: BankFileMessage };

export class BankFiles {
  constructor(private readonly deps: BankFilesDeps) {}

  choose(): void {
    this.deps.picker.choose();
  }

  onFile(listener: (file: BankFileLike) => void): () => void {
    return this.deps.picker.onFile(listener);
  }

  /** Checks a file and keeps its bank on the device; a refused file changes nothing. */
  async open(file: BankFileLike): Promise<OpenOutcome> {
    try {
      const [m, store] = await Promise.all([import('./openedBanks'), this.deps.store()]);
      return await m.openBankFile(file, store, this.deps.now());
    } catch (e) {
      // The checking code could not be had (offline before it was ever cached): nothing changed.
      console.warn(e);
      return { ok: false, problem: { key: 'bankFile.unreadable' } };
    }
  }

  /** Opens a file from the menu: its bank becomes the one played, with a note for the menu that shows it. */
  async openToPlay(file: BankFileLike): Promise<MenuOpen> {
    const outcome = await this.open(file);
    if (!outcome.ok) return outcome;
    const play = `${LOCAL_PREFIX}${outcome.bank.id}`;
    this.deps.shelf.leaveNote(outcome.note);
    this.deps.shelf.choose(play);
    return { ok: true, play };
  }

  /** Takes the bank being played off the device; the menu goes back to the built-in bank. Returns that bank's choice. */
  async removeCurrent(): Promise<string> {
    const id = this.deps.shelf.deviceId();
    if (id !== null) {
      const [m, store] = await Promise.all([import('./openedBanks'), this.deps.store()]);
      const note = m.removeBank(store, id);
      if (note) this.deps.shelf.leaveNote(note);
    }
    this.deps.shelf.choose(DEFAULT_BANK_ID);
    return DEFAULT_BANK_ID;
  }

  /** A bank a link names that is not built in: on the device, or a file on this site (see openedBanks.findBank). */
  async find(id: string | null, file: string | null, needs?: readonly string[]): Promise<FoundBank> {
    const [m, store] = await Promise.all([import('./openedBanks'), this.deps.store()]);
    return m.findBank(store, { id, file, needs, pageUrl: this.deps.pageUrl(), fetchText: this.deps.fetchText, now: this.deps.now() });
  }
}
