/**
 * Spreadsheets on the teacher page, in a real browser: the .xlsx library is fetched when needed,
 * a Kahoot export lists the texts Kahoot would refuse before saving, the Wayground and Blooket
 * files download in their layouts, and a Kahoot spreadsheet chosen or dropped comes in with the
 * rows it left out named.
 */
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { KAHOOT_HEADER, WAYGROUND_HEADER } from '../../src/core/interop';
import { readXlsxRows } from '../../src/services/xlsx';
import { sharedBrowser, watchErrors } from './browser';

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
