/** Rectangle checks the layout tests share: two rects overlap, a rect lies on a w x h screen. */
import type { Rect } from '../../src/ui/layout';

export const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
