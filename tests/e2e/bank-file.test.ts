/**
 * "Open a bank file" in the built game: a student opens a teacher's bank file with the menu's
 * button (the labelled file input behind it) and plays it; a damaged file, dropped on the page,
 * is explained and changes nothing, and a good one dropped is opened; an assignment link naming
 * that bank plays it once the file was opened, asks for the file (with the button right there)
 * while it was not, and fetches a bank file from the game's own site but from no other, as the
 * teacher page writes such a link.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Bank } from '../../src/core/bank/schema';
import { parseBank } from '../../src/core/bank/validate';
import { encodeAssignment } from '../../src/core/codes/assignment';
import { DEFAULT_QUESTION_COUNT } from '../../src/core/round';
import { selectByIds, selectQuestions, type RoundQuestion } from '../../src/core/select';
import { sharedBrowser, watchErrors } from './browser';
import { answerById, firstBank, nextButton, plannedResponse, waitForLive, world } from './game';

const shared = sharedBrowser();

const BANK_FILE = new URL('../fixtures/banks/harbour-lantern-festival.json', import.meta.url);
const bankBytes = readFileSync(BANK_FILE);
const BANK: Bank = (() => {
  const r = parseBank(bankBytes.toString('utf8'), 'harbour-lantern-festival.json');
  if (!r.ok) throw new Error('the test bank does not validate');
  return r.bank;
})();
const upload = { name: 'harbour-lantern-festival.json', mimeType: 'application/json', buffer: bankBytes };

const ASSIGNED = ['q-visitors-choice', 'q-first-tf', 'q-quint-speaker'];
const assignLink = (extra = '') =>
  `${inject('baseUrl')}?assign=${encodeAssignment({ title: 'Lantern quiz', bankId: BANK.id, bank: null, questionIds: ASSIGNED, seed: 'lantern1', mode: 'practice', timeLimitS: null, extraTime: {}, lang: null, due: null })}${extra}`;

async function newPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** Presses "Open a bank file" and hands the chooser that opens a file, as a student picking it would. */
async function openWithButton(page: Page, file: typeof upload): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a bank file' }).click();
  await (await chooser).setFiles(file);
}

/** Drops a file on the page, as a mouse would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t!], n!, { type: 'application/json' }));
      return dt;
    },
    [name, text],
  );
  await page.dispatchEvent('#a11y', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#a11y', 'drop', { dataTransfer: transfer });
}

const menuText = (page: Page) => page.locator('#a11y p').allTextContents();

/** Answers question n of a round the core predicted, and checks the game asked exactly it. */
async function answerQuestion(page: Page, questions: RoundQuestion[], n: number, total: number): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent === t, `Question ${n} of ${total}`);
  const q = questions[n - 1]!;
  expect(await page.locator('#a11y p').first().textContent()).toContain(q.question.prompt);
  await answerById(page, q, plannedResponse(q, true), world);
  await nextButton(page).waitFor();
  await waitForLive(page, /^Correct!/);
}

