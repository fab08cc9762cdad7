import type { LayerButton } from '../AccessibleLayer';
import { isRtl, MIN_TOUCH, type Rect } from '../layout';
import { LETTERS } from '../theme';
import { answerCard } from '../widgets';
import type { QuestionView, ViewContext } from './types';

/** The cards a question shows, in their shown order. */
export function cardLabels(ctx: ViewContext): string[] {
  const q = ctx.rq.question;
  if (q.type === 'choice') return ctx.rq.order.map((i) => q.options[i]!);
  if (q.type === 'truefalse') return [ctx.i18n.t('round.true'), ctx.i18n.t('round.false')];
  return [];
}

/** Four cards in a column on a phone, two by two on a wide screen; two cards side by side or stacked. */
export function cardRects(area: Rect, n: number, portrait: boolean, gap: number): Rect[] {
  const rects: Rect[] = [];
  const cols = portrait ? 1 : 2;
  const rows = Math.ceil(n / cols);
  const cw = Math.round((area.w - (cols - 1) * gap) / cols);
  const ch = Math.max(MIN_TOUCH, Math.round((area.h - (rows - 1) * gap) / rows));
  for (let i = 0; i < n; i++) {
    const x = area.x + (i % cols) * (cw + gap);
    // Right to left, the first card sits top right: mirror within the answer area.
    rects.push({ x: isRtl() ? area.x + area.w - (x - area.x) - cw : x, y: area.y + Math.floor(i / cols) * (ch + gap), w: cw, h: ch });
  }
  return rects;
}

const isPortrait = (ctx: ViewContext) => ctx.area.w < 560 || ctx.area.w / Math.max(1, ctx.area.h) < 1.1;
const gapOf = (ctx: ViewContext) => Math.max(8, Math.round(ctx.font * 0.7));

export const cardsView: QuestionView = {
  drawCanvas(ctx) {
    const labels = cardLabels(ctx);
    const rects = cardRects(ctx.area, labels.length, isPortrait(ctx), gapOf(ctx));
    labels.forEach((text, i) => answerCard(ctx.scene, rects[i]!, ctx.rq.question.type === 'truefalse' ? (i === 0 ? 3 : 0) : i, text, LETTERS[i]!, ctx.font));
  },
  layer(ctx) {
    const labels = cardLabels(ctx);
    const rects = cardRects(ctx.area, labels.length, isPortrait(ctx), gapOf(ctx));
    const buttons: LayerButton[] = labels.map((label, place) => ({
      id: `answer-${place}`,
      label,
      rect: rects[place]!,
      keyshortcuts: `${place + 1} ${LETTERS[place]}`,
      onPress: () => ctx.submit({ kind: 'choice', place }),
    }));
    return { buttons, controls: [] };
  },
  focusId: () => undefined,
  answerKey(ctx, place) {
    if (place < cardLabels(ctx).length) ctx.submit({ kind: 'choice', place });
  },
};
