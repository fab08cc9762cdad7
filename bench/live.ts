/**
 * The live game under load (`npm run bench -- live`): many rooms of simulated phones playing
 * whole games against the live server over loopback WebSockets, to see what a server process
 * can carry and what breaks first.
 *
 * The server (createLiveServer from server/app.ts, real clock, no pages) runs in a child process:
 * this same file, started again with FACTSPRINT_LIVE_BENCH_SERVER=1. So its CPU time, memory and
 * event loop are its own, and the simulated phones (colyseus.js clients in this process, each
 * decoding the room's state like a real phone) are measured apart from it. Both processes share
 * the machine's cores, so a busy phone side still slows the figures down; the phones' own load is
 * printed beside the server's to show when that happens.
 *
 * A game: the host creates a room with the room tests' bank, the players join by PIN (a few dozen
 * joins in flight at once, across the rooms), the host sends `start`, every phone answers after
 * a random "think" time, the question closes when all have answered (the host sends `close` only
 * if it does not), the host sends `next` from each reveal, then to the podium, then `end`.
 *
 * It prints figures and returns them; it asserts nothing. It throws only when the benchmark itself
 * breaks (the server does not start, a phone is refused or disconnected, a message never comes,
 * the overall time limit passes); the server process is stopped either way.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Client, Room } from 'colyseus.js';
import type { Response } from '../src/core/judge';
import { checkName } from '../src/live/names';
import { LIVE_ROOM } from '../src/live/codes';
import type { ServerMessages } from '../src/live/protocol';
import type { PublicQuestion } from '../src/live/publicQuestion';

const SERVER_ENV = 'FACTSPRINT_LIVE_BENCH_SERVER';
const HOST = '127.0.0.1';
const BANK_FILE = 'tests/live/fixtures/lighthouse-bank.json';
const HOST_KEY = 'bench-host-key-0123456789abcdef';
/** Every simulated phone comes from 127.0.0.1: the per-address join limit is not what is measured. */
const JOIN_LIMIT = { burst: 100_000, perMinute: 100_000 };
/**
 * Joins in flight at once: a few classes typing the PIN at the same moment. All of them at once
 * would mostly measure the kernel's listen backlog on loopback, not the server.
 */
const JOINS_IN_FLIGHT = 50;
/** Long enough that no question times out under load: the bench's phones always answer. */
const TIME_LIMIT_S = 60;
/** The longest any one awaited message may take before the benchmark counts as broken. */
const WAIT_MS = 30_000;
/** The event-loop delay monitor's timer; its own period is taken off the figures. */
const DELAY_RESOLUTION_MS = 10;
/** Phones ask for the host's language, and every third for German, so questions go out localized both ways. */
const LANGS = ['en', 'en', 'de'];

export const LIVE_LIMITS = { rooms: 200, players: 200, questions: 5, total: 4_000 };
/** 1,000 players by default; `--quick` only proves the benchmark works, in a few seconds. */
export const LIVE_LOAD = { full: { rooms: 25, players: 40, questions: 5 }, quick: { rooms: 2, players: 5, questions: 2 } };

export interface LiveOptions {
  quick: boolean;
  rooms?: number | null;
  players?: number | null;
  questions?: number | null;
  log?: (line: string) => void;
}

