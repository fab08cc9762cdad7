/**
 * What a teacher keeps on the device survives a reload, and deleting it asks first and can be
 * undone for a moment: banks built on the teacher page, one student's result, and all the
 * results of an assignment. A device that will not save a deletion or an undo says so.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { playableQuestions } from '../../src/core/bank/playable';
import { assignmentId, encodeAssignment } from '../../src/core/codes/assignment';
import { encodeResult, type StudentResult } from '../../src/core/codes/result';
import { sharedBrowser, watchErrors } from './browser';
import { firstBank } from './game';

const shared = sharedBrowser();

const article = readFileSync(new URL('../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');

/** Names inside sentences are isolated for bidirectional text (see `isolate` in src/teacher/dom.ts). */
const q = (name: string) => `\u2068${name}\u2069`;

/** Lets the test make localStorage refuse every write, as a full or switched-off store does. */
const FAILING_STORAGE = `(() => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return setItem.call(this, key, value);
  };
})();`;

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null);
const storedBankIds = (page: Page) => page.evaluate(() => Object.keys((JSON.parse(localStorage.getItem('factsprint:local-banks') ?? '{"data":{"banks":{}}}') as { data: { banks: object } }).data.banks));

it('lists the banks saved on this device, across reloads; deleting asks first, and Undo brings a bank back', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(FAILING_STORAGE);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Banks on this device' }) });
  await expect.poll(() => section.getByText('No banks here yet').isVisible()).toBe(true);

  // Saved by the builder: the list follows without a reload, and so does the assignment chooser.
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel('Headline').fill('Kim and Putin, kept');
  await page.getByRole('button', { name: 'Find the facts' }).click();
  await page.getByRole('button', { name: 'Approve all not flagged' }).click();
  await page.getByRole('button', { name: 'Save on this device' }).click();
  const item = section.getByRole('listitem').filter({ hasText: 'Kim and Putin, kept' });
  await item.waitFor();
  expect(await item.textContent()).toMatch(/Saved .*2\d{3}.* · \d+ playable questions/);
  expect(await page.locator('#assign-bank option', { hasText: 'Kim and Putin, kept' }).count()).toBe(1);

  await page.reload();
  await item.waitFor();
  const play = section.getByRole('link', { name: `Play “${q('Kim and Putin, kept')}”` });
  expect(await play.getAttribute('href')).toBe('index.html?bank=local:kim-and-putin-kept');
  const del = section.getByRole('button', { name: `Delete the bank “${q('Kim and Putin, kept')}”` });

  // Asked first, in the page; Keep (and Esc) keeps it and gives focus back to Delete.
  await del.click();
  const question = section.getByRole('group', { name: `Delete the bank “${q('Kim and Putin, kept')}”? Its links stop working on this device.` });
  await question.waitFor();
  expect(await focusedName(page)).toBe('Keep');
  await question.getByRole('button', { name: 'Keep' }).click();
  expect(await question.count()).toBe(0);
  expect(await focusedName(page)).toBe(`Delete the bank “${q('Kim and Putin, kept')}”`);
  await page.keyboard.press('Enter');
  await question.waitFor();
  await page.keyboard.press('Escape');
  expect(await question.count()).toBe(0);
  expect(await item.count()).toBe(1);

  // Yes deletes it, for the game too; the status says so and focus is on Undo.
  await del.click();
  await question.getByRole('button', { name: 'Yes, delete' }).click();
  expect(await item.count()).toBe(0);
  const status = section.getByRole('status');
  expect(await status.textContent()).toBe(`Deleted “${q('Kim and Putin, kept')}”.`);
  expect(await focusedName(page)).toBe('Undo');
  expect(await storedBankIds(page)).toEqual([]);
  const game = await context.newPage();
  const gameErrors = watchErrors(game);
  await game.goto(new URL('index.html?bank=local:kim-and-putin-kept', page.url()).toString());
  await game.getByRole('button', { name: 'Back to the menu' }).waitFor();
  expect((await game.locator('#a11y p').allTextContents()).join(' ')).toContain('There is no question bank called “local:kim-and-putin-kept”');
  expect(gameErrors).toEqual([]);
  await game.close();

  // Undo puts it back, with focus on its Delete button, and it is still back after a reload.
  await section.getByRole('button', { name: 'Undo' }).click();
  await item.waitFor();
  expect(await status.textContent()).toBe(`“${q('Kim and Putin, kept')}” is back.`);
  expect(await focusedName(page)).toBe(`Delete the bank “${q('Kim and Putin, kept')}”`);
  await page.reload();
  await item.waitFor();
  expect(await storedBankIds(page)).toEqual(['kim-and-putin-kept']);

  // A device that will not save: the page says the deletion, and then the undo, may not last.
  await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true));
  await del.click();
  await question.getByRole('button', { name: 'Yes, delete' }).click();
  expect(await status.textContent()).toMatch(/^Deleted “.*”\. This device would not save the change \(storage is off or full\), so it may come back after a reload\.$/);
  expect(await status.getAttribute('class')).toContain('error');
  await section.getByRole('button', { name: 'Undo' }).click();
  await item.waitFor();
  expect(await status.textContent()).toMatch(/is back\. This device would not save it \(storage is off or full\), so it may be gone again after a reload\.$/);
  await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = false));

  // Undo is offered for a while only; once it has gone the deletion stays, across a reload.
  await page.reload();
  await del.click();
  await question.getByRole('button', { name: 'Yes, delete' }).click();
  await section.getByRole('button', { name: 'Undo' }).waitFor();
  // The offer waits while focus or the pointer is on it; both move elsewhere.
  await page.mouse.move(1, 1);
  await page.getByRole('heading', { name: 'Banks on this device' }).focus();
  await expect.poll(() => status.textContent(), { timeout: 15_000, interval: 500 }).toBe('');
  expect(await section.getByRole('button', { name: 'Undo' }).count()).toBe(0);
  await page.reload();
  await section.getByText('No banks here yet').waitFor();
  expect(await storedBankIds(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** A result code as a student's game would make it. */
function resultCode(code: string, questionIds: string[], name: string, attempt: number, right: number): string {
  const answers = questionIds.map((questionId, i) => ({ questionId, response: i < right ? { kind: 'choice' as const, place: 0 } : null, elapsedMs: 4000 + 1000 * i, points: i < right ? 800 : 0, credit: i < right ? 1 : 0 }));
  const result: StudentResult = { assignmentId: assignmentId(code), name, attempt, answers, points: answers.reduce((s, a) => s + a.points, 0), correct: right, asked: questionIds.length, finishedAt: '2025-10-01T09:30:00.000Z' };
  return encodeResult(result);
}

it('keeps class results across reloads; one student\'s result and all of an assignment\'s can be deleted and brought back', async () => {
  // A phone in portrait: everything here must work at 360 px.
  const context = await shared.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const questionIds = playableQuestions(firstBank()).slice(0, 3).map((x) => x.id);
  const code = encodeAssignment({ title: 'Beijing quiz', bankId: 'kim-putin-beijing-2025-09', bank: null, questionIds, seed: 'e2e-delete', mode: 'accuracy', timeLimitS: 30, extraTime: {}, lang: null, due: null });
  await page.goto(`${inject('baseUrl')}teacher.html?assign=${code}`);
  await expect.poll(() => page.getByLabel('Link for your students').inputValue()).toContain(code);
  await page.getByLabel('Paste result codes (one or many)').fill([resultCode(code, questionIds, 'Ana', 1, 3), resultCode(code, questionIds, 'Bo', 1, 1), resultCode(code, questionIds, 'Ana', 2, 2)].join('\n'));
  await page.getByRole('button', { name: 'Add results' }).click();
  expect(await page.locator('#results-status').textContent()).toBe('3 results added, 0 already there.');
  const students = page.locator('table').first();
  await expect.poll(() => students.locator('tr').count()).toBe(4);

  // After a reload without the link, the results are listed and shown again.
  await page.goto(`${inject('baseUrl')}teacher.html`);
  const kept = page.getByRole('list', { name: 'Results kept on this device' });
  const entry = kept.getByRole('listitem').filter({ hasText: 'Beijing quiz' });
  expect(await entry.textContent()).toContain('3 results');
  await entry.getByRole('button', { name: `Show the results of “${q('Beijing quiz')}”` }).click();
  await expect.poll(() => students.locator('tr').count()).toBe(4);
  expect(await page.locator('#results-status').textContent()).toBe(`Showing the results of “${q('Beijing quiz')}”.`);
  expect(await page.getByLabel('Link for your students').inputValue()).toContain(code);

  // One student's result: asked first, then deleted, then undone into its old place.
  const boName = `Delete the result of ${q('Bo')} (attempt 1)`;
  await students.getByRole('button', { name: boName }).click();
  const question = page.getByRole('group', { name: `Delete the result of ${q('Bo')} (attempt 1)?` });
  expect(await focusedName(page)).toBe('Keep');
  await question.getByRole('button', { name: 'Keep' }).click();
  expect(await students.locator('tr').count()).toBe(4);
  await students.getByRole('button', { name: boName }).click();
  await question.getByRole('button', { name: 'Yes, delete' }).click();
  expect(await students.locator('tr').count()).toBe(3);
  expect(await students.textContent()).not.toContain('Bo');
  const undoStatus = page.locator('.undo-bar [role="status"]').last();
  expect(await undoStatus.textContent()).toBe(`Deleted the result of ${q('Bo')} (attempt 1).`);
  expect(await focusedName(page)).toBe('Undo');
  expect(await entry.textContent()).toContain('2 results');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => students.locator('tr').count()).toBe(4);
  expect(await focusedName(page)).toBe(boName);
  expect(await undoStatus.textContent()).toBe(`The result of ${q('Bo')} (attempt 1) is back.`);
  const storedNames = () => page.evaluate(() => (JSON.parse(localStorage.getItem('factsprint:class-results')!) as { data: { byAssignment: Record<string, { name: string }[]> } }).data.byAssignment);
  expect(Object.values(await storedNames())[0]!.map((r) => r.name)).toEqual(['Ana', 'Bo', 'Ana']);

  // Nothing on the phone layout is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // A deletion that is not undone lasts.
  await students.getByRole('button', { name: boName }).click();
  await question.getByRole('button', { name: 'Yes, delete' }).click();
  await page.reload();
  await entry.getByRole('button', { name: `Show the results of “${q('Beijing quiz')}”` }).click();
  await expect.poll(() => students.locator('tr').count()).toBe(3);

  // All of an assignment's results, from the list: asked with the count, undone, and kept.
  await entry.getByRole('button', { name: `Delete all results of “${q('Beijing quiz')}”` }).click();
  const all = page.getByRole('group', { name: `Delete all 2 results of “${q('Beijing quiz')}”?` });
  await all.getByRole('button', { name: 'Yes, delete' }).click();
  expect(await entry.count()).toBe(0);
  expect(await page.getByText('No results kept yet').isVisible()).toBe(true);
  expect(await students.locator('tr').count()).toBe(1);
  expect(await undoStatus.textContent()).toBe(`Deleted the results of “${q('Beijing quiz')}”.`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await entry.waitFor();
  expect(await focusedName(page)).toBe(`Delete all results of “${q('Beijing quiz')}”`);
  expect(await students.locator('tr').count()).toBe(3);
  await page.reload();
  expect(await entry.textContent()).toContain('2 results');
  expect(errors).toEqual([]);
  await context.close();
});
