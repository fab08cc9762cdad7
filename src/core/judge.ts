/**
 * Judging a response against its question: how much credit it earns, whether that counts as
 * right, and how far off it was (for feedback that teaches). One pure function per type.
 */
import { kmOutsideArea, type AreaLookup } from './area';
import type { Question } from './bank/schema';
import { greatCircleKm, placeCredit } from './geo';
import { CORRECT_CREDIT, dateCredit, numericCredit } from './scoring';

export type Response =
  /** A card: choice and true/false questions. `place` is where it was shown (0 to 5). */
  | { kind: 'choice'; place: number }
  /** An estimate. */
  | { kind: 'number'; value: number }
  /** A date at the question's precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  | { kind: 'date'; value: string }
  /** A point on the map, or a place picked from the list (its name in `label`). */
  | { kind: 'point'; lat: number; lon: number; label?: string };

export interface Judgement {
  credit: number;
  correct: boolean;
  /** Estimates: guess / truth. */
  ratio?: number;
  /** Dates: how many years, months or days off. */
  offBy?: number;
  /**
   * Places: great-circle distance in km, from the place's point; for a place scored by its
   * outline (`inArea` set), from its border, 0 inside it.
   */
  distanceKm?: number;
  /** Places scored by their outline: whether the tap was inside it (or on the answer's own point). Absent for the radius rule. */
  inArea?: boolean;
}

/** What judging may need besides the question and the response. */
export interface JudgeContext {
  /**
   * Outlines of areas by id, for "where" questions that name an `area`. Without it, or without
   * that area's outline, such a question is scored by its radius like any other.
   */
  areas?: AreaLookup;
}

const DATE_RE = { year: /^(\d{4})$/, month: /^(\d{4})-(\d{2})$/, day: /^(\d{4})-(\d{2})-(\d{2})$/ } as const;

/** A date in units of its precision: years, months since year 0, or days since 1970. */
export function dateUnits(value: string, precision: keyof typeof DATE_RE): number | null {
  const m = DATE_RE[precision].exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (precision === 'year') return y;
  if (precision === 'month') return y * 12 + (mo - 1);
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(y, mo - 1, d);
  // 31 February rolls into March: such a date does not exist.
  if (date.getUTCDate() !== d) return null;
  return Math.round(date.getTime() / 86_400_000);
}

const verdict = (credit: number, extra: Omit<Judgement, 'credit' | 'correct'> = {}): Judgement => ({ credit, correct: credit >= CORRECT_CREDIT, ...extra });

/**
 * Null when the response does not fit the question (a date for a map question, a place
 * outside the shown cards): the round rejects it rather than scoring nonsense.
 */
export function judge(question: Question, correctPlace: number | null, placesShown: number, r: Response, context: JudgeContext = {}): Judgement | null {
  switch (question.type) {
    case 'choice':
    case 'truefalse':
      if (r.kind !== 'choice' || !Number.isInteger(r.place) || r.place < 0 || r.place >= placesShown) return null;
      return verdict(r.place === correctPlace ? 1 : 0);
    case 'estimate': {
      if (r.kind !== 'number' || !Number.isFinite(r.value)) return null;
      return verdict(numericCredit(r.value, question.answer.value), { ratio: r.value / question.answer.value });
    }
    case 'when': {
      if (r.kind !== 'date') return null;
      const guess = dateUnits(r.value, question.answer.precision);
      const truth = dateUnits(question.answer.value, question.answer.precision);
      if (guess === null || truth === null) return null;
      const offBy = guess - truth;
      return verdict(dateCredit(offBy, question.answer.precision), { offBy });
    }
    case 'where': {
      if (r.kind !== 'point' || !(Math.abs(r.lat) <= 90) || !(Math.abs(r.lon) <= 180)) return null;
      const a = question.answer;
      const shape = a.area === undefined ? undefined : context.areas?.(a.area);
      if (shape) {
        // A tap anywhere inside the outline (Moscow or Vladivostok for Russia) is on the place;
        // outside it, credit falls with the distance to the border, as it does beyond a radius.
        // The answer's own point counts as on the place too: a country's centre can lie at sea
        // off a coarse outline (Fiji's, the Bahamas'), and picking the country from the list
        // gives exactly that point.
        const outsideKm = Math.min(kmOutsideArea(shape, r), greatCircleKm(r, a));
        return verdict(placeCredit(outsideKm, a.scaleKm), { distanceKm: outsideKm, inArea: outsideKm === 0 });
      }
      const distanceKm = greatCircleKm(r, a);
      // A tap anywhere within the place's own radius (around Beijing, say) is on the place.
      return verdict(placeCredit(Math.max(0, distanceKm - a.radiusKm), a.scaleKm), { distanceKm });
    }
  }
}
