/**
 * A round being played: the core's reducer with what a screen should not decide around it. Like
 * boardgame.io's client around its reducer: the state, subscribers that draw it, and middleware
 * that runs on every step (here: save the round before its feedback is shown).
 *
 * The session owns the rules the round screen used to hold:
 * - which questions (by the ids an assignment or "practice what I missed" names, or a seeded count);
 * - the resume rule: a saved round resumes only on the very questions the bank and seed give now,
 *   paused, its clock where it stood at the last save (feedback stays feedback);
 * - saving: when a question is shown, an answer given (before its feedback), a pause, and when the
 *   page is hidden or closed, into the right store (see saving.ts);
 * - time warnings: "10 seconds left" once per question when the limit is longer than that, and
 *   at 5 with the countdown, so a warning never lands on the question's own announcement.
 * It holds no Phaser, DOM or storage: the clock and the store come in as plain functions.
 */
import { createRound, DEFAULT_QUESTION_COUNT, elapsedMs, roundReducer, timeLeftMs, type RoundAction, type RoundEffect, type RoundState } from '../core/round';
import { selectByIds, selectQuestions, type RoundQuestion } from '../core/select';
import type { AreaLookup } from '../core/area';
import type { Response } from '../core/judge';
import type { RoundLaunch } from './launch';
import type { SavedRound } from './savedRound';

/** What the session tells its screen, on top of the reducer's effects. */
export type SessionEffect =
  | RoundEffect
  /** A time warning to announce (10, then 5 seconds left). */
  | { type: 'timeWarning'; secondsLeft: number }
  /** A saved round came back: which question of how many. */
  | { type: 'resumedSaved'; index: number; total: number };

export type Listener = (effects: readonly SessionEffect[], state: RoundState) => void;

export interface SessionDeps {
  now: () => number;
  /** Where the round in progress is kept (see saving.ts). */
  save: (launch: RoundLaunch, saved: SavedRound) => void;
  /** The round is over: forget what was kept, so nothing offers to resume it (see saving.ts). */
  forget?: (launch: RoundLaunch) => void;
}

/** The seconds left at which a warning is announced. 5 comes with the countdown effect. */
export const WARN_AT_S = 10;

/** The round's questions: an assignment's or the missed ones by id, else a seeded draw. */
export function questionsFor(launch: RoundLaunch): RoundQuestion[] {
  return launch.questionIds ? selectByIds(launch.bank, launch.questionIds, launch.seed) : selectQuestions(launch.bank, DEFAULT_QUESTION_COUNT, launch.seed);
}

/** A saved round resumes only on the very questions this bank and seed give now (a bank may have changed since). */
export function sameQuestions(saved: RoundState, fresh: RoundState): boolean {
  return saved.questions.length === fresh.questions.length && saved.questions.every((q, i) => q.question.id === fresh.questions[i]!.question.id);
}

/** The resume rule: paused (or still on its feedback), the clock where it stood at the last save. */
export function resumedState(saved: SavedRound, now: number): RoundState {
  const feedback = saved.state.phase === 'feedback';
  return { ...saved.state, phase: feedback ? 'feedback' : 'paused', shownAt: now - saved.elapsedMs, pausedMs: 0, pausedAt: feedback ? null : now };
}

// A mark of "looks wrong" is saved at once: a reload on the feedback must not lose it.
const SAVES_ON = new Set<SessionEffect['type']>(['feedback', 'question', 'paused', 'flagged']);

export class RoundSession {
  private current: RoundState;
  private readonly listeners = new Set<Listener>();
  private warned = false;
  /** The saved round this session will resume when opened, if it fits. */
  private readonly saved: SavedRound | null;

  constructor(
    readonly launch: RoundLaunch,
    private readonly deps: SessionDeps,
  ) {
    this.current = createRound(questionsFor(launch), { timeLimitMs: launch.timeLimitMs, mode: launch.mode });
    const saved = launch.assignment ? launch.assignment.resume : (launch.resume ?? null);
    this.saved = saved && saved.state.phase !== 'finished' && sameQuestions(saved.state, this.current) ? saved : null;
  }

