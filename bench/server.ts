/**
 * A tiny static file server for the page benchmark: one folder on loopback, on a free port,
 * with the content types a static host would send and gzip for the types worth compressing.
 *
 * Files are read and compressed once, when the server starts, so the page timings measure the
 * browser and the game rather than zlib (a real host caches or precompresses the same way).
 * The gzip level is exported so the benchmark can compress Phaser's chunk identically when it
 * compares sizes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** zlib's default level, which is also what most hosts and `compression` middlewares use. */
export const GZIP_LEVEL = 6;

export const gzip = (data: Buffer): Buffer => gzipSync(data, { level: GZIP_LEVEL, strategy: constants.Z_DEFAULT_STRATEGY });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
};

/** Text formats shrink under gzip; audio, images and fonts are already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg\+xml)/;

interface Entry {
  type: string;
  raw: Buffer;
  /** Null when gzip would not make the file smaller, or the type is not worth compressing. */
  gz: Buffer | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function load(root: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const file of walk(root)) {
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const raw = readFileSync(file);
    const packed = COMPRESSIBLE.test(type) ? gzip(raw) : null;
    files.set('/' + relative(root, file).split(sep).join('/'), { type, raw, gz: packed && packed.length < raw.length ? packed : null });
  }
  return files;
}

/** One response as the server sent it. */
export interface Sent {
  path: string;
  /** Body bytes on the wire (compressed when gzipped). */
  bytes: number;
  gzip: boolean;
  /** When the last byte was handed to the socket: ms since the Unix epoch, like a page's performance.timeOrigin + performance.now(). */
  endEpochMs: number;
}

export interface StaticServer {
  /** Ends in a slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  /**
   * Every response since the last call, then forgets them. The benchmark reads this to see
   * traffic the page's own Resource Timing cannot: the service worker's precache, the favicon
   * and the manifest, which the browser fetches on its own.
   */
  takeLog(): Sent[];
  /** Every path asked for that the folder does not have, over the server's life. */
  notFound(): string[];
  /** The body bytes this server sends for a path to a browser that accepts gzip, and the file's own size. */
  sizeOf(path: string): { sent: number; raw: number } | undefined;
  close(): Promise<void>;
}

/** Serves `root` at http://127.0.0.1:<free port>/. Only files present at start are served. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const files = load(root);
  let log: Sent[] = [];
  const missing = new Set<string>();
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    // Only the map is consulted, so "../" can never reach outside the folder.
    const entry = files.get(path);
    if (!entry) missing.add(path);
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(entry ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(entry ? 'method not allowed' : 'not found');
      return;
    }
    const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = entry.gz && wantsGzip ? entry.gz : entry.raw;
    const gz = body === entry.gz;
    res.once('finish', () => log.push({ path: path.slice(1), bytes: req.method === 'HEAD' ? 0 : body.length, gzip: gz, endEpochMs: performance.timeOrigin + performance.now() }));
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      ...(gz ? { 'Content-Encoding': 'gzip' } : {}),
      Vary: 'Accept-Encoding',
      // Every run uses a fresh browser context anyway; this keeps a reused one honest too.
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer(handle);
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    notFound: () => [...missing],
    sizeOf: (path) => {
      const e = files.get('/' + path);
      return e && { sent: (e.gz ?? e.raw).length, raw: e.raw.length };
    },
    takeLog: () => {
      const out = log;
      log = [];
      return out;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
