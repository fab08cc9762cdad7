/**
 * Marking where the answer came from: the key words of each fact's sentence (the quote, the
 * figure, the date, the place), shown highlighted after an answer and hidden in a practice hint.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clozeText, highlightParts, keySpan } from '../../src/core/bank/highlight';
import type { Fact } from '../../src/core/bank/schema';
import { realBank } from '../harness/realBank';

const bank = realBank();
const factById = (id: string): Fact => {
  const f = bank.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
const keyText = (f: Fact): string | null => {
  const span = keySpan(f);
  return span ? f.sentence.slice(span[0], span[1]) : null;
};
const count = (text: string, needle: string) => text.split(needle).length - 1;
const BLANK = '＿＿＿';

// Made-up facts of each kind, from one real fact of that kind, for sentences the bank does not have.
const like = <K extends Fact['kind']>(kind: K, sentence: string, data: Partial<Extract<Fact, { kind: K }>['data']>): Fact => {
  const f = bank.facts.find((x) => x.kind === kind)!;
  return { ...f, sentence, data: { ...f.data, ...data } } as Fact;
};
const quantity = (sentence: string, value: number) => like('quantity', sentence, { value });
const date = (sentence: string, value: string, precision: 'year' | 'month' | 'day') => like('date', sentence, { value, precision });
const place = (sentence: string, name: string, alsoTrue: string[] = []) => like('place', sentence, { name, alsoTrue });

describe('keySpan on the real bank', () => {
  it('gives every fact a span inside its sentence', () => {
    const missing: string[] = [];
    for (const f of bank.facts) {
      const span = keySpan(f);
      if (!span) {
        missing.push(f.id);
        continue;
      }
      const [a, b] = span;
      expect(Number.isInteger(a) && Number.isInteger(b)).toBe(true);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThan(a);
      expect(b).toBeLessThanOrEqual(f.sentence.length);
    }
    expect(missing).toEqual([]);
  });

  it('marks the event when a date fact\'s sentence names the event rather than the date', () => {
    // The parade sentence never says when (2025-09-03 comes from another sentence).
    const f = factById('f-date-parade');
    expect(f.sentence).not.toMatch(/2025|September/);
    const [a, b] = keySpan(f)!;
    expect(f.sentence.slice(a, b)).toBe('military parade marking the 80th anniversary of Japan’s surrender in World War II');
  });

  it.each([
    ['The army numbered 13,000.', 13000, '13,000'],
    ['It was 2,000, roughly.', 2000, '2,000'],
    ['About 3.5 million people.', 3_500_000, '3.5 million'],
  ])('marks the figure in "%s" without trailing punctuation', (sentence, value, marked) => {
    const [a, b] = keySpan(quantity(sentence, value))!;
    expect(sentence.slice(a, b)).toBe(marked);
  });

  it('finds a place as a whole word, not inside another name', () => {
    expect(clozeText(place('Troops from Nigeria went to Niger.', 'Niger'))).toBe(`Troops from Nigeria went to ${BLANK}.`);
  });

  it('marks the quoted words, without the quote marks, for every quote', () => {
    const quotes = bank.facts.filter((f) => f.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const f of quotes) expect(keyText(f)).toBe(f.kind === 'quote' && f.data.quote);
  });

  it.each([
    ['f-qty-troops-deployed', '13,000'],
    ['f-qty-troops-killed', '2,000'],
    ['f-qty-anniversary', '80th'],
    ['f-qty-world-leaders', 'two dozen'],
    ['f-date-meeting', 'September 3, 2025'],
    ['f-date-defense-pact', '2024'],
    ['f-date-putin-measures', '2017'],
    ['f-place-meeting-beijing', 'Beijing'],
    ['f-place-trump-meeting-alaska', 'Alaska'],
    ['f-place-troops-ukraine', 'Ukraine'],
    ['f-place-first-visit-china', 'China'],
  ])('marks %s as "%s"', (id, text) => {
    expect(keyText(factById(id))).toBe(text);
  });

  it('finds the figure the fact counts, not just the first number in the sentence', () => {
    // Both troop facts share one sentence: 13,000 deployed, nearly 2,000 killed.
    expect(factById('f-qty-troops-killed').sentence).toBe(factById('f-qty-troops-deployed').sentence);
    expect(keySpan(factById('f-qty-troops-killed'))).not.toEqual(keySpan(factById('f-qty-troops-deployed')));
  });
});

describe('keySpan on other sentences', () => {
  it.each([
    ['with nearly 2,000 reportedly killed', 2000, '2,000'],
    ['Kim mingled with over two dozen world leaders', 24, 'two dozen'],
    ['marking the 80th anniversary of the surrender', 80, '80th'],
    ['a thousand troops crossed', 1000, 'a thousand'],
    ['Twenty-five soldiers came home', 25, 'Twenty-five'],
    ['one of the 25 men stayed', 25, '25'],
    ['In 2024 some 300 troops arrived', 300, '300'],
    ['13,000 deployed and 2,000 killed', 2000, '2,000'],
    ['an estimated 1,250,000 people', 1_250_000, '1,250,000'],
  ])('finds the figure in "%s" (%d) as "%s"', (sentence, value, text) => {
    expect(keyText(quantity(sentence, value))).toBe(text);
  });

  it('finds a figure written with thousands commas anywhere in a sentence', () => {
    const words = fc.array(fc.constantFrom('troops', 'were', 'sent', 'to', 'the', 'front', 'reportedly', 'killed', 'leaders', 'met'), { maxLength: 6 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 99_999_999 }), words, (before, n, after) => {
        const figure = n.toLocaleString('en-US');
        const sentence = [...before, figure, ...after].join(' ');
        const span = keySpan(quantity(sentence, n));
        expect(span).not.toBeNull();
        expect(sentence.slice(span![0], span![1])).toBe(figure);
      }),
      { numRuns: 150 },
    );
  });

  it('finds a date as the article writes it, at its precision, or else its year', () => {
    expect(keyText(date('They met on September 3, 2025 in Beijing.', '2025-09-03', 'day'))).toBe('September 3, 2025');
    expect(keyText(date('The talks of September 2025 went on.', '2025-09', 'month'))).toBe('September 2025');
    expect(keyText(date('The pact, signed in 2024, binds them.', '2024', 'year'))).toBe('2024');
    expect(keyText(date('It happened early in 2025, they said.', '2025-01-15', 'day'))).toBe('2025');
  });

  it('finds a place by its name, or else by another true name for it', () => {
    expect(keyText(place('Putin met Trump in Anchorage last month.', 'Alaska', ['Anchorage', 'United States']))).toBe('Anchorage');
    expect(keyText(place('He flew to Beijing.', 'Beijing', ['China']))).toBe('Beijing');
  });

  it('gives null when the sentence does not hold the key words', () => {
    expect(keySpan(quantity('No figures here at all', 13_000))).toBeNull();
    expect(keySpan(quantity('Some 12,000 went', 13_000))).toBeNull();
    expect(keySpan(date('Nothing about when.', '2025-09-03', 'day'))).toBeNull();
    expect(keySpan(place('Somewhere else entirely.', 'Ukraine'))).toBeNull();
    expect(keySpan(like('quote', 'He said something else.', { quote: 'working together' }))).toBeNull();
  });
});

describe('highlightParts', () => {
  it('cuts each real sentence into parts that read back as the sentence, with exactly the key words marked', () => {
    for (const f of bank.facts) {
      const parts = highlightParts(f);
      expect(parts.map((p) => p.text).join('')).toBe(f.sentence);
      for (const p of parts) expect(p.text).not.toBe('');
      const marked = parts.filter((p) => p.mark);
      const key = keyText(f);
      if (key === null) expect(parts).toEqual([{ text: f.sentence }]);
      else expect(marked).toEqual([{ text: key, mark: true }]);
    }
  });

  it('marks key words at the very start or end of a sentence without an empty part', () => {
    expect(highlightParts(quantity('13,000 troops', 13_000))).toEqual([{ text: '13,000', mark: true }, { text: ' troops' }]);
    expect(highlightParts(place('They flew to Beijing', 'Beijing'))).toEqual([{ text: 'They flew to ' }, { text: 'Beijing', mark: true }]);
  });
});

describe('clozeText', () => {
  it('hides exactly the key words of each real fact, and nothing else', () => {
    for (const f of bank.facts) {
      const span = keySpan(f);
      const cloze = clozeText(f);
      if (!span) {
        expect(cloze).toBe(f.sentence);
        continue;
      }
      const key = f.sentence.slice(span[0], span[1]);
      expect(cloze).toBe(f.sentence.slice(0, span[0]) + BLANK + f.sentence.slice(span[1]));
      // The answer is gone from the hint (unless the sentence says it twice).
      expect(count(cloze, key)).toBe(count(f.sentence, key) - 1);
    }
  });

  it('keeps the hedge in sight: "nearly ＿＿＿", "over ＿＿＿"', () => {
    expect(clozeText(factById('f-qty-troops-killed'))).toContain(`nearly ${BLANK} reportedly killed`);
    expect(clozeText(factById('f-qty-world-leaders'))).toContain(`over ${BLANK} world leaders`);
    expect(clozeText(factById('f-quote-putin-address'))).toContain(`as “${BLANK},”`);
  });

  it('uses the blank it is given', () => {
    expect(clozeText(factById('f-place-troops-ukraine'), '[?]')).toContain('military support in [?], where');
    expect(clozeText(factById('f-date-defense-pact'), '')).toBe('The leaders, bound by a  mutual defense pact, appeared to strengthen their alliance, united in their defiance of Western sanctions.');
  });
});
