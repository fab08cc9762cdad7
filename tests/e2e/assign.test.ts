/**
 * The whole teacher loop, with no server: make an assignment link on the teacher page, play it
 * as two students, paste both result codes back, and read the class table and its CSV.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { decodeAssignment } from '../../src/core/codes/assignment';
import { selectByIds } from '../../src/core/select';
import { sharedBrowser, watchErrors } from './browser';
import { answerById, firstBank, plannedResponse, waitForLive, world } from './game';

const shared = sharedBrowser();

/** Plays an assignment link as one student; returns the result code the game shows, and a picture of its QR code. */
/** The teacher page makes a link for three random questions (titled if given); the link and its assignment. */
async function threeQuestionAssignment(teacher: Page, title?: string) {
  await teacher.goto(`${inject('baseUrl')}teacher.html`);
  if (title) await teacher.getByLabel('Title of the assignment').fill(title);
  await teacher.getByLabel('Number of questions (picked at random)').fill('3');
  await teacher.getByRole('button', { name: 'Make the link' }).click();
  await expect.poll(() => teacher.getByLabel('Link for your students').inputValue()).toMatch(/\?assign=/);
  const link = await teacher.getByLabel('Link for your students').inputValue();
  const decoded = decodeAssignment(new URL(link).searchParams.get('assign')!);
  if (!decoded.ok) throw new Error('no assignment');
  return { link, decoded };
}

async function playAs(link: string, name: string, rightEvery: number, flagAt?: number): Promise<{ code: string; qr: Buffer }> {
  const page: Page = await shared.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  const code = new URL(link).searchParams.get('assign')!;
  const decoded = decodeAssignment(code);
  if (!decoded.ok) throw new Error('the link holds no assignment');
  const questions = selectByIds(firstBank(), decoded.assignment.questionIds, decoded.assignment.seed);
  for (let i = 0; i < questions.length; i++) {
    await page.locator('#a11y button[data-id="pause"]').waitFor();
    await answerById(page, questions[i]!, plannedResponse(questions[i]!, i % rightEvery === 0), world);
    if (i === flagAt) {
      // On the feedback, beside Next: a toggle a screen reader hears as pressed.
      const flag = page.getByRole('button', { name: 'This question looks wrong' });
      await expect.poll(() => flag.getAttribute('aria-pressed')).toBe('false');
      await flag.click();
      await expect.poll(() => page.locator('#a11y button[data-id="flag"]').getAttribute('aria-pressed')).toBe('true');
      await waitForLive(page, /Marked as looking wrong\./);
    }
    await page.locator('#a11y button[data-id="next"]').click();
  }
  const box = page.getByRole('textbox', { name: /^Your result code/ });
  await box.waitFor();
  const result = await box.inputValue();
  // A phone photo of the screen, as it were: the QR code with a white margin.
  const qr = await page.locator('#a11y svg.qr').screenshot();
  expect(errors).toEqual([]);
  await page.close();
  return { code: result, qr };
}

