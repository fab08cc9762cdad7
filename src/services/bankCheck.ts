/**
 * Checking a bank before anyone plays it: valid against the schema, the bank the link asked for,
 * and with a question to play. Where built-in banks live is in builtInBanks.ts. The schema (zod)
 * loads only when a bank needs checking: a built-in bank the build already checked does not, so
 * the first screen goes without it.
 */
import { playableQuestions } from '../core/bank/playable';
import type { Bank } from '../core/bank/schema';
import type { FetchedBank } from './builtInBanks';
import { formatBankError, type BankError, type BankResult } from '../core/bank/errors';

/** A bank that passed every check, or why it did not. */
export type BankCheck =
  | { ok: true; bank: Bank }
  | { ok: false; reason: 'invalid'; errors: BankError[]; first: string }
  | { ok: false; reason: 'empty' };

const fileOf = (id: string) => `questions/${id}/bank.json`;

/** Check bank text (a file's contents): parse the JSON, then as checkBank. */
export async function checkBankJson(text: string, id: string): Promise<BankCheck> {
  const { parseBank } = await import('../core/bank/validate');
  return settle(parseBank(text, fileOf(id)), id);
}

/** Check a bank that is already data (kept on the device, or sent inside an assignment link). */
export async function checkBank(data: unknown, id: string): Promise<BankCheck> {
  const { validateBank } = await import('../core/bank/validate');
  return settle(validateBank(data, fileOf(id)), id);
}

/**
 * A bank the schema already passed (the build, or the bank file's own check): what is left is
 * that it is the one asked for, and playable.
 */
export function checkValidatedBank(bank: Bank, id: string): BankCheck {
  return settle({ ok: true, bank }, id);
}

/** A built-in bank as fetched: checked again only if it is not what the build checked. */
export function checkBuiltInBank(fetched: FetchedBank, id: string): Promise<BankCheck> {
  return fetched.checked ? Promise.resolve(checkValidatedBank(fetched.bank, id)) : checkBankJson(fetched.text, id);
}

function settle(result: BankResult, id: string): BankCheck {
  if (!result.ok) return { ok: false, reason: 'invalid', errors: result.errors, first: formatBankError(result.errors[0]!) };
  if (result.bank.id !== id) {
    const errors = [{ file: fileOf(id), path: '$.id', message: `is "${result.bank.id}", expected "${id}"` }];
    return { ok: false, reason: 'invalid', errors, first: formatBankError(errors[0]!) };
  }
  if (playableQuestions(result.bank).length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, bank: result.bank };
}
