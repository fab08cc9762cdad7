/**
 * Issue 18's keyboard and screen-reader fixes, as a player meets them: Esc pauses from whatever
 * control holds the focus (an open list of places closes first), resuming says so and repeats
 * the question, the answer buttons are grouped under the question, and every settings control
 * is a 44 px target.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser';
import { expectedQuestions, openGame, seedOpeningWith, seedOpeningWithQuestion, waitForLive, waitForQuestion } from './game';

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
