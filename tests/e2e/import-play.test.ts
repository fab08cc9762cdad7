/**
 * From a teacher's files to a student's answers, in a real browser: Kahoot's template as a
 * spreadsheet program saved it (a question with three answers among them) and a Moodle XML export
 * holding an essay and a five-answer question are imported and approved; the student then plays
 * the three-option and the five-option question by touch on a phone, by keyboard, and through the
 * accessible layer alone, each from the bank the teacher's import saved.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import type { Bank, ChoiceQuestion } from '../../src/core/bank/schema';
import { DEFAULT_QUESTION_COUNT } from '../../src/core/round';
import { selectQuestions, type RoundQuestion } from '../../src/core/select';
import { sharedBrowser, watchErrors } from './browser';
import { waitForLive, waitForQuestion } from './game';

const shared = sharedBrowser();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/interop/${name}`, import.meta.url));
const FILE_LABEL = 'Questions to import (.csv, .txt for Aiken, .gift)';

interface Imported {
  /** The game's link to the saved bank, as the page offers it. */
  link: string;
  bank: Bank;
}

/** Imports a file on the teacher page, checks what the summary lists, approves it; returns the saved bank. */
async function importAndApprove(page: Page, file: { name: string; mimeType: string; fixture: string }, cameIn: number, leftOut: string[]): Promise<Imported> {
  await page.getByLabel(FILE_LABEL).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: fixture(file.fixture) });
  const summary = page.getByRole('region', { name: 'Check what came in' });
  await summary.waitFor();
  expect(await summary.getByText(/came in from/).textContent()).toBe(`${cameIn} questions came in from \u2068${file.name}\u2069.`);
  if (leftOut.length > 0) expect(await summary.getByRole('list', { name: new RegExp(`^Left out: ${leftOut.length}\\.`) }).getByRole('listitem').allTextContents()).toEqual(leftOut);
  else expect(await summary.getByText(/^Left out/).count()).toBe(0);
  await summary.getByRole('button', { name: `Add these ${cameIn} questions` }).click();
  await expect.poll(() => summary.isVisible()).toBe(false);
  const play = page.getByRole('link', { name: 'Play this bank' });
  await expect.poll(async () => (await play.getAttribute('href')) ?? '').toMatch(/bank=local:/);
  const link = new URL((await play.getAttribute('href'))!, page.url()).href;
  const id = decodeURIComponent(new URL(link).searchParams.get('bank')!.slice('local:'.length));
  const bank = await page.evaluate((bankId) => {
    const record = JSON.parse(localStorage.getItem('factsprint:local-banks') ?? 'null') as { data: { banks: Record<string, { bank: unknown }> } } | null;
    return record?.data.banks[bankId]?.bank ?? null;
  }, id);
  if (!bank) throw new Error(`the approved import was not saved as bank ${id}`);
  return { link, bank: bank as Bank };
}

/** A round code whose first question is the bank's choice question with this many options. */
function seedOpeningWithOptions(bank: Bank, options: number): { seed: string; rq: RoundQuestion } {
  for (let i = 0; i < 2000; i++) {
    const seed = `import-${options}-${i}`;
    const rq = selectQuestions(bank, DEFAULT_QUESTION_COUNT, seed)[0]!;
    if (rq.question.type === 'choice' && rq.question.options.length === options) return { seed, rq };
  }
  throw new Error(`no round of ${bank.title} opens with a ${options}-option question`);
}

/**
 * Opens the student's link on a round whose first question has `options` options, checks its
 * cards are the imported answers (one button each, keys 1 to n), answers it the given way and
 * checks the verdict the game gives.
 */
async function playFirst(context: BrowserContext, imported: Imported, options: number, how: 'touch' | 'keyboard' | 'layer'): Promise<string[]> {
  const { seed, rq } = seedOpeningWithOptions(imported.bank, options);
  const q = rq.question as ChoiceQuestion;
  const page = await context.newPage();
  const errors = watchErrors(page);
  const url = new URL(imported.link);
  url.searchParams.set('seed', seed);
  await page.goto(url.href);
  const play = page.getByRole('button', { name: 'Play', exact: true });
  if (how === 'touch') {
    const b = (await play.boundingBox())!;
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  } else await play.click();
  await waitForQuestion(page, 1, Math.min(DEFAULT_QUESTION_COUNT, imported.bank.questions.length));
  expect(await page.locator('#layer-question').textContent()).toBe(q.prompt);
  const cards = page.locator('#a11y button[data-id^="answer-"]');
  expect(await cards.allTextContents()).toEqual(rq.order.map((i) => q.options[i]!));
  expect(await cards.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-keyshortcuts')))).toEqual(rq.order.map((_, i) => `${i + 1} ${'ABCDEF'[i]}`));
  const place = rq.correctPlace!;
  if (how === 'touch') {
    const card = (await page.locator(`#a11y button[data-id="answer-${place}"]`).boundingBox())!;
    await page.touchscreen.tap(card.x + card.width / 2, card.y + card.height / 2);
  } else if (how === 'keyboard') await page.keyboard.press(String(place + 1));
  else await page.getByRole('button', { name: q.options[q.answer]!, exact: true }).click();
  await waitForLive(page, /^Correct!/);
  await page.close();
  return errors;
}

it('a teacher imports a Kahoot spreadsheet and a Moodle export with an essay, approves both, and a student plays their 3- and 5-option questions by touch, keyboard and the accessible layer', async () => {
  const teacher = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await teacher.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  const kahoot = await importAndApprove(page, { name: 'science.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fixture: 'kahoot-template-calc.xlsx' }, 6, []);
  const moodle = await importAndApprove(page, { name: 'science-7.xml', mimeType: 'application/xml', fixture: 'moodle-xml-mixed-types.xml' }, 5, [
    'Line 70, essay question: A question of Moodle type “essay”: Factsprint imports multiple choice and true/false questions only.',
    'Line 131, matching question: A question of Moodle type “matching”: Factsprint imports multiple choice and true/false questions only.',
    'Line 177, multiple-answer question: This question lets students pick several answers: a Factsprint question has exactly one right answer.',
  ]);
  expect(kahoot.bank.questions.map((q) => (q.type === 'choice' ? q.options.length : q.type))).toContain(3);
  expect(moodle.bank.questions.map((q) => (q.type === 'choice' ? q.options.length : q.type))).toContain(5);

  // The student's device holds the banks (the links name banks kept on it); its storage is shared
  // by new pages of one context, so each way of answering gets its own context with those banks.
  const state = await teacher.storageState();
  const student = async (o: { viewport: { width: number; height: number }; touch?: boolean }) =>
    shared.browser.newContext({ viewport: o.viewport, hasTouch: o.touch ?? false, isMobile: o.touch ?? false, storageState: state });
  const phone = await student({ viewport: { width: 390, height: 844 }, touch: true });
  const laptop = await student({ viewport: { width: 1280, height: 720 } });
  const reader = await student({ viewport: { width: 1920, height: 1080 } });
  const played = [
    ...(await playFirst(phone, kahoot, 3, 'touch')),
    ...(await playFirst(phone, moodle, 5, 'touch')),
    ...(await playFirst(laptop, kahoot, 3, 'keyboard')),
    ...(await playFirst(laptop, moodle, 5, 'keyboard')),
    ...(await playFirst(reader, kahoot, 3, 'layer')),
    ...(await playFirst(reader, moodle, 5, 'layer')),
  ];
  expect([...errors, ...played]).toEqual([]);
  for (const c of [teacher, phone, laptop, reader]) await c.close();
});
