/**
 * The teacher page builds a playable bank from a pasted article: facts marked, approved, saved
 * on the device, and played from the link the page gives.
 */
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { sharedBrowser, watchErrors } from './browser';

const shared = sharedBrowser();

const article = readFileSync(new URL('../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');

it('builds a bank from a pasted article, and the game plays it', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
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
  const page = await shared.browser.newPage();
  await page.goto(`${inject('baseUrl')}teacher.html`);
  await page.getByRole('button', { name: 'Find the facts' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('The article is empty.');
  await page.getByLabel('Article text').fill('Der Stadtrat hat am Dienstag den Haushalt beschlossen und die Bürgermeisterin dankte allen Beteiligten für die Arbeit.');
  await page.getByRole('button', { name: 'Find the facts' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/does not look like English/);
});

it('exports a bank for school tools, and imports questions back with the line of any problem', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  // Moodle XML and QTI download as files; CSV comes back in below.
  const [xml] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Moodle XML' }).click()]);
  expect(readFileSync((await xml.path())!, 'utf8')).toMatch(/^<\?xml[\s\S]*<quiz>[\s\S]*<question type="multichoice">/);
  const [qti] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as QTI 2.1' }).click()]);
  expect(readFileSync((await qti.path())!).subarray(0, 2).toString()).toBe('PK');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
  const csvPath = (await csv.path())!;
  expect(await page.getByRole('status').last().textContent()).toMatch(/^Exported \d+ questions; \d+ could not go into this format/);

  // A broken file is refused with its line.
  await page.getByLabel('Questions to import (.csv, .txt for Aiken, .gift)').setInputFiles({ name: 'broken.gift', mimeType: 'text/plain', buffer: Buffer.from('::Q1:: What is 2+2? {\n~3\n~5\n}\n') });
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^Line \d+:/);

  // The exported CSV comes back in, and plays.
  await page.getByLabel('Questions to import (.csv, .txt for Aiken, .gift)').setInputFiles({ name: 'kim.csv', mimeType: 'text/csv', buffer: readFileSync(csvPath) });
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^\d+ questions read/);
  await page.getByRole('button', { name: 'Approve and save on this device' }).click();
  const href = await page.getByRole('link', { name: 'Play this bank' }).last().getAttribute('href');
  await page.goto(href!);
  await page.locator('#a11y button[data-id="play"]').click();
  await page.locator('#a11y button[data-id="pause"]').waitFor();
  expect(errors).toEqual([]);
});
