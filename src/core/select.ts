import type { Bank, Question } from './bank/schema';
import type { FactKind } from './bank/constants';
import { playableQuestions } from './bank/playable';
import { createRng, shuffle, type Rng } from './rng';

/** A question as it is asked in one round: options in the round's own seeded order. */
export interface RoundQuestion {
  question: Question;
  /** The fact's kind, kept so the round can show what sort of fact it was. */
  kind: FactKind;
  /**
   * Cards shown, for choice and true/false questions: `order[i]` is the option shown in place i
   * (true/false always shows True, then False). Empty for questions answered without cards.
   */
  order: number[];
  /** The place where the right card is shown; null without cards. */
  correctPlace: number | null;
}

/** How a question is laid out in a round: the seeded card order, where applicable. */
export function arrange(question: Question, kind: FactKind, rng: Rng): RoundQuestion {
  if (question.type === 'choice') {
    const order = shuffle(question.options.map((_, i) => i), rng);
    return { question, kind, order, correctPlace: order.indexOf(question.answer) };
  }
  if (question.type === 'truefalse') return { question, kind, order: [0, 1], correctPlace: question.answer ? 0 : 1 };
  return { question, kind, order: [], correctPlace: null };
}

/**
 * Pick `count` questions for a round: no repeats, kinds interleaved so a round mixes who / how
 * many / when / where and its question types, at most one question per fact while other facts
 * remain, and among questions of the type the round has seen least, one on a sentence not yet
 * asked (a gap in "Scotland and ___" prints the answer to "___ and Wales": two questions on one
 * sentence give each other away), all from the seed.
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
  const sentenceOf = new Map(bank.facts.map((f) => [f.id, f.sentence] as const));
  const usedFacts = new Set<string>();
  const usedSentences = new Set<string>();
  const sentenceUsed = (x: Question) => usedSentences.has(sentenceOf.get(x.factId)!);
  const typeCount = new Map<string, number>();
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
        const at = freshOnly ? pickFresh(list, usedFacts, typeCount, sentenceUsed) : list.length > 0 ? 0 : -1;
        if (at < 0) continue;
        const [q] = list.splice(at, 1);
        usedFacts.add(q!.factId);
        usedSentences.add(sentenceOf.get(q!.factId)!);
        typeCount.set(q!.type, (typeCount.get(q!.type) ?? 0) + 1);
        picked.push(q!);
        took = true;
      }
    }
  }

  return picked.map((question) => arrange(question, kindOf.get(question.factId)!, rng));
}

/**
 * A question on a fact not yet asked, of the question type the round has seen least; among
 * those, one on a sentence not yet asked; first in seeded order on ties.
 */
function pickFresh(list: Question[], usedFacts: Set<string>, typeCount: Map<string, number>, sentenceUsed: (q: Question) => boolean): number {
  const cost = (q: Question) => (typeCount.get(q.type) ?? 0) * 2 + (sentenceUsed(q) ? 1 : 0);
  let best = -1;
  for (let i = 0; i < list.length; i++) {
    const q = list[i]!;
    if (usedFacts.has(q.factId)) continue;
    if (best < 0 || cost(q) < cost(list[best]!)) best = i;
  }
  return best;
}

/** A round of chosen questions in the given order (practice what I missed); unknown or unplayable ids are skipped. */
export function selectByIds(bank: Bank, ids: readonly string[], seed: string): RoundQuestion[] {
  const rng = createRng(`${bank.id}|${seed}`);
  const kindOf = new Map(bank.facts.map((f) => [f.id, f.kind] as const));
  const byId = new Map(playableQuestions(bank).map((q) => [q.id, q] as const));
  return [...new Set(ids)].flatMap((id) => {
    const q = byId.get(id);
    return q ? [arrange(q, kindOf.get(q.factId)!, rng)] : [];
  });
}
