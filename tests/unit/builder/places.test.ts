/**
 * "Where" facts confirmed against the gazetteer: whole names, the longest name, one fact per
 * place, the country as a second true answer, and names flagged when they may mean something else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactSchema } from '../../../src/core/bank/schema';
import type { Place } from '../../../src/core/geo';
import { extractPlaces } from '../../../src/builder/places';
import { splitSentences } from '../../../src/builder/sentences';

const gazetteer = JSON.parse(readFileSync(new URL('../../../assets/geo/places.json', import.meta.url), 'utf8')) as Place[];
const article = readFileSync(new URL('../../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');
const places = (text: string) => extractPlaces(text, splitSentences(text), gazetteer);
const names = (text: string) => places(text).map((p) => p.data.name);
const find = (text: string, name: string) => places(text).find((p) => p.data.name === name);

describe('names confirmed by the gazetteer', () => {
  it('finds countries, capitals and regions, with the country of a city or region as also true', () => {
    const text = 'Envoys flew from Seoul to Bavaria, then on to Peru.';
    expect(names(text)).toEqual(['Seoul', 'Bavaria', 'Peru']);
    expect(find(text, 'Seoul')?.data).toMatchObject({ alsoTrue: ['South Korea'], lat: expect.any(Number), lon: expect.any(Number) });
    expect(find(text, 'Bavaria')?.data.alsoTrue).toEqual(['Germany']);
    expect(find(text, 'Peru')?.data.alsoTrue).toEqual([]);
    expect(find(text, 'Peru')?.extractor).toBe('place:gazetteer');
  });

  it('finds places by their alt names and common English names, answering with the gazetteer name', () => {
    const text = 'The DPRK, Burma and the U.S. met in Côte d’Ivoire.';
    const found = places(text);
    expect(found.map((p) => p.data.name)).toEqual(['North Korea', 'Myanmar', 'United States', 'Ivory Coast']);
    expect(found.map((p) => text.slice(p.match.start, p.match.end))).toEqual(['DPRK', 'Burma', 'U.S.', 'Côte d’Ivoire']);
  });

  it('prefers the longest name', () => {
    expect(names('Troops left Papua New Guinea and South Korea.')).toEqual(['Papua New Guinea', 'South Korea']);
    expect(names("The People's Republic of China objected.")).toEqual(['China']);
  });

  it('matches whole words only: demonyms and lower-case words are not places', () => {
    expect(names('The Russian, Chinese and Nigerian delegations ate turkey with us; Thai officials agreed.')).toEqual([]);
  });

  it('keeps one candidate per place, at its first mention', () => {
    const text = 'China’s army grew. Later, China and Beijing agreed.';
    const found = places(text);
    expect(found.map((p) => p.data.name)).toEqual(['China', 'Beijing']);
    expect(found[0]!.match).toEqual({ start: 0, end: 5 });
  });

  it('does not take "New Mexico" for Mexico: it is the US state', () => {
    expect(names('He lives in New Mexico.')).toEqual(['New Mexico']);
  });

  it('finds a large city by its own name rather than the region around it', () => {
    const p = find('Shelling hit Kharkiv overnight.', 'Kharkiv');
    expect(p?.extractor).toBe('place:gazetteer');
    expect(names('Shelling hit Kharkiv overnight.')).not.toContain('Kharkiv Oblast');
  });

  it('finds a region named in full as the region, not its city', () => {
    expect(names('Shelling hit Zaporizhzhia Oblast overnight.')).toEqual(['Zaporizhzhia Oblast']);
  });
});

describe('ambiguous places', () => {
  it.each([
    ['Georgia', 'Leaders met in Georgia on Monday.'],
    ['Jordan', 'Jordan said it would reopen its border.'],
    ['Chad', 'Aid reached Chad last week.'],
    ['Victoria', 'Victoria said no to the plan.'],
    ['Kingston', 'Troops massed near Kingston.'],
  ])('flags %s and trusts it less', (name, text) => {
    const p = find(text, name);
    expect(p?.reasons).toContain('ambiguous place');
    expect(p!.confidence).toBeLessThan(find('Leaders met in Peru.', 'Peru')!.confidence);
  });

  it('drops a place name that is part of a person’s name', () => {
    expect(names('Michael Jordan and Victoria Beckham arrived.')).toEqual([]);
  });
});

describe('every candidate', () => {
  it('is ordered by position, repeatable, inside its sentence and valid for the bank schema', () => {
    const found = places(article);
    expect(places(article)).toEqual(found);
    expect(found.map((p) => p.match.start)).toEqual([...found.map((p) => p.match.start)].sort((a, b) => a - b));
    for (const p of found) {
      expect(p.match.start).toBeGreaterThanOrEqual(p.sentence.start);
      expect(p.match.end).toBeLessThanOrEqual(p.sentence.end);
      const fact = { id: 'f', kind: p.kind, sentence: p.sentence.text, span: p.sentence, extractor: p.extractor, confidence: p.confidence, review: 'auto', data: p.data };
      expect(FactSchema.safeParse(fact).success).toBe(true);
    }
  });
});

describe('the Kim-Putin article', () => {
  it('finds Beijing, Alaska, Ukraine, China and Moscow, each once', () => {
    const found = names(article);
    for (const name of ['Beijing', 'Alaska', 'Ukraine', 'China', 'Moscow']) expect(found.filter((n) => n === name)).toHaveLength(1);
    expect(find(article, 'Beijing')?.data.alsoTrue).toEqual(['China']);
    expect(find(article, 'Alaska')?.data.alsoTrue).toEqual(['United States']);
  });
});

describe('place words inside longer names', () => {
  it('are not places: a newspaper, a news agency, a radio station, a mall, a sale', () => {
    expect(names('The Seattle Times reported the outbreak on Friday.')).toEqual([]);
    expect(names('Ten people are missing, Agence France-Presse reported.')).toEqual([]);
    expect(names('The journalist worked for Radio Free Asia for ten years.')).toEqual([]);
    expect(names('Shoppers fled the Mall of America on Sunday.')).toEqual([]);
    expect(names('It sold at Christie’s 20th Century Evening Sale for a record.')).toEqual([]);
  });

  it('keeps a town named with its state off the famous namesake abroad', () => {
    expect(names('The plant in Paris, Texas, will close in March.')).not.toContain('Paris');
    expect(names('The summit in Paris, France, ended on Friday.')).toContain('Paris');
  });

  it('keeps two places joined by a hyphen', () => {
    expect(names('Trade across the Afghanistan-Pakistan border resumed.')).toEqual(['Afghanistan', 'Pakistan']);
  });
});
