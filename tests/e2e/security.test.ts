/**
 * Text the game is given is never run. Markup and script payloads planted in a bank, a student's
 * name and an imported file show up as the literal text they are; and both pages carry a
 * Content-Security-Policy (no inline script, no eval) that the whole flow never trips.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Bank } from '../../src/core/bank/schema';
import { decodeAssignment } from '../../src/core/codes/assignment';
import { DEFAULT_QUESTION_COUNT } from '../../src/core/round';
import { selectByIds, selectQuestions } from '../../src/core/select';
import { sharedBrowser, watchErrors } from './browser';
import { answerById, firstBank, plannedResponse, world } from './game';

const shared = sharedBrowser();

const IMG = `<img src=x onerror="window.__xss='img'">`;
const SCRIPT = `<script>window.__xss='script'</script>`;
const JS_URL = `javascript:window.__xss='url'`;

/** A context whose pages record every CSP violation and every sign that a payload ran. */
async function watchedContext(): Promise<BrowserContext> {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context;
}

/** Nothing ran and nothing was turned into elements: no payload image or inline script in the page. */
async function expectInert(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: string }).__xss ?? null,
    planted: document.querySelectorAll('img[src="x"], script:not([src]), a[href^="javascript:"]').length,
    violations: (window as unknown as { __violations: string[] }).__violations,
  }));
  expect(state).toEqual({ ran: null, planted: 0, violations: [] });
}

const pageText = (page: Page) => page.locator('body').innerText();

