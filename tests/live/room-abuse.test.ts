/**
 * What a live room does with abuse: a full room, malformed, unknown and oversized messages
 * (dropped, the sender told, the game unharmed), and joins from one address past the limit.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_JOIN_LIMIT } from '../../server/rateLimit';
import { createGame, joinPlayer, joinRefusal, responseFor, startLiveServer, until, type LiveTestServer } from './helpers';

const CAP = 3;
let t: LiveTestServer;
beforeAll(async () => {
  t = await startLiveServer({ room: { cap: CAP } });
});
afterEach(async () => {
  t.server.limiter.options = { burst: 100_000, perMinute: 100_000 };
  await t.colyseus.cleanup();
});
afterAll(async () => {
  await t.close();
});

describe('a live room under abuse', () => {
  it('is full at its cap, but a player coming back still gets in', async () => {
    const { pin } = await createGame(t);
    const players = [];
    for (let i = 0; i < CAP; i++) players.push(await joinPlayer(t, pin, { name: `Player ${i + 1}` }));
    expect(await joinRefusal(t, pin, { name: 'One too many' })).toBe('full');
    const { token } = players[0]!.last('welcome') as { token: string };
    await players[0]!.room.leave(false);
    expect(await joinRefusal(t, pin, { token })).toBe('joined');
  });

  it('drops malformed and unknown messages, tells the sender, and carries on', async () => {
    const { host, pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    host.room.send('start');
    const q = (await ana.nth('question', 0)).question;
    ana.room.send('answer', { index: 'first', response: { kind: 'choice', place: 0 } });
    expect(await ana.nth('error', 0)).toMatchObject({ code: 'malformed', type: 'answer' });
    ana.room.send('answer', { index: 0, response: { kind: 'choice', place: 0 }, bonus: 1000 });
    expect(await ana.nth('error', 1)).toMatchObject({ code: 'malformed', type: 'answer' });
    ana.room.send('answer', { index: 0, response: { kind: 'number', value: 'NaN' } });
    expect(await ana.nth('error', 2)).toMatchObject({ code: 'malformed', type: 'answer' });
    ana.room.send('points', { add: 1_000_000 });
    expect(await ana.nth('error', 3)).toMatchObject({ code: 'unknown-type', type: 'points' });
    host.room.send('lock', { locked: 'yes' });
    expect(await host.nth('error', 0)).toMatchObject({ code: 'malformed', type: 'lock' });
    // Still connected, still able to answer once.
    ana.room.send('answer', { index: 0, response: responseFor(q, true) });
    expect(await ana.nth('ack', 0)).toMatchObject({ index: 0 });
  });

  it('drops an oversized message unread, tells the sender, and closes a connection that sends a huge frame', async () => {
    const { host, pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    host.room.send('start');
    await ana.nth('question', 0);
    ana.room.send('answer', { index: 0, response: { kind: 'date', value: 'x'.repeat(2_000) } });
    expect(await ana.nth('error', 0)).toMatchObject({ code: 'too-large' });
    expect(ana.all('ack')).toHaveLength(0);
    let closed = 0;
    ana.room.onLeave((code) => (closed = code));
    ana.room.send('answer', 'y'.repeat(200_000));
    await until(() => closed !== 0, 3000, 'the connection to close');
    expect(closed).toBe(1009);
  });

  it('limits joins from one address: a burst, then refusals until it refills', async () => {
    const { pin } = await createGame(t);
    t.server.limiter.options = { burst: 3, perMinute: 1 };
    // Wrong PINs count too: that is how a lobby gets flooded from guessed PINs.
    expect(await joinRefusal(t, '100000', { name: 'Guess' })).not.toBe('joined');
    expect(await joinRefusal(t, pin, { name: 'A' })).toBe('joined');
    expect(await joinRefusal(t, pin, { name: 'B' })).toBe('joined');
    expect(await joinRefusal(t, pin, { name: 'C' })).toMatch(/rate-limited/);
    expect(DEFAULT_JOIN_LIMIT.burst).toBeGreaterThanOrEqual(30);
  });
});
