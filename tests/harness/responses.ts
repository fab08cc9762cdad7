/** Responses that are exactly right, clearly wrong or partly right for any question type, for driving rounds in tests. */
import type { Response } from '../../src/core/judge';
import { DATE_CREDIT_SPAN } from '../../src/core/scoring';
import type { RoundQuestion } from '../../src/core/select';

type Precision = keyof typeof DATE_CREDIT_SPAN;

/** Kilometres per degree of latitude along a meridian, on the sphere greatCircleKm uses. */
export const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

const isCard = (rq: RoundQuestion) => rq.question.type === 'choice' || rq.question.type === 'truefalse';

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
    case 'when':
      // Forty years' worth of units: far past any date's credit span, and always a real date.
      return { kind: 'date', value: shiftDate(q.answer.value, q.answer.precision, { year: 40, month: 480, day: 40 * 365 }[q.answer.precision]) };
    case 'where':
      return { kind: 'point', lat: -q.answer.lat, lon: q.answer.lon > 0 ? q.answer.lon - 180 : q.answer.lon + 180 };
  }
}

/**
 * A response `t` of the way (-1..1, the sign picks the side) from exactly right towards no credit,
 * overshooting a little so that |t| near 1 earns nothing: an estimate off by 10^(1.2 t), a date
 * round(1.2 t span) units off, a tap 1.2 |t| scaleKm beyond the place's radius. Card questions
 * have no partial answers: |t| < 0.5 is the right card, otherwise a wrong one.
 */
export function nearResponse(rq: RoundQuestion, t: number): Response {
  const q = rq.question;
  switch (q.type) {
    case 'choice':
    case 'truefalse':
      return Math.abs(t) < 0.5 ? rightResponse(rq) : wrongResponse(rq);
    case 'estimate':
      return { kind: 'number', value: q.answer.value * 10 ** (1.2 * t) };
    case 'when':
      return { kind: 'date', value: shiftDate(q.answer.value, q.answer.precision, Math.round(1.2 * t * DATE_CREDIT_SPAN[q.answer.precision])) };
    case 'where': {
      const km = q.answer.radiusKm + 1.2 * Math.abs(t) * q.answer.scaleKm;
      return pointAlongMeridian(q.answer, km);
    }
  }
}

/** A point `km` away from `from` along its meridian, towards the equator (so never over a pole). */
export function pointAlongMeridian(from: { lat: number; lon: number }, km: number): { kind: 'point'; lat: number; lon: number } {
  const deg = km / KM_PER_DEGREE;
  return { kind: 'point', lat: from.lat >= 0 ? from.lat - deg : from.lat + deg, lon: from.lon };
}

/** `value` (YYYY, YYYY-MM or YYYY-MM-DD) moved by `units` years, months or days. Years stay 1000-9999 in tests. */
export function shiftDate(value: string, precision: Precision, units: number): string {
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  if (precision === 'year') return pad(y + units, 4);
  if (precision === 'month') {
    const total = y * 12 + (m - 1) + units;
    return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1, 2)}`;
  }
  return new Date(Date.UTC(y, m - 1, d + units)).toISOString().slice(0, 10);
}

/** Is `value` a real calendar date written at `precision`? (An oracle written apart from src/core/judge.) */
export function isRealDate(value: string, precision: Precision): boolean {
  const re = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ }[precision];
  if (!re.test(value)) return false;
  const [, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const y = Number(value.slice(0, 4));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (m < 1 || m > 12) return false;
  return d >= 1 && d <= (m === 2 && leap ? 29 : monthDays[m - 1]!);
}

/** Does the round accept `r` as an answer to `rq` at all (whatever its credit)? */
export function fitsQuestion(rq: RoundQuestion, r: Response): boolean {
  const q = rq.question;
  if (isCard(rq)) return r.kind === 'choice' && Number.isInteger(r.place) && r.place >= 0 && r.place < rq.order.length;
  switch (q.type) {
    case 'estimate':
      return r.kind === 'number' && Number.isFinite(r.value);
    case 'when':
      return r.kind === 'date' && isRealDate(r.value, q.answer.precision);
    case 'where':
      return r.kind === 'point' && Math.abs(r.lat) <= 90 && Math.abs(r.lon) <= 180;
    default:
      return false;
  }
}

/** One response of each kind, for checking that the wrong kind is refused. */
export const ONE_OF_EACH_KIND: readonly Response[] = [
  { kind: 'choice', place: 0 },
  { kind: 'number', value: 13_000 },
  { kind: 'date', value: '2025' },
  { kind: 'point', lat: 39.9, lon: 116.4 },
];

/** The response kind a question type takes. */
export const KIND_FOR_TYPE = { choice: 'choice', truefalse: 'choice', estimate: 'number', when: 'date', where: 'point' } as const;
