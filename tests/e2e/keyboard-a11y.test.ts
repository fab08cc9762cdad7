/**
 * Issue 18's keyboard and screen-reader fixes, as a player meets them: Esc pauses from whatever
 * control holds the focus (an open list of places closes first), resuming says so and repeats
 * the question, a time warning never cuts the question off, the answer buttons are grouped
 * under the question, and every settings control is a 44 px target.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser';
import { DWELL_MAX_MS, dwellMs } from '../../src/ui/dom/announceQueue';
import { answerViaLayer, expectedQuestions, liveText, nextButton, openGame, plannedResponse, seedOpeningWith, seedOpeningWithQuestion, waitForLive, waitForQuestion } from './game';

const shared = sharedBrowser();

async function startOn(seed: string): Promise<Page> {
  const { page } = await openGame(shared.browser, `?seed=${seed}`);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForQuestion(page, 1);
  return page;
}

/** Paused: the layer offers Resume, and the question and its controls are gone. */
async function expectPaused(page: Page, prompt: string): Promise<void> {
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  expect(await page.locator('#a11y h1').textContent()).toBe('Paused');
  expect(await page.locator('#a11y').textContent()).not.toContain(prompt);
  expect(await page.locator('#a11y input, #a11y select').count()).toBe(0);
}

/**
 * Keeps every text the live region shows, with the time it showed it, on each page load (the
 * region is cleared before each message, so empty entries mark the changes).
 */
const RECORD_LIVE = `(() => {
  const log = [];
  window.liveLog = log;
  let last = null;
  new MutationObserver(() => {
    const el = document.getElementById('live');
    if (!el || el.textContent === last) return;
    last = el.textContent;
    log.push({ text: last, at: performance.now() });
  }).observe(document, { childList: true, subtree: true, characterData: true });
  // A reload asked for by reloadPausedAt: the saved round's clock is set before the game reads it.
  const elapsed = sessionStorage.getItem('test:elapsedMs');
  if (elapsed !== null) {
    sessionStorage.removeItem('test:elapsedMs');
    const record = JSON.parse(localStorage.getItem('factsprint:round'));
    record.data.round.elapsedMs = Number(elapsed);
    localStorage.setItem('factsprint:round', JSON.stringify(record));
  }
})();`;

interface Said {
  text: string;
  at: number;
}

const WARNING = /^\d+ seconds? left$/;

const liveLog = (page: Page) => page.evaluate(() => (window as unknown as { liveLog: Said[] }).liveLog);

/** A round whose first `n` questions are answered with a button (choice or true/false). */
function seedOpeningWithChoices(n: number, prefix: string): string {
  for (let i = 0; i < 500; i++) {
    const seed = `${prefix}-${i}`;
    if (expectedQuestions(seed).slice(0, n).every((q) => q.question.type === 'choice' || q.question.type === 'truefalse')) return seed;
  }
  throw new Error(`no round opens with ${n} button questions`);
}

/**
 * Pauses the question on screen (which saves the round), then reloads with the saved clock set
 * to `elapsedMs`: the round comes back paused at that moment of the question. The clock is set
 * on the new page, as the old one saves again when it is hidden.
 */
async function reloadPausedAt(page: Page, elapsedMs: number): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  await page.evaluate((ms) => sessionStorage.setItem('test:elapsedMs', String(ms)), elapsedMs);
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).waitFor();
}

/**
 * The message starting `opening` was shown with the question's prompt, and stayed until a time
 * warning replaced it at least its dwell later: long enough to be read (the warning waited, it
 * did not cut it off).
 */
function expectReadInFullBeforeWarning(log: Said[], opening: string, prompt: string): void {
  const i = log.findIndex((s) => s.text.startsWith(opening));
  expect(i, `the live region never said "${opening}"`).toBeGreaterThanOrEqual(0);
  const said = log[i]!;
  expect(said.text).toContain(prompt);
  const next = log.slice(i + 1).find((s) => s.text !== '');
  expect(next?.text).toMatch(WARNING);
  expect(next!.at - said.at).toBeGreaterThanOrEqual(dwellMs(said.text));
}

