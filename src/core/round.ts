/**
 * A round as a reducer: (state, action) -> { state, effects }.
 *
 * Time is always passed in (`now`, in ms from any monotonic origin); nothing here reads a clock.
 * Effects only name what should happen (a sound, feedback, a new question); scenes and
 * services carry them out.
 */
import type { AreaLookup } from './area';
import { judge, type Judgement, type Response } from './judge';
import type { RoundQuestion } from './select';
import { accuracy, answerPoints, streakBonus } from './scoring';
import type { Mode } from './settings';

export const DEFAULT_TIME_LIMIT_MS = 20_000;
export const DEFAULT_QUESTION_COUNT = 10;

export type Phase = 'ready' | 'question' | 'paused' | 'feedback' | 'finished';

/** Seconds left at which the round counts down aloud (sound, screen and live region). */
export const COUNTDOWN_FROM_S = 5;

export interface AnswerRecord {
  questionId: string;
  /** What the player answered; null on a time-out. */
  response: Response | null;
  /** For card questions, the place picked (0 to one less than the cards shown); null otherwise and on a time-out. */
  place: number | null;
  /** 0 to 1: how right the answer was (partial for estimates, dates and places). */
  credit: number;
  /** Credit high enough to count as right (see CORRECT_CREDIT). */
  correct: boolean;
  /** How far off, for feedback. */
  judgement: Judgement | null;
  timedOut: boolean;
  elapsedMs: number;
  speedPoints: number;
  streakBonus: number;
  /** speedPoints + streakBonus for a correct answer, else 0. */
  points: number;
  /** The streak after this answer. */
  streak: number;
  /**
   * The player marked this question as looking wrong (a wrong key, a garbled prompt), on its
   * feedback. Kept with the answer, so a saved round keeps it and a result code carries it to the
   * teacher; it changes no score.
   */
  flagged?: boolean;
}

export interface RoundState {
  phase: Phase;
  questions: readonly RoundQuestion[];
  /** Index of the current question (the one shown or last answered). */
  index: number;
  /** Null: untimed. */
  timeLimitMs: number | null;
  mode: Mode;
  /** The lowest whole second of the countdown already announced for this question. */
  countdown: number | null;
  /** When the current question was shown. */
  shownAt: number;
  /** Time spent paused on the current question, which does not count against the player. */
  pausedMs: number;
  pausedAt: number | null;
  answers: readonly AnswerRecord[];
  points: number;
  streak: number;
  bestStreak: number;
  correct: number;
}

export type RoundAction =
  | { type: 'start'; now: number }
  /**
   * `areas`: the outlines a "where" question naming an area is scored by (see JudgeContext).
   * They come with the answer, not in the state, because the state is saved and they are map
   * data the scene has loaded.
   */
  | { type: 'answer'; response: Response; now: number; areas?: AreaLookup }
  | { type: 'tick'; now: number }
  | { type: 'next'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  /** On a question's feedback: mark it as looking wrong, or take the mark back. */
  | { type: 'flag' };

/** The round's sounds, named as the audio sprite names them (assets/audio/sfx.json). */
export type Sound = 'correct' | 'wrong' | 'timeup' | 'finish' | 'tick';

export type RoundEffect =
  | { type: 'question'; index: number }
  | { type: 'feedback'; answer: AnswerRecord }
  | { type: 'sound'; sound: Sound }
  | { type: 'countdown'; secondsLeft: number }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'finished'; summary: RoundSummary }
  | { type: 'flagged'; questionId: string; on: boolean }
  | { type: 'rejected'; action: RoundAction['type']; reason: Rejection };

export type Rejection = 'late' | 'wrong-phase' | 'bad-response';

export interface Step {
  state: RoundState;
  effects: RoundEffect[];
}

export interface RoundSummary {
  points: number;
  correct: number;
  asked: number;
  accuracy: number;
  bestStreak: number;
}

export interface RoundConfig {
  timeLimitMs?: number | null;
  /** Classic by default: speed points and streaks. Accuracy and practice score credit only. */
  mode?: Mode;
}

export function createRound(questions: readonly RoundQuestion[], config: RoundConfig = {}): RoundState {
  if (questions.length === 0) throw new Error('a round needs at least one question');
  const limit = config.timeLimitMs;
  // A NaN or negative limit would score NaN and never time out: refuse it where it enters.
  if (limit !== undefined && limit !== null && !(Number.isFinite(limit) && limit > 0)) throw new Error(`time limit must be a positive number of ms or null, not ${limit}`);
  return {
    phase: 'ready',
    questions,
    index: 0,
    // Practice is untimed unless a limit is asked for.
    timeLimitMs: config.timeLimitMs === undefined ? (config.mode === 'practice' ? null : DEFAULT_TIME_LIMIT_MS) : config.timeLimitMs,
    mode: config.mode ?? 'classic',
    countdown: null,
    shownAt: 0,
    pausedMs: 0,
    pausedAt: null,
    answers: [],
    points: 0,
    streak: 0,
    bestStreak: 0,
    correct: 0,
  };
}

/** Time the player has spent on the current question, pauses excluded. */
export function elapsedMs(state: RoundState, now: number): number {
  const until = state.pausedAt ?? now;
  return Math.max(0, until - state.shownAt - state.pausedMs);
}

/** Time left on the current question; null when the round is untimed. */
export function timeLeftMs(state: RoundState, now: number): number | null {
  if (state.timeLimitMs === null) return null;
  return Math.max(0, state.timeLimitMs - elapsedMs(state, now));
}

