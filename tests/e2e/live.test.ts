/**
 * A live class game in browsers, against `npm run live`'s own server (server/main.ts serving the
 * built game and the rooms on one origin, started here as its own process on 127.0.0.1): the host
 * on a projector page at 200% zoom, and three players: one on a phone by touch, one by keyboard
 * alone, one through the accessible layer alone on a 320x256 window. They join, play every
 * question to the podium, one reloads in the middle of a question and keeps name and points, the
 * host's page reloads on a reveal and carries on, and the host downloads the class CSV with every
 * question's answers. axe and a reach check run on each screen as it comes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Question } from '../../src/core/bank/schema';
import type { Response } from '../../src/core/judge';
import type { RoundQuestion } from '../../src/core/select';
import { sharedBrowser, watchErrors } from './browser';
import { answerById, answerByKeyboard, answerViaLayer, firstBank, plannedResponse, waitForLive, world } from './game';
import { freePort, start, stop, type Child } from '../support/processes';
import { audit, type Finding } from './axe';
import { unreachable } from './reach';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BANK = firstBank();
const QUESTIONS = 3;
const shared = sharedBrowser();
let server: Child | null = null;
let base = '';

beforeAll(async () => {
  const port = await freePort();
  server = await start('npm run live', process.execPath, ['--import', 'tsx', 'server/main.ts'], ROOT, { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, /Factsprint live server on http:\/\/127\.0\.0\.1:\d+\//, 30_000);
  base = `http://127.0.0.1:${port}/`;
});

afterAll(async () => {
  if (server) await stop(server);
});

interface Player {
  page: Page;
  errors: string[];
  name: string;
}

async function open(query: string, o: { width: number; height: number; touch?: boolean; ratio?: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await shared.browser.newContext({ viewport: { width: o.width, height: o.height }, hasTouch: o.touch ?? false, isMobile: o.touch ?? false, deviceScaleFactor: o.ratio ?? 1, serviceWorkers: 'block', acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(base + query);
  return { page, errors };
}

const waitTitle = (page: Page, text: string | RegExp) =>
  page.waitForFunction((t) => {
    const h = document.querySelector('#a11y h1')?.textContent ?? '';
    return typeof t === 'string' ? h === t : new RegExp(t).test(h);
  }, typeof text === 'string' ? text : text.source, { timeout: 30_000 });

/**
 * The bank question a phone shows, and its cards in the room's order, as a round question. A
 * bank may ask about one fact twice in the same words (a choice and a map question), so the
 * question is told by its words and by the controls it is answered with.
 */
async function shownQuestion(page: Page): Promise<RoundQuestion> {
  const prompt = (await page.locator('#layer-question').textContent()) ?? '';
  const labels = await page.locator('#a11y button[data-id^="answer-"]').allTextContents();
  const has = async (sel: string) => (await page.locator(sel).count()) > 0;
  const controls = { estimate: await has('#ctl-keypad'), when: await has('#ctl-year'), day: await has('#ctl-day'), where: await has('#a11y .surface') };
  const fits = (x: Question): boolean => {
    if (prompt !== x.prompt && prompt !== `True or false? ${x.prompt}`) return false;
    switch (x.type) {
      case 'choice':
        return labels.length === x.options.length && labels.every((l) => x.options.includes(l));
      case 'truefalse':
        return labels.length === 2 && prompt.startsWith('True or false? ');
      case 'estimate':
        return controls.estimate;
      case 'when':
        return controls.when && controls.day === (x.answer.precision === 'day');
      case 'where':
        return controls.where;
    }
  };
  const found = BANK.questions.filter(fits);
  if (found.length !== 1) throw new Error(`${found.length} bank questions fit "${prompt}"`);
  const q = found[0]!;
  const fact = BANK.facts.find((f) => f.id === q.factId)!;
  if (q.type === 'choice') {
    const order = labels.map((l) => q.options.indexOf(l));
    return { question: q, kind: fact.kind, order, correctPlace: order.indexOf(q.answer) };
  }
  if (q.type === 'truefalse') return { question: q, kind: fact.kind, order: [0, 1], correctPlace: q.answer ? 0 : 1 };
  return { question: q, kind: fact.kind, order: [], correctPlace: null };
}

/** The phone player's answer: a tap on a card, else the same controls a mouse uses. */
async function answerByTouch(page: Page, rq: RoundQuestion, r: Response): Promise<void> {
  if (r.kind === 'choice') await page.locator(`#a11y button[data-id="answer-${r.place}"]`).tap();
  else await answerById(page, rq, r, world);
}

