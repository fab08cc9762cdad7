/**
 * The round reducer with the new question types and modes, through the RoundHarness on the real
 * bank: every type answered right and wrong, partial credit, accuracy and practice modes, the
 * countdown in the last five seconds, and answers refused as not fitting the question.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type QuestionType } from '../../src/core/bank/constants';
import type { Response } from '../../src/core/judge';
import type { RoundEffect } from '../../src/core/round';
import type { RoundQuestion } from '../../src/core/select';
import { timeLimitMs } from '../../src/core/settings';
import { roundQuestionById, roundQuestionOfType } from '../harness/byType';
import { RoundHarness } from '../harness/RoundHarness';
import { realBank } from '../harness/realBank';
import { ONE_OF_EACH_KIND, KIND_FOR_TYPE, rightResponse, wrongResponse } from '../harness/responses';

const bank = realBank();
const T = 20_000;
const isCard = (type: QuestionType) => type === 'choice' || type === 'truefalse';
const countdowns = (effects: readonly RoundEffect[]) => effects.flatMap((e) => (e.type === 'countdown' ? [e.secondsLeft] : []));
const tickSounds = (effects: readonly RoundEffect[]) => effects.filter((e) => e.type === 'sound' && e.sound === 'tick').length;

// Real bank questions with known answers.
const troops = () => roundQuestionById(bank, 'q-est-troops-deployed'); // 13,000
const meeting = () => roundQuestionById(bank, 'q-when-meeting'); // 2025-09-03, by the day
const twiceTheTroops: Response = { kind: 'number', value: 26_000 };
const TWICE_CREDIT = 1 - Math.log10(2); // about 0.699: partly right, not right

describe('each question type through a round on the real bank', () => {
  it.each(QUESTION_TYPES)('%s: the exact answer is right: full credit, the correct sound, points for speed', (type) => {
    const rq = roundQuestionOfType(bank, type);
    const h = RoundHarness.fromQuestions([rq], { timeLimitMs: T }).start();
    h.wait(5000).answerCorrect().expectPhase('feedback').expectEffect('sound', { sound: 'correct' }).expectEffect('feedback');
    h.expectLastAnswer({
      questionId: rq.question.id,
      response: rightResponse(rq),
      place: isCard(type) ? rq.correctPlace : null,
      credit: 1,
      correct: true,
      timedOut: false,
      elapsedMs: 5000,
      speedPoints: 875,
      points: 875,
      streak: 1,
    });
    expect(h.lastAnswer?.judgement).toMatchObject({ credit: 1, correct: true });
    h.next().expectPhase('finished').expectEffect('finished', { summary: { points: 875, correct: 1, asked: 1, accuracy: 1, bestStreak: 1 } });
  });

  it.each(QUESTION_TYPES)('%s: a clearly wrong answer earns nothing, plays the wrong sound and breaks the streak', (type) => {
    const rq = roundQuestionOfType(bank, type);
    const warmUp = roundQuestionOfType(bank, 'choice', 'warm-up');
    const h = RoundHarness.fromQuestions([warmUp, rq], { timeLimitMs: T }).start();
    h.answerCorrect().expectStreak(1).next();
    h.wait(2000).answerWrong().expectEffect('sound', { sound: 'wrong' }).expectStreak(0).expectScore(1000);
    h.expectLastAnswer({ response: wrongResponse(rq), credit: 0, correct: false, timedOut: false, points: 0, speedPoints: 0, streakBonus: 0, streak: 0 });
  });

  it('plays rounds drawn from the real bank with every type in them, all right and then all wrong', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), (seed) => {
        const right = RoundHarness.fromBank(bank, { count: 10, timeLimitMs: T }).start(seed);
        expect(new Set(right.state.questions.map((rq) => rq.question.type)).size).toBe(QUESTION_TYPES.length);
        for (let i = 0; i < 10; i++) right.answerCorrect().expectNoEffect('rejected').next();
        right.expectPhase('finished').expectEffect('finished', { summary: { points: 10 * 1000 + 100 + 200 + 300 + 400 + 5 * 500, correct: 10, asked: 10, accuracy: 1, bestStreak: 10 } });

        const wrong = RoundHarness.fromBank(bank, { count: 10, timeLimitMs: T }).start(seed);
        for (let i = 0; i < 10; i++) wrong.answerWrong().expectNoEffect('rejected').next();
        wrong.expectPhase('finished').expectEffect('finished', { summary: { points: 0, correct: 0, asked: 10, accuracy: 0, bestStreak: 0 } });
      }),
      { numRuns: 100 },
    );
  });
});

describe('classic mode: partial credit', () => {
  it('scores round(speed points x credit): twice the troops at 5 s of 20 s earns round(875 x 0.699)', () => {
    const h = RoundHarness.fromQuestions([troops()], { timeLimitMs: T, mode: 'classic' }).start();
    h.wait(5000).respond(twiceTheTroops);
    h.expectLastAnswer({ credit: TWICE_CREDIT, correct: false, speedPoints: Math.round(875 * TWICE_CREDIT), streakBonus: 0, points: 612 });
    expect(h.lastAnswer?.judgement).toMatchObject({ ratio: 2 });
  });

  it('counts a partly right answer as not right: the wrong sound, the streak broken, but its points kept', () => {
    const h = RoundHarness.fromQuestions([roundQuestionOfType(bank, 'choice'), troops()], { timeLimitMs: T }).start();
    h.answerCorrect().expectStreak(1).next();
    h.respond(twiceTheTroops).expectEffect('sound', { sound: 'wrong' }).expectStreak(0);
    h.expectScore(1000 + Math.round(1000 * TWICE_CREDIT));
    expect(h.state.correct).toBe(1);
  });

  it('counts a close-enough answer as right: it keeps the streak and earns the bonus on top of its partial points', () => {
    const h = RoundHarness.fromQuestions([roundQuestionOfType(bank, 'choice'), meeting()], { timeLimitMs: T }).start();
    h.answerCorrect().next();
    // Two days off a day-precision date: credit 1 - 2/30.
    h.respond({ kind: 'date', value: '2025-09-05' }).expectEffect('sound', { sound: 'correct' });
    h.expectLastAnswer({ correct: true, credit: 1 - 2 / 30, speedPoints: Math.round(1000 * (1 - 2 / 30)), streakBonus: 100, points: 933 + 100, streak: 2 });
  });
});

describe('accuracy mode', () => {
  it('has no speed factor: points are round(1000 x credit), however long the player takes', () => {
    const h = RoundHarness.fromQuestions([troops(), troops(), meeting()], { timeLimitMs: T, mode: 'accuracy' }).start();
    h.wait(19_000).answerCorrect().expectLastAnswer({ credit: 1, speedPoints: 1000, points: 1000 }).next();
    h.wait(15_000).respond(twiceTheTroops).expectLastAnswer({ speedPoints: Math.round(1000 * TWICE_CREDIT), points: 699 }).next();
    h.wait(T).respond({ kind: 'date', value: '2025-09-05' }).expectLastAnswer({ timedOut: false, points: 933 });
  });

  it('gives no streak bonus, though it still counts the streak', () => {
    const h = RoundHarness.fromQuestions([0, 1, 2, 3, 4, 5].map((i) => roundQuestionOfType(bank, QUESTION_TYPES[i % 5]!)), { timeLimitMs: T, mode: 'accuracy' }).start();
    for (let i = 1; i <= 6; i++) h.wait(1000 * i).answerCorrect().expectLastAnswer({ streak: i, streakBonus: 0, points: 1000 }).next();
    h.expectPhase('finished').expectEffect('finished', { summary: { points: 6000, correct: 6, asked: 6, accuracy: 1, bestStreak: 6 } });
  });

  it('still times out at the limit, for nothing', () => {
    const h = RoundHarness.fromQuestions([troops()], { timeLimitMs: T, mode: 'accuracy' }).start();
    h.tick(T).expectEffect('sound', { sound: 'timeup' }).expectLastAnswer({ timedOut: true, credit: 0, points: 0, response: null, judgement: null });
  });
});

describe('practice mode', () => {
  const untimed = timeLimitMs({ mode: 'practice', timeLimitS: 10, timeMultiplier: 1 });

  it('is untimed whatever the time setting, and so never times out or counts down', () => {
    expect(untimed).toBeNull();
    const h = RoundHarness.fromQuestions([troops(), meeting()], { timeLimitMs: untimed, mode: 'practice' }).start();
    for (const ms of [1000, 60_000, 60 * 60_000, 24 * 60 * 60_000]) h.tick(ms).expectPhase('question').expectNoEffects();
    h.answerCorrect().expectNoEffect('rejected').expectLastAnswer({ timedOut: false, points: 1000 }).next();
    h.tick(7 * 24 * 60 * 60_000).expectNoEffects().answerCorrect().expectLastAnswer({ timedOut: false });
    expect(countdowns(h.allEffects)).toEqual([]);
  });

  it('scores like accuracy mode: round(1000 x credit), no streak bonus', () => {
    const h = RoundHarness.fromQuestions([meeting(), troops(), troops()], { timeLimitMs: untimed, mode: 'practice' }).start();
    h.wait(30_000).answerCorrect().expectLastAnswer({ points: 1000, streak: 1 }).next();
    h.answerCorrect().expectLastAnswer({ points: 1000, streakBonus: 0, streak: 2 }).next();
    h.respond(twiceTheTroops).expectLastAnswer({ points: 699, streak: 0 });
  });
});

describe('the countdown in the last five seconds', () => {
  const L = 10_000;

  it('announces 5, 4, 3, 2, 1 exactly once each, each with a tick sound, then times out', () => {
    const h = RoundHarness.fromQuestions([troops()], { timeLimitMs: L }).start();
    const heard: [number, number][] = [];
    while (h.state.phase === 'question') {
      h.tick(100);
      for (const s of countdowns(h.effects)) heard.push([s, L - h.now]);
      expect(tickSounds(h.effects)).toBe(countdowns(h.effects).length);
    }
    // Each second is announced on the first tick that reaches it: 5 s left, 4 s left...
    expect(heard).toEqual([[5, 5000], [4, 4000], [3, 3000], [2, 2000], [1, 1000]]);
    h.expectEffect('sound', { sound: 'timeup' }).expectNoEffect('countdown');
  });

  it('says nothing with more than five seconds left', () => {
    const h = RoundHarness.fromQuestions([troops()], { timeLimitMs: L }).start();
    h.tick(L - 5001).expectNoEffects().tick(1).expectEffect('countdown', { secondsLeft: 5 }).expectEffect('sound', { sound: 'tick' });
    h.tick(0).expectNoEffects().tick(999).expectNoEffects().tick(1).expectEffect('countdown', { secondsLeft: 4 });
  });

  it('never repeats a second or goes up, whatever the frame rate', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2500 }), { minLength: 1, maxLength: 200 }), (frames) => {
        const h = RoundHarness.fromQuestions([troops()], { timeLimitMs: L }).start();
        for (const ms of frames) {
          if (h.state.phase !== 'question') break;
          h.tick(ms);
          expect(countdowns(h.effects).length).toBeLessThanOrEqual(1);
          // Only ever the second actually reached.
          for (const s of countdowns(h.effects)) expect(s).toBe(Math.ceil((L - h.now) / 1000));
        }
        const heard = countdowns(h.allEffects);
        heard.forEach((s, i) => {
          expect(s).toBeGreaterThanOrEqual(1);
          expect(s).toBeLessThanOrEqual(5);
          if (i > 0) expect(s).toBeLessThan(heard[i - 1]!);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('stays silent on an untimed question', () => {
    const h = RoundHarness.fromQuestions([troops()], { timeLimitMs: null }).start();
    for (let i = 0; i < 100; i++) h.tick(1000).expectNoEffects();
  });

  it('stays silent while paused, then goes on from where it was without repeating', () => {
    const h = RoundHarness.fromQuestions([troops()], { timeLimitMs: L }).start();
    h.tick(L - 4000).expectEffect('countdown', { secondsLeft: 4 }).pause();
    for (let i = 0; i < 50; i++) h.tick(1000).expectNoEffects();
    h.resume().tick(0).expectNoEffects().tick(999).expectNoEffects().tick(1).expectEffect('countdown', { secondsLeft: 3 });
    expect(countdowns(h.allEffects)).toEqual([4, 3]);
  });

  it('starts again from 5 on the next question, and stops once a question is answered', () => {
    const h = RoundHarness.fromQuestions([troops(), meeting()], { timeLimitMs: L }).start();
    h.tick(L - 2000).expectEffect('countdown', { secondsLeft: 2 }).answerCorrect();
    h.tick(1000).expectNoEffects().tick(5000).expectNoEffects();
    h.next();
    for (let i = 0; i < 100 && h.state.phase === 'question'; i++) h.tick(100);
    expect(countdowns(h.allEffects)).toEqual([2, 5, 4, 3, 2, 1]);
  });
});

describe('an answer that does not fit the question is refused as bad-response, and changes nothing', () => {
  const misfits = (rq: RoundQuestion): Response[] => {
    const others = ONE_OF_EACH_KIND.filter((r) => r.kind !== KIND_FOR_TYPE[rq.question.type]);
    const special: Record<QuestionType, Response[]> = {
      choice: [{ kind: 'choice', place: 4 }, { kind: 'choice', place: -1 }, { kind: 'choice', place: 0.5 }],
      truefalse: [{ kind: 'choice', place: 2 }, { kind: 'choice', place: 3 }],
      estimate: [{ kind: 'number', value: Number.NaN }, { kind: 'number', value: Infinity }],
      when: [{ kind: 'date', value: '2025-02-30' }, { kind: 'date', value: 'soon' }, { kind: 'date', value: '' }],
      where: [{ kind: 'point', lat: 91, lon: 0 }, { kind: 'point', lat: 0, lon: Number.NaN }],
    };
    return [...others, ...special[rq.question.type]];
  };

  it.each(QUESTION_TYPES)('%s', (type) => {
    const rq = roundQuestionOfType(bank, type);
    const h = RoundHarness.fromQuestions([rq], { timeLimitMs: T }).start().wait(5000);
    const before = h.state;
    for (const r of misfits(rq)) {
      h.respond(r);
      expect(h.effects, JSON.stringify(r)).toEqual([{ type: 'rejected', action: 'answer', reason: 'bad-response' }]);
      expect(h.state).toBe(before);
    }
    // The question is still open, and the right answer scores as if nothing had happened.
    h.answerCorrect().expectLastAnswer({ correct: true, points: 875 });
    expect(h.state.answers).toHaveLength(1);
  });

  it('refuses the wrong kind of answer even after the deadline: the question then times out on the next tick', () => {
    const h = RoundHarness.fromQuestions([meeting()], { timeLimitMs: T }).start();
    const before = h.state;
    h.wait(T + 1).respond({ kind: 'number', value: 2025 }).expectEffect('rejected', { reason: 'bad-response' }).expectNoEffect('feedback');
    expect(h.state).toBe(before);
    h.tick(0).expectLastAnswer({ timedOut: true, points: 0 });
  });
});
