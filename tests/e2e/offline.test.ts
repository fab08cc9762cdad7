/**
 * The installable, offline game: after one visit the service worker has the whole site, so the
 * game (any language, map questions included) and the teacher page open and play with the
 * network gone. A new deployment is offered on the menu, never in the middle of a round.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';
import { answerById, expectedQuestions, openGame, plannedResponse, reviewRows, seedOpeningWith, world } from './game';

const shared = sharedBrowser();

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, { timeout: 30_000 });
}

/** Plays a round; with `reloadAt`, the tab is reloaded on that question and the round resumed. */
async function playRound(page: Page, seed: string, reloadAt = -1): Promise<void> {
  const questions = expectedQuestions(seed);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  for (let i = 0; i < 10; i++) {
    if (i === reloadAt) {
      await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent?.startsWith(t), `Question ${i + 1} of`);
      await page.reload();
      await page.getByRole('button', { name: 'Resume' }).click();
    }
    await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent?.startsWith(t), `Question ${i + 1} of`);
    await answerById(page, questions[i]!, plannedResponse(questions[i]!, true), world);
    await page.locator('#a11y button[data-id="next"]').click();
  }
  await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
}

it('after the first visit, plays offline: a whole round with a map question, another language, and the teacher page', async () => {
  const seed = seedOpeningWith('where', 'offline');
  const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { serviceWorkers: 'allow' });
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  await controlled(page);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));

  await page.context().setOffline(true);
  // The network really is gone, for the worker too: a file it never cached cannot be fetched.
  const uncached = await page.evaluate(() =>
    fetch(`./not-cached-${Math.random()}.txt`).then(
      (r) => `status ${r.status}`,
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');

  await page.reload();
  // Reloaded again mid-round while still offline: the round comes back and no answer is lost.
  await playRound(page, seed, 3);
  const rows = await reviewRows(page);
  expect(rows).toHaveLength(10);
  expect(rows.every((r) => r.right)).toBe(true);

  // A language this device never loaded online, from a link with other parameters.
  await page.goto(`${inject('baseUrl')}?lang=ko&seed=${seed}`);
  await page.waitForFunction(() => document.documentElement.lang === 'ko' && document.querySelectorAll('#a11y button').length > 0);
  expect(await page.locator('#a11y h1').textContent()).toBe('Factsprint');

  await page.goto(`${inject('baseUrl')}teacher.html`);
  await page.getByRole('button', { name: 'Make the link' }).waitFor();
  // The one request that failed is the probe above; its console line is the only error.
  expect(failed).toHaveLength(1);
  expect(failed[0]).toMatch(/not-cached/);
  expect(errors).toEqual(['Failed to load resource: net::ERR_FAILED']);
});

it('offers a new version on the menu, not during a round, and switches only when the player says so', async () => {
  const swPath = 'dist/sw.js';
  const original = readFileSync(swPath, 'utf8');
  const oldVersion = /"version":"([0-9a-f]+)"/.exec(original)![1]!;
  const newVersion = [...oldVersion].reverse().join('') === oldVersion ? oldVersion.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) : [...oldVersion].reverse().join('');
  try {
    const seed = 'update-offer';
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}`, { serviceWorkers: 'allow' });
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await controlled(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('#a11y button[data-id="pause"]').waitFor();

    // A deployment lands while the round is being played.
    writeFileSync(swPath, original.replace(`"version":"${oldVersion}"`, `"version":"${newVersion}"`));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting), null, { timeout: 30_000, polling: 200 });
    // Nothing about it mid-round: the round goes on, in the version it started in.
    expect(await page.getByRole('button', { name: 'Update now' }).count()).toBe(0);
    const questions = expectedQuestions(seed);
    for (let i = 0; i < 10; i++) {
      await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent?.startsWith(t), `Question ${i + 1} of`);
      expect(await page.getByRole('button', { name: 'Update now' }).count()).toBe(0);
      await answerById(page, questions[i]!, plannedResponse(questions[i]!, true), world);
      await page.locator('#a11y button[data-id="next"]').click();
    }
    await page.getByRole('button', { name: 'Menu' }).click();

    // Between rounds: offered, with a note.
    await page.getByRole('button', { name: 'Update now' }).waitFor();
    expect((await page.locator('#a11y p').allTextContents()).join(' ')).toContain('A new version of Factsprint is ready.');
    expect(await page.evaluate(() => caches.keys())).toContain(`factsprint-${oldVersion}`);
    // The page reloads into the new version (waited for: until then the old page, its Play button
    // and its offer are still on screen); the old cache is gone.
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.getByRole('button', { name: 'Update now' }).click()]);
    await page.waitForFunction((v) => caches.keys().then((k) => k.includes(`factsprint-${v}`) && k.length === 1), newVersion, { timeout: 30_000, polling: 200 });
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Update now' }).count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    writeFileSync(swPath, original);
  }
});
