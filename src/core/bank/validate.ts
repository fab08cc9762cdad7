// Imports name their .ts files: the build loads this module in Node to check the built-in banks
// (scripts/banksPlugin.ts), where Vite's native config loader wants the extension.
import type { z } from 'zod';
import type { BankError, BankResult } from './errors.ts';
import { BankSchema } from './schema.ts';
import { crossReferenceIssues } from './crossChecks.ts';

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

