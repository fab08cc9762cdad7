import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/builder/quotes';
import { splitSentences } from '../../../src/builder/sentences';
import type { Candidate } from '../../../src/builder/types';

const run = (text: string) => extractQuotes(text, splitSentences(text));

/** The one quote found in `text`, checked against the article: its span holds the quoted words. */
function only(text: string): Candidate<'quote'> {
  const found = run(text);
  expect(found, JSON.stringify(found, null, 1)).toHaveLength(1);
  const q = found[0]!;
  const slice = text.slice(q.match.start, q.match.end);
  // Every quoted word, in order (a split quote's span also holds its attribution).
  let from = 0;
  for (const word of q.data.quote.split(/\s+/)) {
    const at = slice.indexOf(word, from);
    expect(at, `"${word}" in "${slice}"`).toBeGreaterThanOrEqual(0);
    from = at + word.length;
  }
  expect(q.sentence.start).toBeLessThanOrEqual(q.match.start);
  expect(q.confidence).toBeGreaterThanOrEqual(0);
  expect(q.confidence).toBeLessThanOrEqual(1);
  return q;
}

describe('extractQuotes: attribution patterns', () => {
  it('a paragraph whose quotation is left open, as news style allows, ends the quote at the paragraph', () => {
    const text = 'The busway opened on Monday.\nTransport Minister Ana Ruiz says, \u201cWith this investment, thousands more people will live near a fast bus.\nThe line cost $1.4 billion.';
    const q = only(text);
    expect(q.data).toMatchObject({ speaker: 'Ana Ruiz', quote: 'With this investment, thousands more people will live near a fast bus.' });
    // A stray mark before a fragment is no quote.
    expect(run('The word \u201cbusway was new.\nIt stuck.')).toEqual([]);
  });

  it('"Q," Name said (straight quotes)', () => {
    const text = 'The council met on Monday. "We will not raise taxes this year," Ana Ruiz said after the vote.';
    const q = only(text);
    expect(q.data).toMatchObject({ speaker: 'Ana Ruiz', quote: 'We will not raise taxes this year' });
    expect(q.extractor).toBe('quote:said-after');
    expect(text.slice(q.match.start, q.match.end)).toBe(q.data.quote);
  });

  it('"Q," Name says (curly quotes, present tense)', () => {
    const q = only('Dunmore is growing. \u201cThe schools are full,\u201d Tom Berg says.');
    expect(q.data).toMatchObject({ speaker: 'Tom Berg', quote: 'The schools are full' });
    expect(q.extractor).toBe('quote:said-after');
  });

  it('"Q," said Name, title: the title stays out of the name', () => {
    const q = only('\u201cThe budget is balanced,\u201d said Ana Ruiz, the finance minister.');
    expect(q.data).toMatchObject({ speaker: 'Ana Ruiz', quote: 'The budget is balanced' });
  });

  it('Name said: "Q"', () => {
    const q = only('Tom Berg said: "The bridge opens in May."');
    expect(q.data).toMatchObject({ speaker: 'Tom Berg', quote: 'The bridge opens in May.' });
    expect(q.extractor).toBe('quote:said-before-colon');
  });

  it('Name, title, said: "Q"', () => {
    const q = only('Tom Berg, the mayor of Dunmore, said: \u201cThe bridge opens in May.\u201d');
    expect(q.data).toMatchObject({ speaker: 'Tom Berg', quote: 'The bridge opens in May.' });
    expect(q.extractor).toBe('quote:said-before-colon');
  });

  it('Name told X that "Q"', () => {
    const q = only('Ana Ruiz presented the budget. Ruiz told reporters in Madrid that "the numbers speak for themselves."');
    expect(q.data).toMatchObject({ speaker: 'Ana Ruiz', quote: 'the numbers speak for themselves' });
    expect(q.extractor).toBe('quote:told-that');
  });

  it.each([
    ['Russian President Vladimir Putin said "the talks were useful."', 'Vladimir Putin', 'the talks were useful'],
    ['Finance Minister Ana Ruiz said, \u201cWe are ready.\u201d', 'Ana Ruiz', 'We are ready.'],
  ])('Title Name said "Q": the speaker is the name only (%s)', (text, speaker, quote) => {
    const q = only(text);
    expect(q.data).toMatchObject({ speaker, quote });
    expect(q.extractor).toBe('quote:said-before');
  });

  it('a quote split around its attribution is one quote', () => {
    const text = 'Mayor Tom Berg spoke after the count. "We tried," he said, "but the vote failed."';
    const q = only(text);
    expect(q.data).toMatchObject({ speaker: 'Tom Berg', quote: 'We tried but the vote failed.' });
    expect(q.extractor).toBe('quote:split');
    const slice = text.slice(q.match.start, q.match.end);
    expect(slice.startsWith('We tried')).toBe(true);
    expect(slice.endsWith('the vote failed.')).toBe(true);
  });

  it('a quote over several sentences is kept whole', () => {
    const q = only('"The port is closed. Ships are waiting. We need help," said harbour master Lena Vogt.');
    expect(q.data).toMatchObject({ speaker: 'Lena Vogt', quote: 'The port is closed. Ships are waiting. We need help' });
  });

  it('a quote that continues over paragraphs is one quote', () => {
    const text = [
      'Harbour master Lena Vogt addressed the council on Tuesday.',
      '\u201cThe port has been closed for nine days and nobody has told us why.',
      '\u201cShips are waiting outside the harbour,\u201d she said.',
    ].join('\n');
    const q = only(text);
    expect(q.data.speaker).toBe('Lena Vogt');
    expect(q.data.quote).toBe('The port has been closed for nine days and nobody has told us why. Ships are waiting outside the harbour');
    const slice = text.slice(q.match.start, q.match.end);
    expect(slice).toContain('nobody has told us why.');
    expect(slice).toContain('Ships are waiting outside the harbour');
  });

  it('stating, "Q": the speaker is the subject of the sentence', () => {
    const q = only('Ana Ruiz defended the budget in parliament, stating, \u201cEvery euro is accounted for.\u201d');
    expect(q.data).toMatchObject({ speaker: 'Ana Ruiz', quote: 'Every euro is accounted for.' });
    expect(q.extractor).toBe('quote:participle');
  });

  it('addressing X as "Q": the speaker is the subject, not the one addressed', () => {
    const text = 'Tom Berg met Ana Ruiz in Dunmore. Berg, addressing Ruiz as \u201cmy dear colleague,\u201d thanked the council.';
    const q = only(text);
    expect(q.data).toMatchObject({ speaker: 'Tom Berg', quote: 'my dear colleague' });
    expect(q.extractor).toBe('quote:addressing-as');
  });

  it('a pronoun speaker is the last fitting person named before, and flagged', () => {
    const q = only('Tom Berg met Ana Ruiz on Friday. "It went well," she said.');
    expect(q.data.speaker).toBe('Ana Ruiz');
    expect(q.reasons).toContain('pronoun speaker');
    const he = only('Tom Berg met Ana Ruiz on Friday. "It went well," he said.');
    expect(he.data.speaker).toBe('Tom Berg');
    expect(he.confidence).toBeLessThan(0.9);
  });

  it('a surname alone maps to the full name given earlier', () => {
    const q = only('Finance Minister Ana Ruiz presented the budget. "Nobody will pay more," Ruiz said.');
    expect(q.data.speaker).toBe('Ana Ruiz');
    expect(q.reasons).toContain('speaker resolved from surname');
  });

  it('"the minister" maps to the person given that title', () => {
    const q = only('Ana Ruiz, the finance minister, spoke first. "Nobody will pay more," the minister said.');
    expect(q.data.speaker).toBe('Ana Ruiz');
    expect(q.reasons).toContain('speaker resolved from title');
  });

  it('a short quoted phrase is attributed to the subject of its clause', () => {
    const q = only('Tom Berg called the plan "a historic mistake" and left the room.');
    expect(q.data).toMatchObject({ speaker: 'Tom Berg', quote: 'a historic mistake' });
    expect(q.extractor).toBe('quote:phrase');
  });

  it('claimed ... that they were "Q": a phrase in a relative clause', () => {
    const text = 'The vote angered opposition leader Tom Berg, who claimed in a speech that the ministers were \u201chiding the real numbers.\u201d';
    const q = only(text);
    expect(q.data).toMatchObject({ speaker: 'Tom Berg', quote: 'hiding the real numbers', occasion: 'in a speech' });
  });

  it.each(['said', 'says', 'told reporters', 'added', 'stated', 'claimed', 'wrote', 'reported', 'warned', 'asked', 'explained', 'insisted', 'noted', 'argued', 'pledged', 'declared', 'announced'])(
    'reporting verb: %s',
    (verb) => {
      const q = only(`"We are ready for the storm," Ana Ruiz ${verb}.`);
      expect(q.data).toMatchObject({ speaker: 'Ana Ruiz', quote: 'We are ready for the storm' });
    },
  );

  it('"Q," according to Name is a quote; "according to Name, ..." without marks is not', () => {
    const q = only('"We will win," according to Ana Ruiz.');
    expect(q.data).toMatchObject({ speaker: 'Ana Ruiz', quote: 'We will win' });
  });

  it('a speaker that is no named person is kept as written and flagged', () => {
    const q = only('The ministry said in a statement: "All flights are cancelled."');
    expect(q.data).toMatchObject({ speaker: 'the ministry', occasion: 'in a statement' });
    expect(q.reasons).toContain('speaker is not a named person');
    expect(q.confidence).toBeLessThanOrEqual(0.5);
  });

  it('two quotes ending in full stops are not joined into a split quote', () => {
    const found = run('"Good morning to you all." Tom Berg said: "Let us begin, everyone."');
    expect(found.map((q) => q.data.quote)).toEqual(['Good morning to you all.', 'Let us begin, everyone.']);
    // The colon hands "Tom Berg said" to the second quote; the first has no attribution of its own.
    expect(found[0]!.extractor).toBe('quote:floating');
    expect(found[1]!.data.speaker).toBe('Tom Berg');
    expect(found[1]!.extractor).toBe('quote:said-before-colon');
  });

  it('a second quote in the paragraph carries the speaker; a lone quoted sentence is flagged floating', () => {
    const found = run('"We tried," Ana Ruiz said. "The vote was never going to pass."\nNobody replied.\n"Everyone knew how this would end."');
    expect(found.map((q) => [q.data.speaker, q.extractor])).toEqual([
      ['Ana Ruiz', 'quote:said-after'],
      ['Ana Ruiz', 'quote:continued'],
      ['Ana Ruiz', 'quote:floating'],
    ]);
    expect(found[2]!.reasons).toContain('floating quote (no attribution)');
    expect(found[2]!.confidence).toBeLessThanOrEqual(0.3);
  });
});

