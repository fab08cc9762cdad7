/**
 * WCAG 2 contrast arithmetic for the canvas's colours. The canvas is invisible to axe and other
 * checkers, so the theme proves its own pairs with these (tests/unit/theme-contrast.test.ts), and
 * widgets use them to choose a text colour that reads on whatever fill a scene gives a button.
 */

/** A colour as the canvas takes it (0xrrggbb) or as text takes it ('#rrggbb'). */
export type Colour = number | string;

export const toRgb = (c: Colour): [number, number, number] => {
  const n = typeof c === 'number' ? c : parseInt(c.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** WCAG relative luminance (sRGB, 0 for black to 1 for white). */
export function luminance(c: Colour): number {
  const [r, g, b] = toRgb(c).map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Colour, b: Colour): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` drawn with `alpha` over `under`, as the canvas blends it. */
export function blend(top: Colour, under: Colour, alpha: number): number {
  const t = toRgb(top);
  const u = toRgb(under);
  const [r, g, b] = t.map((v, i) => Math.round(v * alpha + u[i]! * (1 - alpha))) as [number, number, number];
  return (r << 16) | (g << 8) | b;
}

/** WCAG's minimum for text: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). */
export function minimumFor(sizePx: number, bold: boolean): number {
  return sizePx >= 24 || (bold && sizePx >= 18.66) ? 3 : 4.5;
}
