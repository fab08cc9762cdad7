/**
 * Faults of the tab, the device and its storage, in a real browser: a reload in the middle of a
 * round, storage that is off, full or corrupted, a hidden tab, a system clock that jumps, no
 * WebGL, no audio, a 320 px screen. Each test plays on and checks that no answer was lost.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RoundQuestion } from '../../src/core/select';
import { sharedBrowser } from './browser';
import { answerById, expectedQuestions, openGame, plannedResponse, reviewRows, waitForLive, world } from './game';

const shared = sharedBrowser();

const STORAGE_NOTE = "This device won't keep your progress";
const CORRUPTED_NOTE = 'Some progress saved on this device could not be read';

/** Answers questions from..to-1 of the round (right ones), waiting for each to be on screen. */
async function answer(page: Page, questions: RoundQuestion[], from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) {
    await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent?.startsWith(t), `Question ${i + 1} of`);
    await answerById(page, questions[i]!, plannedResponse(questions[i]!, true), world);
    await page.locator('#a11y button[data-id="next"]').click();
  }
}

async function playWholeRound(page: Page, seed: string): Promise<void> {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await answer(page, expectedQuestions(seed), 0, 10);
  await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
}

/** The score line the round's screen shows ("1,234 pts · Streak 3"). */
const scoreLine = async (page: Page) => (await page.locator('#a11y p').allTextContents()).find((t) => /\d pts/.test(t)) ?? '';

describe('a reload in the middle of a round', () => {
  it('comes back at the same question, paused, with the same points, and the time already spent still counts', async () => {
    const seed = 'reload-ordinary';
    const questions = expectedQuestions(seed);
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await answer(page, questions, 0, 3);
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent?.startsWith('Question 4 of'));
    const before = await scoreLine(page);
    expect(before).toMatch(/[1-9]/);
    // Three seconds on question 4, then the tab is reloaded.
    await page.waitForTimeout(3000);
    await page.reload();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await waitForLive(page, /question 4 of 10/)).toContain('Welcome back');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent?.startsWith('Question 4 of'));
    expect(await scoreLine(page)).toBe(before);
    await answer(page, questions, 3, 10);
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
    const rows = await reviewRows(page);
    // Nothing lost: ten answers, the three before the reload among them, all right.
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.right)).toBe(true);
    // The resume rule: the clock picks up where it stood, so question 4 took at least the 3 s spent before the reload.
    expect(rows[3]!.elapsedMs).toBeGreaterThanOrEqual(3000);
    // A finished round is not resumed again.
    await page.reload();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('resumes a round started from the menu with no round code in the link', async () => {
    const { page, errors } = await openGame(shared.browser, '');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('#a11y button[data-id="pause"]').waitFor();
    const first = await page.locator('#a11y p').first().textContent();
    await page.reload();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent?.startsWith('Question 1 of'));
    expect(await page.locator('#a11y p').first().textContent()).toBe(first);
    expect(errors).toEqual([]);
  });
});

describe('storage', () => {
  it('turned off (private browsing): the menu says progress will not be kept, and a whole round plays', async () => {
    const seed = 'storage-off';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, {
      before: (p) =>
        p.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('storage is disabled', 'SecurityError');
            },
          });
        }),
    });
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect((await page.locator('#a11y p').allTextContents()).join(' ')).toContain(STORAGE_NOTE);
    await playWholeRound(page, seed);
    expect(await reviewRows(page)).toHaveLength(10);
    expect(errors).toEqual([]);
  });

  it('full: every save fails, the round still ends with all ten answers, and the player is told', async () => {
    const seed = 'storage-full';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, {
      before: (p) =>
        p.addInitScript(() => {
          const real = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key: string, value: string) {
            // The availability probe passes; the game's own records do not fit.
            if (key.startsWith('factsprint:') && key !== 'factsprint:probe') throw new DOMException('quota', 'QuotaExceededError');
            real.call(this, key, value);
          };
        }),
    });
    await playWholeRound(page, seed);
    const rows = await reviewRows(page);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.right)).toBe(true);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect((await page.locator('#a11y p').allTextContents()).join(' ')).toContain(STORAGE_NOTE);
    expect(errors).toEqual([]);
  });

  it('corrupted: unreadable records are dropped for defaults, play goes on, and the next save repairs them', async () => {
    const seed = 'storage-corrupt';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, {
      before: (p) =>
        p.addInitScript(() => {
          // Only on the first load: the reload below must see what the game saved.
          if (sessionStorage.getItem('planted')) return;
          sessionStorage.setItem('planted', '1');
          localStorage.setItem('factsprint:settings', '{"v":1,"data":');
          localStorage.setItem('factsprint:profile', '{"v":99,"data":{}}');
          localStorage.setItem('factsprint:round', '"<img src=x>"');
          localStorage.setItem('factsprint:leitner', 'null');
        }),
    });
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect((await page.locator('#a11y p').allTextContents()).join(' ')).toContain(CORRUPTED_NOTE);
    await playWholeRound(page, seed);
    const points = (await reviewRows(page)).reduce((s, r) => s + r.points, 0);
    await page.reload();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    const menu = (await page.locator('#a11y p').allTextContents()).join(' ');
    expect(menu).toContain(`Your best: ${points.toLocaleString('en-US')} points`);
    expect(menu).not.toContain(CORRUPTED_NOTE);
    expect(errors).toEqual([]);
  });
});

