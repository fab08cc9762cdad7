/**
 * `npx tsx scripts/icons.ts`: renders the app icons an installed app needs (PNG at 192 and 512,
 * plus a maskable one with the mark inside the safe zone) from the SVGs, with the same Chromium
 * the tests use. Run again after changing assets/favicon.svg or assets/icons/maskable.svg.
 */
import { readFileSync } from 'node:fs';
import { launch } from '../tests/e2e/browser';

const jobs = [
  { svg: 'assets/favicon.svg', out: 'assets/icons/icon-192.png', size: 192 },
  { svg: 'assets/favicon.svg', out: 'assets/icons/icon-512.png', size: 512 },
  { svg: 'assets/icons/maskable.svg', out: 'assets/icons/maskable-512.png', size: 512 },
];

const browser = await launch();
for (const j of jobs) {
  const page = await browser.newPage({ viewport: { width: j.size, height: j.size } });
  const svg = readFileSync(j.svg, 'utf8').replace('<svg ', `<svg width="${j.size}" height="${j.size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: j.out, omitBackground: true });
  await page.close();
  console.log(`${j.out} (${j.size}x${j.size})`);
}
await browser.close();
