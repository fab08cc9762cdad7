/**
 * The answer cards for 2 to 6 options, at phone and desktop sizes in both orientations, laid out
 * by the same arithmetic the round screen uses: every card on screen, none overlapping another,
 * each tall enough to tap, and wide enough to hold its text beside the letter badge.
 */
import { describe, expect, it } from 'vitest';
import { MIN_TOUCH, roundLayout, type Rect } from '../../src/ui/layout';
import { answerCardRects } from '../../src/ui/questions/cardLayout';

const SIZES = [
  [360, 640],
  [390, 844],
  [1280, 720],
  [1920, 1080],
  [640, 360],
  [844, 390],
  [768, 1024],
  [1366, 768],
] as const;

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const cardsAt = (w: number, h: number, n: number, rtl: boolean) => {
  const l = roundLayout(w, h, rtl);
  return { area: l.answerArea, rects: answerCardRects(l.answerArea, n, l.frame.font, rtl) };
};

describe.each(SIZES)('at %i x %i', (w, h) => {
  it.each([2, 3, 4, 5, 6])('%i cards: on screen, in the answer area, apart, at least 44 px tall', (n) => {
    for (const rtl of [false, true]) {
      const { area, rects } = cardsAt(w, h, n, rtl);
      expect(rects).toHaveLength(n);
      for (const r of rects) {
        expect(r.h).toBeGreaterThanOrEqual(MIN_TOUCH);
        // Room for the answer's text beside the letter badge, as a four-card layout gives it.
        expect(r.w).toBeGreaterThanOrEqual(150);
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.w).toBeLessThanOrEqual(w);
        expect(r.y + r.h).toBeLessThanOrEqual(h);
        expect(r.x).toBeGreaterThanOrEqual(area.x);
        expect(r.x + r.w).toBeLessThanOrEqual(area.x + area.w);
        expect(r.y + r.h).toBeLessThanOrEqual(area.y + area.h);
      }
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(overlap(rects[i]!, rects[j]!), `cards ${i} and ${j}`).toBe(false);
    }
  });

  it('reads in order: each card starts below the one before, or on its row further along the reading direction', () => {
    for (const rtl of [false, true]) {
      for (const n of [3, 5, 6]) {
        const { rects } = cardsAt(w, h, n, rtl);
        for (let i = 1; i < n; i++) {
          const [a, b] = [rects[i - 1]!, rects[i]!];
          if (a.y === b.y) expect(rtl ? b.x < a.x : b.x > a.x).toBe(true);
          else expect(b.y).toBeGreaterThan(a.y);
        }
      }
    }
  });
});

it('keeps the cards of a four-option question, and True/False, where they were', () => {
  // A phone: one column. A laptop: two by two, and True beside False.
  expect(cardsAt(360, 640, 4, false).rects.map((r) => r.x)).toEqual([14, 14, 14, 14]);
  const wide = cardsAt(1280, 720, 4, false).rects;
  expect(new Set(wide.map((r) => r.y)).size).toBe(2);
  expect(new Set(wide.map((r) => r.x)).size).toBe(2);
  const tf = cardsAt(1280, 720, 2, false).rects;
  expect(tf[0]!.y).toBe(tf[1]!.y);
});

it('centres a short last row under the full ones', () => {
  const rects = cardsAt(1280, 720, 5, false).rects;
  const area = roundLayout(1280, 720, false).answerArea;
  const last = rects.slice(3);
  expect(last.every((r) => r.y > rects[0]!.y)).toBe(true);
  const middle = (last[0]!.x + last[1]!.x + last[1]!.w) / 2;
  expect(Math.abs(middle - (area.x + area.w / 2))).toBeLessThanOrEqual(1);
});
