import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOX_INTERVAL_DAYS, cardKey, dueKeys, emptyLeitner, parseLeitner, practiceQuestionIds, recordAnswer, splitCardKey, type LeitnerState } from '../../../src/core/progress/leitner';
import { dayNumber } from '../../../src/core/progress/days';
import { deepFreeze } from './freeze';

const DAY0 = dayNumber('2026-11-24');
const BANK = 'nk-troops';
const key = (q: string, bank = BANK) => cardKey(bank, q);

/** Answers in order, each [questionId, correct, day offset from DAY0]. */
function play(answers: [string, boolean, number][], from: LeitnerState = emptyLeitner()): LeitnerState {
  return answers.reduce((s, [q, ok, d]) => recordAnswer(s, key(q), ok, DAY0 + d), from);
}

describe('practice what I missed', () => {
  it('a missed question comes back in the very next practice round', () => {
    const s = play([['q1', true, 0], ['q2', false, 0], ['q3', true, 0]]);
    expect(practiceQuestionIds(s, BANK, DAY0, 10)).toEqual(['q2']);
    expect(dueKeys(s, DAY0)).toEqual([key('q2')]);
  });

  it('still comes back days later if the player does not practise', () => {
    const s = play([['q2', false, 0]]);
    expect(practiceQuestionIds(s, BANK, DAY0 + 5, 10)).toEqual(['q2']);
  });

  it('questions answered right the first time never enter practice', () => {
    const s = play([['q1', true, 0], ['q3', true, 0]]);
    expect(s.cards).toEqual({});
    expect(practiceQuestionIds(s, BANK, DAY0, 10)).toEqual([]);
  });

  it('answered right three times, each time it is due, it moves out and comes back later', () => {
    let s = play([['q1', false, 0]]);
    s = recordAnswer(s, key('q1'), true, DAY0);
    expect(s.cards[key('q1')]).toMatchObject({ box: 2, due: DAY0 + 2 });
    expect(dueKeys(s, DAY0 + 1)).toEqual([]);
    expect(dueKeys(s, DAY0 + 2)).toEqual([key('q1')]);

    s = recordAnswer(s, key('q1'), true, DAY0 + 2);
    expect(s.cards[key('q1')]).toMatchObject({ box: 3, due: DAY0 + 6 });
    s = recordAnswer(s, key('q1'), true, DAY0 + 6);
    expect(s.cards[key('q1')]).toEqual({ box: 4, due: DAY0 + 14, seen: 4, missed: 1 });

    for (let d = 7; d < 14; d++) expect(dueKeys(s, DAY0 + d)).toEqual([]);
    expect(dueKeys(s, DAY0 + 14)).toEqual([key('q1')]);
  });

  it('cramming the same fact in one evening does not file it away', () => {
    let s = play([['q1', false, 0], ['q1', true, 0]]);
    for (let i = 0; i < 5; i++) s = recordAnswer(s, key('q1'), true, DAY0);
    expect(s.cards[key('q1')]).toEqual({ box: 2, due: DAY0 + 2, seen: 7, missed: 1 });
  });

  it('a miss sends a well-known fact back to box 1, due at once', () => {
    let s = play([['q1', false, 0], ['q1', true, 0], ['q1', true, 2], ['q1', true, 6]]);
    s = recordAnswer(s, key('q1'), false, DAY0 + 9);
    expect(s.cards[key('q1')]).toEqual({ box: 1, due: DAY0 + 9, seen: 5, missed: 2 });
    expect(practiceQuestionIds(s, BANK, DAY0 + 9, 10)).toEqual(['q1']);
  });

  it('climbs the boxes on the documented intervals and stays in box 5', () => {
    expect(BOX_INTERVAL_DAYS).toEqual({ 1: 0, 2: 2, 3: 4, 4: 8, 5: 16 });
    let s = play([['q1', false, 0]]);
    let today = DAY0;
    const seen: [number, number][] = [];
    for (let i = 0; i < 6; i++) {
      s = recordAnswer(s, key('q1'), true, today);
      const c = s.cards[key('q1')]!;
      seen.push([c.box, c.due - today]);
      today = c.due;
    }
    expect(seen).toEqual([[2, 2], [3, 4], [4, 8], [5, 16], [5, 16], [5, 16]]);
  });

  it('orders due cards: longest overdue first, then lowest box, then by key', () => {
    // d missed 3 days before the others; b and a missed on day 0, c on day 1.
    let s = play([['b', false, 0], ['a', false, 0], ['c', false, 1], ['d', false, -3]]);
    // On day 2, e (box 2, put right on day 0) and g (box 1, missed on day 2) are both due that day.
    s = play([['e', false, 0], ['e', true, 0], ['g', false, 2]], s);
    expect(dueKeys(s, DAY0 + 2)).toEqual(['d', 'a', 'b', 'c', 'g', 'e'].map((q) => key(q)));
    expect(dueKeys(s, DAY0 - 1)).toEqual([key('d')]);
  });

  it('keeps each bank to itself, even when one bank id starts with another', () => {
    let s = play([['q1', false, 0]]);
    s = recordAnswer(s, cardKey('nk', 'q9'), false, DAY0);
    s = recordAnswer(s, cardKey('nk-troops-2', 'q8'), false, DAY0);
    expect(practiceQuestionIds(s, 'nk', DAY0, 10)).toEqual(['q9']);
    expect(practiceQuestionIds(s, BANK, DAY0, 10)).toEqual(['q1']);
    expect(dueKeys(s, DAY0, 'nk-troops-2')).toEqual(['nk-troops-2/q8']);
    expect(dueKeys(s, DAY0)).toHaveLength(3);
    expect(practiceQuestionIds(s, 'other', DAY0, 10)).toEqual([]);
  });

  it('fills a practice round with due cards first, then the weakest cards not yet due', () => {
    const s = play([
      ['q1', false, 0], ['q1', true, 0], ['q1', true, 2], // box 3, due day 6
      ['q2', false, 0], ['q2', true, 0], // box 2, due day 2
      ['q3', false, 5], ['q3', true, 5], // box 2, due day 7
      ['q5', false, 5], ['q4', false, 5], // box 1, due day 5
    ]);
    // Due: q2 (overdue since day 2), then q4 and q5. Then q3 (box 2) before q1 (box 3), though q1 is due sooner.
    expect(practiceQuestionIds(s, BANK, DAY0 + 5, 10)).toEqual(['q2', 'q4', 'q5', 'q3', 'q1']);
    expect(practiceQuestionIds(s, BANK, DAY0 + 5, 2)).toEqual(['q2', 'q4']);
    expect(practiceQuestionIds(s, BANK, DAY0 + 5, 4.7)).toEqual(['q2', 'q4', 'q5', 'q3']);
    expect(practiceQuestionIds(s, BANK, DAY0 + 6, 10)).toEqual(['q2', 'q4', 'q5', 'q1', 'q3']);
    expect(practiceQuestionIds(s, BANK, DAY0 + 5, 0)).toEqual([]);
    expect(practiceQuestionIds(s, BANK, DAY0 + 5, -1)).toEqual([]);
  });

  it('gives back question ids as the bank writes them, slashes and all', () => {
    const s = recordAnswer(emptyLeitner(), cardKey(BANK, 'q/1/a'), false, DAY0);
    expect(practiceQuestionIds(s, BANK, DAY0, 5)).toEqual(['q/1/a']);
    expect(splitCardKey(cardKey(BANK, 'q/1/a'))).toEqual({ bankId: BANK, questionId: 'q/1/a' });
  });

  it('never changes the state it is given', () => {
    const before = deepFreeze(play([['q1', false, 0], ['q2', false, 0], ['q2', true, 0]]));
    const copy = structuredClone(before);
    const after = recordAnswer(before, key('q1'), true, DAY0);
    recordAnswer(before, key('q2'), false, DAY0 + 4);
    recordAnswer(before, key('q9'), false, DAY0);
    expect(before).toEqual(copy);
    expect(after).not.toBe(before);
  });

  it('refuses keys without a bank and question, and days that are not days', () => {
    expect(() => recordAnswer(emptyLeitner(), 'q1', false, DAY0)).toThrow(RangeError);
    expect(() => recordAnswer(emptyLeitner(), '/q1', false, DAY0)).toThrow(RangeError);
    expect(() => recordAnswer(emptyLeitner(), 'bank/', false, DAY0)).toThrow(RangeError);
    expect(() => recordAnswer(emptyLeitner(), key('q1'), false, DAY0 + 0.5)).toThrow(RangeError);
    expect(() => cardKey('a/b', 'q')).toThrow(RangeError);
    expect(() => cardKey('', 'q')).toThrow(RangeError);
    expect(() => dueKeys(emptyLeitner(), NaN)).toThrow(RangeError);
  });
});

