/**
 * Issue 18: axe-core on every screen, as a new user meets it. The game (menu, settings, each
 * question type with its feedback, paused, results, a bad link, an assignment's start and its
 * result code), loaded afresh at a phone and a desktop size, and the teacher page (as it opens;
 * then with an article's facts found, a link made and a student's result in the class table),
 * one page per language checked at both sizes (its layout is CSS alone), in English and in
 * Arabic (right to left). Every WCAG 2.0, 2.1 and 2.2 A and AA rule axe has must find nothing,
 * and what axe leaves for review must be settled too:
 *
 * - Text the page paints over the game's canvas (control labels, the review list, the result
 *   code's label): axe cannot read canvas pixels, so it leaves that text "incomplete". Here its
 *   colour is measured against every pixel actually behind it (a screenshot with the page's
 *   text hidden), the worst held to the ratio axe asks for it (4.5:1, 3:1 for large text; 3:1
 *   for the ✓ and ✗ marks, WCAG 1.4.11).
 * - Text axe could not see because something overlapped it (the teacher page's sticky action
 *   bar): scrolled to the middle of the screen and checked again.
 * - Any other rule axe could not decide is a finding.
 *
 * One exclusion, and why: the canvas draws the game's cards and buttons, and the DOM layer lays a
 * real <button> over each, its text transparent (page.css), there for assistive technology only.
 * Its colour contrast means nothing (axe would measure invisible text), so color-contrast is set
 * aside for exactly those buttons: in the layer, text colour fully transparent. Every other rule
 * still runs on them (name, target size, focus...), and the text the canvas draws on them is held
 * to 4.5:1 by tests/unit/theme-contrast.test.ts, from the theme's colours.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { decodeAssignment, encodeAssignment, type Assignment } from '../../src/core/codes/assignment';
import { encodeResult } from '../../src/core/codes/result';
import { selectByIds, type RoundQuestion } from '../../src/core/select';
import { sharedBrowser, watchErrors } from './browser';
import { answerById, expectedQuestions, firstBank, openGame, plannedResponse, world } from './game';
import { audit, type Finding } from './axe';

const shared = sharedBrowser();

const ARTICLE = readFileSync(new URL('../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');
type TeacherTexts = Record<'makeLink' | 'addResults' | 'extract', string>;
const teacherTexts = (lang: string) => (JSON.parse(readFileSync(new URL(`../../src/locales/${lang}.json`, import.meta.url), 'utf8')) as { teacher: TeacherTexts }).teacher;

/** What a question screen looks like: its type, and for "when" whether it asks the year alone or the full date. */
const shape = (rq: RoundQuestion) => (rq.question.type === 'when' ? `when (${rq.question.answer.value.length > 4 ? 'full date' : 'year'})` : rq.question.type);

/** A round of ten that holds every question type, and a "when" of each kind: every screen in one round. */
function seedWithEveryType(): string {
  const wanted = ['choice', 'truefalse', 'estimate', 'when (year)', 'when (full date)', 'where'];
  for (let i = 0; i < 500; i++) {
    const seed = `axe-${i}`;
    const shapes = new Set(expectedQuestions(seed).map(shape));
    if (wanted.every((w) => shapes.has(w))) return seed;
  }
  throw new Error('no round of the first bank holds every question type');
}

/** An assignment of one question of the first bank, as a teacher's link carries it. */
function oneQuestionAssignment(): { code: string; question: RoundQuestion } {
  const bank = firstBank();
  const assignment: Assignment = { title: 'Beijing, one question', bankId: bank.id, bank: null, questionIds: [bank.questions[0]!.id], seed: 'axe', mode: 'classic', timeLimitS: 30, extraTime: {}, lang: null, due: null };
  return { code: encodeAssignment(assignment), question: selectByIds(bank, assignment.questionIds, assignment.seed)[0]! };
}

/** A student's result for an assignment, every answer right: what the class table is drawn from. */
function resultFor(assignmentCode: string, name: string): string {
  const decoded = decodeAssignment(assignmentCode);
  if (!decoded.ok) throw new Error('not an assignment code');
  const answers = selectByIds(firstBank(), decoded.assignment.questionIds, decoded.assignment.seed).map((rq, i) => ({ questionId: rq.question.id, response: plannedResponse(rq, true), elapsedMs: 3000 + i * 500, points: 900, credit: 1 }));
  return encodeResult({ assignmentId: decoded.id, name, attempt: 1, answers, points: 900 * answers.length, correct: answers.length, asked: answers.length, finishedAt: '2025-09-05T10:00:00.000Z' });
}

const layer = (page: Page, id: string) => page.locator(`#a11y [data-id="${id}"]`);

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
];
const LANGS = ['en', 'ar'];

