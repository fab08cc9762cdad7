/**
 * Choice questions with three and with five options, played in the built game from a bank kept
 * on the device: by touch on a phone, by keyboard (5 or E picks the fifth card), and through the
 * accessible layer alone. The cards the canvas draws must sit where the layer's buttons are.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Bank, ChoiceQuestion } from '../../src/core/bank/schema';
import { DEFAULT_QUESTION_COUNT } from '../../src/core/round';
import { selectQuestions, type RoundQuestion } from '../../src/core/select';
import { palette } from '../../src/ui/canvas/theme';
import { roundLayout } from '../../src/ui/layout';
import { answerCardRects } from '../../src/ui/questions/cardLayout';
import { sharedBrowser } from './browser';
import { answerViaLayer, firstBank, nextButton, openGame, waitForLive, waitForQuestion, type OpenOptions } from './game';
import { coloursIn } from './pixels';

const shared = sharedBrowser();

/** The first bank, asking two questions only: who addressed Kim (three options) and who reported the clean-up (five). */
function optionsBank(): Bank {
  const base = firstBank();
  const pick = (id: string, options: string[], answer: string): ChoiceQuestion => {
    const q = base.questions.find((x) => x.id === id);
    if (q?.type !== 'choice') throw new Error(`the first bank has no choice question ${id}`);
    return { ...q, options, answer: options.indexOf(answer) };
  };
  return {
    ...base,
    id: 'three-and-five',
    title: 'Three and five options',
    questions: [
      pick('q-speaker-putin-address', ['Xi Jinping', 'Vladimir Putin', 'Donald Trump'], 'Vladimir Putin'),
      pick('q-speaker-yunashev-cleanup', ['Vladimir Putin', 'Donald Trump', 'Xi Jinping', 'Alexander Yunashev', 'Kim Jong Un'], 'Alexander Yunashev'),
    ],
    translations: {},
  };
}

const BANK = optionsBank();
const record = JSON.stringify({ v: 1, data: { banks: { [BANK.id]: { bank: BANK, article: 'text', savedAt: '2026-01-10T00:00:00Z' } } } });

/** Opens the game on the bank and starts the round; returns the questions it asks, in order. */
async function startRound(seed: string, o: OpenOptions = {}): Promise<{ page: Page; errors: string[]; questions: RoundQuestion[] }> {
  const questions = selectQuestions(BANK, DEFAULT_QUESTION_COUNT, seed);
  expect(questions.map((q) => q.order.length).sort()).toEqual([3, 5]);
  const game = await openGame(shared.browser, `?bank=local:${BANK.id}&seed=${seed}`, {
    ...o,
    before: (p) => p.addInitScript((r) => localStorage.setItem('factsprint:local-banks', r), record),
  });
  const play = game.page.getByRole('button', { name: 'Play', exact: true });
  if (o.touch) {
    const b = (await play.boundingBox())!;
    await game.page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  } else await play.click();
  await waitForQuestion(game.page, 1, questions.length);
  return { ...game, questions };
}

const optionAt = (rq: RoundQuestion, place: number) => (rq.question as ChoiceQuestion).options[rq.order[place]!]!;
const rightText = (rq: RoundQuestion) => optionAt(rq, rq.correctPlace!);

/** After a pick at `place`: the live region says right, or names the card picked and the right one. */
async function expectVerdict(page: Page, rq: RoundQuestion, place: number): Promise<void> {
  if (place === rq.correctPlace) {
    await waitForLive(page, /^Correct!/);
  } else {
    const said = await waitForLive(page, /^Not quite/);
    expect(said).toContain(`The answer: ${rightText(rq)}`);
    // The pick is on screen (and in the layer's text); the announcement stays short.
    expect((await page.locator('#a11y p').allTextContents()).join('\n')).toContain(`Your answer: ${optionAt(rq, place)}`);
  }
}

