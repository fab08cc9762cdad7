/**
 * Where things go, as pure arithmetic on the screen size: one place decides the layout of every
 * screen, from a 360x640 phone in portrait to a 1920x1080 desktop. The canvas draws into these
 * rectangles and the accessible layer puts its buttons on the same ones.
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const MIN_TOUCH = 44;

/*
 * Right-to-left languages mirror every layout: the same arithmetic, read from the other side.
 * The direction is an argument (`rtl`) of each layout that mirrors, never a flag kept here, so a
 * layout depends only on what it is given.
 */

const isRect = (v: unknown): v is Rect => typeof v === 'object' && v !== null && 'x' in v && 'y' in v && 'w' in v && 'h' in v;

/** The rect seen in a mirror across a screen `width` wide (when the layout is right to left). */
export function mirrorRect(r: Rect, width: number, rtl: boolean): Rect {
  return rtl ? { ...r, x: width - r.x - r.w } : r;
}

/** Mirrors each rect of a question view's rows within its answer area, when right to left. */
export function mirrorRows<T extends Record<string, Rect>>(rows: T, area: Rect, rtl: boolean): T {
  if (!rtl) return rows;
  const out: Record<string, Rect> = {};
  for (const [k, r] of Object.entries(rows)) out[k] = { ...r, x: area.x + area.w - (r.x - area.x) - r.w };
  return out as T;
}

