/**
 * The builder's questions as a player and a strict teacher meet them: gaps that name what is asked,
 * no cue in the options (rank, look, grammar, the prompt's own words), one person never offered
 * twice, dates and places that are right. Properties over every article in the repo and over
 * generated ones; the 36 real articles of the dev set are measured by `npm run bench -- builder`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/builder/draft';
import { cloze, figureStyle, readableSentence } from '../../../src/builder/cloze';
import { acronymNamesPlace, figureGivenAway, printedFigures, sameSide } from '../../../src/builder/gapRules';
import { figureNeighbours, orderedOptions } from '../../../src/builder/ordered';
import { answerRank, checkQuestions, rankCounts } from '../../../src/builder/questionChecks';
import { pressSpelling, questionsFor, samePerson } from '../../../src/builder/questions';
import { optionStatesFact } from '../../../src/core/bank/answers';
import type { Bank, Fact, Question } from '../../../src/core/bank/schema';
import type { Place } from '../../../src/core/geo';

const root = new URL('../../../', import.meta.url);
const gazetteer = JSON.parse(readFileSync(new URL('assets/geo/places.json', root), 'utf8')) as Place[];
const FIXTURES = new URL('tests/fixtures/articles/', root);

/** Every article this repo holds: the team's annotated ones and the first bank's. */
const repoBanks: { name: string; bank: Bank }[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const text = readFileSync(new URL(f, FIXTURES), 'utf8');
    const { published } = JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.gold.json'), FIXTURES), 'utf8')) as { published: string | null };
    const r = draftBank(text, { id: 'fixture', title: f, outlet: null, published, url: null }, gazetteer);
    if (!r.ok) throw new Error(`${f}: no bank`);
    return { name: f, bank: r.bank };
  });

const choices = (qs: Question[]) => qs.filter((q): q is Extract<Question, { type: 'choice' }> => q.type === 'choice');

