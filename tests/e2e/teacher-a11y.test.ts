/**
 * Issue 18, item 8: the teacher page as a keyboard or screen-reader user meets it. The question
 * list of "Assign a round" is one Tab stop (arrow keys inside it, Space ticks), each fact found is
 * named by its kind in words in the marked article, each fact's buttons say which fact they act
 * on, and the colours flagged by the audit reach 4.5:1 for text and 3:1 for a control's edge.
 *
 * Names and descriptions are read from Chromium's own accessibility tree (what a screen reader
 * gets), and contrast from the colours the page computes, whatever the system's colour scheme.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { decodeAssignment } from '../../src/core/codes/assignment';
import { contrastRatio } from '../../src/ui/canvas/contrast';
import { sharedBrowser, watchErrors } from './browser';
import { openGame, seedOpeningWith, waitForQuestion } from './game';

const shared = sharedBrowser();

const article = readFileSync(new URL('../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');
type Texts = { teacher: Record<string, string> & { review: Record<string, string> } };
const texts = (lang: string) => JSON.parse(readFileSync(new URL(`../../src/locales/${lang}.json`, import.meta.url), 'utf8')) as Texts;
const en = texts('en');
const KINDS = ['quote', 'quantity', 'date', 'place'] as const;
/** The bidirectional isolates the page puts around names inside sentences: a screen reader skips them. */
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

