/** Invariants of the round reducer over random play (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/core/judge';
import { elapsedMs, type RoundEffect } from '../../src/core/round';
import { CORRECT_CREDIT } from '../../src/core/scoring';
import { selectQuestions, type RoundQuestion } from '../../src/core/select';
import { fixedQuestions } from '../harness/fixedQuestions';
import { RoundHarness } from '../harness/RoundHarness';
import { realBank } from '../harness/realBank';
import { fitsQuestion, nearResponse, ONE_OF_EACH_KIND, rightResponse, wrongResponse } from '../harness/responses';

const bank = realBank();

// --- properties over random play ------------------------------------------------------------

/** Right: exactly right. Wrong: no credit. Near: `near` of the way towards no credit (partial credit; cards have none). */
type Quality = 'right' | 'wrong' | 'near';

type Move =
  | { kind: 'answer'; quality: Quality; near: number; think: number; pauseAt: number; pauseFor: number }
  | { kind: 'timeout'; over: number }
  | { kind: 'late'; quality: Quality; near: number; over: number };

const qualityArb = fc.constantFrom<Quality>('right', 'wrong', 'near');
const nearArb = fc.double({ min: -1, max: 1, noNaN: true });

const respondTo = (rq: RoundQuestion, quality: Quality, near: number): Response =>
  quality === 'right' ? rightResponse(rq) : quality === 'wrong' ? wrongResponse(rq) : nearResponse(rq, near);

