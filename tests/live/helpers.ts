/**
 * A live server on 127.0.0.1 and a free port for room tests, with a clock the test moves by hand
 * (frozen otherwise), so answer times and time-outs are exact; and clients that record every
 * message they receive. Every wait is bounded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ColyseusTestServer } from '@colyseus/testing';
import { Client, type Room } from 'colyseus.js';
import type { Bank, Question } from '../../src/core/bank/schema';
import type { Response } from '../../src/core/judge';
import { LIVE_ROOM } from '../../src/live/codes';
import type { CreateOptions, ServerMessages } from '../../src/live/protocol';
import type { PublicQuestion } from '../../src/live/publicQuestion';
import { createLiveServer, type LiveServer, type LiveServerOptions } from '../../server/app';

export const BANK: Bank = JSON.parse(readFileSync(new URL('./fixtures/lighthouse-bank.json', import.meta.url), 'utf8'));
export const HOST_KEY = 'host-key-0123456789abcdef';

export class TestClock {
  constructor(public t = 1_700_000_000_000) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

export interface LiveTestServer {
  server: LiveServer;
  colyseus: ColyseusTestServer;
  clock: TestClock;
  client: Client;
  close(): Promise<void>;
}

export async function startLiveServer(options: Partial<LiveServerOptions> = {}): Promise<LiveTestServer> {
  const clock = new TestClock();
  const server = await createLiveServer({
    distDir: null,
    joinLimit: { burst: 100_000, perMinute: 100_000 },
    ...options,
    room: { tickMs: 20, now: clock.now, ...options.room },
  });
  const port = await server.listen(0, '127.0.0.1');
  const colyseus = new ColyseusTestServer(server.gameServer);
  return { server, colyseus, clock, client: new Client(`http://127.0.0.1:${port}`), close: () => server.close() };
}

/**
 * One live server for a test file: started before its tests, its rooms cleaned after each test,
 * closed after all. The object is filled in once the server is up.
 */
export function liveServerPerFile(options: Partial<LiveServerOptions> = {}): LiveTestServer {
  const shared = {} as LiveTestServer;
  beforeAll(async () => {
    Object.assign(shared, await startLiveServer(options));
  });
  afterEach(async () => {
    await shared.colyseus.cleanup();
  });
  afterAll(async () => {
    await shared.close();
  });
  return shared;
}

type Received = { [K in keyof ServerMessages]: [K, ServerMessages[K]] }[keyof ServerMessages];

/** A joined client and everything it has been sent, in order. */
export class Recorded {
  readonly messages: Received[] = [];
  private waiters: (() => void)[] = [];

  constructor(readonly room: Room) {
    room.onMessage('*', (type, message) => {
      this.messages.push([type as keyof ServerMessages, message] as Received);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  all<K extends keyof ServerMessages>(type: K): ServerMessages[K][] {
    return this.messages.filter((m) => m[0] === type).map((m) => m[1] as ServerMessages[K]);
  }

  last<K extends keyof ServerMessages>(type: K): ServerMessages[K] | undefined {
    return this.all(type).at(-1);
  }

  /** The `n`-th message of a type (0 first), waiting up to `ms` for it. */
  async nth<K extends keyof ServerMessages>(type: K, n: number, ms = 3000): Promise<ServerMessages[K]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.all(type)[n];
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${type}" message #${n} within ${ms} ms; got ${this.messages.map((m) => m[0]).join(', ')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}

export async function createGame(t: LiveTestServer, options: Partial<CreateOptions> = {}): Promise<{ host: Recorded; pin: string }> {
  const room = await t.client.create(LIVE_ROOM, { hostKey: HOST_KEY, bank: BANK, questionCount: 5, timeLimitS: 20, lang: 'en', ...options });
  const host = new Recorded(room);
  await host.nth('welcome', 0);
  return { host, pin: room.roomId };
}

export async function joinPlayer(t: LiveTestServer, pin: string, options: Record<string, unknown>): Promise<Recorded> {
  const p = new Recorded(await t.client.joinById(pin, options));
  await p.nth('welcome', 0);
  return p;
}

/** The error a refused join rejects with (its message is the refusal's reason). */
export async function joinRefusal(t: LiveTestServer, pin: string, options: unknown): Promise<string> {
  try {
    const room = await t.client.joinById(pin, options as Record<string, unknown>);
    await room.leave();
    return 'joined';
  } catch (e) {
    return (e as Error).message;
  }
}

/** Waits until `check` holds, polling; fails after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const bankQuestion = (id: string): Question => BANK.questions.find((q) => q.id === id)!;

/** Where the right card is shown, from the fixture (the test's own knowledge, never the server's). */
export function rightPlace(pq: PublicQuestion): number | null {
  const q = bankQuestion(pq.id);
  if (q.type === 'choice' && pq.type === 'choice') return pq.options.indexOf(q.options[q.answer]!);
  if (q.type === 'truefalse') return q.answer ? 0 : 1;
  return null;
}

export const placesShown = (pq: PublicQuestion): number => (pq.type === 'choice' ? pq.options.length : pq.type === 'truefalse' ? 2 : 0);

/** A right (or a plainly wrong) response to a question as the phone sees it. */
export function responseFor(pq: PublicQuestion, right: boolean): Response {
  const q = bankQuestion(pq.id);
  switch (q.type) {
    case 'choice':
    case 'truefalse': {
      const place = rightPlace(pq)!;
      return { kind: 'choice', place: right ? place : (place + 1) % placesShown(pq) };
    }
    case 'estimate':
      return { kind: 'number', value: right ? q.answer.value : q.answer.value * 1000 };
    case 'when':
      return { kind: 'date', value: right ? q.answer.value : '2016-01-01' };
    case 'where':
      return right ? { kind: 'point', lat: q.answer.lat, lon: q.answer.lon } : { kind: 'point', lat: -45, lon: -120 };
  }
}
