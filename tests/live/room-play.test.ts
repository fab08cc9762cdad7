/**
 * Playing a live game through the room: answers and their acknowledgement, one answer per
 * player, the reveal, points equal to the core's own judge and scoring for the same answers and
 * times, time-outs, and a player who loses the connection coming back with name, points and
 * streak.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/core/judge';
import { answerPoints, streakBonus } from '../../src/core/scoring';
import { LIVE_DEFAULTS } from '../../src/live/state';
import { bankQuestion, createGame, joinPlayer, joinRefusal, placesShown, responseFor, rightPlace, liveServerPerFile, until, type Recorded } from './helpers';

const t = liveServerPerFile();

const LIMIT = 20_000;
const GRACE = LIVE_DEFAULTS.graceMs;

/** Answers question `index` after `afterMs` on the test clock, and waits for the acknowledgement. */
async function answerAt(p: Recorded, index: number, right: boolean, acks: number) {
  const q = (await p.nth('question', index)).question;
  const response = responseFor(q, right);
  p.room.send('answer', { index, response });
  await p.nth('ack', acks);
  return { q, response };
}

describe('a live question', () => {
  it('scores each answer as the core would for the same answer at the same time, grace window included, and reveals it', async () => {
    const { host, pin } = await createGame(t, { timeLimitS: 20 });
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    const ben = await joinPlayer(t, pin, { name: 'Ben' });
    const cem = await joinPlayer(t, pin, { name: 'Cem' });
    const players = [ana, ben, cem];
    const totals = new Map<Recorded, number>(players.map((p) => [p, 0]));
    const streaks = new Map<Recorded, number>(players.map((p) => [p, 0]));
    host.room.send('start');

    // Two questions: Ana fast and right, Ben a little later (within the same grace window on the
    // first question) and right, Cem wrong.
    for (let index = 0; index < 2; index++) {
      const opened = (await ana.nth('question', index)).openedAt;
      const plan: [Recorded, number, boolean][] = [
        [ana, 1_300, true],
        [ben, index === 0 ? 1_420 : 7_777, true],
        [cem, 9_000, false],
      ];
      for (const [p, at, right] of plan) {
        t.clock.t = opened + at;
        const { q, response } = await answerAt(p, index, right, index);
        const ack = p.all('ack')[index]!;
        expect(ack).toEqual({ index, receivedAt: opened + at });
        const judged = judge(bankQuestion(q.id), rightPlace(q), placesShown(q), response)!;
        const streak = judged.correct ? streaks.get(p)! + 1 : 0;
        streaks.set(p, streak);
        const scoredAt = Math.floor(at / GRACE) * GRACE;
        const points = answerPoints('classic', judged.credit, scoredAt, LIMIT) + (judged.correct ? streakBonus(streak) : 0);
        totals.set(p, totals.get(p)! + points);
        // No verdict before the reveal (the last answer closes the question).
        if (p !== cem) expect(p.all('result')).toHaveLength(index);
      }
      // Everyone answered: the question closes without waiting for the time limit.
      const reveal = await ana.nth('reveal', index);
      expect(reveal.index).toBe(index);
      for (const p of players) {
        const result = await p.nth('result', index);
        expect(result.total).toBe(totals.get(p));
        expect(result.streak).toBe(streaks.get(p));
      }
      if (index === 0) expect((await ana.nth('result', 0)).points).toBe((await ben.nth('result', 0)).points);
      expect(reveal.tally.correct).toBe(2);
      expect(reveal.tally.noAnswer).toBe(0);
      expect(reveal.top.map((s) => s.name).slice(0, 2)).toEqual(['Ana', 'Ben']);
      const results = await host.nth('results', index);
      expect(results.rows.map((r) => [r.name, r.correct])).toEqual([
        ['Ana', true],
        ['Ben', true],
        ['Cem', false],
      ]);
      if (index === 0) host.room.send('next');
    }
    // The shared board shows the same totals once revealed. (The state reaches clients in patches,
    // a moment after the messages: a question that opened and closed within one patch interval
    // never shows as open, so the phase alone cannot say the last reveal's board has arrived.)
    const board = () => Object.fromEntries([...host.room.state.players.values()].map((v: { name: string; points: number }) => [v.name, v.points]));
    const expected = { Ana: totals.get(ana), Ben: totals.get(ben), Cem: totals.get(cem) };
    await until(() => JSON.stringify(board()) === JSON.stringify(expected), 3000, 'the board to show the revealed totals');
    expect(host.room.state.phase).toBe('reveal');
    expect(board()).toEqual(expected);
  });

  it('takes one answer per player per question', async () => {
    const { host, pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    await joinPlayer(t, pin, { name: 'Ben' });
    host.room.send('start');
    const q = (await ana.nth('question', 0)).question;
    ana.room.send('answer', { index: 0, response: responseFor(q, false) });
    ana.room.send('answer', { index: 0, response: responseFor(q, true) });
    await ana.nth('ack', 0);
    expect(await ana.nth('error', 0)).toMatchObject({ code: 'refused', type: 'answer', reason: 'already-answered' });
    expect(ana.all('ack')).toHaveLength(1);
    host.room.send('close');
    const result = await ana.nth('result', 0);
    // The first answer stands: the wrong one.
    expect(result.correct).toBe(false);
    expect((await host.nth('reveal', 0)).tally).toMatchObject({ wrong: 1, noAnswer: 1 });
  });

  it('closes at the time limit: players who did not answer time out with no points; late answers are refused', async () => {
    const { host, pin } = await createGame(t, { timeLimitS: 10 });
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    const ben = await joinPlayer(t, pin, { name: 'Ben' });
    host.room.send('start');
    const opened = (await ana.nth('question', 0)).openedAt;
    // Within the grace window after the limit: still taken, scored as at the limit.
    t.clock.t = opened + 10_000 + GRACE - 1;
    const { q, response } = await answerAt(ana, 0, true, 0);
    t.clock.t = opened + 10_000 + GRACE;
    const reveal = await ana.nth('reveal', 0);
    expect(reveal.tally.noAnswer).toBe(1);
    const benResult = await ben.nth('result', 0);
    expect(benResult).toMatchObject({ timedOut: true, points: 0, total: 0 });
    const judged = judge(bankQuestion(q.id), rightPlace(q), placesShown(q), response)!;
    expect((await ana.nth('result', 0)).points).toBe(answerPoints('classic', judged.credit, 10_000, 10_000));
    ben.room.send('answer', { index: 0, response: responseFor((await ben.nth('question', 0)).question, true) });
    expect(await ben.nth('error', 0)).toMatchObject({ code: 'refused', reason: 'wrong-phase' });
  });

  it('in accuracy mode, scores how right an answer is, not how fast', async () => {
    const { host, pin } = await createGame(t, { mode: 'accuracy' });
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    const ben = await joinPlayer(t, pin, { name: 'Ben' });
    host.room.send('start');
    const opened = (await ana.nth('question', 0)).openedAt;
    t.clock.t = opened + 600;
    await answerAt(ana, 0, true, 0);
    t.clock.t = opened + 18_000;
    await answerAt(ben, 0, true, 0);
    const [a, b] = [await ana.nth('result', 0), await ben.nth('result', 0)];
    expect(a.points).toBe(b.points);
    expect(a.points).toBe(answerPoints('accuracy', a.credit, 0, null));
  });

  it('lets a player who lost the connection back within a minute with name, points, streak and the open question', async () => {
    const { host, pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    await joinPlayer(t, pin, { name: 'Ben' });
    const { token, playerId } = ana.last('welcome') as { token: string; playerId: string };
    host.room.send('start');
    await answerAt(ana, 0, true, 0);
    host.room.send('close');
    const before = await ana.nth('result', 0);
    expect(before.streak).toBe(1);
    host.room.send('next');
    await ana.nth('question', 1);
    await ana.room.leave(false);
    await until(() => [...host.room.state.players.values()].some((v: { connected: boolean }) => !v.connected), 3000, 'the host to see the player gone');
    // Back within the question's own time (20 s), well within the minute.
    t.clock.advance(5_000);
    const back = await joinPlayer(t, pin, { token });
    expect(back.last('welcome')).toMatchObject({ role: 'player', playerId, name: 'Ana' });
    // Straight back to the question in progress...
    const q = await back.nth('question', 0);
    expect(q.index).toBe(1);
    back.room.send('answer', { index: 1, response: responseFor(q.question, true) });
    await back.nth('ack', 0);
    host.room.send('close');
    // ...with the points and streak from before.
    const after = await back.nth('result', 0);
    expect(after.total).toBe(before.total + after.points);
    expect(after.streak).toBe(2);
  });

  it('refuses a token after the minute is up', async () => {
    const { host, pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    await joinPlayer(t, pin, { name: 'Ben' });
    const { token } = ana.last('welcome') as { token: string };
    host.room.send('start');
    await ana.nth('question', 0);
    await ana.room.leave(false);
    await until(() => [...host.room.state.players.values()].some((v: { connected: boolean }) => !v.connected), 3000, 'the host to see the player gone');
    t.clock.advance(LIVE_DEFAULTS.rejoinMs + 1);
    expect(await joinRefusal(t, pin, { token })).toBe('token-expired');
  });

  it('plays to the podium and ends, closing the room', async () => {
    const { host, pin } = await createGame(t, { questionCount: 2 });
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    host.room.send('start');
    for (let i = 0; i < 2; i++) {
      await answerAt(ana, i, true, i);
      await host.nth('reveal', i);
      host.room.send('next');
    }
    const podium = await ana.nth('podium', 0);
    expect(podium.standings.map((s) => [s.name, s.rank, s.correct, s.asked])).toEqual([['Ana', 1, 2, 2]]);
    let closed = 0;
    ana.room.onLeave((code) => (closed = code));
    host.room.send('end');
    await ana.nth('ended', 0);
    await until(() => closed !== 0, 3000, 'the room to close');
    expect(closed).toBe(4402);
    expect(await joinRefusal(t, pin, { name: 'Late' })).not.toBe('joined');
  });
});
