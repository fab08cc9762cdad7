/**
 * The engine draws a frame only when the screen changed (src/ui/engine/drawOnChange.ts). These tests
 * hold both halves of that: a still screen costs no frames, and every change still reaches the
 * screen (the time bar drains, a new screen replaces the old, a turned phone gets a fresh picture).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { sharedBrowser } from './browser';
import { openGame, seedOpeningWith, waitForQuestion } from './game';

const shared = sharedBrowser();
const PORTRAIT = { width: 390, height: 844 };
const LANDSCAPE = { width: 844, height: 390 };

const draws = (page: Page) => page.evaluate(() => ({ ...window.__factsprintDraws! }));
const canvasPicture = (page: Page) => page.locator('#game canvas').screenshot();

it('a still menu draws no frames, and a running time bar is drawn as it drains', async () => {
  const { page, errors } = await openGame(shared.browser, `?seed=${seedOpeningWith('choice', 'draw')}`, { viewport: PORTRAIT });
  await page.getByRole('button', { name: 'Play' }).waitFor();
  await page.waitForTimeout(500);
  const menuStart = await draws(page);
  await page.waitForTimeout(1000);
  const menuEnd = await draws(page);
  expect(menuEnd.drawn - menuStart.drawn).toBe(0);
  // The loop kept running (about 60 steps a second): it only stopped drawing.
  expect(menuEnd.skipped - menuStart.skipped).toBeGreaterThan(10);
  const menu = await canvasPicture(page);

  await page.getByRole('button', { name: 'Play' }).click();
  await waitForQuestion(page, 1);
  const first = await canvasPicture(page);
  expect(first.equals(menu)).toBe(false);
  const before = await draws(page);
  await page.waitForTimeout(1500);
  const after = await draws(page);
  const later = await canvasPicture(page);
  // The bar lost pixels, and the canvas shows it.
  expect(later.equals(first)).toBe(false);
  expect(after.drawn - before.drawn).toBeGreaterThan(5);
  // Between the bar's pixel steps nothing changed, so some frames were not drawn.
  expect(after.skipped - before.skipped).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

it('a phone turned on the menu shows the same picture as the menu opened at that size', async () => {
  // The menu opened on its side first: its canvas size is what the turned phone must reach (the
  // menu is taller than a phone on its side is high, so its box is too, and the page scrolls).
  const fresh = await openGame(shared.browser, '', { viewport: LANDSCAPE });
  await fresh.page.getByRole('button', { name: 'Play' }).waitFor();
  await fresh.page.waitForTimeout(300);
  const size = await fresh.page.evaluate(() => {
    const c = document.querySelector('#game canvas') as HTMLCanvasElement;
    return [c.width, c.height] as const;
  });
  expect(size[0]).toBe(LANDSCAPE.width);
  expect(size[1]).toBeGreaterThanOrEqual(LANDSCAPE.height);
  const turned = await openGame(shared.browser, '', { viewport: PORTRAIT });
  await turned.page.getByRole('button', { name: 'Play' }).waitFor();
  const portrait = await canvasPicture(turned.page);
  await turned.page.setViewportSize(LANDSCAPE);
  await turned.page.waitForFunction(([w, h]) => {
    const c = document.querySelector('#game canvas') as HTMLCanvasElement | null;
    return c !== null && c.width === w && c.height === h;
  }, size);
  // A moment for the redraw after the resize, then the picture must be the fresh page's.
  await turned.page.waitForTimeout(300);
  const afterTurn = await canvasPicture(turned.page);
  expect(afterTurn.equals(portrait)).toBe(false);
  expect(afterTurn.equals(await canvasPicture(fresh.page))).toBe(true);
  expect([...turned.errors, ...fresh.errors]).toEqual([]);
});