describe('every bank built from the repo’s articles', () => {
  it('has questions, and none a machine can fault: no answer in a prompt, no prompt with two answers, every answer in its sentence, no "how many people?"', () => {
    expect(repoBanks.length).toBeGreaterThanOrEqual(12);
    for (const { name, bank } of repoBanks) {
      expect(bank.questions.length, name).toBeGreaterThan(0);
      expect(checkQuestions(bank), name).toEqual([]);
    }
  });

  it('offers three or four different options in every choice (ordered ones always four), exactly one of them right', () => {
    for (const { name, bank } of repoBanks) {
      const facts = new Map(bank.facts.map((f) => [f.id, f]));
      for (const q of choices(bank.questions)) {
        const distinct = new Set(q.options.map((o) => o.toLowerCase())).size;
        expect(distinct, `${name} ${q.id}`).toBe(q.options.length);
        expect(q.asks === 'value' || q.asks === 'date' ? [4] : [3, 4], `${name} ${q.id}`).toContain(distinct);
        q.options.forEach((o, i) => expect(optionStatesFact(facts.get(q.factId)!, q.asks, o), `${name} ${q.id} ${o}`).toBe(i === q.answer));
      }
    }
  });

  it('puts the right figure or date at every rank, none more than 40% of the time', () => {
    const ordered = repoBanks.flatMap(({ bank }) => choices(bank.questions).filter((q) => answerRank(q) !== null));
    expect(ordered.length).toBeGreaterThanOrEqual(40);
    const counts = rankCounts(ordered);
    for (const n of counts) expect(n / ordered.length).toBeLessThanOrEqual(0.4);
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it('never offers one person twice in "who said it", nor a speaker who is not in full', () => {
    for (const { name, bank } of repoBanks) {
      for (const q of choices(bank.questions).filter((c) => c.asks === 'speaker')) {
        for (let i = 0; i < q.options.length; i++) for (let j = i + 1; j < q.options.length; j++) expect(samePerson(q.options[i]!, q.options[j]!), `${name} ${q.id}`).toBe(false);
        expect(q.options[q.answer]!, name).toMatch(/\s/);
      }
    }
  });
});

describe('ordered options', () => {
  it('draw the right answer’s rank uniformly over many facts, with nothing but the fact to go on', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 13, max: 90_000 }), { minLength: 400, maxLength: 400 }), fc.string(), (values, salt) => {
        const ranks = [0, 0, 0, 0];
        values.forEach((v, i) => {
          const seed = `${salt}|${i}`;
          const { below, above } = figureNeighbours(seed, v, v.toLocaleString('en-US'));
          const picked = orderedOptions(seed, v, below, above, (a, b) => a === b)!;
          expect(picked.values).toEqual([...picked.values].sort((a, b) => a - b));
          expect(picked.values[picked.answer]).toBe(v);
          ranks[picked.answer]!++;
        });
        // Uniform over 400 draws: each rank between 15% and 35% (a fixed rank would be 100%).
        for (const r of ranks) expect(r / values.length).toBeGreaterThan(0.15);
        for (const r of ranks) expect(r / values.length).toBeLessThan(0.35);
      }),
      { numRuns: 10 },
    );
  });

  it('are no multiples of the answer: the spread differs from fact to fact', () => {
    const spreads = new Set(['a', 'b', 'c', 'd', 'e'].map((seed) => figureNeighbours(seed, 13_000, '13,000').above.join(',')));
    expect(spreads.size).toBeGreaterThan(1);
  });

  it('write wrong figures the way the article wrote the right one', () => {
    const money = figureStyle('$1.5 billion')!;
    expect(money.format(2.3)).toBe('$2.3 billion');
    expect(money.format(3)).toBe('$3.0 billion');
    expect(figureStyle('five')!.format(7)).toBe('seven');
    expect(figureStyle('Four')!.format(6)).toBe('Six');
    expect(figureStyle('70%')!.format(55)).toBe('55%');
    expect(figureStyle('13,000')!.format(9800)).toBe('9,800');
    expect(figureStyle('£3m')!.format(4)).toBe('£4 million');
    expect(figureStyle('half a dozen')).toBeNull();
  });

  it('move shares by points and keep halves as halves', () => {
    const share = figureNeighbours('s', 67, '67.0', { percent: true, max: 100 });
    expect(Math.min(...share.below)).toBeGreaterThan(30); // 29.5% beside 67.0% is no plausible option
    expect(Math.max(...share.above)).toBeLessThanOrEqual(100);
    const half = figureNeighbours('h', 1.5, '1.5');
    expect([...half.below, ...half.above].every((x) => Number.isInteger(x * 2))).toBe(true);
  });
});

