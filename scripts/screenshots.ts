/**
 * Screenshots of every screen at phone and desktop sizes, for reviewing layouts by eye and for
 * the README. Run `npm run screenshots` (builds first); files land in screenshots/ (ignored by git)
 * and docs/screenshot.png is refreshed. `npm run screenshots -- --langs` also shoots every screen
 * at 390x844 in each of the eight languages (or `--langs=ko,ar`), for checking overflow and glyphs.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { SUPPORTED_LANGUAGES } from '../src/services/languages';
import type { Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser';

const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** Answers whatever the question type: a card, the estimate or date as it stands, the map's middle. */
async function answerAny(page: Page): Promise<void> {
  const card = page.locator('#a11y button[data-id="answer-0"]');
  if (await card.count()) await card.click();
  else if (await page.locator('#ctl-keypad').count()) await page.locator('#ctl-keypad').press('Enter');
  else if (await page.locator('#ctl-year').count()) await page.locator('#a11y button[data-id="submit"]').click();
  else {
    const map = (await page.locator('#a11y .surface').boundingBox())!;
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    await page.locator('#a11y button[data-id="submit"]:not([disabled])').click();
  }
}

const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0]!;
const browser = await launch();
const langsArg = process.argv.find((a) => a.startsWith('--langs'));
try {
  // `--langs=ko,ar` shoots only those languages; plain `--langs` adds all eight to the sizes.
  for (const size of langsArg?.includes('=') ? [] : SIZES) {
    const page = await browser.newPage({ viewport: size });
    const shot = (name: string) => page.screenshot({ path: `${out}/${size.width}x${size.height}-${name}.png` });
    await page.goto(`${base}?seed=readme`);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await shot('1-menu');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForTimeout(1200);
    await shot('2-question');
    for (let i = 0; i < 10; i++) {
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      await answerAny(page);
      await page.getByRole('button', { name: /^(Next|See results)$/ }).waitFor();
      if (i === 0) await shot('3-feedback');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Play again' }).waitFor();
    await shot('4-results');
    await page.goto(`${base}?bank=missing`);
    await page.getByRole('button', { name: 'Back to the menu' }).waitFor();
    await shot('5-message');
    await page.close();
  }
  if (langsArg) {
    // --langs for all eight, --langs=ko,ar for some.
    const langs = langsArg.includes('=') ? langsArg.split('=')[1]!.split(',') : SUPPORTED_LANGUAGES;
    for (const lang of langs) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const shot = (name: string) => page.screenshot({ path: `${out}/lang-${lang}-${name}.png` });
      await page.goto(`${base}?lang=${lang}&seed=readme`);
      await page.locator('#a11y button[data-id="play"]').waitFor();
      await shot('1-menu');
      await page.keyboard.press('Enter');
      for (let i = 0; i < 10; i++) {
        await page.locator('#a11y button[data-id="pause"]').waitFor();
        if (i < 5) await shot(`2-question-${i + 1}`);
        await answerAny(page);
        await page.locator('#a11y button[data-id="next"]').waitFor();
        if (i < 5) await shot(`3-feedback-${i + 1}`);
        await page.locator('#a11y button[data-id="next"]').click();
      }
      await page.locator('#a11y button[data-id="again"]').waitFor();
      await shot('4-results');
      await page.close();
    }
  }
  if (!langsArg?.includes('=')) copyFileSync(`${out}/1280x720-2-question.png`, 'docs/screenshot.png');
  console.log(`screenshots written to ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