const isCard = (rq: RoundQuestion) => rq.question.type === 'choice' || rq.question.type === 'truefalse';

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      quality: qualityArb,
      near: nearArb,
      think: fc.double({ min: 0, max: 1, noNaN: true }),
      pauseAt: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      pauseFor: fc.oneof(fc.constant(0), fc.nat({ max: 120_000 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('timeout' as const), over: fc.nat({ max: 60_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('late' as const), quality: qualityArb, near: nearArb, over: fc.nat({ max: 60_000 }) }) },
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
      h.respond(respondTo(h.current, move.quality, move.near));
    } else if (move.kind === 'timeout') {
      h.tick(limit - 1);
      expect(h.state.phase).toBe('question');
      h.tick(1 + move.over);
    } else {
      h.wait(limit + 1 + move.over);
      h.respond(respondTo(h.current, move.quality, move.near));
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

  it('keeps points within bounds: speed x credit plus the streak bonus, 0-1500, and the total is their sum', () => {
    fc.assert(
      fc.property(playArb, (p) => {
        const { h, used } = play(p);
        let streak = 0;
        h.state.answers.forEach((a, i) => {
          const { move, thinkMs } = used[i]!;
          const rq = h.state.questions[i]!;
          if (move.kind === 'answer') {
            // Paused time never counts: the recorded time is the time spent thinking.
            expect(a.elapsedMs).toBe(thinkMs);
            if (move.quality === 'right') expect(a).toMatchObject({ credit: 1, correct: true });
            if (move.quality === 'wrong') expect(a).toMatchObject({ credit: 0, correct: false, points: 0 });
          }
          expect(a.credit).toBeGreaterThanOrEqual(0);
          expect(a.credit).toBeLessThanOrEqual(1);
          // Card questions are right or wrong; the other types can be partly right.
          if (isCard(rq)) expect([0, 1]).toContain(a.credit);
          expect(a.correct).toBe(a.credit >= CORRECT_CREDIT);
          // Classic: round(speed points x credit), speed points 1000 at once down to 500 at the buzzer.
          const speed = thinkMs <= 500 ? 1000 : Math.round(1000 * (1 - thinkMs / p.limit / 2));
          expect(a.speedPoints).toBe(a.credit > 0 ? Math.round(speed * a.credit) : 0);
          if (a.correct) {
            streak += 1;
            expect(a).toMatchObject({ streakBonus: Math.min(500, 100 * (streak - 1)), streak });
            // A right card scores 500-1500; a right-enough estimate, date or place at least 90% of that.
            expect(a.points).toBeGreaterThanOrEqual(isCard(rq) ? 500 : Math.round(500 * CORRECT_CREDIT));
          } else {
            streak = 0;
            expect(a).toMatchObject({ streakBonus: 0, streak: 0 });
            // Partly right earns points but no streak; a wrong card or a time-out earns nothing.
            if (isCard(rq) || a.timedOut) expect(a.points).toBe(0);
          }
          expect(a.points).toBe(a.speedPoints + a.streakBonus);
          expect(a.points).toBeLessThanOrEqual(1500);
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
  /** An answer built for whatever question is on screen: a card by place, a fitting response, or one of the wrong kind. */
  const answerArb = fc.oneof(
    fc.record({ how: fc.constant('place' as const), place: fc.integer({ min: -1, max: 4 }) }),
    fc.record({ how: qualityArb, near: nearArb }),
    fc.record({ how: fc.constant('any-kind' as const), which: fc.nat({ max: ONE_OF_EACH_KIND.length - 1 }) }),
  );
  const actionArb = fc.oneof(
    fc.record({ type: fc.constant('answer' as const), answer: answerArb, delay: fc.nat({ max: 30_000 }) }),
    fc.record({ type: fc.constantFrom('tick' as const, 'next' as const, 'pause' as const, 'resume' as const, 'start' as const), delay: fc.nat({ max: 30_000 }) }),
  );
  type AnswerSpec = (typeof answerArb) extends fc.Arbitrary<infer A> ? A : never;

  const build = (rq: RoundQuestion, spec: AnswerSpec): Response => {
    if (spec.how === 'place') return { kind: 'choice', place: spec.place };
    if (spec.how === 'any-kind') return ONE_OF_EACH_KIND[spec.which]!;
    return respondTo(rq, spec.how, spec.near);
  };

  it('keep every invariant: refused actions change nothing, misfit answers are refused, late answers time out, points add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(actionArb, { maxLength: 60 }), (count, actions) => {
        const h = RoundHarness.fromBank(bank, { count, timeLimitMs: 10_000 });
        for (const a of actions) {
          h.wait(a.delay);
          const before = h.state;
          const late = before.phase === 'question' && elapsedMs(before, h.now) > 10_000;
          let fits = false;
          if (a.type === 'answer') {
            const response = build(h.current, a.answer);
            fits = fitsQuestion(h.current, response);
            h.respond(response);
          } else h.dispatch({ type: a.type, now: h.now });

          const rejection = h.effects.find((e) => e.type === 'rejected');
          if (rejection && rejection.reason !== 'late') expect(h.state).toBe(before);
          if (a.type === 'answer' && before.phase === 'question') {
            // An answer that does not fit the question is refused whenever it comes; one that fits is late or scored.
            if (!fits) expect(h.effects).toEqual([{ type: 'rejected', action: 'answer', reason: 'bad-response' }]);
            else {
              expect(rejection?.reason === 'late').toBe(late);
              expect(h.state.answers).toHaveLength(before.answers.length + 1);
              if (late) h.expectLastAnswer({ timedOut: true, points: 0 });
            }
          }

          const { answers } = h.state;
          expect(h.state.points).toBe(answers.reduce((s, x) => s + x.points, 0));
          expect(new Set(answers.map((x) => x.questionId)).size).toBe(answers.length);
          answers.forEach((x, i) => {
            const card = isCard(h.state.questions[i]!);
            if (x.correct) expect(x.points).toBeGreaterThanOrEqual(card ? 500 : Math.round(500 * CORRECT_CREDIT));
            else if (card) expect(x.points).toBe(0);
            expect(x.points).toBeGreaterThanOrEqual(0);
            expect(x.points).toBeLessThanOrEqual(1500);
          });
          if (h.state.phase === 'finished') expect(answers).toHaveLength(count);
        }
      }),
      { numRuns: 200 },
    );
  });
});
