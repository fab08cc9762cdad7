/**
 * Towns, suburbs and divisions from the builder's local table (assets/geo/local-places.json):
 * found where the article says where they are, left out where a name could be anything.
 * Sentences written here; the table is the committed data file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/geo';
import { extractPlaces } from '../../../src/builder/places';
import { splitSentences } from '../../../src/builder/sentences';
import { questionsFor } from '../../../src/builder/questions';
import { extractFacts } from '../../../src/builder/facts';
import { readLocalPlaces } from '../../../src/builder/towns';

const gazetteer = JSON.parse(readFileSync(new URL('../../../assets/geo/places.json', import.meta.url), 'utf8')) as Place[];
const local = readLocalPlaces(JSON.parse(readFileSync(new URL('../../../assets/geo/local-places.json', import.meta.url), 'utf8')));
const places = (text: string, withLocal = true) => extractPlaces(text, splitSentences(text), gazetteer, withLocal ? local : undefined);
const named = (text: string) => places(text).map((p) => `${p.data.name}${p.reasons.length ? '?' : ''}`);

describe('towns and divisions for local news', () => {
  it('finds a town in a country the article names, with its country as also true', () => {
    const text = 'Floods hit England this week. Crews pumped water from homes in Saltash until dawn.';
    const town = places(text).find((p) => p.data.name === 'Saltash');
    expect(town).toMatchObject({ extractor: 'place:town', reasons: [], data: { alsoTrue: ['United Kingdom'] } });
    expect(town!.data.lat).toBeCloseTo(50.41, 1);
    expect(town!.data.lon).toBeCloseTo(-4.23, 1);
  });

  it('finds a division named after a place in it ("Town, County"), flagged when no country is named', () => {
    const text = 'Rain closed roads near Saltash. Families left caravans in Lostwithiel, Cornwall, overnight.';
    expect(named(text)).toContain('Cornwall?');
    expect(named(`${text} The Met Office warned all of England.`)).toContain('Cornwall');
  });

  it('flags a town when the article names no country, and only when one town bears the name', () => {
    expect(named('Nurses at the hospital in Bremerton reported new cases on Friday.')).toEqual(['Bremerton?']);
    // Nine towns are called Orange, none far larger than the rest: no guess.
    expect(named('A man from Orange was arrested after the post went viral.')).toEqual([]);
  });

  it('needs words that say a place follows: a company or a month is no town', () => {
    expect(named('Texas farmers sell to Redland, which pledged $3 million.')).toEqual(['Texas']);
    expect(named('The herder found the cub in August and flew it to Moscow.')).toEqual(['Moscow']);
  });

  it('reads a person of the same name as the person', () => {
    expect(named('In Australia, Devon Smith said the vote was close.')).toEqual(['Australia']);
  });

  it('prefers the division named whole over the gazetteer region inside it', () => {
    expect(named('Shells fell on the capital of the North Darfur State in western Sudan.')).toEqual(['North Darfur', 'Sudan']);
  });

  it('moves a city to the namesake suburb in the article’s country ("Preston" near Melbourne)', () => {
    const text = 'Police were called to a house in Preston, in Melbourne’s north, on Tuesday.';
    const preston = places(text).find((p) => p.data.name === 'Preston')!;
    expect(preston.data.alsoTrue).toEqual(['Australia']);
    expect(preston.data.lat).toBeLessThan(-30);
  });

  it('names a town as the article spells it', () => {
    expect(named('The flight from India landed at Pasighat on Sunday.')).toContain('Pasighat');
  });

  it('finds only the gazetteer’s places without the table', () => {
    expect(places('Floods hit England. Crews worked in Saltash.', false).map((p) => p.data.name)).toEqual(['England']);
  });

  it('asks where a town is with the map focused on it, and no choice among the gazetteer’s namesakes', () => {
    const text = 'Police were called to a house in Preston, in Melbourne’s north, on Tuesday. Officers said nobody was hurt in the blaze in Melbourne.';
    const facts = extractFacts(text, { gazetteer, local, published: '2024-03-05' });
    const preston = facts.find((f) => f.kind === 'place' && f.data.name === 'Preston')!;
    // Still flagged: a person confirms which Preston before players see it.
    expect(preston.review).toBe('needs_review');
    const qs = questionsFor(facts, gazetteer, { text, published: '2024-03-05', askDoubtful: true }).filter((q) => q.factId === preston.id);
    expect(qs.map((q) => q.type)).toEqual(['where']);
    const where = qs[0]!;
    expect(where.type === 'where' && where.answer.focus).toBeTruthy();
  });
});

describe('a gap whose words name the place’s people', () => {
  it('asks nothing when "Turkish" stands beside the gap for Turkey, and still asks about a place the words do not name', () => {
    const text = 'The Turkish foreign ministry summoned the ambassador to Turkey on Monday over the incident. Officials in Turkey said talks would resume in Vienna next week.';
    const facts = extractFacts(text, { gazetteer, local, published: '2024-03-05' });
    const qs = questionsFor(facts, gazetteer, { text, published: '2024-03-05' });
    const turkey = facts.find((f) => f.kind === 'place' && f.data.name === 'Turkey')!;
    expect(qs.filter((q) => q.factId === turkey.id)).toEqual([]);
    const vienna = facts.find((f) => f.kind === 'place' && f.data.name === 'Vienna')!;
    expect(qs.some((q) => q.factId === vienna.id)).toBe(true);
  });
});
