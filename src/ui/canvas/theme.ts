/**
 * Colours and type. Right and wrong never rely on colour alone: they carry a mark (✓ / ✗) too.
 * Every text colour reaches 4.5:1 on the fills it is drawn on, and the map's land 3:1 on its
 * sea, in both palettes: tests/unit/theme-contrast.test.ts computes each pair.
 */
import { contrastRatio } from './contrast';

export const FONT_STACK =
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif';

const STANDARD_COLORS = {
  background: 0x0f1c2e,
  panel: 0x1b2d45,
  panelEdge: 0x2d4566,
  text: '#f4f6fb',
  /** Dark text, for the fills light text does not read on (the orange card, a white button in high contrast). */
  ink: '#10243d',
  muted: '#b9c4d8',
  accent: 0xffd84d,
  accentText: '#ffd84d',
  // The verdict banners carry light text ("+N points"): dark enough for 4.5:1 under it.
  right: 0x257d49,
  rightText: '#5ad08a',
  wrong: 0xc63b46,
  wrongText: '#ff7b84',
  partial: 0x966319,
  countdownText: '#ff9a3d',
  timer: 0x4fb3ff,
  timerLow: 0xff9a3d,
  button: 0x2c62ef,
  mapSea: 0x12304f,
  /** Land 3:1 against the sea: the map's shapes are what a pin is placed by (WCAG 1.4.11). */
  mapLand: 0x537fb1,
  mapBorder: 0x1b2d45,
  pin: 0xffd84d,
  pinTruth: 0x5ad08a,
  /**
   * The answer cards (up to six): distinct hues, each with its own shape. Light text on all but
   * the orange, which keeps its brightness and takes the dark ink (inkOn) instead.
   */
  cards: [0xd02c3e, 0x266fc0, 0xd99a1e, 0x257c56, 0x8352d4, 0x1a7987] as readonly number[],
};

export type Palette = Readonly<typeof STANDARD_COLORS>;

const STANDARD: Palette = STANDARD_COLORS;

/** High contrast: black ground, white text, darker cards so white text on them passes 7:1. */
const HIGH_CONTRAST: Palette = {
  ...STANDARD,
  background: 0x000000,
  panel: 0x111111,
  panelEdge: 0xffffff,
  text: '#ffffff',
  ink: '#000000',
  muted: '#ffffff',
  accentText: '#ffe600',
  rightText: '#7dffaa',
  wrongText: '#ffb3b8',
  right: 0x006b2e,
  wrong: 0x9e0012,
  partial: 0x6b4500,
  button: 0x0033cc,
  mapSea: 0x000000,
  mapLand: 0x5e5e5e,
  mapBorder: 0xffffff,
  cards: [0x9e0012, 0x0033aa, 0x7a4a00, 0x006b2e, 0x5a1f9e, 0x005a66],
};

/**
 * The palette for a page with high contrast on or off. A value, chosen per render: the page's
 * look (canvas/look.ts) carries it to whatever draws, so no module holds the palette in use.
 */
export function palette(highContrast: boolean): Palette {
  return highContrast ? HIGH_CONTRAST : STANDARD;
}

/** WCAG's minimum for normal-size text. */
export const TEXT_CONTRAST = 4.5;

/**
 * The text colour for a fill: the palette's light text where it reads (the usual look), else
 * the dark ink. Widgets derive a label's colour from its fill with this, so no scene can pair a
 * fill with a text colour that vanishes on it (high contrast's white buttons once drew white text).
 */
export function inkOn(fill: number, p: Palette): string {
  const light = contrastRatio(p.text, fill);
  if (light >= TEXT_CONTRAST) return p.text;
  return contrastRatio(p.ink, fill) > light ? p.ink : p.text;
}

/** One shape and one letter per card place, for the most options a choice question has (MAX_CHOICE_OPTIONS). */
export const CARD_SHAPES = ['triangle', 'diamond', 'circle', 'square', 'pentagon', 'star'] as const;
export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** The card's shape: white, nearly opaque, so its letter (the palette's ink) reads on every card. */
export const BADGE = 0xffffff;
export const BADGE_ALPHA = 0.92;
export const MARK_RIGHT = '✓';
export const MARK_WRONG = '✗';
export const MARK_PARTIAL = '≈';