describe('opening a bank file from the menu', () => {
  it('keeps the bank, plays a question from it, and an assignment naming it plays it later', async () => {
    const { context, page, errors } = await newPage();
    const seed = 'lanterns-1';
    await page.goto(`${inject('baseUrl')}?seed=${seed}`);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    // The input behind the button has a name of its own.
    expect(await page.getByLabel('Question bank file (.json)').getAttribute('type')).toBe('file');

    await openWithButton(page, upload);
    expect(await waitForLive(page, /Opened/)).toContain('Opened “Lanterns over Port Ellery”. It is kept on this device.');
    expect(await menuText(page)).toContain('Questions from: Lanterns over Port Ellery');
    // The bank choice now holds both banks, the opened one chosen; the link names it for a reload.
    const choice = page.getByRole('combobox', { name: 'Question bank' });
    expect(await choice.inputValue()).toBe('local:harbour-lantern-festival');
    expect(await choice.locator('option').allTextContents()).toEqual([firstBank().id, 'Lanterns over Port Ellery']);
    expect(new URL(page.url()).searchParams.get('bank')).toBe('local:harbour-lantern-festival');

    // Played like a built-in bank: the question the core picks for this seed from the opened bank.
    const questions = selectQuestions(BANK, DEFAULT_QUESTION_COUNT, seed);
    await page.getByRole('button', { name: 'Play' }).click();
    await answerQuestion(page, questions, 1, questions.length);

    // Kept on the device: a new visit offers it in the bank choice. (Another round code, so the
    // round left unfinished above is not resumed instead of showing the menu.)
    await page.goto(`${inject('baseUrl')}?seed=lanterns-2`);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.getByRole('combobox', { name: 'Question bank' }).selectOption('local:harbour-lantern-festival');
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y p')].some((p) => p.textContent === 'Questions from: Lanterns over Port Ellery'));

    // An assignment link naming the bank by its id finds it on the device: no file asked for.
    await page.goto(assignLink());
    await page.getByLabel('Your name').fill('Ana');
    await page.getByRole('button', { name: 'Start' }).click();
    await answerQuestion(page, selectByIds(BANK, ASSIGNED, 'lantern1'), 1, ASSIGNED.length);

    // Removed from the device: the menu goes back to the built-in bank and the choice forgets it.
    await page.goto(`${inject('baseUrl')}?bank=local:harbour-lantern-festival&seed=lanterns-2`);
    await page.getByRole('button', { name: 'Remove this bank' }).click();
    expect(await waitForLive(page, /Removed/)).toContain('Removed “Lanterns over Port Ellery” from this device.');
    expect(await page.getByRole('combobox', { name: 'Question bank' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Remove this bank' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a damaged file dropped on the page and keeps the bank being played; opens a good one dropped the same way', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const before = await menuText(page);
    await dropFile(page, 'lanterns.json', bankBytes.toString('utf8').slice(0, 500));
    const said = await waitForLive(page, /damaged/);
    expect(said).toBe('This bank file is damaged: it breaks off or isn\'t complete JSON. Ask your teacher to send it again.');
    // On screen too, and the bank is the one it was.
    expect(await menuText(page)).toContain(said);
    expect((await menuText(page)).filter((t) => t.startsWith('Questions from:'))).toEqual(before.filter((t) => t.startsWith('Questions from:')));
    // A file of another kind, chosen with the button, is named as such.
    await openWithButton(page, { name: 'results.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Points\nAna,900\n') });
    expect(await waitForLive(page, /isn't a Factsprint/)).toBe('This file isn\'t a Factsprint question bank. Open the .json bank file your teacher sent you.');
    expect(await page.getByRole('combobox', { name: 'Question bank' }).count()).toBe(0);
    // The whole file, dropped the same way, is opened and chosen, as with the button.
    await dropFile(page, 'lanterns.json', bankBytes.toString('utf8'));
    expect(await waitForLive(page, /Opened/)).toContain('Opened “Lanterns over Port Ellery”. It is kept on this device.');
    expect(await page.getByRole('combobox', { name: 'Question bank' }).inputValue()).toBe('local:harbour-lantern-festival');
    expect(await menuText(page)).toContain('Questions from: Lanterns over Port Ellery');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an assignment whose bank travels as a file', () => {
  it('asks a student without the bank to open it, with the button right there, then plays it', async () => {
    const { context, page, errors } = await newPage();
    // Playwright starts catching file choosers only once something listens, and turns that on
    // without waiting: a key press right after waitForEvent can beat it. Listening from the start
    // makes the chooser below certain to be caught.
    page.on('filechooser', () => {});
    await page.goto(assignLink());
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === "Open your teacher's bank file");
    expect((await menuText(page))[0]).toBe('The assignment “Lantern quiz” uses the question bank “harbour-lantern-festival”, which isn\'t on this device yet. Open the bank file your teacher sent you (a .json file).');
    // The button has focus: Enter on it opens the chooser, as a click does.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open a bank file');
    // Another bank's file is not taken for this one.
    const other = { ...JSON.parse(bankBytes.toString('utf8')), id: 'another-bank', title: 'Another bank' } as Bank;
    await openWithButton(page, { ...upload, name: 'another.json', buffer: Buffer.from(JSON.stringify(other)) });
    expect(await waitForLive(page, /needs/)).toBe('This file holds the bank “Another bank”, but this assignment needs “harbour-lantern-festival”. Open the file your teacher sent for this assignment.');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open a bank file');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(upload);
    await page.getByLabel('Your name').fill('Bo');
    await page.getByRole('button', { name: 'Start' }).click();
    await answerQuestion(page, selectByIds(BANK, ASSIGNED, 'lantern1'), 1, ASSIGNED.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the bank file the link names from the game’s own site, and from no other', async () => {
    const asked: string[] = [];
    const { context, page, errors } = await newPage();
    await page.route('**/class-files/lanterns.json', (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'application/json', body: bankBytes });
    });
    await page.goto(assignLink('&bankfile=class-files/lanterns.json'));
    await page.getByLabel('Your name').fill('Cy');
    await page.getByRole('button', { name: 'Start' }).click();
    await answerQuestion(page, selectByIds(BANK, ASSIGNED, 'lantern1'), 1, ASSIGNED.length);
    expect(asked).toEqual([`${inject('baseUrl')}class-files/lanterns.json`]);
    expect(errors).toEqual([]);
    await context.close();

    // A device without the bank, and a link pointing to a file elsewhere: refused, never asked for.
    const fresh = await newPage();
    await fresh.context.route('**/*', (route) => {
      asked.push(route.request().url());
      return route.continue();
    });
    await fresh.page.goto(assignLink(`&bankfile=${encodeURIComponent('https://elsewhere.example/lanterns.json')}`));
    await fresh.page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Something is wrong with this link');
    expect((await menuText(fresh.page))[0]).toBe('This link points to a bank file on another website. Factsprint only opens bank files from its own site: ask your teacher for the file itself.');
    expect(asked.filter((u) => !u.startsWith(inject('baseUrl')))).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });
});

it('a teacher whose bank is too big for the link names its file on the site, and the link opens it for a student; an address elsewhere is refused', async () => {
  const big: Bank = { ...firstBank(), id: 'big-class-bank', title: 'Big class bank' };
  const record = JSON.stringify({ v: 1, data: { banks: { [big.id]: { bank: big, article: 'text', savedAt: '2026-01-10T00:00:00Z' } } } });
  const { context, page, errors } = await newPage();
  await page.addInitScript((r) => localStorage.setItem('factsprint:local-banks', r), record);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  const bankFile = page.getByLabel('Bank file on this site (optional)');

  // A few questions travel inside the link: no file to name.
  await page.locator('#assign-bank').selectOption(`local:${big.id}`);
  await page.getByLabel('Number of questions (picked at random)').fill('2');
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = page.getByLabel('Link for your students');
  await expect.poll(() => link.inputValue()).toMatch(/\?assign=/);
  expect(await bankFile.isVisible()).toBe(false);

  // Forty do not: the link names the bank, and the teacher can say where its file is.
  await page.getByLabel('Number of questions (picked at random)').fill('40');
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect.poll(() => page.getByText(/the link names it instead/).count()).toBe(1);
  await bankFile.fill('https://elsewhere.example/big.json');
  await expect.poll(() => page.getByText(/^That address is not on this site/).count()).toBe(1);
  expect(await link.inputValue()).not.toContain('bankfile');
  await bankFile.fill('class-files/big.json');
  await expect.poll(() => link.inputValue()).toMatch(/&bankfile=class-files%2Fbig\.json$/);
  expect(await page.getByText(/^That address is not on this site/).count()).toBe(0);
  const href = await link.inputValue();
  expect(await page.locator('.qr-box svg').count()).toBe(1);
  await context.close();

  // A student's device without the bank: the game fetches the file from the site and starts the assignment.
  const student = await newPage();
  const asked: string[] = [];
  await student.page.route('**/class-files/big.json', (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(big) });
  });
  await student.page.goto(href);
  await student.page.getByLabel('Your name').fill('Di');
  await student.page.getByRole('button', { name: 'Start' }).click();
  await student.page.waitForFunction(() => /^Question 1 of 40$/.test(document.querySelector('#a11y h1')?.textContent ?? ''));
  expect(asked).toEqual([`${inject('baseUrl')}class-files/big.json`]);
  expect([...errors, ...student.errors]).toEqual([]);
  await student.context.close();
});
