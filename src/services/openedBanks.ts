/**
 * Banks that arrive as files: opened by a student (a bank too big for an assignment link travels
 * as a file), or fetched from the site itself when a link names one. A good bank is kept on the
 * device with the banks the teacher page built, so it plays like them (`?bank=local:<id>`); where
 * the device will not keep it, it still plays for this visit. Loads the schema: imported on use.
 */
import type { Bank } from '../core/bank/schema';
import { checkBankFile, checkBankText, MAX_BANK_FILE_BYTES, type BankFileLike, type BankFileMessage } from './bankFileCheck';
import type { LocalBankStore } from './localBanks';


export type OpenOutcome =
  | {
      ok: true;
      bank: Bank;
      /** A bank with this id was on the device already: the file's version took its place. */
      replaced: boolean;
      /** False when the device would not keep it (storage off or full): it plays for this visit only. */
      kept: boolean;
      /** What to tell the player. */
      note: BankFileMessage;
    }
  | { ok: false; problem: BankFileMessage };

/** Checks a chosen or dropped file and keeps the bank in it; a refused file changes nothing. */
export async function openBankFile(file: BankFileLike, store: LocalBankStore, now: Date): Promise<OpenOutcome> {
  const checked = await checkBankFile(file);
  if (!checked.ok) return checked;
  return { ok: true, ...keep(store, checked.bank, now) };
}

function keep(store: LocalBankStore, bank: Bank, now: Date): { bank: Bank; replaced: boolean; kept: boolean; note: BankFileMessage } {
  const before = store.get(bank.id);
  // A bank file carries no article text; a bank the builder made here keeps the text it was built from.
  const kept = store.save(bank, before?.article ?? '', now.toISOString());
  const title = bank.title;
  const note: BankFileMessage = !kept ? { key: 'bankFile.notKept', params: { title } } : { key: before ? 'bankFile.replaced' : 'bankFile.opened', params: { title } };
  return { bank, replaced: before !== null, kept, note };
}

/** Takes a bank off the device; null when it was not there. */
export function removeBank(store: LocalBankStore, id: string): BankFileMessage | null {
  const done = store.remove(id);
  if (!done) return null;
  const title = done.removed.entry.bank.title;
  return { key: done.saved ? 'bankFile.removed' : 'bankFile.removedNotSaved', params: { title } };
}

/**
 * The address of a bank file a link names, when it is on this very site (an absolute path, a
 * path relative to the page, or a full address of the same origin); null for anywhere else.
 * The game fetches nothing but its own site's files.
 */
export function sameSiteUrl(raw: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return null;
  }
  const page = new URL(pageUrl);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== page.origin) return null;
  // Credentials in the address would be sent along: never part of a link to a bank.
  if (url.username || url.password) return null;
  return url.href;
}

export type FoundBank = { kind: 'found'; bank: Bank } | { kind: 'missing' } | { kind: 'refused'; message: BankFileMessage };

export interface FindOptions {
  /** The bank's id, when the link names one (an assignment does); null takes whatever the file holds. */
  id: string | null;
  /** The link's `bankfile`: a bank file on this site. */
  file: string | null;
  /** Question ids the bank must hold (an assignment's): a device copy without them is not the one meant. */
  needs?: readonly string[];
  pageUrl: string;
  fetchText: (url: string) => Promise<string>;
  now: Date;
}

/**
 * The bank a link names that is not built in: the one on this device, opened or built here
 * earlier; else the bank file the link points to on this site, fetched, checked and kept.
 * `missing` when neither is there: the player is asked to open the file their teacher sent.
 */
export async function findBank(store: LocalBankStore, o: FindOptions): Promise<FoundBank> {
  const onDevice = o.id ? store.get(o.id)?.bank : undefined;
  // The device first: no network, and it works offline.
  if (onDevice && (o.needs ?? []).every((q) => onDevice.questions.some((x) => x.id === q))) return { kind: 'found', bank: onDevice };
  if (o.file === null) return { kind: 'missing' };
  const url = sameSiteUrl(o.file, o.pageUrl);
  if (!url) return { kind: 'refused', message: { key: 'bankFile.otherSite' } };
  let text: string;
  try {
    text = await o.fetchText(url);
  } catch {
    return { kind: 'refused', message: { key: 'bankFile.fetchFailed', params: { file: o.file } } };
  }
  if (text.length > MAX_BANK_FILE_BYTES) return { kind: 'refused', message: { key: 'bankFile.tooLarge', params: { size: MAX_BANK_FILE_BYTES / (1024 * 1024) } } };
  const checked = checkBankText(text, new URL(url).pathname);
  if (!checked.ok) return { kind: 'refused', message: checked.problem };
  if (o.id && checked.bank.id !== o.id) return { kind: 'refused', message: { key: 'bankFile.wrongBank', params: { got: checked.bank.title, want: o.id } } };
  // Kept, so the next visit (or a reload offline) needs no download; if it cannot be, it still plays.
  keep(store, checked.bank, o.now);
  return { kind: 'found', bank: checked.bank };
}
