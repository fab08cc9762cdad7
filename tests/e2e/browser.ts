/**
 * Finds a Chromium and drives it with playwright-core. `npx playwright install` cannot download
 * browsers on these machines, so the order is: $FACTSPRINT_CHROMIUM, Debian's /usr/bin/chromium
 * (what .ci/run installs), then the Chromium shipped inside the @sparticuz/chromium npm package
 * (always there after `npm ci`, so a fresh machine without apt still runs the browser tests;
 * FACTSPRINT_CHROMIUM=bundled picks it on purpose).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // WebGL through SwiftShader: there is no GPU on these machines.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

async function executable(): Promise<{ path: string; extraArgs: string[] }> {
  const fromEnv = process.env.FACTSPRINT_CHROMIUM;
  if (fromEnv && fromEnv !== 'bundled') {
    if (!existsSync(fromEnv)) throw new Error(`FACTSPRINT_CHROMIUM points at ${fromEnv}, which does not exist`);
    return { path: fromEnv, extraArgs: [] };
  }
  // FACTSPRINT_CHROMIUM=bundled skips the system browser, to check the npm fallback.
  if (fromEnv !== 'bundled') for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return { path: p, extraArgs: [] };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return { path: await sparticuz.executablePath(), extraArgs: ['--no-zygote'] };
}

export async function launch(): Promise<Browser> {
  const exe = await executable();
  return chromium.launch({ executablePath: exe.path, headless: true, args: [...FLAGS, ...exe.extraArgs] });
}

/** Console noise from software WebGL that says nothing about the game. */
const NOISE = [/GPU stall due to ReadPixels/i, /Automatic fallback to software WebGL/i, /WebGL.*performance warning/i];

/** Collects console errors and uncaught page errors, so a test can insist there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !NOISE.some((re) => re.test(m.text()))) {
      if (m.type() === 'error') errors.push(m.text());
    }
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * One browser for a test file: launched before its tests, closed after. Read `.browser` inside
 * tests (it is set once the hook has run). Every context a test opened is closed when it ends:
 * a page left open keeps running the game's frame loop in software WebGL, and a file's leftover
 * pages slowed each later test of that file by taking the same two cores.
 */
export function sharedBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await Promise.all((browser?.contexts() ?? []).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('the browser is not launched yet: use it inside a test');
      return browser;
    },
  };
}
