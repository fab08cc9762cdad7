/** How a bank's problems are reported, apart from the schema so reporting needs no zod. */
import type { Bank } from './schema.ts';

export interface BankError {
  /** The file (or URL) the bank came from, so a teacher knows where to look. */
  file: string;
  /** JSON path in the `$.questions[3].options` form. */
  path: string;
  message: string;
}

export type BankResult = { ok: true; bank: Bank } | { ok: false; errors: BankError[] };

export function formatBankError(e: BankError): string {
  return `${e.file} ${e.path}: ${e.message}`;
}
