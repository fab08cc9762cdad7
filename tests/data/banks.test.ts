/**
 * Data checks over every bank in questions/: the schema holds, each fact's span slices its own
 * article to exactly its sentence, each right answer says what the fact says, and no wrong
 * answer is also true.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionStatesFact } from '../../src/core/bank/answers';
import type { Bank } from '../../src/core/bank/schema';
import { FACT_KINDS, PLAYABLE_STATUSES, QUESTION_TYPES } from '../../src/core/bank/constants';
import { areaIdOf, kmOutsideArea } from '../../src/core/area';
import { greatCircleKm, type Place } from '../../src/core/geo';
import { areaLookup } from '../../src/core/outlines';
import { translationCoverage } from '../../src/core/bank/localize';
import { parseBank } from '../../src/core/bank/validate';
import { playableQuestions } from '../../src/core/bank/playable';
import { formatBankError } from '../../src/core/bank/errors';

const root = new URL('../../questions/', import.meta.url).pathname;
const ids = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const norm = (s: string) => s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase();

const geo = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../assets/geo/${name}`, import.meta.url), 'utf8'));
const gazetteer = geo('places.json') as Place[];
const areas = areaLookup(geo('world-110m.json'), gazetteer, geo('regions.json'));

function load(id: string): { bank: Bank; article: string } {
  const file = join(root, id, 'bank.json');
  const result = parseBank(readFileSync(file, 'utf8'), `questions/${id}/bank.json`);
  if (!result.ok) throw new Error(result.errors.map(formatBankError).join('\n'));
  return { bank: result.bank, article: readFileSync(join(root, id, result.bank.article.textFile), 'utf8') };
}

it('there is at least one bank', () => {
  expect(ids).toContain('kim-putin-beijing-2025-09');
});

describe.each(ids)('bank %s', (id) => {
  it('passes the schema and its id is its folder name', () => {
    const result = parseBank(readFileSync(join(root, id, 'bank.json'), 'utf8'), id);
    expect(result.ok ? [] : result.errors.map(formatBankError)).toEqual([]);
    expect(result.ok && result.bank.id).toBe(id);
  });

  it('keeps its article text beside it', () => {
    const { bank } = load(id);
    expect(existsSync(join(root, id, bank.article.textFile))).toBe(true);
  });

  it("slices each fact's span to exactly its sentence, on sentence boundaries", () => {
    const { bank, article } = load(id);
    for (const f of bank.facts) {
      expect(article.slice(f.span.start, f.span.end), f.id).toBe(f.sentence);
      // A whole sentence: it starts the text or follows whitespace, and ends on . ! ? (maybe inside a closing quote).
      expect(f.span.start === 0 || /\s/.test(article[f.span.start - 1]!), `${f.id} starts mid-text`).toBe(true);
      expect(/[.!?]["\u201d\u2019)]?$/.test(f.sentence), `${f.id} ends mid-sentence`).toBe(true);
    }
  });

  it("finds each fact's own words in its sentence", () => {
    const { bank } = load(id);
    for (const f of bank.facts) {
      const s = norm(f.sentence);
      if (f.kind === 'quote') expect(s, f.id).toContain(norm(f.data.quote));
      if (f.kind === 'place') expect([f.data.name, ...f.data.alsoTrue].some((n) => s.includes(norm(n))), f.id).toBe(true);
    }
  });

  it('has a right answer that states its fact, and no wrong answer that does', () => {
    const { bank } = load(id);
    const facts = new Map(bank.facts.map((f) => [f.id, f]));
    for (const q of bank.questions) {
      const fact = facts.get(q.factId)!;
      switch (q.type) {
        case 'choice':
          q.options.forEach((option, i) => {
            expect(optionStatesFact(fact, q.asks, option), `${q.id} option ${i} "${option}"`).toBe(i === q.answer);
          });
          break;
        case 'truefalse':
          // The statement asserts its claim; the claim is true exactly when the answer is True.
          expect(norm(q.prompt), q.id).toContain(norm(q.claim));
          expect(optionStatesFact(fact, q.asks, q.claim), q.id).toBe(q.answer);
          break;
        case 'estimate':
          expect(fact.kind === 'quantity' && fact.data.value, q.id).toBe(q.answer.value);
          break;
        case 'when':
          expect(fact.kind === 'date' && [fact.data.value, fact.data.precision], q.id).toEqual([q.answer.value, q.answer.precision]);
          break;
        case 'where':
          expect(fact.kind === 'place' && fact.data.name, q.id).toBe(q.answer.name);
          if (fact.kind === 'place' && fact.data.lat !== undefined && fact.data.lon !== undefined) {
            expect(greatCircleKm(q.answer, { lat: fact.data.lat, lon: fact.data.lon }), q.id).toBeLessThan(50);
          }
          break;
      }
    }
  });

  it('names, in each "where" answer scored by an area, a country or region of the gazetteer with the answer’s name, holding the answer’s point', () => {
    const { bank } = load(id);
    const byArea = new Map(gazetteer.flatMap((p) => (areaIdOf(p) ? [[areaIdOf(p)!, p] as const] : [])));
    for (const q of bank.questions) {
      if (q.type !== 'where' || q.answer.area === undefined) continue;
      const place = byArea.get(q.answer.area);
      expect(place?.name, `${q.id} ${q.answer.area}`).toBe(q.answer.name);
      const shape = areas(q.answer.area);
      // Where the game has the outline, the answer's own point is inside it (so it scores full credit).
      if (shape) expect(kmOutsideArea(shape, q.answer), q.id).toBe(0);
    }
  });

  it('never gives the answer away in the prompt', () => {
    const { bank } = load(id);
    const facts = new Map(bank.facts.map((f) => [f.id, f]));
    for (const q of bank.questions) {
      const prompt = norm(q.prompt);
      const giveaways: string[] =
        q.type === 'choice'
          ? [q.options[q.answer]!]
          : q.type === 'estimate'
            ? [String(q.answer.value), q.answer.value.toLocaleString('en-US')]
            : q.type === 'when'
              ? [q.answer.value.slice(0, 4)]
              : q.type === 'where'
                ? (() => {
                    const f = facts.get(q.factId)!;
                    return [q.answer.name, ...(f.kind === 'place' ? f.data.alsoTrue : [])];
                  })()
                : [];
      for (const g of giveaways) expect(prompt, q.id).not.toContain(norm(g));
    }
  });

  it('offers wrong answers of the same sort as the right one, none a repeat', () => {
    const { bank } = load(id);
    for (const q of bank.questions) {
      if (q.type !== 'choice') continue;
      const shown = q.options.map(norm);
      expect(new Set(shown).size, q.id).toBe(4);
      // Same sort: numbers against numbers, words against words.
      const numeric = q.options.map((o) => /\d/.test(o));
      expect(new Set(numeric).size, `${q.id} mixes figures and words`).toBe(1);
    }
  });

  it('sets slider ranges and map zooms that do not give the answer away', () => {
    const { bank } = load(id);
    for (const q of bank.questions) {
      if (q.type === 'estimate') {
        const { value, min, max, scale } = q.answer;
        const f = scale === 'log' ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
        // Not at an end, and not where the slider starts (its middle).
        expect(f, q.id).toBeGreaterThan(0.05);
        expect(f, q.id).toBeLessThan(0.95);
        expect(Math.abs(f - 0.5), q.id).toBeGreaterThan(0.03);
      }
      if (q.type === 'when') {
        const y = Number(q.answer.value.slice(0, 4));
        expect(y === Math.round((q.answer.minYear + q.answer.maxYear) / 2), `${q.id} starts on the answer`).toBe(false);
      }
    }
  });
});

describe('the first bank (kim-putin-beijing-2025-09)', () => {
  const { bank } = load('kim-putin-beijing-2025-09');
  const kindOf = new Map(bank.facts.map((f) => [f.id, f.kind]));
  const count = (kind: string) => bank.questions.filter((q) => kindOf.get(q.factId) === kind).length;

  it('is hand-reviewed: every fact approved, so every question is playable', () => {
    expect(bank.facts.every((f) => PLAYABLE_STATUSES.includes(f.review))).toBe(true);
    expect(playableQuestions(bank)).toHaveLength(bank.questions.length);
  });

  it('has at least 16 questions covering all four fact kinds', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(16);
    for (const kind of FACT_KINDS) expect(count(kind), kind).toBeGreaterThanOrEqual(kind === 'quote' || kind === 'date' ? 4 : 3);
  });

  it('asks every type of question: choice, true or false, estimate, when and where', () => {
    const types = new Set(bank.questions.map((q) => q.type));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it('asks who said what for Kim, Putin, Yunashev and Trump', () => {
    const speakers = bank.facts.flatMap((f) => (f.kind === 'quote' ? [f.data.speaker] : []));
    expect(speakers).toEqual(expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin', 'Alexander Yunashev', 'Donald Trump']));
  });

  it('asks the figures, dates and places the article gives', () => {
    const values = bank.facts.flatMap((f) => (f.kind === 'quantity' ? [f.data.value] : []));
    expect(values).toEqual(expect.arrayContaining([13000, 2000, 80, 24]));
    const dates = bank.facts.flatMap((f) => (f.kind === 'date' ? [f.data.value] : []));
    expect(dates).toEqual(expect.arrayContaining(['2025-09-03', '2024', '2017']));
    const places = bank.facts.flatMap((f) => (f.kind === 'place' ? [f.data.name] : []));
    expect(places).toEqual(expect.arrayContaining(['Beijing', 'Alaska', 'Ukraine']));
  });

  it('is translated into every language the game speaks, every question complete', () => {
    const coverage = translationCoverage(bank);
    console.info(`translation coverage of ${bank.id}: ${JSON.stringify(coverage)}`);
    expect(coverage).toEqual({ es: 1, fr: 1, de: 1, ko: 1, ru: 1, zh: 1, ar: 1 });
    for (const lang of Object.keys(bank.translations)) {
      expect(Object.keys(bank.translations[lang]!.facts).sort(), lang).toEqual(bank.facts.map((f) => f.id).sort());
    }
  });

  it('keeps translated options in the original order: figures stay at their index', () => {
    const digits = (s: string) => s.replace(/[^\d]/g, '');
    for (const [lang, tr] of Object.entries(bank.translations)) {
      for (const q of bank.questions) {
        const options = tr.questions[q.id]?.options;
        // Figures only: dates are written in each language's own order of day, month and year.
        if (q.type !== 'choice' || q.asks !== 'value' || !options) continue;
        q.options.forEach((o, i) => {
          // Western digits in every translation: the same figure must sit in the same place.
          if (digits(o)) expect(digits(options[i]!), `${lang} ${q.id} option ${i}`).toBe(digits(o));
        });
      }
    }
  });

  it('records what the article gives about itself, and no more', () => {
    expect(bank.article.outlet).toBeNull();
    expect(bank.article.url).toBeNull();
    expect(bank.article.eventDate).toBe('2025-09-03');
  });
});