/** Nearest-rank percentiles and the largest, in ms. */
export interface Spread {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

interface ProcessSample {
  /**
   * User and system CPU time so far, µs, and event-loop time so far, busy and idle (ms): when the
   * sample was asked for, and after its garbage collection, so no phase pays for the collections.
   */
  cpuUs: number;
  cpuUsAfter: number;
  eluActive: number;
  eluIdle: number;
  eluActiveAfter: number;
  eluIdleAfter: number;
  rss: number;
  heapUsed: number;
  /** The largest seen since the previous sample (polled every 100 ms, and just before it). */
  peakRss: number;
  peakHeapUsed: number;
  /** How late the loop ran a 10 ms timer since the previous sample (ms). */
  lagP50: number;
  lagP99: number;
  lagMax: number;
}

/** One phase between two samples of a process. */
export interface PhaseFigures {
  wallMs: number;
  cpuMs: number;
  /** CPU time over wall time: 1 is one core's worth. */
  cores: number;
  /**
   * Share of the phase the event loop was running callbacks (1 is always). Wall time: a process
   * the machine's other work keeps off the CPU mid-callback still counts as busy, so read it
   * beside `cores`.
   */
  loopBusy: number;
  lagP50Ms: number;
  lagP99Ms: number;
  lagMaxMs: number;
}

export interface ProcessFigures {
  /**
   * The warmed-up process with no rooms: Node's own housekeeping and this bench's monitors (a
   * 10 ms timer, a memory poll). The per-1,000-player figures are net of it.
   */
  floor: PhaseFigures;
  /** Creating the rooms and seating every player. */
  joins: PhaseFigures;
  /** Everyone seated, nobody playing: the rooms' own clocks (a tick every 250 ms each). */
  idle: PhaseFigures;
  play: PhaseFigures;
  /** MB, after a full garbage collection (peaks: as polled, before it). */
  memory: {
    baseline: { rss: number; heapUsed: number };
    seated: { rss: number; heapUsed: number };
    peakInPlay: { rss: number; heapUsed: number };
    afterPlay: { rss: number; heapUsed: number };
    afterClose: { rss: number; heapUsed: number };
  };
  /** CPU per second of waiting, seated, per room (net of the floor). */
  idleCpuMsPerSecondPerRoom: number;
  /** Net of the floor's CPU. */
  perThousandPlayers: {
    joinCpuMs: number;
    /** CPU per second of waiting, seated (in rooms of this size). */
    idleCpuMsPerSecond: number;
    /** CPU for one question round trip of 1,000 players (question out, answers, acks, reveal, results). */
    questionCpuMs: number;
    seatedRssMB: number;
    seatedHeapMB: number;
    peakRssMB: number;
    peakHeapMB: number;
  };
}

export interface LiveFigures {
  load: { rooms: number; playersPerRoom: number; players: number; questions: number; thinkMs: [number, number]; joinsInFlight: number };
  serverPid: number;
  /** From forking the server process to its listening. */
  serverStartMs: number;
  joins: { seatAllMs: number; perSecond: number; joinMs: Spread; createRoomMs: Spread };
  answerToAckMs: Spread;
  /** The host's start/next send to the last phone of that room holding the question, per question (over the rooms). */
  questionToLastPhoneMs: { question: number; command: 'start' | 'next'; spread: Spread }[];
  /** The room's last answer sent to its last phone holding its own result (the reveal). */
  lastAnswerToLastResultMs: Spread;
  server: ProcessFigures;
  phones: ProcessFigures;
  totalMs: number;
}

// ---------------------------------------------------------------------------------------------
// Measuring a process

function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
  return { n: s.length, p50: at(50), p95: at(95), max: s.at(-1) ?? NaN };
}

/** V8's collector, for memory figures that hold what is live rather than what is not yet swept. */
function exposeGc(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

class ProcessWatch {
  private delay = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
  private peakRss = 0;
  private peakHeap = 0;
  private timer: NodeJS.Timeout;
  private gc = exposeGc();

  constructor() {
    this.delay.enable();
    this.timer = setInterval(() => this.notePeak(), 100);
    this.timer.unref();
  }

  private notePeak(): void {
    const m = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, m.rss);
    this.peakHeap = Math.max(this.peakHeap, m.heapUsed);
  }

  sample(): ProcessSample {
    this.notePeak();
    const lag = (ns: number) => Math.max(0, ns / 1e6 - DELAY_RESOLUTION_MS);
    const d = this.delay;
    const { lagP50, lagP99, lagMax } = d.count > 0 ? { lagP50: lag(d.percentile(50)), lagP99: lag(d.percentile(99)), lagMax: lag(d.max) } : { lagP50: 0, lagP99: 0, lagMax: 0 };
    const peakRss = this.peakRss;
    const peakHeapUsed = this.peakHeap;
    const cpu = process.cpuUsage();
    const elu = performance.eventLoopUtilization();
    this.gc();
    this.gc();
    const m = process.memoryUsage();
    const cpuAfter = process.cpuUsage();
    const eluAfter = performance.eventLoopUtilization();
    this.delay.reset();
    this.peakRss = m.rss;
    this.peakHeap = m.heapUsed;
    return {
      cpuUs: cpu.user + cpu.system,
      cpuUsAfter: cpuAfter.user + cpuAfter.system,
      eluActive: elu.active,
      eluIdle: elu.idle,
      eluActiveAfter: eluAfter.active,
      eluIdleAfter: eluAfter.idle,
      rss: m.rss,
      heapUsed: m.heapUsed,
      peakRss,
      peakHeapUsed,
      lagP50,
      lagP99,
      lagMax,
    };
  }

  stop(): void {
    clearInterval(this.timer);
    this.delay.disable();
  }
}

