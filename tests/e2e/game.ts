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
import { watchErrors } from './browser';

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
}

export async function openGame(browser: Browser, query = '', o: OpenOptions = {}): Promise<OpenGame> {
  const touch = o.touch ?? false;
  const context = await browser.newContext({ viewport: o.viewport ?? { width: 1280, height: 720 }, hasTouch: touch, isMobile: touch, deviceScaleFactor: 1 });
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
  place: number;
  elapsedMs: number;
}

/** Replays answers through the real reducer: what the results screen must show. */
export function replay(questions: RoundQuestion[], answers: PlayedAnswer[]): RoundState {
  let state = createRound(questions);
  let now = 0;
  state = roundReducer(state, { type: 'start', now }).state;
  for (const a of answers) {
    state = roundReducer(state, { type: 'answer', place: a.place, now: now + a.elapsedMs }).state;
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

/** Which place to pick: the right one when `right`, else the first wrong one. */
export function pick(q: RoundQuestion, right: boolean): number {
  return right ? q.correctPlace : (q.correctPlace + 1) % q.order.length;
}
