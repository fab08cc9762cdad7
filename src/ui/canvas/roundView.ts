/**
 * Drawing for the round screen, from plain view data the scene prepares. Keeps RoundScene to
 * flow and state, and this file to pixels.
 */
import type Phaser from 'phaser';
import { feedbackLayout, frame, pausedLayout, roundLayout } from '../layout';
import { lookOf } from './look';
import { MARK_PARTIAL, MARK_RIGHT, MARK_WRONG } from './theme';
import { buttonFace, fittedText, panel } from './widgets';

export interface HudView {
  progress: string;
  score: string;
  showPause: boolean;
}

export function drawHud(scene: Phaser.Scene, w: number, h: number, v: HudView): void {
  const { rtl, colors } = lookOf(scene);
  const l = roundLayout(w, h, rtl);
  const f = l.frame.font;
  fittedText(scene, l.progress, v.progress, { size: f, color: colors.muted });
  fittedText(scene, l.score, v.score, { size: f, bold: true, align: 'right' });
  if (v.showPause) {
    panel(scene, l.pause, colors.panel, 12, colors.panelEdge);
    // Two bars: the pause symbol, drawn so it needs no font glyph.
    const g = scene.add.graphics();
    const bw = Math.max(4, Math.round(l.pause.w * 0.12));
    const bh = Math.round(l.pause.h * 0.42);
    const cx = l.pause.x + l.pause.w / 2;
    const cy = l.pause.y + l.pause.h / 2;
    g.fillStyle(0xffffff, 1);
    g.fillRect(cx - bw * 1.5, cy - bh / 2, bw, bh);
    g.fillRect(cx + bw * 0.5, cy - bh / 2, bw, bh);
  }
}

/** The read-aloud button: a speaker and its sound waves, drawn so it needs no font glyph. */
export function drawSpeakButton(scene: Phaser.Scene, w: number, h: number): void {
  const { rtl, colors } = lookOf(scene);
  const r = roundLayout(w, h, rtl).speak;
  panel(scene, r, colors.panel, 12, colors.panelEdge);
  const g = scene.add.graphics();
  const u = r.w / 12;
  const cx = r.x + r.w / 2 - u;
  const cy = r.y + r.h / 2;
  g.fillStyle(0xffffff, 1);
  g.fillRect(cx - 3 * u, cy - 1.2 * u, 1.8 * u, 2.4 * u);
  g.fillTriangle(cx - 1.4 * u, cy - 1.2 * u, cx + 1 * u, cy - 3 * u, cx + 1 * u, cy + 3 * u);
  g.fillTriangle(cx - 1.4 * u, cy - 1.2 * u, cx - 1.4 * u, cy + 1.2 * u, cx + 1 * u, cy + 3 * u);
  g.lineStyle(Math.max(2, u * 0.5), 0xffffff, 1);
  for (const radius of [2.2 * u, 3.6 * u]) {
    g.beginPath();
    g.arc(cx + 1.2 * u, cy, radius, -Math.PI / 4, Math.PI / 4);
    g.strokePath();
  }
}

export function drawPaused(scene: Phaser.Scene, w: number, h: number, title: string, hint: string, resume: string): void {
  const colors = lookOf(scene).colors;
  const l = pausedLayout(w, h);
  const f = frame(w, h).font;
  fittedText(scene, l.title, title, { size: Math.round(f * 1.8), bold: true, align: 'center' });
  fittedText(scene, l.hint, hint, { size: f, align: 'center', color: colors.muted });
  buttonFace(scene, l.resume, resume, f);
}

export interface FeedbackView {
  verdict: string;
  tone: 'right' | 'partial' | 'wrong';
  gained: string;
  lines: string[];
  next: string;
  /** The mark "this question looks wrong"; absent where none is offered. */
  flag?: string;
  /** The mark is set: drawn ticked. */
  flagged?: boolean;
}

/** Verdict, answers and Next; the source sentence below them is DOM text, so its key words can be marked. */
export function drawFeedback(scene: Phaser.Scene, w: number, h: number, v: FeedbackView): void {
  const { colors, rtl } = lookOf(scene);
  const l = feedbackLayout(w, h, { flag: v.flag !== undefined, rtl });
  const f = l.frame.font;
  const color = v.tone === 'right' ? colors.right : v.tone === 'partial' ? colors.partial : colors.wrong;
  panel(scene, l.verdict, color, 14);
  const mark = v.tone === 'right' ? MARK_RIGHT : v.tone === 'partial' ? MARK_PARTIAL : MARK_WRONG;
  fittedText(scene, { x: l.verdict.x + 16, y: l.verdict.y, w: l.verdict.w * 0.6 - 16, h: l.verdict.h }, `${mark} ${v.verdict}`, { size: Math.round(f * 1.3), bold: true });
  fittedText(scene, { x: l.verdict.x + l.verdict.w * 0.6, y: l.verdict.y, w: l.verdict.w * 0.4 - 16, h: l.verdict.h }, v.gained, { size: f, bold: true, align: 'right' });
  fittedText(scene, l.answers, v.lines.join('\n'), { size: Math.round(f * 1.05), valign: 'top' });
  buttonFace(scene, l.next, v.next, f);
  if (l.flag && v.flag) buttonFace(scene, l.flag, v.flagged ? `${MARK_RIGHT} ${v.flag}` : v.flag, Math.round(f * 0.85), v.flagged ? colors.partial : colors.panelEdge);
}

/** The last seconds, large, beside the timer bar. */
export function drawCountdown(scene: Phaser.Scene, w: number, h: number, secondsLeft: number): Phaser.GameObjects.Text {
  const { rtl, colors } = lookOf(scene);
  const l = roundLayout(w, h, rtl);
  return fittedText(scene, { x: l.progress.x + l.progress.w, y: l.progress.y - 4, w: Math.max(40, l.score.w * 0.3), h: l.progress.h + 8 }, String(secondsLeft), {
    size: Math.round(l.frame.font * 1.8),
    bold: true,
    align: 'center',
    color: colors.countdownText,
  });
}