type ToServer = { type: 'sample' } | { type: 'stop' };
type FromServer = { type: 'ready'; port: number } | { type: 'sample'; sample: ProcessSample };

/**
 * The two processes talk in JSON lines over the child's stdin and stdout, not Node's IPC channel:
 * with an IPC channel, Colyseus's metrics module (@pm2/io) believes it runs under PM2 and
 * reports to it over that channel, which `npm run live` never does. Lines from the server that do
 * not start with this tag are its own output, passed through.
 */
const LINE_TAG = '\u0001live-bench ';

/** The child process: the live server, measuring itself when asked. */
async function serveForBench(): Promise<void> {
  const { createLiveServer } = await import('../server/app');
  const server = await createLiveServer({ distDir: null, joinLimit: JOIN_LIMIT });
  const port = await server.listen(0, HOST);
  const watch = new ProcessWatch();
  const reply = (m: FromServer) => process.stdout.write(`${LINE_TAG}${JSON.stringify(m)}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    watch.stop();
    const gone = setTimeout(() => process.exit(1), 10_000);
    server.close().then(
      () => {
        clearTimeout(gone);
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  createInterface({ input: process.stdin }).on('line', (line) => {
    const m = JSON.parse(line) as ToServer;
    if (m.type === 'sample') reply({ type: 'sample', sample: watch.sample() });
    else if (m.type === 'stop') stop();
  });
  // The benchmark process went away (crashed, killed): close rather than serve on alone.
  process.stdin.on('end', stop);
  reply({ type: 'ready', port });
}

/** The server's child process, seen from the benchmark. */
class ServerProcess {
  private pending: ((s: ProcessSample) => void)[] = [];
  private exited: Promise<number | null>;
  private onReady: ((port: number) => void) | null = null;
  port = 0;

  private constructor(private child: ChildProcessByStdio<Writable, Readable, null>) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith(LINE_TAG)) return console.log(line);
      const m = JSON.parse(line.slice(LINE_TAG.length)) as FromServer;
      if (m.type === 'ready') this.onReady?.(m.port);
      else if (m.type === 'sample') this.pending.shift()?.(m.sample);
    });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  static async start(): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, [SERVER_ENV]: '1' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const server = new ServerProcess(child);
    let timer: NodeJS.Timeout | undefined;
    try {
      server.port = await new Promise<number>((resolve, reject) => {
        server.onReady = resolve;
        timer = setTimeout(() => reject(new Error('the live server process did not start within 60 s')), 60_000);
        child.once('error', (e) => reject(new Error(`the live server process could not start: ${e.message}`)));
        void server.exited.then((code) => reject(new Error(`the live server process exited before it was ready (code ${code})`)));
      });
      return server;
    } catch (e) {
      child.kill('SIGKILL');
      throw e;
    } finally {
      clearTimeout(timer);
      server.onReady = null;
    }
  }

  private send(m: ToServer): void {
    if (this.child.exitCode === null && this.child.stdin.writable) this.child.stdin.write(`${JSON.stringify(m)}\n`);
  }

  sample(): Promise<ProcessSample> {
    return withTimeout(
      new Promise<ProcessSample>((resolve) => {
        this.pending.push(resolve);
        this.send({ type: 'sample' });
      }),
      WAIT_MS,
      'the server process to measure itself',
    );
  }

  /** Asks the server to close; kills it if it has not gone within 15 s. */
  async stop(): Promise<void> {
    this.send({ type: 'stop' });
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// The simulated rooms

interface Phone {
  room: Room;
  welcomed: boolean;
  closed: boolean;
  /** performance.now() per question index: when the question arrived, the answer went, the result arrived. */
  questionAt: number[];
  sentAt: number[];
  resultAt: number[];
  ackMs: number[];
}

/** Any answer the question's view could send (right or wrong does not change the server's work). */
function someResponse(q: PublicQuestion): Response {
  const pick = (n: number) => Math.floor(Math.random() * n);
  switch (q.type) {
    case 'choice':
      return { kind: 'choice', place: pick(q.options.length) };
    case 'truefalse':
      return { kind: 'choice', place: pick(2) };
    case 'estimate':
      return { kind: 'number', value: q.min + Math.random() * (q.max - q.min) };
    case 'when': {
      const year = String(q.minYear + pick(q.maxYear - q.minYear + 1)).padStart(4, '0');
      return { kind: 'date', value: q.precision === 'year' ? year : q.precision === 'month' ? `${year}-06` : `${year}-06-15` };
    }
    case 'where':
      return { kind: 'point', lat: Math.random() * 120 - 60, lon: Math.random() * 340 - 170 };
  }
}

class Game {
  host!: Room;
  pin = '';
  hostWelcomed = false;
  hostClosed = false;
  count = 0;
  phones: Phone[] = [];
  arrived: number[] = [];
  acks: number[] = [];
  results: number[] = [];
  revealed = new Set<number>();
  podiums = 0;
  hostPodium = false;
  /** Set once the game is over (or the run aborted): connections closing are expected from then on. */
  ending = false;
  failure: Error | null = null;
  private waiters: { check: () => boolean; done: (e?: Error) => void }[] = [];
  private timers = new Set<NodeJS.Timeout>();

  constructor(readonly think: [number, number]) {}

  poke(): void {
    for (const w of [...this.waiters]) {
      if (this.failure) w.done(this.failure);
      else if (w.check()) w.done();
    }
  }

  fail(e: Error): void {
    this.failure ??= e;
    this.poke();
  }

  until(check: () => boolean, ms: number, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      if (check()) return resolve();
      const w = {
        check,
        done: (e?: Error) => {
          clearTimeout(timer);
          this.waiters.splice(this.waiters.indexOf(w), 1);
          if (e) reject(e);
          else resolve();
        },
      };
      const timer = setTimeout(() => w.done(new Error(`room ${this.pin}: no ${what} within ${ms} ms`)), ms);
      this.waiters.push(w);
    });
  }

  /** Stops answering and waiting (the run is over or aborted). */
  finish(e?: Error): void {
    this.ending = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    if (e) this.fail(e);
  }

  attachHost(room: Room): void {
    this.host = room;
    this.pin = room.roomId;
    room.onMessage('*', (type, message) => {
      if (type === 'welcome') this.hostWelcomed = true;
      else if (type === 'reveal') this.revealed.add((message as ServerMessages['reveal']).index);
      else if (type === 'podium') this.hostPodium = true;
      else if (type === 'error') {
        const m = message as ServerMessages['error'];
        // A `close` that crossed the room's own close (everyone had answered) is harmless.
        if (!(m.type === 'close' && m.reason === 'wrong-phase')) this.fail(new Error(`room ${this.pin}: the host was sent an error: ${JSON.stringify(m)}`));
      }
      this.poke();
    });
    room.onLeave((code) => {
      this.hostClosed = true;
      if (!this.ending) this.fail(new Error(`room ${this.pin}: the host's connection closed (code ${code})`));
      this.poke();
    });
  }

  attachPhone(room: Room): Phone {
    const phone: Phone = { room, welcomed: false, closed: false, questionAt: [], sentAt: [], resultAt: [], ackMs: [] };
    this.phones.push(phone);
    room.onMessage('*', (type, message) => {
      const now = performance.now();
      switch (type) {
        case 'welcome':
          phone.welcomed = true;
          break;
        case 'question': {
          const m = message as ServerMessages['question'];
          if (phone.questionAt[m.index] !== undefined) break;
          phone.questionAt[m.index] = now;
          this.count = m.count;
          this.arrived[m.index] = (this.arrived[m.index] ?? 0) + 1;
          const [low, high] = this.think;
          const timer = setTimeout(
            () => {
              this.timers.delete(timer);
              if (this.ending || phone.closed) return;
              phone.sentAt[m.index] = performance.now();
              room.send('answer', { index: m.index, response: someResponse(m.question) });
            },
            low + Math.random() * (high - low),
          );
          this.timers.add(timer);
          break;
        }
        case 'ack': {
          const m = message as ServerMessages['ack'];
          const sent = phone.sentAt[m.index];
          if (sent === undefined || phone.ackMs[m.index] !== undefined) break;
          phone.ackMs[m.index] = now - sent;
          this.acks[m.index] = (this.acks[m.index] ?? 0) + 1;
          break;
        }
        case 'result': {
          const m = message as ServerMessages['result'];
          if (phone.resultAt[m.index] !== undefined) break;
          phone.resultAt[m.index] = now;
          this.results[m.index] = (this.results[m.index] ?? 0) + 1;
          break;
        }
        case 'podium':
          this.podiums++;
          break;
        case 'error':
          this.fail(new Error(`room ${this.pin}: a phone was sent an error: ${JSON.stringify(message)}`));
          break;
        default:
          break;
      }
      this.poke();
    });
    room.onLeave((code) => {
      phone.closed = true;
      if (!this.ending) this.fail(new Error(`room ${this.pin}: a phone's connection closed (code ${code})`));
      this.poke();
    });
    return phone;
  }

  get everyoneClosed(): boolean {
    return this.hostClosed && this.phones.every((p) => p.closed);
  }
}

