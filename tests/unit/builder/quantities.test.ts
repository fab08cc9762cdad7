/**
 * Figures a question can ask about: the value, what it counts and the article's hedge; and the
 * numbers that only look like figures (years, dates, times, ages, phone numbers, names).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactSchema } from '../../../src/core/bank/schema';
import { extractQuantities } from '../../../src/builder/quantities';
import { splitSentences } from '../../../src/builder/sentences';

const quantities = (text: string) => extractQuantities(text, splitSentences(text));
const values = (text: string) => quantities(text).map((q) => q.data.value);
const one = (text: string) => {
  const found = quantities(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const article = readFileSync(new URL('../../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');

describe('figures and what they count', () => {
  it('reads a numeral and the noun phrase after it', () => {
    const q = one('The army sent 13,000 troops to the border.');
    expect(q.data).toEqual({ value: 13000, counts: 'troops', approx: 'exact', text: '13,000' });
    expect(q.extractor).toBe('quantity:numeral');
  });

  it('reads number words: "three people", "a dozen", "half a dozen", "twenty-five"', () => {
    expect(one('Three people died in the fire.').data).toMatchObject({ value: 3, counts: 'people' });
    expect(one('Rescuers found a dozen survivors.').data).toMatchObject({ value: 12, counts: 'survivors' });
    expect(one('Half a dozen ships sank.').data).toMatchObject({ value: 6, counts: 'ships' });
    expect(one('Twenty-five students passed.').data).toMatchObject({ value: 25, counts: 'students' });
  });

  it('reads "over two dozen world leaders" as more than 24 world leaders', () => {
    const text = 'Kim mingled with over two dozen world leaders.';
    const q = one(text);
    expect(q.data).toEqual({ value: 24, counts: 'world leaders', approx: 'over', text: 'two dozen' });
    expect(text.slice(q.match.start, q.match.end)).toBe('over two dozen');
  });

  it('reads money as its value in units, counting the currency', () => {
    expect(one('The deal is worth $1.5 billion.').data).toMatchObject({ value: 1.5e9, counts: 'dollars', text: '$1.5 billion' });
    expect(one('The club spent £3m on a striker.').data).toMatchObject({ value: 3e6, counts: 'pounds' });
  });

  it('reads percentages as a value counting "percent"', () => {
    expect(one('Inflation hit 25% this year.').data).toMatchObject({ value: 25, counts: 'percent' });
    expect(one('Prices rose five percent.').data).toMatchObject({ value: 5, counts: 'percent' });
  });

  it('reads an ordinal before "anniversary" as the anniversary and what it marks', () => {
    const q = one('The parade marked the 80th anniversary of the surrender.');
    expect(q.data).toMatchObject({ value: 80, counts: 'anniversary of the surrender' });
    expect(one('They held the fifth anniversary gala.').data.value).toBe(5);
    expect(quantities('He finished 3rd in the race.')).toEqual([]);
  });

  it('borrows what is counted from an earlier figure, with the participle, and flags it', () => {
    const q = quantities('About 13,000 troops were deployed, with nearly 2,000 reportedly killed.')[1]!;
    expect(q.data).toEqual({ value: 2000, counts: 'troops killed', approx: 'nearly', text: '2,000' });
    expect(q.reasons).toContain('counted noun inferred');
    expect(q.confidence).toBeLessThan(0.7);
  });

  it('falls back to the head noun before the figure', () => {
    const q = one('Rebels seized the tanks, about 40 in all.');
    expect(q.data).toMatchObject({ value: 40, counts: 'tanks', approx: 'about' });
    expect(q.reasons).toContain('counted noun inferred');
  });
});

describe('hedges', () => {
  it.each([
    ['nearly', 'nearly'], ['almost', 'nearly'],
    ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['some', 'about'], ['an estimated', 'about'], ['approximately', 'about'],
    ['over', 'over'], ['more than', 'over'], ['at least', 'over'],
    ['up to', 'up to'], ['as many as', 'up to'],
  ] as const)('"%s" is kept as %s, inside the match', (marker, approx) => {
    const text = `Officials said ${marker} 300 people fled.`;
    const q = one(text);
    expect(q.data).toEqual({ value: 300, counts: 'people', approx, text: '300' });
    expect(text.slice(q.match.start, q.match.end)).toBe(`${marker} 300`);
  });

  it('a figure with no hedge is exact', () => {
    expect(one('Police arrested 45 protesters.').data.approx).toBe('exact');
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['years and decades', 'In 2024 the pact was signed, as in the 1990s and since 2017.'],
    ['dates', 'The summit opened on March 3 and closed on 5 April.'],
    ['times', 'The meeting began at 10:30 a.m. and ended at 3 pm.'],
    ['ages next to a name', 'Donald Trump, 79, said the 41-year-old was wrong.'],
    ['phone numbers', 'Call 555-1234 or (202) 555-0100 for details.'],
    ['numbers inside names', 'COVID-19 spread after Flight 370 vanished; the G20 and Boeing 737 jets, Air Force One, World War II.'],
    ['list numbering', '1. Open the file\n2) Read the text'],
    ['house numbers', 'Protesters gathered outside 10 Downing Street and at 1600 Pennsylvania Avenue.'],
    ['a lone "one"', 'One of them left, and no one stayed.'],
  ])('skips %s', (_kind, text) => {
    expect(values(text)).toEqual([]);
  });

  it('keeps a four-digit figure before a plural noun, flagged as a possible year', () => {
    const q = one('2000 soldiers marched through the square.');
    expect(q.data.value).toBe(2000);
    expect(q.reasons).toContain('could be a year');
    expect(values('The 2024 elections were close.')).toEqual([]);
  });
});

describe('every candidate', () => {
  it('is ordered by position, repeatable, inside its sentence and valid for the bank schema', () => {
    const text = `${article}\nThe deal is worth $1.5 billion. Three people died.`;
    const found = quantities(text);
    expect(quantities(text)).toEqual(found);
    expect(found.map((q) => q.match.start)).toEqual([...found.map((q) => q.match.start)].sort((a, b) => a - b));
    for (const q of found) {
      expect(q.match.start).toBeGreaterThanOrEqual(q.sentence.start);
      expect(q.match.end).toBeLessThanOrEqual(q.sentence.end);
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
      const fact = { id: 'f', kind: q.kind, sentence: q.sentence.text, span: q.sentence, extractor: q.extractor, confidence: q.confidence, review: 'auto', data: q.data };
      expect(FactSchema.safeParse(fact).success).toBe(true);
    }
  });
});

describe('the Kim-Putin article', () => {
  const found = quantities(article);
  const byValue = (v: number) => found.find((q) => q.data.value === v);

  it('finds the deployed troops, the killed, the anniversary and the world leaders', () => {
    expect(byValue(13000)?.data).toMatchObject({ approx: 'about', counts: 'North Korean troops' });
    expect(article.slice(byValue(13000)!.match.start, byValue(13000)!.match.end)).toBe('an estimated 13,000');
    expect(byValue(2000)?.data).toMatchObject({ approx: 'nearly', counts: 'North Korean troops killed' });
    expect(byValue(80)?.data.counts).toMatch(/^anniversary of Japan’s surrender/);
    expect(byValue(24)?.data).toMatchObject({ approx: 'over', counts: 'world leaders' });
  });

  it('finds no figure in "COVID-19", "World War II" or the dates', () => {
    expect(found.map((q) => q.data.value)).not.toContain(19);
    for (const q of found) expect(article.slice(q.match.start, q.match.end)).not.toMatch(/COVID|War|2025|2024|2017/);
  });
});

describe('units written against the figure', () => {
  it('reads "70km" and "122.7p" as figures with their unit, not as codes', () => {
    expect(one('Pokrovsk lies about 70km north-west of the city.').data).toMatchObject({ value: 70, counts: 'km', text: '70km' });
    expect(one('Petrol now costs 122.7p a litre on average.').data).toMatchObject({ value: 122.7, counts: 'pence' });
    expect(quantities('The phones use 5G and the model is the 370B.')).toEqual([]);
  });
});
