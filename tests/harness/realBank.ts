/** The real bank shipped in questions/, read from disk the way the CLI reads it. */
import { readFileSync } from 'node:fs';
import type { Bank } from '../../src/core/bank/schema';
import { validateBank } from '../../src/core/bank/validate';

export const REAL_BANK_FILE = 'questions/kim-putin-beijing-2025-09/bank.json';

export function realBankText(): string {
  return readFileSync(new URL(`../../${REAL_BANK_FILE}`, import.meta.url), 'utf8');
}

/** A fresh, mutable copy of the raw JSON, for tests that break or edit it. */
export function realBankJson(): Record<string, unknown> & { facts: Record<string, unknown>[]; questions: Record<string, unknown>[] } {
  return JSON.parse(realBankText());
}

export function realBank(): Bank {
  const result = validateBank(realBankJson(), REAL_BANK_FILE);
  if (!result.ok) throw new Error(`the real bank is invalid: ${JSON.stringify(result.errors)}`);
  return result.bank;
}
