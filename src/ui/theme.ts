/** Colours and type. Right and wrong never rely on colour alone: they carry a mark (✓ / ✗) too. */
export const FONT_STACK =
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif';

export const COLORS = {
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
  timer: 0x4fb3ff,
  timerLow: 0xff9a3d,
  button: 0x3a6df0,
  /** The four answer cards: distinct hues, each with its own shape. */
  cards: [0xd94a5a, 0x2f7fd6, 0xd99a1e, 0x2f9e6e],
} as const;

export const CARD_SHAPES = ['triangle', 'diamond', 'circle', 'square'] as const;
export const LETTERS = ['A', 'B', 'C', 'D'] as const;
export const MARK_RIGHT = '✓';
export const MARK_WRONG = '✗';
