/**
 * A question as it may travel to phones while it is open: everything its view draws (prompt,
 * cards in the room's order, the slider's range, the years, the map's region) and nothing that
 * gives the answer away (which card, the figure, the date, the place). The answer follows at the
 * reveal, as `RevealedAnswer`. Every field is listed by hand, never copied with a spread, so a
 * field added to the bank schema later does not leak by default.
 */
import type { FactKind } from '../core/bank/constants';
import type { Question } from '../core/bank/schema';
import type { RoundQuestion } from '../core/select';

interface Common {
  id: string;
  kind: FactKind;
  prompt: string;
}

export type PublicQuestion =
  /** `options`: the card texts in the places they are shown (place 0 first). */
  | (Common & { type: 'choice'; options: string[] })
  /** The prompt is the statement; the cards are True (place 0) and False (place 1). */
  | (Common & { type: 'truefalse' })
  | (Common & { type: 'estimate'; min: number; max: number; scale: 'log' | 'linear'; unit: string })
  | (Common & { type: 'when'; precision: 'year' | 'month' | 'day'; minYear: number; maxYear: number })
  | (Common & { type: 'where'; focus?: { lat: number; lon: number; spanDeg: number } });

export type RevealedAnswer =
  | { type: 'choice'; place: number; text: string }
  | { type: 'truefalse'; place: number; value: boolean }
  | { type: 'estimate'; value: number; unit: string }
  | { type: 'when'; value: string; precision: 'year' | 'month' | 'day' }
  | { type: 'where'; name: string; lat: number; lon: number };

/**
 * `text`: the same question in the player's language (core/bank/localize.ts); its options are in
 * the original's order, so the round's card order applies to them too.
 */
export function publicQuestion(rq: RoundQuestion, text: Question = rq.question): PublicQuestion {
  const q = text.id === rq.question.id && text.type === rq.question.type ? text : rq.question;
  const common: Common = { id: q.id, kind: rq.kind, prompt: q.prompt };
  switch (q.type) {
    case 'choice':
      return { ...common, type: 'choice', options: rq.order.map((i) => q.options[i]!) };
    case 'truefalse':
      return { ...common, type: 'truefalse' };
    case 'estimate':
      return { ...common, type: 'estimate', min: q.answer.min, max: q.answer.max, scale: q.answer.scale, unit: q.answer.unit };
    case 'when':
      return { ...common, type: 'when', precision: q.answer.precision, minYear: q.answer.minYear, maxYear: q.answer.maxYear };
    case 'where': {
      const f = q.answer.focus;
      return f ? { ...common, type: 'where', focus: { lat: f.lat, lon: f.lon, spanDeg: f.spanDeg } } : { ...common, type: 'where' };
    }
  }
}

export function revealedAnswer(rq: RoundQuestion, text: Question = rq.question): RevealedAnswer {
  const q = text.id === rq.question.id && text.type === rq.question.type ? text : rq.question;
  switch (q.type) {
    case 'choice':
      return { type: 'choice', place: rq.correctPlace!, text: q.options[q.answer]! };
    case 'truefalse':
      return { type: 'truefalse', place: rq.correctPlace!, value: q.answer };
    case 'estimate':
      return { type: 'estimate', value: q.answer.value, unit: q.answer.unit };
    case 'when':
      return { type: 'when', value: q.answer.value, precision: q.answer.precision };
    case 'where':
      return { type: 'where', name: q.answer.name, lat: q.answer.lat, lon: q.answer.lon };
  }
}
