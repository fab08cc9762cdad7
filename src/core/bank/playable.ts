import { PLAYABLE_STATUSES } from './constants.ts';
import type { Bank, Question } from './schema.ts';

/** Questions whose fact a person has approved or edited: the only ones players see. */
export function playableQuestions(bank: Bank): Question[] {
  const ok = new Set(bank.facts.filter((f) => PLAYABLE_STATUSES.includes(f.review)).map((f) => f.id));
  return bank.questions.filter((q) => ok.has(q.factId));
}
