/**
 * One live game: a Colyseus room, the only writer of its game. Every join, answer and host
 * command becomes an action for the pure reducer (src/live/game.ts), one at a time, so no answer
 * is lost or counted twice; this class only checks messages, keeps track of connections, and
 * sends what the reducer's effects call for. Nothing is written anywhere: the game lives in this
 * object and is gone when the room closes.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Room, ServerError, type Client, type ClientPrivate } from '@colyseus/core';
import type { AreaLookup } from '../src/core/area';
import { validateBank } from '../src/core/bank/validate';
import { selectQuestions } from '../src/core/select';
import { liveReducer } from '../src/live/game';
import { JOIN_REFUSED, LIVE_CLOSE } from '../src/live/codes';
import { CLIENT_MESSAGES, CreateOptionsSchema, HOST_MESSAGES, JoinOptionsSchema, MAX_MESSAGE_BYTES, type ClientMessageType, type ErrorCode } from '../src/live/protocol';
import { createLiveGame, LIVE_DEFAULTS, type LiveAction, type LiveEffect, type LiveState } from '../src/live/state';
import { readAreas } from './areas';
import { BankTexts } from './bankTexts';
import { Messenger } from './messenger';
import { claimPin, releasePin } from './pins';
import { LiveRoomState, PlayerView } from './roomState';

export interface LiveRoomSettings {
  /** Most players per room. */
  cap: number;
  rejoinMs: number;
  graceMs: number;
  /** How often the room's clock looks at the time (question time-outs, expired tokens). */
  tickMs: number;
  /** A room nobody is connected to closes after this long (the host may be reloading). */
  emptyCloseMs: number;
  /** The server's clock: every time a question opens or an answer arrives is read from it. */
  now: () => number;
  /** The outlines "where" questions naming an area are scored by, as a solo round scores them. */
  areas: AreaLookup;
}

// The outlines are read from disk once, as the server loads this module; every room shares them.
export const DEFAULT_ROOM_SETTINGS: LiveRoomSettings = { cap: LIVE_DEFAULTS.cap, rejoinMs: LIVE_DEFAULTS.rejoinMs, graceMs: LIVE_DEFAULTS.graceMs, tickMs: 250, emptyCloseMs: 60_000, now: Date.now, areas: readAreas() };

export interface ClientData {
  role: 'host' | 'player';
  playerId?: string;
  lang: string;
}

