/**
 * Checking a bank before anyone plays it. Where built-in banks live is in builtInBanks.ts.
 */
import type { Bank } from '../core/bank/schema';
import { formatBankError, parseBank, playableQuestions, type BankError } from '../core/bank/validate';

export const DEFAULT_BANK_ID = 'kim-putin-beijing-2025-09';

export type BankLoad =
  | { ok: true; bank: Bank }
  | { ok: false; reason: 'invalid'; errors: BankError[]; first: string }
  | { ok: false; reason: 'empty' };

/** Validate bank text that a loader fetched. */
export function acceptBank(text: string, id: string): BankLoad {
  const result = parseBank(text, `questions/${id}/bank.json`);
  if (!result.ok) return { ok: false, reason: 'invalid', errors: result.errors, first: formatBankError(result.errors[0]!) };
  if (result.bank.id !== id) {
    const errors = [{ file: `questions/${id}/bank.json`, path: '$.id', message: `is "${result.bank.id}", expected "${id}"` }];
    return { ok: false, reason: 'invalid', errors, first: formatBankError(errors[0]!) };
  }
  if (playableQuestions(result.bank).length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, bank: result.bank };
}
