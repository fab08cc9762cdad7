/**
 * Shared shapes for moving questions between Factsprint and other quiz tools.
 *
 * Exports are lossy by nature: other tools have no place for a fact's span, its review status or
 * the question kinds that are not "pick one" (estimate, when, where). So every exporter says which
 * questions it left out and why, instead of dropping them silently.
 */
import { PLAYABLE_STATUSES, type Bank } from '../bank/schema';

export interface Skipped {
  questionId: string;
  reason: string;
}

export interface ExportResult<T> {
  output: T;
  skipped: Skipped[];
}

/** A problem in an imported file, at the 1-based line a teacher should look at (0: not a line of the file). */
export interface LineError {
  line: number;
  message: string;
}

/** One "pick one" question as other tools hold it: a prompt, 2-4 options, one right answer. */
export interface ImportedQuestion {
  prompt: string;
  options: string[];
  /** Index into `options` of the right answer. */
  answer: number;
  kind: 'choice' | 'truefalse';
  /** General feedback, where the format has it; becomes the source sentence in Factsprint. */
  feedback?: string;
  /** The line the question starts on in the imported file, so later checks can point at it. */
  line?: number;
}

export type ImportResult = { ok: true; questions: ImportedQuestion[] } | { ok: false; errors: LineError[] };

export const TRUE_WORD = 'True';
export const FALSE_WORD = 'False';

/** Factsprint holds at most four options; the other tools allow more, so imports check it. */
export const MAX_OPTIONS = 4;

/** A bank question reduced to what every export format can hold. */
export interface Portable {
  id: string;
  kind: 'choice' | 'truefalse';
  prompt: string;
  /** For true/false: always [True, False], so a tool that only knows choices still gets it right. */
  options: string[];
  answer: number;
  /** The fact's source sentence, exactly as in the article. */
  feedback: string | undefined;
}

/**
 * The questions of a bank every format can carry, and the rest with a reason.
 * Only questions whose fact a person approved or edited leave Factsprint: an export reaches
 * players through another tool, and the house rule is that unreviewed facts never reach players.
 */
export function portableQuestions(bank: Bank): ExportResult<Portable[]> {
  const facts = new Map(bank.facts.map((f) => [f.id, f]));
  const output: Portable[] = [];
  const skipped: Skipped[] = [];
  for (const q of bank.questions) {
    const fact = facts.get(q.factId);
    if (fact && !PLAYABLE_STATUSES.includes(fact.review)) {
      skipped.push({ questionId: q.id, reason: `its fact is not approved yet (review: ${fact.review})` });
      continue;
    }
    const feedback = fact?.sentence;
    switch (q.type) {
      case 'choice':
        output.push({ id: q.id, kind: 'choice', prompt: q.prompt, options: [...q.options], answer: q.answer, feedback });
        break;
      case 'truefalse':
        output.push({ id: q.id, kind: 'truefalse', prompt: q.prompt, options: [TRUE_WORD, FALSE_WORD], answer: q.answer ? 0 : 1, feedback });
        break;
      case 'estimate':
        skipped.push({ questionId: q.id, reason: 'an estimate question has a number for its answer, not options to pick from' });
        break;
      case 'when':
        skipped.push({ questionId: q.id, reason: 'a "when" question is answered on a timeline, not by picking an option' });
        break;
      case 'where':
        skipped.push({ questionId: q.id, reason: 'a "where" question is answered on a map, not by picking an option' });
        break;
    }
  }
  return { output, skipped };
}

/** Is this pair of options True/False (either order, any case)? Returns the index of "true", or null. */
export function trueIndex(options: readonly string[]): number | null {
  if (options.length !== 2) return null;
  const words = options.map((o) => o.trim().toLowerCase());
  if (words[0] === 'true' && words[1] === 'false') return 0;
  if (words[0] === 'false' && words[1] === 'true') return 1;
  return null;
}

/** The kind an imported pair of options implies: two options True/False are a true/false question. */
export const kindOf = (options: readonly string[]): ImportedQuestion['kind'] => (trueIndex(options) === null ? 'choice' : 'truefalse');