it('assigns a round by link, collects two students\' codes, and shows the class', async () => {
  const teacher = await shared.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await teacher.goto(`${inject('baseUrl')}teacher.html`);
  await teacher.getByLabel('Title of the assignment').fill('Beijing quiz');
  await teacher.getByLabel('Number of questions (picked at random)').fill('4');
  await teacher.getByLabel('Extra time for named students (one per line: Name = 2)').fill('Bo = 2');
  await teacher.getByRole('button', { name: 'Make the link' }).click();
  await expect.poll(() => teacher.getByLabel('Link for your students').inputValue()).toMatch(/\?assign=/);
  const link = await teacher.getByLabel('Link for your students').inputValue();
  const code = new URL(link).searchParams.get('assign')!;
  console.info(`assignment code for 4 questions: ${code.length} characters`);

  const ana = await playAs(link, 'Ana', 1);
  // Bo thinks the second question is wrong, and marks it.
  const bo = await playAs(link, 'Bo', 2, 1);
  expect(ana.code).not.toBe(bo.code);
  console.info(`result code for 4 answers: ${ana.code.length} characters`);

  await teacher.getByLabel('Paste result codes (one or many)').fill(`${ana.code}\n\n${ana.code}\nFR1.garbage`);
  await teacher.getByRole('button', { name: 'Add results' }).click();
  const status = await teacher.locator('#results-status').textContent();
  expect(status).toContain('1 results added, 1 already there.');
  expect(status).toContain('Code 3 is damaged or is not a result code.');
  // Bo's result arrives as a picture of its QR code.
  await teacher.getByLabel('Or scan result QR codes from pictures').setInputFiles({ name: 'bo.png', mimeType: 'image/png', buffer: bo.qr });
  // Decoding the picture takes a few seconds alone on this 2-core machine, and more than 60 s
  // twice in whole CI runs with two browsers beside it: the wait is for a loaded machine, not a
  // figure for users.
  await expect.poll(() => teacher.locator('table').first().locator('tr').count(), { timeout: 120_000 }).toBe(3);
  expect(await teacher.locator('#results-status').textContent()).not.toContain('No QR code');
  const rows = await teacher.locator('table').first().locator('tr').allTextContents();
  expect(rows).toHaveLength(3);
  expect(rows[1]).toContain('Ana');
  expect(rows[1]).toContain('4/4');
  expect(rows[2]).toContain('Bo');
  expect(rows[2]).toContain('2/4');
  const questionRows = await teacher.locator('table').nth(1).locator('tr').allTextContents();
  expect(questionRows).toHaveLength(5);
  expect(questionRows[0]).toContain('Marked as looking wrong');
  // The question Bo marked (the second he was asked) shows one mark; the others none.
  const asked = decodeAssignment(code);
  if (!asked.ok) throw new Error('no assignment');
  const marked = selectByIds(firstBank(), asked.assignment.questionIds, asked.assignment.seed)[1]!.question.prompt;
  const marks = await teacher.locator('table').nth(1).locator('tr').evaluateAll((rows) => rows.slice(1).map((r) => [r.firstElementChild?.textContent ?? '', r.lastElementChild?.textContent ?? '']));
  expect(marks.filter(([, m]) => m === '1').map(([p]) => p)).toEqual([marked]);
  expect(marks.filter(([, m]) => m === '—')).toHaveLength(3);

  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  // The student's chosen time is the last column: the five before it stay where they were.
  expect(csv.split('\r\n')[0]).toBe('Student,Attempt,Points,Right,Time,Time chosen');
  expect(csv).toMatch(/\r\nAna,1,\d+,4\/4,[\d.]+,As set\r\n/);
}, 180_000);

it('lets a student turn the time limit off, and the teacher sees it beside their points', async () => {
  const teacher = await shared.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { link, decoded } = await threeQuestionAssignment(teacher, 'Untimed for Dee');
  expect(decoded.assignment.timeLimitS).toBe(20);
  const questions = selectByIds(firstBank(), decoded.assignment.questionIds, decoded.assignment.seed);

  const page = await shared.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(link);
  await page.getByLabel('Your name').fill('Dee');
  const timing = page.getByLabel('Time per question');
  expect(await timing.locator('option').allTextContents()).toEqual(['As your teacher set it', '1.5 × the time', '2 × the time', '3 × the time', '10 × the time', 'No time limit']);
  await timing.selectOption({ label: 'No time limit' });
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < questions.length; i++) {
    await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent === t, `Question ${i + 1} of ${questions.length}`);
    // No clock: nothing to pause.
    expect(await page.locator('#a11y button[data-id="pause"]').count()).toBe(0);
    await answerById(page, questions[i]!, plannedResponse(questions[i]!, true), world);
    await page.locator('#a11y button[data-id="next"]').click();
  }
  const box = page.getByRole('textbox', { name: /^Your result code/ });
  await box.waitFor();
  const code = await box.inputValue();
  expect(errors).toEqual([]);
  await page.close();

  await teacher.getByLabel('Paste result codes (one or many)').fill(code);
  await teacher.getByRole('button', { name: 'Add results' }).click();
  const table = teacher.locator('table').first();
  await expect.poll(() => table.locator('tr').count()).toBe(2);
  expect(await table.locator('th').allTextContents()).toContain('Time chosen');
  const cells = await table.locator('tr').nth(1).locator('td').allTextContents();
  expect(cells[0]).toBe('Dee');
  expect(cells[5]).toBe('No time limit');

  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(csv[0]).toBe('Student,Attempt,Points,Right,Time,Time chosen');
  expect(csv[1]).toMatch(/^Dee,1,\d+,3\/3,[\d.]+,No time limit$/);
});

