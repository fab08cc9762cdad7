/**
 * The state every client of a live room receives by Colyseus's state sync. It holds only what
 * the whole room may see at any moment: the phase, the clock, how many have answered (a count),
 * and the board as of the last reveal. Never a question's answer, never who answered what: those
 * go as messages, and only after the reveal (src/live/protocol.ts).
 */
import { schema, type SchemaType } from '@colyseus/schema';

export const PlayerView = schema(
  {
    name: 'string',
    /** Points, right answers and streak as of the last reveal (standings.ts). */
    points: 'number',
    correct: 'number',
    asked: 'number',
    streak: 'number',
    rank: 'number',
    connected: 'boolean',
  },
  'PlayerView',
);
export type PlayerView = SchemaType<typeof PlayerView>;

export const LiveRoomState = schema(
  {
    /** lobby, question, reveal, podium or ended (src/live/state.ts, LivePhase). */
    phase: 'string',
    pin: 'string',
    locked: 'boolean',
    /** The open or last revealed question; -1 in the lobby. */
    index: 'number',
    count: 'number',
    /** Server time (ms since 1970) the question opened and when it closes. */
    openedAt: 'number',
    closesAt: 'number',
    /** Players who have answered the open question: a count only. */
    answered: 'number',
    /** Whether the host is connected (players see "waiting for the host"). */
    hostConnected: 'boolean',
    /** By player id (the `playerId` of the welcome message). */
    players: { map: PlayerView },
  },
  'LiveRoomState',
);
export type LiveRoomState = SchemaType<typeof LiveRoomState>;
