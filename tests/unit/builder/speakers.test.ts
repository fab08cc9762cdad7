/**
 * Who said it, in the forms real news reports use beyond "Name said": organisations ("the JSE
 * said", "it added"), pronouns after a sentence naming two people, titles before names, a
 * description standing for a name, short phrases inside the reporter's sentence, and single
 * quotation marks. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/builder/draft';
import { extractFacts } from '../../../src/builder/facts';
import { extractQuotes } from '../../../src/builder/quotes';
import { splitSentences } from '../../../src/builder/sentences';

const quotes = (text: string) => extractQuotes(text, splitSentences(text)).map((q) => [q.data.speaker, q.data.quote]);
const facts = (text: string) =>
  extractFacts(text, { gazetteer: [], published: null }).flatMap((f) => (f.kind === 'quote' ? [{ speaker: f.data.speaker, quote: f.data.quote, reasons: f.reviewReasons }] : []));

describe('organisations as speakers', () => {
  it('"the ACB said": a body named by its acronym speaks under that name', () => {
    expect(quotes('Profit rose again.\n"Most branches did well this year," the ACB said.')).toEqual([['ACB', 'Most branches did well this year']]);
  });

  it('"Marlow\'s said": a one-word business name in the possessive keeps its \'s', () => {
    expect(quotes('"The painting was the best lot of the night," Marlow\'s said.')).toEqual([['Marlow\'s', 'The painting was the best lot of the night']]);
  });

  it('"it said" is the body a recent sentence was about, even after a description of it', () => {
    const text = [
      'Northwind Rail apologised to passengers on Monday.',
      'The Leeds-based operator then gave more detail about the delays.',
      '\u201cA signal fault, not an attack, caused the delays,\u201d it said. \u201cWe are checking every line.\u201d',
    ].join('\n');
    expect(quotes(text)).toEqual([
      ['Northwind Rail', 'A signal fault, not an attack, caused the delays'],
      ['Northwind Rail', 'We are checking every line.'],
    ]);
    expect(extractQuotes(text, splitSentences(text))[0]!.reasons).toContain('speaker is not a named person');
  });

  it('"it added" passes over a sentence opening with "They" to the named body before it', () => {
    const text = 'Harbour Search and Rescue were called out at dusk.\nThey also helped move residents.\n"Nobody was hurt, but please take care on the roads tonight," it added.';
    expect(quotes(text)).toEqual([['Harbour Search and Rescue', 'Nobody was hurt, but please take care on the roads tonight']]);
  });

  it('a ministry named by description, with a proper adjective, speaks a one-word quote of its clause', () => {
    const text = 'Early on Friday, the Norland defence ministry said on its channel that an attack on the port had been "foiled" overnight.';
    expect(quotes(text)).toEqual([['Norland defence ministry', 'foiled']]);
  });

  it('"X and Y said": the first named of the pair is the speaker', () => {
    const text = 'The outage was so large that the NTSB and Coastal Safety said they were \u201clooking closely\u201d at it.';
    expect(quotes(text)).toEqual([['NTSB', 'looking closely']]);
  });

  it('a short name stands for the longer name of the body given before ("St. Agnes" for "St. Agnes Medical Center")', () => {
    const text = 'Four nurses at St. Agnes Medical Center fell ill.\nSt. Agnes in a statement on its website said the hospital was \u201cworking with the county on testing every patient.\u201d';
    expect(facts(text).map((f) => [f.speaker, f.quote])).toEqual([['St. Agnes Medical Center', 'working with the county on testing every patient']]);
  });

  it('"the ministry said" and then "it said" both name the ministry the article named in full', () => {
    const text = [
      'Norland Foreign Ministry on Monday summoned the envoy.',
      'In a statement, the ministry said a protest was delivered over acts that were \u201ccontrary to the rules of diplomacy\u201d.',
      '\u201cWe have asked for a full inquiry into the incident at the gate,\u201d it said.',
    ].join('\n');
    expect(facts(text).map((f) => [f.speaker, f.quote])).toEqual([
      ['Norland Foreign Ministry', 'contrary to the rules of diplomacy'],
      ['Norland Foreign Ministry', 'We have asked for a full inquiry into the incident at the gate'],
    ]);
  });
});

describe('the speaker of the quote\u2019s own sentence or paragraph', () => {
  it('a pronoun takes up the subject of the sentence before, not its object', () => {
    const text = 'Peter Hale later phoned David Moss to congratulate him.\n\u201cTonight my party lost, but the town won,\u201d he said.';
    expect(quotes(text)).toEqual([['Peter Hale', 'Tonight my party lost, but the town won']]);
  });

  it('"said firefighter Jo Marsh": a lower-case job before a name is no part of it', () => {
    expect(quotes('Crews came from Devon overnight.\n"We pumped water out of the house until dawn," said firefighter Jo Marsh.')).toEqual([
      ['Jo Marsh', 'We pumped water out of the house until dawn'],
    ]);
  });

  it('a quote with no attribution is not given to a lone word read as a name (a county)', () => {
    const found = quotes('Crews brought pumps in from Devon overnight.\n"Three houses were flooded before dawn and the road is closed."');
    expect(found.map(([speaker]) => speaker)).not.toContain('Devon');
  });

  it('words quoted twice are one quote, kept with the speaker named best', () => {
    const text = 'This is a "big day for the whole port", said Mayor Ana Ruiz after the ship came in.\nThe PM also described it as "big day for the whole port".';
    expect(facts(text).map((f) => [f.speaker, f.quote])).toEqual([['Ana Ruiz', 'big day for the whole port']]);
  });

  it('"said the fire director, Ana Ruiz,": the name after the description speaks', () => {
    expect(quotes('"All fires at the depot are under control," said the fire director, Ana Ruiz, in a statement.')).toEqual([
      ['Ana Ruiz', 'All fires at the depot are under control'],
    ]);
  });
});

describe('titles are not names', () => {
  it('"Harbour Administrator K.L. Denton" is K.L. Denton when his surname speaks later', () => {
    const text = 'Harbour Administrator K.L. Denton was allowed to buy a boat.\n"It will cost about $5,000 and I can start next week," said Denton.';
    expect(facts(text).map((f) => f.speaker)).toEqual(['K.L. Denton']);
  });

  it('"club president Martin King": a title word after a given name is a surname', () => {
    expect(quotes('Club president Martin King described the season as "a long cold winter" for the team.')).toEqual([['Martin King', 'a long cold winter']]);
  });

  it('"the state\'s chief minister, Dawa Khenrab," makes a later "Khenrab described" his', () => {
    const text = 'The state\u2019s chief minister, Dawa Khenrab, was on the first flight.\nDuring his visit, Khenrab described the flight as \u201ca new start for the valley\u201d.';
    expect(facts(text).map((f) => [f.speaker, f.quote])).toEqual([['Dawa Khenrab', 'a new start for the valley']]);
  });
});

describe('short phrases inside the reporter\u2019s sentence', () => {
  it.each([
    ['a speech verb reports its whole clause', 'Mayor Ana Ruiz said at least two people were also killed when heavy shells hit "private houses" near the river.', 'Ana Ruiz', 'private houses'],
    ['the attribution closes the sentence', 'Tom Berg shut the school on Friday.\nThere was \u201cwidespread coughing\u201d among pupils last week, he said.', 'Tom Berg', 'widespread coughing'],
    ['praise is speech', 'Tom Berg praised the election board for a \u201cjob well done\u201d on Friday.', 'Tom Berg', 'job well done'],
    ['"According to X," frames the sentence', 'According to Marlow\'s, the painter made three more copies "to calm the other buyers."', 'Marlow\'s', 'to calm the other buyers'],
  ])('%s', (_label, text, speaker, quote) => {
    expect(quotes(text)).toEqual([[speaker, quote]]);
  });

  it.each([
    ['a naming verb far from a one-word quote', 'Tom Berg called the plan, which the council had drawn up over three long years, a "reform".'],
    ['"called in" is no naming verb', 'The fire service called in "water units" from the coast.'],
    ['a word given by an agent after "by"', 'Police said the man, described by neighbours as "quiet", was held.'],
  ])('not a quote: %s', (_label, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('a one- or two-word quote is a fact but asks no "who said it" question', () => {
    const text = 'Mayor Ana Ruiz opened the new bridge on Monday, three years after work began.\nAna Ruiz said the work had been "hard" and thanked the crews.\n"This bridge joins two towns that have waited a long time for it," Ana Ruiz said.';
    const r = draftBank(text, { id: 't', title: 't', outlet: null, published: '2024-05-06', url: null }, []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const short = r.bank.facts.find((f) => f.kind === 'quote' && f.data.quote === 'hard');
    expect(short?.kind === 'quote' && short.data.speaker).toBe('Ana Ruiz');
    const asked = r.bank.questions.filter((q) => q.factId === short!.id);
    expect(asked).toEqual([]);
  });
});

describe('single quotation marks', () => {
  it('pair \u2018\u2026\u2019 as quotes, a paragraph of its own carrying the speaker, and leave apostrophes alone', () => {
    const text = [
      'Club president Martin King described the season as \u2018a long cold winter\u2019 for Marlow\u2019s fans.',
      '\u2018Tickets cost too much, and many fans can\u2019t come any more,\u2019 he said.',
      '\u2018Half of them are cutting back on trips. It is the young fans who suffer first.\u2019',
    ].join('\n\n');
    const found = extractQuotes(text, splitSentences(text));
    expect(found.map((q) => [q.data.speaker, q.data.quote])).toEqual([
      ['Martin King', 'a long cold winter'],
      ['Martin King', 'Tickets cost too much, and many fans can\u2019t come any more'],
      ['Martin King', 'Half of them are cutting back on trips. It is the young fans who suffer first.'],
    ]);
    expect(found[2]!.reasons).toContain('floating quote (no attribution)');
  });
});
