/**
 * axe-core in the browser tests, with what it leaves undecided settled (see tests/e2e/axe.test.ts
 * for the policy: text over the canvas measured against the pixels behind it, overlapped text
 * looked at again in the middle of the window, any other undecided rule a finding).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { blend, contrastRatio } from '../../src/ui/canvas/contrast';
import { coloursIn } from './pixels';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One problem on one screen: what a failed test prints. */
export interface Finding {
  screen: string;
  rule: string;
  impact: string;
  node: string;
}

/** Text over the canvas, to be measured against the pixels behind it. */
interface OverCanvas {
  node: string;
  /** Its colour, r g b a (0–255, alpha 0–1). */
  colour: [number, number, number, number];
  minimum: number;
  /** Where its text is on screen and visible, in CSS px. */
  rects: { x: number; y: number; w: number; h: number }[];
}

interface Outcome {
  findings: Omit<Finding, 'screen'>[];
  overCanvas: OverCanvas[];
}

/** Runs in the page: axe, then what it left undecided, settled as the file's comment says. */
async function runAxe(tags: string[]): Promise<Outcome> {
  const axe = (window as unknown as { axe: { run: (context: Element | Document, options: RunOptions) => Promise<AxeResults> } }).axe;
  const run = (context: Element | Document, runOnly: RunOptions['runOnly']) => axe.run(context, { runOnly, elementRef: true });
  const out: Outcome = { findings: [], overCanvas: [] };
  const name = (n: NodeResult) => n.target.join(' ');
  const why = (n: NodeResult) => (n.failureSummary ?? [...n.any, ...n.all, ...n.none].map((c) => c.message).join(' ')).replace(/\s+/g, ' ');
  const key = (n: NodeResult | undefined): string => (n?.any[0]?.data as { messageKey?: string } | undefined)?.messageKey ?? '';
  /** The documented exclusion: a layer button whose text the canvas draws. */
  const drawnOnCanvas = (el: Element | undefined) => el instanceof HTMLButtonElement && !!el.closest('#a11y') && /^rgba\(\d+, \d+, \d+, 0\)$/.test(getComputedStyle(el).color);
  const rgba = (css: string): [number, number, number, number] => {
    const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, a];
  };
  /** The parts of the element's own text that show: inside the window and every scrolling box around it. */
  const visibleTextRects = (el: Element) => {
    let clip = { l: 0, t: 0, r: window.innerWidth, b: window.innerHeight };
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflow === 'visible') continue;
      const r = a.getBoundingClientRect();
      clip = { l: Math.max(clip.l, r.left), t: Math.max(clip.t, r.top), r: Math.min(clip.r, r.right), b: Math.min(clip.b, r.bottom) };
    }
    const boxes: DOMRect[] = [];
    for (const child of el.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      boxes.push(...range.getClientRects());
    }
    return boxes
      .map((b) => ({ l: Math.max(b.left, clip.l), t: Math.max(b.top, clip.t), r: Math.min(b.right, clip.r), b: Math.min(b.bottom, clip.b) }))
      .filter((b) => b.r - b.l >= 1 && b.b - b.t >= 1)
      .map((b) => ({ x: Math.floor(b.l), y: Math.floor(b.t), w: Math.ceil(b.r - b.l), h: Math.ceil(b.b - b.t) }));
  };

  const results = await run(document, { type: 'tag', values: tags });
  for (const v of results.violations) {
    for (const n of v.nodes) if (!(v.id === 'color-contrast' && drawnOnCanvas(n.element))) out.findings.push({ rule: v.id, impact: v.impact ?? '', node: `${name(n)}: ${why(n)}` });
  }
  for (const v of results.incomplete) {
    for (const first of v.nodes) {
      const el = first.element;
      if (v.id !== 'color-contrast') {
        out.findings.push({ rule: `${v.id} (axe could not decide)`, impact: v.impact ?? '', node: `${name(first)}: ${why(first)}` });
        continue;
      }
      if (!el || drawnOnCanvas(el)) continue;
      let n: NodeResult | undefined = first;
      if (['bgOverlap', 'elmPartiallyObscured', 'outsideViewport'].includes(key(n))) {
        // Covered where it was (a sticky bar, the edge of the window): looked at again in the middle.
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const again = await run(el, { type: 'rule', values: ['color-contrast'] });
        const mine = (list: AxeResults['passes']) => list.flatMap((r) => r.nodes).find((m) => m.element === el);
        const failed = mine(again.violations);
        if (failed) out.findings.push({ rule: 'color-contrast', impact: failed.impact ?? '', node: `${name(failed)}: ${why(failed)}` });
        n = mine(again.incomplete);
        if (!n) continue;
      }
      const k = key(n);
      if (['imgNode', 'bgImage', 'bgGradient', 'nonBmp'].includes(k)) {
        // nonBmp: a symbol (the review's ✓ and ✗), a graphic that carries meaning: 3:1.
        const expected = parseFloat(String((n.any[0]?.data as { expectedContrastRatio?: string } | undefined)?.expectedContrastRatio ?? ''));
        const rects = visibleTextRects(el);
        if (rects.length) out.overCanvas.push({ node: name(n), colour: rgba(getComputedStyle(el).color), minimum: k === 'nonBmp' ? 3 : expected || 4.5, rects });
      } else out.findings.push({ rule: 'color-contrast (axe could not decide)', impact: n.impact ?? '', node: `${name(n)}: ${why(n)}` });
    }
  }
  return out;
}

/** Every colour behind the given boxes, read from a screenshot taken with all text hidden. */
async function coloursBehind(page: Page, boxes: OverCanvas['rects'][]): Promise<number[][]> {
  // A constructed style sheet: the page's own policy (style-src 'self') refuses an inline one.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::placeholder { color: transparent !important; -webkit-text-fill-color: transparent !important; text-shadow: none !important; caret-color: transparent !important; transition: none !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const png = await page.screenshot();
  await page.evaluate(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
  });
  // The screenshot is in device pixels: the page's CSS boxes times its pixel ratio.
  const ratio = await page.evaluate(() => devicePixelRatio);
  const scaled = boxes.map((group) => group.map((r) => ({ x: Math.floor(r.x * ratio), y: Math.floor(r.y * ratio), w: Math.ceil(r.w * ratio), h: Math.ceil(r.h * ratio) })));
  return coloursIn(page, png, scaled);
}

/** axe on the page as it is now, with its undecided results settled: every finding, named by screen. */
export async function audit(page: Page, screen: string): Promise<Finding[]> {
  // Evaluated by the test, not added as an inline <script>, which the page's policy refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { findings, overCanvas } = await page.evaluate(runAxe, TAGS);
  const all: Finding[] = findings.map((f) => ({ screen, ...f }));
  if (overCanvas.length === 0) return all;
  const behind = await coloursBehind(page, overCanvas.map((o) => o.rects));
  for (const [i, o] of overCanvas.entries()) {
    const [r, g, b, a] = o.colour;
    const text = (r << 16) | (g << 8) | b;
    const worst = Math.min(...behind[i]!.map((bg) => contrastRatio(blend(text, bg, a), bg)));
    if (worst < o.minimum) all.push({ screen, rule: 'color-contrast (over the canvas)', impact: 'serious', node: `${o.node}: ${worst.toFixed(2)}:1 at worst, needs ${o.minimum}:1` });
  }
  return all;
}