async function openTeacher(query = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${inject('baseUrl')}teacher.html${query}`);
  // The question list fills once the chosen bank is loaded.
  await page.locator('fieldset.picker input[type="checkbox"]').first().waitFor();
  return { page, errors };
}

/** Pastes the first bank's article and finds its facts. */
async function findFacts(page: Page): Promise<void> {
  await page.locator('#article-text').fill(article);
  await page.locator('#article-date').fill('2025-09-04');
  await page.locator('#article-title').fill('Kim and Putin, read aloud');
  await page.locator('main > button').first().click();
  await page.locator('ol.facts > li').first().waitFor();
}

/** Chromium's accessibility node for the first element matching `selector`. */
async function axNode(page: Page, selector: string): Promise<{ role: string; name: string; description: string }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const n = nodes[0]!;
  return { role: String(n.role?.value ?? ''), name: String(n.name?.value ?? ''), description: String(n.description?.value ?? '') };
}

/** What has the focus: its tag, its id, and whether it is inside the question list. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { tag: a?.tagName ?? '', id: a?.id ?? '', text: a?.textContent ?? '', inPicker: !!a?.closest('fieldset.picker'), checked: a instanceof HTMLInputElement && a.checked };
  });

interface Colours {
  /** The text colour, over its fill. */
  text: number;
  /** What is painted behind the text: the element's own background over its ancestors'. */
  fill: number;
  /** What is painted around the element: its parent's background, the same way. */
  around: number;
  /** The border's colour over what is around, when the border is drawn. */
  border: number | null;
}

/** An element's colours as the page computes them, translucent layers blended as the browser paints them. */
async function coloursOf(target: Locator): Promise<Colours> {
  const c = await target.evaluate((e) => {
    const rgba = (css: string): number[] => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, a];
    };
    const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + under[i]! * (1 - top[3]!));
    const behind = (from: Element | null): number[] => {
      const layers: number[][] = [];
      for (let n = from; n; n = n.parentElement) {
        const layer = rgba(getComputedStyle(n).backgroundColor);
        if (layer[3]! > 0) layers.push(layer);
        if (layer[3]! >= 1) break;
      }
      // Nothing opaque up to the root: the canvas is white.
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255]);
    };
    const style = getComputedStyle(e);
    const fill = behind(e);
    const around = behind(e.parentElement);
    const borderWidth = parseFloat(style.borderTopWidth);
    return { text: over(rgba(style.color), fill), fill, around, border: borderWidth > 0 && style.borderTopStyle !== 'none' ? over(rgba(style.borderTopColor), around) : null };
  });
  const hex = (v: number[]) => (Math.round(v[0]!) << 16) | (Math.round(v[1]!) << 8) | Math.round(v[2]!);
  return { text: hex(c.text), fill: hex(c.fill), around: hex(c.around), border: c.border ? hex(c.border) : null };
}

/** Text on its fill, and the control's edge (its fill, or its border) against what is around it. */
async function contrastOf(target: Locator): Promise<{ text: number; edge: number }> {
  const c = await coloursOf(target);
  const edge = Math.max(contrastRatio(c.fill, c.around), c.border === null ? 0 : contrastRatio(c.border, c.around));
  return { text: contrastRatio(c.text, c.fill), edge };
}

describe('the question list of "Assign a round" by keyboard', () => {
  it('is one Tab stop: "Make the link" is the 17th stop from the top of the page, not the 57th', async () => {
    const { page, errors } = await openTeacher();
    const boxes = await page.locator('fieldset.picker input[type="checkbox"]').count();
    expect(boxes).toBeGreaterThan(20);
    const stops: { inPicker: boolean; atAssign: boolean }[] = [];
    for (let i = 0; i < boxes + 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      stops.push({ inPicker: f.inPicker, atAssign: f.id === 'assign-bank' });
      if (f.tag === 'BUTTON' && f.text === 'Make the link') break;
    }
    const last = await focused(page);
    expect(last.text).toBe('Make the link');
    // From the top: the article's six fields and "Find the facts", the round's seven settings,
    // the question list (one stop, whatever the bank's size), the extra-time box, then the button.
    expect(stops.length).toBeLessThanOrEqual(17);
    expect(stops.filter((s) => s.inPicker)).toHaveLength(1);
    // From the section's first control: the audit counted 49 stops there with this bank.
    const fromAssign = stops.length - stops.findIndex((s) => s.atAssign) - 1;
    expect(fromAssign).toBeLessThanOrEqual(9);
    expect(errors).toEqual([]);
  });

  it('moves with the arrow keys, ticks with Space, and Tab leaves and comes back to the question last used', async () => {
    const { page, errors } = await openTeacher();
    const boxes = page.locator('fieldset.picker input[type="checkbox"]');
    const ids = await boxes.evaluateAll((all) => all.map((b) => (b as HTMLInputElement).value));
    // The group tells a screen reader how it works, in words.
    const group = await axNode(page, 'fieldset.picker');
    expect(group.name).toBe(en.teacher.pick);
    expect(group.description).toBe(en.teacher.pickKeys);

    await page.locator('#assign-lang').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ inPicker: true, id: `pick-${ids[0]}` });
    // Each box is still a checkbox named by its question.
    const first = await axNode(page, `#pick-${ids[0]}`);
    expect(first.role).toBe('checkbox');
    expect(first.name).toBe(await page.locator(`label[for="pick-${ids[0]}"]`).textContent());

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).id).toBe(`pick-${ids[2]}`);
    await page.keyboard.press('Space');
    expect(await focused(page)).toMatchObject({ id: `pick-${ids[2]}`, checked: true });
    await page.keyboard.press('End');
    expect((await focused(page)).id).toBe(`pick-${ids.at(-1)}`);
    await page.keyboard.press('Home');
    expect((await focused(page)).id).toBe(`pick-${ids[0]}`);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).id).toBe(`pick-${ids.at(-1)}`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).id).toBe(`pick-${ids[3]}`);
    await page.keyboard.press('Space');

    // One Tab leaves the list; Shift+Tab comes back to the box last used, and Space unticks it.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ inPicker: false, id: 'assign-extra' });
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ id: `pick-${ids[3]}`, checked: true });
    await page.keyboard.press('Space');
    expect((await focused(page)).checked).toBe(false);
    await page.keyboard.press('Space');
    // Up to the third question, ticked earlier: Space unticks it.
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toMatchObject({ id: `pick-${ids[2]}`, checked: true });
    await page.keyboard.press('Space');
    expect((await focused(page)).checked).toBe(false);

    // Make the link by keyboard: it asks exactly the one question still ticked.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Make the link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Link ready/ }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: /^Link ready/ }).textContent()).toMatch(/^Link ready: 1 questions?,/);
    const link = await page.getByLabel('Link for your students').inputValue();
    const decoded = decodeAssignment(new URL(link).searchParams.get('assign')!);
    if (!decoded.ok) throw new Error('the link holds no assignment');
    expect(decoded.assignment.questionIds).toEqual([ids[3]]);
    expect(errors).toEqual([]);
  });
});

