/**
 * The live server as several processes sharing Redis (REDIS_URL): a redis-server of the test's
 * own on 127.0.0.1 that keeps nothing on disk, and two real server processes (server/main.ts,
 * each with its PUBLIC_ADDRESS). Colyseus puts a new room in the process with the fewest rooms,
 * not necessarily the one the host asked, so players join through both processes: whichever
 * holds the room, some of them were matched by the other one and must still reach it.
 * Separate processes run on the real clock: short time limits, and the host closes questions
 * early rather than waiting for them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'colyseus.js';
import { LIVE_ROOM } from '../../src/live/codes';
import type { CreateOptions } from '../../src/live/protocol';
import { BANK, HOST_KEY, Recorded, responseFor, until } from './helpers';
import { freePort, start, stop, STOP_MS, type Child } from '../support/processes';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Two server processes starting at once on a busy 2-core machine take a few seconds. */
const START_MS = 25_000;

const rooms: Recorded[] = [];
let redisDir = '';
let redis: Child | null = null;
let servers: Child[] = [];
let ports: [number, number] = [0, 0];

/**
 * Why the processes could not be started, if so: every test then fails with it (a failed
 * beforeAll alone would show the tests as skipped).
 */
let notStarted: Error | null = null;

beforeAll(async () => {
  try {
    await startAll();
  } catch (e) {
    notStarted = e as Error;
  }
}, 2 * START_MS + 5_000);

async function startAll(): Promise<void> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: this test runs a Redis of its own to join two live server processes. Install it with `apt-get install redis-server` (.ci/run does).');
  }
  const redisPort = await freePort();
  ports = [await freePort(), await freePort()];
  // In a directory of its own, with no snapshots and no append-only file: nothing is kept.
  redisDir = mkdtempSync(join(tmpdir(), 'factsprint-redis-'));
  redis = await start(
    'redis-server',
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    redisDir,
    process.env,
    /Ready to accept connections/,
    START_MS,
  );
  servers = await Promise.all(
    ports.map((port, i) =>
      start(
        `live server ${i + 1}`,
        process.execPath,
        ['--import', 'tsx', 'server/main.ts'],
        ROOT,
        { ...process.env, PORT: String(port), HOST: '127.0.0.1', REDIS_URL: `redis://127.0.0.1:${redisPort}`, PUBLIC_ADDRESS: `127.0.0.1:${port}` },
        /Factsprint live server on http:\/\/127\.0\.0\.1:\d+\/ \(with Redis\)/,
        START_MS,
      ),
    ),
  );
}

afterAll(async () => {
  await Promise.race([Promise.allSettled(rooms.map((r) => r.room.leave())), new Promise((r) => setTimeout(r, 1000))]);
  // The live servers first: they leave Redis as they close.
  await Promise.all(servers.map(stop));
  if (redis) await stop(redis);
  if (redisDir) rmSync(redisDir, { recursive: true, force: true });
}, 3 * (STOP_MS + 1000) + 2000);

const address = (port: number) => `127.0.0.1:${port}`;

/** A client that asks the server on `port`, and notes where it opens each room's WebSocket. */
function through(port: number): { client: Client; sockets: string[] } {
  const sockets: string[] = [];
  const client = new Client(`http://${address(port)}`, {
    urlBuilder: (url) => {
      if (url.protocol === 'ws:') sockets.push(url.host);
      return url.toString();
    },
  });
  return { client, sockets };
}

async function hostGame(port: number, options: Partial<CreateOptions> = {}) {
  const { client, sockets } = through(port);
  const room = await client.create(LIVE_ROOM, { hostKey: HOST_KEY, bank: BANK, questionCount: 5, timeLimitS: 5, lang: 'en', ...options });
  const host = new Recorded(room);
  rooms.push(host);
  await host.nth('welcome', 0);
  return { host, pin: room.roomId, sockets };
}

async function joinThrough(port: number, pin: string, name: string) {
  const { client, sockets } = through(port);
  const player = new Recorded(await client.joinById(pin, { name }));
  rooms.push(player);
  await player.nth('welcome', 0);
  return { player, sockets };
}

const boardNames = (host: Recorded) => ([...host.room.state.players.values()] as { name: string }[]).map((p) => p.name).sort();

