/**
 * Canvas widgets shared by the scenes. They only draw: input arrives through the accessible
 * layer's buttons, which lie over them.
 */
import Phaser from 'phaser';
import type { Rect } from '../layout';
import { pixelRatioOf } from '../engine/pixelRatio';
import { lookOf } from './look';
import { BADGE, BADGE_ALPHA, CARD_SHAPES, FONT_STACK, inkOn } from './theme';

export interface TextOptions {
  size: number;
  minSize?: number;
  color?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Vertical placement inside the rect. */
  valign?: 'top' | 'middle';
}

/**
 * Text that wraps inside `rect` and shrinks (down to `minSize`) until it fits, so long prompts
 * and answers never spill out of their card at any screen size.
 */
/**
 * Font metrics by style. Phaser measures a font by drawing it into a new canvas, for every new
 * text and every size change; the menu alone made a dozen, 15 ms on the first screen. Ascent and
 * descent grow in proportion to the font size, so one measurement per style serves every size.
 */
const fontMetrics = new Map<string, { size: number; metrics: Phaser.Types.GameObjects.Text.TextMetrics }>();

function metricsFor(fontStyle: string, size: number): { metrics?: Phaser.Types.GameObjects.Text.TextMetrics } {
  const m = fontMetrics.get(fontStyle);
  if (!m) return {};
  const k = size / m.size;
  return { metrics: { ascent: m.metrics.ascent * k, descent: m.metrics.descent * k, fontSize: m.metrics.fontSize * k } };
}

function remember(fontStyle: string, size: number, t: Phaser.GameObjects.Text): void {
  if (!fontMetrics.has(fontStyle)) fontMetrics.set(fontStyle, { size, metrics: t.getTextMetrics() });
}

export function fittedText(scene: Phaser.Scene, rect: Rect, text: string, o: TextOptions): Phaser.GameObjects.Text {
  const { rtl, colors } = lookOf(scene);
  // Right to left: text starts at the right edge, and Phaser lays the canvas text out RTL.
  const align = rtl ? ({ left: 'right', right: 'left', center: 'center' } as const)[o.align ?? 'left'] : (o.align ?? 'left');
  o = { ...o, align };
  const fontStyle = o.bold ? 'bold' : 'normal';
  /*
   * Sharp at the screen's pixel ratio: the glyphs are drawn that many times larger and the text
   * shown scaled back down, so the camera's zoom meets them one to one. (Phaser's own `resolution`
   * draws right-to-left lines off the end of their canvas when it is over 1: Arabic showed no
   * text at all.) Sizes below are CSS pixels; `k` turns them into drawn ones.
   */
  const k = pixelRatioOf(scene);
  // Made with its text and size at once: each change of either redraws the text's canvas.
  const t = scene.add.text(0, 0, text, {
    rtl,
    fontFamily: FONT_STACK,
    fontSize: `${o.size * k}px`,
    fontStyle,
    color: o.color ?? colors.text,
    align: o.align ?? 'left',
    wordWrap: { width: rect.w * k, useAdvancedWrap: true },
    ...metricsFor(fontStyle, o.size * k),
  });
  t.setScale(1 / k);
  remember(fontStyle, o.size * k, t);
  const fitsNow = () => t.displayHeight <= rect.h && t.displayWidth <= rect.w + 1;
  const fits = (size: number) => {
    const known = metricsFor(fontStyle, size * k);
    if (known.metrics) t.setStyle({ fontSize: `${size * k}px`, ...known });
    else t.setFontSize(size * k);
    remember(fontStyle, size * k, t);
    return fitsNow();
  };
  const min = o.minSize ?? Math.min(16, o.size);
  if (!fitsNow()) {
    // Each try redraws the text. The largest size that fits lies in [lo, hi): lo fits (or is
    // the floor), hi does not.
    let lo = min;
    let hi = o.size;
    let shown = o.size;
    const tryAt = (size: number) => {
      shown = size;
      return fits(size);
    };
    // A text grows about in proportion to its size, so the size that would fit it unwrapped is
    // the first try: usually right or one off, where halving the whole range took six redraws.
    const guess = Math.floor(o.size * Math.min(rect.h / t.displayHeight, (rect.w + 1) / t.displayWidth));
    if (guess > lo && guess < hi) {
      if (tryAt(guess)) lo = guess;
      else hi = guess;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (tryAt(mid)) lo = mid;
      else hi = mid;
    }
    if (shown !== lo) fits(lo);
  }
  const ox = o.align === 'center' ? 0.5 : o.align === 'right' ? 1 : 0;
  const x = rect.x + rect.w * ox;
  const valign = o.valign ?? 'middle';
  t.setOrigin(ox, valign === 'middle' ? 0.5 : 0);
  t.setPosition(Math.round(x), Math.round(valign === 'middle' ? rect.y + rect.h / 2 : rect.y));
  return t;
}