interface PlayTimes {
  questionToLastPhone: { question: number; ms: number }[];
  lastAnswerToLastResult: number[];
}

/** One game from `start` to the podium. */
async function play(game: Game): Promise<PlayTimes> {
  const out: PlayTimes = { questionToLastPhone: [], lastAnswerToLastResult: [] };
  const n = game.phones.length;
  for (let q = 0; q === 0 || q < game.count; q++) {
    const sent = performance.now();
    game.host.send(q === 0 ? 'start' : 'next');
    await game.until(() => game.arrived[q] === n, WAIT_MS, `question ${q + 1} on every phone`);
    out.questionToLastPhone.push({ question: q, ms: Math.max(...game.phones.map((p) => p.questionAt[q]!)) - sent });
    await game.until(() => game.acks[q] === n, game.think[1] + WAIT_MS, `ack for every answer to question ${q + 1}`);
    const lastAnswer = Math.max(...game.phones.map((p) => p.sentAt[q]!));
    // The last answer closes the question by itself; `close` is the host's fallback.
    await game.until(() => game.revealed.has(q), 2_000, `reveal of question ${q + 1}`).catch((e: unknown) => {
      if (game.failure) throw e;
      game.host.send('close');
    });
    await game.until(() => game.results[q] === n, WAIT_MS, `result of question ${q + 1} on every phone`);
    out.lastAnswerToLastResult.push(Math.max(...game.phones.map((p) => p.resultAt[q]!)) - lastAnswer);
  }
  game.host.send('next');
  await game.until(() => game.hostPodium && game.podiums === n, WAIT_MS, 'podium on every phone');
  return out;
}

