/** Responses that are exactly right or clearly wrong for any question type, for driving rounds in tests. */
import type { Response } from '../../src/core/judge';
import type { RoundQuestion } from '../../src/core/select';

export function rightResponse(rq: RoundQuestion): Response {
  const q = rq.question;
  switch (q.type) {
    case 'choice':
    case 'truefalse':
      return { kind: 'choice', place: rq.correctPlace! };
    case 'estimate':
      return { kind: 'number', value: q.answer.value };
    case 'when':
      return { kind: 'date', value: q.answer.value };
    case 'where':
      return { kind: 'point', lat: q.answer.lat, lon: q.answer.lon };
  }
}

/** Wrong enough to earn no credit at all. */
export function wrongResponse(rq: RoundQuestion): Response {
  const q = rq.question;
  switch (q.type) {
    case 'choice':
    case 'truefalse':
      return { kind: 'choice', place: (rq.correctPlace! + 1) % rq.order.length };
    case 'estimate':
      return { kind: 'number', value: q.answer.value * 1000 };
    case 'when': {
      const year = Number(q.answer.value.slice(0, 4)) + 40;
      return { kind: 'date', value: String(year) + q.answer.value.slice(4) };
    }
    case 'where':
      return { kind: 'point', lat: -q.answer.lat, lon: q.answer.lon > 0 ? q.answer.lon - 180 : q.answer.lon + 180 };
  }
}