describe('the facts found, for a screen reader', () => {
  it('names each marked sentence\'s kinds in words, seen without hovering and read with it', async () => {
    const { page, errors } = await openTeacher();
    await findFacts(page);
    const marks = page.locator('.article mark');
    const n = await marks.count();
    expect(n).toBeGreaterThanOrEqual(8);
    const kindWords = Object.fromEntries(KINDS.map((k) => [k, en.teacher[`kind_${k}`]!]));
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const mark = marks.nth(i);
      const tag = mark.locator('.kind-tag');
      expect(await tag.isVisible()).toBe(true);
      const words = (await tag.textContent())!.split(' · ');
      // The first word is the kind the mark's colour stands for; more follow when a sentence holds more.
      const cls = (await mark.getAttribute('class'))!.split(' ');
      const coloured = KINDS.find((k) => cls.includes(k));
      expect(coloured).toBeDefined();
      expect(words[0]).toBe(kindWords[coloured!]);
      for (const w of words) {
        expect(Object.values(kindWords)).toContain(w);
        seen.add(w);
      }
      // Read as a word before the sentence, not run into it.
      expect(await mark.innerText()).toMatch(new RegExp(`^${words.join(' · ')} \\S`));
      // Legible on the mark's colour.
      expect((await contrastOf(tag)).text).toBeGreaterThanOrEqual(4.5);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
    // The article as a screen reader gets it holds the words.
    const tree = await page.locator('.article').ariaSnapshot();
    for (const w of seen) expect(tree).toContain(w);
    expect(errors).toEqual([]);
  });

  it('names the fact in each Approve, Reject and Edit button, in English and in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const t = texts(lang).teacher;
      const { page, errors } = await openTeacher(`?lang=${lang}`);
      await findFacts(page);
      const facts = page.locator('ol.facts > li');
      const n = await facts.count();
      expect(n).toBeGreaterThan(10);
      // What identifies each fact: its summary, the part of its heading set apart by isolates.
      const summaries = (await facts.locator('.fact-title').allTextContents()).map((s) => /\u2068(.*)\u2069/su.exec(s)?.[1] ?? '');
      const names = new Set<string>();
      for (let i = 0; i < n; i++) {
        const id = (await facts.nth(i).getAttribute('data-fact'))!;
        const summary = plain(summaries[i]!);
        expect(summary.length).toBeGreaterThan(3);
        for (const [cls, word] of [['approve', t.approve], ['reject', t.reject], ['edit', t.review.edit]] as const) {
          const node = await axNode(page, `li[data-fact="${id}"] button.${cls}`);
          expect(node.role).toBe('button');
          const name = plain(node.name);
          // The word on the button first, for voice control; then the fact.
          expect(name.startsWith(word!) || name.endsWith(word!), `${name} / ${word}`).toBe(true);
          expect(name).toContain(summary);
          names.add(name);
        }
      }
      // No two buttons sound the same.
      expect(names.size).toBe(3 * n);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('contrast of what the audit flagged, in every colour scheme the system may ask for', () => {
  it('pressed Approve and Reject, the other fact buttons, the marks and "Play this bank"', async () => {
    const { page, errors } = await openTeacher();
    await findFacts(page);
    const facts = page.locator('ol.facts > li');
    await facts.nth(0).locator('button.approve').click();
    await facts.nth(1).locator('button.reject').click();
    await page.getByRole('button', { name: 'Approve all not flagged' }).click();
    await page.getByRole('button', { name: 'Save on this device' }).click();
    const play = page.getByRole('link', { name: 'Play this bank' });
    await play.waitFor();
    const checked: Record<string, Locator> = {
      'pressed Approve': facts.nth(0).locator('button.approve'),
      'pressed Reject': facts.nth(1).locator('button.reject'),
      'Approve not pressed': facts.nth(1).locator('button.approve'),
      'Reject not pressed': facts.nth(0).locator('button.reject'),
      Edit: facts.nth(0).locator('button.edit'),
      'Play this bank': play,
    };
    expect(await checked['pressed Approve']!.getAttribute('aria-pressed')).toBe('true');
    expect(await checked['pressed Reject']!.getAttribute('aria-pressed')).toBe('true');
    for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { contrast: 'more' }] as const) {
      await page.emulateMedia(media);
      for (const [what, target] of Object.entries(checked)) {
        const c = await contrastOf(target);
        expect(c.text, `${what} text, ${JSON.stringify(media)}`).toBeGreaterThanOrEqual(4.5);
        if (what !== 'Play this bank') expect(c.edge, `${what} edge, ${JSON.stringify(media)}`).toBeGreaterThanOrEqual(3);
      }
      const marks = page.locator('.article mark');
      for (let i = 0; i < (await marks.count()); i++) expect((await contrastOf(marks.nth(i))).text).toBeGreaterThanOrEqual(4.5);
    }
    // Pressed shows without colour too: a tick or a cross before the word.
    const before = (target: Locator) => target.evaluate((e) => getComputedStyle(e, '::before').content);
    expect(await before(checked['pressed Approve']!)).toBe('"✓"');
    expect(await before(checked['pressed Reject']!)).toBe('"✕"');
    expect(await before(checked['Approve not pressed']!)).toBe('none');
    expect(errors).toEqual([]);
  });

  it('the highlighted place in the map search of the game', async () => {
    const { page, errors } = await openGame(shared.browser, `?seed=${seedOpeningWith('where', 'contrast')}`);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForQuestion(page, 1);
    await page.getByRole('combobox', { name: 'Search for a place' }).fill('Par');
    const highlighted = page.locator('[role="option"][aria-selected="true"]');
    await highlighted.waitFor();
    for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { contrast: 'more' }] as const) {
      await page.emulateMedia(media);
      expect((await contrastOf(highlighted)).text, JSON.stringify(media)).toBeGreaterThanOrEqual(4.5);
    }
    expect(errors).toEqual([]);
  });
});