async function createGame(client: Client, bank: unknown, questions: number, think: [number, number]): Promise<{ game: Game; ms: number }> {
  const t = performance.now();
  const game = new Game(think);
  game.attachHost(await client.create(LIVE_ROOM, { hostKey: HOST_KEY, bank, questionCount: questions, timeLimitS: TIME_LIMIT_S, lang: 'en' }));
  await game.until(() => game.hostWelcomed, WAIT_MS, "the host's welcome");
  return { game, ms: performance.now() - t };
}

async function joinPhone(client: Client, game: Game, i: number): Promise<number> {
  const t = performance.now();
  const phone = game.attachPhone(await client.joinById(game.pin, { name: `Phone ${i + 1}`, lang: LANGS[i % LANGS.length] }));
  await game.until(() => phone.welcomed, WAIT_MS, `welcome for phone ${i + 1}`);
  return performance.now() - t;
}

/** Runs `f` over `items`, `width` at a time. */
async function inFlight<T>(items: T[], width: number, f: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await f(items[next++]!);
    }),
  );
}

async function endGame(game: Game): Promise<void> {
  game.ending = true;
  game.host.send('end');
  await game.until(() => game.everyoneClosed, WAIT_MS, 'every connection to close after `end`');
}

/** Closes whatever is still connected (after a failure or a timeout). */
async function disconnectAll(games: Game[]): Promise<void> {
  const open: Room[] = [];
  for (const g of games) {
    if (g.host && !g.hostClosed) open.push(g.host);
    for (const p of g.phones) if (!p.closed) open.push(p.room);
  }
  await Promise.allSettled(open.map((r) => withTimeout(r.leave(true), 5_000, 'a connection to close')));
}

