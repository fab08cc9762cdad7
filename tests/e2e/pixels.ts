/**
 * Reading a screenshot's pixels. The PNG is decoded by the page's own browser (no image library in
 * the tests), and the colours are read back as 0xRRGGBB numbers.
 */
import type { Page } from 'playwright-core';

/** A box in the screenshot's own pixels (CSS pixels times the page's device scale). */
export interface PixelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

type PixelQuery = { kind: 'colours'; groups: PixelBox[][]; step: number } | { kind: 'size' } | { kind: 'ink'; box: PixelBox; background: number };

/**
 * Decodes the PNG in the page and answers one query on its pixels. One function, because what
 * page.evaluate runs is sent as its source: it cannot call helpers of this file.
 */
function readPng(page: Page, png: Buffer, query: PixelQuery): Promise<unknown> {
  return page.evaluate(
    async ([b64, q]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      if (q.kind === 'size') return { w: img.width, h: img.height };
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      if (q.kind === 'colours') {
        return q.groups.map((boxes) => {
          const seen = new Set<number>();
          for (const b of boxes) {
            const d = ctx.getImageData(b.x, b.y, Math.max(1, b.w), Math.max(1, b.h)).data;
            for (let i = 0; i < d.length; i += 4 * q.step) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
          }
          return [...seen];
        });
      }
      const b = q.box;
      const bg = q.background;
      const d = ctx.getImageData(b.x, b.y, b.w, b.h).data;
      const far = (i: number) => Math.abs(d[i]! - (bg >> 16)) + Math.abs(d[i + 1]! - ((bg >> 8) & 255)) + Math.abs(d[i + 2]! - (bg & 255)) > 150;
      let first = -1;
      let last = -1;
      for (let y = 0; y < b.h; y++) {
        for (let x = 0; x < b.w; x++) {
          if (far((y * b.w + x) * 4)) {
            if (first < 0) first = y;
            last = y;
            break;
          }
        }
      }
      return first < 0 ? 0 : last - first + 1;
    },
    [png.toString('base64'), query] as const,
  );
}

/** The distinct colours inside each group of boxes; `step` reads every step-th pixel of a box. */
export async function coloursIn(page: Page, png: Buffer, groups: PixelBox[][], step = 1): Promise<number[][]> {
  return (await readPng(page, png, { kind: 'colours', groups, step })) as number[][];
}

/** The whole screenshot as one box. */
export async function screenshotBox(page: Page, png: Buffer): Promise<PixelBox> {
  const size = (await readPng(page, png, { kind: 'size' })) as { w: number; h: number };
  return { x: 0, y: 0, ...size };
}

/**
 * How many pixel rows of `box` hold ink: the span from the first to the last row with a pixel far
 * from `background` (the height of the text drawn there, in the screenshot's pixels).
 */
export async function inkHeight(page: Page, png: Buffer, box: PixelBox, background: number): Promise<number> {
  return (await readPng(page, png, { kind: 'ink', box, background })) as number;
}
