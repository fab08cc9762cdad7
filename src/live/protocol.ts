/**
 * The live room's wire contract: what a host and a player may send (checked here, shape and size)
 * and what they receive. The server and the screens both import it, so they cannot drift apart.
 * docs/ARCHITECTURE.md, "Live game", lists the same messages for readers.
 */
import { z } from 'zod';
import type { PublicQuestion, RevealedAnswer } from './publicQuestion';
import type { HostRow, RoomTally } from './reveal';
import type { PlayerResult, Standing } from './standings';

/** A client message bigger than this is dropped unread: an answer is a few dozen bytes. */
export const MAX_MESSAGE_BYTES = 1024;

const lang = z.string().regex(/^[a-z]{2,3}$/);
const secret = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);

/**
 * Creating a room (the host). `bank` is checked against the bank schema by the room;
 * `hostKey` is a secret the host's page makes and keeps, to come back as host after a reload.
 */
export const CreateOptionsSchema = z.object({
  hostKey: secret,
  bank: z.unknown(),
  questionCount: z.number().int().min(1).max(50).default(10),
  timeLimitS: z.number().int().min(5).max(240).default(20),
  mode: z.enum(['classic', 'accuracy']).default('classic'),
  /** The host screen's language: the projected question and reveal are in it. */
  lang: lang.optional(),
});
export type CreateOptions = z.input<typeof CreateOptionsSchema>;

/**
 * Joining: as the host (its key; the room's creator joins with its create options, hence not
 * strict), as a new player (a name), or back as a player (the token).
 */
export const JoinOptionsSchema = z.union([
  z.object({ hostKey: secret, lang: lang.optional() }),
  z.object({ name: z.string().max(200), lang: lang.optional() }).strict(),
  z.object({ token: secret, lang: lang.optional() }).strict(),
]);
export type JoinOptions = z.input<typeof JoinOptionsSchema>;

export const ResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), place: z.number().int().min(0).max(5) }).strict(),
  z.object({ kind: z.literal('number'), value: z.number().finite() }).strict(),
  z.object({ kind: z.literal('date'), value: z.string().max(10) }).strict(),
  z.object({ kind: z.literal('point'), lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), label: z.string().max(100).optional() }).strict(),
]);

const empty = z.union([z.undefined(), z.null(), z.object({}).strict()]);

/** Every message a client may send, by type; anything else is refused. */
export const CLIENT_MESSAGES = {
  /** Player: an answer to question `index`. */
  answer: z.object({ index: z.number().int().min(0), response: ResponseSchema }).strict(),
  /** Host: begin the first question. */
  start: empty,
  /** Host: close the open question before its time. */
  close: empty,
  /** Host: from a reveal, the next question (or the podium after the last). */
  next: empty,
  /** Host: end the game; everyone is told and the room closes. */
  end: empty,
  /** Host: refuse or allow new players. */
  lock: z.object({ locked: z.boolean() }).strict(),
  /** Host: remove a player. */
  kick: z.object({ playerId: z.string().max(64) }).strict(),
} as const;

export type ClientMessageType = keyof typeof CLIENT_MESSAGES;
export const HOST_MESSAGES: readonly ClientMessageType[] = ['start', 'close', 'next', 'end', 'lock', 'kick'];

export type ErrorCode = 'too-large' | 'malformed' | 'unknown-type' | 'not-host' | 'not-player' | 'refused';

/** Messages the server sends, by type. */
export interface ServerMessages {
  /** To a player on joining or coming back: keep `token` (e.g. in sessionStorage) to rejoin. */
  welcome: { role: 'player'; playerId: string; name: string; token: string } | { role: 'host' };
  /** A question opens: `openedAt` and `closesAt` in server time, `serverNow` to set a clock offset. */
  question: {
    index: number;
    count: number;
    openedAt: number;
    closesAt: number;
    serverNow: number;
    timeLimitMs: number;
    question: PublicQuestion;
    /** The language the question is written in: the client's where the bank has it, else the article's. */
    lang: string;
  };
  /** To the player: the answer arrived (no verdict until the reveal). */
  ack: { index: number; receivedAt: number };
  /** To everyone when a question closes. */
  reveal: {
    index: number;
    answer: RevealedAnswer;
    tally: RoomTally;
    /** The source sentence as the article prints it; `sentenceParts` marks its key words. */
    sentence: string;
    sentenceParts: { text: string; mark?: boolean }[];
    sentenceTranslation: string | null;
    /** For the citation under the sentence, the title in the client's language. */
    article: { language: string; title: string; outlet: string | null; date: string | null };
    top: Standing[];
  };
  /** To each player after the reveal: their own outcome. */
  result: PlayerResult;
  /** To the host after the reveal: every player's answer to the question. */
  results: { index: number; questionId: string; rows: HostRow[] };
  /** To everyone after the last reveal's "next". */
  podium: { standings: Standing[] };
  /** To everyone when the host ends the game, just before the room closes. */
  ended: Record<string, never>;
  /** To a removed player, just before the connection closes. */
  kicked: Record<string, never>;
  /** A message that was dropped, and why; `reason` is a refusal from the game rules. */
  error: { code: ErrorCode; type?: string; reason?: string };
}

