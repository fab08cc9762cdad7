/**
 * The board, and what each player learns after a question. Points count only from questions
 * already revealed: while a question is open, a player's score must not move, or the board
 * would tell the room who has answered right before the reveal.
 */
import type { AnswerRecord } from '../core/round';
import { accuracy } from '../core/scoring';
import type { LivePlayer, LiveState } from './state';

/** How many players the room sees after each question. */
export const TOP_COUNT = 5;

export interface Standing {
  playerId: string;
  name: string;
  points: number;
  /** Questions answered right, of `asked`. */
  correct: number;
  asked: number;
  accuracy: number;
  streak: number;
  /** 1 for the most points; players with equal points share a rank (1, 2, 2, 4). */
  rank: number;
  connected: boolean;
}

/** The answers the room has seen revealed: all but the open question's. */
export function settledAnswers(p: LivePlayer, state: LiveState): readonly AnswerRecord[] {
  return state.phase === 'question' ? p.round.answers.slice(0, state.index) : p.round.answers;
}

function standingOf(p: LivePlayer, state: LiveState): Omit<Standing, 'rank'> {
  const answers = settledAnswers(p, state);
  const correct = answers.filter((a) => a.correct).length;
  return {
    playerId: p.id,
    name: p.name,
    points: answers.reduce((sum, a) => sum + a.points, 0),
    correct,
    asked: answers.length,
    accuracy: accuracy(correct, answers.length),
    streak: answers.at(-1)?.streak ?? 0,
    connected: p.connected,
  };
}

/** Everyone, best first: by points, then by right answers, then in the order they joined. */
export function standings(state: LiveState): Standing[] {
  const rows = state.players.map((p, order) => ({ row: standingOf(p, state), order }));
  rows.sort((a, b) => b.row.points - a.row.points || b.row.correct - a.row.correct || a.order - b.order);
  let rank = 0;
  return rows.map(({ row }, i) => {
    if (i === 0 || row.points !== rows[i - 1]!.row.points) rank = i + 1;
    return { ...row, rank };
  });
}

/** What one player sees after a reveal: their own answer's outcome and where they stand. */
export interface PlayerResult {
  index: number;
  timedOut: boolean;
  credit: number;
  correct: boolean;
  /** Points for this question, the streak bonus included. */
  points: number;
  streakBonus: number;
  total: number;
  streak: number;
  rank: number;
  players: number;
}

/** Null for a player not in the game, or before the first reveal. */
export function playerResult(state: LiveState, playerId: string): PlayerResult | null {
  if (state.phase === 'lobby' || state.phase === 'question') return null;
  const board = standings(state);
  const me = board.find((s) => s.playerId === playerId);
  const p = state.players.find((q) => q.id === playerId);
  const a = p?.round.answers[state.index];
  if (!me || !a) return null;
  return { index: state.index, timedOut: a.timedOut, credit: a.credit, correct: a.correct, points: a.points, streakBonus: a.streakBonus, total: me.points, streak: me.streak, rank: me.rank, players: board.length };
}
