/**
 * The live game as the screens use it: is there a live server, host a game, join one, and one
 * connection that keeps itself going. What the room sends is folded by the pure client reducer
 * (src/live/client.ts); this file only talks to Colyseus and remembers, in this tab's session
 * storage, what a reload needs to come back (the host's key, a player's token, the host's class
 * results so far). Nothing about the players goes anywhere else.
 *
 * colyseus.js loads only when a live game is opened, so solo play never downloads it.
 */
import type { Response } from '../core/judge';
import type { StudentResult } from '../core/codes/result';
import { liveStudentResults } from '../live/classResults';
import { initialLiveClient, liveClientReducer, timeLeftMs, type AskedQuestion, type Board, type BoardPlayer, type LiveClientState, type LiveEnd, type LiveEvent, type Received } from '../live/client';
import { JOIN_REFUSED, LIVE_CLOSE, LIVE_ROOM, NO_SUCH_ROOM } from '../live/codes';
import type { CreateOptions } from '../live/protocol';
import type { HostRow } from '../live/reveal';

/** How long the menu waits for the live server to answer before offering no live play. */
const PROBE_MS = 2500;
/** A lost connection is retried this often, for as long as the room keeps a player's place. */
const RETRY_MS = 2000;
const RETRY_FOR_MS = 60_000;

/** A refusal the screens put into words: the server's reasons, and a few of the client's own. */
export type LiveRefusal = string;

export interface SessionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LiveDeps {
  /** The page's origin and path, e.g. http://127.0.0.1:2567/ (the live server is on the same origin). */
  endpoint: string;
  session: SessionStore;
  fetchJson(url: string, timeoutMs: number): Promise<unknown>;
  now(): number;
  /** A fresh secret for the host's key (URL-safe, 16+ characters). */
  secret(): string;
}

type ColyseusRoom = import('colyseus.js').Room;
type ColyseusClient = import('colyseus.js').Client;

interface Saved {
  role: 'host' | 'player';
  /** The host's key, or the player's rejoin token. */
  secret: string;
  /** Host: the questions asked and the answers to them, kept for the class results. */
  asked?: AskedQuestion[];
  rows?: Record<number, HostRow[]>;
}

const savedKey = (pin: string) => `factsprint.live.${pin}`;

/** One game's connection: its state for the screens, and what the host or player may send. */
export class LiveConnection {
  private room: ColyseusRoom | null = null;
  private listeners = new Set<(s: LiveClientState) => void>();
  private leaving = false;
  private retryUntil = 0;
  state: LiveClientState = initialLiveClient();

  constructor(
    private readonly deps: LiveDeps,
    private readonly client: ColyseusClient,
    readonly pin: string,
    private readonly rejoinOptions: () => Record<string, unknown> | null,
  ) {}

