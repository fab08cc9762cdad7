/**
 * The teacher page builds a playable bank from a pasted article: facts marked, approved, saved
 * on the device, and played from the link the page gives.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { REVIEW_REASONS } from '../../src/core/bank/reviewReasons';
import type { Bank } from '../../src/core/bank/schema';
import { sharedBrowser, watchErrors } from './browser';

const shared = sharedBrowser();

const article = readFileSync(new URL('../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');
const en = JSON.parse(readFileSync(new URL('../../src/locales/en.json', import.meta.url), 'utf8')) as { teacher: { reason: Record<string, string> } };

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
  expect(await page.locator('ol.facts > li').count()).toBeGreaterThan(10);
  await expect.poll(() => page.getByText('Approve at least one fact').count()).toBe(1);
  // Reject one, edit one, approve the rest that were not flagged.
  await page.locator('ol.facts > li').first().getByRole('button', { name: /^Reject / }).click();
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

it('puts the flagged facts first, each saying why, and lets a teacher reword a question in place, on a phone', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel('Headline').fill('Kim and Putin, reworded');
  await page.getByLabel('Published (YYYY-MM-DD)').fill('2025-09-04');
  await page.getByRole('button', { name: 'Find the facts' }).click();
  const toCheck = page.getByRole('heading', { level: 3, name: /^\d+ facts? to check$/ });
  await toCheck.waitFor();

  // Flagged facts first, then the rest, each list in article order, under headings that count them.
  const [flaggedList, restList] = [page.locator('ol.facts').nth(0), page.locator('ol.facts').nth(1)];
  const flagged = flaggedList.locator('> li');
  const rest = restList.locator('> li');
  const nFlagged = await flagged.count();
  const nRest = await rest.count();
  expect(nFlagged).toBeGreaterThan(0);
  expect(await toCheck.textContent()).toBe(`${nFlagged} fact${nFlagged === 1 ? '' : 's'} to check`);
  expect(await page.getByRole('heading', { level: 3, name: /not flagged$/ }).textContent()).toBe(`${nRest} fact${nRest === 1 ? '' : 's'} not flagged`);
  expect(await page.evaluate(() => document.querySelectorAll('ol.facts')[0]!.compareDocumentPosition(document.querySelectorAll('ol.facts')[1]!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
  for (const list of [flaggedList, restList]) {
    const at = (await list.locator('> li .sentence').allTextContents()).map((s) => article.indexOf(s));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  }
  expect(await flaggedList.locator('.fact-status').allTextContents()).toEqual(Array(nFlagged).fill(expect.stringMatching(/^needs a closer look · confidence \d+%$/)));
  expect(await restList.locator('.reasons').count()).toBe(0);

  // Each flagged fact says why, in a teacher's words (never the builder's shorthand), and its group is described by it.
  const teacherWords = Object.values(en.teacher.reason);
  const shorthand: string[] = Object.values(REVIEW_REASONS);
  let known = 0;
  for (let i = 0; i < nFlagged; i++) {
    const li = flagged.nth(i);
    const reasons = await li.locator('.reasons li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      expect(shorthand).not.toContain(r);
      expect(teacherWords.includes(r) || /^The builder is not sure it read this right|^The builder notes: /.test(r), r).toBe(true);
      if (teacherWords.includes(r)) known++;
    }
    const describedBy = await li.locator('[role="group"]').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain(reasons[0]);
  }
  expect(known).toBeGreaterThan(0);

  // One Tab stop per fact: Approve, Reject and Edit are a toolbar, named for their fact.
  expect(await page.getByRole('button', { name: /^Approve (quote|figure|date|place): \S/ }).count()).toBe(nFlagged + nRest);
  const tabStops = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('ol.facts button, ol.facts input, ol.facts textarea')].filter((e) => e.tabIndex >= 0 && e.getClientRects().length > 0).length);
  expect(await tabStops()).toBe(nFlagged + nRest);
  await flagged.first().getByRole('button', { name: /^Approve / }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.className)).toContain('reject');
  await page.keyboard.press('ArrowLeft');

  // A flagged fact whose questions show once it is approved (the builder holds back those in doubt).
  let target: Locator | null = null;
  for (let i = 0; i < nFlagged && !target; i++) {
    const li = flagged.nth(i);
    if ((await li.locator('ol.questions > li').count()) === 0) await li.getByRole('button', { name: /^Approve / }).click();
    if ((await li.locator('ol.questions > li').count()) > 0) target = li;
  }
  expect(target).not.toBeNull();
  const fact = target!;
  const question = fact.locator('ol.questions > li').first();
  const questionId = (await question.getAttribute('data-question'))!;
  const before = (await question.locator('.prompt').textContent())!;
  await fact.getByRole('button', { name: /^Edit / }).click();
  expect(await fact.getByRole('button', { name: /^Edit / }).getAttribute('aria-expanded')).toBe('true');
  const box = question.getByRole('textbox');
  expect(await box.inputValue()).toBe(before);
  expect(await box.getAttribute('aria-describedby')).toBeTruthy();

  // An empty wording is refused, with a message; Cancel puts the saved one back.
  await box.fill('   ');
  await question.getByRole('button', { name: 'Save wording' }).click();
  await expect.poll(() => question.locator('.prompt-msg').textContent()).toMatch(/^A question cannot be empty/);
  expect(await box.getAttribute('aria-invalid')).toBe('true');
  await question.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect(await box.inputValue()).toBe(before);
  expect(await box.getAttribute('aria-invalid')).toBeNull();

  // A new wording, saved with Enter, marks the fact edited and is what the saved bank holds.
  const wording = 'In the article, who reported this about Kim’s visit?';
  await box.fill(wording);
  await box.press('Enter');
  await expect.poll(() => question.locator('.prompt-msg').textContent()).toMatch(/^Wording saved/);
  expect(await fact.locator('.fact-status').textContent()).toMatch(/^edited ·/);
  expect(await box.evaluate((e) => e === document.activeElement)).toBe(true);

  // Wording typed but neither saved nor cancelled holds back saving the bank, and says so.
  await box.fill(`${wording} (draft)`);
  await page.getByRole('button', { name: 'Save on this device' }).click();
  await expect.poll(() => page.getByText('You changed a question\'s wording without saving it').count()).toBe(1);
  expect(await box.evaluate((e) => e === document.activeElement)).toBe(true);
  await box.press('Escape');
  expect(await box.inputValue()).toBe(wording);

  await page.getByRole('button', { name: 'Approve all not flagged' }).click();
  await page.getByRole('button', { name: 'Save on this device' }).click();
  await expect.poll(() => page.getByText('Saved on this device').count()).toBe(1);
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('factsprint:local-banks')))!) as { data: { banks: Record<string, { bank: Bank }> } };
  const saved = stored.data.banks['kim-and-putin-reworded']!.bank;
  expect(saved.questions.find((q) => q.id === questionId)?.prompt).toBe(wording);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download bank (.json)' }).click()]);
  const downloaded = JSON.parse(readFileSync((await file.path())!, 'utf8')) as Bank;
  expect(downloaded.questions.find((q) => q.id === questionId)?.prompt).toBe(wording);

  // Closed again, the list reads the new wording; and nothing on the page is wider than the phone.
  await fact.getByRole('button', { name: /^Edit / }).click();
  expect(await question.locator('.prompt').textContent()).toBe(wording);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);
  await context.close();
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
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^Line \d+, multiple-choice question: No answer is marked as the right one\./);

  // The file's bytes are decoded, not read as UTF-8 whatever they are: a Cyrillic Windows-1251 CSV is refused with how to save it, not imported garbled.
  const cyrillic = readFileSync(new URL('../fixtures/interop/windows-1251-cyrillic.csv', import.meta.url));
  await page.getByLabel('Questions to import (.csv, .txt for Aiken, .gift)').setInputFiles({ name: 'russian.csv', mimeType: 'text/csv', buffer: cyrillic });
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^The file is not in UTF-8, .*CSV UTF-8/);

  // The exported CSV comes back in, and plays.
  await page.getByLabel('Questions to import (.csv, .txt for Aiken, .gift)').setInputFiles({ name: 'kim.csv', mimeType: 'text/csv', buffer: readFileSync(csvPath) });
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^\d+ questions read/);
  await page.getByRole('button', { name: /^Add these \d+ questions$/ }).click();
  const href = await page.getByRole('link', { name: 'Play this bank' }).last().getAttribute('href');
  await page.goto(href!);
  await page.locator('#a11y button[data-id="play"]').click();
  await page.locator('#a11y button[data-id="pause"]').waitFor();
  expect(errors).toEqual([]);
});
