/**
 * A whole round in Korean and in Arabic through the accessible layer: the document, the live
 * region and the feedback speak the player's language; Arabic mirrors the page.
 */
import { describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser';
import { answerById, expectedQuestions, liveText, openGame, plannedResponse, world } from './game';

const shared = sharedBrowser();

const SCRIPTS = { ko: /[\uac00-\ud7af]/, ar: /[\u0600-\u06ff]/ } as const;

describe.each([
  { lang: 'ko' as const, dir: 'ltr' },
  { lang: 'ar' as const, dir: 'rtl' },
])('in $lang', ({ lang, dir }) => {
  it('plays a whole round, and every announcement is in the language', async () => {
    const seed = `lang-${lang}`;
    const { page, errors } = await openGame(shared.browser, `?lang=${lang}&seed=${seed}`, { viewport: { width: 390, height: 844 } });
    await page.locator('#a11y button[data-id="play"]').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
    expect(await page.locator('#a11y button[data-id="play"]').textContent()).toMatch(SCRIPTS[lang]);
    await page.locator('#a11y button[data-id="play"]').click();
    const questions = expectedQuestions(seed);
    const script = SCRIPTS[lang];
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i]!;
      await page.locator('#a11y button[data-id="pause"]').waitFor();
      // The question is announced in the player's language.
      await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('live')?.textContent ?? ''), script.source);
      expect(await page.locator('#a11y h1').textContent()).toMatch(script);
      await answerById(page, q, plannedResponse(q, i % 2 === 0), world);
      await page.locator('#a11y button[data-id="next"]').waitFor();
      // The source sentence stays as the article wrote it, with the translation beside it.
      const source = page.locator('#a11y .source');
      expect(await source.locator('blockquote').getAttribute('lang')).toBe('en');
      expect(await source.locator('.translation').textContent()).toMatch(script);
      await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('live')?.textContent ?? ''), script.source);
      await page.locator('#a11y button[data-id="next"]').click();
    }
    await page.locator('#a11y button[data-id="again"]').waitFor();
    await expect.poll(() => liveText(page)).toMatch(script);
    expect(await liveText(page)).toMatch(/[\d٠-٩]/);
    expect(errors).toEqual([]);
  });
});

it('keeps the chosen language after a reload, and the link can still override it', async () => {
  const { page, errors } = await openGame(shared.browser, '?seed=switch');
  await page.locator('#ctl-language').selectOption('ko');
  await page.waitForFunction(() => document.documentElement.lang === 'ko');
  await page.reload();
  await page.locator('#a11y button[data-id="play"]').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
  const { inject } = await import('vitest');
  await page.goto(`${inject('baseUrl')}?lang=fr`);
  await page.locator('#a11y button[data-id="play"]').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  expect(errors).toEqual([]);
});