describe('parseLeitner', () => {
  const good = { box: 2, due: DAY0, seen: 3, missed: 1 };

  it('reads back what was saved', () => {
    const s = play([['q1', false, 0], ['q1', true, 0], ['q2', false, 1]]);
    expect(parseLeitner(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseLeitner({ version: 1, cards: {} })).toEqual(emptyLeitner());
  });

  it('gives null for anything that is not a version 1 record with cards', () => {
    for (const bad of [null, undefined, 42, 'cards', true, [], [{ version: 1, cards: {} }], {}, { version: 2, cards: {} }, { version: '1', cards: {} }, { cards: {} }, { version: 1 }, { version: 1, cards: null }, { version: 1, cards: [good] }, { version: 1, cards: 'x' }]) {
      expect(parseLeitner(bad)).toBeNull();
    }
  });

  it('drops malformed cards and keeps the rest', () => {
    const cards: Record<string, unknown> = {
      [key('ok')]: good,
      [key('neg-box')]: { ...good, box: -1 },
      [key('box0')]: { ...good, box: 0 },
      [key('box6')]: { ...good, box: 6 },
      [key('half-box')]: { ...good, box: 2.5 },
      [key('text-box')]: { ...good, box: '2' },
      [key('no-due')]: { box: 1, seen: 1, missed: 1 },
      [key('nan-due')]: { ...good, due: NaN },
      [key('frac-due')]: { ...good, due: DAY0 + 0.25 },
      [key('huge-due')]: { ...good, due: 1e300 },
      [key('neg-seen')]: { ...good, seen: -1 },
      [key('more-missed')]: { ...good, seen: 1, missed: 2 },
      [key('null')]: null,
      [key('array')]: [2, DAY0, 3, 1],
      [key('number')]: 7,
      'no-slash': good,
      '/no-bank': good,
      'no-question/': good,
      ['__proto__']: good,
    };
    const parsed = parseLeitner({ version: 1, cards });
    expect(parsed).toEqual({ version: 1, cards: { [key('ok')]: good } });
  });

  it('survives a hostile __proto__ key in stored JSON', () => {
    const parsed = parseLeitner(JSON.parse(`{"version":1,"cards":{"__proto__":{"box":1,"due":${DAY0},"seen":1,"missed":1}}}`));
    expect(parsed).toEqual(emptyLeitner());
    expect(Object.getPrototypeOf(parsed!.cards)).toBe(Object.prototype);
  });
});

describe('properties', () => {
  const answers = fc.array(fc.tuple(fc.constantFrom('q1', 'q2', 'q3', 'q4'), fc.boolean(), fc.integer({ min: 0, max: 20 })), { maxLength: 60 });

  it('every card stays in boxes 1-5, is due no earlier than the day it was answered, and reads back intact', () => {
    fc.assert(
      fc.property(answers, (steps) => {
        let s = emptyLeitner();
        let today = DAY0;
        for (const [q, ok, gap] of steps) {
          today += gap;
          s = recordAnswer(s, key(q), ok, today);
          const card = s.cards[key(q)];
          if (!card) {
            expect(ok).toBe(true);
            continue;
          }
          expect([1, 2, 3, 4, 5]).toContain(card.box);
          expect(card.due).toBeGreaterThanOrEqual(today);
          expect(card.due - today).toBeLessThanOrEqual(16);
          expect(card.missed).toBeLessThanOrEqual(card.seen);
          if (!ok) expect(card).toMatchObject({ box: 1, due: today });
        }
        expect(parseLeitner(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('a practice round holds every due card before any other, no repeats, within the count', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 6 }), (steps, later, count) => {
        const s = play(steps.map(([q, ok, d]) => [q, ok, d]));
        const today = DAY0 + later;
        const due = dueKeys(s, today, BANK).map((k) => splitCardKey(k)!.questionId);
        const round = practiceQuestionIds(s, BANK, today, count);
        expect(new Set(round).size).toBe(round.length);
        expect(round.length).toBe(Math.min(count, Object.keys(s.cards).length));
        expect(round.slice(0, due.length)).toEqual(due.slice(0, count));
        for (const k of dueKeys(s, today)) expect(s.cards[k]!.due).toBeLessThanOrEqual(today);
      }),
      { numRuns: 200 },
    );
  });
});