describe('a live class game', () => {
  it('a host and three players play to the podium; reloads keep name, points and the class results; the host gets the class CSV', async () => {
    // Every screen is checked for access as it comes: axe on the host's page and two phones, and
    // every control reachable on the host's projector page at 200% zoom (1280x720 is then 640x360
    // at a pixel ratio of 2) and on Cy's page at 320x256 (WCAG 1.4.10 reflow).
    const findings: Finding[] = [];
    const problems: string[] = [];
    const check = async (stage: string, pages: { who: string; page: Page; reach?: boolean }[]) => {
      for (const p of pages) {
        findings.push(...(await audit(p.page, `${p.who}: ${stage}`)));
        if (p.reach) for (const u of await unreachable(p.page, '#a11y')) problems.push(`${p.who}: ${stage}: ${u}`);
      }
    };

    // The menu offers live play once the server answers.
    const host = await open('', { width: 640, height: 360, ratio: 2 });
    await host.page.getByRole('button', { name: 'Host a live game' }).click();
    await waitTitle(host.page, 'Host a live game');
    await host.page.getByLabel('Questions').selectOption(String(QUESTIONS));
    await host.page.getByLabel('Time for each question').selectOption('60');
    await check('setup', [{ who: 'host', page: host.page, reach: true }]);
    await host.page.getByRole('button', { name: 'Create the game' }).click();
    await waitTitle(host.page, 'Join the game');
    const pin = await host.page.locator('#a11y [data-id="pin"]').inputValue();
    expect(pin).toMatch(/^\d{6}$/);
    const link = await host.page.getByLabel('Join link').inputValue();
    expect(link).toBe(`${base}?live=${pin}`);
    await host.page.getByRole('img', { name: /QR code/ }).waitFor();
    // The host's link now comes back to this game after a reload.
    expect(new URL(host.page.url()).searchParams.get('host')).toBe(pin);

    // Ana on a phone, by touch, from the link.
    const ana: Player = { ...(await open(`?live=${pin}`, { width: 390, height: 844, touch: true })), name: 'Ana' };
    await ana.page.locator('#ctl-live-name').fill('Ana');
    await ana.page.locator('#a11y button[data-id="live-join"]').tap();
    // Ben by keyboard alone: the PIN typed, Tab to the name, Enter.
    const ben: Player = { ...(await open('?live', { width: 1024, height: 768 })), name: 'Ben' };
    await waitTitle(ben.page, 'Join a live game');
    await ben.page.keyboard.type(pin);
    await ben.page.keyboard.press('Tab');
    await ben.page.keyboard.type('Ben');
    await ben.page.keyboard.press('Enter');
    // Cy through the accessible layer: fields by label, buttons by name. "Ben" is taken first.
    const cy: Player = { ...(await open(`?live=${pin}`, { width: 320, height: 256 })), name: 'Cy' };
    const players = [ana, ben, cy];
    for (const p of [ana, ben]) await waitTitle(p.page, "You're in!");
    await cy.page.getByLabel('Your name').waitFor();
    await check('join', [{ who: 'Cy', page: cy.page, reach: true }]);
    await cy.page.getByLabel('Your name').fill('ben');
    await cy.page.getByRole('button', { name: 'Join' }).click();
    expect(await waitForLive(cy.page, /already has that name/)).toBe('Someone in this game already has that name. Choose another.');
    await cy.page.getByLabel('Your name').fill('Cy');
    await cy.page.getByRole('button', { name: 'Join' }).click();
    await waitTitle(cy.page, "You're in!");

    // The host sees the three, each with a Remove button named for them; Start begins.
    await host.page.getByRole('button', { name: 'Remove Cy' }).waitFor();
    expect(await host.page.locator('#a11y .tables tbody th').allTextContents()).toEqual(['Ana', 'Ben', 'Cy']);
    // A player's lobby has nothing to press (it waits for Start), so only axe looks at it.
    await check('lobby', [{ who: 'host', page: host.page, reach: true }, { who: 'Ana', page: ana.page }, { who: 'Cy', page: cy.page }]);
    await host.page.getByRole('button', { name: 'Start' }).click();

    for (let n = 1; n <= QUESTIONS; n++) {
      const heading = `Question ${n} of ${QUESTIONS}`;
      for (const p of players) await waitTitle(p.page, heading);
      await waitTitle(host.page, heading);
      const rq = await shownQuestion(ana.page);
      // Every phone shows the same question, with the same cards.
      for (const p of [ben, cy]) expect((await shownQuestion(p.page)).question.id).toBe(rq.question.id);
      // Every question type on Cy's small window (the room's seed decides which comes first).
      await check(`question ${n} (${rq.question.type})`, n === 1 ? [{ who: 'host', page: host.page, reach: true }, { who: 'Ana', page: ana.page }, { who: 'Cy', page: cy.page, reach: true }] : [{ who: 'Cy', page: cy.page, reach: true }]);
      if (n === 2) {
        // Ben's phone reloads mid-question: back to the same open question, as Ben.
        await ben.page.reload();
        await waitTitle(ben.page, heading);
        expect((await shownQuestion(ben.page)).question.id).toBe(rq.question.id);
        // A fresh page has not seen the keyboard yet, so a map question leaves focus where it is
        // (a phone's keyboard must not pop up over the map): Tab, as a keyboard user does, reaches
        // the place search.
        if (rq.question.type === 'where') await ben.page.keyboard.press('Tab');
      }
      await answerByTouch(ana.page, rq, plannedResponse(rq, true));
      await answerByKeyboard(ben.page, rq, plannedResponse(rq, true), n % 2 === 0);
      await answerViaLayer(cy.page, rq, plannedResponse(rq, false));
      // All three answered: the room closes the question and shows the answer.
      await waitTitle(host.page, heading);
      const tally = host.page.locator('#a11y p').filter({ hasText: /^Right: \d+ · / });
      await tally.waitFor({ state: 'attached', timeout: 30_000 });
      const verdicts = await Promise.all(players.map(async (p) => `${p.name}: ${await p.page.locator('#a11y').evaluate((e) => e.textContent)}`));
      expect(await tally.textContent(), `${rq.question.type} ${rq.question.id} ${verdicts.join(' | ')}`).toMatch(/^Right: 2 · Close: [01] · Wrong: [01] · No answer: 0$/);
      expect(await host.page.locator('#a11y .tables caption').first().textContent()).toBe('Top five');
      if (rq.correctPlace !== null) {
        // How the room answered a card question: the right card marked, and Ana's and Ben's two picks on it.
        const right = 'ABCDEF'[rq.correctPlace]!;
        const counts = (await host.page.locator('#a11y p').filter({ hasText: /^A( ✓)? / }).textContent()) ?? '';
        expect(counts).toMatch(new RegExp(`(^| · )${right} ✓ [^·]*: 2( · |$)`));
      }
      // Each phone shows the reveal: the verdict, and the source sentence under it.
      for (const p of players) await p.page.locator('#a11y .source').waitFor({ state: 'attached' });
      for (const p of [ana, ben]) expect(await p.page.locator('#a11y p').first().textContent()).toBe('Right!');
      expect(await cy.page.locator('#a11y p').first().textContent()).toMatch(/^(Not this time|Close)$/);
      // The source sentence is under every reveal, in the article's language.
      const source = ben.page.locator('#a11y .source blockquote');
      expect(await source.getAttribute('lang')).toBe(BANK.article.language);
      expect((await source.textContent())!.length).toBeGreaterThan(20);
      if (n === 1) {
        await check('reveal', [{ who: 'host', page: host.page, reach: true }, { who: 'Ana', page: ana.page }, { who: 'Cy', page: cy.page, reach: true }]);
        // The host's page reloads on the reveal: back to the same game, its results kept.
        await host.page.reload();
        await waitTitle(host.page, heading);
        await tally.waitFor({ state: 'attached' });
      }
      await host.page.getByRole('button', { name: n < QUESTIONS ? 'Next question' : 'Show the podium' }).click();
    }

    // The podium: each player's place and points, the host's board the same.
    await waitTitle(host.page, 'Final results');
    const board = await host.page
      .locator('#a11y .tables table')
      .first()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent ?? '')));
    expect(board.map((r) => r[0])).toEqual(expect.arrayContaining(['Ana', 'Ben', 'Cy']));
    for (const p of players) {
      await waitTitle(p.page, 'Final results');
      const row = board.find((r) => r[0] === p.name)!;
      const said = (await p.page.locator('#a11y p').first().textContent()) ?? '';
      expect(said).toContain(`place ${row[1]} of 3, with ${row[2]} points`);
    }
    await check('podium', [{ who: 'host', page: host.page, reach: true }, { who: 'Ana', page: ana.page }, { who: 'Cy', page: cy.page, reach: true }]);
    // Ben reloaded and kept his points: right answers on every question, like Ana.
    expect(board.find((r) => r[0] === 'Ben')![3]).toBe(`${QUESTIONS}/${QUESTIONS}`);
    expect(board.find((r) => r[0] === 'Cy')![3]).toBe(`0/${QUESTIONS}`);

    // The class results as the assignments' CSV, made on the host's device.
    const [download] = await Promise.all([host.page.waitForEvent('download'), host.page.getByRole('button', { name: 'Download results (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toBe('Name,Attempt,Points,Right,Seconds');
    expect(csv.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(['Ana', 'Ben', 'Cy']);
    for (const line of csv.slice(1)) {
      const [name, , points, right] = line.split(',');
      const row = board.find((r) => r[0] === name)!;
      expect(Number(points)).toBe(Number(row[2]!.replace(/\D/g, '')));
      expect(right).toBe(row[3]);
    }
    expect(findings).toEqual([]);
    expect(problems).toEqual([]);
    for (const p of [host, ...players]) expect(p.errors).toEqual([]);
    await Promise.all([host, ...players].map((p) => p.page.context().close()));
  }, 240_000);
});
