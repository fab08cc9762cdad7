/**
 * Result codes coming back to the teacher (pasted, in files, or read from QR pictures): which
 * decode, which answer the assignment on screen, and which are a result already collected. Pure:
 * the page says the problems in the teacher's language and keeps the new results.
 */
import { decodeResult, type StudentResult } from './result';

export type IntakeProblem =
  /** Code `n` (counting from 1 in what was given) is damaged or not a result code. */
  | { code: 'damaged'; n: number }
  /** Code `n` answers another assignment. */
  | { code: 'otherAssignment'; n: number };

export interface Intake {
  /** Results not collected before, in the order given. */
  fresh: StudentResult[];
  /** Results already collected, or given twice: each student's attempt counts once. */
  merged: number;
  problems: IntakeProblem[];
}

/**
 * The codes in pasted text: anything between spaces or line breaks, as chat apps and mail
 * wrap them. Bits of eight characters or fewer are words around the codes ("Ana:"), not codes.
 */
export const splitCodes = (text: string): string[] => text.split(/\s+/).filter((s) => s.length > 8);

/**
 * The same student's same attempt: names compared as typed, ignoring case and outer spaces,
 * as the class results on the device compare them.
 */
export const sameAttempt = (a: Pick<StudentResult, 'name' | 'attempt'>, b: Pick<StudentResult, 'name' | 'attempt'>): boolean =>
  a.name.trim().toLowerCase() === b.name.trim().toLowerCase() && a.attempt === b.attempt;

/** Reads the codes in `text` for the assignment `assignmentId`, next to the results already collected. */
export function takeResults(text: string, assignmentId: string, collected: readonly StudentResult[]): Intake {
  const fresh: StudentResult[] = [];
  const problems: IntakeProblem[] = [];
  let merged = 0;
  splitCodes(text).forEach((code, i) => {
    const r = decodeResult(code);
    if (!r.ok) problems.push({ code: 'damaged', n: i + 1 });
    else if (r.result.assignmentId !== assignmentId) problems.push({ code: 'otherAssignment', n: i + 1 });
    else if (collected.some((x) => sameAttempt(x, r.result)) || fresh.some((x) => sameAttempt(x, r.result))) merged++;
    else fresh.push(r.result);
  });
  return { fresh, merged, problems };
}
