/**
 * Settings that last, modes that change the game, practice that comes back, and sound that is
 * never an error: what a returning player notices.
 */
import { describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser';
import { answerViaLayer, expectedQuestions, nextButton, openGame, plannedResponse, seedOpeningWith, waitForLive, waitForQuestion } from './game';

const shared = sharedBrowser();

const menuText = async (page: import('playwright-core').Page) => (await page.locator('#a11y p').allTextContents()).join('\n');

describe('settings', () => {
  it('are kept across a reload', async () => {
    const { page, errors } = await openGame(shared.browser);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Mode').selectOption('accuracy');
    await page.getByLabel('Time per question').selectOption('null');
    await page.getByLabel('Sound').uncheck();
    await page.getByLabel('High contrast').check();
    await page.getByLabel('Motion').selectOption('reduced');
    expect(await page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(await menuText(page)).toContain('10 questions · no time limit · Accuracy');
    expect(await page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(true);
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByLabel('Mode').inputValue()).toBe('accuracy');
    expect(await page.getByLabel('Time per question').inputValue()).toBe('null');
    expect(await page.getByLabel('Sound').isChecked()).toBe(false);
    expect(await page.getByLabel('Motion').inputValue()).toBe('reduced');
    expect(errors).toEqual([]);
  });

  it('extend the time tenfold (WCAG 2.2.1), and the round says so', async () => {
    const { page } = await openGame(shared.browser);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Time per question').selectOption('20');
    await page.getByLabel('Extra time').selectOption('10');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(await menuText(page)).toContain('10 questions · 200 s each');
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForQuestion(page, 1);
    expect(await waitForLive(page, /^Question 1 of 10/)).toMatch(/200 seconds\.$/);
  });
});

describe('read aloud', () => {
  /** The page's speech synthesis, replaced before it loads: English voices only, every utterance recorded. */
  const fakeSpeech = () => {
    const said: { text: string; lang: string }[] = [];
    (window as unknown as { __said: typeof said }).__said = said;
    const voices = [{ name: 'Test English', lang: 'en-US', localService: true, voiceURI: 'test-en', default: true }];
    class Utterance {
      lang = '';
      voice: unknown = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { getVoices: () => voices, speak: (u: Utterance) => said.push({ text: u.text, lang: u.lang }), cancel: () => said.push({ text: '(stop)', lang: '' }) },
    });
  };
  const said = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __said: { text: string; lang: string }[] }).__said.filter((s) => s.text !== '(stop)'));

  it('reads each question and its options in their language when the setting is on, and again on the button', async () => {
    const seed = seedOpeningWith('choice', 'aloud');
    const rq = expectedQuestions(seed)[0]!;
    const q = rq.question;
    if (q.type !== 'choice') throw new Error('the seed opens with a choice question');
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { before: (p) => p.addInitScript(fakeSpeech) });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Read questions aloud').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForQuestion(page, 1);
    const options = rq.order.flatMap((i, place) => [`${'ABCDEF'[place]}.`, q.options[i]!]);
    await page.waitForFunction((n) => (window as unknown as { __said: unknown[] }).__said.length >= n, options.length + 1);
    expect((await said(page)).map((s) => s.text)).toEqual([q.prompt, ...options]);
    expect(new Set((await said(page)).map((s) => s.lang))).toEqual(new Set(['en-US']));
    // The button reads it again, whatever the setting.
    await page.getByRole('button', { name: 'Read aloud' }).click();
    expect((await said(page)).length).toBe(2 * (options.length + 1));
    expect(errors).toEqual([]);
  });

  it('says so where the device has no voice for the language, and reads nothing in another voice', async () => {
    const { page } = await openGame(shared.browser, '?lang=ko', { before: (p) => p.addInitScript(fakeSpeech) });
    await page.getByRole('button', { name: '설정' }).click();
    const toggle = page.locator('#ctl-read-aloud');
    expect(await page.locator('label[for="ctl-read-aloud"]').textContent()).toContain('한국어');
    await toggle.check();
    await page.getByRole('button', { name: '완료' }).click();
    await page.locator('#a11y button[data-id="play"]').click();
    await page.locator('#a11y button[data-id="read-aloud"]').click();
    expect(await waitForLive(page, /한국어/)).toContain('한국어');
    expect(await said(page)).toEqual([]);
  });
});

