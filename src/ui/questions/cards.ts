import type { LayerButton } from '../dom/AccessibleLayer';
import { LETTERS } from '../canvas/theme';
import { answerCard } from '../canvas/widgets';
import { answerCardRects } from './cardLayout';
import type { QuestionView, ViewContext } from './types';

/** The cards a question shows, in their shown order. */
export function cardLabels(ctx: ViewContext): string[] {
  const q = ctx.shown;
  if (q.type === 'choice') return q.options;
  if (q.type === 'truefalse') return [ctx.i18n.t('round.true'), ctx.i18n.t('round.false')];
  return [];
}

export const cardsView: QuestionView = {
  drawCanvas(ctx) {
    const labels = cardLabels(ctx);
    const rects = answerCardRects(ctx.area, labels.length, ctx.font, ctx.look.rtl);
    labels.forEach((text, i) => answerCard(ctx.scene, rects[i]!, ctx.shown.type === 'truefalse' ? (i === 0 ? 3 : 0) : i, text, LETTERS[i]!, ctx.font));
  },
  layer(ctx) {
    const labels = cardLabels(ctx);
    const rects = answerCardRects(ctx.area, labels.length, ctx.font, ctx.look.rtl);
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