describe('gaps', () => {
  it('keep the sentence’s subject when a long one is cut a little', () => {
    const long = 'Levels of the most dangerous particles, fine particulate matter measuring 2.5 micrometers or smaller in diameter and able to reach deep into the lungs, reached 600 micrograms per cubic meter in different parts of the city last week, the pollution committee said.';
    const gap = cloze(long, '600')!;
    expect(gap.startsWith('Levels of the most dangerous particles')).toBe(true);
    expect(gap).toContain('reached ___ micrograms per cubic meter');
    expect(gap.endsWith('last week…')).toBe(true);
  });

  it('end a cut sentence at a clause, or else on a word that carries meaning', () => {
    const long = 'Close to 80 people remain missing following the disappearance of a ferry off the coast of the island of Sulawesi on Saturday, with officials saying more than 24 hours into a search and rescue operation that there was a strong chance of finding survivors in the water near the island.';
    expect(cloze(long, '80')!.endsWith('on Saturday…')).toBe(true);
    const later = cloze(long, '24')!;
    expect(later).toContain('more than ___ hours');
    expect(later).toMatch(/[…]$/);
    expect(later).not.toMatch(/\b(?:a|the|that|there|was|of|to|in)…$/);
  });

  it('blank the words once, and refuse a gap whose words come twice', () => {
    expect(cloze('Officials said 300 people were evacuated from the valley on Friday.', '300')).toBe('Officials said ___ people were evacuated from the valley on Friday.');
    expect(cloze('Officials said 300 people left and 300 stayed behind in the valley.', '300')).toBeNull();
    expect(cloze('Officials said 1,300 people were evacuated from the valley.', '300')).toBeNull();
  });

  it('are made only in sentences a player can read as one', () => {
    expect(readableSentence('Downed drone kills three in Russia, including child: governor')).toBe(false); // a headline
    expect(readableSentence('Canberra, Oct 19 Australia’s unemployment fell to 3.6 per cent.')).toBe(false); // a dateline
    expect(readableSentence('It declared a dividend of 50 cents per share The stock rose 2.4 percent.')).toBe(false); // two run together
    expect(readableSentence('in Johannesburg.')).toBe(false);
    expect(readableSentence('He said the results were "final and the count is over.')).toBe(false); // an open quotation
    expect(readableSentence('(JSE), the operator of the exchange, said profit rose 68 percent.')).toBe(false);
    expect(readableSentence('The council approved the £9 million plan on Tuesday.')).toBe(true);
  });

  it('are not asked when the sentence’s other figures give the answer away', () => {
    const gives = (gap: string, value: number, percent = false) => figureGivenAway(gap, value, printedFigures(gap).filter((o) => o.percent === percent), percent, printedFigures(gap));
    expect(gives('There were 94 people behind bars: 79 men and ___ women.', 15)).toBe(true); // a difference
    expect(gives('39 people were rescued, leaving ___ of the ferry’s 118 passengers missing.', 76)).toBe(true);
    expect(gives('Boakai won ___ of the votes, against Weah’s 49.11%.', 50.89, true)).toBe(true); // a complement
    expect(gives('Unemployment fell from 3.7 per cent to ___ in September.', 3.6, true)).toBe(true); // near a printed figure
    expect(gives('Profit was 42 million Australian dollars (___) last year.', 45e6)).toBe(true); // a conversion
    expect(gives('She took the ___ (RM183,600) prize for the novel.', 30_000)).toBe(true); // a conversion by currency code
    expect(gives('The fare rose to ___ (Rs 2,400) on the new route.', 30)).toBe(true);
    expect(gives('The ___ (ABS) figures came out on Thursday.', 12)).toBe(false); // letters with no amount
    expect(gives('Fuel cost AU$2.2 billion, up AU$444 million, or ___, on the year before.', 26, true)).toBe(true); // a share of two amounts
    expect(gives('We lost four-, five-, ___ dollars a year.', 600e9)).toBe(true); // a list counting up
    expect(gives('At least ___ civilians were killed in the town on Monday.', 9)).toBe(false);
  });

  it('see a place named by an abbreviation the article spells out', () => {
    const text = 'The Indian Space Research Organisation (ISRO) launched five satellites. ISRO chairman K Radhakrishnan spoke to the PM on India’s space programme. The Australian Bureau of Statistics (ABS) said jobs grew.';
    expect(acronymNamesPlace('ISRO chairman spoke to the PM on ___’s space programme.', text, 'India')).toBe(true);
    expect(acronymNamesPlace('Data from the ABS showed ___ added jobs.', text, 'Australia')).toBe(true);
    expect(acronymNamesPlace('ISRO chairman met officials from ___ last week.', text, 'France')).toBe(false);
    expect(acronymNamesPlace('The PM spoke on ___’s space programme.', text, 'India')).toBe(false);
  });

  it('read the first end of a range of shares as a share', () => {
    expect(printedFigures('took between 60 and 100% of the vote').map((o) => [o.value, o.percent])).toEqual([[60, true], [100, true]]);
    expect(printedFigures('between 60 and 100 seats, or 40%').map((o) => o.percent)).toEqual([false, false, true]);
  });

  it('keep every option on the answer’s side of a figure the sentence compares it with', () => {
    const fits = sameSide(100, [60], (x: number) => x); // "between 60 and ___%"
    expect([40, 70, 80, 90].filter(fits)).toEqual([70, 80, 90]);
  });
});