it('a damaged assignment link says so, and what to do', async () => {
  const page = await shared.browser.newPage();
  await page.goto(`${inject('baseUrl')}?assign=FA1.thisIsNotAValidCode`);
  await page.getByRole('button', { name: 'Back to the menu' }).waitFor();
  expect((await page.locator('#a11y p').allTextContents()).join(' ')).toMatch(/Ask your teacher/);
});

it('resumes a student\'s round after a reload, and marks a second attempt', async () => {
  const teacher = await shared.browser.newPage();
  const { link, decoded } = await threeQuestionAssignment(teacher);
  const questions = selectByIds(firstBank(), decoded.assignment.questionIds, decoded.assignment.seed);

  const page = await shared.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(link);
  await page.getByLabel('Your name').fill('Chen');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#a11y button[data-id="pause"]').waitFor();
  await answerById(page, questions[0]!, plannedResponse(questions[0]!, true), world);
  await page.locator('#a11y button[data-id="next"]').click();
  await page.locator('#a11y button[data-id="pause"]').waitFor();
  // The tab is reloaded in the middle of question 2.
  await page.reload();
  await page.getByLabel('Your name').fill('chen ');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  expect(await waitForLive(page, /question 2 of 3/)).toContain('Welcome back');
  await page.getByRole('button', { name: 'Resume' }).click();
  for (let i = 1; i < 3; i++) {
    await page.locator('#a11y button[data-id="pause"]').waitFor();
    await answerById(page, questions[i]!, plannedResponse(questions[i]!, true), world);
    await page.locator('#a11y button[data-id="next"]').click();
  }
  await page.getByLabel(/^Your result code · Attempt 1$/).waitFor();
  // The first answer, given before the reload, was kept.
  expect((await page.locator('#a11y p').allTextContents()).join(' ')).toContain('3 of 3 correct');
  await page.getByRole('button', { name: 'Play again' }).click();
  for (let i = 0; i < 3; i++) {
    await page.locator('#a11y button[data-id="pause"]').waitFor();
    await answerById(page, questions[i]!, plannedResponse(questions[i]!, false), world);
    await page.locator('#a11y button[data-id="next"]').click();
  }
  await page.getByLabel(/^Your result code · Attempt 2$/).waitFor();
  expect(errors).toEqual([]);
});

it('lets the teacher pick the questions by hand, in the bank\'s order', async () => {
  const teacher = await shared.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await teacher.goto(`${inject('baseUrl')}teacher.html`);
  const boxes = teacher.locator('fieldset.picker input[type="checkbox"]');
  await expect.poll(() => boxes.count()).toBeGreaterThan(10);
  const ids = [await boxes.nth(2).getAttribute('value'), await boxes.nth(5).getAttribute('value')];
  await boxes.nth(2).check();
  await boxes.nth(5).check();
  await teacher.getByRole('button', { name: 'Make the link' }).click();
  await expect.poll(() => teacher.getByLabel('Link for your students').inputValue()).toMatch(/\?assign=/);
  const decoded = decodeAssignment(new URL(await teacher.getByLabel('Link for your students').inputValue()).searchParams.get('assign')!);
  expect(decoded.ok && decoded.assignment.questionIds).toEqual(ids);
});
