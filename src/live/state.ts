/**
 * One live game as data: the room's phase, the questions, and each player with their own round
 * (core/round.ts), so a player's points, streak and accuracy are exactly what a solo round would
 * give for the same answers at the same times. Time, ids and tokens come in as arguments.
 */
import type { Response } from '../core/judge';
import { createRound, type RoundState } from '../core/round';
import type { RoundQuestion } from '../core/select';

export type LivePhase = 'lobby' | 'question' | 'reveal' | 'podium' | 'ended';

/** Live games score like classic rounds, or on accuracy alone (no speed, no streak bonus). */
export type LiveMode = 'classic' | 'accuracy';

export interface LiveConfig {
  mode: LiveMode;
  /** Every live question is timed: the room moves on together. */
  timeLimitMs: number;
  /**
   * Network jitter allowance. Arrival times are rounded down to whole windows before scoring, so
   * two answers that reach the server within one window of each other score the same; and an
   * answer arriving up to one window after the limit still counts, as if at the limit.
   */
  graceMs: number;
  /** Most players in the room. */
  cap: number;
  /** How long a player who lost the connection may come back with their token. */
  rejoinMs: number;
}

export const LIVE_DEFAULTS: LiveConfig = { mode: 'classic', timeLimitMs: 20_000, graceMs: 250, cap: 200, rejoinMs: 60_000 };

export interface LivePlayer {
  /** Stable for the whole game (a connection's id changes when the player comes back). */
  id: string;
  name: string;
  /** The name as compared for uniqueness (names.ts, nameKey). */
  key: string;
  /** The secret a player comes back with; never shown to anyone else. */
  token: string;
  round: RoundState;
  connected: boolean;
  /** When the connection was lost; null while connected. */
  leftAt: number | null;
}

export interface LiveState {
  phase: LivePhase;
  config: LiveConfig;
  questions: readonly RoundQuestion[];
  /** The question open or last revealed; -1 in the lobby. */
  index: number;
  /** Server time the current question opened. */
  openedAt: number;
  locked: boolean;
  /** In order of joining. */
  players: readonly LivePlayer[];
  /** Tokens of removed players: they cannot come back with them. */
  kicked: readonly string[];
}

export type LiveAction =
  | { type: 'join'; playerId: string; name: string; token: string; now: number }
  | { type: 'rejoin'; token: string; now: number }
  /** A connection closed; `consented` when the player chose to leave. */
  | { type: 'leave'; playerId: string; consented: boolean; now: number }
  | { type: 'kick'; playerId: string }
  | { type: 'lock'; locked: boolean }
  | { type: 'start'; now: number }
  | { type: 'answer'; playerId: string; index: number; response: Response; now: number }
  /** Time passes: closes a question whose time is up, expires lost players' tokens. */
  | { type: 'tick'; now: number }
  /** The host closes the question before its time is up. */
  | { type: 'close'; now: number }
  /** From a reveal: the next question, or the podium after the last. */
  | { type: 'next'; now: number }
  | { type: 'end' };

export type JoinRefusal = 'locked' | 'full' | 'ended' | 'name-empty' | 'name-too-long' | 'name-control' | 'name-abusive' | 'name-taken' | 'token-unknown' | 'token-expired' | 'kicked';

export type ActionRefusal = 'wrong-phase' | 'no-players' | 'unknown-player' | 'already-answered' | 'wrong-question' | 'late' | 'bad-response';

export type LiveEffect =
  | { type: 'joined'; playerId: string }
  | { type: 'rejoined'; playerId: string }
  | { type: 'refused'; action: LiveAction['type']; reason: JoinRefusal | ActionRefusal }
  | { type: 'left'; playerId: string }
  | { type: 'removed'; playerId: string }
  | { type: 'kicked'; playerId: string }
  | { type: 'opened'; index: number; openedAt: number }
  /** An answer taken: `receivedAt` is the server's arrival time. */
  | { type: 'accepted'; playerId: string; index: number; receivedAt: number }
  | { type: 'closed'; index: number }
  | { type: 'podium' }
  | { type: 'ended' };

export interface LiveStep {
  state: LiveState;
  effects: LiveEffect[];
}

export function createLiveGame(questions: readonly RoundQuestion[], config: Partial<LiveConfig> = {}): LiveState {
  if (questions.length === 0) throw new Error('a live game needs at least one question');
  const full = { ...LIVE_DEFAULTS, ...config };
  if (!(full.timeLimitMs > 0) || !(full.graceMs >= 0) || !(full.cap >= 1)) throw new Error('a live game needs a positive time limit, a grace of 0 or more and room for a player');
  return { phase: 'lobby', config: full, questions, index: -1, openedAt: 0, locked: false, players: [], kicked: [] };
}

/** A new player's round, with the same questions and scoring as everyone's. */
export const newRound = (state: LiveState): RoundState => createRound(state.questions, { timeLimitMs: state.config.timeLimitMs, mode: state.config.mode });

/** Whether the player has an answer (or a time-out) for the current question. */
export const hasAnswered = (p: LivePlayer, state: LiveState): boolean => p.round.answers.length > state.index;
