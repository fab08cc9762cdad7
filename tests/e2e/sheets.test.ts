/**
 * Spreadsheets on the teacher page, in a real browser: the .xlsx library is fetched when needed,
 * a Kahoot export lists the texts Kahoot would refuse before saving, the Wayground and Blooket
 * files download in their layouts, a Kahoot spreadsheet chosen or dropped comes in with the
 * rows it left out named, and a Wayground one goes from import to a round a student plays.
 */
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { KAHOOT_HEADER, WAYGROUND_HEADER } from '../../src/core/interop';
import { readXlsxRows, writeXlsx } from '../../src/services/xlsx';
import { sharedBrowser, watchErrors } from './browser';
import { nextButton, reviewRows, waitForLive } from './game';

const shared = sharedBrowser();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/interop/${name}`, import.meta.url));
const rowsOf = async (path: string) => {
  const r = await readXlsxRows(new Uint8Array(readFileSync(path)));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.rows;
};

it('exports Kahoot, Wayground and Blooket files, listing the texts too long for Kahoot before saving', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);

  // The built-in bank has questions over 120 characters and answers over 75: they are listed, and nothing is saved yet.
  await page.getByRole('button', { name: 'Export as Kahoot (.xlsx)' }).click();
  await expect.poll(() => page.getByText('Kahoot refuses texts this long').count()).toBe(1);
  const listed = await page.getByRole('listitem').filter({ hasText: 'Kahoot takes up to' }).allTextContents();
  expect(listed).toContain('Question 1: the question has 130 characters; Kahoot takes up to 120.');
  expect(listed.some((l) => /^Question \d+: answer \d has \d+ characters; Kahoot takes up to 75\.$/.test(l))).toBe(true);
  const [kahoot] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download anyway' }).click()]);
  expect(kahoot.suggestedFilename()).toMatch(/\.kahoot\.xlsx$/);
  const k = await rowsOf((await kahoot.path())!);
  expect(k[7]).toEqual([...KAHOOT_HEADER]);
  // Written whole: the 130-character question is not cut to 120.
  expect([...k[8]![1]!].length).toBe(130);

  const [wayground] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Wayground (.xlsx)' }).click()]);
  const w = await rowsOf((await wayground.path())!);
  expect(w[0]).toEqual([...WAYGROUND_HEADER]);
  expect(w[2]![WAYGROUND_HEADER.indexOf('Answer explanation')]).toMatch(/\S/);

  const [blooket] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Blooket (.csv)' }).click()]);
  expect(readFileSync((await blooket.path())!, 'utf8')).toMatch(/^"Blooket\nImport Template",/);
  expect(errors).toEqual([]);
});

it('imports a Kahoot spreadsheet, chosen or dropped, naming the row it left out and the image links it did not take', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  const input = page.getByLabel('Questions to import (.csv, .txt for Aiken, .gift)');
  await input.setInputFiles({ name: 'quiz.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fixture('kahoot-image-multiple.xlsx') });
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^3 questions read/);
  expect(await page.getByRole('listitem').filter({ hasText: /^Row \d+, / }).allTextContents()).toContain('Row 10, multiple-answer question: it has 2 right answers, and a Factsprint question has exactly one.');
  expect(await page.getByText('Image links left out: 2.').count()).toBe(1);

  // An old .xls is refused with how to save it.
  await input.setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^This file cannot be read as an Excel workbook/);

  // Dropped on the import box, the Wayground template comes in the same way.
  const bytes = [...fixture('wayground-template.xlsx')];
  await page.getByText('You can also drop the file on this box.').evaluate((p, data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'wayground.xlsx'));
    p.parentElement!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^3 questions read/);
  expect(await page.getByRole('listitem').filter({ hasText: /^Row \d+, / }).allTextContents()).toEqual([4, 5, 6, 7].map((n) => expect.stringMatching(new RegExp(`^Row ${n}, `))));
  expect(errors).toEqual([]);
});

it('takes a Wayground spreadsheet with two, three and five answers from import to a round: each question with its own number of cards, answered by keys 1 to 5', async () => {
  // The teacher's file: three questions with 3, 5 and 2 answers (Wayground allows up to five).
  const asked = [
    { prompt: 'Which planet is the largest?', options: ['Mars', 'Jupiter', 'Venus'], right: 1 },
    { prompt: 'Which of these numbers is prime?', options: ['4', '6', '9', '10', '7'], right: 4 },
    { prompt: 'Which ocean is the largest?', options: ['Pacific', 'Atlantic'], right: 0 },
  ];
  const rows = [[...WAYGROUND_HEADER], ...asked.map((q) => [q.prompt, 'Multiple Choice', ...[0, 1, 2, 3, 4].map((i) => q.options[i] ?? ''), String(q.right + 1), '30', '', ''])];
  const bytes = await writeXlsx({ name: 'Quiz', rows, widths: rows[0]!.map(() => 20) });

  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html`);
  const input = page.getByLabel('Questions to import (.csv, .txt for Aiken, .gift)');
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  // A sheet with nothing to play is refused naming every row: the one to fix and the poll left out.
  const bad = [[...WAYGROUND_HEADER], ['Which is red?', 'Multiple Choice', 'Mars', 'Venus', '', '', '', '7', '30', '', ''], ['Which do you like?', 'Poll', 'Cats', 'Dogs', '', '', '', '', '30', '', '']];
  await input.setInputFiles({ name: 'bad.xlsx', mimeType: xlsx, buffer: Buffer.from(await writeXlsx({ name: 'Quiz', rows: bad, widths: bad[0]!.map(() => 20) })) });
  await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Row 2, question to fix: The correct answer 7 is not one of the answers 1 to 2. Row 3, poll: a Poll has no right answer.');
  await input.setInputFiles({ name: 'planets.xlsx', mimeType: xlsx, buffer: Buffer.from(bytes) });
  const summary = page.getByRole('region', { name: 'Check what came in' });
  await summary.waitFor();
  await summary.getByRole('button', { name: 'Add these 3 questions' }).click();
  const play = page.getByRole('link', { name: 'Play this bank' });
  await play.waitFor();

  // The student's side: the link opens the game on the bank, and a round asks all three.
  await page.goto(new URL((await play.getAttribute('href'))!, page.url()).href);
  await page.getByRole('button', { name: 'Play' }).click();
  const seen = new Set<string>();
  for (let n = 1; n <= asked.length; n++) {
    await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent === t, `Question ${n} of ${asked.length}`);
    const prompt = (await page.locator('#layer-question').textContent()) ?? '';
    const q = asked.find((a) => a.prompt === prompt);
    if (!q) throw new Error(`a question the file did not hold: ${prompt}`);
    seen.add(q.prompt);
    // As many cards as the question has answers, in any order; its key answers it.
    const labels = await page.locator('#a11y button[data-id^="answer-"]').allTextContents();
    expect([...labels].sort()).toEqual([...q.options].sort());
    await page.keyboard.press(String(labels.indexOf(q.options[q.right]!) + 1));
    await waitForLive(page, /^Correct!/);
    await nextButton(page).click();
  }
  expect(seen.size).toBe(asked.length);
  // All three right, on the results screen.
  await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
  expect((await reviewRows(page)).map((r) => r.right)).toEqual([true, true, true]);
  expect(errors).toEqual([]);
});