// ---------------------------------------------------------------------------------------------
// The benchmark

const MB = 2 ** 20;

function phase(a: ProcessSample, b: ProcessSample, wallMs: number): PhaseFigures {
  const active = b.eluActive - a.eluActiveAfter;
  const idle = b.eluIdle - a.eluIdleAfter;
  const cpuMs = (b.cpuUs - a.cpuUsAfter) / 1000;
  return { wallMs, cpuMs, cores: cpuMs / wallMs, loopBusy: active / Math.max(1e-9, active + idle), lagP50Ms: b.lagP50, lagP99Ms: b.lagP99, lagMaxMs: b.lagMax };
}

function processFigures(s: ProcessSample[], wall: { floor: number; joins: number; idle: number; play: number }, rooms: number, players: number, questions: number): ProcessFigures {
  const [warm, base, seated, rested, played, closed] = s as [ProcessSample, ProcessSample, ProcessSample, ProcessSample, ProcessSample, ProcessSample];
  const mem = (rss: number, heapUsed: number) => ({ rss: rss / MB, heapUsed: heapUsed / MB });
  const per = 1000 / players;
  const floor = phase(warm, base, wall.floor);
  const net = (p: PhaseFigures) => Math.max(0, p.cpuMs - floor.cores * p.wallMs);
  const joins = phase(base, seated, wall.joins);
  const idle = phase(seated, rested, wall.idle);
  const play = phase(rested, played, wall.play);
  const peakRss = Math.max(seated.rss, played.peakRss);
  const peakHeap = Math.max(seated.heapUsed, played.peakHeapUsed);
  return {
    floor,
    joins,
    idle,
    play,
    idleCpuMsPerSecondPerRoom: net(idle) / (idle.wallMs / 1000) / rooms,
    memory: {
      baseline: mem(base.rss, base.heapUsed),
      seated: mem(seated.rss, seated.heapUsed),
      peakInPlay: mem(peakRss, peakHeap),
      afterPlay: mem(played.rss, played.heapUsed),
      afterClose: mem(closed.rss, closed.heapUsed),
    },
    perThousandPlayers: {
      joinCpuMs: net(joins) * per,
      idleCpuMsPerSecond: (net(idle) / (idle.wallMs / 1000)) * per,
      questionCpuMs: (net(play) / questions) * per,
      seatedRssMB: ((seated.rss - base.rss) / MB) * per,
      seatedHeapMB: ((seated.heapUsed - base.heapUsed) / MB) * per,
      peakRssMB: ((peakRss - base.rss) / MB) * per,
      peakHeapMB: ((peakHeap - base.heapUsed) / MB) * per,
    },
  };
}

const f0 = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
const f1 = (x: number) => x.toFixed(1);
const ms = (s: Spread) => `p50 ${f1(s.p50)} / p95 ${f1(s.p95)} / max ${f1(s.max)} ms (${f0(s.n)})`;

