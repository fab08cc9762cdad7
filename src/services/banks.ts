/**
 * Built-in banks: every questions/<id>/bank.json is emitted by Vite as its own hashed file and
 * fetched only when that bank is played, so more banks never slow the first screen.
 */
import type { Bank } from '../core/bank/schema';
import { formatBankError, parseBank, playableQuestions, type BankError } from '../core/bank/validate';

const urls = import.meta.glob('../../questions/*/bank.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const builtIn = new Map(
  Object.entries(urls).map(([path, url]) => [/questions\/([^/]+)\/bank\.json$/.exec(path)![1]!, url] as const),
);

export const DEFAULT_BANK_ID = 'kim-putin-beijing-2025-09';

export function builtInBankIds(): string[] {
  return [...builtIn.keys()].sort();
}

export function bankUrl(id: string): string | null {
  return builtIn.get(id) ?? null;
}

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
