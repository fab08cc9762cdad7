/**
 * Drawing for the round screen, from plain view data the scene prepares. Keeps RoundScene to
 * flow and state, and this file to pixels.
 */
import type Phaser from 'phaser';
import { feedbackLayout, pausedLayout, roundLayout, type Rect } from './layout';
import { COLORS, LETTERS, MARK_RIGHT, MARK_WRONG } from './theme';
import { answerCard, buttonFace, fittedText, panel, TimerBar } from './widgets';

export interface HudView {
  progress: string;
  score: string;
  showPause: boolean;
}

export function drawHud(scene: Phaser.Scene, w: number, h: number, v: HudView): void {
  const l = roundLayout(w, h);
  const f = l.frame.font;
  fittedText(scene, l.progress, v.progress, { size: f, color: COLORS.muted });
  fittedText(scene, l.score, v.score, { size: f, bold: true, align: 'right' });
  if (v.showPause) {
    panel(scene, l.pause, COLORS.panel, 12, COLORS.panelEdge);
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

export function drawQuestion(scene: Phaser.Scene, w: number, h: number, prompt: string, options: string[]): TimerBar {
  const l = roundLayout(w, h);
  const f = l.frame.font;
  const timer = new TimerBar(scene, l.timer);
  fittedText(scene, l.prompt, prompt, { size: Math.round(f * 1.35), minSize: 16, bold: true, align: 'center' });
  options.forEach((text, i) => answerCard(scene, l.cards[i]!, i, text, LETTERS[i]!, f));
  return timer;
}

export function drawPaused(scene: Phaser.Scene, w: number, h: number, title: string, hint: string, resume: string): void {
  const l = pausedLayout(w, h);
  const f = roundLayout(w, h).frame.font;
  fittedText(scene, l.title, title, { size: Math.round(f * 1.8), bold: true, align: 'center' });
  fittedText(scene, l.hint, hint, { size: f, align: 'center', color: COLORS.muted });
  buttonFace(scene, l.resume, resume, f);
}

export interface FeedbackView {
  verdict: string;
  tone: 'right' | 'wrong';
  gained: string;
  lines: string[];
  sourceLabel: string;
  sentence: string;
  citation: string;
  next: string;
}

export function drawFeedback(scene: Phaser.Scene, w: number, h: number, v: FeedbackView): void {
  const l = feedbackLayout(w, h);
  const f = l.frame.font;
  const color = v.tone === 'right' ? COLORS.right : COLORS.wrong;
  panel(scene, l.verdict, color, 14);
  const mark = v.tone === 'right' ? MARK_RIGHT : MARK_WRONG;
  fittedText(scene, { x: l.verdict.x + 16, y: l.verdict.y, w: l.verdict.w * 0.6 - 16, h: l.verdict.h }, `${mark} ${v.verdict}`, { size: Math.round(f * 1.3), bold: true });
  fittedText(scene, { x: l.verdict.x + l.verdict.w * 0.6, y: l.verdict.y, w: l.verdict.w * 0.4 - 16, h: l.verdict.h }, v.gained, { size: f, bold: true, align: 'right' });
  fittedText(scene, l.answers, v.lines.join('\n'), { size: Math.round(f * 1.05), valign: 'top' });
  // The box is drawn first (underneath) but sized after the text, so it hugs the sentence.
  const box = scene.add.graphics();
  const inner: Rect = { x: l.source.x + 16, y: l.source.y + 12, w: l.source.w - 32, h: l.source.h - 24 };
  const labelH = Math.round(f * 1.6);
  fittedText(scene, { ...inner, h: labelH }, v.sourceLabel, { size: Math.max(16, Math.round(f * 0.85)), bold: true, color: COLORS.accentText, valign: 'top' });
  const body = fittedText(scene, { x: inner.x, y: inner.y + labelH, w: inner.w, h: inner.h - labelH }, `${v.sentence}\n— ${v.citation}`, { size: f, minSize: 13, valign: 'top' });
  const boxH = Math.min(l.source.h, labelH + body.height + 24);
  box.fillStyle(COLORS.panel, 1).fillRoundedRect(l.source.x, l.source.y, l.source.w, boxH, 14);
  box.lineStyle(2, COLORS.panelEdge, 1).strokeRoundedRect(l.source.x, l.source.y, l.source.w, boxH, 14);
  buttonFace(scene, l.next, v.next, f);
}
