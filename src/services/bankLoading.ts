/**
 * One pipeline from what a link or a choice names to a bank ready to play in the player's
 * language: a bank inside an assignment link, a bank built on this device (`local:<id>`), a bank
 * file opened earlier or named by the link, or a built-in bank (fetched, the one translation the
 * player needs beside it). Every bank is checked against the schema where the build did not
 * already check it, localised, and its texts kept for the round (game/launch.ts `playable`).
 * The loading screen draws the progress and routes what comes back; it decides nothing here.
 */
import { localizeBank } from '../core/bank/localize';
import { formatBankError } from '../core/bank/errors';
import { playable, type Playable } from '../game/launch';
import type { PreloadData } from '../game/routes';
import { checkBank, checkBuiltInBank, checkValidatedBank, type BankCheck } from './bankCheck';
import type { BankFiles } from './bankFiles';
import type { BankShelf } from './bankShelf';
import type { FetchedBank } from './builtInBanks';
import type { I18n } from './i18n';
import { LOCAL_PREFIX } from './localBankKeys';
import type { LocalBankStore } from './localBanks';

export type LoadedBank =
  | { kind: 'ready'; playable: Playable }
  /** Why the bank cannot be played, in the player's language. */
  | { kind: 'refused'; message: string }
  /** An assignment whose bank travels as a file this device does not have: ask the student for it. */
  | { kind: 'needsFile' };

/** The built-in banks (services/builtInBanks.ts in the game; the build's list of them). */
export interface BuiltInBanks {
  has(id: string): boolean;
  load(id: string, lang: string | null): Promise<FetchedBank>;
  /** The bank if its download has already finished, else null. */
  cached(id: string, lang: string | null): FetchedBank | null;
}

export interface BankLoadingDeps {
  i18n: Pick<I18n, 't' | 'language'>;
  builtIn: BuiltInBanks;
  localBanks(): Promise<LocalBankStore>;
  bankFiles: Pick<BankFiles, 'find'>;
  bankShelf: Pick<BankShelf, 'playing'>;
}

/** The loading's progress, 0 to 1: a download's wait is shown, not a percentage. */
export type LoadProgress = (p: number) => void;

const translationFor = (lang: string) => (lang === 'en' ? null : lang);

/**
 * A checked bank made ready to play in the player's language, or the message that says why it
 * cannot be played.
 */
export function playableOrMessage(i18n: BankLoadingDeps['i18n'], result: BankCheck, id: string): Playable | { message: string } {
  performance.mark('fs:bank-checked');
  if (result.ok) return { ...playable(localizeBank(result.bank, i18n.language)), source: result.bank };
  if (result.reason === 'empty') return { message: i18n.t('errors.bankEmpty', { id }) };
  // Teachers need the file and JSON path; the console has every problem, the screen the first.
  console.warn(result.errors.map(formatBankError).join('\n'));
  return { message: i18n.t('errors.bankInvalid', { id, count: result.errors.length, first: result.first }) };
}

/**
 * The built-in bank a plain link names, when it is already here as the build checked it: the game
 * can then open on the menu with no loading screen in between. Null when anything needs loading
 * or checking (the loading screen also says what is wrong with a bank).
 */
export function builtInBankReady(deps: Pick<BankLoadingDeps, 'i18n' | 'builtIn'>, bankId: string): Playable | null {
  const fetched = deps.builtIn.cached(bankId, translationFor(deps.i18n.language));
  if (!fetched?.checked) return null;
  const ready = playableOrMessage(deps.i18n, checkValidatedBank(fetched.bank, bankId), bankId);
  return 'bank' in ready ? ready : null;
}

/** Loads, checks and localises the bank `req` names. Never rejects: whatever could not be had is a message. */
export async function loadBank(req: PreloadData, deps: BankLoadingDeps, progress: LoadProgress = () => {}): Promise<LoadedBank> {
  const { i18n } = deps;
  const id = req.bankId;
  try {
    const found = await find(req, deps, progress);
    if (found.kind !== 'checking') return found;
    const ready = playableOrMessage(i18n, await found.check, found.shownId);
    if ('message' in ready) return { kind: 'refused', message: ready.message };
    // Also after an assignment: its results lead to the menu, which shows this bank.
    deps.bankShelf.playing(found.choice);
    return { kind: 'ready', playable: ready };
  } catch (e) {
    // Whatever could not be had (the bank, the device's store, the schema to check with; offline
    // before it was ever cached, say): the same "could not be loaded" message.
    console.warn(e);
    return { kind: 'refused', message: i18n.t('errors.bankLoad', { id: id || (req.bankFile ?? '') }) };
  }
}

type Found =
  | Exclude<LoadedBank, { kind: 'ready' }>
  /** The bank is here and being checked; `choice` is how the bank choice names it. */
  | { kind: 'checking'; check: Promise<BankCheck>; choice: string; shownId: string };

async function find(req: PreloadData, deps: BankLoadingDeps, progress: LoadProgress): Promise<Found> {
  const { i18n } = deps;
  const id = req.bankId;
  const checking = (check: Promise<BankCheck>, choice = id, shownId = id): Found => ({ kind: 'checking', check, choice, shownId });
  if (req.inlineBank) return checking(checkBank(req.inlineBank, req.inlineBank.id));
  if (id.startsWith(LOCAL_PREFIX)) {
    // A bank built on this device: no download, straight from storage.
    const entry = (await deps.localBanks()).get(id.slice(LOCAL_PREFIX.length));
    return entry ? checking(checkBank(entry.bank, entry.bank.id)) : { kind: 'refused', message: i18n.t('errors.bankUnknown', { id }) };
  }
  if (!deps.builtIn.has(id)) {
    // Not built in: a bank opened on this device earlier, or the bank file the link points to.
    const found = await deps.bankFiles.find(id || null, req.bankFile ?? null, req.assignment?.assignment.questionIds);
    if (found.kind === 'found') return checking(Promise.resolve(checkValidatedBank(found.bank, found.bank.id)), `${LOCAL_PREFIX}${found.bank.id}`, found.bank.id);
    if (found.kind === 'refused') return { kind: 'refused', message: i18n.t(found.message.key, found.message.params) };
    if (req.assignment) return { kind: 'needsFile' };
    return { kind: 'refused', message: i18n.t('errors.bankUnknown', { id }) };
  }
  // The bank and the one translation this player needs.
  progress(0.1);
  const fetched = await deps.builtIn.load(id, translationFor(i18n.language));
  performance.mark('fs:bank-fetched');
  progress(1);
  return checking(checkBuiltInBank(fetched, id));
}