/**
 * A rounded panel, drawn once with the 2D canvas into a texture kept per size and colour, and
 * shown as an image. As a Graphics object it was triangulated again every frame, and its first
 * use compiled WebGL programs that held up the first screen; images share the text's program.
 */
export function panel(scene: Phaser.Scene, rect: Rect, color: number, radius = 14, edge?: number): Phaser.GameObjects.Image {
  const w = Math.max(1, Math.round(rect.w));
  const h = Math.max(1, Math.round(rect.h));
  const r = Math.min(radius, h / 2);
  // Baked at the screen's pixel ratio and shown at its CSS size: edges as sharp as the text's.
  const ratio = pixelRatioOf(scene);
  const key = `panel:${w}x${h}:${color}:${r}:${edge ?? ''}@${ratio}`;
  if (!scene.textures.exists(key)) {
    // A plain canvas as the source: Phaser's CanvasTexture would also keep a copy of every pixel
    // in script memory, which we never read.
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(canvas.width / w, canvas.height / h);
    const inset = edge === undefined ? 0 : 1;
    ctx.beginPath();
    ctx.roundRect(inset, inset, w - 2 * inset, h - 2 * inset, Math.max(0, r - inset));
    ctx.fillStyle = cssColor(color);
    ctx.fill();
    if (edge !== undefined) {
      ctx.lineWidth = 2;
      ctx.strokeStyle = cssColor(edge);
      ctx.stroke();
    }
    scene.textures.create(key, canvas, canvas.width, canvas.height)?.add('__BASE', 0, 0, 0, canvas.width, canvas.height);
  }
  return scene.add.image(Math.round(rect.x), Math.round(rect.y), key).setOrigin(0, 0).setDisplaySize(w, h);
}

const cssColor = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

/**
 * A filled button face; the DOM button on top makes it pressable. Its label's colour follows
 * from its fill (inkOn), whatever fill the scene picks.
 */
export function buttonFace(scene: Phaser.Scene, rect: Rect, label: string, font: number, color?: number): void {
  const { colors } = lookOf(scene);
  const fill = color ?? colors.button;
  panel(scene, rect, fill, 14);
  fittedText(scene, { x: rect.x + 12, y: rect.y, w: rect.w - 24, h: rect.h }, label, { size: Math.round(font * 1.1), bold: true, align: 'center', color: inkOn(fill, colors) });
}

export type CardState = 'idle' | 'right' | 'wrong' | 'dim';

/** One answer card: its colour, its shape, its letter and the answer text. */
export function answerCard(scene: Phaser.Scene, rect: Rect, index: number, label: string, letter: string, font: number): void {
  const { rtl, colors } = lookOf(scene);
  const fill = colors.cards[index]!;
  panel(scene, rect, fill, 16);
  const badge = Math.min(rect.h - 16, Math.round(font * 2.2));
  // The badge leads the line: at the left, or at the right in a right-to-left language.
  const bx = rtl ? rect.x + rect.w - 10 - badge / 2 : rect.x + 10 + badge / 2;
  const by = rect.y + rect.h / 2;
  shape(scene, CARD_SHAPES[index]!, bx, by, badge / 2);
  const k = pixelRatioOf(scene);
  scene.add.text(bx, by, letter, { fontFamily: FONT_STACK, fontSize: `${Math.round(badge * 0.42) * k}px`, fontStyle: 'bold', color: colors.ink }).setOrigin(0.5).setScale(1 / k);
  const inner: Rect = { x: rtl ? rect.x + 12 : rect.x + badge + 22, y: rect.y + 6, w: rect.w - badge - 34, h: rect.h - 12 };
  fittedText(scene, inner, label, { size: Math.round(font * 1.15), minSize: 16, bold: true, color: inkOn(fill, colors) });
}

