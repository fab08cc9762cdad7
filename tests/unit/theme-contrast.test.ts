/**
 * The canvas is invisible to axe, so its contrast is proved here from the theme's colours: every
 * text colour on every fill the scenes draw it on, in the standard and the high-contrast palette,
 * against WCAG 1.4.3 at the smallest size the layouts can draw it; and the shapes a player must
 * tell apart (the map's land and sea, the pin, the time bar) against WCAG 1.4.11's 3:1.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blend, contrastRatio, minimumFor } from '../../src/ui/canvas/contrast';
import { BADGE, BADGE_ALPHA, inkOn, palette, type Palette } from '../../src/ui/canvas/theme';
import { frame } from '../../src/ui/layout';

/** Screen sizes from the smallest reflow case to a desktop: their base fonts span the range the layouts use. */
const SCREENS: [number, number][] = [
  [320, 256],
  [390, 844],
  [768, 1024],
  [1280, 720],
  [1920, 1080],
];
const FONTS = [...new Set(SCREENS.map(([w, h]) => frame(w, h).font))];

interface TextPair {
  what: string;
  text: string;
  on: number;
  /** The size asked for, from the screen's base font. */
  size: (font: number) => number;
  bold: boolean;
  /** fittedText shrinks a text that does not fit down to this (its default: 16 px or the size, if smaller). */
  minSize?: number;
}

/** The smallest size a text can be drawn at: fittedText shrinks to its floor when space is short. */
const smallest = (p: TextPair, font: number) => Math.min(p.size(font), p.minSize ?? Math.min(16, p.size(font)));

/** What the scenes draw, by the palette key each uses (see the scenes, roundView, widgets and the question views). */
function textPairs(c: Palette): TextPair[] {
  const onGround = (what: string, text: string, size: (f: number) => number, bold = false): TextPair => ({ what, text, on: c.background, size, bold });
  const pairs: TextPair[] = [
    onGround('prompt, bank lines, stats, score, pin status', c.text, (f) => f, false),
    onGround('paused title', c.text, (f) => f * 1.8, true),
    onGround('progress, tagline, hints, results title', c.muted, (f) => f),
    onGround('menu keys hint, date labels', c.muted, () => 16),
    onGround('title, notes, points, estimate value', c.accentText, (f) => f),
    onGround('problem notes, message title', c.wrongText, (f) => f),
    onGround('countdown', c.countdownText, (f) => f * 1.8, true),
    // Buttons: primary, secondary (menu and results, hint, map answer before a pin) and disabled.
    ...(
      [
        ['primary button', c.button],
        ['secondary button', c.panelEdge],
        ['disabled button', c.panel],
      ] as const
    ).map(([what, fill]): TextPair => ({ what, text: inkOn(fill, c), on: fill, size: (f) => f * 1.1, bold: true })),
    // Verdict banners: the verdict and "+N points", in the palette's text colour (roundView).
    ...(
      [
        ['right banner', c.right],
        ['partial banner', c.partial],
        ['wrong banner', c.wrong],
      ] as const
    ).map(([what, fill]): TextPair => ({ what, text: c.text, on: fill, size: (f) => f, bold: true })),
    // Answer cards: the label (it may shrink to 16 px bold, which is not large text) and the letter on its white shape.
    ...c.cards.map((fill, i): TextPair => ({ what: `card ${i + 1} label`, text: inkOn(fill, c), on: fill, size: (f) => f * 1.15, bold: true, minSize: 16 })),
    ...c.cards.map((fill, i): TextPair => ({ what: `card ${i + 1} letter`, text: c.ink, on: blend(BADGE, fill, BADGE_ALPHA), size: (f) => f * 2.2 * 0.42, bold: true })),
  ];
  return pairs;
}

/** Shapes that carry meaning, each against what it sits on: 3:1 (WCAG 1.4.11). */
function graphicPairs(c: Palette): { what: string; a: number; b: number }[] {
  return [
    { what: 'land on sea', a: c.mapLand, b: c.mapSea },
    { what: 'pin on land', a: c.pin, b: c.mapLand },
    { what: 'pin on sea', a: c.pin, b: c.mapSea },
    { what: 'time bar on its track', a: c.timer, b: c.panel },
    { what: 'low time bar on its track', a: c.timerLow, b: c.panel },
  ];
}

describe.each([
  ['standard', false],
  ['high contrast', true],
])('the %s palette', (_name, high) => {
  const c = palette(high);

  it.each(textPairs(c).map((p) => [p.what, p] as const))('%s reads at every size the layouts draw it', (_what, p) => {
    const ratio = contrastRatio(p.text, p.on);
    for (const font of FONTS) {
      const size = smallest(p, font);
      expect(ratio, `${p.what} at ${size} px${p.bold ? ' bold' : ''}`).toBeGreaterThanOrEqual(minimumFor(size, p.bold));
    }
  });

  it.each(graphicPairs(c).map((g) => [g.what, g] as const))('%s stands out 3:1', (_what, g) => {
    expect(contrastRatio(g.a, g.b)).toBeGreaterThanOrEqual(3);
  });

  it('every button fill a scene passes gets a label colour that reads on it', () => {
    for (const fill of [c.button, c.panelEdge, c.panel, c.right, c.wrong, c.partial, ...c.cards]) {
      expect(contrastRatio(inkOn(fill, c), fill), `on #${fill.toString(16)}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the contrast arithmetic', () => {
  it('matches WCAG at the ends and a known middle', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio(0x777777, 0xffffff)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(0x123456, 0x123456)).toBe(1);
  });

  it('counts text as large from 24 px, or 18.66 px bold', () => {
    expect(minimumFor(23, false)).toBe(4.5);
    expect(minimumFor(24, false)).toBe(3);
    expect(minimumFor(18, true)).toBe(4.5);
    expect(minimumFor(19, true)).toBe(3);
  });
});

/** Every palette key the drawing code uses is one the pairs above check, so a new use cannot slip past. */
describe('the pairs above cover what the code draws', () => {
  const checked = new Set(['background', 'panel', 'panelEdge', 'text', 'ink', 'muted', 'accentText', 'wrongText', 'countdownText', 'button', 'right', 'wrong', 'partial', 'cards', 'mapLand', 'mapSea', 'pin', 'timer', 'timerLow']);
  // Edges and borders are drawn on shapes whose own fill already tells them apart.
  const decorative = new Set(['mapBorder']);
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });

  it('names no palette colour the test does not check', () => {
    const used = new Set<string>();
    for (const file of [...files('src/scenes'), ...files('src/ui'), 'src/main.ts']) {
      for (const m of readFileSync(file, 'utf8').matchAll(/colors\.(\w+)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    const unchecked = [...used].filter((k) => !checked.has(k) && !decorative.has(k));
    expect(unchecked).toEqual([]);
  });

  it('draws no canvas text in a colour outside the palette', () => {
    const literal: string[] = [];
    for (const file of [...files('src/scenes'), ...files('src/ui/canvas'), ...files('src/ui/questions')]) {
      if (/color: ['"]#/.test(readFileSync(file, 'utf8'))) literal.push(file);
    }
    expect(literal).toEqual([]);
  });
});
