/**
 * A live "where" question naming a country is scored on the server by the country's outline, as
 * a solo round scores it in the browser: a tap in Harbin, far from China's centre but inside it,
 * is right; a tap in Mongolia, outside China but within the old circle round its centre, is not;
 * and the points are the core's own for the same answer at the same time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bank, WhereQuestion } from '../../src/core/bank/schema';
import { validateBank } from '../../src/core/bank/validate';
import type { Place } from '../../src/core/geo';
import type { Response } from '../../src/core/judge';
import { areaLookup } from '../../src/core/outlines';
import { createRound, roundReducer } from '../../src/core/round';
import { selectQuestions } from '../../src/core/select';
import { LIVE_DEFAULTS } from '../../src/live/state';
import { BANK, createGame, joinPlayer, liveServerPerFile, type Recorded } from './helpers';

const t = liveServerPerFile();

const LIMIT = 20_000;
const GRACE = LIVE_DEFAULTS.graceMs;

// The fixture's article with one more place sentence, and one question on it: China, with the
// radius and scale of the built-in bank's China question (questions/kim-putin-beijing-2025-09).
const SENTENCE = 'The new lamp was made in China.';
const CHINA: WhereQuestion = {
  id: 'q-where-lamp',
  type: 'where',
  factId: 'f-place-lamp',
  prompt: 'In which country was the new lamp made? Find it on the map.',
  answer: { name: 'China', lat: 35.8617, lon: 104.1954, radiusKm: 1400, scaleKm: 3000, area: 'country:CN' },
  difficulty: 2,
};
const CHINA_BANK: Bank = {
  ...BANK,
  facts: [
    ...BANK.facts,
    { id: 'f-place-lamp', kind: 'place', sentence: SENTENCE, span: { start: 265, end: 265 + SENTENCE.length }, extractor: 'hand', confidence: 1, review: 'approved', reviewReasons: [], data: { name: 'China', alsoTrue: [] } },
  ],
  questions: [CHINA],
  translations: {},
};

// The outlines as the browser builds them, from the files the build ships (src/scenes/mapSupport.ts).
const asset = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../assets/geo/${name}`, import.meta.url), 'utf8'));
const areas = areaLookup(asset('world-110m.json'), asset('places.json') as Place[], asset('regions.json'));

const point = (lat: number, lon: number): Response => ({ kind: 'point', lat, lon });
// 2,170 km from China's centre, inside China.
const HARBIN = point(45.8, 126.53);
// 1,460 km from China's centre, so inside the 1,400 km circle and its tolerance; 730 km outside China's border.
const ERDENET = point(49.03, 104.07);

/** A solo round's verdict and points for the answer at `elapsedMs`, with the outlines or (without) by radius. */
function solo(response: Response, elapsedMs: number, withAreas: boolean) {
  const [rq] = selectQuestions(CHINA_BANK, 1, 'solo');
  const round = roundReducer(createRound([rq!], { timeLimitMs: LIMIT, mode: 'classic' }), { type: 'start', now: 0 }).state;
  const a = roundReducer(round, { type: 'answer', response, now: elapsedMs, ...(withAreas ? { areas } : {}) }).state.answers[0]!;
  return { credit: a.credit, correct: a.correct, points: a.points };
}

async function answer(p: Recorded, opened: number, afterMs: number, response: Response): Promise<void> {
  t.clock.t = opened + afterMs;
  p.room.send('answer', { index: 0, response });
  await p.nth('ack', 0);
}

describe('a live "where" question naming a country', () => {
  it('the bank is valid and its question is scored by China’s outline in the browser, where a circle would score it the other way', () => {
    expect(validateBank(CHINA_BANK, 'china').ok).toBe(true);
    expect(solo(HARBIN, 0, true).correct).toBe(true);
    expect(solo(HARBIN, 0, false).correct).toBe(false);
    expect(solo(ERDENET, 0, true).correct).toBe(false);
    expect(solo(ERDENET, 0, false).correct).toBe(true);
  });

  it('is scored by the outline on the server: in China far from its centre is right, outside it is not, with the core’s points', async () => {
    const { host, pin } = await createGame(t, { bank: CHINA_BANK, questionCount: 1, timeLimitS: LIMIT / 1000 });
    const ana = await joinPlayer(t, pin, { name: 'Ana' });
    const ben = await joinPlayer(t, pin, { name: 'Ben' });
    host.room.send('start');
    const { openedAt, question } = await ana.nth('question', 0);
    expect(question.id).toBe(CHINA.id);
    await answer(ana, openedAt, 3 * GRACE + 100, HARBIN);
    await answer(ben, openedAt, 20 * GRACE, ERDENET);

    const reveal = await host.nth('reveal', 0);
    expect(reveal.tally).toMatchObject({ correct: 1, partial: 1, wrong: 0, noAnswer: 0 });
    const [a, b] = [await ana.nth('result', 0), await ben.nth('result', 0)];
    // Scored at the arrival rounded down to the grace window, as every live answer is.
    expect(a).toMatchObject({ ...solo(HARBIN, 3 * GRACE, true), timedOut: false });
    expect(a).toMatchObject({ correct: true, credit: 1 });
    expect(b).toMatchObject({ ...solo(ERDENET, 20 * GRACE, true), timedOut: false });
    expect(b.correct).toBe(false);
    expect(b.credit).toBeLessThan(0.9);
  });
});
