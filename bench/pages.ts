/**
 * The page benchmark (`npm run bench -- pages`): builds the game and a bare Phaser 4 page with
 * the same Vite, serves both on loopback with gzip, and drives headless Chromium through
 * playwright-core to measure, in one run and side by side:
 *
 * 1. navigation → interactive menu (the Play button in #a11y) against navigation → the bare
 *    page's first rendered frame, median of several runs, each in a fresh browser context;
 * 2. compressed bytes the server sent before the first question is on screen, per asset, against
 *    Phaser's own gzipped chunk;
 * 3. requestAnimationFrame deltas while a question's timer runs, at 390x844, unthrottled and at
 *    4x CPU throttling;
 * 4. the JavaScript heap after one round and after many rounds in the same page.
 *
 * It prints figures and returns them; it asserts nothing about timings. It throws only when the
 * benchmark itself breaks (a build fails, a page never reaches its menu, a round gets stuck).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { parseBank } from '../src/core/bank/validate';
import { DEFAULT_QUESTION_COUNT } from '../src/core/round';
import { selectQuestions } from '../src/core/select';
import { launch, watchErrors } from '../tests/e2e/browser';
import { GZIP_LEVEL, gzip, serveStatic, type Sent, type StaticServer } from './server';

/** Built outside dist/, so a bench never empties the folder the browser tests are serving. */
const OUT = 'dist-bench';
const GAME_DIR = join(OUT, 'game');
const BARE_DIR = join(OUT, 'bare');
/** The bank the game opens when the link names none (DEFAULT_BANK_ID in src/core/bank/constants.ts). */
const BANK_FILE = 'questions/kim-putin-beijing-2025-09/bank.json';

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

export interface PagesOptions {
  quick: boolean;
  log?: (line: string) => void;
}

export interface AssetBytes {
  /** Path on the server, e.g. assets/phaser-C831z-fk.js (the document is index.html). */
  url: string;
  /** The body as the server sends it: gzip-compressed for text types. */
  bytes: number;
  /** The file's own size. */
  decoded: number;
  /** When the page asked for it, and when it finished arriving: ms after navigation start. */
  startMs: number;
  endMs: number;
  /** The service worker answered it (from its cache, or by fetching it itself). */
  viaWorker: boolean;
}

export interface FrameFigures {
  page: string;
  throttle: number;
  /** What the first question asked (cards, truefalse, estimate, when, where), as the layer shows it. */
  screen: string;
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Of those frames, how many the game drew (it skips frames in which nothing changed); null for bare Phaser. */
  drawn: number | null;
}

export interface PagesFigures {
  chromium: string;
  menu: { runs: number; factsprintMs: number[]; bareMs: number[]; factsprintMedianMs: number; bareMedianMs: number; ratio: number };
  bytes: {
    encoding: string;
    /** The round measured, and what its first question is. */
    seed: string;
    screen: string;
    beforeFirstQuestion: AssetBytes[];
    totalBytes: number;
    firstQuestionMs: number;
    /**
     * Everything the server sent by the time the first question showed, the requests the browser
     * and the service worker made on their own (precache, favicon, manifest) included.
     */
    serverSentBytes: number;
    /** The part of serverSentBytes the page did not ask for itself, by path. */
    notByPage: { url: string; bytes: number }[];
    /** What arrived in the moments after the first question showed (not counted in the total). */
    afterFirstQuestion: AssetBytes[];
    /** The same for a round that opens on a map question: its total, and the files the card round did not need. */
    mapOpening: { seed: string; screen: string; totalBytes: number; ratio: number; extra: AssetBytes[] };
    bare: { assets: AssetBytes[]; totalBytes: number };
    phaserFile: string;
    phaserGzipBytes: number;
    ratio: number;
  };
  frames: FrameFigures[];
  heap: {
    rounds: number;
    afterOneBytes: number;
    afterManyBytes: number;
    ratio: number;
    /** The same without V8's compiled code (from heap snapshots): what a leak would grow. */
    afterOneObjects: number;
    afterManyObjects: number;
    objectsRatio: number;
    domNodes: [number, number];
    listeners: [number, number];
    msPerRound: number;
  };
  pageErrors: string[];
  /** Paths the pages asked for that the built site does not have. */
  notFound: string[];
}

// ---------------------------------------------------------------------------------------------
// Building

