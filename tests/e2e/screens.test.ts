/**
 * Every screen at a phone and a desktop size, and every bad link: a clear message and a way back,
 * never a blank canvas, never a console error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser';
import { coloursIn, screenshotBox } from './pixels';
import { expectedQuestions, nextButton, openGame, screenTitle, seedOpeningWith, waitForLive, waitForQuestion } from './game';

const shared = sharedBrowser();

type Box = { x: number; y: number; width: number; height: number };
const inside = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function answerBoxes(page: Page): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const el of await page.locator('#a11y button[data-id^="answer-"]').all()) boxes.push((await el.boundingBox())!);
  return boxes;
}

/**
 * Records, from the moment the page opens, each bank file requested and whether any script that
 * arrived holds the schema library (zod names its errors "ZodError" even minified).
 */
function watchDownloads(page: Page): { bankRequests: string[]; schemaLoaded: () => Promise<boolean> } {
  const bankRequests: string[] = [];
  const scripts: Promise<boolean>[] = [];
  page.on('request', (r) => {
    if (/\/banks\/.*\.json$/.test(r.url())) bankRequests.push(new URL(r.url()).pathname);
  });
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.text().then((t) => t.includes('ZodError'), () => false));
  });
  return { bankRequests, schemaLoaded: async () => (await Promise.all(scripts)).some(Boolean) };
}

/** Distinct colours in a screenshot: a blank or failed canvas has one or two. */
async function colourCount(page: Page): Promise<number> {
  const png = await page.screenshot();
  const [colours] = await coloursIn(page, png, [[await screenshotBox(page, png)]], 7);
  return colours!.length;
}

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
])('at $width x $height', (viewport) => {
  it('shows the menu, a question and its feedback on screen, with no console errors', async () => {
    const { page, errors } = await openGame(shared.browser, `?seed=${seedOpeningWith('choice', 'layout')}`, { viewport });
    const play = page.getByRole('button', { name: 'Play' });
    await play.waitFor();
    expect(inside((await play.boundingBox())!, viewport.width, viewport.height)).toBe(true);
    expect(await colourCount(page)).toBeGreaterThan(20);
    await play.click();
    await waitForQuestion(page, 1);
    const boxes = await answerBoxes(page);
    expect(boxes).toHaveLength(4);
    for (const b of boxes) {
      expect(inside(b, viewport.width, viewport.height)).toBe(true);
      expect(b.height).toBeGreaterThanOrEqual(44);
      expect(b.width).toBeGreaterThanOrEqual(44);
    }
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    expect(await colourCount(page)).toBeGreaterThan(20);
    await page.keyboard.press('1');
    const next = nextButton(page);
    await next.waitFor();
    expect(inside((await next.boundingBox())!, viewport.width, viewport.height)).toBe(true);
    expect(errors).toEqual([]);
  });
});

it('keeps the question on screen, laid out anew, when a phone turns from landscape to portrait', async () => {
  const seed = seedOpeningWith('choice', 'rotate');
  const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { viewport: { width: 844, height: 390 } });
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForQuestion(page, 1);
  const q = expectedQuestions(seed)[0]!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => {
    const b = document.querySelector<HTMLElement>('#a11y button[data-id="answer-3"]');
    return !!b && b.getBoundingClientRect().bottom <= 844 && b.getBoundingClientRect().right <= 390 && b.getBoundingClientRect().width > 300;
  });
  expect(await screenTitle(page).textContent()).toBe('Question 1 of 10');
  for (const b of await answerBoxes(page)) expect(inside(b, 390, 844)).toBe(true);
  if (q.question.type !== 'choice') throw new Error('expected a choice question');
  await page.getByRole('button', { name: q.question.options[q.question.answer]!, exact: true }).click();
  await waitForLive(page, /^Correct!/);
  expect(errors).toEqual([]);
});

describe('bad links', () => {
  async function expectMessage(page: Page, text: string | RegExp): Promise<void> {
    await page.getByRole('button', { name: 'Back to the menu' }).waitFor();
    const shown = (await page.locator('#a11y p').allTextContents()).join(' ');
    if (typeof text === 'string') expect(shown).toContain(text);
    else expect(shown).toMatch(text);
    expect(await screenTitle(page).textContent()).toBe('Something is wrong with this link');
    expect(await colourCount(page)).toBeGreaterThan(10);
  }

  it('an unknown bank says so and leads back to a working menu', async () => {
    const { page, errors } = await openGame(shared.browser, '?bank=no-such-bank&seed=abc');
    await expectMessage(page, 'There is no question bank called “no-such-bank”.');
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('a plain link downloads its bank once and no schema code: the build checked the bank', async () => {
    let downloads!: ReturnType<typeof watchDownloads>;
    const { page, errors } = await openGame(shared.browser, '?lang=de', {
      before: async (p) => {
        downloads = watchDownloads(p);
      },
    });
    await page.getByRole('button', { name: 'Spielen' }).waitFor();
    // The bank itself (asked for by the page's early-start script, taken over by the game) and its German.
    expect(downloads.bankRequests).toHaveLength(2);
    expect(downloads.bankRequests.filter((u) => /\/bank-[0-9a-f]{10}\.json$/.test(u))).toHaveLength(1);
    expect(downloads.bankRequests.filter((u) => /\/de-[0-9a-f]{10}\.json$/.test(u))).toHaveLength(1);
    expect(await downloads.schemaLoaded()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('a damaged bank is refused with the JSON path of the problem', async () => {
    let downloads!: ReturnType<typeof watchDownloads>;
    const { page } = await openGame(shared.browser, '', {
      before: async (p) => {
        downloads = watchDownloads(p);
        await p.route(/bank-[^/]*\.json$/, async (route) => {
          const res = await route.fetch();
          const bank = (await res.json()) as { questions: { options: string[] }[] };
          // Seven options: one more than a choice question may have.
          bank.questions[0]!.options.push('Nobody', 'Everybody', 'Somebody');
          await route.fulfill({ response: res, json: bank });
        });
      },
    });
    await expectMessage(page, /damaged.*\$\.questions\[0\]\.options: a choice question has at most 6 options/);
    // Not the file the build checked (its hash says so): the schema came to check it.
    expect(await downloads.schemaLoaded()).toBe(true);
  });

  it('a bank that cannot be fetched asks the player to check the connection', async () => {
    const { page } = await openGame(shared.browser, '', { before: (p) => p.route(/bank-[^/]*\.json$/, (route) => route.abort('internetdisconnected')) });
    await expectMessage(page, 'couldn\'t be loaded. Check your connection');
  });

  it('a mangled round code is explained, and its text is shown as text', async () => {
    const { page, errors } = await openGame(shared.browser, `?seed=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expectMessage(page, 'The round code “<img src=x onerror=alert(1)>” isn\'t valid');
    expect(await page.locator('#a11y img').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('an unsupported language falls back to English with a visible note', async () => {
    const { page, errors } = await openGame(shared.browser, '?lang=xx');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect((await page.locator('#a11y p').allTextContents()).join(' ')).toContain('“xx” isn\'t available yet, so Factsprint is shown in English.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
  });
});
