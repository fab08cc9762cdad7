/**
 * Joining a live room: the PIN, the name rules as a player meets them, the locked room, the host
 * coming back after a reload, and removing a player.
 */
import { describe, expect, it } from 'vitest';
import { HOST_KEY, Recorded, createGame, joinPlayer, joinRefusal, liveServerPerFile, until } from './helpers';

const t = liveServerPerFile();

describe('a live room', () => {
  it('is joined by a PIN of six digits, different for every room', async () => {
    const pins = new Set<string>();
    for (let i = 0; i < 5; i++) pins.add((await createGame(t)).pin);
    expect(pins.size).toBe(5);
    for (const pin of pins) expect(pin).toMatch(/^[1-9]\d{5}$/);
  });

  it('welcomes a player with their name and a token to come back with, and shows them in the lobby', async () => {
    const { host, pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: '  Ana   María ' });
    const welcome = ana.last('welcome')!;
    expect(welcome).toMatchObject({ role: 'player', name: 'Ana María' });
    expect(welcome.role === 'player' && welcome.token.length).toBeGreaterThanOrEqual(16);
    await until(() => host.room.state.players?.size === 1, 3000, 'the host to see the player');
    const seen = [...host.room.state.players.values()] as { name: string; points: number }[];
    expect(seen.map((p) => p.name)).toEqual(['Ana María']);
    expect(host.room.state.phase).toBe('lobby');
  });

  it('refuses empty, over-long, control-character, abusive and duplicate names, and malformed joins', async () => {
    const { pin } = await createGame(t);
    await joinPlayer(t, pin, { name: 'José' });
    expect(await joinRefusal(t, pin, { name: '   ' })).toBe('name-empty');
    expect(await joinRefusal(t, pin, { name: 'x'.repeat(25) })).toBe('name-too-long');
    expect(await joinRefusal(t, pin, { name: 'Bob\u202Eevil' })).toBe('name-control');
    expect(await joinRefusal(t, pin, { name: 'Sh1t Head' })).toBe('name-abusive');
    expect(await joinRefusal(t, pin, { name: 'блядь' })).toBe('name-abusive');
    expect(await joinRefusal(t, pin, { name: 'jose' })).toBe('name-taken');
    expect(await joinRefusal(t, pin, { name: 42 })).toBe('malformed');
    expect(await joinRefusal(t, pin, { name: 'Ok', extra: 'field' })).toBe('malformed');
    expect(await joinRefusal(t, pin, { hostKey: 'wrong-key-0123456789abcdef' })).toBe('not-host');
    // A name of exactly 24 characters is fine.
    expect(await joinRefusal(t, pin, { name: 'y'.repeat(24) })).toBe('joined');
  });

  it('refuses a room that does not exist', async () => {
    expect(await joinRefusal(t, '999999', { name: 'Lost' })).not.toBe('joined');
  });

  it('refuses new players once locked, still lets a player back in with their token, and opens again when unlocked', async () => {
    const { host, pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    const token = (ana.last('welcome') as { token: string }).token;
    host.room.send('lock', { locked: true });
    await until(() => host.room.state.locked === true, 3000, 'the lock');
    expect(await joinRefusal(t, pin, { name: 'Ben' })).toBe('locked');
    await ana.room.leave(false);
    const back = await joinPlayer(t, pin, { token });
    expect(back.last('welcome')).toMatchObject({ role: 'player', name: 'Ana' });
    host.room.send('lock', { locked: false });
    await until(() => host.room.state.locked === false, 3000, 'the unlock');
    expect(await joinRefusal(t, pin, { name: 'Ben' })).toBe('joined');
  });

  it('removes a kicked player, who is told, disconnected and cannot come back with their token', async () => {
    const { host, pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    const welcome = ana.last('welcome') as { playerId: string; token: string };
    let closedWith = 0;
    ana.room.onLeave((code) => (closedWith = code));
    host.room.send('kick', { playerId: welcome.playerId });
    await ana.nth('kicked', 0);
    await until(() => closedWith !== 0, 3000, 'the kicked connection to close');
    expect(closedWith).toBe(4401);
    await until(() => host.room.state.players.size === 0, 3000, 'the player to leave the board');
    expect(await joinRefusal(t, pin, { token: welcome.token })).toBe('kicked');
    // The name is free again for someone else.
    expect(await joinRefusal(t, pin, { name: 'Ana' })).toBe('joined');
  });

  it('lets the host come back after a reload and carry on the game', async () => {
    const { host, pin } = await createGame(t);
    await joinPlayer(t, pin, { name: 'Ana' });
    host.room.send('start');
    await host.nth('question', 0);
    await host.room.leave(false);
    const again = new Recorded(await t.client.joinById(pin, { hostKey: HOST_KEY }));
    // Back on the question in progress, and in control: closing it reveals the answer.
    const q = await again.nth('question', 0);
    expect(q.index).toBe(0);
    again.room.send('close');
    const reveal = await again.nth('reveal', 0);
    expect(reveal.index).toBe(0);
    expect((await again.nth('results', 0)).rows).toHaveLength(1);
  });

  it('refuses host commands from a player', async () => {
    const { pin } = await createGame(t);
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    ana.room.send('start');
    expect(await ana.nth('error', 0)).toMatchObject({ code: 'not-host', type: 'start' });
  });
});
