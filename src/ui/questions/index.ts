import type { QuestionType } from '../../core/bank/constants';
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

/** What the map question's chunk gives: its view, and the outlines it scores by. */
export type WhereModule = Pick<typeof import('../../core/outlines'), 'areaLookup'> & { view: QuestionView };

// The map question brings d3-geo and the world outlines: it loads only for rounds that ask one.
// Whoever loads it keeps the view (the map support service) and hands it to viewFor.
export async function loadWhereView(): Promise<WhereModule> {
  // The view imports the world map itself, so both come in the one chunk.
  const [where, outlines] = await Promise.all([import('./where'), import('../../core/outlines')]);
  return { view: where.whereView, areaLookup: outlines.areaLookup };
}

/** The view of a question type; `where` is the map question's view once loaded, else null. */
export function viewFor(type: QuestionType, where: QuestionView | null): QuestionView {
  if (type !== 'where') return VIEWS[type];
  if (!where) throw new Error('the map question was shown before its view was loaded');
  return where;
}
