/**
 * The right answer never reaches a phone before the reveal. A player's client records every
 * frame it receives (state, patches, messages) as raw bytes and decoded, over a whole game with
 * one question of every type; before each reveal none of it may hold that question's answer.
 */
import { Protocol, Room as ClientRoom } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema';
import { BANK, bankQuestion, createGame, joinPlayer, responseFor, startLiveServer, type LiveTestServer } from './helpers';

let t: LiveTestServer;
beforeAll(async () => {
  t = await startLiveServer();
});
afterAll(async () => {
  await t.colyseus.cleanup();
  await t.close();
});

/** Every frame each client room receives, raw, in order. */
const frames = new Map<ClientRoom, Uint8Array[]>();
const proto = ClientRoom.prototype as unknown as { onMessageCallback(this: ClientRoom, e: { data: ArrayBuffer }): void };
const original = proto.onMessageCallback;
proto.onMessageCallback = function (this: ClientRoom, e) {
  frames.set(this, [...(frames.get(this) ?? []), new Uint8Array(e.data).slice()]);
  original.call(this, e);
};

/** Texts that would give the answer away, as they would appear in a frame. */
function secretTexts(q: Question): string[] {
  const fact = BANK.facts.find((f) => f.id === q.factId)!;
  const sentence = [fact.sentence, ...Object.values(BANK.translations).flatMap((tr) => tr.facts[fact.id]?.sentence ?? [])];
  switch (q.type) {
    case 'when':
      return [...sentence, q.answer.value];
    case 'where':
      return [...sentence, q.answer.name, String(q.answer.lat), String(q.answer.lon)];
    case 'estimate':
      return [...sentence, String(q.answer.value), '4,870'];
    default:
      return sentence;
  }
}

/** Every key and primitive value in a decoded message or state snapshot. */
function walk(value: unknown, keys: Set<string>, values: Set<unknown>): void {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      walk(v, keys, values);
    }
  } else values.add(value);
}

type Board = { points: number; correct: number; streak: number };
const board = (p: Board) => [p.points, p.correct, p.streak];

// Not lat, lon or name: a map question's region (`focus`) and the welcome have them; the place's
// name and point are checked by value below.
const ANSWER_KEYS = ['answer', 'correct', 'correctPlace', 'credit', 'points', 'tally', 'rows', 'sentence', 'top', 'value'];

describe('before the reveal', () => {
  it('no message or state patch a player receives holds the right answer, for every question type', async () => {
    const { host, pin } = await createGame(t, { questionCount: BANK.questions.length });
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    const ben = await joinPlayer(t, pin, { name: 'Ben' });
    // Each state as decoded, with how many messages had arrived by then (one ordered stream).
    const snapshots: { at: number; state: unknown }[] = [];
    ana.room.onStateChange((s) => snapshots.push({ at: ana.messages.length, state: JSON.parse(JSON.stringify(s.toJSON())) }));
    host.room.send('start');
    const types = new Set<string>();
    const boardBefore = new Map<string, number[]>();
    // From the last reveal (from joining, for the first question) to this question's reveal.
    let framesAt = 0;
    let messagesAt = 0;
    let snapshotsAt = 0;
    for (let i = 0; i < BANK.questions.length; i++) {
      const q = await ana.nth('question', i);
      const question = bankQuestion(q.question.id);
      types.add(question.type);
      // Ben answers first (rightly): Ana's phone must not learn anything from his answer either.
      ben.room.send('answer', { index: i, response: responseFor(q.question, true) });
      await ben.nth('ack', i);
      await new Promise((r) => setTimeout(r, 60));
      // Everything Ana received while the question was open, up to her own answer's ack.
      ana.room.send('answer', { index: i, response: responseFor(q.question, false) });
      await ana.nth('ack', i);
      const reveal = await ana.nth('reveal', i);
      const revealFrame = frames.get(ana.room)!.findIndex((f, k) => k >= framesAt && f[0] === Protocol.ROOM_DATA && new TextDecoder().decode(f).includes('reveal'));
      expect(revealFrame).toBeGreaterThan(framesAt);
      const open = frames.get(ana.room)!.slice(framesAt, revealFrame);
      const text = open.map((f) => new TextDecoder().decode(f)).join('\n');
      for (const secret of secretTexts(question)) expect(text, `${question.type}: "${secret}" sent before the reveal`).not.toContain(secret);
      // Decoded: the question message, acks and state changes carry no answer field and no answer value.
      const revealAt = ana.messages.findIndex((m, k) => k >= messagesAt && m[0] === 'reveal');
      const before = ana.messages.slice(messagesAt, revealAt);
      const states = snapshots.slice(snapshotsAt).filter((s) => s.at <= revealAt).map((s) => s.state);
      const keys = new Set<string>();
      const values = new Set<unknown>();
      for (const [type, message] of before) {
        expect(['welcome', 'question', 'ack']).toContain(type);
        walk(message, keys, values);
      }
      // The state's own fields are fixed (server/roomState.ts); its values are checked with the messages'.
      for (const s of states) walk(s, new Set(), values);
      for (const key of ANSWER_KEYS) expect(keys.has(key), `${question.type}: field "${key}" before the reveal`).toBe(false);
      if (question.type === 'estimate') expect(values.has(question.answer.value)).toBe(false);
      if (question.type === 'where') expect(values.has(question.answer.lat) || values.has(question.answer.lon)).toBe(false);
      // The board did not move while the question was open: no points, right answers or streaks.
      for (const s of states) {
        for (const [id, p] of Object.entries((s as { players: Record<string, Board> }).players)) expect(board(p)).toEqual(boardBefore.get(id) ?? [0, 0, 0]);
      }
      // At the reveal the answer does arrive.
      expect(reveal.answer.type).toBe(question.type);
      await ana.nth('result', i);
      await new Promise((r) => setTimeout(r, 60));
      for (const [id, p] of host.room.state.players.entries() as Iterable<[string, Board]>) boardBefore.set(id, board(p));
      framesAt = frames.get(ana.room)!.length;
      messagesAt = ana.messages.length;
      snapshotsAt = snapshots.length;
      host.room.send('next');
    }
    expect([...types].sort()).toEqual(['choice', 'estimate', 'truefalse', 'when', 'where']);
  });
});
