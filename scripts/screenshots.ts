/**
 * Screenshots of every screen at phone and desktop sizes, for reviewing layouts by eye and for
 * the README. Run `npm run screenshots` (builds first); files land in screenshots/ (ignored by git)
 * and docs/screenshot.png is refreshed.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launch } from '../tests/e2e/browser';

const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0]!;
const browser = await launch();
try {
  for (const size of SIZES) {
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
      await page.keyboard.press(String((i % 4) + 1));
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
  copyFileSync(`${out}/1280x720-2-question.png`, 'docs/screenshot.png');
  console.log(`screenshots written to ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