function printFigures(fig: LiveFigures, log: (line: string) => void): void {
  const { load } = fig;
  log(`\njoins: ${f0(load.players)} players seated in ${(fig.joins.seatAllMs / 1000).toFixed(2)} s (${f0(fig.joins.perSecond)} a second, ${load.joinsInFlight} in flight)`);
  log(`  one join (joinById to welcome): ${ms(fig.joins.joinMs)}`);
  log(`  one room created (create to the host's welcome): ${ms(fig.joins.createRoomMs)}`);
  log(`answer sent → its ack: ${ms(fig.answerToAckMs)}`);
  log(`host's start/next → the room's last phone holding the question (over ${load.rooms} rooms):`);
  for (const q of fig.questionToLastPhoneMs) log(`  question ${q.question + 1} (${q.command}): ${ms(q.spread)}`);
  log(`the room's last answer → its last phone holding its result (reveal): ${ms(fig.lastAnswerToLastResultMs)}`);
  for (const [who, p] of [
    [`server process (pid ${fig.serverPid})`, fig.server],
    ['simulated phones (this process)', fig.phones],
  ] as const) {
    const m = p.memory;
    log(`\n${who}`);
    for (const [name, ph] of [
      ['floor', p.floor],
      ['joins', p.joins],
      ['idle ', p.idle],
      ['play ', p.play],
    ] as const) {
      log(`  ${name}: CPU ${f0(ph.cpuMs)} ms in ${(ph.wallMs / 1000).toFixed(1)} s (${ph.cores.toFixed(2)} of a core); event loop busy ${(ph.loopBusy * 100).toFixed(0)}%; lag p50 ${f1(ph.lagP50Ms)} / p99 ${f1(ph.lagP99Ms)} / max ${f1(ph.lagMaxMs)} ms`);
    }
    log(`  memory (MB, RSS / heap used, after GC): start ${f1(m.baseline.rss)} / ${f1(m.baseline.heapUsed)}, seated ${f1(m.seated.rss)} / ${f1(m.seated.heapUsed)}, peak in play ${f1(m.peakInPlay.rss)} / ${f1(m.peakInPlay.heapUsed)} (before GC), after play ${f1(m.afterPlay.rss)} / ${f1(m.afterPlay.heapUsed)}, rooms closed ${f1(m.afterClose.rss)} / ${f1(m.afterClose.heapUsed)}`);
    const k = p.perThousandPlayers;
    log(`  CPU net of the floor: seated and waiting ${f1(p.idleCpuMsPerSecondPerRoom)} ms a second per room`);
    log(`  per 1,000 players: creating the rooms and joining ${f0(k.joinCpuMs)} ms CPU; seated and waiting ${f0(k.idleCpuMsPerSecond)} ms CPU a second; one question round ${f0(k.questionCpuMs)} ms CPU; seated +${f1(k.seatedRssMB)} MB RSS, +${f1(k.seatedHeapMB)} MB heap; peak in play +${f1(k.peakRssMB)} MB RSS, +${f1(k.peakHeapMB)} MB heap`);
  }
}

