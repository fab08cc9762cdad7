/** The round reducer, scenario by scenario, through the RoundHarness. */
import { describe, expect, it } from 'vitest';
import { createRound, timeLeftMs } from '../../src/core/round';
import { selectQuestions } from '../../src/core/select';
import { fixedQuestions } from '../harness/fixedQuestions';
import { RoundHarness } from '../harness/RoundHarness';
import { realBank } from '../harness/realBank';

const bank = realBank();
const T = 20_000;

describe('a round, driven through the harness', () => {
  it('plays a whole round from the first question to the summary', () => {
    const h = RoundHarness.fromBank(bank, { count: 3, timeLimitMs: T });
    h.expectPhase('ready');
    h.start('full-round').expectPhase('question').expectEffect('question', { index: 0 });
    expect(h.state.questions.map((rq) => rq.question.id)).toEqual(selectQuestions(bank, 3, 'full-round').map((rq) => rq.question.id));

    h.tick(100).wait(900).answerCorrect().expectPhase('feedback').expectEffect('sound', { sound: 'correct' }).expectEffect('feedback');
    h.expectLastAnswer({ correct: true, timedOut: false, elapsedMs: 1000, speedPoints: 975, streakBonus: 0, points: 975 });
    h.next().expectPhase('question').expectEffect('question', { index: 1 });

    h.wait(10_000).answerWrong().expectEffect('sound', { sound: 'wrong' }).expectLastAnswer({ correct: false, points: 0 });
    h.next().expectEffect('question', { index: 2 });

    h.answerCorrect().expectScore(975 + 1000).next();
    h.expectPhase('finished').expectEffect('sound', { sound: 'finish' });
    h.expectEffect('finished', { summary: { points: 1975, correct: 2, asked: 3, accuracy: 2 / 3, bestStreak: 1 } });
  });

  it('accepts answers by the letter the player sees', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(2, 1), { timeLimitMs: T }).start();
    h.answer('B').expectLastAnswer({ place: 1, correct: true });
    h.next().answer('C').expectLastAnswer({ place: 2, correct: false });
  });

  it('scores a correct answer by speed plus a streak bonus of +100 per answer, capped at +500', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(8), { timeLimitMs: T }).start();
    const expected = [1000, 1100, 1200, 1300, 1400, 1500, 1500, 1500];
    let total = 0;
    expected.forEach((points, i) => {
      h.answerCorrect().expectLastAnswer({ points, streak: i + 1 }).expectStreak(i + 1);
      total += points;
      h.expectScore(total).next();
    });
    h.expectPhase('finished').expectEffect('finished', { summary: { points: total, correct: 8, asked: 8, accuracy: 1, bestStreak: 8 } });
  });

  it('gives a slower correct answer fewer points, and 500 right at the buzzer', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(3), { timeLimitMs: T }).start();
    h.wait(5000).answerCorrect().expectLastAnswer({ speedPoints: 875, points: 875 }).next();
    h.wait(10_000).answerCorrect().expectLastAnswer({ speedPoints: 750, streakBonus: 100, points: 850 }).next();
    h.wait(T).answerCorrect().expectLastAnswer({ timedOut: false, speedPoints: 500, streakBonus: 200, points: 700 });
  });

  it('breaks the streak on a wrong answer, which scores nothing', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(4), { timeLimitMs: T }).start();
    h.answerCorrect().next().answerCorrect().expectStreak(2).expectScore(2100).next();
    h.answerWrong().expectStreak(0).expectScore(2100).expectLastAnswer({ correct: false, points: 0, speedPoints: 0, streakBonus: 0, streak: 0 });
    h.next().answerCorrect().expectStreak(1).expectLastAnswer({ streakBonus: 0, points: 1000 });
    expect(h.state.bestStreak).toBe(2);
  });

  it('times a question out on the tick that reaches the limit: 0 points, streak broken', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(3), { timeLimitMs: T }).start();
    h.answerCorrect().next().answerCorrect().expectStreak(2).next();
    // One ms before the limit the question is still open: the tick only counts down the last second.
    h.tick(T - 1).expectPhase('question').expectNoEffect('feedback').expectNoEffect('rejected');
    expect(h.effects).toEqual([{ type: 'sound', sound: 'tick' }, { type: 'countdown', secondsLeft: 1 }]);
    h.tick(1).expectPhase('feedback').expectEffect('sound', { sound: 'timeup' }).expectEffect('feedback');
    h.expectLastAnswer({ place: null, correct: false, timedOut: true, points: 0, elapsedMs: T, streak: 0 }).expectStreak(0).expectScore(2100);
    // The time-out is shown once: further ticks change nothing.
    const after = h.state;
    h.tick(5000);
    expect(h.state).toBe(after);
    expect(h.state.answers).toHaveLength(3);
  });

  it('treats an answer that arrives after the deadline as a time-out', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(2), { timeLimitMs: T }).start();
    h.answerCorrect().expectStreak(1).next();
    // No tick came in time (a stalled tab); the click lands 1 ms late.
    h.wait(T + 1).answerCorrect();
    h.expectEffect('rejected', { action: 'answer', reason: 'late' }).expectEffect('sound', { sound: 'timeup' }).expectNoEffect('paused');
    h.expectPhase('feedback').expectLastAnswer({ correct: false, timedOut: true, points: 0, place: null }).expectStreak(0).expectScore(1000);
  });

  it('stops the clock while paused: paused time neither costs points nor times out', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(2), { timeLimitMs: T }).start();
    h.tick(5000).pause().expectPhase('paused').expectEffect('paused');
    h.tick(10 * T).expectPhase('paused').expectNoEffects();
    h.resume().expectPhase('question').expectEffect('resumed');
    h.tick(0).expectPhase('question');
    h.answerCorrect().expectLastAnswer({ elapsedMs: 5000, speedPoints: 875, timedOut: false });
  });

  it('freezes the time left shown to the player while paused', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(1), { timeLimitMs: T }).start();
    expect(timeLeftMs(h.state, h.now)).toBe(T);
    h.tick(4000);
    expect(timeLeftMs(h.state, h.now)).toBe(T - 4000);
    h.pause().wait(30_000);
    expect(timeLeftMs(h.state, h.now)).toBe(T - 4000);
    h.resume().wait(1000);
    expect(timeLeftMs(h.state, h.now)).toBe(T - 5000);
    h.wait(60_000);
    expect(timeLeftMs(h.state, h.now)).toBe(0);
    expect(timeLeftMs(RoundHarness.fromQuestions(fixedQuestions(1), { timeLimitMs: null }).start().state, 0)).toBeNull();
  });

  it('keeps the time left across a pause: the question times out when the unpaused time reaches the limit', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(1), { timeLimitMs: T }).start();
    h.tick(3000).pause().wait(60_000).resume().pause().wait(1000).resume();
    h.tick(T - 3000 - 1).expectPhase('question');
    h.tick(1).expectPhase('feedback').expectLastAnswer({ timedOut: true });
  });

  it('refuses answers while paused', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(1), { timeLimitMs: T }).start().pause();
    const paused = h.state;
    h.answerCorrect().expectEffect('rejected', { action: 'answer', reason: 'wrong-phase' });
    expect(h.state).toBe(paused);
  });

  it.each([
    ['ready', (h: RoundHarness) => h, ['answer', 'next', 'pause', 'resume']],
    ['question', (h: RoundHarness) => h.start(), ['start', 'next', 'resume']],
    ['paused', (h: RoundHarness) => h.start().pause(), ['start', 'answer', 'next', 'pause']],
    ['feedback', (h: RoundHarness) => h.start().answerCorrect(), ['start', 'answer', 'pause', 'resume']],
    ['finished', (h: RoundHarness) => h.start().answerCorrect().next(), ['start', 'answer', 'next', 'pause', 'resume']],
  ] as const)('in %s, refuses out-of-place actions without changing anything', (_phase, setUp, refused) => {
    const h = setUp(RoundHarness.fromQuestions(fixedQuestions(1), { timeLimitMs: T }));
    const before = h.state;
    for (const type of refused) {
      if (type === 'answer') h.answerCorrect();
      else h.dispatch({ type, now: h.now });
      expect(h.effects).toEqual([{ type: 'rejected', action: type, reason: 'wrong-phase' }]);
      expect(h.state).toBe(before);
    }
  });

  it('ignores ticks outside a question', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(1), { timeLimitMs: T });
    h.tick(10 * T).expectPhase('ready').expectNoEffects();
    h.start().answerWrong().tick(10 * T).expectPhase('feedback').expectNoEffects().expectScore(0);
  });

  it.each([[-1], [4], [1.5], [Number.NaN]])('refuses a place that is not on screen (%s)', (place) => {
    const h = RoundHarness.fromQuestions(fixedQuestions(1), { timeLimitMs: T }).start();
    const before = h.state;
    h.answer(place).expectEffect('rejected', { action: 'answer', reason: 'bad-response' });
    expect(h.effects).toHaveLength(1);
    expect(h.state).toBe(before);
  });

  it('refuses an answer of the wrong kind for a card question (a number, a date, a map tap)', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(1), { timeLimitMs: T }).start();
    const before = h.state;
    for (const response of [{ kind: 'number', value: 2 }, { kind: 'date', value: '2025' }, { kind: 'point', lat: 0, lon: 0 }] as const) {
      h.respond(response);
      expect(h.effects).toEqual([{ type: 'rejected', action: 'answer', reason: 'bad-response' }]);
      expect(h.state).toBe(before);
    }
  });

  it('never times out an untimed round, and scores by streak only', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(2), { timeLimitMs: null }).start();
    h.tick(60 * 60_000).expectPhase('question').expectNoEffects();
    h.wait(24 * 60 * 60_000).answerCorrect().expectNoEffect('rejected').expectLastAnswer({ timedOut: false, speedPoints: 1000, points: 1000 });
    h.next().tick(10 * 60_000).answerCorrect().expectLastAnswer({ points: 1100 });
  });

  it('uses a 20 s limit when the config gives none', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(1)).start();
    h.tick(19_999).expectPhase('question').tick(1).expectLastAnswer({ timedOut: true });
  });

  it('refuses to create a round with no questions', () => {
    expect(() => createRound([])).toThrow();
    // A broken setting must not make a round that scores NaN and never times out.
    for (const bad of [Number.NaN, 0, -5, Infinity]) expect(() => createRound(fixedQuestions(2), { timeLimitMs: bad })).toThrow(/time limit/);
    expect(createRound(fixedQuestions(2), { timeLimitMs: null }).timeLimitMs).toBeNull();
  });
});

describe('marking a question as looking wrong', () => {
  it('marks the answer on its feedback, takes the mark back on a second press, and changes no score', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(2, 1), { timeLimitMs: T }).start();
    h.answer('B');
    const points = h.state.points;
    h.dispatch({ type: 'flag' }).expectEffect('flagged', { questionId: h.state.answers[0]!.questionId, on: true }).expectLastAnswer({ flagged: true });
    expect(h.state.points).toBe(points);
    h.dispatch({ type: 'flag' }).expectEffect('flagged', { on: false });
    expect(h.state.answers[0]).not.toHaveProperty('flagged');
    h.dispatch({ type: 'flag' }).next().answer('C');
    expect(h.state.answers.map((a) => a.flagged === true)).toEqual([true, false]);
  });

  it('is refused while a question is open or paused: the mark is for an answered question', () => {
    const h = RoundHarness.fromQuestions(fixedQuestions(2, 1), { timeLimitMs: T }).start();
    h.dispatch({ type: 'flag' }).expectEffect('rejected', { action: 'flag', reason: 'wrong-phase' });
    h.pause().dispatch({ type: 'flag' }).expectEffect('rejected', { action: 'flag', reason: 'wrong-phase' });
    expect(h.state.answers).toHaveLength(0);
  });
});
