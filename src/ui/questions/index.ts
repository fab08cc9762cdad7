import type { QuestionType } from '../../core/bank/schema';
import { cardsView } from './cards';
import { estimateView } from './estimate';
import type { QuestionView } from './types';
import { whenView } from './when';
import { whereView } from './where';

const VIEWS: Record<QuestionType, QuestionView> = {
  choice: cardsView,
  truefalse: cardsView,
  estimate: estimateView,
  when: whenView,
  where: whereView,
};

export const viewFor = (type: QuestionType): QuestionView => VIEWS[type];
