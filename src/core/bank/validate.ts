import type { z } from 'zod';
import { BankSchema, crossReferenceIssues, PLAYABLE_STATUSES, type Bank, type Question } from './schema';

export interface BankError {
  /** The file (or URL) the bank came from, so a teacher knows where to look. */
  file: string;
  /** JSON path in the `$.questions[3].options` form. */
  path: string;
  message: string;
}

export type BankResult = { ok: true; bank: Bank } | { ok: false; errors: BankError[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`))
      .join('')
  );
}

function fromZod(file: string, error: z.ZodError): BankError[] {
  return error.issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message }));
}

/** Validate already-parsed JSON. Never throws. */
export function validateBank(data: unknown, file: string): BankResult {
  const parsed = BankSchema.safeParse(data);
  if (parsed.success) return { ok: true, bank: parsed.data };
  // zod skips the cross-reference checks once any field is wrong; run them anyway so a teacher
  // sees every problem in one go.
  const errors = fromZod(file, parsed.error);
  const seen = new Set(errors.map((e) => `${e.path} ${e.message}`));
  for (const issue of crossReferenceIssues(data)) {
    const e = { file, path: jsonPath(issue.path), message: issue.message };
    if (!seen.has(`${e.path} ${e.message}`)) errors.push(e);
  }
  return { ok: false, errors };
}

/** Parse bank text (a file's contents). A JSON syntax error is reported like any other. */
export function parseBank(text: string, file: string): BankResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ file, path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateBank(data, file);
}

export function formatBankError(e: BankError): string {
  return `${e.file} ${e.path}: ${e.message}`;
}

/** Questions whose fact a person has approved or edited: the only ones players see. */
export function playableQuestions(bank: Bank): Question[] {
  const ok = new Set(bank.facts.filter((f) => PLAYABLE_STATUSES.includes(f.review)).map((f) => f.id));
  return bank.questions.filter((q) => ok.has(q.factId));
}