export function summarize(state: RoundState): RoundSummary {
  return {
    points: state.points,
    correct: state.correct,
    asked: state.answers.length,
    accuracy: accuracy(state.correct, state.answers.length),
    bestStreak: state.bestStreak,
  };
}

const reject = (state: RoundState, action: RoundAction, reason: Rejection): Step => ({
  state,
  effects: [{ type: 'rejected', action: action.type, reason }],
});

function resolve(state: RoundState, response: Response | null, judgement: Judgement | null, now: number): Step {
  const rq = state.questions[state.index]!;
  const elapsed = elapsedMs(state, now);
  const timedOut = response === null;
  const credit = judgement?.credit ?? 0;
  const correct = judgement?.correct ?? false;
  const streak = correct ? state.streak + 1 : 0;
  const points = answerPoints(state.mode, credit, elapsed, state.timeLimitMs);
  // Streak bonuses belong to classic play; accuracy and practice reward knowing, not rhythm.
  const bonus = correct && state.mode === 'classic' ? streakBonus(streak) : 0;
  const answer: AnswerRecord = {
    questionId: rq.question.id,
    response,
    place: response?.kind === 'choice' ? response.place : null,
    credit,
    correct,
    judgement,
    timedOut,
    elapsedMs: timedOut && state.timeLimitMs !== null ? state.timeLimitMs : elapsed,
    speedPoints: points,
    streakBonus: bonus,
    points: points + bonus,
    streak,
  };
  return {
    state: {
      ...state,
      phase: 'feedback',
      answers: [...state.answers, answer],
      points: state.points + answer.points,
      streak,
      bestStreak: Math.max(state.bestStreak, streak),
      correct: state.correct + (correct ? 1 : 0),
    },
    effects: [
      { type: 'sound', sound: timedOut ? 'timeup' : correct ? 'correct' : 'wrong' },
      { type: 'feedback', answer },
    ],
  };
}

const isLate = (state: RoundState, now: number) => state.timeLimitMs !== null && elapsedMs(state, now) > state.timeLimitMs;

export function roundReducer(state: RoundState, action: RoundAction): Step {
  switch (action.type) {
    case 'start':
      if (state.phase !== 'ready') return reject(state, action, 'wrong-phase');
      return { state: { ...state, phase: 'question', index: 0, shownAt: action.now, pausedMs: 0, countdown: null }, effects: [{ type: 'question', index: 0 }] };

    case 'answer': {
      if (state.phase !== 'question') return reject(state, action, 'wrong-phase');
      const rq = state.questions[state.index]!;
      const judgement = judge(rq.question, rq.correctPlace, rq.order.length, action.response, { areas: action.areas });
      if (!judgement) return reject(state, action, 'bad-response');
      // An answer that arrives after the deadline (a slow event, a stalled tab) counts as a time-out.
      if (isLate(state, action.now)) {
        const step = resolve(state, null, null, action.now);
        return { state: step.state, effects: [{ type: 'rejected', action: 'answer', reason: 'late' }, ...step.effects] };
      }
      return resolve(state, action.response, judgement, action.now);
    }

    case 'tick': {
      if (state.phase !== 'question' || state.timeLimitMs === null) return { state, effects: [] };
      const left = state.timeLimitMs - elapsedMs(state, action.now);
      if (left <= 0) return resolve(state, null, null, action.now);
      const secs = Math.ceil(left / 1000);
      if (secs <= COUNTDOWN_FROM_S && (state.countdown === null || secs < state.countdown)) {
        return { state: { ...state, countdown: secs }, effects: [{ type: 'sound', sound: 'tick' }, { type: 'countdown', secondsLeft: secs }] };
      }
      return { state, effects: [] };
    }

    case 'next': {
      if (state.phase !== 'feedback') return reject(state, action, 'wrong-phase');
      const index = state.index + 1;
      if (index >= state.questions.length) {
        const finished: RoundState = { ...state, phase: 'finished' };
        return { state: finished, effects: [{ type: 'sound', sound: 'finish' }, { type: 'finished', summary: summarize(finished) }] };
      }
      return {
        state: { ...state, phase: 'question', index, shownAt: action.now, pausedMs: 0, pausedAt: null, countdown: null },
        effects: [{ type: 'question', index }],
      };
    }

    case 'flag': {
      const last = state.answers[state.answers.length - 1];
      if (state.phase !== 'feedback' || !last) return reject(state, action, 'wrong-phase');
      const on = !last.flagged;
      const answer: AnswerRecord = { ...last, flagged: on };
      // Taken back: the record is as if never marked, so a saved round and a code stay as before.
      if (!on) delete answer.flagged;
      return { state: { ...state, answers: [...state.answers.slice(0, -1), answer] }, effects: [{ type: 'flagged', questionId: last.questionId, on }] };
    }

    case 'pause':
      if (state.phase !== 'question') return reject(state, action, 'wrong-phase');
      return { state: { ...state, phase: 'paused', pausedAt: action.now }, effects: [{ type: 'paused' }] };

    case 'resume':
      if (state.phase !== 'paused' || state.pausedAt === null) return reject(state, action, 'wrong-phase');
      return {
        state: { ...state, phase: 'question', pausedMs: state.pausedMs + Math.max(0, action.now - state.pausedAt), pausedAt: null },
        effects: [{ type: 'resumed' }],
      };
  }
}
