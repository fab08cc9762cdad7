/**
 * What a host's or a player's screen knows of a live game, folded from what the room sends: the
 * messages (src/live/protocol.ts) and the shared board. Pure, so the screens stay thin and a test
 * can feed it a recorded game. The phone's clock is set against the server's from each question's
 * `serverNow`, so a countdown shows the server's time left whatever the phone's clock says.
 */
import type { QuestionType } from '../core/bank/constants';
import type { Response } from '../core/judge';
import type { ServerMessages } from './protocol';
import type { HostRow } from './reveal';
import type { PlayerResult, Standing } from './standings';

/** One player as the shared board shows them (server/roomState.ts, as of the last reveal). */
export interface BoardPlayer {
  playerId: string;
  name: string;
  points: number;
  correct: number;
  asked: number;
  streak: number;
  rank: number;
  connected: boolean;
}

/** The room's shared state, copied out of the sync layer. */
export interface Board {
  phase: string;
  pin: string;
  locked: boolean;
  index: number;
  count: number;
  answered: number;
  hostConnected: boolean;
  players: BoardPlayer[];
}

/** Why the connection ended: each has its own message on screen. */
export type LiveEnd = 'ended' | 'kicked' | 'replaced' | 'lost';

export type LiveScreen = 'connecting' | 'lobby' | 'question' | 'reveal' | 'podium' | 'over';

/** A question as the host keeps it for the class results: what was asked, in the host's words. */
export interface AskedQuestion {
  index: number;
  questionId: string;
  prompt: string;
  type: QuestionType;
}

export interface LiveClientState {
  role: 'host' | 'player' | null;
  /** The player's own id, name and rejoin token (from `welcome`). */
  me: { playerId: string; name: string; token: string } | null;
  screen: LiveScreen;
  question: ServerMessages['question'] | null;
  /** Server time minus this device's time, from the last question message. */
  clockOffsetMs: number;
  /**
   * The open question's answer: sent (waiting for the server), then acknowledged. `response` is
   * null when the answer was sent from this page before a reload (the server acknowledges it).
   */
  answer: { index: number; response: Response | null; acked: boolean } | null;
  reveal: ServerMessages['reveal'] | null;
  result: PlayerResult | null;
  standings: Standing[] | null;
  board: Board | null;
  /** Host: each question asked, and every player's answer to it once revealed. */
  asked: AskedQuestion[];
  rows: Record<number, HostRow[]>;
  /** The last thing the server refused, as its reason code (a screen words it). */
  refused: string | null;
  end: LiveEnd | null;
}

export type LiveEvent =
  | { type: 'message'; message: Received; localNow: number }
  | { type: 'board'; board: Board }
  | { type: 'sent'; index: number; response: Response }
  | { type: 'closed'; end: LiveEnd };

export type Received = { [K in keyof ServerMessages]: { type: K; payload: ServerMessages[K] } }[keyof ServerMessages];

export const initialLiveClient = (): LiveClientState => ({
  role: null,
  me: null,
  screen: 'connecting',
  question: null,
  clockOffsetMs: 0,
  answer: null,
  reveal: null,
  result: null,
  standings: null,
  board: null,
  asked: [],
  rows: {},
  refused: null,
  end: null,
});

/** The screen the room's phase calls for, when no message has said more. */
function screenOfPhase(phase: string, current: LiveScreen): LiveScreen {
  if (current === 'over') return current;
  if (phase === 'lobby') return 'lobby';
  return current;
}

export function liveClientReducer(s: LiveClientState, e: LiveEvent): LiveClientState {
  if (s.screen === 'over' && e.type !== 'board') return s;
  switch (e.type) {
    case 'board':
      return { ...s, board: e.board, screen: s.role ? screenOfPhase(e.board.phase, s.screen) : s.screen };
    case 'sent':
      if (s.question?.index !== e.index || s.answer) return s;
      return { ...s, answer: { index: e.index, response: e.response, acked: false } };
    case 'closed':
      return { ...s, screen: 'over', end: s.end ?? e.end };
    case 'message':
      return onMessage(s, e.message, e.localNow);
  }
}

function onMessage(s: LiveClientState, m: Received, localNow: number): LiveClientState {
  switch (m.type) {
    case 'welcome': {
      const p = m.payload;
      const base = { ...s, role: p.role, refused: null };
      const me = p.role === 'player' ? { playerId: p.playerId, name: p.name, token: p.token } : null;
      // Where the game is follows as its own message; until then the lobby (or what the board says).
      return { ...base, me, screen: s.screen === 'connecting' ? 'lobby' : s.screen };
    }
    case 'question': {
      const q = m.payload;
      const asked = s.asked.some((a) => a.index === q.index) ? s.asked : [...s.asked, { index: q.index, questionId: q.question.id, prompt: q.question.prompt, type: q.question.type }];
      const keep = s.answer?.index === q.index ? s.answer : null;
      return { ...s, screen: 'question', question: q, clockOffsetMs: q.serverNow - localNow, answer: keep, reveal: null, result: null, asked, refused: null };
    }
    case 'ack': {
      const a = m.payload;
      if (s.question?.index !== a.index) return s;
      // An ack after a reload: the answer was sent from the page before it.
      const answer = s.answer?.index === a.index ? { ...s.answer, acked: true } : { index: a.index, response: null, acked: true };
      return { ...s, answer };
    }
    case 'reveal':
      return { ...s, screen: 'reveal', reveal: m.payload, result: s.result?.index === m.payload.index ? s.result : null };
    case 'result':
      return { ...s, result: m.payload };
    case 'results':
      return { ...s, rows: { ...s.rows, [m.payload.index]: m.payload.rows } };
    case 'podium':
      return { ...s, screen: 'podium', standings: m.payload.standings, question: null, answer: null };
    case 'ended':
      return { ...s, screen: 'over', end: 'ended' };
    case 'kicked':
      return { ...s, screen: 'over', end: 'kicked' };
    case 'error':
      return { ...s, refused: m.payload.reason ?? m.payload.code };
  }
}

/**
 * Milliseconds left on the open question by the server's clock; null when none is open.
 * `localNow` must be read from the clock the messages were stamped with (`localNow` of the
 * events): the offset is only good against that clock.
 */
export function timeLeftMs(s: LiveClientState, localNow: number): number | null {
  if (s.screen !== 'question' || !s.question) return null;
  return Math.max(0, s.question.closesAt - (localNow + s.clockOffsetMs));
}

/** The player's own line on the board. */
export function myStanding(s: LiveClientState): Standing | null {
  const id = s.me?.playerId;
  if (!id) return null;
  return s.standings?.find((x) => x.playerId === id) ?? null;
}
