/** The builder end to end on the first article: facts, questions, wrong answers, determinism. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/builder/draft';
import { fullSpeaker } from '../../../src/builder/facts';
import type { AnyCandidate } from '../../../src/builder/types';
import { matches, scoreArticle, summarizeScores, type GoldFact } from '../../../src/builder/evaluate';
import { optionStatesFact } from '../../../src/core/bank/answers';
import { playableQuestions } from '../../../src/core/bank/playable';
import type { Fact } from '../../../src/core/bank/schema';
import type { Place } from '../../../src/core/geo';

const root = new URL('../../../', import.meta.url);
const article = readFileSync(new URL('questions/kim-putin-beijing-2025-09/article.txt', root), 'utf8');
const gazetteer = JSON.parse(readFileSync(new URL('assets/geo/places.json', root), 'utf8')) as Place[];
const meta = { id: 'kim-test', title: 'Kim and Putin', outlet: null, published: '2025-09-04', url: null };

const draft = () => {
  const r = draftBank(article, meta, gazetteer);
  if (!r.ok) throw new Error('the first article gave no bank');
  return r;
};

describe('draftBank on the first article', () => {
  it('is byte-identical from one run to the next', () => {
    expect(JSON.stringify(draft().bank)).toBe(JSON.stringify(draft().bank));
  });

  it('approves nothing: players see no question until a person has reviewed the facts', () => {
    const { bank } = draft();
    expect(bank.facts.every((f) => f.review === 'auto' || f.review === 'needs_review')).toBe(true);
    expect(playableQuestions(bank)).toEqual([]);
  });

  it('finds every fact of the hand-made bank', () => {
    const { bank } = draft();
    const hand = JSON.parse(readFileSync(new URL('questions/kim-putin-beijing-2025-09/bank.json', root), 'utf8')) as { facts: { kind: string; data: Record<string, unknown> }[] };
    const gold: GoldFact[] = hand.facts.map((f) =>
      f.kind === 'quote'
        ? { kind: 'quote', speaker: String(f.data.speaker), quote: String(f.data.quote) }
        : f.kind === 'quantity'
          ? { kind: 'quantity', value: Number(f.data.value) }
          : f.kind === 'date'
            ? { kind: 'date', value: String(f.data.value) }
            : { kind: 'place', name: String(f.data.name) },
    );
    // The parade fact's date comes from another sentence; a builder finds the date once.
    const missed = gold.filter((g) => !bank.facts.some((f) => matches(f, g)));
    expect(missed).toEqual([]);
  });

  it('keeps each fact\'s exact sentence and span', () => {
    const { bank } = draft();
    for (const f of bank.facts) expect(article.slice(f.span.start, f.span.end)).toBe(f.sentence);
  });

  it('offers four different options, one right, and never the answer in the prompt', () => {
    const { bank } = draft();
    const facts = new Map(bank.facts.map((f) => [f.id, f]));
    for (const q of bank.questions) {
      if (q.type !== 'choice') continue;
      const fact = facts.get(q.factId)!;
      expect(new Set(q.options.map((o) => o.toLowerCase())).size, q.id).toBe(4);
      q.options.forEach((o, i) => expect(optionStatesFact(fact, q.asks, o), `${q.id} option ${i} ${o}`).toBe(i === q.answer));
      expect(q.prompt.toLowerCase(), q.id).not.toContain(q.options[q.answer]!.toLowerCase());
    }
  });

  it('asks every type of question', () => {
    expect(new Set(draft().bank.questions.map((q) => q.type))).toEqual(new Set(['choice', 'truefalse', 'estimate', 'when', 'where']));
  });
});

describe('scoring against gold', () => {
  it('counts a quote only with the right speaker and overlapping words', () => {
    const { bank } = draft();
    const quote = bank.facts.find((f) => f.kind === 'quote' && f.data.speaker === 'Donald Trump')!;
    expect(matches(quote, { kind: 'quote', speaker: 'Donald Trump', quote: 'working together against the United States' })).toBe(true);
    expect(matches(quote, { kind: 'quote', speaker: 'Vladimir Putin', quote: 'working together against the United States' })).toBe(false);
    expect(matches(quote, { kind: 'quote', speaker: 'Donald Trump', quote: 'something else entirely' })).toBe(false);
  });

  it('names a place at its size: "Washington (D.C.)" is Washington D.C., "Kharkiv" is Kharkiv Oblast, "Georgia (country)" is Georgia', () => {
    const place = (name: string): Fact => ({ id: 'p', kind: 'place', sentence: '', span: { start: 0, end: 0 }, extractor: 't', confidence: 1, review: 'auto', reviewReasons: [], data: { name, alsoTrue: [] } });
    expect(matches(place('Washington D.C.'), { kind: 'place', name: 'Washington (D.C.)' })).toBe(true);
    expect(matches(place('Kharkiv Oblast'), { kind: 'place', name: 'Kharkiv' })).toBe(true);
    expect(matches(place('Georgia'), { kind: 'place', name: 'Georgia (country)' })).toBe(true);
    expect(matches(place('Washington'), { kind: 'place', name: 'Washington (D.C.)' })).toBe(true);
    expect(matches(place('Orange'), { kind: 'place', name: 'Paris' })).toBe(false);
  });

  it('counts the second paragraph of one quote as part of it, not as a false find', () => {
    const quote = (words: string): Fact => ({ id: 'q', kind: 'quote', sentence: '', span: { start: 0, end: 0 }, extractor: 't', confidence: 1, review: 'auto', reviewReasons: [], data: { speaker: 'Ana Ruiz', quote: words } });
    const gold: GoldFact[] = [{ kind: 'quote', speaker: 'Ana Ruiz', quote: 'We will not wait for the rain to stop. We will build the walls now and pay for them later' }];
    const s = scoreArticle([quote('We will not wait for the rain to stop.'), quote('We will build the walls now and pay for them later')], gold);
    expect(s.quote).toEqual({ gold: 1, found: 1, matched: 1 });
    expect(scoreArticle([quote('Something else entirely was said here today')], gold).quote).toEqual({ gold: 1, found: 1, matched: 0 });
  });

  it('gives precision, recall and F1 per kind', () => {
    const s = summarizeScores([scoreArticle(draft().bank.facts, [{ kind: 'quantity', value: 13000 }, { kind: 'quantity', value: 7 }])]);
    expect(s.quantity.matched).toBe(1);
    expect(s.quantity.recall).toBe(0.5);
    expect(s.quantity.precision).toBeCloseTo(1 / s.quantity.found);
  });
});

describe('fullSpeaker', () => {
  const quote = (speaker: string): AnyCandidate => ({ kind: 'quote', data: { speaker, quote: 'We will not wait' }, reasons: [], sentence: { text: '', start: 0, end: 0 }, match: { start: 0, end: 0 }, extractor: 'test', confidence: 0.9 });

  it('maps a lone surname to the full name the article gave, without the title, and flags it', () => {
    const text = 'Finance Minister Ana Ruiz spoke first. "We will not wait," Ruiz said.';
    const c = fullSpeaker(quote('Ruiz'), text);
    expect(c.kind === 'quote' && c.data.speaker).toBe('Ana Ruiz');
    expect(c.reasons).toContain('speaker resolved from surname');
  });

  it('maps a surname the article misspells to the one full name it is a letter away from', () => {
    const text = 'Garbine Muguruza won the final. "I grew up watching her play," Muguraza told the crowd.';
    const c = fullSpeaker(quote('Muguraza'), text);
    expect(c.kind === 'quote' && c.data.speaker).toBe('Garbine Muguruza');
    // Two full names a letter away: no guess.
    expect(fullSpeaker(quote('Muguraza'), 'Garbine Muguruza and Blanca Muguraze met. Muguraza spoke.')).toEqual(quote('Muguraza'));
  });

  it('leaves full names and unknown speakers alone', () => {
    expect(fullSpeaker(quote('Ana Ruiz'), 'Ana Ruiz said so.')).toEqual(quote('Ana Ruiz'));
    expect(fullSpeaker(quote('Unknown'), 'Nobody said so.')).toEqual(quote('Unknown'));
  });
});

describe('one fact, however often the article states it', () => {
  const gaz = gazetteer;
  it('keeps one figure and one date, from the report rather than its headline', () => {
    const text = 'Three people killed in border region\nDebris from a drone killed three people on September 2, 2025, the governor said. "Three people were killed," he wrote on September 2, 2025.';
    const r = draftBank(text, { ...meta, published: '2025-09-04' }, gaz);
    if (!r.ok) throw new Error('no bank');
    const figures = r.bank.facts.filter((f) => f.kind === 'quantity' && f.data.value === 3);
    expect(figures.map((f) => f.kind === 'quantity' && f.data.counts)).toEqual(['people']);
    expect(figures[0]!.sentence).toMatch(/^Debris/);
    expect(r.bank.facts.filter((f) => f.kind === 'date')).toHaveLength(1);
  });

  it('names an organisation that speaks by the full name the article gave it', () => {
    const text = 'The Turkish Foreign Ministry summoned the ambassador on Monday. In a statement, the ministry said "a written and verbal protest" was delivered.';
    const r = draftBank(text, { ...meta, published: '2017-05-23' }, gaz);
    if (!r.ok) throw new Error('no bank');
    const q = r.bank.facts.find((f) => f.kind === 'quote');
    expect(q?.kind === 'quote' && q.data.speaker).toBe('Turkish Foreign Ministry');
    expect(q?.reviewReasons).toContain('speaker resolved from title');
  });
});

describe("date options on the answer's side of the article's own date", () => {
  const options = (text: string, published: string) => {
    const r = draftBank(text, { ...meta, published }, gazetteer);
    if (!r.ok) throw new Error('no bank');
    return r.bank.questions.filter((q) => q.type === 'choice' && q.asks === 'date').map((q) => (q.type === 'choice' ? q.options : []));
  };

  it('offers no day after the report for what already happened, and no year gone by for what is expected', () => {
    // Days of a past event in a report of November 13: none of the 14th or later.
    const past = options('The lander touched down on the comet on November 12, 2014, after a ten-year journey through the solar system, the agency said.', '2014-11-13');
    expect(past.length).toBe(1);
    for (const o of past[0]!) expect(Date.parse(`${o} UTC`)).toBeLessThanOrEqual(Date.parse('2014-11-13T00:00:00Z'));
    // A deal expected to close in 2016, reported in October 2015: no 2013 or 2014, nor 2015.
    const future = options('The two companies said the takeover, agreed by both boards this week, is expected to be completed in 2016 after a review by regulators.', '2015-10-28');
    expect(future.length).toBe(1);
    for (const o of future[0]!) expect(Number(o)).toBeGreaterThanOrEqual(2016);
  });
});

describe('wrong places the sentence does not rule out', () => {
  it('offers no landlocked country for "the Indian Ocean nation of ___"', () => {
    const text = 'An opposition leader in the Indian Ocean nation of Comoros on Monday rejected the results of legislative elections, which were widely boycotted by opponents.';
    const r = draftBank(text, { ...meta, published: '2025-01-13' }, gazetteer);
    if (!r.ok) throw new Error('no bank');
    const q = r.bank.questions.find((x) => x.type === 'choice' && x.asks === 'place');
    if (q?.type !== 'choice') throw new Error('no place question');
    expect(q.options).toContain('Comoros');
    for (const o of q.options) expect(['Malawi', 'Zambia', 'Zimbabwe', 'Uganda', 'Rwanda', 'Burundi', 'Botswana'], o).not.toContain(o);
  });
});
