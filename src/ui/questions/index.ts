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

// The map question brings d3-geo and the world outlines: it loads only for rounds that ask one.
let whereView: QuestionView | null = null;

/** What the map question's chunk gives besides its view: the outlines it scores by. */
export type WhereModule = Pick<typeof import('../worldMap'), 'areaLookup'>;

export async function loadWhereView(): Promise<WhereModule> {
  // The view imports the world map itself, so both come in the one chunk.
  const [where, worldMap] = await Promise.all([import('./where'), import('../worldMap')]);
  whereView ??= where.whereView;
  return worldMap;
}

export function viewFor(type: QuestionType): QuestionView {
  if (type !== 'where') return VIEWS[type];
  if (!whereView) throw new Error('the map question was shown before its view was loaded');
  return whereView;
}
