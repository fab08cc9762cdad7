/** Colours and type. Right and wrong never rely on colour alone: they carry a mark (✓ / ✗) too. */
export const FONT_STACK =
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif';

const STANDARD_COLORS = {
  background: 0x0f1c2e,
  panel: 0x1b2d45,
  panelEdge: 0x2d4566,
  text: '#f4f6fb',
  muted: '#b9c4d8',
  accent: 0xffd84d,
  accentText: '#ffd84d',
  right: 0x2e9d5b,
  rightText: '#5ad08a',
  wrong: 0xc8414b,
  wrongText: '#ff7b84',
  partial: 0xb7791f,
  countdownText: '#ff9a3d',
  timer: 0x4fb3ff,
  timerLow: 0xff9a3d,
  button: 0x3a6df0,
  mapSea: 0x12304f,
  mapLand: 0x3d5f86,
  mapBorder: 0x1b2d45,
  pin: 0xffd84d,
  pinTruth: 0x5ad08a,
  /** The answer cards (up to six): distinct hues, each with its own shape. */
  cards: [0xd94a5a, 0x2f7fd6, 0xd99a1e, 0x2f9e6e, 0x8a5cd6, 0x1f8fa0] as readonly number[],
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
  muted: '#ffffff',
  accentText: '#ffe600',
  rightText: '#7dffaa',
  wrongText: '#ffb3b8',
  right: 0x006b2e,
  wrong: 0x9e0012,
  partial: 0x6b4500,
  button: 0x0033cc,
  mapSea: 0x000000,
  mapLand: 0x555555,
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

/** One shape and one letter per card place, for the most options a choice question has (MAX_CHOICE_OPTIONS). */
export const CARD_SHAPES = ['triangle', 'diamond', 'circle', 'square', 'pentagon', 'star'] as const;
export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const MARK_RIGHT = '✓';
export const MARK_WRONG = '✗';
export const MARK_PARTIAL = '≈';
