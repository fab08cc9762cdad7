/**
 * The live game's rules as pure code (src/live): a room of players answering the same questions
 * on one clock, scored by the core's own round reducer, judge and scoring.
 */
import { rightResponse, wrongResponse } from '../harness/responses';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema';
import { judge, type Response } from '../../src/core/judge';
import { createRound, roundReducer } from '../../src/core/round';
import { answerPoints, streakBonus } from '../../src/core/scoring';
import { arrange, selectQuestions, type RoundQuestion } from '../../src/core/select';
import { createRng } from '../../src/core/rng';
import { liveReducer, scoredElapsedMs } from '../../src/live/game';
import { publicQuestion, revealedAnswer } from '../../src/live/publicQuestion';
import { roomTally } from '../../src/live/reveal';
import { createLiveGame, type LiveAction, type LiveState } from '../../src/live/state';
import { playerResult, standings } from '../../src/live/standings';
import { BANK } from './helpers';

const T0 = 1_000_000;
const questions = selectQuestions(BANK, 5, 'seed');

function run(state: LiveState, ...actions: LiveAction[]) {
  const effects = [];
  for (const a of actions) {
    const step = liveReducer(state, a);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const join = (id: string, name = id, now = T0): LiveAction => ({ type: 'join', playerId: id, name, token: `token-${id}-0123456789`, now });

/** The right response, or a wrong one, to a round question (the harness's, shared with the solo tests). */
const respond = (rq: RoundQuestion, right: boolean): Response => (right ? rightResponse(rq) : wrongResponse(rq));

describe('a live game', () => {
  it('scores each player exactly as the core scores a round with the same answers at the same (grace-rounded) times', () => {
    let { state } = run(createLiveGame(questions, { timeLimitMs: 20_000 }), join('a'), join('b'), { type: 'start', now: T0 });
    const plan = [
      [1_300, true, 4_000, true],
      [700, true, 19_900, false],
      [250, false, 12_345, true],
      [20_100, true, 5_000, true],
      [3_000, true, 3_001, true],
    ] as const;
    let solo = roundReducer(createRound(questions, { timeLimitMs: 20_000 }), { type: 'start', now: T0 }).state;
    let expected = 0;
    let streak = 0;
    for (let i = 0; i < plan.length; i++) {
      const [atA, rightA, atB, rightB] = plan[i]!;
      const opened = state.openedAt;
      const rq = questions[i]!;
      state = run(state, { type: 'answer', playerId: 'a', index: i, response: respond(rq, rightA), now: opened + atA }, { type: 'answer', playerId: 'b', index: i, response: respond(rq, rightB), now: opened + atB }).state;
      expect(state.phase).toBe('reveal');
      // By hand, from the core's judge and scoring functions.
      const j = judge(rq.question, rq.correctPlace, rq.order.length, respond(rq, rightA))!;
      streak = j.correct ? streak + 1 : 0;
      const scoredAt = Math.min(20_000, Math.floor(atA / 250) * 250);
      expected += answerPoints('classic', j.credit, scoredAt, 20_000) + (j.correct ? streakBonus(streak) : 0);
      expect(playerResult(state, 'a')!.total).toBe(expected);
      // And the same as a solo round answered at those times.
      solo = roundReducer(solo, { type: 'answer', response: respond(rq, rightA), now: solo.shownAt + scoredAt }).state;
      expect(state.players[0]!.round.points).toBe(solo.points);
      solo = roundReducer(solo, { type: 'next', now: T0 }).state;
      state = run(state, { type: 'next', now: opened + 30_000 }).state;
    }
    expect(state.phase).toBe('podium');
  });

  it('rounds arrival times down to the grace window, counts answers up to one window late as at the limit, and refuses later ones', () => {
    const g = createLiveGame(questions, { timeLimitMs: 10_000, graceMs: 250 });
    const { state } = run(g, join('a'), { type: 'start', now: T0 });
    expect(scoredElapsedMs(state, T0 + 1_251)).toBe(scoredElapsedMs(state, T0 + 1_499));
    expect(scoredElapsedMs(state, T0 + 1_499)).toBeLessThan(scoredElapsedMs(state, T0 + 1_500));
    expect(scoredElapsedMs(state, T0 + 10_200)).toBe(10_000);
    const late = run(state, { type: 'answer', playerId: 'a', index: 0, response: respond(questions[0]!, true), now: T0 + 10_251 });
    expect(late.effects).toEqual([{ type: 'refused', action: 'answer', reason: 'late' }]);
    const inGrace = run(state, { type: 'answer', playerId: 'a', index: 0, response: respond(questions[0]!, true), now: T0 + 10_249 });
    expect(inGrace.effects.map((e) => e.type)).toEqual(['accepted', 'closed']);
  });

  it('takes one answer per player, for the open question only', () => {
    let { state } = run(createLiveGame(questions), join('a'), join('b'), { type: 'start', now: T0 });
    state = run(state, { type: 'answer', playerId: 'a', index: 0, response: respond(questions[0]!, false), now: T0 + 100 }).state;
    expect(run(state, { type: 'answer', playerId: 'a', index: 0, response: respond(questions[0]!, true), now: T0 + 200 }).effects).toEqual([{ type: 'refused', action: 'answer', reason: 'already-answered' }]);
    expect(run(state, { type: 'answer', playerId: 'b', index: 1, response: respond(questions[0]!, true), now: T0 + 200 }).effects).toEqual([{ type: 'refused', action: 'answer', reason: 'wrong-question' }]);
    expect(run(state, { type: 'answer', playerId: 'zz', index: 0, response: respond(questions[0]!, true), now: T0 + 200 }).effects[0]).toMatchObject({ reason: 'unknown-player' });
  });

  it('keeps the board still while a question is open', () => {
    let { state } = run(createLiveGame(questions), join('a'), join('b'), { type: 'start', now: T0 });
    state = run(state, { type: 'answer', playerId: 'a', index: 0, response: respond(questions[0]!, true), now: T0 + 100 }).state;
    expect(standings(state).map((s) => s.points)).toEqual([0, 0]);
    expect(playerResult(state, 'a')).toBeNull();
    state = run(state, { type: 'close', now: T0 + 200 }).state;
    expect(standings(state)[0]).toMatchObject({ playerId: 'a', rank: 1, correct: 1, asked: 1 });
    expect(standings(state)[0]!.points).toBeGreaterThan(0);
  });

  it('closes when every connected player has answered, without waiting for those who left', () => {
    let { state } = run(createLiveGame(questions), join('a'), join('b'), join('c'), { type: 'start', now: T0 });
    state = run(state, { type: 'leave', playerId: 'c', consented: false, now: T0 + 50 }).state;
    state = run(state, { type: 'answer', playerId: 'a', index: 0, response: respond(questions[0]!, true), now: T0 + 100 }).state;
    const last = run(state, { type: 'answer', playerId: 'b', index: 0, response: respond(questions[0]!, false), now: T0 + 200 });
    expect(last.effects.map((e) => e.type)).toEqual(['accepted', 'closed']);
    expect(roomTally(last.state)).toMatchObject({ correct: 1, wrong: 1, noAnswer: 1 });
    expect(last.state.players.find((p) => p.id === 'c')!.round.answers[0]).toMatchObject({ timedOut: true, points: 0 });
  });

  it('counts how the room answered per card', () => {
    const choice = questions.find((q) => q.question.type === 'choice')!;
    let { state } = run(createLiveGame([choice]), join('a'), join('b'), join('c'), { type: 'start', now: T0 });
    const wrong = (choice.correctPlace! + 1) % choice.order.length;
    state = run(
      state,
      { type: 'answer', playerId: 'a', index: 0, response: { kind: 'choice', place: choice.correctPlace! }, now: T0 + 1 },
      { type: 'answer', playerId: 'b', index: 0, response: { kind: 'choice', place: wrong }, now: T0 + 2 },
      { type: 'answer', playerId: 'c', index: 0, response: { kind: 'choice', place: wrong }, now: T0 + 3 },
    ).state;
    const byPlace = roomTally(state).byPlace!;
    expect(byPlace[choice.correctPlace!]).toBe(1);
    expect(byPlace[wrong]).toBe(2);
    expect(byPlace.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('gives a player who joins late a time-out for each question already asked, and the open one to answer', () => {
    let { state } = run(createLiveGame(questions), join('a'), { type: 'start', now: T0 });
    state = run(state, { type: 'close', now: T0 + 1 }, { type: 'next', now: T0 + 5_000 }).state;
    state = run(state, join('late', 'Late', T0 + 6_000)).state;
    const late = state.players.find((p) => p.id === 'late')!;
    expect(late.round.answers).toHaveLength(1);
    expect(late.round.answers[0]!.timedOut).toBe(true);
    const step = run(state, { type: 'answer', playerId: 'late', index: 1, response: respond(questions[1]!, true), now: T0 + 6_000 });
    expect(step.effects[0]).toMatchObject({ type: 'accepted', playerId: 'late' });
  });

  it('frees a lost player’s name in the lobby after the rejoin time, but keeps them on the board once the game has begun', () => {
    let { state } = run(createLiveGame(questions, { rejoinMs: 60_000 }), join('a', 'Ana'), join('b', 'Ben'));
    state = run(state, { type: 'leave', playerId: 'a', consented: false, now: T0 }, { type: 'tick', now: T0 + 60_001 }).state;
    expect(state.players.map((p) => p.name)).toEqual(['Ben']);
    expect(run(state, join('a2', 'ana')).effects[0]).toEqual({ type: 'joined', playerId: 'a2' });
    state = run(state, { type: 'start', now: T0 + 61_000 }, { type: 'leave', playerId: 'b', consented: false, now: T0 + 61_000 }, { type: 'tick', now: T0 + 200_000 }).state;
    expect(state.players.map((p) => p.name)).toEqual(['Ben']);
    expect(run(state, { type: 'rejoin', token: 'token-b-0123456789', now: T0 + 200_000 }).effects[0]).toMatchObject({ reason: 'token-expired' });
  });

  it('refuses joins when locked, full or over, and a kicked player’s token', () => {
    let { state } = run(createLiveGame(questions, { cap: 2 }), join('a'), join('b'));
    expect(run(state, join('c')).effects[0]).toMatchObject({ reason: 'full' });
    state = run(state, { type: 'kick', playerId: 'b' }).state;
    expect(run(state, { type: 'rejoin', token: 'token-b-0123456789', now: T0 }).effects[0]).toMatchObject({ reason: 'kicked' });
    state = run(state, { type: 'lock', locked: true }).state;
    expect(run(state, join('c')).effects[0]).toMatchObject({ reason: 'locked' });
    expect(run(state, { type: 'start', now: T0 }, { type: 'end' }, join('d')).state.phase).toBe('ended');
    expect(run(createLiveGame(questions), { type: 'start', now: T0 }).effects[0]).toMatchObject({ reason: 'no-players' });
  });
});

describe('a question on its way to phones', () => {
  /** The same question with another right answer. */
  function withOtherAnswer(q: Question): Question {
    switch (q.type) {
      case 'choice':
        return { ...q, answer: (q.answer + 1) % q.options.length };
      case 'truefalse':
        return { ...q, answer: !q.answer };
      case 'estimate':
        return { ...q, answer: { ...q.answer, value: q.answer.value * 2 } };
      case 'when':
        return { ...q, answer: { ...q.answer, value: '2019-02-03' } };
      case 'where':
        return { ...q, answer: { ...q.answer, name: 'Elsewhere', lat: 1, lon: 2 } };
    }
  }

  it('is the same whatever the right answer is, for every type; the reveal differs', () => {
    for (const q of BANK.questions) {
      const kind = BANK.facts.find((f) => f.id === q.factId)!.kind;
      const rq = arrange(q, kind, createRng('r'));
      const other = { ...arrange(withOtherAnswer(q), kind, createRng('r')) };
      expect(publicQuestion(other), q.id).toEqual(publicQuestion(rq));
      expect(revealedAnswer(other), q.id).not.toEqual(revealedAnswer(rq));
    }
  });
});
