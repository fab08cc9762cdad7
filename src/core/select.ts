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
  // Pass 1 takes only questions on facts not yet asked, kind after kind; a kind with no fresh
  // fact sits the turn out. Pass 2, once every fact has been asked, takes what is left.
  for (const freshOnly of [true, false]) {
    let took = true;
    while (picked.length < count && took) {
      took = false;
      for (const k of kinds) {
        if (picked.length >= count) break;
        const list = byKind.get(k)!;
        const at = freshOnly ? list.findIndex((q) => !usedFacts.has(q.factId)) : list.length > 0 ? 0 : -1;
        if (at < 0) continue;
        const [q] = list.splice(at, 1);
        usedFacts.add(q!.factId);
        picked.push(q!);
        took = true;
      }
    }
  }

  return picked.map((question) => {
    const order = shuffle(question.options.map((_, i) => i), rng);
    return { question, kind: kindOf.get(question.factId)!, order, correctPlace: order.indexOf(question.answer) };
  });
}
