/**
 * A chainable harness over the real round session (src/game/session.ts), in the style of
 * tldraw's TestEditor: the same session the round screen runs, with a clock that only moves when
 * the test says so and the real saver writing into in-memory stores.
 *
 *   SessionHarness.play({ timeLimitMs: 20_000 }).open()
 *     .wait(3000).answerCorrect().expectSavedBeforeFeedback()
 *     .next().tick(10_000).expectWarning(10)
 *     .reload().expectPhase('paused');
 *
 * `reload()` is a closed tab: a new session launched as the menu or the assignment screen would
 * launch it, from what the stores kept.
 */
import { expect } from 'vitest';
import type { Bank } from '../../src/core/bank/schema';
import type { Phase, RoundState } from '../../src/core/round';
import type { Response } from '../../src/core/judge';
import { attemptNumber, OWN_LANGUAGE, playLaunch, type RoundLaunch } from '../../src/game/launch';
import { RoundSession, type SessionEffect } from '../../src/game/session';
import { roundForgetter, roundSaver, studentKey } from '../../src/game/saving';
import type { SavedAssignmentRound, SavedOrdinaryRound } from '../../src/game/savedRound';
import { rightResponse, wrongResponse } from './responses';
import { realBank } from './realBank';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Letter = (typeof LETTERS)[number];

/** The device's stores, in memory: what survives a reload. */
export class MemoryStores {
  round: SavedOrdinaryRound | null = null;
  assignment = new Map<string, SavedAssignmentRound>();
  finished = new Map<string, number>();
  codes = new Map<string, string>();
  saveRound(r: SavedOrdinaryRound): void {
    this.round = structuredClone(r);
  }
  clearRound(): void {
    this.round = null;
  }
  saveAssignment(key: string, r: SavedAssignmentRound): void {
    this.assignment.set(key, structuredClone(r));
  }
  finish(key: string, code: string): number {
    // Numbered as the device's store numbers it (services/assignments.ts).
    const attempt = attemptNumber(null, this.finished.get(key) ?? 0);
    this.finished.set(key, attempt);
    this.codes.set(`${key}|${attempt}`, code);
    this.assignment.delete(key);
    return attempt;
  }
}

export class SessionHarness {
  readonly session: RoundSession;
  /** Everything the screen saw and every save, in order: "effect:feedback", "save:feedback"... */
  readonly log: string[] = [];
  readonly effects: SessionEffect[] = [];

  private constructor(
    readonly launch: RoundLaunch,
    readonly stores: MemoryStores,
    private clock: { now: number },
    readonly lang = 'en',
  ) {
    const save = roundSaver(stores, () => this.lang);
    const forget = roundForgetter(stores);
    this.session = new RoundSession(launch, {
      now: () => this.clock.now,
      save: (l, saved) => {
        this.log.push(`save:${saved.state.phase}`);
        save(l, saved);
      },
      forget: (l) => {
        this.log.push('forget');
        forget(l);
      },
    });
    this.session.subscribe((effects) => {
      for (const e of effects) {
        this.effects.push(e);
        this.log.push(`effect:${e.type}`);
      }
    });
  }

  /** An ordinary round of the real bank. */
  static play(o: { bank?: Bank; seed?: string; mode?: RoundLaunch['mode']; timeLimitMs?: number | null } = {}): SessionHarness {
    const bank = o.bank ?? realBank();
    const launch = { ...playLaunch({ bank, texts: OWN_LANGUAGE }, { mode: o.mode ?? 'classic', timeLimitS: 20, timeMultiplier: 1 }, o.seed ?? 'harness'), ...(o.timeLimitMs !== undefined ? { timeLimitMs: o.timeLimitMs } : {}) };
    return new SessionHarness(launch, new MemoryStores(), { now: 1_000_000 });
  }