export async function liveBench(o: LiveOptions): Promise<LiveFigures> {
  const log = o.log ?? ((line: string) => console.log(line));
  const load = o.quick ? LIVE_LOAD.quick : LIVE_LOAD.full;
  const rooms = o.rooms ?? load.rooms;
  const playersPerRoom = o.players ?? load.players;
  const questions = o.questions ?? load.questions;
  // Compressed from a real question's 20 s: the server sees several times a real class's pace.
  const think: [number, number] = o.quick ? [0, 100] : [300, 3_000];
  const players = rooms * playersPerRoom;
  if (rooms < 1 || rooms > LIVE_LIMITS.rooms || playersPerRoom < 1 || playersPerRoom > LIVE_LIMITS.players || questions < 1 || questions > LIVE_LIMITS.questions || players > LIVE_LIMITS.total) {
    throw new Error(`live: at most ${LIVE_LIMITS.rooms} rooms of ${LIVE_LIMITS.players} players, ${LIVE_LIMITS.total} in all, and ${LIVE_LIMITS.questions} questions (the bank's)`);
  }
  for (let i = 0; i < playersPerRoom; i++) if (!checkName(`Phone ${i + 1}`).ok) throw new Error(`live: the name "Phone ${i + 1}" would be refused`);
  const overallMs = (o.quick ? 60_000 : 300_000) + players * 100;
  log(`live game: ${rooms} rooms of ${playersPerRoom} players (${f0(players)} players), ${questions} question${questions > 1 ? 's' : ''} each, answers ${think[0]}–${think[1]} ms after each question arrives; bank ${BANK_FILE}; everything on ${HOST}; time limit ${overallMs / 1000} s`);

  const bank = JSON.parse(readFileSync(BANK_FILE, 'utf8')) as unknown;
  const { Client: ColyseusClient } = await import('colyseus.js');
  const started = performance.now();
  const server = await ServerProcess.start();
  const serverStartMs = performance.now() - started;
  const client = new ColyseusClient(`http://${HOST}:${server.port}`);
  log(`server: child process ${server.pid} on ${HOST}:${server.port} (createLiveServer, real clock); phones: this process`);
  const games: Game[] = [];
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = new Error(`the live benchmark did not finish within ${overallMs / 1000} s`);
      for (const g of games) g.finish(e);
      reject(e);
    }, overallMs);
  });

  const run = async (): Promise<LiveFigures> => {
    // A small game first, so the figures below are not the JIT compiling the server's code.
    const warm = await createGame(client, bank, LIVE_LIMITS.questions, [0, 0]);
    games.push(warm.game);
    for (let i = 0; i < 3; i++) await joinPhone(client, warm.game, i);
    await play(warm.game);
    await endGame(warm.game);

    const watch = new ProcessWatch();
    const samples: { server: ProcessSample[]; phones: ProcessSample[] } = { server: [], phones: [] };
    const sample = async () => {
      samples.server.push(await server.sample());
      samples.phones.push(watch.sample());
    };
    const rest = async (msToWait: number) => {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, msToWait));
      return performance.now() - t;
    };
    try {
      await sample();
      const floorWall = await rest(o.quick ? 300 : 3_000);
      await sample();
      const t0 = performance.now();
      const created: number[] = [];
      await inFlight(
        Array.from({ length: rooms }, (_, i) => i),
        JOINS_IN_FLIGHT,
        async () => {
          const { game, ms: took } = await createGame(client, bank, questions, think);
          games.push(game);
          created.push(took);
        },
      );
      const mine = games.slice(1);
      // Round robin over the rooms: the classes join side by side, as at the start of a lesson.
      const seats = Array.from({ length: players }, (_, k) => ({ game: mine[k % rooms]!, i: Math.floor(k / rooms) }));
      const joinMs: number[] = [];
      const tJoins = performance.now();
      await inFlight(seats, JOINS_IN_FLIGHT, async ({ game, i }) => {
        joinMs.push(await joinPhone(client, game, i));
      });
      const seatAllMs = performance.now() - tJoins;
      const joinsWall = performance.now() - t0;
      await sample();

      const idleWall = await rest(o.quick ? 300 : 5_000);
      await sample();

      const tPlay = performance.now();
      const times = await Promise.all(mine.map((g) => play(g)));
      const playWall = performance.now() - tPlay;
      await sample();

      await Promise.all(mine.map((g) => endGame(g)));
      // Rooms dispose just after their last connection closes.
      await new Promise((r) => setTimeout(r, o.quick ? 200 : 1_000));
      await sample();

      const acks = mine.flatMap((g) => g.phones.flatMap((p) => p.ackMs.filter((x) => x !== undefined)));
      const asked = Math.max(...mine.map((g) => g.count));
      const fig: LiveFigures = {
        load: { rooms, playersPerRoom, players, questions: asked, thinkMs: think, joinsInFlight: JOINS_IN_FLIGHT },
        serverPid: server.pid,
        serverStartMs,
        joins: { seatAllMs, perSecond: (players / seatAllMs) * 1000, joinMs: spread(joinMs), createRoomMs: spread(created) },
        answerToAckMs: spread(acks),
        questionToLastPhoneMs: Array.from({ length: asked }, (_, q) => ({
          question: q,
          command: q === 0 ? ('start' as const) : ('next' as const),
          spread: spread(times.flatMap((t) => t.questionToLastPhone.filter((x) => x.question === q).map((x) => x.ms))),
        })),
        lastAnswerToLastResultMs: spread(times.flatMap((t) => t.lastAnswerToLastResult)),
        server: processFigures(samples.server, { floor: floorWall, joins: joinsWall, idle: idleWall, play: playWall }, rooms, players, asked),
        phones: processFigures(samples.phones, { floor: floorWall, joins: joinsWall, idle: idleWall, play: playWall }, rooms, players, asked),
        totalMs: performance.now() - started,
      };
      printFigures(fig, log);
      log(`\nlive bench: ${(fig.totalMs / 1000).toFixed(1)} s in all, ${(serverStartMs / 1000).toFixed(1)} s of it starting the server process${o.quick ? ' (--quick: too few players to extrapolate from; this run proves the benchmark works)' : ''}`);
      return fig;
    } finally {
      watch.stop();
    }
  };

  try {
    return await Promise.race([run(), timedOut]);
  } catch (e) {
    for (const g of games) g.finish(e instanceof Error ? e : new Error(String(e)));
    throw e;
  } finally {
    clearTimeout(timer);
    for (const g of games) g.finish();
    await disconnectAll(games);
    await server.stop();
  }
}

if (process.env[SERVER_ENV] === '1') {
  serveForBench().catch((e: unknown) => {
    console.error(`live bench server: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  });
}
