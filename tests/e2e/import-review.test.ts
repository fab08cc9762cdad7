/**
 * Importing a file that holds questions Factsprint cannot play, in a real browser: the teacher
 * sees what came in and each question left out with its line, what it is and why, approves with
 * the keyboard, and the bank is saved with the questions that came in. A .txt file is read by its
 * content; cancelling saves nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { sharedBrowser, watchErrors } from './browser';

const shared = sharedBrowser();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/interop/${name}`, import.meta.url));
const FILE_LABEL = 'Questions to import (.csv, .txt for Aiken, .gift)';

it('imports a Moodle XML export with an essay: lists what was left out and why, and saves only after the teacher confirms', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  const saved = page.locator('section', { has: page.getByRole('heading', { name: 'Banks on this device' }) });
  await expect.poll(() => saved.getByText('No banks here yet').isVisible()).toBe(true);

  await page.getByLabel(FILE_LABEL).setInputFiles({ name: 'science-7.xml', mimeType: 'application/xml', buffer: fixture('moodle-xml-mixed-types.xml') });
  const summary = page.getByRole('region', { name: 'Check what came in' });
  await summary.waitFor();
  // The focus moves to the summary's heading, so a screen reader starts there.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Check what came in');
  expect(await summary.getByText(/came in from/).textContent()).toBe('5 questions came in from \u2068science-7.xml\u2069.');
  const leftOut = summary.getByRole('list', { name: /^Left out: 3\./ });
  expect(await leftOut.getByRole('listitem').allTextContents()).toEqual([
    'Line 70, essay question: A question of Moodle type “essay”: Factsprint imports multiple choice and true/false questions only.',
    'Line 131, matching question: A question of Moodle type “matching”: Factsprint imports multiple choice and true/false questions only.',
    'Line 177, multiple-answer question: This question lets students pick several answers: a Factsprint question has exactly one right answer.',
  ]);
  // Nothing is saved before the teacher says so.
  expect(await saved.getByText('No banks here yet').isVisible()).toBe(true);

  // The teacher can read the questions that came in, each with its right answer.
  await summary.getByText('The questions that came in').click();
  expect(await summary.getByRole('listitem').filter({ hasText: 'right answer' }).allTextContents()).toContain('Sound can travel through the vacuum of space. (right answer: False)');

  // Confirmed from the keyboard: Tab to the button, Enter.
  const add = summary.getByRole('button', { name: 'Add these 5 questions' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => summary.isVisible()).toBe(false);
  const item = saved.getByRole('listitem').filter({ hasText: 'science-7.xml' });
  await item.waitFor();
  expect(await item.textContent()).toMatch(/5 playable questions/);
  expect(errors).toEqual([]);
});

it('reads a .txt file by its content, and saves nothing when the teacher cancels', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  await page.getByLabel(FILE_LABEL).setInputFiles({ name: 'quiz.txt', mimeType: 'text/plain', buffer: fixture('aiken-broken-block.txt') });
  const summary = page.getByRole('region', { name: 'Check what came in' });
  await summary.waitFor();
  expect(await summary.getByText(/^Read as/).textContent()).toBe("Read as Aiken, recognised from the file's content.");
  expect(await page.getByLabel('Format').inputValue()).toBe('aiken');
  expect(await summary.getByRole('list', { name: /^Left out: 2\./ }).getByRole('listitem').allTextContents()).toEqual([
    'Line 14, multiple-choice question: This question has no ANSWER: line after its answers.',
    'Line 20, multiple-choice question: ANSWER: E is not one of the answers A to D.',
  ]);
  await summary.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Import cancelled' }).count()).toBe(1);
  expect(await summary.isVisible()).toBe(false);
  const stored = await page.evaluate(() => localStorage.getItem('factsprint:local-banks'));
  expect(stored === null || !stored.includes('quiz-txt') && !stored.includes('"quiz"')).toBe(true);

  // Text that could be two formats: the teacher is asked which, and choosing one reads it again.
  await page.getByLabel(FILE_LABEL).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Which is red?\nA. Mars\nB. Venus\nANSWER: A\n\nWhich is blue? {=Neptune ~Mars}\n') });
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^This file could be in more than one format \(Aiken, GIFT\)/);
  await page.getByLabel('Format').selectOption('gift');
  await summary.waitFor();
  expect(await summary.getByText(/came in from/).textContent()).toBe('1 question came in from \u2068notes.txt\u2069.');
  expect(errors).toEqual([]);
});
