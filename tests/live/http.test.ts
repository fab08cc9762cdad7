/**
 * The live server's own HTTP: the health check the menu will probe, and the built game served
 * from the same origin, never a file outside it.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveTestServer } from './helpers';

let t: LiveTestServer;
let dist: string;
let base: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'factsprint-live-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Factsprint</title>');
  writeFileSync(join(dist, 'assets', 'main-AbCdEf12.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'factsprint-live-secret.txt'), 'secret');
  t = await startLiveServer({ distDir: dist });
  base = `http://127.0.0.1:${(t.server.http.address() as { port: number }).port}`;
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'factsprint-live-secret.txt'), { force: true });
});

describe('the live server over HTTP', () => {
  it('answers the health check', async () => {
    const res = await fetch(`${base}/live/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ live: true, version: 1 });
  });

  it('serves the built game: the page at / and its assets with their types', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<title>Factsprint</title>');
    const script = await fetch(`${base}/assets/main-AbCdEf12.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('finds nothing outside the built game, however the path is written', async () => {
    for (const path of ['/../factsprint-live-secret.txt', '/%2e%2e/factsprint-live-secret.txt', '/assets/..%2f..%2ffactsprint-live-secret.txt', '/missing.js', '/assets']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });
});
