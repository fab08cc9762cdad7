/**
 * What a phone or the host's screen makes of what the room sends (src/live/client.ts), and the
 * class results the host builds from it (src/live/classResults.ts), fed by hand.
 */
import { describe, expect, it } from 'vitest';
import { classCsv, studentRows } from '../../src/core/classTable';
import { liveStudentResults } from '../../src/live/classResults';
import { initialLiveClient, liveClientReducer, myStanding, timeLeftMs, type LiveClientState, type LiveEvent, type Received } from '../../src/live/client';
import type { ServerMessages } from '../../src/live/protocol';
import type { HostRow } from '../../src/live/reveal';

const msg = (message: Received, localNow = 0): LiveEvent => ({ type: 'message', message, localNow });
const fold = (events: LiveEvent[], from: LiveClientState = initialLiveClient()) => events.reduce(liveClientReducer, from);

const question = (index: number, over: Partial<ServerMessages['question']> = {}): ServerMessages['question'] => ({
  index,
  count: 3,
  openedAt: 1_000_000,
  closesAt: 1_020_000,
  serverNow: 1_000_050,
  timeLimitMs: 20_000,
  question: { id: `q${index}`, kind: 'quote', prompt: `Prompt ${index}`, type: 'choice', options: ['A', 'B', 'C'] },
  lang: 'en',
  ...over,
});

const welcome: Received = { type: 'welcome', payload: { role: 'player', playerId: 'p1', name: 'Ana', token: 'tok' } };

describe('a phone folding what the room sends', () => {
  it('goes from the lobby to a question, keeps its answer, and sets its clock by the server', () => {
    const s = fold([msg(welcome), msg({ type: 'question', payload: question(0) }, 500_000), { type: 'sent', index: 0, response: { kind: 'choice', place: 1 } }]);
    expect(s.screen).toBe('question');
    expect(s.me).toEqual({ playerId: 'p1', name: 'Ana', token: 'tok' });
    expect(s.answer).toEqual({ index: 0, response: { kind: 'choice', place: 1 }, acked: false });
    // The phone's clock is 500,050 ms behind the server's: 10 s after the server's "now", 9.95 s are left.
    expect(timeLeftMs(s, 510_000)).toBe(9_950);
    const acked = fold([msg({ type: 'ack', payload: { index: 0, receivedAt: 1_000_900 } })], s);
    expect(acked.answer?.acked).toBe(true);
  });

  it('does not take a second answer, nor one for another question', () => {
    const s = fold([msg(welcome), msg({ type: 'question', payload: question(1) }), { type: 'sent', index: 1, response: { kind: 'choice', place: 0 } }, { type: 'sent', index: 1, response: { kind: 'choice', place: 2 } }, { type: 'sent', index: 0, response: { kind: 'choice', place: 2 } }]);
    expect(s.answer?.response).toEqual({ kind: 'choice', place: 0 });
  });

  it('after a reload, an acknowledgement says the answer was sent before', () => {
    const s = fold([msg(welcome), msg({ type: 'question', payload: question(2) }), msg({ type: 'ack', payload: { index: 2, receivedAt: 1 } })]);
    expect(s.answer).toEqual({ index: 2, response: null, acked: true });
  });

  it('shows the reveal with its own result, then the podium with its place', () => {
    const reveal: ServerMessages['reveal'] = {
      index: 0,
      answer: { type: 'choice', place: 1, text: 'B' },
      tally: { index: 0, questionId: 'q0', byPlace: [0, 1, 0], correct: 1, partial: 0, wrong: 0, noAnswer: 0 },
      sentence: 'S',
      sentenceParts: [{ text: 'S' }],
      sentenceTranslation: null,
      article: { language: 'en', title: 'T', outlet: null, date: null },
      top: [],
    };
    const result = { index: 0, timedOut: false, credit: 1, correct: true, points: 900, streakBonus: 0, total: 900, streak: 1, rank: 1, players: 2 };
    const s = fold([msg(welcome), msg({ type: 'question', payload: question(0) }), msg({ type: 'reveal', payload: reveal }), msg({ type: 'result', payload: result })]);
    expect(s.screen).toBe('reveal');
    expect(s.result?.points).toBe(900);
    const standings = [
      { playerId: 'p2', name: 'Ben', points: 950, correct: 1, asked: 1, accuracy: 1, streak: 1, rank: 1, connected: true },
      { playerId: 'p1', name: 'Ana', points: 900, correct: 1, asked: 1, accuracy: 1, streak: 1, rank: 2, connected: true },
    ];
    const end = fold([msg({ type: 'podium', payload: { standings } })], s);
    expect(end.screen).toBe('podium');
    expect(myStanding(end)?.rank).toBe(2);
  });

  it('ends for good when removed or when the game ends, whatever comes after', () => {
    const kicked = fold([msg(welcome), msg({ type: 'kicked', payload: {} }), msg({ type: 'question', payload: question(0) })]);
    expect([kicked.screen, kicked.end]).toEqual(['over', 'kicked']);
    const ended = fold([msg(welcome), msg({ type: 'ended', payload: {} }), { type: 'closed', end: 'lost' }]);
    expect(ended.end).toBe('ended');
  });

  it('keeps what the room refused, in its words, until the next question', () => {
    const s = fold([msg(welcome), msg({ type: 'error', payload: { code: 'refused', type: 'answer', reason: 'too-late' } })]);
    expect(s.refused).toBe('too-late');
    expect(fold([msg({ type: 'question', payload: question(0) })], s).refused).toBeNull();
  });
});

describe("the host's class results", () => {
  const row = (playerId: string, name: string, points: number, correct: boolean, timedOut = false): HostRow => ({ playerId, name, response: timedOut ? null : { kind: 'choice', place: correct ? 0 : 1 }, credit: correct ? 1 : 0, correct, points, elapsedMs: 2_500, timedOut });
  const asked = [
    { index: 0, questionId: 'q0', prompt: 'P0', type: 'choice' as const },
    { index: 1, questionId: 'q1', prompt: 'P1', type: 'choice' as const },
  ];

  it('are one result per player with every question they answered, totals as the room scored them', () => {
    const results = liveStudentResults('live-123456', asked, { 0: [row('a', 'Ana', 900, true), row('b', 'Ben', 0, false)], 1: [row('a', 'Ana', 800, true), row('b', 'Ben', 0, false, true)] }, '2026-12-03T10:00:00.000Z');
    expect(results.map((r) => [r.name, r.points, r.correct, r.asked])).toEqual([
      ['Ana', 1700, 2, 2],
      ['Ben', 0, 0, 2],
    ]);
    expect(results[1]!.answers[1]!.response).toBeNull();
    // The same CSV as an assignment's: the names are guarded like any student's text.
    const csv = classCsv(['Name', 'Attempt', 'Points', 'Right', 'Seconds'], studentRows(results)).split(/\r?\n/);
    expect(csv[1]).toBe('Ana,1,1700,2/2,5');
  });
});