/** Mirrors every rect in a layout (deeply) when right to left; the frame's own numbers stay. */
function mirrored<T extends object>(layout: T, width: number, rtl: boolean): T {
  if (!rtl) return layout;
  const flip = (v: unknown): unknown => {
    if (isRect(v)) return mirrorRect(v, width, rtl);
    if (Array.isArray(v)) return v.map(flip);
    return v;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(layout)) out[k] = k === 'frame' ? v : flip(v);
  return out as T;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export interface Frame {
  w: number;
  h: number;
  pad: number;
  /** The centred content column. */
  content: Rect;
  portrait: boolean;
  /** Base font size in CSS px; never below 16 so phone text stays readable. */
  font: number;
}

export function frame(w: number, h: number): Frame {
  const pad = Math.round(clamp(Math.min(w, h) * 0.04, 12, 32));
  const cw = Math.min(w - 2 * pad, 1100);
  const portrait = w / h < 0.85 || w < 560;
  const font = Math.round(clamp(Math.min(w / 24, h / 34), 16, 26));
  return { w, h, pad, portrait, font, content: { x: Math.round((w - cw) / 2), y: pad, w: cw, h: h - 2 * pad } };
}

function centredButton(f: Frame, y: number, width = 320, height = 56): Rect {
  const w = Math.min(width, f.content.w);
  return { x: Math.round((f.w - w) / 2), y, w, h: Math.max(height, MIN_TOUCH) };
}

export interface RoundLayout {
  frame: Frame;
  progress: Rect;
  score: Rect;
  pause: Rect;
  /** Read the question aloud: beside Pause. */
  speak: Rect;
  timer: Rect;
  prompt: Rect;
  /** Below the prompt: cards, a slider, a map... whatever the question type needs. */
  answerArea: Rect;
}

export function roundLayout(w: number, h: number, rtl: boolean): RoundLayout {
  const f = frame(w, h);
  const c = f.content;
  const hud = Math.max(MIN_TOUCH, Math.round(f.font * 2.2));
  const pause: Rect = { x: c.x + c.w - hud, y: c.y, w: hud, h: hud };
  const progress: Rect = { x: c.x, y: c.y, w: Math.round((c.w - hud) * 0.45), h: hud };
  const speak: Rect = { x: pause.x - hud - 8, y: c.y, w: hud, h: hud };
  const score: Rect = { x: progress.x + progress.w, y: c.y, w: c.w - 2 * hud - progress.w - 16, h: hud };
  const timer: Rect = { x: c.x, y: c.y + hud + 8, w: c.w, h: Math.max(8, Math.round(f.font * 0.5)) };
  const top = timer.y + timer.h + f.pad;
  const rest = c.y + c.h - top;
  const promptH = Math.round(rest * (f.portrait ? 0.3 : 0.34));
  const prompt: Rect = { x: c.x, y: top, w: c.w, h: promptH };
  const gap = Math.round(clamp(f.pad * 0.75, 8, 20));
  const answerTop = top + promptH + gap;
  const answerArea: Rect = { x: c.x, y: answerTop, w: c.w, h: c.y + c.h - answerTop };
  return mirrored({ frame: f, progress, score, pause, speak, timer, prompt, answerArea }, w, rtl);
}

export interface FeedbackLayout {
  frame: Frame;
  verdict: Rect;
  answers: Rect;
  source: Rect;
  next: Rect;
  /** "This question looks wrong", between the source and Next; null when the screen offers no mark (a live game). */
  flag: Rect | null;
}

/**
 * Feedback replaces the cards below the HUD: verdict, answers, the source sentence, the mark
 * "this question looks wrong" when offered, Next.
 */
export function feedbackLayout(w: number, h: number, o: { flag?: boolean; rtl?: boolean } = {}): FeedbackLayout {
  // Only the round's heights are read here, and mirroring moves nothing up or down.
  const r = roundLayout(w, h, false);
  const f = r.frame;
  const c = f.content;
  const top = r.prompt.y;
  const nextH = Math.max(MIN_TOUCH, Math.round(f.font * 2.6));
  let next = centredButton(f, c.y + c.h - nextH, 360, nextH);
  const verdict: Rect = { x: c.x, y: top, w: c.w, h: Math.round(f.font * 2.6) };
  const answersH = Math.round(f.font * 4.4);
  const answers: Rect = { x: c.x, y: verdict.y + verdict.h + 8, w: c.w, h: answersH };
  const sourceTop = answers.y + answers.h + f.pad * 0.5;
  // Where the screen is wide enough, the mark sits beside Next (Next on the reading side's end),
  // so a short landscape phone keeps the source sentence's room; else just above Next, a touch
  // target tall and no taller.
  let flag: Rect | null = null;
  const pairW = Math.min(360, Math.floor((c.w - f.pad) / 2));
  if (o.flag && pairW >= 200) {
    const x0 = Math.round((f.w - 2 * pairW - f.pad) / 2);
    const [first, second] = [x0, x0 + pairW + f.pad];
    flag = { x: o.rtl ? second : first, y: next.y, w: pairW, h: next.h };
    next = { ...next, x: o.rtl ? first : second, w: pairW };
  } else if (o.flag) {
    flag = centredButton(f, next.y - Math.round(f.pad * 0.5) - MIN_TOUCH, 360, MIN_TOUCH);
  }
  const source: Rect = { x: c.x, y: sourceTop, w: c.w, h: Math.min(flag?.y ?? next.y, next.y) - f.pad - sourceTop };
  return { frame: f, verdict, answers, source, next, flag };
}

export interface MenuLayout {
  frame: Frame;
  title: Rect;
  tagline: Rect;
  bank: Rect;
  play: Rect;
  /** Daily challenge, practice what I missed, settings, then the bank file actions: in that order. */
  more: Rect[];
  notes: Rect;
  /** The language switcher. */
  language: Rect;
  /** The bank choice, when there is more than one bank to choose from. */
  bankChoice: Rect | null;
  hint: Rect;
  /** Whether every button is above the pickers: false when the screen is too short for them. */
  fits: boolean;
}

export interface MenuOptions {
  /** How many buttons go under Play (3 unless told). */
  actions?: number;
  /** Whether a bank choice sits beside (or above) the language switcher. */
  bankChoice?: boolean;
}

export function menuLayout(w: number, h: number, rtl: boolean, o: MenuOptions = {}): MenuLayout {
  const f = frame(w, h);
  const c = f.content;
  const n = o.actions ?? 3;
  const tight = c.h < 700;
  const title: Rect = { x: c.x, y: c.y + (tight ? 0 : c.h * 0.04), w: c.w, h: f.font * 3 };
  const tagline: Rect = { x: c.x, y: title.y + title.h, w: c.w, h: f.font * 1.8 };
  const bank: Rect = { x: c.x, y: tagline.y + tagline.h + f.pad * 0.5, w: c.w, h: f.font * 5.6 };
  const play = centredButton(f, bank.y + bank.h + f.pad * 0.5, 360, Math.round(f.font * 3));
  const bh = Math.max(MIN_TOUCH, Math.round(f.font * 2.4));
  // Two lines of the keys hint in a narrow column, in scripts whose lines are tall (Arabic).
  const hintH = f.font * (f.portrait ? 3.4 : 2.4);
  const hint: Rect = { x: c.x, y: c.y + c.h - hintH, w: c.w, h: hintH };
  const lw = Math.min(260, c.w);
  const rowY = hint.y - 80;
  let language: Rect = { x: Math.round((w - lw) / 2), y: rowY, w: lw, h: 76 };
  let bankChoice: Rect | null = null;
  if (o.bankChoice) {
    // Side by side where the column has room for both, else the bank choice above the language.
    if (c.w >= 2 * lw + 16) {
      const x = Math.round((w - (2 * lw + 16)) / 2);
      bankChoice = { x, y: rowY, w: lw, h: 76 };
      language = { x: x + lw + 16, y: rowY, w: lw, h: 76 };
    } else bankChoice = { ...language, y: rowY - 80 };
  }
  const floor = (bankChoice?.y ?? language.y) - 8;
  const top = play.y + play.h + 12;
  // One column while the buttons fit above the pickers; else two, or three, side by side in rows.
  const fits = (cols: number) => top + Math.ceil(n / cols) * (bh + 10) - 10 <= floor;
  const widthOf = (cols: number) => Math.min(360, Math.floor((c.w - 12 * (cols - 1)) / cols));
  // A column narrower than this breaks "Settings" inside the word: then another row instead.
  const wide = [1, 2, 3].filter((k) => k === 1 || widthOf(k) >= 150);
  const cols = wide.find(fits) ?? wide[wide.length - 1]!;
  const colW = widthOf(cols);
  const more: Rect[] = Array.from({ length: n }, (_, i) => {
    const row = Math.floor(i / cols);
    // A last row with fewer buttons is centred on its own.
    const inRow = Math.min(cols, n - row * cols);
    const left = Math.round((w - (inRow * colW + (inRow - 1) * 12)) / 2);
    return { x: left + (i % cols) * (colW + 12), y: top + row * (bh + 10), w: colW, h: bh };
  });
  const last = more[n - 1] ?? play;
  const notesY = last.y + last.h + 8;
  const notes: Rect = { x: c.x, y: notesY, w: c.w, h: Math.max(f.font * 1.5, floor - notesY) };
  const fitsAll = fits(cols);
  return mirrored({ frame: f, title, tagline, bank, play, more, notes, language, bankChoice, hint, fits: fitsAll }, w, rtl);
}

/**
 * The least height at which the menu's buttons clear its pickers at this width: a shorter window
 * (a phone on its side, 200% zoom) scrolls the menu's box of this height instead of overlapping.
 */
export function menuHeightNeeded(w: number, rtl: boolean, o: MenuOptions = {}): number {
  for (let h = 320; h < 1600; h += 8) if (menuLayout(w, h, rtl, o).fits) return h;
  return 1600;
}

export interface ResultsLayout {
  frame: Frame;
  title: Rect;
  points: Rect;
  stats: Rect;
  review: Rect;
  playAgain: Rect;
  missed: Rect;
  menu: Rect;
}

export function resultsLayout(w: number, h: number, rtl: boolean): ResultsLayout {
  const f = frame(w, h);
  const c = f.content;
  const title: Rect = { x: c.x, y: c.y, w: c.w, h: f.font * 2 };
  const points: Rect = { x: c.x, y: title.y + title.h, w: c.w, h: f.font * 2.6 };
  const stats: Rect = { x: c.x, y: points.y + points.h, w: c.w, h: f.font * 4.6 };
  const bh = Math.max(MIN_TOUCH, Math.round(f.font * 2.6));
  const gap = 10;
  // Three buttons in a row where they fit, else Play again on its own row above the other two.
  const rowW = Math.min(c.w, 3 * 260 + 2 * gap);
  const oneRow = rowW / 3 >= 150;
  let playAgain: Rect, missed: Rect, menu: Rect;
  if (oneRow) {
    const bw = Math.round((rowW - 2 * gap) / 3);
    const x0 = Math.round((f.w - rowW) / 2);
    const by = c.y + c.h - bh;
    playAgain = { x: x0, y: by, w: bw, h: bh };
    missed = { x: x0 + bw + gap, y: by, w: bw, h: bh };
    menu = { x: x0 + 2 * (bw + gap), y: by, w: bw, h: bh };
  } else {
    const bw = Math.round((c.w - gap) / 2);
    const by = c.y + c.h - bh;
    playAgain = { x: c.x, y: by - bh - gap, w: c.w, h: bh };
    missed = { x: c.x, y: by, w: bw, h: bh };
    menu = { x: c.x + bw + gap, y: by, w: bw, h: bh };
  }
  const reviewW = Math.min(c.w, 760);
  const top = stats.y + stats.h + 8;
  const review: Rect = { x: Math.round((f.w - reviewW) / 2), y: top, w: reviewW, h: Math.min(playAgain.y, missed.y) - f.pad - top };
  return mirrored({ frame: f, title, points, stats, review, playAgain, missed, menu }, w, rtl);
}

export interface MessageLayout {
  frame: Frame;
  title: Rect;
  message: Rect;
  button: Rect;
}

export function messageLayout(w: number, h: number): MessageLayout {
  const f = frame(w, h);
  const c = f.content;
  const title: Rect = { x: c.x, y: c.y + c.h * 0.15, w: c.w, h: f.font * 3.5 };
  const message: Rect = { x: c.x, y: title.y + title.h + f.pad, w: c.w, h: c.h * 0.35 };
  const button = centredButton(f, message.y + message.h + f.pad, 320, Math.round(f.font * 2.8));
  return { frame: f, title, message, button };
}

export interface PausedLayout {
  title: Rect;
  hint: Rect;
  resume: Rect;
}

/** The pause screen, drawn in the space the question and cards use. */
export function pausedLayout(w: number, h: number): PausedLayout {
  // Only the round's heights are read here, and mirroring moves nothing up or down.
  const l = roundLayout(w, h, false);
  const f = l.frame.font;
  const c = l.frame.content;
  const mid = l.prompt.y + (c.y + c.h - l.prompt.y) / 2;
  const bw = Math.min(320, c.w);
  return {
    title: { x: c.x, y: mid - f * 5, w: c.w, h: f * 2.5 },
    hint: { x: c.x, y: mid - f * 2.5, w: c.w, h: f * 1.8 },
    resume: { x: Math.round((w - bw) / 2), y: Math.round(mid), w: bw, h: Math.max(MIN_TOUCH, Math.round(f * 2.6)) },
  };
}

export interface SettingsLayout {
  frame: Frame;
  title: Rect;
  form: Rect;
  done: Rect;
}

export function settingsLayout(w: number, h: number): SettingsLayout {
  const f = frame(w, h);
  const c = f.content;
  const title: Rect = { x: c.x, y: c.y, w: c.w, h: f.font * 2.4 };
  const bh = Math.max(MIN_TOUCH, Math.round(f.font * 2.6));
  const done = centredButton(f, c.y + c.h - bh, 320, bh);
  const fw = Math.min(c.w - 24, 560);
  const form: Rect = { x: Math.round((w - fw) / 2), y: title.y + title.h + 12, w: fw, h: done.y - 24 - (title.y + title.h + 12) };
  return { frame: f, title, form, done };
}