function shape(scene: Phaser.Scene, kind: (typeof CARD_SHAPES)[number], x: number, y: number, r: number): void {
  const g = scene.add.graphics();
  g.fillStyle(BADGE, BADGE_ALPHA);
  switch (kind) {
    case 'triangle':
      g.fillTriangle(x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8);
      break;
    case 'diamond':
      g.fillPoints([new Phaser.Math.Vector2(x, y - r), new Phaser.Math.Vector2(x + r, y), new Phaser.Math.Vector2(x, y + r), new Phaser.Math.Vector2(x - r, y)], true);
      break;
    case 'circle':
      g.fillCircle(x, y, r * 0.9);
      break;
    case 'square':
      g.fillRect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      break;
    case 'pentagon':
      g.fillPoints(ring(x, y, [r], 5), true);
      break;
    case 'star':
      // A plump star (inner radius 0.62): the letter on it must stay on white.
      g.fillPoints(ring(x, y, [r, r * 0.62], 10), true);
      break;
  }
}

/** `n` points round (x, y), the first straight up, their distances from the centre taking `radii` in turn. */
function ring(x: number, y: number, radii: number[], n: number): Phaser.Math.Vector2[] {
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    const d = radii[i % radii.length]!;
    return new Phaser.Math.Vector2(x + d * Math.cos(a), y + d * Math.sin(a));
  });
}

/** The time bar: shrinks as time runs out and turns orange in the last five seconds. */
/**
 * The draining time bar: a track and a full bar drawn once as panels, the bar cropped to the
 * time left. Cropping only changes texture coordinates; a Graphics bar was triangulated again on
 * every change, which showed in the frame times of a slow phone.
 */
export class TimerBar {
  private readonly normal: Phaser.GameObjects.Image;
  private readonly low: Phaser.GameObjects.Image;
  /** What is drawn now: the bar changes only when a whole pixel of it does. */
  private drawn = '';
  /** Right to left, as the scene was when the bar was made (a new look redraws the scene). */
  private readonly rtl: boolean;
  constructor(scene: Phaser.Scene, private readonly rect: Rect) {
    const radius = rect.h / 2;
    const { rtl, colors } = lookOf(scene);
    this.rtl = rtl;
    panel(scene, rect, colors.panel, radius);
    this.normal = panel(scene, rect, colors.timer, radius);
    this.low = panel(scene, rect, colors.timerLow, radius).setVisible(false);
  }
  draw(fraction: number, low: boolean): void {
    const r = this.rect;
    const f = Math.max(0, Math.min(1, fraction));
    const w = f > 0 ? Math.round(Math.max(r.h, f * r.w)) : 0;
    const state = `${w}|${low}`;
    if (state === this.drawn) return;
    this.drawn = state;
    const bar = low ? this.low : this.normal;
    (low ? this.normal : this.low).setVisible(false);
    bar.setVisible(w > 0);
    // The bar drains toward where reading starts: from the right in a right-to-left language.
    const width = Math.round(r.w);
    // The crop is in the texture's pixels, baked at the screen's pixel ratio.
    const k = bar.width / width;
    bar.setCrop(Math.round((this.rtl ? width - w : 0) * k), 0, Math.round(w * k), bar.height);
  }
}

/**
 * Destroys everything a scene drew, so a redraw starts clean. (Phaser's
 * `children.removeAll(true)` only skips a callback: the texts kept their canvases and
 * textures, and every redraw leaked them.)
 */
export function clearScene(scene: Phaser.Scene): void {
  for (const child of [...scene.children.list]) child.destroy();
}