describe('questions from facts', () => {
  const base = { sentence: '', span: { start: 0, end: 0 }, extractor: 'test', confidence: 0.9, review: 'auto' as const, reviewReasons: [] };
  const quote = (id: string, speaker: string, words: string): Fact => ({ ...base, id, kind: 'quote', sentence: `"${words}," ${speaker} said.`, data: { speaker, quote: words } });

  it('never ask "who said it" with one person twice, or with strangers beside the article’s own people', () => {
    const facts = [quote('q1', 'Kathy Pearce', 'This scheme will be worth it for the whole town.'), quote('q2', 'Anthony Betty', 'I think this is a great improvement to the area.')];
    const text = 'Councillor Kathy Pearce and Councillor Anthony Betty spoke. Mrs Pearce said more.';
    const qs = questionsFor(facts, gazetteer, { text });
    // Two people only: no four-way choice (it would need two strangers), a true-or-false instead.
    expect(qs.filter((q) => q.type === 'choice')).toEqual([]);
    expect(qs.filter((q) => q.type === 'truefalse')).toHaveLength(2);
    expect(samePerson('Mrs Pearce', 'Kathy Pearce')).toBe(true);
  });

  it('ask "who said it" among three when the article has only three people', () => {
    const facts = [quote('q1', 'Kathy Pearce', 'This scheme will be worth it for the whole town.'), quote('q2', 'Anthony Betty', 'I think this is a great improvement to the area.'), quote('q3', 'Alistair Hendry', 'It is a very attractive and well thought-out scheme.')];
    const qs = choices(questionsFor(facts, gazetteer, { text: 'Councillors Kathy Pearce, Anthony Betty and Alistair Hendry spoke.' }));
    expect(qs).toHaveLength(3);
    for (const q of qs) expect(new Set(q.options)).toEqual(new Set(['Kathy Pearce', 'Anthony Betty', 'Alistair Hendry']));
  });

  it('hold back a doubtful fact until a person approves it, then ask it', () => {
    const flagged: Fact = { ...quote('q1', 'Vladimir Putin', 'We will meet again next year in Moscow.'), review: 'needs_review', reviewReasons: ['pronoun speaker'] };
    const others = [quote('q2', 'Kim Jong Un', 'Our friendship is stronger than ever before.'), quote('q3', 'Xi Jinping', 'The two sides agreed on many things today.'), quote('q4', 'Donald Trump', 'They are working together against us, I am told.')];
    const ask = (f: Fact) => questionsFor([f, ...others], gazetteer).filter((q) => q.factId === 'q1');
    expect(ask(flagged)).toEqual([]);
    expect(ask({ ...flagged, review: 'approved' }).length).toBeGreaterThan(0);
  });

  it('ask a figure as a gap in its sentence, never "how many …?"', () => {
    const fact: Fact = { ...base, id: 'n1', kind: 'quantity', sentence: 'Rescuers said 27 miners were missing after the landslide hit the village.', data: { value: 27, counts: 'miners', approx: 'exact', text: '27' } };
    const [choice, estimate] = questionsFor([fact], gazetteer);
    expect(choice).toMatchObject({ type: 'choice', asks: 'value', prompt: 'Fill the gap: “Rescuers said ___ miners were missing after the landslide hit the village.”' });
    expect(estimate).toMatchObject({ type: 'estimate', answer: { value: 27, unit: 'miners' } });
  });

  it('place a date on a timeline only when the sentence prints its year', () => {
    const date = (text: string, value: string): Fact => ({ ...base, id: 'd1', kind: 'date', sentence: `A second round of voting will take place on ${text}, officials said.`, data: { value, precision: 'day', event: 'a second round', text } });
    expect(questionsFor([date('February 16', '2025-02-16')], gazetteer).map((q) => q.type)).toEqual(['choice']);
    expect(questionsFor([date('February 16, 2025', '2025-02-16')], gazetteer).map((q) => q.type)).toEqual(['choice', 'when']);
  });

  it('offer no wrong place the gap’s own sentence names, and no place that contains the answer', () => {
    const place: Fact = { ...base, id: 'p1', kind: 'place', sentence: 'The rocket carried satellites of France, Germany, Canada and Singapore into orbit.', data: { name: 'Germany', alsoTrue: [], lat: 51, lon: 9 } };
    const q = questionsFor([place], gazetteer).find((x) => x.type === 'choice');
    expect(q && q.type === 'choice' && q.options.filter((o) => o !== 'Germany')).toEqual(expect.not.arrayContaining(['France', 'Canada', 'Singapore']));
  });

  it('score a country on the map by its outline', () => {
    const place: Fact = { ...base, id: 'p1', kind: 'place', sentence: 'Debris fell on homes in the west of Russia, the regional governor said on Thursday.', data: { name: 'Russia', alsoTrue: [], lat: 60, lon: 100 } };
    const where = questionsFor([place], gazetteer).find((x) => x.type === 'where');
    expect(where?.type === 'where' && where.answer.area).toBe('country:RU');
  });
});

