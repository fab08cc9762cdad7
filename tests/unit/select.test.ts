import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/bank/schema';
import { FACT_KINDS, QUESTION_TYPES } from '../../src/core/bank/constants';
import { validateBank } from '../../src/core/bank/validate';
import { playableQuestions } from '../../src/core/bank/playable';
import { selectByIds, selectQuestions } from '../../src/core/select';
import { realBank, realBankJson } from '../harness/realBank';

const bank = realBank();
const ids = (bank_: Bank, count: number, seed: string) => selectQuestions(bank_, count, seed).map((rq) => rq.question.id);
const seedArb = fc.string({ minLength: 1, maxLength: 12 });

/** The real bank with some facts' review status changed. */
function withReview(changes: Record<string, string>): Bank {
  const json = realBankJson();
  for (const f of json.facts) {
    const change = changes[f.id as string];
    if (change) f.review = change;
  }
  const result = validateBank(json, 'edited.json');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.bank;
}

describe('selectQuestions on the real bank', () => {
  it('picks N distinct questions from the bank', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: bank.questions.length }), (seed, n) => {
        const picked = selectQuestions(bank, n, seed);
        expect(picked).toHaveLength(n);
        const qids = picked.map((rq) => rq.question.id);
        expect(new Set(qids).size).toBe(n);
        const bankIds = new Set(bank.questions.map((q) => q.id));
        for (const id of qids) expect(bankIds.has(id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same round for the same seed, on every call', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: bank.questions.length }), (seed, n) => {
        expect(selectQuestions(bank, n, seed)).toEqual(selectQuestions(bank, n, seed));
        // A bank re-read from disk (a different object) gives the same round too.
        expect(selectQuestions(realBank(), n, seed)).toEqual(selectQuestions(bank, n, seed));
      }),
      { numRuns: 50 },
    );
  });

  it('usually gives different rounds for different seeds', () => {
    const orders = new Set(Array.from({ length: 30 }, (_, i) => ids(bank, 10, `seed-${i}`).join(',')));
    expect(orders.size).toBeGreaterThanOrEqual(28);
    expect(ids(bank, 10, 'alpha')).not.toEqual(ids(bank, 10, 'beta'));
  });

  it('mixes the kinds: a 10-question round asks who, how many, when and where', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const kinds = new Set(selectQuestions(bank, 10, seed).map((rq) => rq.kind));
        expect([...kinds].sort()).toEqual([...FACT_KINDS].sort());
      }),
      { numRuns: 100 },
    );
  });

  it('mixes the question types: a 10-question round has choice, true/false, estimate, when and where', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const types = new Set(selectQuestions(bank, 10, seed).map((rq) => rq.question.type));
        expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
      }),
      { numRuns: 150 },
    );
  });

  it('tags each question with its own fact kind', () => {
    const kindOf = new Map(bank.facts.map((f) => [f.id, f.kind]));
    for (const rq of selectQuestions(bank, bank.questions.length, 'kinds')) {
      expect(rq.kind).toBe(kindOf.get(rq.question.factId));
    }
  });

  it('does not ask twice about the same fact while unused facts remain', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: bank.facts.length }), (seed, n) => {
        const facts = selectQuestions(bank, n, seed).map((rq) => rq.question.factId);
        expect(new Set(facts).size).toBe(n);
      }),
      { numRuns: 100 },
    );
  });

  it('lays out each question for its type: choice cards shuffled, True then False, no cards otherwise', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        for (const rq of selectQuestions(bank, bank.questions.length, seed)) {
          const q = rq.question;
          if (q.type === 'choice') {
            // The order is a permutation of the options and correctPlace shows the right one.
            expect([...rq.order].sort()).toEqual(q.options.map((_, i) => i));
            expect(rq.correctPlace).not.toBeNull();
            const shown = rq.order[rq.correctPlace!]!;
            expect(shown).toBe(q.answer);
            expect(q.options[shown]).toBe(q.options[q.answer]);
          } else if (q.type === 'truefalse') {
            // Always True in place 0, False in place 1; the right card is True exactly when the statement is true.
            expect(rq.order).toEqual([0, 1]);
            expect(rq.correctPlace).toBe(q.answer ? 0 : 1);
          } else {
            expect(rq.order).toEqual([]);
            expect(rq.correctPlace).toBeNull();
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('shows the same choice question with its options in different orders for different seeds', () => {
    const orders = new Map<string, Set<string>>();
    for (let i = 0; i < 40; i++) {
      for (const rq of selectQuestions(bank, bank.questions.length, `order-${i}`)) {
        if (rq.question.type !== 'choice') continue;
        orders.set(rq.question.id, (orders.get(rq.question.id) ?? new Set()).add(rq.order.join('')));
      }
    }
    expect(orders.size).toBe(bank.questions.filter((q) => q.type === 'choice').length);
    for (const seen of orders.values()) expect(seen.size).toBeGreaterThan(1);
  });

  it('does not always put the right answer of a choice question in the same place', () => {
    const choices = selectQuestions(bank, bank.questions.length, 'places').filter((rq) => rq.question.type === 'choice');
    const places = new Set(choices.map((rq) => rq.correctPlace));
    expect(places.size).toBeGreaterThan(1);
    // True/false rounds are not all-True either: the bank has statements of both kinds.
    const tf = selectQuestions(bank, bank.questions.length, 'places').filter((rq) => rq.question.type === 'truefalse');
    expect(new Set(tf.map((rq) => rq.correctPlace))).toEqual(new Set([0, 1]));
  });

  it('returns the whole pool, without repeats, when asked for more questions than it has', () => {
    const picked = ids(bank, 1000, 'big');
    expect(picked).toHaveLength(bank.questions.length);
    expect(new Set(picked)).toEqual(new Set(bank.questions.map((q) => q.id)));
  });

  it('returns nothing for a count of 0', () => {
    expect(selectQuestions(bank, 0, 'none')).toEqual([]);
  });
});

describe('selectQuestions only uses facts a person signed off', () => {
  const quoteFacts = bank.facts.filter((f) => f.kind === 'quote').map((f) => f.id);
  const [needsReview, rejected, auto, edited] = quoteFacts;
  const edits: Record<string, string> = { [needsReview!]: 'needs_review', [rejected!]: 'rejected', [auto!]: 'auto', [edited!]: 'edited' };
  const reviewed = withReview({ ...edits, 'f-place-troops-ukraine': 'rejected', 'f-qty-anniversary': 'needs_review' });
  const hidden = new Set([needsReview, rejected, auto, 'f-place-troops-ukraine', 'f-qty-anniversary']);

  it('never shows a question whose fact is auto, needs review or rejected', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: 30 }), (seed, n) => {
        for (const rq of selectQuestions(reviewed, n, seed)) expect(hidden.has(rq.question.factId)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('still shows questions on edited facts, and the whole playable pool when asked for everything', () => {
    const all = selectQuestions(reviewed, 1000, 'all').map((rq) => rq.question.id);
    const playable = reviewed.questions.filter((q) => !hidden.has(q.factId)).map((q) => q.id);
    expect(new Set(all)).toEqual(new Set(playable));
    expect(all).toHaveLength(playable.length);
    expect(all.some((id) => reviewed.questions.find((q) => q.id === id)?.factId === edited)).toBe(true);
    expect(playableQuestions(reviewed).map((q) => q.id).sort()).toEqual([...playable].sort());
  });

  it('does not ask twice about one fact while unused facts remain, even when one kind has few facts left', () => {
    // A teacher rejects three of the four quote facts; the fourth still has two questions.
    const quotes = bank.facts.filter((x) => x.kind === 'quote').map((x) => x.id);
    const keep = bank.questions.find((x) => quotes.includes(x.factId) && bank.questions.filter((y) => y.factId === x.factId).length > 1)!.factId;
    const thin = withReview(Object.fromEntries(quotes.filter((id) => id !== keep).map((id) => [id, 'rejected'])));
    const playableFacts = new Set(playableQuestions(thin).map((x) => x.factId)).size;
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: playableFacts }), (seed, n) => {
        const facts = selectQuestions(thin, n, seed).map((rq) => rq.question.factId);
        expect(facts).toHaveLength(n);
        expect(new Set(facts).size).toBe(n);
      }),
      { numRuns: 100 },
    );
  });

  it('asks two questions on one sentence only when no other sentence is left: each would print the other’s answer', () => {
    // Three figures signed off: two from one sentence (troops deployed, troops killed), one from another.
    const only = ['f-qty-troops-deployed', 'f-qty-troops-killed', 'f-qty-anniversary'];
    const edited = withReview(Object.fromEntries(bank.facts.filter((f) => !only.includes(f.id)).map((f) => [f.id, 'rejected'])));
    const sentenceOf = new Map(edited.facts.map((f) => [f.id, f.sentence]));
    expect(sentenceOf.get(only[0]!)).toBe(sentenceOf.get(only[1]!));
    fc.assert(
      fc.property(seedArb, (seed) => {
        const sentences = selectQuestions(edited, 2, seed).map((rq) => sentenceOf.get(rq.question.factId));
        expect(new Set(sentences).size).toBe(2);
      }),
      { numRuns: 100 },
    );
  });

  it('gives an empty round when nothing is signed off', () => {
    const none = withReview(Object.fromEntries(bank.facts.map((f) => [f.id, 'needs_review'])));
    expect(selectQuestions(none, 10, 'x')).toEqual([]);
  });
});