describe.each(LANGS.flatMap((lang) => SIZES.map((size) => ({ lang, ...size }))))('the game in $lang at $width x $height', ({ lang, width, height }) => {
  it('menu, settings, every question type and its feedback, paused, results, a bad link, an assignment', async () => {
    const seed = seedWithEveryType();
    const questions = expectedQuestions(seed);
    const { page, errors } = await openGame(shared.browser, `?seed=${seed}&lang=${lang}`, { viewport: { width, height } });
    const findings: Finding[] = [];
    await layer(page, 'play').waitFor();
    findings.push(...(await audit(page, 'menu')));
    await layer(page, 'settings').click();
    await page.locator('#ctl-extra').waitFor();
    findings.push(...(await audit(page, 'settings')));
    // Ten times the time: the clock never runs out while axe reads a question.
    await page.locator('#ctl-extra').selectOption('10');
    await layer(page, 'done').click();
    await layer(page, 'play').click();
    const seen = new Set<string>();
    for (const [i, rq] of questions.entries()) {
      await layer(page, 'pause').waitFor();
      if (i === 0) {
        await layer(page, 'pause').click();
        await layer(page, 'resume').waitFor();
        findings.push(...(await audit(page, 'paused')));
        await layer(page, 'resume').click();
        await layer(page, 'pause').waitFor();
      }
      const first = !seen.has(shape(rq));
      seen.add(shape(rq));
      if (first) {
        if (rq.question.type === 'where') {
          // With the place search's suggestions open: they are page text, the first one highlighted.
          await page.locator('#ctl-place-search').fill('Pa');
          await page.locator('#a11y [role="option"]').first().waitFor();
        }
        findings.push(...(await audit(page, `question: ${shape(rq)}`)));
        if (rq.question.type === 'where') await page.locator('#ctl-place-search').press('Escape');
      }
      await answerById(page, rq, plannedResponse(rq, i % 2 === 0), world);
      await layer(page, 'next').waitFor();
      if (first) findings.push(...(await audit(page, `feedback: ${shape(rq)}`)));
      await layer(page, 'next').click();
    }
    await layer(page, 'menu').waitFor();
    findings.push(...(await audit(page, 'results')));

    await page.goto(`${inject('baseUrl')}?seed=%%%&lang=${lang}`);
    await layer(page, 'home').waitFor();
    findings.push(...(await audit(page, 'bad link')));

    const assignment = oneQuestionAssignment();
    await page.goto(`${inject('baseUrl')}?assign=${assignment.code}&lang=${lang}`);
    await page.locator('#ctl-student-name').waitFor();
    findings.push(...(await audit(page, 'assignment start')));
    await page.locator('#ctl-student-name').fill('Ana');
    await layer(page, 'start').click();
    await layer(page, 'pause').waitFor();
    await answerById(page, assignment.question, plannedResponse(assignment.question, true), world);
    await layer(page, 'next').click();
    await page.locator('#a11y svg.qr').waitFor();
    findings.push(...(await audit(page, 'assignment result code')));

    expect(findings).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(LANGS)('the teacher page in %s', (lang) => {
  // Plain responsive HTML, laid out by CSS alone: one page is checked at both sizes.
  const atBothSizes = async (page: Page, screen: string): Promise<Finding[]> => {
    const found: Finding[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      found.push(...(await audit(page, `${screen} at ${size.width} x ${size.height}`)));
    }
    return found;
  };

  it('as it opens, then with the facts of an article found, a link made and a student\'s result in', async () => {
    const t = teacherTexts(lang);
    const context = await shared.browser.newContext({ viewport: SIZES[1], deviceScaleFactor: 1, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const findings: Finding[] = [];
    await page.goto(`${inject('baseUrl')}teacher.html?lang=${lang}`);
    await page.locator('fieldset.picker input[type="checkbox"]').first().waitFor();
    findings.push(...(await atBothSizes(page, 'teacher')));

    await page.locator('#article-text').fill(ARTICLE);
    await page.locator('#article-date').fill('2025-09-04');
    await page.locator('#article-title').fill('Kim and Putin');
    await page.getByRole('button', { name: t.extract, exact: true }).click();
    const facts = page.locator('ol.facts > li');
    await facts.first().waitFor();
    // One fact approved and one rejected: pressed buttons have colours of their own.
    await facts.nth(0).locator('button.approve').click();
    await facts.nth(1).locator('button.reject').click();
    await page.locator('#assign-count').fill('2');
    await page.getByRole('button', { name: t.makeLink, exact: true }).click();
    await expect.poll(() => page.locator('#assign-link').inputValue()).toMatch(/\?assign=/);
    const code = new URL(await page.locator('#assign-link').inputValue()).searchParams.get('assign')!;
    await page.locator('#assign-paste').fill(resultFor(code, 'Ana'));
    await page.getByRole('button', { name: t.addResults, exact: true }).click();
    // The header row and Ana's.
    await expect.poll(() => page.locator('table').first().locator('tr').count()).toBe(2);
    findings.push(...(await atBothSizes(page, 'teacher with facts, a link and results')));
    expect(findings).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