describe('the machine checks themselves', () => {
  it('find an answer in its prompt, one prompt with two answers, and a vague figure prompt', () => {
    const fact: Fact = { id: 'f', kind: 'quantity', sentence: 'Some 300 people fled.', span: { start: 0, end: 0 }, extractor: 't', confidence: 1, review: 'auto', reviewReasons: [], data: { value: 300, counts: 'people', approx: 'about', text: '300' } };
    const q = (id: string, prompt: string, options: string[]): Question => ({ id, factId: 'f', type: 'choice', asks: 'value', prompt, options, answer: 0, difficulty: 2 });
    const problems = checkQuestions({
      facts: [fact],
      questions: [q('a', 'Fill the gap: some 300 people fled, or ___?', ['300', '150', '600', '900']), q('b', 'How many people?', ['300', '150', '600', '900']), q('c', 'How many people?', ['150', '300', '600', '900'])],
    });
    expect(problems).toEqual([
      { questionId: 'a', problem: 'answer in prompt' },
      { questionId: 'b', problem: 'vague figure prompt' },
      { questionId: 'c', problem: 'duplicate prompt' },
      { questionId: 'c', problem: 'vague figure prompt' },
    ]);
  });
});

describe('wrong figures rounded as the right one is', () => {
  const all = (n: { below: number[]; above: number[] }) => [...n.below, ...n.above];
  // The second significant digit of x.
  const lastOfTwo = (x: number) => Math.round(x / Math.pow(10, Math.floor(Math.log10(x)) - 1)) % 10;
  it('a figure ending in five gets neighbours in fives, a round share round ones, and no lone ".0" beside a decimal', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      expect(all(figureNeighbours(seed, 15, '15')).every((x) => x % 5 === 0)).toBe(true);
      // At each one's own size: 150 and 75 beside 250, not 160 and 80.
      expect(all(figureNeighbours(seed, 250, '250')).every((x) => lastOfTwo(x) % 5 === 0)).toBe(true);
      expect(all(figureNeighbours(seed, 250, '250')).some((x) => lastOfTwo(x) === 5)).toBe(true);
      expect(all(figureNeighbours(seed, 70, '70', { percent: true, max: 100 })).every((x) => x % 10 === 0)).toBe(true);
      expect(all(figureNeighbours(seed, 563.4, '563.4')).every((x) => Math.round(x * 10) % 10 !== 0)).toBe(true);
      // A figure with no such look keeps ordinary neighbours: 17 beside 14 and 21.
      expect(all(figureNeighbours(seed, 17, '17')).some((x) => x % 5 !== 0)).toBe(true);
    }
  });
});

