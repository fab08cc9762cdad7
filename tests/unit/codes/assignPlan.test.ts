/**
 * Planning an assignment from the teacher's form: the questions the students get, the settings
 * locked in the link, extra time, and each thing the teacher has to fix before there is a link.
 */
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/bank/schema';
import { playableQuestions } from '../../../src/core/bank/playable';
import { decodeAssignment, MAX_LINK_CODE, pruneBank } from '../../../src/core/codes/assignment';
import { planAssignment, parseExtraTime, type AssignChoices, type AssignPlan } from '../../../src/core/codes/assignPlan';
import { BUILT_IN, SMALL_BANK_IDS, smallBank } from './fixtures';

const choices = (over: Partial<AssignChoices> = {}): AssignChoices => ({
  bank: BUILT_IN,
  carryBank: false,
  title: 'Beijing quiz',
  count: '4',
  picked: [],
  mode: 'accuracy',
  timeLimit: '20',
  lang: '',
  extraTime: '',
  due: '',
  now: Date.UTC(2025, 9, 1, 8, 0),
  ...over,
});

const made = (plan: AssignPlan) => {
  if (!plan.ok) throw new Error(`no link: ${JSON.stringify(plan.problems)}`);
  return plan;
};
const problemsOf = (plan: AssignPlan) => (plan.ok ? [] : plan.problems);
const playableIds = (bank: Bank) => playableQuestions(bank).map((q) => q.id);

describe('a link from the form', () => {
  it('locks the chosen settings into a code the game reads back unchanged', () => {
    const plan = made(planAssignment(choices({ mode: 'practice', timeLimit: '45', lang: 'fr', due: '2025-10-15', extraTime: 'Ana = 2' })));
    const back = decodeAssignment(plan.code);
    expect(back.ok && back.assignment).toEqual(plan.assignment);
    expect(plan.assignment).toMatchObject({ title: 'Beijing quiz', bankId: BUILT_IN.id, bank: null, mode: 'practice', timeLimitS: 45, lang: 'fr', due: '2025-10-15', extraTime: { ana: 2 } });
    expect(plan.bank).toBe(BUILT_IN);
  });

  it('picks the asked number of different playable questions at random', () => {
    const plan = made(planAssignment(choices({ count: '4' })));
    expect(plan.assignment.questionIds).toHaveLength(4);
    expect(new Set(plan.assignment.questionIds).size).toBe(4);
    for (const id of plan.assignment.questionIds) expect(playableIds(BUILT_IN)).toContain(id);
  });

  it('gives each assignment its own seed and questions, and the same ones for the same moment', () => {
    const at = (now: number) => made(planAssignment(choices({ count: '6', now }))).assignment;
    const first = at(1_000);
    expect(first.seed).toMatch(/^[0-9a-z]{1,8}$/);
    expect(at(1_000)).toEqual(first);
    const others = [2_000, 3_000, 4_000].map(at);
    expect(others.map((a) => a.seed)).not.toContain(first.seed);
    expect(others.some((a) => a.questionIds.join() !== first.questionIds.join())).toBe(true);
  });

  it('keeps the questions ticked by hand, in the bank\'s order, and drops ticks the bank cannot play', () => {
    const ids = playableIds(BUILT_IN);
    const plan = made(planAssignment(choices({ picked: [ids[2]!, 'no-such-question', ids[5]!], count: '10' })));
    expect(plan.assignment.questionIds).toEqual([ids[2], ids[5]]);
  });

  it('leaves out questions on facts nobody approved, whether picked by hand or at random', () => {
    const bank = smallBank();
    const held = bank.questions.find((q) => q.id === 'q-where-beijing')!;
    const unreviewed: Bank = { ...bank, facts: bank.facts.map((f) => (f.id === held.factId ? { ...f, review: 'needs_review' } : f)) };
    expect(made(planAssignment(choices({ bank: unreviewed, picked: [held.id, 'q-speaker-kim-pledge'] }))).assignment.questionIds).toEqual(['q-speaker-kim-pledge']);
    expect(made(planAssignment(choices({ bank: unreviewed, count: '50' }))).assignment.questionIds).not.toContain(held.id);
  });

  it('reads the number of questions as a form gives it: empty means ten, and it stays between one and the bank\'s size', () => {
    const count = (typed: string, bank = BUILT_IN) => made(planAssignment(choices({ count: typed, bank }))).assignment.questionIds.length;
    expect(count('')).toBe(10);
    expect(count('-3')).toBe(1);
    expect(count('999', smallBank())).toBe(3);
  });

  it('keeps the time per question between 5 and 600 seconds, and no limit when left empty', () => {
    const time = (typed: string) => made(planAssignment(choices({ timeLimit: typed }))).assignment.timeLimitS;
    expect([time('2'), time('45'), time('9999'), time('')]).toEqual([5, 45, 600, null]);
  });

  it('names the assignment after the bank when the title is left blank, and trims a typed one', () => {
    expect(made(planAssignment(choices({ title: '   ' }))).assignment.title).toBe(BUILT_IN.title);
    expect(made(planAssignment(choices({ title: '  Quiz 3 ' }))).assignment.title).toBe('Quiz 3');
  });
});

