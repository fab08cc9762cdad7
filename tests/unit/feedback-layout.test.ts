/**
 * The feedback screen with the mark "this question looks wrong": on phones in portrait and
 * landscape and on desktops, the mark and Next are on screen, a touch target tall, apart, and
 * the source sentence keeps room above them.
 */
import { describe, expect, it } from 'vitest';
import { feedbackLayout, MIN_TOUCH } from '../../src/ui/layout';
import { inside, overlap } from '../harness/rects';

const SIZES = [
  [360, 640],
  [640, 360],
  [390, 844],
  [1024, 600],
  [1280, 720],
  [1920, 1080],
] as const;


describe.each(SIZES)('feedback at %i x %i', (w, h) => {
  it.each([false, true])('places the mark and Next below the source sentence, each a touch target, none over another (rtl: %s)', (rtl) => {
    const l = feedbackLayout(w, h, { flag: true, rtl });
    const flag = l.flag!;
    for (const r of [flag, l.next]) {
      expect(inside(r, w, h), JSON.stringify(r)).toBe(true);
      expect(r.h).toBeGreaterThanOrEqual(MIN_TOUCH);
      expect(r.y).toBeGreaterThanOrEqual(l.source.y + l.source.h);
    }
    expect(overlap(flag, l.next)).toBe(false);
    // Side by side, Next comes last in the reading direction; stacked, the mark is above Next.
    if (flag.y === l.next.y) expect(rtl ? l.next.x < flag.x : l.next.x > flag.x).toBe(true);
    else expect(flag.y + flag.h).toBeLessThanOrEqual(l.next.y);
    // The source sentence keeps room for two lines of text at least.
    expect(l.source.h).toBeGreaterThanOrEqual(l.frame.font * 2);
  });

  it('gives the source all the room where no mark is offered (a live game)', () => {
    const without = feedbackLayout(w, h);
    expect(without.flag).toBeNull();
    expect(without.source.h).toBeGreaterThanOrEqual(feedbackLayout(w, h, { flag: true }).source.h);
  });
});
