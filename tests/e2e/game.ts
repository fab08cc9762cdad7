/**
 * Helpers for driving the built game in a real browser: open it, read what the accessible layer
 * says, and compute with the real core what the game should show.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Bank } from '../../src/core/bank/schema';
import { parseBank } from '../../src/core/bank/validate';
import { createRound, DEFAULT_QUESTION_COUNT, roundReducer, type RoundState } from '../../src/core/round';
import { selectQuestions, type RoundQuestion } from '../../src/core/select';
import { greatCircleKm, type LatLon, type Place } from '../../src/core/geo';
import type { Response } from '../../src/core/judge';
import { createMapView, type MapView } from '../../src/ui/canvas/worldMap';
import { areaLookup } from '../../src/core/outlines';
import { watchErrors } from './browser';

/** The world map's TopoJSON, as the game fetches it: tests project places onto the map with it. */
export const world = JSON.parse(readFileSync(new URL('../../assets/geo/world-110m.json', import.meta.url), 'utf8')) as unknown;

export function firstBank(): Bank {
  const text = readFileSync(new URL('../../questions/kim-putin-beijing-2025-09/bank.json', import.meta.url), 'utf8');
  const result = parseBank(text, 'bank.json');
  if (!result.ok) throw new Error('the first bank does not validate');
  return result.bank;
}

export interface OpenGame {
  page: Page;
  errors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** A phone: touch events and a mobile viewport. */
  touch?: boolean;
  /** Runs before the page loads, e.g. to intercept requests. */
  before?: (page: Page) => Promise<unknown>;
  /**
   * The service worker is blocked unless a test asks for it: once it controls a page it answers
   * requests from its cache, which `page.route` interceptions would never see.
   */
  serviceWorkers?: 'allow' | 'block';
}