  subscribe(listener: (s: LiveClientState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Time left on the open question by the server's clock (this device's, corrected by the offset); null when none is open. */
  timeLeftMs(): number | null {
    return timeLeftMs(this.state, this.deps.now());
  }

  /** The host's class results so far, as student results stamped with the time they were taken. */
  classResults(): StudentResult[] {
    return liveStudentResults(`live-${this.pin}`, this.state.asked, this.state.rows, new Date(this.deps.now()).toISOString());
  }

  /** Takes a room just joined: every message and board change goes through the reducer. */
  attach(room: ColyseusRoom, restored?: Pick<LiveClientState, 'asked' | 'rows'>): void {
    this.room = room;
    if (restored) this.state = { ...this.state, asked: restored.asked, rows: restored.rows };
    room.onMessage('*', (type, payload) => this.dispatch({ type: 'message', message: { type, payload } as Received, localNow: this.deps.now() }));
    room.onStateChange((state) => this.dispatch({ type: 'board', board: boardOf(state) }));
    room.onLeave((code) => this.onLeave(code));
  }

  private dispatch(e: LiveEvent): void {
    const before = this.state;
    this.state = liveClientReducer(this.state, e);
    if (this.state === before) return;
    this.remember(before);
    for (const l of this.listeners) l(this.state);
  }

  /** What a reload needs: the token or key, and the host's results as they arrive. */
  private remember(before: LiveClientState): void {
    const s = this.state;
    try {
      if (s.me && s.me.token !== before.me?.token) this.deps.session.setItem(savedKey(this.pin), JSON.stringify({ role: 'player', secret: s.me.token } satisfies Saved));
      if (s.role === 'host' && (s.rows !== before.rows || s.asked !== before.asked)) {
        const saved = readSaved(this.deps.session, this.pin);
        if (saved?.role === 'host') this.deps.session.setItem(savedKey(this.pin), JSON.stringify({ ...saved, asked: s.asked, rows: s.rows } satisfies Saved));
      }
      if (s.screen === 'over' && s.end !== 'lost') this.deps.session.removeItem(savedKey(this.pin));
    } catch {
      // Storage full or off: the game goes on; only a reload would lose the way back.
    }
  }

  private onLeave(code: number): void {
    this.room = null;
    if (this.leaving) return;
    const end: LiveEnd | null = code === LIVE_CLOSE.ended ? 'ended' : code === LIVE_CLOSE.kicked ? 'kicked' : code === LIVE_CLOSE.replaced ? 'replaced' : null;
    if (end) return this.dispatch({ type: 'closed', end });
    // The network went: come back with the same name and points while the room keeps the place.
    this.retryUntil = this.deps.now() + RETRY_FOR_MS;
    this.state = { ...this.state, screen: 'connecting' };
    for (const l of this.listeners) l(this.state);
    void this.retry();
  }

  private async retry(): Promise<void> {
    while (!this.leaving && this.deps.now() < this.retryUntil) {
      await new Promise((r) => setTimeout(r, RETRY_MS));
      const options = this.rejoinOptions();
      if (!options || this.leaving) break;
      try {
        const room = await this.client.joinById(this.pin, options);
        this.attach(room);
        return;
      } catch (e) {
        // Refused for good (the game ended, the place expired): stop trying.
        if ((e as { code?: number }).code === JOIN_REFUSED || (e as { code?: number }).code === NO_SUCH_ROOM) break;
      }
    }
    if (!this.leaving) this.dispatch({ type: 'closed', end: 'lost' });
  }

  private send<T extends string>(type: T, message: unknown = {}): void {
    this.room?.send(type, message);
  }

  answer(index: number, response: Response): void {
    if (this.state.screen !== 'question' || this.state.answer) return;
    this.dispatch({ type: 'sent', index, response });
    this.send('answer', { index, response });
  }

  start(): void {
    this.send('start');
  }
  close(): void {
    this.send('close');
  }
  next(): void {
    this.send('next');
  }
  lock(locked: boolean): void {
    this.send('lock', { locked });
  }
  kick(playerId: string): void {
    this.send('kick', { playerId });
  }
  /** Host: end the game for everyone. */
  end(): void {
    this.send('end');
  }

  /** This page is done with the game (the player left, the host went back to the menu). */
  leave(): void {
    this.leaving = true;
    void this.room?.leave(true);
    this.room = null;
    try {
      this.deps.session.removeItem(savedKey(this.pin));
    } catch {
      // Nothing to forget.
    }
  }
}

function readSaved(session: SessionStore, pin: string): Saved | null {
  try {
    const raw = session.getItem(savedKey(pin));
    const d = raw ? (JSON.parse(raw) as Saved) : null;
    return d && (d.role === 'host' || d.role === 'player') && typeof d.secret === 'string' ? d : null;
  } catch {
    return null;
  }
}

/** The board out of Colyseus's synced state (plain fields; the players map iterated). */
function boardOf(state: unknown): Board {
  const s = state as Record<string, unknown> & { players?: { forEach(f: (v: Record<string, unknown>, k: string) => void): void } };
  const players: BoardPlayer[] = [];
  s.players?.forEach((v, k) => players.push({ playerId: k, name: String(v.name ?? ''), points: Number(v.points ?? 0), correct: Number(v.correct ?? 0), asked: Number(v.asked ?? 0), streak: Number(v.streak ?? 0), rank: Number(v.rank ?? 0), connected: v.connected !== false }));
  return {
    phase: String(s.phase ?? 'lobby'),
    pin: String(s.pin ?? ''),
    locked: s.locked === true,
    index: Number(s.index ?? -1),
    count: Number(s.count ?? 0),
    answered: Number(s.answered ?? 0),
    hostConnected: s.hostConnected === true,
    players,
  };
}

export type Joined = { ok: true; connection: LiveConnection } | { ok: false; reason: LiveRefusal };

/** A refusal's reason: the room's own (a name taken, a locked room), else what went wrong on the way. */
function reasonOf(e: unknown): LiveRefusal {
  const err = e as { code?: number; message?: string };
  if (err.code === JOIN_REFUSED && err.message) return err.message;
  if (err.code === NO_SUCH_ROOM) return 'no-game';
  if (err.message === 'rate-limited' || err.code === 429) return 'rate-limited';
  return 'unreachable';
}

export class LiveService {
  private probe: Promise<boolean> | null = null;
  private clientPromise: Promise<ColyseusClient> | null = null;
  current: LiveConnection | null = null;

