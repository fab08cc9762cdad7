/**
 * The teacher page builds a playable bank from a pasted article: facts marked, approved, saved
 * on the device, and played from the link the page gives.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launch, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const article = readFileSync(new URL('../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');

it('builds a bank from a pasted article, and the game plays it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel('Headline').fill('Kim and Putin, built by a teacher');
  await page.getByLabel('Published (YYYY-MM-DD)').fill('2025-09-04');
  await page.getByRole('button', { name: 'Find the facts' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Found \d+ quotes, \d+ figures, \d+ dates and \d+ places/);
  // Every fact is marked in the article, and nothing is playable before a person approves it.
  expect(await page.locator('.article mark').count()).toBeGreaterThanOrEqual(8);
  expect(await page.locator('ol.facts li').count()).toBeGreaterThan(10);
  await expect.poll(() => page.getByText('Approve at least one fact').count()).toBe(1);
  // Reject one, edit one, approve the rest that were not flagged.
  await page.locator('ol.facts li').first().getByRole('button', { name: 'Reject' }).click();
  await page.getByRole('button', { name: 'Approve all not flagged' }).click();
  await page.getByRole('button', { name: 'Save on this device' }).click();
  await expect.poll(() => page.getByText('Saved on this device').count()).toBe(1);
  const href = await page.getByRole('link', { name: 'Play this bank' }).getAttribute('href');
  expect(href).toMatch(/^\.\/\?bank=local:kim-and-putin-built-by-a-teacher$/);
  await page.goto(new URL(href!, page.url()).toString());
  await page.locator('#a11y button[data-id="play"]').waitFor();
  expect((await page.locator('#a11y p').allTextContents()).join(' ')).toContain('Kim and Putin, built by a teacher');
  await page.locator('#a11y button[data-id="play"]').click();
  await page.locator('#a11y button[data-id="pause"]').waitFor();
  expect(errors).toEqual([]);
});

it('says clearly when the text is not an article it can read', async () => {
  const page = await browser.newPage();
  await page.goto(`${inject('baseUrl')}teacher.html`);
  await page.getByRole('button', { name: 'Find the facts' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('The article is empty.');
  await page.getByLabel('Article text').fill('Der Stadtrat hat am Dienstag den Haushalt beschlossen und die Bürgermeisterin dankte allen Beteiligten für die Arbeit.');
  await page.getByRole('button', { name: 'Find the facts' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/does not look like English/);
});