const newToken = () => randomBytes(24).toString('base64url');
const newPlayerId = () => randomBytes(9).toString('base64url');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class LiveRoom extends Room<InstanceType<typeof LiveRoomState>, unknown, ClientData> {
  /** Replaced per server (server/app.ts defines a subclass with its own settings). */
  protected settings: LiveRoomSettings = DEFAULT_ROOM_SETTINGS;
  private game!: LiveState;
  private hostKey = '';
  private texts!: BankTexts;
  private messenger!: Messenger;
  private pin = '';
  /** The host's language: players who name none get the questions in it. */
  private lang = '';
  private emptySince: number | null = null;
  /** What the board was last built from (see sync). */
  private boardKey = '';

  override async onCreate(raw: unknown): Promise<void> {
    const options = CreateOptionsSchema.safeParse(raw);
    if (!options.success) throw new ServerError(JOIN_REFUSED, 'bad-options');
    const bank = validateBank(options.data.bank, 'bank');
    if (!bank.ok) throw new ServerError(JOIN_REFUSED, 'bad-bank');
    const questions = selectQuestions(bank.bank, options.data.questionCount, randomBytes(8).toString('hex'));
    if (questions.length === 0) throw new ServerError(JOIN_REFUSED, 'no-questions');
    const s = this.settings;
    this.game = createLiveGame(questions, { mode: options.data.mode, timeLimitMs: options.data.timeLimitS * 1000, graceMs: s.graceMs, cap: s.cap, rejoinMs: s.rejoinMs });
    this.hostKey = options.data.hostKey;
    this.texts = new BankTexts(bank.bank);
    this.pin = await claimPin(this.presence);
    this.roomId = this.pin;
    // Joined by PIN only: never listed to anyone browsing for rooms.
    await this.setPrivate(true);
    // Players who lost their connection keep their place, so the room must not close when it
    // empties for a moment; it closes itself after emptyCloseMs (see tick).
    this.autoDispose = false;
    // The host, the players, and room for a few who are coming back while their old connection
    // has not yet timed out.
    this.maxClients = s.cap + 1 + Math.max(10, Math.ceil(s.cap / 10));
    const state = new LiveRoomState();
    state.pin = this.pin;
    state.count = questions.length;
    this.setState(state);
    this.lang = this.texts.language(options.data.lang);
    this.messenger = new Messenger(this, this.texts, () => this.settings.now());
    this.onMessage('*', (client, type, message) => this.onClientMessage(client, String(type), message));
    this.clock.setInterval(() => this.tick(), s.tickMs);
    this.sync();
  }

  override async onDispose(): Promise<void> {
    if (this.pin) await releasePin(this.presence, this.pin);
  }

  /** Every join goes through here: refusals reach the joining client as a ServerError. */
  override onJoin(client: Client<ClientData>, raw: unknown): void {
    const options = JoinOptionsSchema.safeParse(raw);
    if (!options.success) throw new ServerError(JOIN_REFUSED, 'malformed');
    const o = options.data;
    if ('hostKey' in o) {
      if (!sameSecret(o.hostKey, this.hostKey)) throw new ServerError(JOIN_REFUSED, 'not-host');
      // A reloaded host page takes over from its old connection.
      for (const c of this.clients) if (c !== client && c.userData?.role === 'host') c.leave(LIVE_CLOSE.replaced);
      client.userData = { role: 'host', lang: this.texts.language(o.lang ?? this.lang) };
      this.messenger.welcomeHost(client, this.game);
      this.sync();
      return;
    }
    const lang = this.texts.language(o.lang ?? this.lang);
    const now = this.settings.now();
    const step = 'name' in o ? this.reduce({ type: 'join', playerId: newPlayerId(), name: o.name, token: newToken(), now }) : this.reduce({ type: 'rejoin', token: o.token, now });
    const refused = step.find((e) => e.type === 'refused');
    if (refused?.type === 'refused') throw new ServerError(JOIN_REFUSED, refused.reason);
    const done = step.find((e) => e.type === 'joined' || e.type === 'rejoined');
    if (!done || (done.type !== 'joined' && done.type !== 'rejoined')) throw new ServerError(JOIN_REFUSED, 'refused');
    // The same player on an older connection (a second tab, a reload not yet noticed) is dropped.
    for (const c of this.clients) if (c !== client && c.userData?.playerId === done.playerId) c.leave(LIVE_CLOSE.replaced);
    client.userData = { role: 'player', playerId: done.playerId, lang };
    this.messenger.welcomePlayer(client, this.game, done.playerId);
    this.handle(step);
  }

  override onLeave(client: Client<ClientData>, consented: boolean): void {
    const data = client.userData;
    if (data?.role === 'player' && data.playerId) {
      // Not when a newer connection of the same player has taken over.
      const replaced = this.clients.some((c) => c !== client && c.userData?.playerId === data.playerId);
      if (!replaced) this.dispatch({ type: 'leave', playerId: data.playerId, consented, now: this.settings.now() });
    }
    this.sync();
  }

  /** Messages are checked before anything reads them: size first, then shape, then who sent it. */
  protected override _onMessage(client: Client & ClientPrivate, buffer: Buffer): void {
    if (buffer.byteLength > MAX_MESSAGE_BYTES) {
      this.refuse(client, 'too-large');
      return;
    }
    super._onMessage(client, buffer);
  }

  private onClientMessage(client: Client<ClientData>, type: string, message: unknown): void {
    if (!Object.hasOwn(CLIENT_MESSAGES, type)) return this.refuse(client, 'unknown-type', type);
    const t = type as ClientMessageType;
    const parsed = CLIENT_MESSAGES[t].safeParse(message);
    if (!parsed.success) return this.refuse(client, 'malformed', t);
    const role = client.userData?.role;
    if (HOST_MESSAGES.includes(t) && role !== 'host') return this.refuse(client, 'not-host', t);
    const now = this.settings.now();
    switch (t) {
      case 'answer': {
        const playerId = client.userData?.playerId;
        if (role !== 'player' || !playerId) return this.refuse(client, 'not-player', t);
        const a = CLIENT_MESSAGES.answer.parse(message);
        return this.dispatch({ type: 'answer', playerId, index: a.index, response: a.response, now }, client);
      }
      case 'lock':
        return this.dispatch({ type: 'lock', locked: CLIENT_MESSAGES.lock.parse(message).locked }, client);
      case 'kick':
        return this.dispatch({ type: 'kick', playerId: CLIENT_MESSAGES.kick.parse(message).playerId }, client);
      case 'start':
      case 'close':
      case 'next':
        return this.dispatch({ type: t, now }, client);
      case 'end':
        return this.dispatch({ type: 'end' }, client);
    }
  }

  private refuse(client: Client, code: ErrorCode, type?: string, reason?: string): void {
    client.send('error', { code, ...(type ? { type } : {}), ...(reason ? { reason } : {}) });
  }

  private reduce(action: LiveAction): LiveEffect[] {
    const step = liveReducer(this.game, action, this.settings.areas);
    this.game = step.state;
    return step.effects;
  }

  /** One action, its effects carried out; a refusal goes back to `from`, the client that asked. */
  private dispatch(action: LiveAction, from?: Client): void {
    const effects = this.reduce(action);
    for (const e of effects) if (e.type === 'refused' && from) this.refuse(from, 'refused', action.type, e.reason);
    this.handle(effects);
  }

  private handle(effects: LiveEffect[]): void {
    for (const e of effects) {
      switch (e.type) {
        case 'opened':
          this.messenger.question(this.game);
          break;
        case 'accepted':
          this.messenger.ack(e.playerId, e.index, e.receivedAt);
          break;
        case 'closed':
          this.messenger.reveal(this.game);
          break;
        case 'podium':
          this.messenger.podium(this.game);
          break;
        case 'kicked':
          for (const c of this.clients) {
            if (c.userData?.playerId !== e.playerId) continue;
            c.send('kicked', {});
            c.leave(LIVE_CLOSE.kicked);
          }
          break;
        case 'ended':
          this.broadcast('ended', {});
          this.clock.setTimeout(() => void this.disconnect(LIVE_CLOSE.ended), 200);
          break;
        default:
          break;
      }
    }
    this.sync();
  }

  private tick(): void {
    const now = this.settings.now();
    if (this.clients.length === 0) {
      this.emptySince ??= now;
      if (now - this.emptySince > this.settings.emptyCloseMs) {
        void this.disconnect();
        return;
      }
    } else this.emptySince = null;
    this.dispatch({ type: 'tick', now });
  }

  /** The shared state from the game: phase, clock, answer count, the board as of the last reveal. */
  private sync(): void {
    const g = this.game;
    const s = this.state;
    s.phase = g.phase;
    s.locked = g.locked;
    s.index = g.index;
    s.openedAt = g.phase === 'lobby' ? 0 : g.openedAt;
    s.closesAt = g.phase === 'lobby' ? 0 : g.openedAt + g.config.timeLimitMs;
    s.answered = g.phase === 'question' ? g.players.filter((p) => p.round.answers.length > g.index).length : 0;
    s.hostConnected = this.clients.some((c) => c.userData?.role === 'host');
    // The board changes only when a question closes or opens, or someone joins, leaves or comes
    // back (answers to an open question are not on it): rebuilding it after every answer and
    // every tick was most of an idle room's cost (npm run bench -- live).
    const key = `${g.phase}|${g.index}|${g.players.map((p) => `${p.id}:${p.connected ? 1 : 0}`).join(',')}`;
    if (key === this.boardKey) return;
    this.boardKey = key;
    this.messenger.board(s.players, g, PlayerView);
  }
}
