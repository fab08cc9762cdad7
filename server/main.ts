/**
 * `npm run live`: the built game and the live server on one origin, http://127.0.0.1:2567/ by
 * default. PORT and HOST change where it listens; REDIS_URL joins other processes through Redis;
 * LIVE_CAP sets the most players per room (200). Nothing is written to disk.
 * With several processes, PUBLIC_ADDRESS is where browsers reach this one process (host:port, or
 * host/path behind a proxy; no scheme): a room lives in one process, and a player matched through
 * another opens the room's WebSocket there (tests/live/redis.test.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLiveServer } from './app';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? '127.0.0.1';
const cap = Number(process.env.LIVE_CAP ?? 200);

if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
if (!Number.isInteger(cap) || cap < 1) throw new Error(`LIVE_CAP must be a whole number of players, not ${process.env.LIVE_CAP}`);
if (!existsSync(distDir)) console.warn('dist/ is missing: run `npm run build` (npm run live does) to serve the game.');

const server = await createLiveServer({
  distDir,
  redisUrl: process.env.REDIS_URL || undefined,
  publicAddress: process.env.PUBLIC_ADDRESS || undefined,
  room: { cap },
  trustProxy: process.env.TRUST_PROXY === '1',
});
const actual = await server.listen(port, host);
console.log(`Factsprint live server on http://${host}:${actual}/ (${process.env.REDIS_URL ? 'with Redis' : 'in memory'})`);

const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