describe('selectByIds: a round of chosen questions (practise what I missed)', () => {
  const allIds = bank.questions.map((q) => q.id);
  const idsOf = (b: Bank, wanted: readonly string[], seed = 'by-ids') => selectByIds(b, wanted, seed).map((rq) => rq.question.id);

  it('asks exactly the questions given, in the order given', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(allIds), seedArb, (wanted, seed) => {
        expect(idsOf(bank, wanted, seed)).toEqual(wanted);
      }),
      { numRuns: 100 },
    );
  });

  it('drops ids the bank does not have, keeping the rest in order', () => {
    const unknown = fc.string({ minLength: 1, maxLength: 8 }).map((x) => `gone-${x}`);
    fc.assert(
      fc.property(fc.shuffledSubarray(allIds), fc.array(fc.tuple(fc.nat(), unknown), { maxLength: 5 }), (wanted, extras) => {
        const mixed = [...wanted];
        for (const [at, id] of extras) mixed.splice(at % (mixed.length + 1), 0, id);
        expect(idsOf(bank, mixed)).toEqual(wanted);
      }),
      { numRuns: 100 },
    );
  });

  it('asks a question once, where it is first named, however often it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...allIds), { maxLength: 30 }), (wanted) => {
        expect(idsOf(bank, wanted)).toEqual([...new Set(wanted)]);
      }),
      { numRuns: 100 },
    );
  });

  it('drops questions whose fact is no longer signed off', () => {
    const troops = bank.questions.filter((q) => q.factId === 'f-qty-troops-deployed').map((q) => q.id);
    const beijing = bank.questions.filter((q) => q.factId === 'f-place-meeting-beijing').map((q) => q.id);
    expect(troops.length).toBeGreaterThan(0);
    const b = withReview({ 'f-qty-troops-deployed': 'needs_review' });
    expect(idsOf(b, [...troops, ...beijing])).toEqual(beijing);
    expect(idsOf(withReview({ 'f-qty-troops-deployed': 'edited' }), troops)).toEqual(troops);
  });

  it('gives an empty list for no ids, or only unknown ones', () => {
    expect(selectByIds(bank, [], 'x')).toEqual([]);
    expect(selectByIds(bank, ['nope', ''], 'x')).toEqual([]);
  });

  it('lays the questions out as a round would: from the seed, with the right card where correctPlace says', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(allIds, { minLength: 1 }), seedArb, (wanted, seed) => {
        const round = selectByIds(bank, wanted, seed);
        expect(selectByIds(realBank(), wanted, seed)).toEqual(round);
        const kindOf = new Map(bank.facts.map((f) => [f.id, f.kind]));
        for (const rq of round) {
          expect(rq.kind).toBe(kindOf.get(rq.question.factId));
          const q = rq.question;
          if (q.type === 'choice') expect(rq.order[rq.correctPlace!]).toBe(q.answer);
          else if (q.type === 'truefalse') expect(rq).toMatchObject({ order: [0, 1], correctPlace: q.answer ? 0 : 1 });
          else expect(rq).toMatchObject({ order: [], correctPlace: null });
        }
      }),
      { numRuns: 100 },
    );
  });
});
