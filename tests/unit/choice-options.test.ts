/**
 * Choice questions hold 2 to 6 options, as teachers' own quiz files do: the schema takes every
 * count in that range and names the rule for any other, translations keep the original's count,
 * and a round's seeded card order shows every option once, whatever their number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank, ChoiceQuestion } from '../../src/core/bank/schema';
import { validateBank } from '../../src/core/bank/validate';
import { judge } from '../../src/core/judge';
import { createRng } from '../../src/core/rng';
import { arrange, selectQuestions } from '../../src/core/select';
import { realBank, realBankJson } from '../harness/realBank';

const FILE = 'questions/options/bank.json';
const NAMES = ['Kim Jong Un', 'Xi Jinping', 'Vladimir Putin', 'Alexander Yunashev', 'Donald Trump', 'Lee Jae-myung', 'Shigeru Ishiba'];

/** The real bank with its first question given these options (and its translations the same count). */
function withOptions(options: string[], answer = 0) {
  const json = realBankJson();
  const q = json.questions[0]!;
  q.options = options;
  q.answer = answer;
  for (const tr of Object.values(json.translations as Record<string, { questions: Record<string, { options?: string[] }> }>)) {
    const text = tr.questions[q.id as string];
    if (text?.options) text.options = options.map((o) => `${o} (tr)`);
  }
  return { json, result: validateBank(json, FILE) };
}

describe('the schema', () => {
  it.each([2, 3, 4, 5, 6])('takes a choice question with %i options, the right one anywhere', (n) => {
    for (let answer = 0; answer < n; answer++) {
      const { result } = withOptions(NAMES.slice(0, n), answer);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (result.ok) expect((result.bank.questions[0] as ChoiceQuestion).options).toHaveLength(n);
    }
  });

  it.each([
    [1, 'a choice question has at least 2 options'],
    [7, 'a choice question has at most 6 options'],
  ])('refuses %i options and says how many it may have', (n, message) => {
    const { result } = withOptions(NAMES.slice(0, n));
    expect(result.ok ? [] : result.errors).toContainEqual({ file: FILE, path: '$.questions[0].options', message });
  });

  it('refuses a right answer past the last option', () => {
    const { result } = withOptions(NAMES.slice(0, 3), 3);
    expect(result.ok ? [] : result.errors).toEqual([{ file: FILE, path: '$.questions[0].answer', message: 'must be the index of one of the 3 options, 0 to 2' }]);
  });

  it('refuses translated options that are not as many as the original', () => {
    const { json } = withOptions(NAMES.slice(0, 5), 4);
    const id = json.questions[0]!.id as string;
    (json.translations as Record<string, { questions: Record<string, { options?: string[] }> }>).ko!.questions[id]!.options = ['가', '나', '다', '라'];
    const result = validateBank(json, FILE);
    expect(result.ok ? [] : result.errors).toEqual([
      { file: FILE, path: `$.translations.ko.questions["${id}"].options`, message: 'the question has 5 options and this translation 4: translate each, in the original order' },
    ]);
  });

  it('keeps refusing options that repeat each other, whatever their number', () => {
    const { result } = withOptions(['Kim Jong Un', 'Xi Jinping', 'Vladimir Putin', 'Donald Trump', ' kim jong un ']);
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.message])).toEqual([['$.questions[0].options', 'options must all differ']]);
  });
});

describe('a round', () => {
  const choice = (n: number, answer: number): ChoiceQuestion => ({ id: `q${n}`, factId: 'f', type: 'choice', asks: 'speaker', prompt: 'Who?', options: NAMES.slice(0, n), answer, difficulty: 1 });

  it('shows every option once, in a seeded order, with the right card where correctPlace says, for 2 to 6 options', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.nat(), fc.string(), (n, a, seed) => {
        const q = choice(n, a % n);
        const rq = arrange(q, 'quote', createRng(seed));
        expect([...rq.order].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(rq.order[rq.correctPlace!]).toBe(q.answer);
        // The same seed gives the same order.
        expect(arrange(q, 'quote', createRng(seed)).order).toEqual(rq.order);
      }),
      { numRuns: 300 },
    );
  });

  it('puts the right answer of a 5-option question in each of the five places over enough seeds', () => {
    const places = new Set(Array.from({ length: 200 }, (_, i) => arrange(choice(5, 4), 'quote', createRng(`s${i}`)).correctPlace));
    expect([...places].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('scores a pick of any shown card, and refuses a place past the last card', () => {
    for (const n of [2, 3, 5, 6]) {
      const rq = arrange(choice(n, n - 1), 'quote', createRng(`judge-${n}`));
      for (let place = 0; place < n; place++) {
        expect(judge(rq.question, rq.correctPlace, rq.order.length, { kind: 'choice', place })?.credit).toBe(place === rq.correctPlace ? 1 : 0);
      }
      expect(judge(rq.question, rq.correctPlace, rq.order.length, { kind: 'choice', place: n })).toBeNull();
    }
  });

  it('asks 3- and 5-option questions from a bank alongside 4-option ones', () => {
    const base = realBank();
    const questions = base.questions.map((q, i) => (q.type === 'choice' && i % 3 !== 2 ? { ...q, options: i % 3 === 0 ? q.options.slice(0, 3) : [...q.options, 'Nobody at all'], answer: 0 } : q));
    const bank: Bank = { ...base, questions, translations: {} };
    expect(validateBank(JSON.parse(JSON.stringify(bank)), FILE).ok).toBe(true);
    const counts = new Set<number>();
    for (const rq of selectQuestions(bank, bank.questions.length, 'mixed')) {
      if (rq.question.type !== 'choice') continue;
      counts.add(rq.order.length);
      expect(rq.order).toHaveLength(rq.question.options.length);
      expect(rq.question.options[rq.order[rq.correctPlace!]!]).toBe(rq.question.options[rq.question.answer]);
    }
    expect([...counts].sort()).toEqual([3, 4, 5]);
  });
});
