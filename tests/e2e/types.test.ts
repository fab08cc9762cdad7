/**
 * One question of every type, answered by pointer on what the canvas draws, at a small phone
 * and a laptop size: cards, the estimate slider, the timeline, the map.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { QuestionType } from '../../src/core/bank/constants';
import { createMapView } from '../../src/ui/canvas/worldMap';
import { sharedBrowser } from './browser';
import { expectedQuestions, nextButton, openGame, seedOpeningWith, seedOpeningWithQuestion, waitForLive, waitForQuestion, world } from './game';

const shared = sharedBrowser();

async function centre(page: Page, selector: string): Promise<{ x: number; y: number; box: { x: number; y: number; width: number; height: number } }> {
  const box = (await page.locator(selector).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** What the feedback screen says beside the live region: the accessible layer's paragraphs. */
const screenText = async (page: Page) => (await page.locator('#a11y p').allTextContents()).join('\n');

async function clickAnswer(page: Page): Promise<void> {
  const c = await centre(page, '#a11y button[data-id="submit"]');
  await page.mouse.click(c.x, c.y);
}

describe.each([
  { width: 360, height: 640 },
  { width: 1280, height: 720 },
])('at $width x $height, by pointer', (viewport) => {
  const play = async (type: QuestionType) => {
    const seed = seedOpeningWith(type, 'pointer');
    const rq = expectedQuestions(seed)[0]!;
    const game = await openGame(shared.browser, `?seed=${seed}`, { viewport });
    const p = await centre(game.page, '#a11y button[data-id="play"]');
    await game.page.mouse.click(p.x, p.y);
    await waitForQuestion(game.page, 1);
    return { ...game, rq };
  };

  it('a four-card question: click the right card', async () => {
    const { page, errors, rq } = await play('choice');
    const c = await centre(page, `#a11y button[data-id="answer-${rq.correctPlace}"]`);
    await page.mouse.click(c.x, c.y);
    await nextButton(page).waitFor();
    await waitForLive(page, /^Correct!/);
    expect(errors).toEqual([]);
  });

  it('a true-or-false statement: click True or False', async () => {
    const { page, errors, rq } = await play('truefalse');
    expect(await page.getByRole('button', { name: 'True', exact: true }).count()).toBe(1);
    const c = await centre(page, `#a11y button[data-id="answer-${rq.correctPlace}"]`);
    await page.mouse.click(c.x, c.y);
    await waitForLive(page, /^Correct!.*The statement is (true|false)\./);
    expect(errors).toEqual([]);
  });

  it('an estimate: drag the slider, then Answer; feedback gives the figure and how far off', async () => {
    const { page, errors, rq } = await play('estimate');
    if (rq.question.type !== 'estimate') throw new Error('expected an estimate');
    const slider = await centre(page, '#a11y input[type="range"]');
    // Drag the thumb from the middle to three quarters of the way.
    await page.mouse.move(slider.x, slider.y);
    await page.mouse.down();
    await page.mouse.move(slider.box.x + slider.box.width * 0.75, slider.y, { steps: 8 });
    await page.mouse.up();
    const shown = await page.locator('#a11y input[type="range"]').getAttribute('aria-valuetext');
    expect(shown).toMatch(new RegExp(`\\d.* ${rq.question.answer.unit}$`));
    await clickAnswer(page);
    const said = await waitForLive(page, /The figure:/);
    const a = rq.question.answer;
    expect(said).toContain(`The figure: ${a.value.toLocaleString('en-US')} ${a.unit}`);
    expect(await screenText(page)).toMatch(/Your guess: [\d,]+ \((\d+% too (high|low)|spot on)\)/);
    expect(errors).toEqual([]);
  });

  it('a date: move along the timeline, then Answer; feedback says how early or late', async () => {
    const { page, errors, rq } = await play('when');
    if (rq.question.type !== 'when') throw new Error('expected a when question');
    const slider = await centre(page, '#a11y input[type="range"]');
    await page.mouse.click(slider.box.x + 4, slider.y);
    expect(await page.locator('#a11y input[type="range"]').inputValue()).toBe(String(rq.question.answer.minYear));
    await clickAnswer(page);
    await waitForLive(page, /The date:/);
    expect(await screenText(page)).toMatch(/Your answer: .*\d+ (years|months|days) early/);
    expect(errors).toEqual([]);
  });

  it('a place: tap it on the map, then Answer', async () => {
    const { page, errors, rq } = await play('where');
    if (rq.question.type !== 'where') throw new Error('expected a where question');
    const surface = (await page.locator('#a11y .surface').boundingBox())!;
    const view = createMapView(world, { x: surface.x, y: surface.y, w: surface.width, h: surface.height }, rq.question.answer.focus);
    const [x, y] = view.project(rq.question.answer)!;
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('#a11y button[data-id="submit"]').isDisabled()).toBe(false);
    await clickAnswer(page);
    const said = await waitForLive(page, /The place:/);
    expect(said).toMatch(/^Correct!/);
    expect(said).toContain(`The place: ${rq.question.answer.name}`);
    expect(errors).toEqual([]);
  });
});

it('a country is scored by its outline: a tap in Harbin, far from China’s centre but inside it, is right', async () => {
  const seed = seedOpeningWithQuestion('q-where-china', 'outline');
  const rq = expectedQuestions(seed)[0]!;
  if (rq.question.type !== 'where' || rq.question.answer.area !== 'country:CN') throw new Error('expected the China question, scored by its outline');
  const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { viewport: { width: 1280, height: 720 } });
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForQuestion(page, 1);
  const s = (await page.locator('#a11y .surface').boundingBox())!;
  const view = createMapView(world, { x: s.x, y: s.y, w: s.width, h: s.height }, rq.question.answer.focus);
  // 2,150 km from the answer's point: a circle of 1,400 km would have given about 0.8, not right.
  const [x, y] = view.project({ lat: 45.8, lon: 126.53 })!;
  await page.mouse.click(x, y);
  await expect.poll(() => page.locator('#a11y button[data-id="submit"]').isDisabled()).toBe(false);
  await clickAnswer(page);
  const said = await waitForLive(page, /The place:/);
  expect(said).toMatch(/^Correct!/);
  expect(await screenText(page)).toContain('within its borders');
  expect(errors).toEqual([]);
});

it('a tap in an empty corner of a wide zoomed map places no pin; a tap on the globe does', async () => {
  // A laptop's map row is wide and short: a zoomed globe fits its height and leaves its corners empty.
  const seed = seedOpeningWithQuestion('q-where-beijing', 'zoomed');
  const rq = expectedQuestions(seed)[0]!;
  if (rq.question.type !== 'where' || !rq.question.answer.focus) throw new Error('expected a zoomed where question');
  const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { viewport: { width: 1280, height: 800 } });
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForQuestion(page, 1);
  const s = (await page.locator('#a11y .surface').boundingBox())!;
  const view = createMapView(world, { x: s.x, y: s.y, w: s.width, h: s.height }, rq.question.answer.focus);
  const corner = { x: s.x + 6, y: s.y + 6 };
  expect(view.invert(corner.x, corner.y)).toBeNull();
  await page.mouse.click(corner.x, corner.y);
  await page.waitForTimeout(300);
  expect(await page.locator('#a11y button[data-id="submit"]').isDisabled()).toBe(true);
  const [x, y] = view.project(rq.question.answer)!;
  await page.mouse.click(x, y);
  await expect.poll(() => page.locator('#a11y button[data-id="submit"]').isDisabled()).toBe(false);
  expect(errors).toEqual([]);
});