describe('Esc pauses from the control that has the focus', () => {
  const cases = [
    { what: 'the estimate slider', seed: () => seedOpeningWith('estimate', 'esc'), control: '#ctl-estimate' },
    { what: 'the estimate keypad', seed: () => seedOpeningWith('estimate', 'esc'), control: '#ctl-keypad' },
    { what: 'the year of a year question', seed: () => seedOpeningWithQuestion('q-when-defense-pact', 'esc'), control: '#ctl-year' },
    { what: 'the day of a full-date question', seed: () => seedOpeningWithQuestion('q-when-meeting', 'esc'), control: '#ctl-day' },
    { what: 'the place search of a map question', seed: () => seedOpeningWith('where', 'esc'), control: '#ctl-place-search' },
  ];

  it.each(cases)('$what', async ({ seed, control }) => {
    const s = seed();
    const page = await startOn(s);
    await page.locator(control).focus();
    await page.keyboard.press('Escape');
    await expectPaused(page, expectedQuestions(s)[0]!.question.prompt);
  });

  it('an open list of places closes on the first Esc; the second pauses', async () => {
    const s = seedOpeningWith('where', 'esc');
    const page = await startOn(s);
    const search = page.getByRole('combobox', { name: 'Search for a place' });
    await search.fill('Par');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Resume' }).count()).toBe(0);
    expect(await search.inputValue()).toBe('Par');
    await page.keyboard.press('Escape');
    await expectPaused(page, expectedQuestions(s)[0]!.question.prompt);
  });

  it('in settings, Esc from the sound checkbox and the volume slider goes back to the menu', async () => {
    for (const label of ['Sound', 'Volume']) {
      const { page } = await openGame(shared.browser);
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel(label).focus();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Play' }).waitFor();
    }
  });
});

describe('the live region and the answer group', () => {
  it('resuming says "Resumed" and the question again', async () => {
    const s = seedOpeningWith('choice', 'resume');
    const page = await startOn(s);
    const q = expectedQuestions(s)[0]!.question;
    await page.keyboard.press('Escape');
    await waitForLive(page, /^Paused/);
    await page.getByRole('button', { name: 'Resume' }).click();
    const said = await waitForLive(page, /^Resumed\./);
    expect(said).toContain(`Question 1 of 10. ${q.prompt}`);
    expect(said).toMatch(/\d+ seconds? left$/);
  });

  it('with a 10-second limit the question is read in full before a time warning, and a warning for a question that is gone is never read', async () => {
    const seed = seedOpeningWithChoices(3, 'dwell');
    const questions = expectedQuestions(seed);
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { before: (p) => p.addInitScript(RECORD_LIVE) });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Time per question').selectOption('10');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Play' }).click();

    // Question 1: the question is said, and only 5 s later "5 seconds left".
    await waitForQuestion(page, 1);
    await waitForLive(page, WARNING);
    expectReadInFullBeforeWarning(await liveLog(page), 'Question 1 of 10.', questions[0]!.question.prompt);
    await answerViaLayer(page, questions[0]!, plannedResponse(questions[0]!, true));
    await nextButton(page).click();

    // Question 2 comes back from a reload 10 ms before the countdown: "Resumed. Question 2 of
    // 10. ...", and "5 seconds left" due on the next frame. The warning waits for the question.
    await waitForQuestion(page, 2);
    await reloadPausedAt(page, 4990);
    await page.getByRole('button', { name: 'Resume' }).click();
    await waitForLive(page, WARNING);
    expectReadInFullBeforeWarning(await liveLog(page), 'Resumed. Question 2 of 10.', questions[1]!.question.prompt);
    await answerViaLayer(page, questions[1]!, plannedResponse(questions[1]!, true));
    await nextButton(page).click();

    // Question 3, the same, but answered while the warning waits: the feedback replaces the
    // question, and the warning (for a question that is gone) is never said, however long we wait.
    await waitForQuestion(page, 3);
    await reloadPausedAt(page, 4990);
    await page.getByRole('button', { name: 'Resume' }).click();
    await waitForLive(page, /^Resumed\. Question 3 of 10/);
    await answerViaLayer(page, questions[2]!, plannedResponse(questions[2]!, true));
    await waitForLive(page, /^Correct!/);
    // Longer than any message holds the region, so a warning kept waiting would have come by now.
    await page.waitForTimeout(DWELL_MAX_MS + 1000);
    const log = await liveLog(page);
    const feedback = log.findIndex((s) => s.text.startsWith('Correct!'));
    expect(log.slice(feedback).map((s) => s.text).filter((t) => WARNING.test(t))).toEqual([]);
    expect(await liveText(page)).toMatch(/^Correct!/);
    expect(errors).toEqual([]);
  });

  it('the answer buttons are a group named by the question', async () => {
    const s = seedOpeningWith('choice', 'group');
    const page = await startOn(s);
    const rq = expectedQuestions(s)[0]!;
    const group = page.getByRole('group', { name: rq.question.prompt });
    // The group has no box of its own (its buttons are placed over the cards): attached, not "visible".
    await group.waitFor({ state: 'attached' });
    expect(await group.getByRole('button').count()).toBe(rq.order.length);
    // Pause and the answer keys stay outside it.
    expect(await group.getByRole('button', { name: 'Pause' }).count()).toBe(0);
  });
});