describe('modes', () => {
  it('practice has no clock and offers a hint that hides the answer in the source sentence', async () => {
    const seed = seedOpeningWith('choice', 'practice');
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Mode').selectOption('practice');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Show a hint' }).click();
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    const hint = await waitForLive(page, /^Hint from the article:/);
    expect(hint).toContain('＿＿＿');
    const q = expectedQuestions(seed)[0]!;
    await answerViaLayer(page, q, plannedResponse(q, true));
    // Practice shows credit, not points.
    expect(await waitForLive(page, /^Correct!/)).toContain('100% credit');
    expect(errors).toEqual([]);
  });

  it('accuracy has no speed factor: a right answer is worth 1000 however slow', async () => {
    const seed = seedOpeningWith('choice', 'accuracy');
    const { page } = await openGame(shared.browser, `?seed=${seed}`);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Mode').selectOption('accuracy');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForQuestion(page, 1);
    await page.waitForTimeout(2500);
    const q = expectedQuestions(seed)[0]!;
    await answerViaLayer(page, q, plannedResponse(q, true));
    expect(await waitForLive(page, /^Correct!/)).toContain('+1,000 points');
  });

  it('counts down the last five seconds on screen and aloud, then times out', async () => {
    const { page, errors } = await openGame(shared.browser, `?seed=countdown`);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Time per question').selectOption('10');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForQuestion(page, 1);
    await waitForLive(page, /^5 seconds left$/);
    await nextButton(page).waitFor({ timeout: 15_000 });
    expect(await waitForLive(page, /^Time's up/)).toContain('+0 points');
    expect(errors).toEqual([]);
  });
});

describe('practice what I missed', () => {
  it('brings back the questions a player got wrong', async () => {
    const seed = 'missed-round';
    const questions = expectedQuestions(seed);
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`);
    await page.getByRole('button', { name: 'Play' }).click();
    const wrong = new Set<string>();
    for (let i = 0; i < 10; i++) {
      await waitForQuestion(page, i + 1);
      const q = questions[i]!;
      const right = i % 3 !== 0;
      if (!right) wrong.add(q.question.prompt);
      await answerViaLayer(page, q, plannedResponse(q, right));
      await nextButton(page).click();
    }
    await page.getByRole('button', { name: `Practise misses (${wrong.size})` }).click();
    // A practice round of exactly the missed questions: untimed, so no Pause button to wait for.
    await page.waitForFunction((n) => document.querySelector('#a11y h1')?.textContent === `Question 1 of ${n}`, wrong.size);
    const first = ((await page.locator('#a11y p').first().textContent()) ?? '').replace(/^True or false\? /, '');
    expect(wrong.has(first)).toBe(true);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('sound', () => {
  it('is silence, not an error, when the sound files cannot be had', async () => {
    const seed = seedOpeningWith('choice', 'silent');
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { before: (p) => p.route(/audio\/sfx/, (r) => r.abort()) });
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForQuestion(page, 1);
    const q = expectedQuestions(seed)[0]!;
    await answerViaLayer(page, q, plannedResponse(q, true));
    await waitForLive(page, /^Correct!/);
    // The failed requests themselves are the browser's report, not the game's.
    expect(errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
  });

  it('loads only after the first gesture, and plays without errors', async () => {
    const { page, errors } = await openGame(shared.browser, '?seed=sound');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(requested.some((u) => /sfx/.test(u))).toBe(false);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => requested.some((u) => /sfx\.json/.test(u))).toBe(true);
    await waitForQuestion(page, 1);
    expect(errors).toEqual([]);
  });
});
