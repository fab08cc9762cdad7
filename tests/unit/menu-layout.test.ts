/**
 * The menu with its bank file buttons and the bank choice: on a phone and on a desktop, every
 * button and picker is on screen, a touch target tall, and none covers another.
 */
import { describe, expect, it } from 'vitest';
import { menuHeightNeeded, menuLayout, MIN_TOUCH, type Rect } from '../../src/ui/layout';
import { inside, overlap } from '../harness/rects';

const SIZES = [
  [360, 640],
  [390, 844],
  [1280, 720],
  [1920, 1080],
  [1024, 600],
] as const;


describe.each(SIZES)('the menu at %i x %i', (w, h) => {
  it.each([
    { actions: 4, bankChoice: false },
    { actions: 4, bankChoice: true },
    { actions: 5, bankChoice: true },
  ])('places $actions buttons and the pickers (bank choice: $bankChoice) apart and on screen', (o) => {
    for (const rtl of [false, true]) {
      const l = menuLayout(w, h, rtl, o);
      expect(l.more).toHaveLength(o.actions);
      expect(l.bankChoice !== null).toBe(o.bankChoice);
      const placed: Rect[] = [l.play, ...l.more, l.language, ...(l.bankChoice ? [l.bankChoice] : []), l.hint];
      for (const r of placed) expect(inside(r, w, h), JSON.stringify(r)).toBe(true);
      for (const r of [l.play, ...l.more]) expect(r.h).toBeGreaterThanOrEqual(MIN_TOUCH);
      for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!), `${JSON.stringify(placed[i])} ${JSON.stringify(placed[j])}`).toBe(false);
    }
  });
});

it('keeps the three buttons of a menu without bank actions in one column where they fit', () => {
  const l = menuLayout(1280, 720, false);
  expect(new Set(l.more.map((r) => r.x)).size).toBe(1);
  expect(l.bankChoice).toBeNull();
});

describe.each([
  [640, 360],
  [844, 390],
  [320, 568],
  [568, 320],
])('in a short window, %i x %i', (w, h) => {
  it.each([3, 5, 7])('with %i buttons, asks for the height at which nothing overlaps, and at that height nothing does', (actions) => {
    for (const rtl of [false, true]) {
      const o = { actions, bankChoice: actions > 3 };
      const needed = menuHeightNeeded(w, rtl, o);
      const l = menuLayout(w, Math.max(h, needed), rtl, o);
      expect(l.fits).toBe(true);
      const placed: Rect[] = [l.play, ...l.more, l.language, ...(l.bankChoice ? [l.bankChoice] : []), l.hint];
      for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!)).toBe(false);
      // No button so narrow that a word breaks inside it.
      for (const r of l.more) expect(r.w).toBeGreaterThanOrEqual(150);
      // Where the window was tall enough already, it asks for nothing more.
      if (menuLayout(w, h, rtl, o).fits) expect(needed).toBeLessThanOrEqual(h);
    }
  });
});

it('gives the keys hint two lines of tall Arabic script under the language picker on a phone', () => {
  // Noto Sans Arabic sets a 16 px line about 27 px apart; the hint wraps to two lines at 390 px.
  const l = menuLayout(390, 844, true, { actions: 4 });
  expect(l.hint.h).toBeGreaterThanOrEqual(2 * 27);
  expect(l.language.y + l.language.h).toBeLessThanOrEqual(l.hint.y);
});
