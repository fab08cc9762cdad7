/**
 * Checking a bank before anyone plays it. Where built-in banks live is in builtInBanks.ts.
 * The schema (zod) loads only when a bank needs checking: a built-in bank the build already
 * checked does not, so the first screen goes without it.
 */
import { playableQuestions } from '../core/bank/playable';
import type { Bank } from '../core/bank/schema';
import type { FetchedBank } from './builtInBanks';
import { formatBankError, type BankError, type BankResult } from '../core/bank/errors';

export { DEFAULT_BANK_ID } from '../core/bank/constants';

/** Banks built on this device are played with `?bank=local:<id>`. */
export const LOCAL_PREFIX = 'local:';

/** The storage record those banks are kept in (read without the schema by the game's bank choice). */
export const LOCAL_BANKS_KEY = 'local-banks';

export type BankLoad =
  | { ok: true; bank: Bank }
  | { ok: false; reason: 'invalid'; errors: BankError[]; first: string }
  | { ok: false; reason: 'empty' };

const fileOf = (id: string) => `questions/${id}/bank.json`;

/** Check bank text (a file's contents). */
export async function acceptBank(text: string, id: string): Promise<BankLoad> {
  const { parseBank } = await import('../core/bank/validate');
  return settle(parseBank(text, fileOf(id)), id);
}

/** Check a bank that is already data (kept on the device, or sent inside an assignment link). */
export async function acceptBankData(data: unknown, id: string): Promise<BankLoad> {
  const { validateBank } = await import('../core/bank/validate');
  return settle(validateBank(data, fileOf(id)), id);
}

/** A bank the build already checked: what is left is that it is the one asked for, and playable. */
export function acceptCheckedBank(bank: Bank, id: string): BankLoad {
  return settle({ ok: true, bank }, id);
}

/** A built-in bank as fetched: checked again only if it is not what the build checked. */
export function acceptFetchedBank(fetched: FetchedBank, id: string): Promise<BankLoad> {
  return fetched.checked ? Promise.resolve(acceptCheckedBank(fetched.bank, id)) : acceptBank(fetched.text, id);
}

function settle(result: BankResult, id: string): BankLoad {
  if (!result.ok) return { ok: false, reason: 'invalid', errors: result.errors, first: formatBankError(result.errors[0]!) };
  if (result.bank.id !== id) {
    const errors = [{ file: fileOf(id), path: '$.id', message: `is "${result.bank.id}", expected "${id}"` }];
    return { ok: false, reason: 'invalid', errors, first: formatBankError(errors[0]!) };
  }
  if (playableQuestions(result.bank).length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, bank: result.bank };
}
