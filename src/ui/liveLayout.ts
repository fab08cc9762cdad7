/**
 * Where the live game's screens put things. One plan fits them all: a title, a block of text
 * (a PIN, a question, a verdict), an optional scrolling panel (players, the board, the class
 * results, a form), and a row of buttons at the foot, wrapping to two or three rows on a phone.
 * The question screens themselves use the solo round's layout (roundLayout), so every question
 * type looks and works the same live.
 */
import { frame, MIN_TOUCH, type Frame, type Rect } from './layout';

export interface LivePanelLayout {
  frame: Frame;
  title: Rect;
  /** The big text: a PIN, the prompt, a verdict. */
  headline: Rect;
  body: Rect;
  /** The scrolling panel; zero height when the screen has none. */
  panel: Rect;
  buttons: Rect[];
}

export interface LivePanelOptions {
  /** Buttons at the foot, in reading order. */
  buttons: number;
  /** Lines of big text (0 for none). */
  headlineLines?: number;
  /** Lines of ordinary text under it. */
  bodyLines?: number;
  /** Whether there is a panel: it takes what height is left. */
  panel?: boolean;
}

export function livePanelLayout(w: number, h: number, o: LivePanelOptions): LivePanelLayout {
  const f = frame(w, h);
  const c = f.content;
  const title: Rect = { x: c.x, y: c.y, w: c.w, h: Math.round(f.font * 2.2) };
  const headlineH = Math.round((o.headlineLines ?? 0) * f.font * 2.4);
  const headline: Rect = { x: c.x, y: title.y + title.h, w: c.w, h: headlineH };
  const body: Rect = { x: c.x, y: headline.y + headline.h, w: c.w, h: Math.round((o.bodyLines ?? 0) * f.font * 1.45) };
  // Buttons: as many to a row as fit at 150 px or more each, up to three.
  const n = o.buttons;
  const bh = Math.max(MIN_TOUCH, Math.round(f.font * 2.4));
  const perRow = n === 0 ? 1 : Math.max(1, Math.min(n, 3, Math.floor((c.w + 12) / (150 + 12))));
  const rows = Math.ceil(n / perRow);
  const bottom = c.y + c.h;
  const top = bottom - rows * bh - (rows - 1) * 10;
  const colW = Math.min(320, Math.floor((c.w - 12 * (perRow - 1)) / perRow));
  const buttons: Rect[] = Array.from({ length: n }, (_, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, n - row * perRow);
    const left = Math.round(c.x + (c.w - (inRow * colW + (inRow - 1) * 12)) / 2);
    return { x: left + (i % perRow) * (colW + 12), y: top + row * (bh + 10), w: colW, h: bh };
  });
  const panelTop = body.y + body.h + (o.panel ? 8 : 0);
  const panel: Rect = o.panel ? { x: c.x, y: panelTop, w: c.w, h: Math.max(0, (n ? top - 12 : bottom) - panelTop) } : { x: c.x, y: panelTop, w: c.w, h: 0 };
  return { frame: f, title, headline, body, panel, buttons };
}

// The lobby's join box: the PIN (its label's line, a gap and a one-line box) over the join link
// with its QR code (at least three lines of link); the players' table wants a caption, a header
// and a row. Below these the controls would overlap, so the page asks for the height instead.
const PIN_MIN = 84;
const LINK_MIN = 108;
const JOIN_MIN = PIN_MIN + 8 + LINK_MIN;
const PLAYERS_MIN = 100;
/** At this width or more the join box sits beside the players, as on a projector. */
const SIDE_BY_SIDE = 700;

/** The host's lobby panel: the PIN and join link beside the players, or over them when narrow. */
export function liveLobbyBoxes(panel: Rect): { pin: Rect; link: Rect; list: Rect } {
  const wide = panel.w >= SIDE_BY_SIDE;
  const join: Rect = wide ? { ...panel, w: 420 } : { ...panel, h: Math.max(JOIN_MIN, Math.round(panel.h * 0.5)) };
  const list: Rect = wide ? { ...panel, x: join.x + join.w + 12, w: panel.w - join.w - 12 } : { ...panel, y: join.y + join.h + 8, h: panel.h - join.h - 8 };
  const pin: Rect = { ...join, h: Math.max(PIN_MIN, Math.min(96, join.h / 3)) };
  const link: Rect = { ...join, y: pin.y + pin.h + 8, h: Math.min(240, join.h - pin.h - 8) };
  return { pin, link, list };
}

/**
 * The least screen height at which the lobby's panel holds its boxes at width `w`; a shorter
 * window (200% zoom on a projector, a phone on its side) scrolls to them.
 */
export function liveLobbyHeightNeeded(w: number, o: LivePanelOptions): number {
  let h = 240;
  // The frame's font grows with the height, and the rest of the screen with it: a few steps settle it.
  for (let i = 0; i < 12; i++) {
    const panel = livePanelLayout(w, h, o).panel;
    const short = (panel.w >= SIDE_BY_SIDE ? JOIN_MIN : JOIN_MIN + 8 + PLAYERS_MIN) - panel.h;
    if (short <= 0) break;
    h += short;
  }
  return h;
}
