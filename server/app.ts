/**
 * The live server: one HTTP server that serves the built game (dist/), answers /live/health,
 * and carries Colyseus's matchmaking and WebSockets, all on one origin. With a Redis URL the
 * rooms' presence and listing go through Redis, so several processes share PINs and joins;
 * without, everything stays in this process's memory.
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalDriver, LocalPresence, Server, type MatchMakerDriver, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { LIVE_ROOM } from '../src/live/codes';
import { DEFAULT_ROOM_SETTINGS, LiveRoom, type LiveRoomSettings } from './LiveRoom';
import { DEFAULT_JOIN_LIMIT, RateLimiter, type RateLimitOptions } from './rateLimit';
import { serveStatic } from './staticFiles';

export interface LiveServerOptions {
  /** The built game; null serves no pages (the tests). */
  distDir: string | null;
  redisUrl?: string;
  room?: Partial<LiveRoomSettings>;
  joinLimit?: RateLimitOptions;
  /** Read the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy?: boolean;
  /**
   * Where browsers reach this very process (host:port, no scheme), for several processes: a
   * room lives in one process, and a player matched through another must open the WebSocket here.
   */
  publicAddress?: string;
}

/** A matchmaking request body (create options carry a whole bank) is cut off past this. */
const MAX_MATCHMAKE_BYTES = 2 * 1024 * 1024;
/** The WebSocket refuses frames past this outright; the room drops messages past 1 KB itself. */
const MAX_FRAME_BYTES = 64 * 1024;

export interface LiveServer {
  gameServer: Server;
  http: HttpServer;
  limiter: RateLimiter;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? 'unknown';
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

async function redisBackends(url: string): Promise<{ presence: Presence; driver: MatchMakerDriver }> {
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([import('@colyseus/redis-presence'), import('@colyseus/redis-driver')]);
  return { presence: new RedisPresence(url), driver: new RedisDriver(url) };
}

export async function createLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const limiter = new RateLimiter(options.joinLimit ?? DEFAULT_JOIN_LIMIT);
  const settings: LiveRoomSettings = { ...DEFAULT_ROOM_SETTINGS, ...options.room };
  const http = createServer();
  const { presence, driver } = options.redisUrl ? await redisBackends(options.redisUrl) : { presence: new LocalPresence(), driver: new LocalDriver() };
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_FRAME_BYTES }),
    presence,
    driver,
    publicAddress: options.publicAddress,
    greet: false,
    gracefullyShutdown: false,
  });
  gameServer.define(
    LIVE_ROOM,
    class extends LiveRoom {
      protected override settings = settings;
    },
  );

  // Colyseus has put its matchmaking handler on the server; ours goes in front of it, to limit
  // joins per address and the size of what is posted, and to serve everything else.
  const matchmaking = http.listeners('request').slice() as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (url.startsWith('/matchmake/')) {
      if (req.method === 'POST') {
        if (!limiter.take(clientAddress(req, options.trustProxy ?? false))) return json(res, 429, { code: 429, error: 'rate-limited' });
        if (Number(req.headers['content-length'] ?? 0) > MAX_MATCHMAKE_BYTES) return json(res, 413, { code: 413, error: 'too-large' });
        let seen = 0;
        req.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > MAX_MATCHMAKE_BYTES) req.destroy();
        });
      }
      for (const handler of matchmaking) handler.call(http, req, res);
      return;
    }
    if (url === '/live/health' || url.startsWith('/live/health?')) return json(res, 200, { live: true, version: 1 });
    if (options.distDir === null) return json(res, 404, { error: 'not found' });
    serveStatic(options.distDir, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  return {
    gameServer,
    http,
    limiter,
    async listen(port, host) {
      await gameServer.listen(port, host);
      const actual = (http.address() as AddressInfo).port;
      // Colyseus keeps the port it was asked for; with 0 (any free port) tell it the real one.
      (gameServer as unknown as { port: number }).port = actual;
      return actual;
    },
    async close() {
      await gameServer.gracefullyShutdown(false);
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
