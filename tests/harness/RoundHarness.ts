/**
 * A chainable harness over the core round reducer (`roundReducer` in src/core/round.ts): the
 * rules alone, with no session around them. For what the round screen runs (saving, resuming,
 * the frame clock), use tests/harness/SessionHarness.ts, which drives src/game/session.ts.
 *
 *   RoundHarness.fromBank(bank, { count: 5, timeLimitMs: 10_000 })
 *     .start('seed')
 *     .wait(3000).answerCorrect()
 *     .expectScore(850).next()
 *     .tick(10_000).expectLastAnswer({ timedOut: true });
 *
 * Nothing is mocked: every call dispatches a real action to `roundReducer`, with a time that
 * only moves when the test says so.
 */
import { expect } from 'vitest';
import type { Bank } from '../../src/core/bank/schema';
import { createRound, roundReducer, type AnswerRecord, type Phase, type RoundAction, type RoundConfig, type RoundEffect, type RoundState } from '../../src/core/round';
import { selectQuestions, type RoundQuestion } from '../../src/core/select';
import type { Response } from '../../src/core/judge';
import { rightResponse, wrongResponse } from './responses';

export const DEFAULT_TEST_SEED = 'test-seed';

const LETTERS = ['A', 'B', 'C', 'D'] as const;
export type Letter = (typeof LETTERS)[number];

type Source = (seed: string) => readonly RoundQuestion[];
type EffectOf<T extends RoundEffect['type']> = Extract<RoundEffect, { type: T }>;

export class RoundHarness {
  private _state: RoundState;
  private _effects: RoundEffect[] = [];
  private _allEffects: RoundEffect[] = [];
  private _now = 0;

  private constructor(
    private readonly source: Source,
    private readonly config: RoundConfig,
  ) {
    this._state = createRound(source(DEFAULT_TEST_SEED), config);
  }

  /** A round drawn from `bank` by the real selection; the seed given to `start` picks the questions. */
  static fromBank(bank: Bank, options: { count?: number } & RoundConfig = {}): RoundHarness {
    const { count = 10, ...config } = options;
    return new RoundHarness((seed) => selectQuestions(bank, count, seed), config);
  }

  /** A round over exactly these questions, whatever seed `start` is given. */
  static fromQuestions(questions: readonly RoundQuestion[], config: RoundConfig = {}): RoundHarness {
    return new RoundHarness(() => questions, config);
  }

  // --- getters -------------------------------------------------------------------------------

  get state(): RoundState {
    return this._state;
  }

  /** Effects of the last step only. */
  get effects(): readonly RoundEffect[] {
    return this._effects;
  }

  /** Every effect since `start`, in order. */
  get allEffects(): readonly RoundEffect[] {
    return this._allEffects;
  }

  get now(): number {
    return this._now;
  }

  /** The question on screen (or the one last answered). */
  get current(): RoundQuestion {
    const q = this._state.questions[this._state.index];
    if (!q) throw new Error(`no question at index ${this._state.index}`);
    return q;
  }

  get lastAnswer(): AnswerRecord | undefined {
    return this._state.answers.at(-1);
  }

  // --- actions -------------------------------------------------------------------------------

  /** Send any action as it is; the clock is not touched. */
  dispatch(action: RoundAction): this {
    const step = roundReducer(this._state, action);
    this._state = step.state;
    this._effects = step.effects;
    this._allEffects.push(...step.effects);
    return this;
  }

  /**
   * Start the round with the clock at 0. From the ready screen this (re)builds the round from
   * `seed`; otherwise it just sends 'start', which the reducer should refuse.
   */
  start(seed: string = DEFAULT_TEST_SEED): this {
    if (this._state.phase === 'ready') {
      this._state = createRound(this.source(seed), this.config);
      this._now = 0;
      this._allEffects = [];
    }
    return this.dispatch({ type: 'start', now: this._now });
  }

  /** Pick a card: 0-3 or the letter the player sees. */
  answer(place: number | Letter): this {
    const p = typeof place === 'number' ? place : LETTERS.indexOf(place);
    return this.respond({ kind: 'choice', place: p });
  }

  /** Any response: an estimate, a date, a point on the map... */
  respond(response: Response): this {
    return this.dispatch({ type: 'answer', response, now: this._now });
  }

  answerCorrect(): this {
    return this.respond(rightResponse(this.current));
  }

  answerWrong(): this {
    return this.respond(wrongResponse(this.current));
  }

  /** Move the clock on and let the game loop see it. */
  tick(ms = 0): this {
    this._now += ms;
    return this.dispatch({ type: 'tick', now: this._now });
  }

  /** Move the clock on without a tick (a stalled tab, or a player thinking between frames). */
  wait(ms: number): this {
    this._now += ms;
    return this;
  }

  next(): this {
    return this.dispatch({ type: 'next', now: this._now });
  }

  pause(): this {
    return this.dispatch({ type: 'pause', now: this._now });
  }

  resume(): this {
    return this.dispatch({ type: 'resume', now: this._now });
  }

  // --- expectations --------------------------------------------------------------------------

  expectPhase(phase: Phase): this {
    expect(this._state.phase).toBe(phase);
    return this;
  }

  expectScore(points: number): this {
    expect(this._state.points).toBe(points);
    return this;
  }

  expectStreak(streak: number): this {
    expect(this._state.streak).toBe(streak);
    return this;
  }

  expectLastAnswer(partial: Partial<AnswerRecord>): this {
    expect(this.lastAnswer).toMatchObject(partial);
    return this;
  }

  /** The last step emitted an effect of this type (and, if given, with these fields). */
  expectEffect<T extends RoundEffect['type']>(type: T, partial?: Partial<Omit<EffectOf<T>, 'type'>>): this {
    const wanted: Record<string, unknown> = { ...partial, type };
    expect(this._effects).toContainEqual(expect.objectContaining(wanted));
    return this;
  }

  /** The last step emitted nothing at all (a tick that changed nothing, say). */
  expectNoEffects(): this {
    expect(this._effects).toEqual([]);
    return this;
  }

  expectNoEffect(type: RoundEffect['type']): this {
    expect(this._effects.map((e) => e.type)).not.toContain(type);
    return this;
  }
}
