/**
 * The live game as a reducer: (state, action) -> { state, effects }, like the round reducer it
 * drives (core/round.ts). Each player's answer goes through that round reducer, so judging,
 * points, streaks and time-outs are the core's own; this file adds what a room adds: joining,
 * one clock for everyone, closing a question for all, and the host's controls.
 */
import type { AreaLookup } from '../core/area';
import { roundReducer, type RoundState } from '../core/round';
import { checkName } from './names';
import { hasAnswered, newRound, type ActionRefusal, type JoinRefusal, type LiveAction, type LivePlayer, type LiveState, type LiveStep } from './state';

const refuse = (state: LiveState, action: LiveAction, reason: JoinRefusal | ActionRefusal): LiveStep => ({ state, effects: [{ type: 'refused', action: action.type, reason }] });

const withPlayer = (state: LiveState, id: string, change: (p: LivePlayer) => LivePlayer): LiveState => ({ ...state, players: state.players.map((p) => (p.id === id ? change(p) : p)) });

/** A time-out for the question a round is on, at the end of its time. */
const timeOut = (round: RoundState, limitMs: number): RoundState => roundReducer(round, { type: 'tick', now: round.shownAt + limitMs }).state;

/**
 * A round for a player who joins after the start: a time-out for every question already asked,
 * and the current question open with everyone else's clock (or timed out, once it has closed).
 */
function caughtUp(state: LiveState): RoundState {
  let round = newRound(state);
  if (state.phase === 'lobby') return round;
  const limit = state.config.timeLimitMs;
  round = roundReducer(round, { type: 'start', now: state.openedAt }).state;
  for (let i = 0; i < state.index; i++) round = roundReducer(timeOut(round, limit), { type: 'next', now: state.openedAt }).state;
  return state.phase === 'question' ? round : timeOut(round, limit);
}

function join(state: LiveState, a: Extract<LiveAction, { type: 'join' }>): LiveStep {
  if (state.phase === 'podium' || state.phase === 'ended') return refuse(state, a, 'ended');
  if (state.locked) return refuse(state, a, 'locked');
  if (state.players.length >= state.config.cap) return refuse(state, a, 'full');
  const check = checkName(a.name);
  if (!check.ok) return refuse(state, a, `name-${check.problem}` as const);
  if (state.players.some((p) => p.key === check.key)) return refuse(state, a, 'name-taken');
  if (state.players.some((p) => p.id === a.playerId || p.token === a.token)) throw new Error('player ids and tokens must be new');
  const player: LivePlayer = { id: a.playerId, name: check.name, key: check.key, token: a.token, round: caughtUp(state), connected: true, leftAt: null };
  return { state: { ...state, players: [...state.players, player] }, effects: [{ type: 'joined', playerId: a.playerId }] };
}

function rejoin(state: LiveState, a: Extract<LiveAction, { type: 'rejoin' }>): LiveStep {
  if (state.phase === 'ended') return refuse(state, a, 'ended');
  if (state.kicked.includes(a.token)) return refuse(state, a, 'kicked');
  const p = state.players.find((q) => q.token === a.token);
  if (!p) return refuse(state, a, 'token-unknown');
  if (!p.connected && p.leftAt !== null && a.now - p.leftAt > state.config.rejoinMs) return refuse(state, a, 'token-expired');
  // A player already connected who comes back (a second tab, a reload the server has not seen
  // close yet) takes the place over; the room drops the older connection.
  return { state: withPlayer(state, p.id, (q) => ({ ...q, connected: true, leftAt: null })), effects: [{ type: 'rejoined', playerId: p.id }] };
}

/** Closes the question: everyone without an answer times out, and the room sees the reveal. */
function close(state: LiveState): LiveStep {
  const limit = state.config.timeLimitMs;
  const players = state.players.map((p) => (hasAnswered(p, state) ? p : { ...p, round: timeOut(p.round, limit) }));
  return { state: { ...state, phase: 'reveal', players }, effects: [{ type: 'closed', index: state.index }] };
}

/** Once every connected player has answered, nobody is left to wait for. */
function closeIfAllAnswered(step: LiveStep): LiveStep {
  const s = step.state;
  if (s.phase !== 'question') return step;
  const waiting = s.players.filter((p) => p.connected);
  if (waiting.length === 0 || waiting.some((p) => !hasAnswered(p, s))) return step;
  const closed = close(s);
  return { state: closed.state, effects: [...step.effects, ...closed.effects] };
}

/**
 * The time an answer is scored at: its arrival after the question opened, rounded down to whole
 * grace windows (so jitter within a window decides nothing), never past the limit.
 */
export function scoredElapsedMs(state: LiveState, receivedAt: number): number {
  const { graceMs, timeLimitMs } = state.config;
  const elapsed = Math.max(0, receivedAt - state.openedAt);
  return Math.min(timeLimitMs, graceMs > 0 ? Math.floor(elapsed / graceMs) * graceMs : elapsed);
}

