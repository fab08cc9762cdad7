/** Round questions of one type from a bank, laid out by the real `arrange` with a seeded RNG. */
import type { Bank } from '../../src/core/bank/schema';
import type { QuestionType } from '../../src/core/bank/constants';
import { createRng } from '../../src/core/rng';
import { arrange, type RoundQuestion } from '../../src/core/select';

/** Every question of `type` in the bank, arranged as a round would show it. */
export function roundQuestionsOfType(bank: Bank, type: QuestionType, seed = 'by-type'): RoundQuestion[] {
  const rng = createRng(seed);
  const kindOf = new Map(bank.facts.map((f) => [f.id, f.kind] as const));
  return bank.questions.filter((q) => q.type === type).map((q) => arrange(q, kindOf.get(q.factId)!, rng));
}

/** The first question of `type` in the bank; throws when it has none. */
export function roundQuestionOfType(bank: Bank, type: QuestionType, seed = 'by-type'): RoundQuestion {
  const rq = roundQuestionsOfType(bank, type, seed)[0];
  if (!rq) throw new Error(`the bank has no ${type} question`);
  return rq;
}

/** The question with this id, arranged; throws when the bank has none. */
export function roundQuestionById(bank: Bank, id: string, seed = 'by-id'): RoundQuestion {
  const q = bank.questions.find((x) => x.id === id);
  if (!q) throw new Error(`the bank has no question ${id}`);
  return arrange(q, bank.facts.find((f) => f.id === q.factId)!.kind, createRng(seed));
}
