/** Invariants of the round reducer over random play (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsedMs, type RoundEffect } from '../../src/core/round';
import { selectQuestions } from '../../src/core/select';
import { fixedQuestions } from '../harness/fixedQuestions';
import { RoundHarness } from '../harness/RoundHarness';
import { realBank } from '../harness/realBank';

const bank = realBank();

// --- properties over random play ------------------------------------------------------------

type Move =
  | { kind: 'answer'; correct: boolean; think: number; pauseAt: number; pauseFor: number }
  | { kind: 'timeout'; over: number }
  | { kind: 'late'; correct: boolean; over: number };

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      correct: fc.boolean(),
      think: fc.double({ min: 0, max: 1, noNaN: true }),
      pauseAt: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      pauseFor: fc.oneof(fc.constant(0), fc.nat({ max: 120_000 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('timeout' as const), over: fc.nat({ max: 60_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('late' as const), correct: fc.boolean(), over: fc.nat({ max: 60_000 }) }) },
);

interface Plan {
  seed: string;
  count: number;
  limit: number;
  moves: Move[];
}

const playArb: fc.Arbitrary<Plan> = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 10 }),
  count: fc.integer({ min: 1, max: 10 }),
  limit: fc.constantFrom(1000, 5000, 20_000),
  moves: fc.array(moveArb, { minLength: 10, maxLength: 10 }),
});

interface Played {
  h: RoundHarness;
  /** The move used on each question, and the think time in ms (pauses excluded) for answers. */
  used: { move: Move; thinkMs: number; effects: readonly RoundEffect[] }[];
}

/** Play a whole round: each question gets its move; pauses happen mid-think. */
function play({ seed, count, limit, moves }: Plan): Played {
  const h = RoundHarness.fromBank(bank, { count, timeLimitMs: limit }).start(seed);
  const used: Played['used'] = [];
  for (let i = 0; i < count; i++) {
    const move = moves[i]!;
    let thinkMs = 0;
    if (move.kind === 'answer') {
      thinkMs = Math.round(move.think * limit);
      const before = Math.floor(move.pauseAt * thinkMs);
      h.tick(before).pause().tick(move.pauseFor).resume().wait(thinkMs - before);
      if (move.correct) h.answerCorrect();
      else h.answerWrong();
    } else if (move.kind === 'timeout') {
      h.tick(limit - 1);
      expect(h.state.phase).toBe('question');
      h.tick(1 + move.over);
    } else {
      h.wait(limit + 1 + move.over);
      if (move.correct) h.answerCorrect();
      else h.answerWrong();
    }
    used.push({ move, thinkMs, effects: h.effects });
    h.next();
  }
  return { h, used };
}

const props = { numRuns: 150 };