  get state(): RoundState {
    return this.current;
  }

  /** The question the round opens on: the saved one when resuming, else the first. */
  get opening(): RoundQuestion {
    return this.saved ? this.saved.state.questions[this.saved.state.index]! : this.current.questions[0]!;
  }

  get question(): RoundQuestion {
    return this.current.questions[this.current.index]!;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the round, or brings the saved one back. */
  open(): void {
    if (!this.saved) return this.act({ type: 'start', now: this.deps.now() });
    this.current = resumedState(this.saved, this.deps.now());
    this.warned = false;
    this.emit([{ type: 'resumedSaved', index: this.current.index, total: this.current.questions.length }]);
  }

  act(action: RoundAction): void {
    const step = roundReducer(this.current, action);
    this.current = step.state;
    const effects: SessionEffect[] = [...step.effects];
    if (effects.some((e) => e.type === 'question')) this.warned = false;
    // Middleware: every answer is saved before its feedback is shown.
    if (effects.some((e) => SAVES_ON.has(e.type))) this.saveNow();
    if (effects.some((e) => e.type === 'finished')) this.deps.forget?.(this.launch);
    for (const e of step.effects) if (e.type === 'countdown' && e.secondsLeft === 5) effects.push({ type: 'timeWarning', secondsLeft: 5 });
    this.emit(effects);
  }

  /** A frame: the clock runs out, the countdown ticks, the 10-second warning is due. */
  tick(): void {
    if (this.current.phase !== 'question') return;
    const now = this.deps.now();
    this.act({ type: 'tick', now });
    const left = this.current.phase === 'question' ? timeLeftMs(this.current, now) : null;
    // Only when the limit is longer than the warning: with a 10-second limit, "10 seconds left"
    // would come on the first frame, on top of the question's own announcement.
    if (left !== null && !this.warned && this.current.timeLimitMs! > WARN_AT_S * 1000 && Math.ceil(left / 1000) === WARN_AT_S) {
      this.warned = true;
      this.emit([{ type: 'timeWarning', secondsLeft: WARN_AT_S }]);
    }
  }

  pauseOrResume(): void {
    this.act({ type: this.current.phase === 'paused' ? 'resume' : 'pause', now: this.deps.now() });
  }

  /** The player's answer, stamped now. `areas`: the map outlines a "where" question naming an area is scored by. */
  answer(response: Response, areas?: AreaLookup): void {
    this.act({ type: 'answer', response, now: this.deps.now(), ...(areas ? { areas } : {}) });
  }

  next(): void {
    this.act({ type: 'next', now: this.deps.now() });
  }

  /** The player marks the question on its feedback as looking wrong, or takes the mark back. */
  flag(): void {
    this.act({ type: 'flag' });
  }

  pause(): void {
    this.act({ type: 'pause', now: this.deps.now() });
  }

  resume(): void {
    this.act({ type: 'resume', now: this.deps.now() });
  }

  /** Time left on the question on screen, or null when untimed. */
  timeLeftMs(): number | null {
    return timeLeftMs(this.current, this.deps.now());
  }

  /**
   * The page is hidden or closed: a hidden tab must not eat the player's time, and loses no
   * answer. The question pauses (a question only: feedback has no clock), then the round is saved.
   */
  hide(): void {
    if (this.current.phase === 'question') this.pause();
    this.saveNow();
  }

  /** Saves the round in progress (also on a hidden or closed page). Nothing to save before it starts or once it is over. */
  saveNow(): void {
    if (this.current.phase === 'finished' || this.current.phase === 'ready') return;
    this.deps.save(this.launch, { state: this.current, elapsedMs: elapsedMs(this.current, this.deps.now()) });
  }

  private emit(effects: readonly SessionEffect[]): void {
    if (effects.length === 0) return;
    for (const l of [...this.listeners]) l(effects, this.current);
  }
}