describe('Content-Security-Policy', () => {
  it('is on both pages, and it refuses inline script and eval (so the other tests can trust a clean record)', async () => {
    const context = await watchedContext();
    for (const path of ['', 'teacher.html']) {
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}${path}`);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      const probe = await page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = "window.__inline = 'ran'";
        document.head.append(s);
        // A string run later by the page itself (code run from the test harness is exempt from the policy).
        (setTimeout as unknown as (code: string, ms: number) => void)("window.__evaluated = 'ran'", 0);
        await new Promise((r) => setTimeout(r, 100));
        const w = window as unknown as { __inline?: string; __evaluated?: string; __violations: string[] };
        return { inline: w.__inline ?? 'refused', evalResult: w.__evaluated ?? 'refused', violations: w.__violations };
      });
      expect(probe.inline).toBe('refused');
      expect(probe.evalResult).toBe('refused');
      // Each refusal is reported, so a page with no reports had nothing refused.
      expect(probe.violations.filter((v) => v.startsWith('script-src'))).toHaveLength(2);
    }
    await context.close();
  });
});

describe('payloads are text', () => {
  it('in a bank: title, source, prompts and sentences show as written, in the game and its review', async () => {
    const base = firstBank();
    const bank: Bank = {
      ...base,
      id: 'payload-bank',
      title: `${IMG} Bank`,
      article: { ...base.article, title: `${SCRIPT} Article`, outlet: JS_URL },
      facts: base.facts.map((f) => ({ ...f, sentence: `${f.sentence} ${IMG}` })),
      questions: base.questions.map((q) => ({ ...q, prompt: `${IMG} ${q.prompt}` })),
      translations: {},
    };
    const context = await watchedContext();
    await context.addInitScript((record) => {
      if (!localStorage.getItem('factsprint:local-banks')) localStorage.setItem('factsprint:local-banks', record);
    }, JSON.stringify({ v: 1, data: { banks: { [bank.id]: { bank, article: 'text', savedAt: '2026-11-24T00:00:00Z' } } } }));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?bank=local:${bank.id}&seed=payload`);
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect(await pageText(page)).toContain(`Questions from: ${IMG} Bank`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('#a11y button[data-id="pause"]').waitFor();
    expect(await pageText(page)).toContain(IMG);
    // The whole round, answered by control ids: every feedback shows a source sentence with the payload.
    const questions = selectQuestions(bank, DEFAULT_QUESTION_COUNT, 'payload');
    for (let i = 0; i < questions.length; i++) {
      await page.waitForFunction((t) => document.querySelector('#a11y h1')?.textContent?.startsWith(t), `Question ${i + 1} of`);
      await answerById(page, questions[i]!, plannedResponse(questions[i]!, i % 2 === 0), world);
      await page.locator('#a11y button[data-id="next"]').waitFor();
      expect(await page.locator('#a11y').innerText()).toContain(IMG);
      await page.locator('#a11y button[data-id="next"]').click();
    }
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Round complete');
    expect(await pageText(page)).toContain(IMG);
    await expectInert(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a student\'s name: the game, the result code and the teacher\'s class table keep it as text', async () => {
    const context = await watchedContext();
    const teacher = await context.newPage();
    const teacherErrors = watchErrors(teacher);
    await teacher.goto(`${inject('baseUrl')}teacher.html`);
    await teacher.getByLabel('Number of questions (picked at random)').fill('2');
    await teacher.getByRole('button', { name: 'Make the link' }).click();
    await expect.poll(() => teacher.getByLabel('Link for your students').inputValue()).toMatch(/\?assign=/);
    const link = await teacher.getByLabel('Link for your students').inputValue();
    const decoded = decodeAssignment(new URL(link).searchParams.get('assign')!);
    if (!decoded.ok) throw new Error('no assignment in the link');
    const questions = selectByIds(firstBank(), decoded.assignment.questionIds, decoded.assignment.seed);

    const student = await context.newPage();
    const studentErrors = watchErrors(student);
    await student.goto(link);
    // Names are kept short (40 characters), so the payload is a short one.
    const name = '<img src=x onerror=__xss=1>';
    await student.getByLabel('Your name').fill(name);
    await student.getByRole('button', { name: 'Start' }).click();
    for (const q of questions) {
      await student.locator('#a11y button[data-id="pause"]').waitFor();
      await answerById(student, q, plannedResponse(q, true), world);
      await student.locator('#a11y button[data-id="next"]').click();
    }
    const code = await student.getByRole('textbox', { name: /^Your result code/ }).inputValue();
    await expectInert(student);

    await teacher.getByLabel('Paste result codes (one or many)').fill(code);
    await teacher.getByRole('button', { name: 'Add results' }).click();
    await expect.poll(() => teacher.locator('table').first().locator('tr').count()).toBe(2);
    expect(await teacher.locator('table').first().locator('tr').nth(1).textContent()).toContain(name);
    await expectInert(teacher);
    expect(studentErrors).toEqual([]);
    expect(teacherErrors).toEqual([]);
    await context.close();
  });

  it('in an imported file: the questions are saved and played as text', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}teacher.html`);
    const csv = [
      'Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit,Correct answer(s)',
      `"${IMG.replace(/"/g, '""')} Which city?","${JS_URL}","${SCRIPT.replace(/"/g, '""')}",Paris,Rome,20,3`,
      `"Second ${IMG.replace(/"/g, '""')}",One,Two,Three,Four,20,1`,
    ].join('\n');
    await page.getByLabel(/^Questions to import/).setInputFiles({ name: 'payload.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/^\d+ questions read/);
    await expectInert(page);
    await page.getByRole('button', { name: /^Add these \d+ questions$/ }).click();
    const href = await page.getByRole('link', { name: 'Play this bank' }).last().getAttribute('href');
    await page.goto(href!);
    await page.locator('#a11y button[data-id="play"]').click();
    await page.locator('#a11y button[data-id="pause"]').waitFor();
    // Whichever question comes first, its payload is on screen as text: in the prompt, or as the options.
    const text = await pageText(page);
    expect([IMG, SCRIPT, JS_URL].some((p) => text.includes(p))).toBe(true);
    await page.keyboard.press('1');
    await page.locator('#a11y button[data-id="next"]').waitFor();
    await expectInert(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