describe('two live server processes sharing Redis', () => {
  it('play one game to its podium with players who joined by PIN through either process', async () => {
    if (notStarted) throw notStarted;
    const [one, two] = ports;
    const game = await hostGame(one);
    expect(game.pin).toMatch(/^[1-9]\d{5}$/);
    // Ana and Ben ask process 2, Cem process 1.
    const ana = await joinThrough(two, game.pin, 'Ana');
    const ben = await joinThrough(two, game.pin, 'Ben');
    const cem = await joinThrough(one, game.pin, 'Cem');
    // Everyone's connection went to the one process that holds the room, at its public address.
    const home = game.sockets[0];
    expect([address(one), address(two)]).toContain(home);
    for (const s of [game, ana, ben, cem]) expect(s.sockets).toEqual([home]);

    const { host } = game;
    await until(() => host.room.state.players?.size === 3, 3000, 'the host to see three players');
    expect(boardNames(host)).toEqual(['Ana', 'Ben', 'Cem']);
    host.room.send('start');

    // Ana is always right, Ben right on the first two questions only, Cem wrong on every other
    // question and silent on the rest (the host closes those).
    const plan = (index: number): [Recorded, boolean | null][] => [
      [ana.player, true],
      [ben.player, index < 2],
      [cem.player, index % 2 === 0 ? false : null],
    ];
    const acks = new Map<Recorded, number>();
    const totals = new Map<Recorded, number>();
    for (let index = 0; index < 5; index++) {
      const answering = plan(index).filter(([, right]) => right !== null) as [Recorded, boolean][];
      for (const [p, right] of answering) {
        const { question } = await p.nth('question', index);
        p.room.send('answer', { index, response: responseFor(question, right) });
        await p.nth('ack', acks.get(p) ?? 0);
        acks.set(p, (acks.get(p) ?? 0) + 1);
      }
      if (answering.length < 3) {
        // The host's screen counts the answers in, then the host closes the question early.
        await until(() => host.room.state.phase === 'question' && host.room.state.answered === 2, 3000, 'the host to count two answers');
        host.room.send('close');
      }
      const reveal = await host.nth('reveal', index);
      const rights = answering.filter(([, right]) => right).length;
      expect(reveal.tally.correct).toBe(rights);
      expect(reveal.tally.wrong + reveal.tally.partial).toBe(answering.length - rights);
      expect(reveal.tally.noAnswer).toBe(3 - answering.length);
      const results = await host.nth('results', index);
      expect(Object.fromEntries(results.rows.map((r) => [r.name, r.correct]))).toEqual({ Ana: true, Ben: index < 2, Cem: false });
      for (const [p] of plan(index)) totals.set(p, (await p.nth('result', index)).total);
      host.room.send('next');
    }

    // The podium, the same for the host and the players wherever they were matched.
    const { standings } = await host.nth('podium', 0);
    expect(standings.map((s) => [s.name, s.rank, s.correct])).toEqual([
      ['Ana', 1, 5],
      ['Ben', 2, 2],
      ['Cem', 3, 0],
    ]);
    expect(standings.map((s) => s.points)).toEqual([ana, ben, cem].map((s) => totals.get(s.player)));
    for (const s of [ana, ben, cem]) expect((await s.player.nth('podium', 0)).standings).toEqual(standings);
  });

  it('give two games at once, one hosted through each process, their own PINs and their own players', async () => {
    if (notStarted) throw notStarted;
    const [one, two] = ports;
    const first = await hostGame(one);
    const second = await hostGame(two);
    expect(first.pin).not.toBe(second.pin);
    // The same name is free in each game: each PIN leads to its own room, through either process.
    const inFirst = await joinThrough(two, first.pin, 'Dana');
    const inSecond = await joinThrough(one, second.pin, 'Dana');
    expect(inFirst.sockets).toEqual(first.sockets);
    expect(inSecond.sockets).toEqual(second.sockets);
    await until(() => first.host.room.state.players?.size === 1 && second.host.room.state.players?.size === 1, 3000, 'each host to see a player');
    expect(boardNames(first.host)).toEqual(['Dana']);
    expect(boardNames(second.host)).toEqual(['Dana']);
    // A second Dana through the other process reaches the same first game, and is refused there.
    await expect(through(one).client.joinById(first.pin, { name: 'dana' })).rejects.toThrow('name-taken');
  });
});