describe('faults of the device', () => {
  it('a hidden tab pauses the question, and showing it again leaves it paused until the player resumes', async () => {
    const seed = 'hidden-tab';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('#a11y button[data-id="pause"]').waitFor();
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    // Longer than the 20 s a question allows would be slow; 2 s hidden must simply not count.
    await page.waitForTimeout(2000);
    await setVisibility('visible');
    await page.waitForTimeout(300);
    expect(await page.locator('#a11y h1').textContent()).toBe('Paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await answer(page, expectedQuestions(seed), 0, 1);
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent?.startsWith('Question 2 of'));
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).click();
    expect(errors).toEqual([]);
  });

  it('a system clock that jumps hours ahead does not time out the question (the timer is monotonic)', async () => {
    const seed = 'clock-jump';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, {
      before: (p) =>
        p.addInitScript(() => {
          // The wall clock can be moved at will; performance.now cannot.
          const realNow = Date.now.bind(Date);
          const w = window as unknown as { __jump: number };
          w.__jump = 0;
          Date.now = () => realNow() + w.__jump;
        }),
    });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('#a11y button[data-id="pause"]').waitFor();
    await page.evaluate(() => {
      (window as unknown as { __jump: number }).__jump = 3 * 3600 * 1000;
    });
    await page.waitForTimeout(1000);
    expect(await page.locator('#a11y h1').textContent()).toBe('Question 1 of 10');
    const q = expectedQuestions(seed)[0]!;
    await answerById(page, q, plannedResponse(q, true), world);
    await waitForLive(page, /^Correct!/);
    expect(errors).toEqual([]);
  });

  it('map data that cannot be fetched: the round waits, says so, and Next tries again', async () => {
    let seed = '';
    for (let i = 0; i < 300 && !seed; i++) {
      const q = expectedQuestions(`map-later-${i}`);
      if (q[0]!.question.type !== 'where' && q[1]!.question.type === 'where') seed = `map-later-${i}`;
    }
    const questions = expectedQuestions(seed);
    let blocked = true;
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, {
      before: (p) => p.route(/geo\/(world-110m|places)\.json$/, (r) => (blocked ? r.abort('internetdisconnected') : r.continue())),
    });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await answer(page, questions, 0, 1);
    // answer() pressed Next: the map question cannot come yet.
    expect(await waitForLive(page, /map could not be loaded/)).toContain('press Next to try again');
    expect(await page.locator('#a11y h1').textContent()).toBe('Question 1 of 10');
    blocked = false;
    await page.locator('#a11y button[data-id="next"]').click();
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent?.startsWith('Question 2 of'));
    await answerById(page, questions[1]!, plannedResponse(questions[1]!, true), world);
    await waitForLive(page, /^Correct!/);
    // The two failed fetches are the only console errors.
    expect(errors.every((e) => /Failed to load resource|geo\//.test(e))).toBe(true);
  });

  it('without WebGL the game draws with the Canvas renderer and plays', async () => {
    const seed = 'no-webgl';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, {
      viewport: { width: 390, height: 844 },
      before: (p) =>
        p.addInitScript(() => {
          const real = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
            if (/webgl/i.test(kind)) return null;
            return (real as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
          } as typeof real;
        }),
    });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await answer(page, expectedQuestions(seed), 0, 2);
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent?.startsWith('Question 3 of'));
    // The game's canvas holds a 2D context: the Canvas renderer, not WebGL.
    expect(await page.evaluate(() => (document.querySelector('#game canvas') as HTMLCanvasElement).getContext('2d') !== null)).toBe(true);
    // And it is drawn on: the screenshot of the canvas is not one flat colour.
    const png = await page.locator('#game canvas').screenshot();
    expect(new Set(png.subarray(64, png.length - 64)).size).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it('without Web Audio or HTML audio the game is silent and plays', async () => {
    const seed = 'no-audio';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, {
      before: (p) =>
        p.addInitScript(() => {
          const w = window as unknown as Record<string, unknown>;
          delete w.AudioContext;
          delete w.webkitAudioContext;
          w.Audio = undefined;
        }),
    });
    await playWholeRound(page, seed);
    expect(await reviewRows(page)).toHaveLength(10);
    expect(errors).toEqual([]);
  });

  it('on a 320 px wide screen every control is on screen and nothing scrolls sideways', async () => {
    const seed = 'narrow';
    const questions = expectedQuestions(seed);
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { viewport: { width: 320, height: 568 }, touch: true });
    const fits = async () => {
      const boxes = await page.locator('#a11y button:visible, #a11y input:visible, #a11y select:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(-1);
        expect(b.right).toBeLessThanOrEqual(321);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    };
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await fits();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    for (let i = 0; i < 10; i++) {
      await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent?.startsWith(t), `Question ${i + 1} of`);
      await fits();
      await answerById(page, questions[i]!, plannedResponse(questions[i]!, true), world);
      await page.locator('#a11y button[data-id="next"]').waitFor();
      await fits();
      await page.locator('#a11y button[data-id="next"]').click();
    }
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
    await fits();
    expect(errors).toEqual([]);
  });
});