describe('places and figures the sentence ties to something the options cannot show', () => {
  const base = { sentence: '', span: { start: 0, end: 0 }, extractor: 'test', confidence: 0.9, review: 'auto' as const, reviewReasons: [] };
  const place = (sentence: string, name: string, lat: number, lon: number): Fact => ({ ...base, id: 'p1', kind: 'place', sentence, data: { name, alsoTrue: [], lat, lon } });
  const types = (qs: Question[]) => qs.map((q) => (q.type === 'choice' ? `choice:${q.asks}` : q.type));

  it('ask no figure choice after "more than": a smaller wrong figure would make a true sentence too', () => {
    const fact = (sentence: string): Fact => ({ ...base, id: 'n1', kind: 'quantity', sentence, data: { value: 24, counts: 'hours', approx: 'exact', text: '24' } });
    expect(types(questionsFor([fact('Rescuers searched the sea for 24 hours before the storm came in.')], gazetteer))).toEqual(['choice:value', 'estimate']);
    for (const s of ['Rescuers searched the sea for more than 24 hours before the storm came in.', 'Rescuers may search the sea for up to 24 hours before the storm comes in.']) {
      expect(types(questionsFor([fact(s)], gazetteer)), s).toEqual(['estimate']);
    }
  });

  it('put a rate’s "per …" in the estimate’s unit', () => {
    const fact: Fact = { ...base, id: 'n1', kind: 'quantity', sentence: 'Fine particles reached 600 micrograms per cubic meter in parts of the city last week.', data: { value: 600, counts: 'micrograms', approx: 'exact', text: '600' } };
    const estimate = questionsFor([fact], gazetteer).find((q) => q.type === 'estimate');
    expect(estimate?.type === 'estimate' && estimate.answer.unit).toBe('micrograms per cubic meter');
  });

  it('ask nothing of a city that speaks for its government', () => {
    expect(types(questionsFor([place('Ankara protested on Friday against the treatment of its foreign minister’s team.', 'Ankara', 39.92, 32.85)], gazetteer))).toEqual([]);
    expect(types(questionsFor([place('Officials met, and Ankara said on Friday it would summon the ambassador.', 'Ankara', 39.92, 32.85)], gazetteer))).toEqual([]);
    // The same city as a place the sentence locates is asked.
    expect(types(questionsFor([place('Thousands marched through the streets of Ankara on Friday against the new law.', 'Ankara', 39.92, 32.85)], gazetteer))).toContain('where');
  });

  it('offer no choice of places when the sentence asks for a neighbour or a games venue, and keep the map question', () => {
    const border = place('Debris from a drone fell on the Russian region of Belgorod, which borders Ukraine, the governor said.', 'Ukraine', 49, 32);
    expect(types(questionsFor([border], gazetteer))).toEqual(['where']);
    const medal = place('“After winning my bronze medal in Tokyo, I took a long rest,” the athlete said.', 'Tokyo', 35.68, 139.69);
    expect(types(questionsFor([medal], gazetteer))).toEqual(['where']);
    // Far from the gap, such words do not matter: the athlete's home is an ordinary place.
    const home = place('The four-time Olympic medallist, who won gold in 2008 and 2012, announced her retirement on Tuesday in her native New Zealand.', 'New Zealand', -41, 174);
    expect(types(questionsFor([home], gazetteer))).toContain('choice:place');
  });

  it('offer no other stop of a journey the article names, by any of its names', () => {
    const route = 'The airline will fly the Calcutta-Guwahati-Pasighat route three days a week.';
    const kolkata: Fact = { ...place(route, 'Kolkata', 22.56, 88.36), id: 'p2' };
    const ask = (sentence: string) => questionsFor([place(sentence, 'Guwahati', 26.18, 91.75), kolkata], gazetteer, { text: `${sentence} ${route}` }).find((x) => x.type === 'choice' && x.factId === 'p1');
    const flight = ask('The first flight landed at the town’s new airport from Guwahati on Monday, officials said.');
    if (flight?.type !== 'choice') throw new Error('no place choice');
    expect(flight.options).toContain('Guwahati');
    expect(flight.options).not.toContain('Kolkata');
    // Where the gap is no stop of a journey, the article's own nearby place is a fair wrong one.
    const festival = ask('Crowds gathered in the centre of Guwahati on Monday for the festival.');
    expect(festival?.type === 'choice' && festival.options).toContain('Kolkata');
  });

  it('spell wrong places as English news does, without the gazetteer’s romanisation marks', () => {
    expect(['Kōriyama', 'Bhāgalpur', 'Orël', 'Bogotá', 'Eskişehir'].map(pressSpelling)).toEqual(['Koriyama', 'Bhagalpur', 'Orel', 'Bogotá', 'Eskişehir']);
    const q = questionsFor([place('Crowds gathered in the centre of Guwahati on Monday for the festival.', 'Guwahati', 26.18, 91.75)], gazetteer).find((x) => x.type === 'choice');
    expect(q?.type === 'choice' && q.options.filter((o) => /[\u0304\u0306]/.test(o.normalize('NFD')))).toEqual([]);
  });
});