async function answerButtons(page: Page) {
  return page.locator('#a11y button[data-id^="answer-"]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id'), name: el.textContent, keys: el.getAttribute('aria-keyshortcuts'), x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

/** The canvas's colour at each point, read from a screenshot of the page. */
async function coloursAt(page: Page, points: { x: number; y: number }[]): Promise<number[]> {
  // A button under the pointer (the Play button stood where a card now is) is lightened by its hover style.
  await page.mouse.move(0, 0);
  const png = await page.screenshot();
  const colours = await coloursIn(page, png, points.map(({ x, y }) => [{ x: Math.round(x), y: Math.round(y), w: 1, h: 1 }]));
  return colours.map((c) => c[0]!);
}

const STANDARD_CARDS = palette(false).cards;
const near = (a: number, b: number) => [16, 8, 0].every((s) => Math.abs(((a >> s) & 255) - ((b >> s) & 255)) <= 6);

/**
 * The question on screen shows one button per option, named by its text and keyed by its number
 * and letter, each on the rect the layout gives, none overlapping, each 44 px tall or more; and
 * the canvas under each is that card's own colour.
 */
async function expectCards(page: Page, rq: RoundQuestion, viewport: { width: number; height: number }): Promise<void> {
  const n = rq.order.length;
  const buttons = await answerButtons(page);
  expect(buttons.map((b) => [b.id, b.name, b.keys])).toEqual(Array.from({ length: n }, (_, i) => [`answer-${i}`, optionAt(rq, i), `${i + 1} ${'ABCDEF'[i]}`]));
  const l = roundLayout(viewport.width, viewport.height, false);
  const want = answerCardRects(l.answerArea, n, l.frame.font, false);
  buttons.forEach((b, i) => {
    expect({ x: b.x, y: b.y, w: b.w, h: b.h }).toEqual(want[i]);
    expect(b.h).toBeGreaterThanOrEqual(44);
    expect(b.x + b.w <= viewport.width && b.y + b.h <= viewport.height).toBe(true);
    for (const o of buttons.slice(i + 1)) expect(b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h).toBe(false);
  });
  // Beside each card's right edge, past its text, the canvas shows the card's colour.
  const colours = await coloursAt(page, buttons.map((b) => ({ x: b.x + b.w - 5, y: b.y + b.h / 2 })));
  colours.forEach((c, i) => expect(near(c, STANDARD_CARDS[i]!), `card ${i}: #${c.toString(16)}`).toBe(true));
}

describe('by touch on a phone in portrait (390 x 844)', () => {
  const viewport = { width: 390, height: 844 };

  it('taps the right card of the first question and a wrong one of the second', async () => {
    const { page, errors, questions } = await startRound('touch-options', { viewport, touch: true });
    for (const [i, rq] of questions.entries()) {
      await expectCards(page, rq, viewport);
      const place = i === 0 ? rq.correctPlace! : (rq.correctPlace! + 1) % rq.order.length;
      const card = (await page.locator(`#a11y button[data-id="answer-${place}"]`).boundingBox())!;
      await page.touchscreen.tap(card.x + card.width / 2, card.y + card.height / 2);
      await expectVerdict(page, rq, place);
      const next = (await nextButton(page).boundingBox())!;
      await page.touchscreen.tap(next.x + next.width / 2, next.y + next.height / 2);
      if (i === 0) await waitForQuestion(page, 2, questions.length);
    }
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
    expect(errors).toEqual([]);
  });
});

describe('by keyboard', () => {
  for (const [keys, size] of [
    [{ three: '3', five: '5', beyond: '6' }, { width: 1280, height: 720 }],
    [{ three: 'c', five: 'e', beyond: 'f' }, { width: 640, height: 360 }],
  ] as const) {
    it(`at ${size.width} x ${size.height}: ${keys.five.toUpperCase()} picks the fifth card, ${keys.three.toUpperCase()} the third; ${keys.beyond.toUpperCase()} names no card of five`, async () => {
      const { page, errors, questions } = await startRound(`keys-${keys.five}`, { viewport: size });
      for (const [i, rq] of questions.entries()) {
        await expectCards(page, rq, size);
        if (rq.order.length === 5) {
          // There is no sixth card: the key does nothing and the question stays.
          await page.keyboard.press(keys.beyond);
          await page.waitForTimeout(300);
          expect(await nextButton(page).count()).toBe(0);
          expect(await page.locator('#a11y button[data-id^="answer-"]').count()).toBe(5);
        }
        await page.keyboard.press(rq.order.length === 5 ? keys.five : keys.three);
        await expectVerdict(page, rq, rq.order.length === 5 ? 4 : 2);
        await page.keyboard.press('Enter');
        if (i === 0) await waitForQuestion(page, 2, questions.length);
      }
      await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
      expect(errors).toEqual([]);
    });
  }
});

it('through the accessible layer alone: each option is a button named by its text', async () => {
  const { page, errors, questions } = await startRound('layer-options', { viewport: { width: 1920, height: 1080 } });
  for (const [i, rq] of questions.entries()) {
    for (let place = 0; place < rq.order.length; place++) expect(await page.getByRole('button', { name: optionAt(rq, place), exact: true }).count()).toBe(1);
    await answerViaLayer(page, rq, { kind: 'choice', place: rq.correctPlace! });
    await expectVerdict(page, rq, rq.correctPlace!);
    await nextButton(page).click();
    if (i === 0) await waitForQuestion(page, 2, questions.length);
  }
  await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
  expect(errors).toEqual([]);
});
