/**
 * Where the answer cards go in the answer area, as pure arithmetic (no Phaser), so a test can
 * hold every option count to every screen size: the canvas draws the cards here and the
 * accessible layer lays its buttons on the same rects.
 */
import { MIN_TOUCH, type Rect } from '../layout';

/**
 * How many columns the cards take. A phone shows them in one column, a wide screen in two (three
 * for five or six options, so each card keeps the height a four-card grid gives it). Where the
 * cards would come out shorter than a comfortable tap (a short window), a column is added instead.
 */
function columnsFor(area: Rect, n: number, portrait: boolean, gap: number): number {
  const most = Math.min(n, 3);
  let cols = Math.min(most, portrait ? 1 : n <= 4 ? 2 : 3);
  const heightAt = (c: number) => {
    const rows = Math.ceil(n / c);
    return (area.h - (rows - 1) * gap) / rows;
  };
  while (cols < most && heightAt(cols) < MIN_TOUCH) cols++;
  return cols;
}

/**
 * The cards' rects, in place order (reading order: rows top to bottom). A short last row (five
 * cards in threes, three in twos) is centred under the full ones. Two cards side by side or stacked.
 */
export function cardRects(area: Rect, n: number, portrait: boolean, gap: number, rtl: boolean): Rect[] {
  const rects: Rect[] = [];
  const cols = columnsFor(area, n, portrait, gap);
  const rows = Math.ceil(n / cols);
  // Rounded down, so the cards and their gaps never reach past the answer area.
  const cw = Math.floor((area.w - (cols - 1) * gap) / cols);
  const ch = Math.max(MIN_TOUCH, Math.floor((area.h - (rows - 1) * gap) / rows));
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / cols);
    const inRow = Math.min(cols, n - row * cols);
    const lead = Math.round(((cols - inRow) * (cw + gap)) / 2);
    const x = area.x + lead + (i % cols) * (cw + gap);
    // Right to left, the first card sits top right: mirror within the answer area.
    rects.push({ x: rtl ? area.x + area.w - (x - area.x) - cw : x, y: area.y + row * (ch + gap), w: cw, h: ch });
  }
  return rects;
}

/** The cards of a question with `n` of them, in the answer area of a screen whose base font is `font` (mirrored when `rtl`). */
export function answerCardRects(area: Rect, n: number, font: number, rtl: boolean): Rect[] {
  const portrait = area.w < 560 || area.w / Math.max(1, area.h) < 1.1;
  return cardRects(area, n, portrait, Math.max(8, Math.round(font * 0.7)), rtl);
}
