/**
 * A whole round in a real shared.browser, against the built site: once by keyboard alone, once through
 * the accessible buttons alone, and the results must show exactly what the core computes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/round';
import { sharedBrowser } from './browser';
import type { Response } from '../../src/core/judge';
import { answerByKeyboard, answerViaLayer, expectedQuestions, firstBank, nextButton, openGame, plannedResponse, replay, reviewRows, screenTitle, seedOpeningWith, waitForLive, waitForQuestion } from './game';

const shared = sharedBrowser();

// Right, right, wrong, right, right, right, wrong, right, wrong, right: streaks of 2, 3 and 1.
const PLAN = [true, true, false, true, true, true, false, true, false, true];

async function checkResults(page: Page, seed: string, responses: Response[]): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
  const rows = await reviewRows(page);
  expect(rows).toHaveLength(10);
  expect(rows.map((r) => r.right)).toEqual(PLAN);
  // Replay the exact answers and times through the core; the screen must agree to the point.
  const state = replay(
    expectedQuestions(seed),
    rows.map((r, i) => ({ response: responses[i]!, elapsedMs: r.elapsedMs })),
  );
  const s = summarize(state);
  expect(rows.map((r) => r.points)).toEqual(state.answers.map((a) => a.points));
  const text = (await page.locator('#a11y p').allTextContents()).join('\n');
  expect(text).toContain(`${s.points.toLocaleString('en-US')} points`);
  expect(text).toContain('7 of 10 correct (70%)');
  expect(text).toContain('Best streak: 3');
  expect(await waitForLive(page, /^Round complete/)).toContain(`Round complete. ${s.points.toLocaleString('en-US')} points. 7 of 10 correct.`);
  await expect.poll(() => page.getByRole('button', { name: 'Play again' }).isVisible()).toBe(true);
}

describe('a whole round', () => {
  it('plays by keyboard alone: Enter starts, keys answer every type of question, Enter goes on', async () => {
    const seed = 'keyboard-round';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`);
    const questions = expectedQuestions(seed);
    expect(new Set(questions.map((q) => q.question.type)).size).toBe(5);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.keyboard.press('Enter');
    const responses: Response[] = [];
    for (let i = 0; i < 10; i++) {
      await waitForQuestion(page, i + 1);
      const q = questions[i]!;
      // The game asks the same question the core picks for this seed.
      expect(await page.locator('#a11y p').first().textContent()).toContain(q.question.prompt);
      const r = plannedResponse(q, PLAN[i]!);
      responses.push(r);
      // Card questions alternate number keys and letter keys.
      await answerByKeyboard(page, q, r, i % 2 === 1);
      await nextButton(page).waitFor();
      await waitForLive(page, PLAN[i] ? /^Correct!/ : /^Not quite/);
      await page.keyboard.press('Enter');
    }
    await checkResults(page, seed, responses);
    expect(errors).toEqual([]);
  });

  it('plays through the accessible layer alone: buttons named by their text, inputs by their labels', async () => {
    const seed = 'a11y-round';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { viewport: { width: 390, height: 844 } });
    const questions = expectedQuestions(seed);
    expect(new Set(questions.map((q) => q.question.type)).size).toBe(5);
    await page.getByRole('button', { name: 'Play' }).click();
    const responses: Response[] = [];
    for (let i = 0; i < 10; i++) {
      await waitForQuestion(page, i + 1);
      const q = questions[i]!;
      const r = plannedResponse(q, PLAN[i]!);
      responses.push(r);
      await answerViaLayer(page, q, r);
      // Feedback is short: the verdict, the right answer, the points and the score; no source sentence.
      await nextButton(page).waitFor();
      const said = await waitForLive(page, /Score: [\d,]+ points\.$/);
      expect(said).toMatch(PLAN[i] ? /^Correct!/ : /^Not quite/);
      const fact = firstBank().facts.find((f) => f.id === q.question.factId)!;
      expect(said).not.toContain(fact.sentence);
      if (q.question.type === 'choice') expect(said).toContain(`The answer: ${q.question.options[q.question.answer]}`);
      // The sentence is read on request, in the article's language.
      // Out of sight until focused: a keyboard or screen-reader user reaches it, as here.
      await page.getByRole('button', { name: 'Read the source sentence' }).press('Enter');
      await waitForLive(page, /^From the article:/);
      expect(await page.locator('#live span[lang="en"]').textContent()).toBe(fact.sentence);
      await nextButton(page).click();
    }
    await checkResults(page, seed, responses);
    expect(errors).toEqual([]);
  });

  it('plays by touch on the cards the canvas draws, on a phone in portrait', async () => {
    // A round that opens with a four-card question.
    const seed = seedOpeningWith('choice', 'touch');
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { viewport: { width: 390, height: 844 }, touch: true });
    const q = expectedQuestions(seed)[0]!;
    if (q.question.type !== 'choice') throw new Error('no seed opens with a choice question');
    const play = await page.getByRole('button', { name: 'Play' }).boundingBox();
    await page.touchscreen.tap(play!.x + play!.width / 2, play!.y + play!.height / 2);
    await waitForQuestion(page, 1);
    const card = await page.getByRole('button', { name: q.question.options[q.order[q.correctPlace!]!]!, exact: true }).boundingBox();
    // Touch targets are comfortably larger than 44 CSS px.
    expect(card!.height).toBeGreaterThanOrEqual(44);
    await page.touchscreen.tap(card!.x + card!.width / 2, card!.y + card!.height / 2);
    await nextButton(page).waitFor();
    await waitForLive(page, /^Correct!/);
    expect(errors).toEqual([]);
  });

  it('pauses with Esc: the question is hidden, the clock stops, Esc resumes', async () => {
    const seed = 'pause-round';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForQuestion(page, 1);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await screenTitle(page).textContent()).toBe('Paused');
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await waitForQuestion(page, 1);
    expect(errors).toEqual([]);
  });
});