describe('settings controls are touch targets', () => {
  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ])('every control is at least 44 x 44 CSS px at $width x $height', async (viewport) => {
    const { page, errors } = await openGame(shared.browser, '', { viewport });
    await page.getByRole('button', { name: 'Settings' }).click();
    const controls = page.locator('#a11y .form input, #a11y .form select, #a11y button');
    await page.getByLabel('High contrast').waitFor();
    const boxes = await controls.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.id || (el as HTMLElement).dataset.id || el.tagName, w: r.width, h: r.height };
      }),
    );
    expect(boxes.map((b) => b.id)).toEqual(expect.arrayContaining(['ctl-sound', 'ctl-volume', 'ctl-contrast', 'ctl-mode', 'done']));
    for (const b of boxes) expect({ id: b.id, big: b.w >= 44 && b.h >= 44 }).toEqual({ id: b.id, big: true });
    expect(errors).toEqual([]);
  });
});

describe('Tab order', () => {
  for (const [lang, viewport] of [
    ['en', { width: 1280, height: 720 }],
    ['ar', { width: 390, height: 844 }],
  ] as const) {
    it(`follows the menu down the screen, the language choice after the buttons (${lang}, ${viewport.width}x${viewport.height})`, async () => {
      const { page, errors } = await openGame(shared.browser, `?lang=${lang}`, { viewport });
      await page.locator('#a11y button[data-id="play"]').waitFor();
      await page.locator('#a11y button[data-id="play"]').focus();
      const stops: { id: string; top: number }[] = [];
      for (let i = 0; i < 12; i++) {
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          // Past the last stop, focus leaves the game for the browser.
          return el && el.closest('#a11y') ? { id: el.dataset.id ?? el.id, top: el.getBoundingClientRect().top } : null;
        });
        if (!stop || stops.some((s) => s.id === stop.id)) break;
        stops.push(stop);
        await page.keyboard.press('Tab');
      }
      const ids = stops.map((s) => s.id);
      expect(ids[0]).toBe('play');
      expect(ids.indexOf('ctl-language')).toBeGreaterThan(ids.indexOf('open-bank'));
      // Never back up the screen: each stop is on the row of the one before or below it.
      for (let i = 1; i < stops.length; i++) expect(stops[i]!.top, `${ids[i - 1]} then ${ids[i]}`).toBeGreaterThanOrEqual(stops[i - 1]!.top - 1);
      expect(errors).toEqual([]);
    });
  }
});