  constructor(private readonly deps: LiveDeps) {}

  /** Whether a live server answers on this site (asked once per page). */
  available(): Promise<boolean> {
    this.probe ??= this.deps
      .fetchJson(new URL('live/health', this.deps.endpoint).href, PROBE_MS)
      .then((d) => (d as { live?: unknown } | null)?.live === true)
      .catch(() => false);
    return this.probe;
  }

  private client(): Promise<ColyseusClient> {
    this.clientPromise ??= import('colyseus.js').then(({ Client }) => new Client(this.deps.endpoint.replace(/\/[^/]*$/, '')));
    this.clientPromise.catch(() => (this.clientPromise = null));
    return this.clientPromise;
  }

  /** Whether this tab was in game `pin` before a reload, and as whom. */
  savedRole(pin: string): 'host' | 'player' | null {
    return readSaved(this.deps.session, pin)?.role ?? null;
  }

  private connection(client: ColyseusClient, pin: string): LiveConnection {
    this.current?.leave();
    const c = new LiveConnection(this.deps, client, pin, () => {
      const saved = readSaved(this.deps.session, pin);
      if (!saved) return null;
      return saved.role === 'host' ? { hostKey: saved.secret } : { token: saved.secret };
    });
    this.current = c;
    return c;
  }

  async host(options: Omit<CreateOptions, 'hostKey'>): Promise<Joined> {
    try {
      const client = await this.client();
      const hostKey = this.deps.secret();
      const room = await client.create(LIVE_ROOM, { ...options, hostKey });
      const c = this.connection(client, room.roomId);
      this.deps.session.setItem(savedKey(room.roomId), JSON.stringify({ role: 'host', secret: hostKey, asked: [], rows: {} } satisfies Saved));
      c.attach(room);
      return { ok: true, connection: c };
    } catch (e) {
      return { ok: false, reason: reasonOf(e) };
    }
  }

  /** Back into a game after a reload, as the host or the player this tab was. */
  async resume(pin: string, lang: string): Promise<Joined> {
    const saved = readSaved(this.deps.session, pin);
    if (!saved) return { ok: false, reason: 'token-unknown' };
    try {
      const client = await this.client();
      const room = await client.joinById(pin, saved.role === 'host' ? { hostKey: saved.secret, lang } : { token: saved.secret, lang });
      const c = this.connection(client, pin);
      c.attach(room, saved.role === 'host' ? { asked: saved.asked ?? [], rows: saved.rows ?? {} } : undefined);
      return { ok: true, connection: c };
    } catch (e) {
      const reason = reasonOf(e);
      // A game that is over or a place that expired will not come back: forget it.
      if (reason !== 'unreachable' && reason !== 'rate-limited') this.deps.session.removeItem(savedKey(pin));
      return { ok: false, reason };
    }
  }

  async join(pin: string, name: string, lang: string): Promise<Joined> {
    try {
      const client = await this.client();
      const room = await client.joinById(pin, { name, lang });
      const c = this.connection(client, pin);
      c.attach(room);
      return { ok: true, connection: c };
    } catch (e) {
      return { ok: false, reason: reasonOf(e) };
    }
  }
}