describe('extractQuotes: what is not a quote', () => {
  it.each([
    ['scare quotes', 'The so-called "reform" passed without debate.'],
    ['a quoted word with no speech verb', 'The "reform" passed quietly and the \u201cexperts\u201d left.'],
    ['a film title', 'The film "Northern Lights" opened on Friday in Dunmore.'],
    ['a book title, even after said', 'Ana Ruiz said the book \u201cA Quiet Harbour\u201d was her favourite.'],
    ['indirect speech with according to', 'According to Ana Ruiz, the city would build a new bridge.'],
    ['a description whose speaker is the agent after "by"', 'Police said the suspect, described by neighbours as "quiet and polite," was held.'],
    ['indirect speech with said that', 'Ana Ruiz said that the city would build a new bridge next year.'],
  ])('%s', (_label, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('extractQuotes on the Kim-Putin article', () => {
  const article = readFileSync(new URL('../../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');
  const quotes = run(article);

  it('finds the four quotes with their speakers, in article order', () => {
    expect(quotes.map((q) => q.data.speaker)).toEqual(['Alexander Yunashev', 'Kim Jong Un', 'Vladimir Putin', 'Donald Trump']);
    expect(quotes.map((q) => q.data.quote)).toEqual([
      'After the negotiations, the staff accompanying the head of the DPRK carefully destroyed all traces of Kim\u2019s presence',
      'If there is anything I can or must do for you and the Russian people, I consider it my duty as a fraternal obligation.',
      'Dear Chairman of State Affairs',
      'working together against the United States',
    ]);
    for (const q of quotes) {
      expect(article.slice(q.match.start, q.match.end)).toBe(q.data.quote);
      expect(q.sentence.text).toContain(q.data.quote.slice(0, 20));
    }
  });

  it('keeps the occasion where the article gives one', () => {
    expect(quotes[0]!.data.occasion).toBe('on his channel');
    expect(quotes[3]!.data.occasion).toBe('on Truth Social');
  });

  it('produces nothing for the "Also Read" lines', () => {
    for (const q of quotes) expect(q.sentence.text).not.toMatch(/^Also Read/);
    const links = article.split('\n').filter((line) => line.startsWith('Also Read'));
    expect(links).toHaveLength(2);
    for (const line of links) expect(run(`${line}\n${line.replace('Also Read: ', 'Also Read: "')}"`)).toEqual([]);
  });

  it('is deterministic and ordered by position', () => {
    expect(run(article)).toEqual(quotes);
    const starts = quotes.map((q) => q.match.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

it('does not read the start of a name as a pronoun ("said Helen Costigan")', () => {
  const text = '“Mateus is exactly the kind of player we have been chasing. He makes everyone better,” said Helen Costigan, the club’s chief executive.';
  const quotes = extractQuotes(text, splitSentences(text));
  expect(quotes.map((q) => q.data.speaker)).toEqual(['Helen Costigan']);
});
