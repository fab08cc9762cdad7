import type { QuestionType } from '../../core/bank/schema';
import { cardsView } from './cards';
import { estimateView } from './estimate';
import type { QuestionView } from './types';
import { whenView } from './when';

const VIEWS: Record<Exclude<QuestionType, 'where'>, QuestionView> = {
  choice: cardsView,
  truefalse: cardsView,
  estimate: estimateView,
  when: whenView,
};

// The map question brings d3-geo and the world outlines: it loads only for rounds that ask one.
let whereView: QuestionView | null = null;

/** What the map question's chunk gives besides its view: the outlines it scores by. */
export type WhereModule = Pick<typeof import('./where'), 'areaLookup'>;

export async function loadWhereView(): Promise<WhereModule> {
  const where = await import('./where');
  whereView ??= where.whereView;
  return where;
}

export function viewFor(type: QuestionType): QuestionView {
  if (type !== 'where') return VIEWS[type];
  if (!whereView) throw new Error('the map question was shown before its view was loaded');
  return whereView;
}