describe('properties of any round', () => {
  it('same seed, same moves: the same round, answer for answer', () => {
    fc.assert(
      fc.property(playArb, (p) => {
        const a = play(p);
        const b = play(p);
        expect(b.h.state).toEqual(a.h.state);
        expect(b.h.allEffects).toEqual(a.h.allEffects);
        expect(a.h.state.questions).toEqual(selectQuestions(bank, p.count, p.seed));
      }),
      props,
    );
  });

  it('asks every question of the round exactly once, in order, then finishes', () => {
    fc.assert(
      fc.property(playArb, (p) => {
        const { h } = play(p);
        const ids = h.state.questions.map((rq) => rq.question.id);
        expect(new Set(ids).size).toBe(p.count);
        expect(h.state.answers.map((a) => a.questionId)).toEqual(ids);
        const shown = h.allEffects.flatMap((e) => (e.type === 'question' ? [e.index] : []));
        expect(shown).toEqual(ids.map((_, i) => i));
        h.expectPhase('finished');
        expect(h.allEffects.filter((e) => e.type === 'finished')).toHaveLength(1);
      }),
      props,
    );
  });

  it('scores a time-out 0 and breaks the streak', () => {
    fc.assert(
      fc.property(playArb, (p) => {
        const { h, used } = play(p);
        h.state.answers.forEach((a, i) => {
          const { move } = used[i]!;
          if (move.kind === 'answer') return;
          expect(a).toMatchObject({ timedOut: true, correct: false, place: null, points: 0, streak: 0 });
          // The next correct answer starts a new streak, with no bonus.
          const next = h.state.answers[i + 1];
          if (next?.correct) expect(next).toMatchObject({ streak: 1, streakBonus: 0 });
        });
      }),
      props,
    );
  });

  it('keeps points within bounds: 500-1500 per correct answer, 0 otherwise, and the total is their sum', () => {
    fc.assert(
      fc.property(playArb, (p) => {
        const { h, used } = play(p);
        let streak = 0;
        h.state.answers.forEach((a, i) => {
          const { move, thinkMs } = used[i]!;
          if (move.kind === 'answer') {
            // Paused time never counts: the recorded time is the time spent thinking.
            expect(a.elapsedMs).toBe(thinkMs);
            expect(a.correct).toBe(move.correct);
          }
          if (a.correct) {
            streak += 1;
            const speed = thinkMs <= 500 ? 1000 : Math.round(1000 * (1 - thinkMs / p.limit / 2));
            expect(a).toMatchObject({ speedPoints: speed, streakBonus: Math.min(500, 100 * (streak - 1)), streak });
            expect(a.points).toBe(a.speedPoints + a.streakBonus);
            expect(a.points).toBeGreaterThanOrEqual(500);
            expect(a.points).toBeLessThanOrEqual(1500);
          } else {
            streak = 0;
            expect(a).toMatchObject({ points: 0, speedPoints: 0, streakBonus: 0, streak: 0 });
          }
        });
        const total = h.state.answers.reduce((sum, a) => sum + a.points, 0);
        const correct = h.state.answers.filter((a) => a.correct).length;
        h.expectScore(total);
        h.expectEffect('finished', { summary: expect.objectContaining({ points: total, correct, asked: p.count, accuracy: correct / p.count }) });
      }),
      props,
    );
  });

  it('refuses an answer given after the deadline, as late', () => {
    fc.assert(
      fc.property(playArb, (p) => {
        const { used } = play(p);
        for (const { move, effects } of used) {
          const late = effects.some((e) => e.type === 'rejected' && e.reason === 'late');
          expect(late).toBe(move.kind === 'late');
        }
      }),
      props,
    );
  });

  it('never times out an untimed round, however long the player takes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 10 * 60 * 60_000 }), fc.boolean()), { minLength: 1, maxLength: 8 }), (turns) => {
        const h = RoundHarness.fromQuestions(fixedQuestions(turns.length), { timeLimitMs: null }).start();
        for (const [ms, correct] of turns) {
          h.tick(ms).expectPhase('question').wait(ms);
          if (correct) h.answerCorrect();
          else h.answerWrong();
          h.expectNoEffect('rejected').expectLastAnswer({ timedOut: false, correct });
          if (correct) h.expectLastAnswer({ speedPoints: 1000 });
          h.next();
        }
        h.expectPhase('finished');
      }),
      props,
    );
  });
});

describe('random action sequences', () => {
  const actionArb = fc.oneof(
    fc.record({ type: fc.constant('answer' as const), place: fc.integer({ min: -1, max: 4 }), delay: fc.nat({ max: 30_000 }) }),
    fc.record({ type: fc.constantFrom('tick' as const, 'next' as const, 'pause' as const, 'resume' as const, 'start' as const), delay: fc.nat({ max: 30_000 }) }),
  );

  it('keep every invariant: refused actions change nothing, late answers are refused, points add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(actionArb, { maxLength: 60 }), (count, actions) => {
        const h = RoundHarness.fromBank(bank, { count, timeLimitMs: 10_000 });
        for (const a of actions) {
          h.wait(a.delay);
          const before = h.state;
          const late = before.phase === 'question' && elapsedMs(before, h.now) > 10_000;
          if (a.type === 'answer') h.answer(a.place);
          else h.dispatch({ type: a.type, now: h.now });

          const rejection = h.effects.find((e) => e.type === 'rejected');
          if (rejection && rejection.reason !== 'late') expect(h.state).toBe(before);
          if (a.type === 'answer' && before.phase === 'question' && a.place >= 0 && a.place <= 3) {
            expect(rejection?.reason === 'late').toBe(late);
            if (late) h.expectLastAnswer({ timedOut: true, points: 0 });
          }

          const { answers } = h.state;
          expect(h.state.points).toBe(answers.reduce((s, x) => s + x.points, 0));
          expect(new Set(answers.map((x) => x.questionId)).size).toBe(answers.length);
          for (const x of answers) {
            if (x.correct) expect(x.points).toBeGreaterThanOrEqual(500);
            expect(x.points).toBeLessThanOrEqual(1500);
          }
          if (h.state.phase === 'finished') expect(answers).toHaveLength(count);
        }
      }),
      { numRuns: 200 },
    );
  });
});