  /** A student's assignment round, attempt numbered from what the device holds, as the assignment screen does. */
  static assignment(name: string, o: { stores?: MemoryStores; questionIds?: string[]; bank?: Bank } = {}): SessionHarness {
    const bank = o.bank ?? realBank();
    const stores = o.stores ?? new MemoryStores();
    const key = studentKey('asg1abcd', name);
    const resume = stores.assignment.get(key) ?? null;
    const questionIds = o.questionIds ?? bank.questions.slice(0, 3).map((q) => q.id);
    const launch: RoundLaunch = {
      bank,
      texts: OWN_LANGUAGE,
      seed: 'asg-seed',
      mode: 'classic',
      timeLimitMs: 20_000,
      kind: 'assignment',
      questionIds,
      assignment: { id: 'asg1abcd', title: 'Test', name, attempt: attemptNumber(resume, stores.finished.get(key) ?? 0), resume },
    };
    return new SessionHarness(launch, stores, { now: 1_000_000 });
  }

  get state(): RoundState {
    return this.session.state;
  }

  get now(): number {
    return this.clock.now;
  }

  open(): this {
    this.session.open();
    return this;
  }

  answer(place: number | Letter): this {
    const p = typeof place === 'number' ? place : LETTERS.indexOf(place);
    return this.respond({ kind: 'choice', place: p });
  }

  respond(response: Response): this {
    this.session.act({ type: 'answer', response, now: this.clock.now });
    return this;
  }

  answerCorrect(): this {
    return this.respond(rightResponse(this.session.question));
  }

  answerWrong(): this {
    return this.respond(wrongResponse(this.session.question));
  }

  /** Move the clock on and run a frame. */
  tick(ms = 0): this {
    this.clock.now += ms;
    this.session.tick();
    return this;
  }

  /** Frames every 100 ms for `ms`: what the game loop does while a player thinks. */
  frames(ms: number): this {
    for (let t = 0; t < ms; t += 100) this.tick(Math.min(100, ms - t));
    return this;
  }

  wait(ms: number): this {
    this.clock.now += ms;
    return this;
  }

  next(): this {
    this.session.act({ type: 'next', now: this.clock.now });
    return this;
  }

  pauseOrResume(): this {
    this.session.pauseOrResume();
    return this;
  }

  /** The page is hidden or closed: the screen tells the session, which pauses and saves. */
  hide(): this {
    this.session.hide();
    return this;
  }

  /** A closed tab, reopened after `awayMs`: a new session from what the device kept. */
  reload(awayMs = 60_000): SessionHarness {
    const clock = { now: this.clock.now + awayMs };
    if (this.launch.assignment) {
      const h = SessionHarness.assignment(this.launch.assignment.name, { stores: this.stores, questionIds: this.launch.questionIds, bank: this.launch.bank });
      h.clock = clock;
      return h.open();
    }
    const saved = this.stores.round;
    const launch: RoundLaunch = saved ? { ...this.launch, seed: saved.seed, resume: { state: saved.state, elapsedMs: saved.elapsedMs } } : this.launch;
    return new SessionHarness(launch, this.stores, clock).open();
  }

  // --- expectations ---------------------------------------------------------------------------

  expectPhase(phase: Phase): this {
    expect(this.state.phase).toBe(phase);
    return this;
  }

  expectIndex(index: number): this {
    expect(this.state.index).toBe(index);
    return this;
  }

  expectPoints(points: number): this {
    expect(this.state.points).toBe(points);
    return this;
  }

  /** The answer was kept before the screen was told to show its feedback. */
  expectSavedBeforeFeedback(): this {
    const feedback = this.log.lastIndexOf('effect:feedback');
    expect(feedback).toBeGreaterThanOrEqual(0);
    expect(this.log.slice(0, feedback)).toContain('save:feedback');
    return this;
  }

  /** The time warnings announced so far, in order. */
  expectWarnings(seconds: number[]): this {
    expect(this.effects.filter((e) => e.type === 'timeWarning').map((e) => (e as { secondsLeft: number }).secondsLeft)).toEqual(seconds);
    return this;
  }
}
