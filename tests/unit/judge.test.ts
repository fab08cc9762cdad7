/**
 * Judging a response, type by type, the way a player would notice: the exact answer earns full
 * credit, a worse answer never earns more, and an answer of the wrong kind is refused, not scored.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EstimateQuestion, WhenQuestion, WhereQuestion } from '../../src/core/bank/schema';
import { QUESTION_TYPES } from '../../src/core/bank/constants';
import { greatCircleKm, placeCredit, type Place } from '../../src/core/geo';
import { dateUnits, judge, type Response } from '../../src/core/judge';
import { areaLookup } from '../../src/core/outlines';
import { createRound, roundReducer } from '../../src/core/round';
import { CORRECT_CREDIT, DATE_CREDIT_SPAN } from '../../src/core/scoring';
import type { RoundQuestion } from '../../src/core/select';
import { roundQuestionById, roundQuestionOfType, roundQuestionsOfType } from '../harness/byType';
import { realBank } from '../harness/realBank';
import { KIND_FOR_TYPE, ONE_OF_EACH_KIND, pointAlongMeridian, rightResponse, shiftDate, wrongResponse } from '../harness/responses';

const bank = realBank();
const judgeRq = (rq: RoundQuestion, r: Response) => judge(rq.question, rq.correctPlace, rq.order.length, r);
const credit = (rq: RoundQuestion, r: Response) => judgeRq(rq, r)?.credit;
const props = { numRuns: 150 };

const base = { factId: 'f', prompt: 'p?', difficulty: 1 as const };
const estimateQ = (value: number): RoundQuestion => {
  const question: EstimateQuestion = { ...base, id: 'est', type: 'estimate', answer: { value, min: value / 1000, max: value * 1000, scale: 'log', unit: 'things' } };
  return { question, kind: 'quantity', order: [], correctPlace: null };
};
const whenQ = (value: string, precision: 'year' | 'month' | 'day'): RoundQuestion => {
  const question: WhenQuestion = { ...base, id: 'when', type: 'when', answer: { value, precision, minYear: 1000, maxYear: 9999 } };
  return { question, kind: 'date', order: [], correctPlace: null };
};
const whereQ = (lat: number, lon: number, radiusKm: number, scaleKm: number): RoundQuestion => {
  const question: WhereQuestion = { ...base, id: 'where', type: 'where', answer: { name: 'Somewhere', lat, lon, radiusKm, scaleKm } };
  return { question, kind: 'place', order: [], correctPlace: null };
};

describe('judge: the exact answer and a clearly wrong one', () => {
  it.each(QUESTION_TYPES)('%s: every question of the bank scores full credit, and counts as right, for the exact answer', (type) => {
    const rqs = roundQuestionsOfType(bank, type);
    expect(rqs.length).toBeGreaterThan(0);
    for (const rq of rqs) expect(judgeRq(rq, rightResponse(rq))).toMatchObject({ credit: 1, correct: true });
  });

  it.each(QUESTION_TYPES)('%s: a clearly wrong answer scores nothing', (type) => {
    for (const rq of roundQuestionsOfType(bank, type)) expect(judgeRq(rq, wrongResponse(rq))).toMatchObject({ credit: 0, correct: false });
  });

  it('says how far off the exact answer was: ratio 1, 0 units, 0 km', () => {
    const est = roundQuestionOfType(bank, 'estimate');
    const when = roundQuestionOfType(bank, 'when');
    const where = roundQuestionOfType(bank, 'where');
    expect(judgeRq(est, rightResponse(est))).toMatchObject({ ratio: 1 });
    expect(judgeRq(when, rightResponse(when))).toMatchObject({ offBy: 0 });
    expect(judgeRq(where, rightResponse(where))).toMatchObject({ distanceKm: 0 });
  });
});

describe('judge: a response that does not fit the question is refused (null), never scored', () => {
  it.each(QUESTION_TYPES)('%s: refuses every other kind of response', (type) => {
    for (const rq of roundQuestionsOfType(bank, type)) {
      for (const r of ONE_OF_EACH_KIND) {
        if (r.kind === KIND_FOR_TYPE[type]) continue;
        expect(judgeRq(rq, r), `${rq.question.id} given a ${r.kind}`).toBeNull();
      }
    }
  });

  it('refuses a card that is not on screen: 4 choice cards, 2 true/false cards', () => {
    const choice = roundQuestionOfType(bank, 'choice');
    const tf = roundQuestionOfType(bank, 'truefalse');
    for (const place of [-1, 4, 1.5, Number.NaN]) expect(judgeRq(choice, { kind: 'choice', place })).toBeNull();
    for (const place of [0, 1, 2, 3]) expect(judgeRq(choice, { kind: 'choice', place })).not.toBeNull();
    for (const place of [-1, 2, 3, 0.5]) expect(judgeRq(tf, { kind: 'choice', place })).toBeNull();
  });

  it('refuses an estimate that is not a finite number, but scores 0 or a negative number as 0', () => {
    const rq = roundQuestionOfType(bank, 'estimate');
    for (const value of [Number.NaN, Infinity, -Infinity]) expect(judgeRq(rq, { kind: 'number', value })).toBeNull();
    for (const value of [0, -13_000]) expect(judgeRq(rq, { kind: 'number', value })).toMatchObject({ credit: 0, correct: false });
  });

  it('refuses a date that does not exist or is not written at the question precision', () => {
    const day = roundQuestionById(bank, 'q-when-meeting');
    const year = roundQuestionById(bank, 'q-when-defense-pact');
    for (const value of ['2025-02-30', '2025-09-31', '2025-13-03', '2025', '2025-09', '2025-9-3', 'September 3, 2025', '']) {
      expect(judgeRq(day, { kind: 'date', value }), value).toBeNull();
    }
    for (const value of ['2024-06-01', '2024-06', '24', '2024 ']) expect(judgeRq(year, { kind: 'date', value }), value).toBeNull();
  });

  it('refuses a point off the globe, and takes the poles and the date line', () => {
    const rq = roundQuestionOfType(bank, 'where');
    for (const [lat, lon] of [[91, 0], [-90.5, 0], [0, 181], [0, -180.1], [Number.NaN, 0], [0, Number.NaN]] as const) {
      expect(judgeRq(rq, { kind: 'point', lat, lon })).toBeNull();
    }
    for (const [lat, lon] of [[90, 180], [-90, -180]] as const) expect(judgeRq(rq, { kind: 'point', lat, lon })).not.toBeNull();
  });
});

describe('judge: estimates, by how many times too many or too few', () => {
  const truth = fc.double({ min: 1, max: 1e7, noNaN: true });
  const logErr = fc.double({ min: 0, max: 2, noNaN: true });

  it('stays within [0, 1], never rises as the guess gets further off, and reports the ratio', () => {
    fc.assert(
      fc.property(truth, logErr, logErr, fc.boolean(), (t, a, b, over) => {
        const rq = estimateQ(t);
        const [near, far] = a <= b ? [a, b] : [b, a];
        const guess = (e: number) => (over ? t * 10 ** e : t / 10 ** e);
        const jn = judgeRq(rq, { kind: 'number', value: guess(near) })!;
        const jf = judgeRq(rq, { kind: 'number', value: guess(far) })!;
        for (const j of [jn, jf]) {
          expect(j.credit).toBeGreaterThanOrEqual(0);
          expect(j.credit).toBeLessThanOrEqual(1);
          expect(j.correct).toBe(j.credit >= CORRECT_CREDIT);
        }
        expect(jf.credit).toBeLessThanOrEqual(jn.credit + 1e-12);
        expect(jn.ratio).toBeCloseTo(guess(near) / t, 9);
      }),
      props,
    );
  });

  it('scores twice too many like half as many, and nothing at ten times off', () => {
    const rq = roundQuestionById(bank, 'q-est-troops-deployed');
    expect(credit(rq, { kind: 'number', value: 26_000 })).toBeCloseTo(1 - Math.log10(2), 9);
    expect(credit(rq, { kind: 'number', value: 6500 })).toBeCloseTo(credit(rq, { kind: 'number', value: 26_000 })!, 9);
    expect(credit(rq, { kind: 'number', value: 130_000 })).toBe(0);
    expect(credit(rq, { kind: 'number', value: 1300 })).toBe(0);
  });

  it('counts a guess within about a quarter of the figure as right', () => {
    const rq = roundQuestionById(bank, 'q-est-troops-killed');
    expect(judgeRq(rq, { kind: 'number', value: 2200 })).toMatchObject({ correct: true });
    expect(judgeRq(rq, { kind: 'number', value: 1700 })).toMatchObject({ correct: true });
    expect(judgeRq(rq, { kind: 'number', value: 3000 })).toMatchObject({ correct: false });
  });
});

describe('judge: "when", by how many years, months or days off', () => {
  const dayArb = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const at = { year: (v: string) => v.slice(0, 4), month: (v: string) => v.slice(0, 7), day: (v: string) => v };

  it.each(['year', 'month', 'day'] as const)('at %s precision: credit in [0, 1], never rising with |offBy|, full at 0, none at the span', (precision) => {
    const span = DATE_CREDIT_SPAN[precision];
    const off = fc.integer({ min: -2 * span, max: 2 * span });
    fc.assert(
      fc.property(dayArb, off, off, (day, a, b) => {
        const value = at[precision](day);
        const rq = whenQ(value, precision);
        const ja = judgeRq(rq, { kind: 'date', value: shiftDate(value, precision, a) })!;
        const jb = judgeRq(rq, { kind: 'date', value: shiftDate(value, precision, b) })!;
        expect(ja.offBy).toBe(a);
        expect(jb.offBy).toBe(b);
        for (const [j, o] of [[ja, a], [jb, b]] as const) {
          expect(j.credit).toBeGreaterThanOrEqual(0);
          expect(j.credit).toBeLessThanOrEqual(1);
          expect(j.correct).toBe(j.credit >= CORRECT_CREDIT);
          if (o === 0) expect(j.credit).toBe(1);
          if (Math.abs(o) >= span) expect(j.credit).toBe(0);
        }
        if (Math.abs(a) <= Math.abs(b)) expect(jb.credit).toBeLessThanOrEqual(ja.credit);
        if (Math.abs(a) === Math.abs(b)) expect(jb.credit).toBe(ja.credit);
      }),
      props,
    );
  });

  it('treats a year off as wrong, a month off as right, and up to three days off as right', () => {
    const year = roundQuestionById(bank, 'q-when-defense-pact');
    expect(judgeRq(year, { kind: 'date', value: '2023' })).toMatchObject({ credit: 0.8, correct: false, offBy: -1 });
    expect(judgeRq(year, { kind: 'date', value: '2029' })).toMatchObject({ credit: 0, offBy: 5 });
    expect(judgeRq(whenQ('2025-09', 'month'), { kind: 'date', value: '2025-10' })).toMatchObject({ correct: true, offBy: 1 });
    const day = roundQuestionById(bank, 'q-when-meeting');
    expect(judgeRq(day, { kind: 'date', value: '2025-09-06' })).toMatchObject({ correct: true, offBy: 3 });
    expect(judgeRq(day, { kind: 'date', value: '2025-08-30' })).toMatchObject({ correct: false, offBy: -4 });
    // Counted on the calendar, across the end of a month and a year.
    expect(judgeRq(whenQ('2024-12-31', 'day'), { kind: 'date', value: '2025-01-01' })).toMatchObject({ offBy: 1 });
    expect(judgeRq(whenQ('2024-02-28', 'day'), { kind: 'date', value: '2024-03-01' })).toMatchObject({ offBy: 2 });
    expect(judgeRq(whenQ('2024-12', 'month'), { kind: 'date', value: '2025-01' })).toMatchObject({ offBy: 1 });
  });
});

describe('dateUnits', () => {
  it.each(['2025-02-30', '2023-02-29', '2100-02-29', '2025-04-31', '2025-01-32', '2025-13-01', '2025-00-10', '2025-01-00'])('refuses %s, a day that does not exist', (value) => {
    expect(dateUnits(value, 'day')).toBeNull();
  });

  it('refuses a month that does not exist', () => {
    expect(dateUnits('2025-13', 'month')).toBeNull();
    expect(dateUnits('2025-00', 'month')).toBeNull();
  });

  it.each([
    ['2025', 'day'],
    ['2025-09', 'day'],
    ['2025-09-03', 'month'],
    ['2025-09-03', 'year'],
    ['2025', 'month'],
    ['2025-9-3', 'day'],
    ['25', 'year'],
    ['2025 ', 'year'],
    ['20250903', 'day'],
  ] as const)('refuses %s at %s precision', (value, precision) => {
    expect(dateUnits(value, precision)).toBeNull();
  });

  it('takes real dates, leap days included', () => {
    expect(dateUnits('2024-02-29', 'day')).not.toBeNull();
    expect(dateUnits('2000-02-29', 'day')).not.toBeNull();
    expect(dateUnits('2025', 'year')).toBe(2025);
    expect(dateUnits('2025-01', 'month')! + 11).toBe(dateUnits('2025-12', 'month'));
  });

  it('counts k days, months or years apart as k units apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -800, max: 800 }), (y, m, d, k) => {
        const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(dateUnits(shiftDate(day, 'day', k), 'day')! - dateUnits(day, 'day')!).toBe(k);
        expect(dateUnits(shiftDate(day.slice(0, 7), 'month', k), 'month')! - dateUnits(day.slice(0, 7), 'month')!).toBe(k);
        const years = k % 100 || 0; // never -0
        expect(dateUnits(shiftDate(day.slice(0, 4), 'year', years), 'year')! - y).toBe(years);
      }),
      props,
    );
  });
});

describe('judge: "where", by distance from the place', () => {
  const latArb = fc.double({ min: -80, max: 80, noNaN: true });
  const lonArb = fc.double({ min: -180, max: 180, noNaN: true });
  const pointArb = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: lonArb });

  it('gives full credit for a tap anywhere inside the place radius (inside Ukraine, not only on its centre)', () => {
    for (const rq of roundQuestionsOfType(bank, 'where')) {
      const a = rq.question.type === 'where' ? rq.question.answer : null;
      if (!a) throw new Error('not a where question');
      expect(a.radiusKm).toBeGreaterThan(0);
      expect(judgeRq(rq, pointAlongMeridian(a, a.radiusKm * 0.99))).toMatchObject({ credit: 1, correct: true });
      // Beyond the radius and the tap tolerance (a twentieth of the scale) credit starts to fall, and reaches 0 at the scale.
      expect(credit(rq, pointAlongMeridian(a, a.radiusKm + a.scaleKm / 10))).toBeLessThan(1);
      expect(credit(rq, pointAlongMeridian(a, a.radiusKm + a.scaleKm + 1))).toBe(0);
    }
  });

  it('never gives a further tap more credit; credit stays in [0, 1]; the distance reported is the great-circle distance', () => {
    fc.assert(
      fc.property(latArb, lonArb, fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 100, max: 5000 }), pointArb, pointArb, (lat, lon, radius, scale, p, q) => {
        const rq = whereQ(lat, lon, radius, scale);
        const jp = judgeRq(rq, { kind: 'point', ...p })!;
        const jq = judgeRq(rq, { kind: 'point', ...q })!;
        for (const [j, pt] of [[jp, p], [jq, q]] as const) {
          expect(j.distanceKm).toBeCloseTo(greatCircleKm(pt, { lat, lon }), 6);
          expect(j.credit).toBeGreaterThanOrEqual(0);
          expect(j.credit).toBeLessThanOrEqual(1);
          expect(j.correct).toBe(j.credit >= CORRECT_CREDIT);
          if (j.distanceKm! <= radius) expect(j.credit).toBe(1);
        }
        const [near, far] = jp.distanceKm! <= jq.distanceKm! ? [jp, jq] : [jq, jp];
        expect(far.credit).toBeLessThanOrEqual(near.credit);
      }),
      props,
    );
  });

  it('scores a place picked from the list by where it is, whatever its label says', () => {
    const rq = roundQuestionById(bank, 'q-where-beijing');
    const paris = { lat: 48.8566, lon: 2.3522 };
    expect(judgeRq(rq, { kind: 'point', ...paris, label: 'Beijing' })).toEqual(judgeRq(rq, { kind: 'point', ...paris }));
    expect(judgeRq(rq, { kind: 'point', lat: 39.9042, lon: 116.4074, label: 'Beijing' })).toMatchObject({ credit: 1 });
  });
});

describe('judge: true or false', () => {
  it('shows True in place 0: True is right exactly when the statement is', () => {
    const rqs = roundQuestionsOfType(bank, 'truefalse');
    expect(new Set(rqs.map((rq) => rq.question.type === 'truefalse' && rq.question.answer))).toEqual(new Set([true, false]));
    for (const rq of rqs) {
      const statementTrue = rq.question.type === 'truefalse' && rq.question.answer;
      expect(judgeRq(rq, { kind: 'choice', place: 0 })).toMatchObject({ credit: statementTrue ? 1 : 0, correct: statementTrue });
      expect(judgeRq(rq, { kind: 'choice', place: 1 })).toMatchObject({ credit: statementTrue ? 0 : 1, correct: !statementTrue });
    }
  });

  it('marks "Putin claimed it on Truth Social" false: the claim was Trump\u2019s', () => {
    const rq = roundQuestionById(bank, 'q-tf-putin-truth-social');
    expect(judgeRq(rq, { kind: 'choice', place: 1 })).toMatchObject({ correct: true });
    expect(judgeRq(rq, { kind: 'choice', place: 0 })).toMatchObject({ correct: false });
  });
});

describe('judge: choice', () => {
  it('is right only for the card showing the right option, wherever the seed put it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (seed) => {
        for (const rq of roundQuestionsOfType(bank, 'choice', seed)) {
          const q = rq.question;
          if (q.type !== 'choice') throw new Error('not a choice question');
          rq.order.forEach((option, place) => {
            expect(judgeRq(rq, { kind: 'choice', place })).toMatchObject({ correct: option === q.answer, credit: option === q.answer ? 1 : 0 });
          });
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('judge: "where" by the outline of a country or state (answer.area)', () => {
  // The outlines the game scores by: the map's countries and the regions' outlines, from the shipped files.
  const asset = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../assets/geo/${name}`, import.meta.url), 'utf8'));
  const areas = areaLookup(asset('world-110m.json'), asset('places.json') as Place[], asset('regions.json'));
  const withAreas = (rq: RoundQuestion, r: Response) => judge(rq.question, rq.correctPlace, rq.order.length, r, { areas });
  const areaQ = (name: string, area: string, lat: number, lon: number, radiusKm = 400, scaleKm = 2000): RoundQuestion => {
    const question: WhereQuestion = { ...base, id: `where-${area}`, type: 'where', answer: { name, lat, lon, radiusKm, scaleKm, area } };
    return { question, kind: 'place', order: [], correctPlace: null };
  };
  const tap = (lat: number, lon: number): Response => ({ kind: 'point', lat, lon });
  // Countries at their gazetteer centres, with the old circle the issue describes (400 km, 2000 km scale).
  const russia = areaQ('Russia', 'country:RU', 60, 100);
  const usa = areaQ('United States', 'country:US', 38, -97);

  it('gives Moscow full credit for Russia (the 400 km circle round its centre gave nothing)', () => {
    const moscow = tap(55.7558, 37.6173);
    expect(withAreas(russia, moscow)).toEqual({ credit: 1, correct: true, distanceKm: 0, inArea: true });
    expect(judgeRq(russia, moscow)).toMatchObject({ credit: 0 });
  });

  it('gives New York full credit for the United States (the circle gave 0.21)', () => {
    const newYork = tap(40.7128, -74.006);
    expect(withAreas(usa, newYork)).toMatchObject({ credit: 1, correct: true, inArea: true });
    expect(credit(usa, newYork)).toBeCloseTo(0.21, 2);
  });

  it('gives a tap in Alaska or Hawaii full credit for the United States: every part of a multipolygon counts', () => {
    for (const [lat, lon] of [[64.84, -147.72], [61.2181, -149.9003], [68, -155], [19.6, -155.5]] as const) {
      expect(withAreas(usa, tap(lat, lon)), `${lat}, ${lon}`).toMatchObject({ credit: 1, inArea: true });
    }
  });

  it('finds Chukotka in Russia on both sides of the antimeridian', () => {
    expect(withAreas(russia, tap(65, 178))).toMatchObject({ credit: 1, inArea: true });
    expect(withAreas(russia, tap(66, -172))).toMatchObject({ credit: 1, inArea: true });
  });

  it('finds Vanua Levu, Fiji’s island across the antimeridian, on either side of it', () => {
    const fiji = areaQ('Fiji', 'country:FJ', -18, 175, 100, 1500);
    expect(withAreas(fiji, tap(-16.3, 179.9))).toMatchObject({ credit: 1, inArea: true });
    expect(withAreas(fiji, tap(-16.3, -179.9))).toMatchObject({ credit: 1, inArea: true });
    expect(withAreas(fiji, tap(-17.8, 178))).toMatchObject({ credit: 1, inArea: true });
    // Tonga, 800 km on: outside, and scored by its distance to Fiji's border.
    const tonga = withAreas(fiji, tap(-21.14, -175.2))!;
    expect(tonga.inArea).toBe(false);
    expect(tonga.credit).toBeGreaterThan(0);
    expect(tonga.credit).toBeLessThan(CORRECT_CREDIT);
  });

  it('counts the answer’s own point as on the place, though Fiji’s centre lies at sea off its outline', () => {
    const fiji = areaQ('Fiji', 'country:FJ', -18, 175, 100, 1500);
    // Picking "Fiji" from the list gives the gazetteer's point, 240 km from the nearest island drawn.
    expect(withAreas(fiji, { kind: 'point', lat: -18, lon: 175, label: 'Fiji' })).toEqual({ credit: 1, correct: true, distanceKm: 0, inArea: true });
    // Near that point, credit falls with the distance to it, not to the islands.
    const near = withAreas(fiji, tap(-18, 173))!;
    expect(near.distanceKm).toBeCloseTo(greatCircleKm({ lat: -18, lon: 173 }, { lat: -18, lon: 175 }), 6);
  });

  it('gives a tap just outside a border partial credit that falls as the tap moves away', () => {
    const ukraine = roundQuestionById(bank, 'q-where-ukraine');
    // North from Kyiv, over Ukraine's border with Belarus (about 51.5°N here) and on.
    const steps = [52, 52.5, 53, 54, 55, 56, 58, 60, 63].map((lat) => withAreas(ukraine, tap(lat, 30.52))!);
    for (const j of steps) {
      expect(j.inArea).toBe(false);
      expect(j.distanceKm).toBeGreaterThan(0);
      expect(j.credit).toBeCloseTo(placeCredit(j.distanceKm!, 1500), 12);
    }
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]!.distanceKm).toBeGreaterThan(steps[i - 1]!.distanceKm!);
      expect(steps[i]!.credit).toBeLessThanOrEqual(steps[i - 1]!.credit);
    }
    // Within the tap tolerance (a twentieth of 1500 km) of the border: still full credit.
    expect(steps[0]!.credit).toBe(1);
    expect(steps.some((j) => j.credit > 0 && j.credit < 1)).toBe(true);
    expect(steps[steps.length - 1]!.credit).toBeLessThan(steps[2]!.credit);
  });

  it('does not count a tap in Lesotho as inside South Africa, which surrounds it (a hole)', () => {
    const southAfrica = areaQ('South Africa', 'country:ZA', -29, 24);
    const maseru = tap(-29.5, 28.3);
    expect(withAreas(southAfrica, maseru)).toMatchObject({ inArea: false });
    expect(withAreas(southAfrica, maseru)!.distanceKm).toBeGreaterThan(0);
    expect(withAreas(areaQ('Lesotho', 'country:LS', -29.5, 28.25), maseru)).toMatchObject({ credit: 1, inArea: true });
    expect(withAreas(southAfrica, tap(-26.2, 28.04))).toMatchObject({ credit: 1, inArea: true });
  });

  it('scores a US state by its outline: all of Alaska, Texas from El Paso to Houston', () => {
    const alaska = roundQuestionById(bank, 'q-where-alaska');
    // Fairbanks, the North Slope, the Yukon delta, and Attu at the far end of the Aleutians (past 180°).
    for (const [lat, lon] of [[64.84, -147.72], [68, -155], [62, -162], [52.9, 173.1]] as const) {
      expect(withAreas(alaska, tap(lat, lon)), `${lat}, ${lon}`).toMatchObject({ credit: 1, inArea: true });
    }
    // Attu is 2,200 km from the old circle's centre in Anchorage.
    expect(credit(alaska, tap(52.9, 173.1))).toBeLessThan(1);
    // Vancouver is out: its distance to the nearest edge of Alaska's outline.
    expect(withAreas(alaska, tap(49.28, -123.12))).toMatchObject({ inArea: false });
    const texas = areaQ('Texas', 'region:texas', 31.1, -99.3, 300, 1500);
    expect(withAreas(texas, tap(31.76, -106.49))).toMatchObject({ credit: 1, inArea: true });
    expect(withAreas(texas, tap(29.76, -95.37))).toMatchObject({ credit: 1, inArea: true });
  });

  it('scores a Canadian province or an Australian state by its outline: Toronto and Thunder Bay are in Ontario, Perth in Western Australia', () => {
    // Ontario's gazetteer centre, with the circle it used to be scored by.
    const ontario = areaQ('Ontario', 'region:ontario', 50, -86, 500, 2000);
    // Thunder Bay, 950 km from Toronto on Lake Superior, and Ottawa at the Quebec border.
    for (const [lat, lon] of [[48.38, -89.25], [45.42, -75.7]] as const) {
      expect(withAreas(ontario, tap(lat, lon)), `${lat}, ${lon}`).toMatchObject({ credit: 1, inArea: true });
    }
    // Toronto, on the lake shore the simplified outline cuts a few km inland of: still full credit.
    const toronto = withAreas(ontario, tap(43.65, -79.38))!;
    expect(toronto).toMatchObject({ credit: 1, correct: true });
    expect(toronto.distanceKm).toBeLessThan(10);
    // The old circle round the centre gave Toronto less than full credit.
    expect(credit(ontario, tap(43.65, -79.38))).toBeLessThan(1);
    // Lansing, Michigan, across Lake Huron: outside, and partial credit at most.
    const lansing = withAreas(ontario, tap(42.73, -84.55))!;
    expect(lansing.inArea).toBe(false);
    expect(lansing.distanceKm).toBeGreaterThan(100);
    expect(lansing.credit).toBeLessThan(1);

    const westernAustralia = areaQ('Western Australia', 'region:western-australia', -25.3, 122.3, 600, 2000);
    // Perth, 970 km from the centre, and Kalgoorlie in the goldfields.
    for (const [lat, lon] of [[-31.95, 115.86], [-30.75, 121.47]] as const) {
      expect(withAreas(westernAustralia, tap(lat, lon)), `${lat}, ${lon}`).toMatchObject({ credit: 1, inArea: true });
    }
    // Adelaide is in South Australia, not Western Australia.
    expect(withAreas(westernAustralia, tap(-34.93, 138.6))).toMatchObject({ inArea: false });
  });

  it('falls back to the radius for an area the map has no outline for, or with no outlines given', () => {
    // Singapore is too small for the 1:110m map; England is a region without an outline.
    for (const rq of [areaQ('Singapore', 'country:SG', 1.37, 103.8, 30, 1000), areaQ('England', 'region:england', 52.6, -1.5, 300, 1500)]) {
      const a = rq.question.type === 'where' ? rq.question.answer : null;
      for (const p of [tap(a!.lat, a!.lon), tap(a!.lat + 3, a!.lon + 3), tap(-a!.lat, a!.lon - 100)]) {
        const j = withAreas(rq, p)!;
        expect(j).toEqual(judgeRq(rq, p));
        expect(j.inArea).toBeUndefined();
        expect(j.distanceKm).toBeCloseTo(greatCircleKm(p as { lat: number; lon: number }, a!), 6);
      }
    }
    // A question without an area ignores the outlines: Beijing is scored by its radius.
    const beijing = roundQuestionById(bank, 'q-where-beijing');
    expect(withAreas(beijing, tap(31.23, 121.47))).toEqual(judgeRq(beijing, tap(31.23, 121.47)));
  });

  it('scores the first bank’s country and state questions by outline: any tap inside is right', () => {
    const inside: Record<string, [number, number][]> = {
      // Lviv, Kharkiv, Vinnytsia.
      'q-where-ukraine': [[49.84, 24.03], [49.99, 36.23], [49.23, 28.47]],
      // Kashgar, Lhasa, Harbin, Guangzhou.
      'q-where-china': [[39.47, 75.99], [29.65, 91.1], [45.8, 126.53], [23.13, 113.26]],
      'q-where-alaska': [[64.84, -147.72], [57.05, -135.33]],
    };
    for (const [id, points] of Object.entries(inside)) {
      const rq = roundQuestionById(bank, id);
      expect(judgeRq(rq, rightResponse(rq))).toMatchObject({ credit: 1 });
      expect(withAreas(rq, rightResponse(rq)), id).toMatchObject({ credit: 1, inArea: true });
      for (const [lat, lon] of points) expect(withAreas(rq, tap(lat, lon)), `${id} ${lat}, ${lon}`).toMatchObject({ credit: 1, correct: true, inArea: true });
    }
    // Far corners the old circles did not reach.
    expect(credit(roundQuestionById(bank, 'q-where-ukraine'), tap(49.84, 24.03))).toBeLessThan(1);
    expect(credit(roundQuestionById(bank, 'q-where-china'), tap(39.47, 75.99))).toBeLessThan(1);
    // And a clearly wrong answer still earns nothing.
    for (const rq of roundQuestionsOfType(bank, 'where')) expect(withAreas(rq, wrongResponse(rq))).toMatchObject({ credit: 0, correct: false });
  });

  it('keeps credit in [0, 1], 1 exactly inside, and never more for a tap further from the border', () => {
    fc.assert(
      fc.property(fc.double({ min: -89, max: 89, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (lat, lon) => {
        const j = withAreas(russia, tap(lat, lon))!;
        expect(j.credit).toBeGreaterThanOrEqual(0);
        expect(j.credit).toBeLessThanOrEqual(1);
        expect(j.inArea).toBe(j.distanceKm === 0);
        expect(j.credit).toBe(placeCredit(j.distanceKm!, 2000));
        expect(j.correct).toBe(j.credit >= CORRECT_CREDIT);
      }),
      { numRuns: 100 },
    );
  });

  it('is what the round scores when the answer brings the outlines, and the radius when it does not', () => {
    const moscow = tap(55.7558, 37.6173);
    const started = roundReducer(createRound([russia], { timeLimitMs: null, mode: 'accuracy' }), { type: 'start', now: 0 }).state;
    const byArea = roundReducer(started, { type: 'answer', response: moscow, now: 1000, areas }).state.answers[0]!;
    expect(byArea).toMatchObject({ credit: 1, correct: true, points: 1000, judgement: { inArea: true, distanceKm: 0 } });
    const byRadius = roundReducer(started, { type: 'answer', response: moscow, now: 1000 }).state.answers[0]!;
    expect(byRadius).toMatchObject({ credit: 0, correct: false, points: 0 });
  });
});