export async function openGame(browser: Browser, query = '', o: OpenOptions = {}): Promise<OpenGame> {
  const touch = o.touch ?? false;
  const context = await browser.newContext({ viewport: o.viewport ?? { width: 1280, height: 720 }, hasTouch: touch, isMobile: touch, deviceScaleFactor: 1, serviceWorkers: o.serviceWorkers ?? 'block' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await o.before?.(page);
  await page.goto(inject('baseUrl') + query);
  return { page, errors };
}

/** The questions the game will ask for this seed, computed by the same core in Node. */
export function expectedQuestions(seed: string): RoundQuestion[] {
  return selectQuestions(firstBank(), DEFAULT_QUESTION_COUNT, seed);
}

export const screenTitle = (page: Page) => page.locator('#a11y h1');
export const liveText = async (page: Page) => (await page.locator('#live').textContent()) ?? '';

/** Wait until the live region says something matching `re` (it speaks a moment after a change), and return it. */
export async function waitForLive(page: Page, re: RegExp): Promise<string> {
  await page.waitForFunction(([src, flags]) => new RegExp(src!, flags).test(document.getElementById('live')?.textContent ?? ''), [re.source, re.flags]);
  return liveText(page);
}

/** Wait until question n (1-based) is on screen. */
export async function waitForQuestion(page: Page, n: number, total = DEFAULT_QUESTION_COUNT): Promise<void> {
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.waitForFunction(([t]) => document.querySelector('#a11y h1')?.textContent === t, [`Question ${n} of ${total}`]);
}

export const nextButton = (page: Page) => page.getByRole('button', { name: /^(Next|See results)$/ });

export interface PlayedAnswer {
  response: Response;
  elapsedMs: number;
}

const geoAsset = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../assets/geo/${name}`, import.meta.url), 'utf8'));

/** The outlines the game scores "where" questions naming an area by, from the same files it fetches. */
export const areas = areaLookup(world, geoAsset('places.json') as Place[], geoAsset('regions.json'));

/** Replays answers through the real reducer: what the results screen must show. */
export function replay(questions: RoundQuestion[], answers: PlayedAnswer[]): RoundState {
  let state = createRound(questions);
  let now = 0;
  state = roundReducer(state, { type: 'start', now }).state;
  for (const a of answers) {
    state = roundReducer(state, { type: 'answer', response: a.response, now: now + a.elapsedMs, areas }).state;
    now += a.elapsedMs + 1000;
    state = roundReducer(state, { type: 'next', now }).state;
  }
  return state;
}

/** What the results screen's review list says about each answer. */
export async function reviewRows(page: Page): Promise<{ elapsedMs: number; points: number; right: boolean }[]> {
  return page.locator('#a11y ol.panel li').evaluateAll((items) =>
    items.map((li) => ({
      elapsedMs: Number((li as HTMLElement).dataset.elapsedMs),
      points: Number((li as HTMLElement).dataset.points),
      right: li.classList.contains('right'),
    })),
  );
}

const places = JSON.parse(readFileSync(new URL('../../assets/geo/places.json', import.meta.url), 'utf8')) as Place[];

/** A place the player can search for, with the coordinates the game will score. */
export function placeNamed(name: string): Place {
  const p = places.find((pl) => pl.name === name);
  if (!p) throw new Error(`no place called ${name} in the gazetteer`);
  return p;
}

/** Far from every place the first bank asks about. */
const FAR_AWAY = 'Brazil';

/** The response a test gives: right, or wrong enough to earn no credit, always within what the controls allow. */
export function plannedResponse(rq: RoundQuestion, right: boolean): Response {
  const q = rq.question;
  switch (q.type) {
    case 'choice':
    case 'truefalse':
      return { kind: 'choice', place: right ? rq.correctPlace! : (rq.correctPlace! + 1) % rq.order.length };
    case 'estimate':
      return { kind: 'number', value: right ? q.answer.value : q.answer.value * 1000 };
    case 'when': {
      const year = Number(q.answer.value.slice(0, 4));
      const far = year - q.answer.minYear >= 6 ? q.answer.minYear : q.answer.maxYear;
      return { kind: 'date', value: right ? q.answer.value : String(far) + q.answer.value.slice(4) };
    }
    case 'where': {
      const p = placeNamed(right ? q.answer.name : FAR_AWAY);
      return { kind: 'point', lat: p.lat, lon: p.lon, label: p.name };
    }
  }
}

/** Answers through the accessible layer alone: buttons by name, inputs by label. */
export async function answerViaLayer(page: Page, rq: RoundQuestion, r: Response): Promise<void> {
  const q = rq.question;
  if (r.kind === 'choice') {
    const label = q.type === 'choice' ? q.options[rq.order[r.place]!]! : r.place === 0 ? 'True' : 'False';
    await page.getByRole('button', { name: label, exact: true }).click();
  } else if (r.kind === 'number') {
    const keypad = page.getByLabel('Or type a number');
    await keypad.fill(String(r.value));
    await keypad.press('Enter');
  } else if (r.kind === 'date') {
    const [y, m, d] = r.value.split('-');
    await page.getByLabel('Year').fill(y!);
    if (m) await page.getByLabel('Month').selectOption(String(Number(m)));
    if (d) await page.getByLabel('Day').selectOption(String(Number(d)));
    await page.getByRole('button', { name: 'Answer' }).click();
  } else {
    const search = page.getByRole('combobox', { name: 'Search for a place' });
    await search.fill(r.label!);
    await page.getByRole('option', { name: r.label!, exact: true }).click();
    await page.getByRole('button', { name: 'Answer' }).click();
  }
}

/** Answers by keyboard alone, from where the game puts the focus. */
export async function answerByKeyboard(page: Page, rq: RoundQuestion, r: Response, useLetters: boolean): Promise<void> {
  const kb = page.keyboard;
  if (r.kind === 'choice') {
    await kb.press(useLetters ? 'abcdef'[r.place]! : String(r.place + 1));
  } else if (r.kind === 'number') {
    // Focus starts on the slider and the keypad is next; on a page just reloaded, which has not
    // seen the keyboard yet, focus starts elsewhere: Tab on until the keypad, as a keyboard user does.
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'ctl-keypad'; i++) await kb.press('Tab');
    await kb.type(String(r.value));
    await kb.press('Enter');
  } else if (r.kind === 'date') {
    const q = rq.question;
    if (q.type !== 'when') throw new Error('a date for a question that is not "when"');
    const [y, m, d] = r.value.split('-').map(Number);
    // Focus starts on the year slider: Home goes to its first year, then one step per year.
    await kb.press('Home');
    for (let i = q.answer.minYear; i < y!; i++) await kb.press('ArrowRight');
    if (m !== undefined) {
      await kb.press('Tab');
      for (let i = 6; i < m; i++) await kb.press('ArrowDown');
      for (let i = 6; i > m; i--) await kb.press('ArrowUp');
    }
    if (d !== undefined) {
      await kb.press('Tab');
      for (let i = 15; i < d; i++) await kb.press('ArrowDown');
      for (let i = 15; i > d; i--) await kb.press('ArrowUp');
    }
    // The Answer button comes next in the tab order.
    await kb.press('Tab');
    await kb.press('Enter');
  } else {
    // Focus starts in the place search: type, Enter picks the first match, focus moves to Answer.
    await kb.type(r.label!);
    await page.getByRole('option', { name: r.label!, exact: true }).waitFor();
    await kb.press('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.textContent === 'Answer');
    await kb.press('Enter');
  }
}

/** A round code whose first question is of the given type, so a test can start on it. */
export function seedOpeningWith(type: RoundQuestion['question']['type'], prefix = 'open'): string {
  return seedWhoseFirst((q) => q.type === type, `${prefix}-${type}`, 200, `a ${type} question`);
}

/** A round code whose first question is the one with this id. */
export function seedOpeningWithQuestion(id: string, prefix = 'open'): string {
  return seedWhoseFirst((q) => q.id === id, `${prefix}-${id}`, 2000, id);
}

function seedWhoseFirst(test: (q: RoundQuestion['question']) => boolean, prefix: string, tries: number, what: string): string {
  for (let i = 0; i < tries; i++) {
    const seed = `${prefix}-${i}`;
    if (test(expectedQuestions(seed)[0]!.question)) return seed;
  }
  throw new Error(`no round opens with ${what}`);
}

/**
 * Answers through the accessible layer by the controls' ids, whatever the language: cards by
 * their place, inputs by id, places by a tap on the map where the core projects them.
 */
export async function answerById(page: Page, rq: RoundQuestion, r: Response, world: unknown): Promise<void> {
  if (r.kind === 'choice') {
    await page.locator(`#a11y button[data-id="answer-${r.place}"]`).click();
  } else if (r.kind === 'number') {
    await page.locator('#ctl-keypad').fill(String(r.value));
    await page.locator('#ctl-keypad').press('Enter');
  } else if (r.kind === 'date') {
    const [y, m, d] = r.value.split('-');
    await page.locator('#ctl-year').fill(y!);
    if (m) await page.locator('#ctl-month').selectOption(String(Number(m)));
    if (d) await page.locator('#ctl-day').selectOption(String(Number(d)));
    await page.locator('#a11y button[data-id="submit"]').click();
  } else {
    const q = rq.question;
    if (q.type !== 'where') throw new Error('a point for a question that is not "where"');
    // On a short window the page scrolls: bring the map on screen first, as a player would.
    await page.locator('#a11y .surface').scrollIntoViewIfNeeded();
    const surface = (await page.locator('#a11y .surface').boundingBox())!;
    const view = createMapView(world, { x: surface.x, y: surface.y, w: surface.width, h: surface.height }, q.answer.focus);
    const xy = view.project(r);
    const inside = xy && xy[0] > surface.x + 2 && xy[0] < surface.x + surface.width - 2 && xy[1] > surface.y + 2 && xy[1] < surface.y + surface.height - 2;
    // A far-away place off a zoomed map: tap the point of the globe on screen farthest from the
    // answer instead. (A corner of the surface is not always on the globe: on a wide, short map
    // it lies in the empty space beside it, where a tap places no pin.)
    const [x, y] = inside ? xy : farthestOnGlobe(view, surface, q.answer);
    await page.mouse.click(x, y);
    await page.locator('#a11y button[data-id="submit"]:not([disabled])').click();
  }
}

/** Of a grid of points across the map surface, the one on the globe farthest from `from`. */
function farthestOnGlobe(view: MapView, s: { x: number; y: number; width: number; height: number }, from: LatLon): [number, number] {
  let best: { xy: [number, number]; km: number } | null = null;
  for (let i = 0; i <= 20; i++) {
    for (let j = 0; j <= 10; j++) {
      const xy: [number, number] = [s.x + 6 + ((s.width - 12) * i) / 20, s.y + 6 + ((s.height - 12) * j) / 10];
      const p = view.invert(xy[0], xy[1]);
      if (!p) continue;
      const km = greatCircleKm(p, from);
      if (!best || km > best.km) best = { xy, km };
    }
  }
  if (!best) throw new Error('no point of the map surface lies on the globe');
  return best.xy;
}