describe('a bank saved on this device travels inside the link', () => {
  const withTwoLanguages = (): Bank => ({ ...pruneBank(BUILT_IN, SMALL_BANK_IDS, ['de', 'fr']), id: 'my-class-bank', title: 'Class bank' });

  it('cut to the chosen questions and their facts', () => {
    const plan = made(planAssignment(choices({ bank: withTwoLanguages(), carryBank: true, picked: ['q-where-beijing', 'q-speaker-kim-pledge'] })));
    expect(plan.assignment.bankId).toBeNull();
    expect(plan.assignment.bank!.questions.map((q) => q.id)).toEqual(['q-speaker-kim-pledge', 'q-where-beijing']);
    expect(plan.assignment.bank!.facts.map((f) => f.id).sort()).toEqual([...new Set(plan.assignment.bank!.questions.map((q) => q.factId))].sort());
    const back = decodeAssignment(plan.code);
    expect(back.ok && back.assignment.bank?.questions.map((q) => q.id)).toEqual(['q-speaker-kim-pledge', 'q-where-beijing']);
  });

  it('with the translation into a fixed language only, and none when students choose', () => {
    const bank = withTwoLanguages();
    expect(Object.keys(bank.translations).sort()).toEqual(['de', 'fr']);
    const one = { bank, carryBank: true, picked: ['q-speaker-kim-pledge'] };
    const fixed = made(planAssignment(choices({ ...one, lang: 'de' }))).assignment.bank!;
    expect(Object.keys(fixed.translations)).toEqual(['de']);
    expect(Object.keys(fixed.translations.de!.questions)).toEqual(['q-speaker-kim-pledge']);
    expect(made(planAssignment(choices({ ...one, lang: '' }))).assignment.bank!.translations).toEqual({});
  });

  it('and a device bank too big for a link is named by its id, for the students to open as a file', () => {
    const plan = made(planAssignment(choices({ bank: BUILT_IN, carryBank: true, count: '50' })));
    expect(plan.byFile).toBe(true);
    expect(plan.assignment).toMatchObject({ bankId: BUILT_IN.id, bank: null });
    expect(plan.code.length).toBeLessThanOrEqual(MAX_LINK_CODE);
    // One that fits still travels inside the link.
    expect(made(planAssignment(choices({ bank: BUILT_IN, carryBank: true, picked: ['q-speaker-kim-pledge'] }))).byFile).toBe(false);
  });
});

describe('what the teacher has to fix', () => {
  it('no bank, or a bank with nothing playable: no questions to choose', () => {
    expect(problemsOf(planAssignment(choices({ bank: null })))).toEqual([{ code: 'noQuestions' }]);
    const bank = smallBank();
    const nothingApproved: Bank = { ...bank, facts: bank.facts.map((f) => ({ ...f, review: 'auto' })) };
    expect(problemsOf(planAssignment(choices({ bank: nothingApproved })))).toEqual([{ code: 'noQuestions' }]);
  });

  it('every problem at once, with the extra time line that is wrong', () => {
    const plan = planAssignment(choices({ extraTime: 'Ana = 2\n\nBo = twice', due: '15.10.2025' }));
    expect(problemsOf(plan)).toEqual([{ code: 'badExtraTime', line: 3 }, { code: 'badDue' }]);
  });

  it('extra time the game does not offer is named by its line; a value the link cannot carry is refused, not encoded', () => {
    // The game offers only 1, 1.5, 2, 3 and 10 times the time: 4 is a bad line, not a link too large.
    expect(problemsOf(planAssignment(choices({ extraTime: 'Ana = 2\nBo = 4' })))).toEqual([{ code: 'badExtraTime', line: 2 }]);
    expect(problemsOf(planAssignment(choices({ due: '2025-13-45' })))).toEqual([{ code: 'invalid', max: MAX_LINK_CODE }]);
  });
});

describe('extra time per student', () => {
  it('reads "Name = n" lines in the ways teachers write them, names folded as the game matches them', () => {
    expect(parseExtraTime('Ana = 2\n  Zoë  Ångström : 1,5 \n\nCHEN=×3\nDeniz: 10×\n')).toEqual({ ok: true, value: { ana: 2, 'zoë ångström': 1.5, chen: 3, deniz: 10 } });
  });

  it('says which line is wrong: a missing name or number, or a number outside 1 to 10', () => {
    expect(parseExtraTime('Ana = 2\n= 2')).toEqual({ ok: false, line: 2 });
    expect(parseExtraTime('Ana')).toEqual({ ok: false, line: 1 });
    expect(parseExtraTime('Ana = 2\nBo = 0.5')).toEqual({ ok: false, line: 2 });
    expect(parseExtraTime('\n\nAna = 11')).toEqual({ ok: false, line: 3 });
  });

  it('nothing typed is no extra time', () => {
    expect(parseExtraTime('  \n')).toEqual({ ok: true, value: {} });
  });
});
