import type { Bank, FactKind, Question } from './bank/schema';
import { playableQuestions } from './bank/validate';
import { createRng, shuffle } from './rng';

/** A question as it is asked in one round: options in the round's own seeded order. */
export interface RoundQuestion {
  question: Question;
  /** The fact's kind, kept so the round can show what sort of fact it was. */
  kind: FactKind;
  /** `order[i]` is the index in `question.options` of the option shown in place i. */
  order: number[];
  /** The place (0-3) where the right answer is shown. */
  correctPlace: number;
}

/**
 * Pick `count` questions for a round: no repeats, kinds interleaved so a round mixes who / how
 * many / when / where, at most one question per fact while other facts remain, all from the seed.
 */
export function selectQuestions(bank: Bank, count: number, seed: string): RoundQuestion[] {
  const rng = createRng(`${bank.id}|${seed}`);
  const kindOf = new Map(bank.facts.map((f) => [f.id, f.kind] as const));
  const pool = shuffle(playableQuestions(bank), rng);

  // Round-robin over kinds, in a seeded kind order; within a kind, questions on unused facts first.
  const byKind = new Map<FactKind, Question[]>();
  for (const q of pool) {
    const k = kindOf.get(q.factId)!;
    byKind.set(k, [...(byKind.get(k) ?? []), q]);
  }
  const kinds = shuffle([...byKind.keys()].sort(), rng);
  const usedFacts = new Set<string>();
  const picked: Question[] = [];
  const take = (list: Question[]) => {
    const fresh = list.findIndex((q) => !usedFacts.has(q.factId));
    const [q] = list.splice(fresh >= 0 ? fresh : 0, 1);
    return q;
  };
  while (picked.length < count && kinds.some((k) => byKind.get(k)!.length > 0)) {
    for (const k of kinds) {
      if (picked.length >= count) break;
      const list = byKind.get(k)!;
      if (list.length === 0) continue;
      const q = take(list)!;
      usedFacts.add(q.factId);
      picked.push(q);
    }
  }

  return picked.map((question) => {
    const order = shuffle(question.options.map((_, i) => i), rng);
    return { question, kind: kindOf.get(question.factId)!, order, correctPlace: order.indexOf(question.answer) };
  });
}