function answer(state: LiveState, a: Extract<LiveAction, { type: 'answer' }>, areas?: AreaLookup): LiveStep {
  if (state.phase !== 'question') return refuse(state, a, 'wrong-phase');
  if (a.index !== state.index) return refuse(state, a, 'wrong-question');
  const p = state.players.find((q) => q.id === a.playerId);
  if (!p) return refuse(state, a, 'unknown-player');
  if (hasAnswered(p, state)) return refuse(state, a, 'already-answered');
  if (a.now - state.openedAt > state.config.timeLimitMs + state.config.graceMs) return refuse(state, a, 'late');
  const step = roundReducer(p.round, { type: 'answer', response: a.response, now: p.round.shownAt + scoredElapsedMs(state, a.now), ...(areas ? { areas } : {}) });
  if (step.effects.some((e) => e.type === 'rejected')) return refuse(state, a, 'bad-response');
  const next = withPlayer(state, p.id, (q) => ({ ...q, round: step.state }));
  return closeIfAllAnswered({ state: next, effects: [{ type: 'accepted', playerId: p.id, index: state.index, receivedAt: a.now }] });
}

function tick(state: LiveState, now: number): LiveStep {
  // In the lobby a player gone past the rejoin time frees their name; once the game has begun
  // they stay on the board with the points they earned, but their token no longer works.
  const expired = state.phase === 'lobby' ? state.players.filter((p) => !p.connected && p.leftAt !== null && now - p.leftAt > state.config.rejoinMs) : [];
  let next = expired.length > 0 ? { ...state, players: state.players.filter((p) => !expired.includes(p)) } : state;
  const effects: LiveStep['effects'] = expired.map((p) => ({ type: 'removed', playerId: p.id }));
  if (next.phase === 'question' && now - next.openedAt >= next.config.timeLimitMs + next.config.graceMs) {
    const closed = close(next);
    next = closed.state;
    effects.push(...closed.effects);
  }
  return { state: next, effects };
}

/**
 * `areas`: outlines for "where" questions scored by an area, as the round reducer takes them;
 * without them such questions are scored by their radius.
 */
export function liveReducer(state: LiveState, action: LiveAction, areas?: AreaLookup): LiveStep {
  switch (action.type) {
    case 'join':
      return join(state, action);
    case 'rejoin':
      return rejoin(state, action);
    case 'leave': {
      const p = state.players.find((q) => q.id === action.playerId);
      if (!p) return { state, effects: [] };
      if (state.phase === 'lobby' && action.consented) return { state: { ...state, players: state.players.filter((q) => q !== p) }, effects: [{ type: 'removed', playerId: p.id }] };
      return closeIfAllAnswered({ state: withPlayer(state, p.id, (q) => ({ ...q, connected: false, leftAt: action.now })), effects: [{ type: 'left', playerId: p.id }] });
    }
    case 'kick': {
      const p = state.players.find((q) => q.id === action.playerId);
      if (!p) return refuse(state, action, 'unknown-player');
      const next = { ...state, players: state.players.filter((q) => q !== p), kicked: [...state.kicked, p.token] };
      return closeIfAllAnswered({ state: next, effects: [{ type: 'kicked', playerId: p.id }] });
    }
    case 'lock':
      if (state.phase === 'ended') return refuse(state, action, 'wrong-phase');
      return { state: { ...state, locked: action.locked }, effects: [] };
    case 'start': {
      if (state.phase !== 'lobby') return refuse(state, action, 'wrong-phase');
      if (state.players.length === 0) return refuse(state, action, 'no-players');
      const players = state.players.map((p) => ({ ...p, round: roundReducer(p.round, { type: 'start', now: action.now }).state }));
      return { state: { ...state, phase: 'question', index: 0, openedAt: action.now, players }, effects: [{ type: 'opened', index: 0, openedAt: action.now }] };
    }
    case 'answer':
      return answer(state, action, areas);
    case 'tick':
      return tick(state, action.now);
    case 'close':
      return state.phase === 'question' ? close(state) : refuse(state, action, 'wrong-phase');
    case 'next': {
      if (state.phase !== 'reveal') return refuse(state, action, 'wrong-phase');
      const players = state.players.map((p) => ({ ...p, round: roundReducer(p.round, { type: 'next', now: action.now }).state }));
      const index = state.index + 1;
      if (index >= state.questions.length) return { state: { ...state, phase: 'podium', players }, effects: [{ type: 'podium' }] };
      return { state: { ...state, phase: 'question', index, openedAt: action.now, players }, effects: [{ type: 'opened', index, openedAt: action.now }] };
    }
    case 'end':
      if (state.phase === 'ended') return refuse(state, action, 'wrong-phase');
      return { state: { ...state, phase: 'ended' }, effects: [{ type: 'ended' }] };
  }
}