function run(label: string, args: string[], log: (s: string) => void): void {
  log(`${label}: npx ${args.join(' ')} …`);
  const t = performance.now();
  const r = spawnSync('npx', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
  }
  log(`${label}: done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

function build(log: (s: string) => void): void {
  // The game's own vite.config.ts, only with another outDir: the same chunks, hashes and sizes as dist/.
  run('building the game', ['vite', 'build', '--outDir', GAME_DIR, '--emptyOutDir', '--logLevel', 'warn'], log);
  run('building the bare Phaser page', ['vite', 'build', '--config', 'bench/vite.bare.config.ts'], log);
}

function phaserChunk(dir: string): string {
  const name = readdirSync(join(dir, 'assets')).find((f) => /^phaser-.*\.js$/.test(f));
  if (!name) throw new Error(`no assets/phaser-*.js in ${dir}: is Phaser still in its own chunk?`);
  return join(dir, 'assets', name);
}

// ---------------------------------------------------------------------------------------------
// Statistics

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

export function median(xs: number[]): number {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

// ---------------------------------------------------------------------------------------------
// In the page

type Screen = 'question' | 'feedback' | 'results' | null;

declare global {
  interface Window {
    __bench?: {
      menuAt?: number;
      firstQuestionAt?: number;
      /** Which screen the accessible layer shows now, or null between screens. */
      screen(): Screen;
      /** The kind of answer controls the current question shows. */
      kind(): string;
    };
    __bareReady?: number;
  }
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps inner functions in `__name(…)`.
 * Functions passed to page.evaluate carry those calls into the page, where `__name` does not
 * exist: this makes it a no-op there.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/**
 * Installed before any page script. Records performance.now() (ms since navigation start) the
 * moment the menu's Play button and the first question's heading appear in the accessible layer:
 * a MutationObserver runs in the same task as the change, so no polling delay enters the figure.
 * Also gives the driver its probes (page.evaluate sends a function's source alone, so helpers it
 * calls must already live in the page).
 */
function installProbes(): void {
  const layer = () => document.getElementById('a11y');
  const probes: NonNullable<Window['__bench']> = {
    screen: () => {
      const l = layer();
      // "Question n of 10" is also the feedback screen's heading, so the buttons tell the phases apart.
      if (l?.querySelector('button[data-id="pause"]')) return 'question';
      if (l?.querySelector('button[data-id="next"]')) return 'feedback';
      if (l?.querySelector('button[data-id="again"]')) return 'results';
      return null;
    },
    kind: () => {
      const l = layer();
      if (!l) return 'none';
      if (l.querySelector('.surface')) return 'where (map)';
      if (l.querySelector('#ctl-keypad')) return 'estimate (slider)';
      if (l.querySelector('#ctl-year')) return 'when (timeline)';
      const labels = [...l.querySelectorAll('button[data-id^="answer-"]')].map((b) => b.textContent);
      return labels.length === 2 && labels.includes('True') ? 'true/false cards' : `${labels.length} cards`;
    },
  };
  window.__bench = probes;
  const observer = new MutationObserver(() => {
    const l = layer();
    if (!l) return;
    if (probes.menuAt === undefined && l.querySelector('button[data-id="play"]')) probes.menuAt = performance.now();
    if (probes.firstQuestionAt === undefined && /^Question 1 of /.test(l.querySelector('h1')?.textContent ?? '')) probes.firstQuestionAt = performance.now();
    if (probes.menuAt !== undefined && probes.firstQuestionAt !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** The navigation and every resource, as the page's own Resource Timing saw them. */
function resourceEntries(): { timeOrigin: number; entries: { name: string; start: number; end: number; worker: boolean }[] } {
  const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
  return { timeOrigin: performance.timeOrigin, entries: all.map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, worker: e.workerStart > 0 })) };
}

/** requestAnimationFrame deltas over `ms`. */
function frameDeltas(ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const step = (t: number) => {
      stamps.push(t);
      if (t - stamps[0]! < ms) requestAnimationFrame(step);
      else resolve(stamps.slice(1).map((s, i) => s - stamps[i]!));
    };
    requestAnimationFrame(step);
  });
}

// ---------------------------------------------------------------------------------------------
// Driving Chromium

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Generous: on a loaded 2-core machine with software WebGL a menu can take a while. Only a broken page takes this long. */
const WAIT_MS = 60_000;

/** Page errors per page, so a wait that times out can say what broke. */
const pageErrors = new WeakMap<Page, string[]>();

async function open(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Session> {
  // A fresh context per run: no HTTP cache, no V8 code cache, no localStorage from the run before.
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const errors = watchErrors(page);
  pageErrors.set(page, errors);
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, errors };
}

async function waitFor<T>(page: Page, what: string, f: () => T | undefined | null | false): Promise<NonNullable<T>> {
  try {
    return (await (await page.waitForFunction(f, undefined, { timeout: WAIT_MS })).jsonValue()) as NonNullable<T>;
  } catch (e) {
    const errors = pageErrors.get(page) ?? [];
    const layer = await page.evaluate(() => document.getElementById('a11y')?.textContent?.slice(0, 200) ?? '(no #a11y)').catch(() => '(page gone)');
    throw new Error(
      `${what} did not happen within ${WAIT_MS / 1000} s (${page.url()}): ${(e as Error).message.split('\n')[0]}\n` +
        `  the accessible layer said: ${JSON.stringify(layer)}\n  page errors: ${errors.length ? errors.join(' | ') : 'none'}`,
    );
  }
}

const menuAt = (page: Page) => waitFor(page, 'the menu', () => window.__bench?.menuAt);
const bareReadyAt = (page: Page) => waitFor(page, 'the bare Phaser page', () => window.__bareReady);

async function startRound(page: Page): Promise<void> {
  await menuAt(page);
  await page.locator('#a11y button[data-id="play"]').click();
  await waitFor(page, 'the first question', () => window.__bench?.screen() === 'question');
}

/** Answers the question on screen the quickest way the layer offers (right or wrong does not matter here). */
async function answer(page: Page): Promise<void> {
  const card = page.locator('#a11y button[data-id="answer-0"]');
  if (await card.count()) return card.click();
  const map = page.locator('#a11y .surface');
  // A tap in the middle of the map places the pin; Answer is disabled until there is one.
  if (await map.count()) await map.click();
  // Estimate and date questions start at a valid value: Answer takes it as it is.
  await page.locator('#a11y button[data-id="submit"]:not([disabled])').click();
}

/** Plays from the current question to the results screen. */
async function playRound(page: Page): Promise<void> {
  for (let steps = 0; steps < 4 * DEFAULT_QUESTION_COUNT; steps++) {
    const screen = await waitFor(page, 'a question, feedback or results screen', () => window.__bench?.screen());
    if (screen === 'results') return;
    if (screen === 'question') await answer(page);
    else {
      await page.locator('#a11y button[data-id="next"]').click();
      // Wait for the feedback screen to go, so it is not read twice.
      await waitFor(page, 'the screen after feedback', () => window.__bench?.screen() !== 'feedback');
    }
  }
  throw new Error('a round did not reach its results screen');
}

async function heapNow(page: Page, withSnapshot = false): Promise<{ used: number; objects: number; nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  // Two collections: the first can leave objects that only become garbage once finalizers ran.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const objects = withSnapshot ? await objectBytes(cdp) : NaN;
  await cdp.detach();
  return { used: usedSize, objects, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/**
 * The heap without V8's compiled code, from a heap snapshot. `usedSize` counts the machine code
 * and feedback V8 makes as it optimises hot functions, which grows over the first rounds and then
 * levels off; what a leak leaves behind is objects (scenes, texts, listeners, sounds).
 */
async function objectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snap.snapshot.meta.node_fields;
  const code = snap.snapshot.meta.node_types[0].indexOf('code');
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) if (snap.nodes[i + typeAt] !== code) bytes += snap.nodes[i + sizeAt]!;
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// The four measurements

/**
 * The page's own requests, as its Resource Timing saw them (the same clock as the milestones),
 * each with the bytes the server sends for that file. Sizes come from the server rather than
 * from encodedBodySize because a response the service worker answers from its cache reports no
 * honest wire size.
 */
function assetsFrom(seen: Awaited<ReturnType<typeof resourceEntries>>, server: StaticServer): AssetBytes[] {
  return seen.entries
    // The menu asks whether a live server answers (src/services/live.ts); a static site has none,
    // so that probe is no file of the site and carries no bytes of the game.
    .filter((e) => !new URL(e.name).pathname.endsWith('/live/health'))
    .map((e) => {
      const path = new URL(e.name).pathname.slice(new URL(server.url).pathname.length) || 'index.html';
      const size = server.sizeOf(path);
      if (!size) throw new Error(`the page fetched ${e.name}, which the server does not have`);
      return { url: path, bytes: size.sent, decoded: size.raw, startMs: e.start, endMs: e.end, viaWorker: e.worker };
    })
    .sort((a, b) => a.endMs - b.endMs);
}

/** Server log entries left after taking away one per page request (the first of the same path). */
function notRequestedByPage(log: Sent[], page: AssetBytes[]): Sent[] {
  const rest = [...log].sort((a, b) => a.endEpochMs - b.endEpochMs);
  for (const a of page) {
    const k = rest.findIndex((e) => e.path === a.url);
    if (k >= 0) rest.splice(k, 1);
  }
  return rest;
}

async function menuTimes(browser: Browser, game: StaticServer, bare: StaticServer, runs: number, warmup: boolean, log: (s: string) => void, errors: string[]) {
  const factsprintMs: number[] = [];
  const bareMs: number[] = [];
  // Alternating the two pages spreads any background load on this shared machine over both.
  for (let i = warmup ? -1 : 0; i < runs; i++) {
    for (const which of ['factsprint', 'bare'] as const) {
      const s = await open(browser, which === 'factsprint' ? `${game.url}?seed=bench-menu` : bare.url, DESKTOP);
      const ms = which === 'factsprint' ? await menuAt(s.page) : await bareReadyAt(s.page);
      errors.push(...s.errors);
      await s.context.close();
      if (i < 0) continue;
      (which === 'factsprint' ? factsprintMs : bareMs).push(ms);
    }
    if (i >= 0) log(`  run ${i + 1}/${runs}: Factsprint ${factsprintMs[i]!.toFixed(0)} ms, bare Phaser ${bareMs[i]!.toFixed(0)} ms`);
  }
  const f = median(factsprintMs);
  const b = median(bareMs);
  return { runs, factsprintMs, bareMs, factsprintMedianMs: f, bareMedianMs: b, ratio: f / b };
}

interface FirstQuestionRun {
  seed: string;
  screen: string;
  firstQuestionMs: number;
  before: AssetBytes[];
  after: AssetBytes[];
  /** Everything the server sent before the first question showed, whoever asked. */
  sentBefore: Sent[];
}

/** One fresh page from navigation to the first question of round `seed`, with what it fetched. */
async function toFirstQuestion(browser: Browser, game: StaticServer, seed: string, errors: string[]): Promise<FirstQuestionRun> {
  game.takeLog();
  const s = await open(browser, `${game.url}?seed=${seed}`, DESKTOP);
  await startRound(s.page);
  const firstQuestionMs = await waitFor(s.page, 'the first question heading', () => window.__bench?.firstQuestionAt);
  const screen = await s.page.evaluate(() => window.__bench!.kind());
  // Let what the first question triggers (sound, later chunks) arrive, to list it separately.
  await s.page.waitForTimeout(2000);
  const seen = await s.page.evaluate(resourceEntries);
  errors.push(...s.errors);
  await s.context.close();
  const assets = assetsFrom(seen, game);
  // Node's and the page's performance.timeOrigin are both Unix-epoch ms, so the logs line up.
  const sentBefore = game.takeLog().filter((e) => e.endEpochMs <= seen.timeOrigin + firstQuestionMs);
  return { seed, screen, firstQuestionMs, before: assets.filter((a) => a.endMs <= firstQuestionMs), after: assets.filter((a) => a.endMs > firstQuestionMs), sentBefore };
}

const sum = (xs: { bytes: number }[]) => xs.reduce((n, x) => n + x.bytes, 0);

async function bytes(browser: Browser, game: StaticServer, bare: StaticServer, errors: string[]): Promise<PagesFigures['bytes']> {
  // What arrives before the first question depends on its kind (a map question needs the map
  // data), so the budget takes the common case, a card question, and the map case is shown beside it.
  const cards = await toFirstQuestion(browser, game, seedOpeningWith(['choice', 'truefalse'], 'bench-bytes-cards'), errors);
  const map = await toFirstQuestion(browser, game, seedOpeningWith(['where'], 'bench-bytes-map'), errors);
  const others = notRequestedByPage(cards.sentBefore, cards.before);

  const b = await open(browser, bare.url, DESKTOP);
  const bareAt = await bareReadyAt(b.page);
  const bareAssets = assetsFrom(await b.page.evaluate(resourceEntries), bare).filter((a) => a.endMs <= bareAt);
  errors.push(...b.errors);
  await b.context.close();

  const phaserFile = phaserChunk(GAME_DIR);
  const phaserGzipBytes = gzip(readFileSync(phaserFile)).length;
  const totalBytes = sum(cards.before);
  const inCards = new Set(cards.before.map((a) => a.url));
  return {
    encoding: `gzip level ${GZIP_LEVEL} for text types, audio and images as they are`,
    seed: cards.seed,
    screen: cards.screen,
    beforeFirstQuestion: cards.before,
    totalBytes,
    firstQuestionMs: cards.firstQuestionMs,
    serverSentBytes: sum(cards.sentBefore),
    notByPage: others.map((e) => ({ url: e.path, bytes: e.bytes })),
    afterFirstQuestion: cards.after,
    mapOpening: { seed: map.seed, screen: map.screen, totalBytes: sum(map.before), ratio: sum(map.before) / phaserGzipBytes, extra: map.before.filter((a) => !inCards.has(a.url)) },
    bare: { assets: bareAssets, totalBytes: sum(bareAssets) },
    phaserFile,
    phaserGzipBytes,
    ratio: totalBytes / phaserGzipBytes,
  };
}

/** A round code whose first question is of the wanted kind, computed by the game's own core. */
function seedOpeningWith(types: string[], prefix: string): string {
  const parsed = parseBank(readFileSync(BANK_FILE, 'utf8'), BANK_FILE);
  if (!parsed.ok) throw new Error(`${BANK_FILE} does not validate`);
  for (let i = 0; i < 500; i++) {
    const seed = `${prefix}-${i}`;
    if (types.includes(selectQuestions(parsed.bank, DEFAULT_QUESTION_COUNT, seed)[0]!.question.type)) return seed;
  }
  throw new Error(`no round of ${BANK_FILE} opens with ${types.join(' or ')}`);
}

async function frames(browser: Browser, game: StaticServer, bare: StaticServer, windowMs: number, log: (s: string) => void, errors: string[]): Promise<FrameFigures[]> {
  const pages = [
    { name: 'Factsprint, a card question', url: `${game.url}?seed=${seedOpeningWith(['choice', 'truefalse'], 'bench-cards')}` },
    { name: 'Factsprint, a map question', url: `${game.url}?seed=${seedOpeningWith(['where'], 'bench-map')}` },
    { name: 'bare Phaser (idle scene)', url: bare.url },
  ];
  const out: FrameFigures[] = [];
  for (const p of pages) {
    for (const throttle of [1, 4]) {
      const s = await open(browser, p.url, PHONE);
      let screen = 'one text';
      if (p.url.startsWith(game.url)) {
        await startRound(s.page);
        screen = await s.page.evaluate(() => window.__bench!.kind());
      } else await bareReadyAt(s.page);
      // Skip the frames that build the screen: the window is about a screen that stays up.
      await s.page.waitForTimeout(500);
      const cdp = await s.context.newCDPSession(s.page);
      if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const drawnSoFar = () => s.page.evaluate(() => window.__factsprintDraws?.drawn ?? null);
      const drawnBefore = await drawnSoFar();
      const deltas = await s.page.evaluate(frameDeltas, windowMs);
      const drawnAfter = await drawnSoFar();
      if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      // The timer must still have been running: a question that timed out mid-window measured feedback.
      if (p.url.startsWith(game.url) && (await s.page.evaluate(() => window.__bench!.screen())) !== 'question') throw new Error(`${p.name}: the question was no longer on screen after the frame window`);
      await cdp.detach();
      errors.push(...s.errors);
      await s.context.close();
      if (deltas.length === 0) throw new Error(`${p.name}: no animation frames in ${windowMs} ms`);
      const f = { page: p.name, throttle, screen, frames: deltas.length, medianMs: median(deltas), p95Ms: percentile(deltas, 95), maxMs: Math.max(...deltas), drawn: drawnBefore === null || drawnAfter === null ? null : drawnAfter - drawnBefore };
      out.push(f);
      log(`  ${p.name} (${screen}), CPU ${throttle}x: ${f.frames} frames${f.drawn === null ? '' : `, ${f.drawn} drawn`}, median ${f.medianMs.toFixed(1)} ms, p95 ${f.p95Ms.toFixed(1)} ms`);
    }
  }
  return out;
}

async function heap(browser: Browser, game: StaticServer, rounds: number, log: (s: string) => void, errors: string[]): Promise<PagesFigures['heap']> {
  const s = await open(browser, `${game.url}?seed=bench-heap`, DESKTOP);
  await startRound(s.page);
  await playRound(s.page);
  const one = await heapNow(s.page, true);
  log(`  after round 1: ${mb(one.used)} (objects without compiled code ${mb(one.objects)})`);
  const t = performance.now();
  for (let r = 2; r <= rounds; r++) {
    await s.page.locator('#a11y button[data-id="again"]').click();
    await waitFor(s.page, 'the next round', () => window.__bench?.screen() === 'question');
    await playRound(s.page);
    // A few points on the way show whether growth is steady (a leak) or a one-off (a cache filling).
    if (r % 5 === 0 && r !== rounds) log(`  after round ${r}: ${mb((await heapNow(s.page)).used)}`);
  }
  const msPerRound = rounds > 1 ? (performance.now() - t) / (rounds - 1) : 0;
  const many = await heapNow(s.page, true);
  log(`  after round ${rounds}: ${mb(many.used)} (objects without compiled code ${mb(many.objects)})`);
  errors.push(...s.errors);
  await s.context.close();
  return { rounds, afterOneBytes: one.used, afterManyBytes: many.used, ratio: many.used / one.used, afterOneObjects: one.objects, afterManyObjects: many.objects, objectsRatio: many.objects / one.objects, domNodes: [one.nodes, many.nodes], listeners: [one.listeners, many.listeners], msPerRound };
}

// ---------------------------------------------------------------------------------------------
// Printing

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

function table(rows: string[][], right: number[] = []): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (right.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n');
}

function printFigures(f: PagesFigures, log: (s: string) => void): void {
  const m = f.menu;
  log(`\n1. navigation → interactive menu (median of ${m.runs}, fresh context each, ${DESKTOP.width}x${DESKTOP.height})`);
  log(
    table(
      [
        ['', 'Factsprint (Play button in #a11y)', 'bare Phaser (first frame)', 'ratio'],
        ['median', ms(m.factsprintMedianMs), ms(m.bareMedianMs), m.ratio.toFixed(2)],
        ['all runs', m.factsprintMs.map((x) => x.toFixed(0)).join(' '), m.bareMs.map((x) => x.toFixed(0)).join(' '), ''],
      ],
      [1, 2, 3],
    ),
  );

  const b = f.bytes;
  log(`\n2. bytes the page fetched before the first question is on screen (${b.encoding})`);
  log(`round ?seed=${b.seed}, which opens on ${b.screen}; the first question showed at ${ms(b.firstQuestionMs)}`);
  const rows = [['asset', 'sent', 'file', 'asked at', 'arrived at']];
  for (const a of b.beforeFirstQuestion) rows.push([a.url + (a.viaWorker ? ' (through the service worker)' : ''), kb(a.bytes), kb(a.decoded), ms(a.startMs), ms(a.endMs)]);
  rows.push(['total', kb(b.totalBytes), kb(b.beforeFirstQuestion.reduce((n, a) => n + a.decoded, 0)), '', '']);
  log(table(rows, [1, 2, 3, 4]));
  log(`Phaser's own chunk (${b.phaserFile}) gzipped at level ${GZIP_LEVEL}: ${kb(b.phaserGzipBytes)}; ratio total / Phaser: ${b.ratio.toFixed(2)}`);
  const mo = b.mapOpening;
  log(
    `a round opening on ${mo.screen} instead (?seed=${mo.seed}): ${kb(mo.totalBytes)} before it, ratio ${mo.ratio.toFixed(2)}` +
      (mo.extra.length ? `; it also needs ${mo.extra.map((a) => `${a.url} ${kb(a.bytes)}`).join(', ')}` : ''),
  );
  log(`bare Phaser page until its first frame: ${kb(b.bare.totalBytes)} (${b.bare.assets.map((a) => `${a.url} ${kb(a.bytes)}`).join(', ')})`);
  const other = b.notByPage.reduce((n, e) => n + e.bytes, 0);
  log(`the server sent ${kb(b.serverSentBytes)} in all by the first question; ${kb(other)} of it in ${b.notByPage.length} requests the page did not make itself (service worker precache, favicon, manifest)`);
  if (b.notByPage.length) {
    const top = [...b.notByPage].sort((x, y) => y.bytes - x.bytes);
    log(`  largest: ${top.slice(0, 6).map((e) => `${e.url} ${kb(e.bytes)}`).join(', ')}${top.length > 6 ? ', …' : ''}`);
  }
  if (b.afterFirstQuestion.length) log(`the page fetched after the first question showed (not counted): ${b.afterFirstQuestion.map((a) => `${a.url} ${kb(a.bytes)}`).join(', ')}`);

  log(`\n3. frame times (requestAnimationFrame deltas) with a question's timer running, ${PHONE.width}x${PHONE.height}`);
  log(
    table(
      [['page', 'screen', 'CPU', 'frames', 'drawn', 'median', 'p95', 'max'], ...f.frames.map((x) => [x.page, x.screen, `${x.throttle}x`, String(x.frames), x.drawn === null ? 'every one' : String(x.drawn), `${x.medianMs.toFixed(1)} ms`, `${x.p95Ms.toFixed(1)} ms`, `${x.maxMs.toFixed(1)} ms`])],
      [3, 4, 5, 6, 7],
    ),
  );

  const h = f.heap;
  log(`\n4. JavaScript heap after garbage collection, same page (${DESKTOP.width}x${DESKTOP.height}, ${h.rounds} rounds, ${ms(h.msPerRound)} per round)`);
  log(
    table(
      [
        ['', 'after 1 round', `after ${h.rounds} rounds`, 'ratio'],
        ['JS heap used', mb(h.afterOneBytes), mb(h.afterManyBytes), h.ratio.toFixed(3)],
        ['  heap snapshot, JS and DOM objects without compiled code', mb(h.afterOneObjects), mb(h.afterManyObjects), h.objectsRatio.toFixed(3)],
        ['DOM nodes', String(h.domNodes[0]), String(h.domNodes[1]), (h.domNodes[1] / h.domNodes[0]).toFixed(3)],
        ['JS event listeners', String(h.listeners[0]), String(h.listeners[1]), (h.listeners[1] / h.listeners[0]).toFixed(3)],
      ],
      [1, 2, 3],
    ),
  );
  if (f.pageErrors.length) log(`\nconsole errors and uncaught page errors (${f.pageErrors.length}): ${[...new Set(f.pageErrors)].slice(0, 5).join(' | ')}`);
  if (f.notFound.length) log(`the server answered 404 for: ${f.notFound.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------

export async function launchBrowser(): Promise<Browser> {
  return launch();
}

export async function pagesBench(browser: Browser, o: PagesOptions): Promise<PagesFigures> {
  const log = o.log ?? console.log;
  build(log);
  const game = await serveStatic(GAME_DIR);
  const bare = await serveStatic(BARE_DIR);
  const errors: string[] = [];
  try {
    log(`serving ${GAME_DIR} at ${game.url} and ${BARE_DIR} at ${bare.url} (gzip level ${GZIP_LEVEL})`);
    // One run varies by ±60 ms on a shared 2-core machine; 15 alternating runs keep the median steady.
    const runs = o.quick ? 2 : 15;
    log(`\nmenu: ${runs} runs of each page${o.quick ? '' : ', after one warm-up run of each'}`);
    const menu = await menuTimes(browser, game, bare, runs, !o.quick, log, errors);
    log('bytes: one run to the first question');
    const b = await bytes(browser, game, bare, errors);
    const windowMs = o.quick ? 1000 : 3000;
    log(`frames: ${windowMs / 1000} s windows`);
    const fr = await frames(browser, game, bare, windowMs, log, errors);
    const rounds = o.quick ? 2 : 20;
    log(`heap: ${rounds} rounds in one page`);
    const h = await heap(browser, game, rounds, log, errors);
    const figures: PagesFigures = { chromium: browser.version(), menu, bytes: b, frames: fr, heap: h, pageErrors: errors, notFound: [...game.notFound(), ...bare.notFound()] };
    printFigures(figures, log);
    return figures;
  } finally {
    await game.close();
    await bare.close();
  }
}
