/**
 * "When" facts at the precision the article gives: a day, a month, a year, a decade (kept as its
 * first year), and relative dates resolved against the publication date and flagged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactSchema } from '../../../src/core/bank/schema';
import { extractDates } from '../../../src/builder/dates';
import { splitSentences } from '../../../src/builder/sentences';

const PUBLISHED = '2025-09-04'; // a Thursday
const dates = (text: string, published: string | null = PUBLISHED) => extractDates(text, splitSentences(text), published);
const one = (text: string, published: string | null = PUBLISHED) => {
  const found = dates(text, published);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const article = readFileSync(new URL('../../../questions/kim-putin-beijing-2025-09/article.txt', import.meta.url), 'utf8');

describe('written dates', () => {
  it('reads a full date as a day', () => {
    const d = one('The leaders met in Beijing on September 3, 2025.');
    expect(d.data).toMatchObject({ value: '2025-09-03', precision: 'day' });
    expect(d.extractor).toBe('date:chrono');
    expect(d.reasons).toEqual([]);
  });

  it('puts a day without a year in the publication year, and says so', () => {
    const d = one('The treaty was signed on March 3.');
    expect(d.data).toMatchObject({ value: '2025-03-03', precision: 'day' });
    expect(d.reasons).toContain('year from publication date');
    expect(dates('The treaty was signed on March 3.', null)).toEqual([]);
  });

  it('reads a month and year as a month', () => {
    expect(one('In June 2024, the talks collapsed.').data).toMatchObject({ value: '2024-06', precision: 'month' });
  });

  it('reads bare years: "in 2019", "since 2017", "a 2024 pact"', () => {
    for (const [text, value] of [
      ['In 2019, protests spread across the city.', '2019'],
      ['Sanctions have applied since 2017.', '2017'],
      ['The two are bound by a 2024 mutual defense pact.', '2024'],
    ] as const) {
      const d = one(text);
      expect(d.data).toMatchObject({ value, precision: 'year' });
      expect(d.extractor).toBe('date:year');
    }
  });

  it('reads a decade as its first year, at year precision, with the reason "decade"', () => {
    const d = one('Life was different in the 1990s.');
    expect(d.data).toMatchObject({ value: '1990', precision: 'year' });
    expect(d.reasons).toContain('decade');
  });
});

describe('relative dates', () => {
  it('resolves "last Tuesday" and "yesterday" against the publication date and flags them', () => {
    const found = dates('He left last Tuesday. Yesterday the minister resigned.');
    expect(found.map((d) => d.data.value)).toEqual(['2025-09-02', '2025-09-03']);
    for (const d of found) {
      expect(d.reasons).toContain('relative date');
      expect(d.confidence).toBeLessThan(0.7);
    }
  });

  it('reads "last year" as a year', () => {
    expect(one('Last year prices rose sharply.').data).toMatchObject({ value: '2024', precision: 'year' });
  });

  it('leaves relative dates out when there is no publication date to resolve them', () => {
    expect(dates('He left last Tuesday. Yesterday the minister resigned.', null)).toEqual([]);
  });

  it('accepts a publication time and gives the same days in any time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        expect(dates('Yesterday the minister resigned. On March 3 the talks began.', '2025-09-04T23:30:00Z').map((d) => d.data.value)).toEqual(['2025-09-03', '2025-03-03']);
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('what is not a date', () => {
  it.each([
    ['a count that looks like a year', 'About 2000 soldiers marched.'],
    ['a word chrono takes for a weekday', 'The chair he sat in was cleaned.'],
    ['a time of day alone', 'The meeting ended at 10:30 a.m.'],
    ['"may" the verb', 'The measures may be driven by fear.'],
    ['a number in a name', 'COVID-19 spread before World War II ended and Flight 2024 left.'],
  ])('skips %s', (_kind, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('finds the year but not the flight number in "Flight 370 vanished in 2014"', () => {
    expect(dates('Flight 370 vanished in 2014.').map((d) => d.data.value)).toEqual(['2014']);
  });
});

describe('the event', () => {
  it('is the clause around the date without the date', () => {
    expect(one('In 2019, protests spread across the city.').data.event).toBe('protests spread across the city');
    expect(one('On March 3, the leaders signed the treaty.').data.event).toBe('the leaders signed the treaty');
  });

  it('is trimmed to about 80 characters nearest the date', () => {
    const d = one(article.split('\n')[0]!);
    expect(d.data.event.length).toBeLessThanOrEqual(82);
    expect(d.data.event).toMatch(/meeting with Russian President Vladimir Putin in Beijing$/);
  });
});

describe('every candidate', () => {
  it('is ordered by position, repeatable, inside its sentence and valid for the bank schema', () => {
    const text = `${article}\nIn June 2024, the talks collapsed. Yesterday the minister resigned.`;
    const found = dates(text);
    expect(dates(text)).toEqual(found);
    expect(found.map((d) => d.match.start)).toEqual([...found.map((d) => d.match.start)].sort((a, b) => a - b));
    for (const d of found) {
      expect(d.match.start).toBeGreaterThanOrEqual(d.sentence.start);
      expect(d.match.end).toBeLessThanOrEqual(d.sentence.end);
      const fact = { id: 'f', kind: d.kind, sentence: d.sentence.text, span: d.sentence, extractor: d.extractor, confidence: d.confidence, review: 'auto', data: d.data };
      expect(FactSchema.safeParse(fact).success).toBe(true);
    }
  });
});

describe('the Kim-Putin article', () => {
  for (const published of [null, PUBLISHED]) {
    it(`finds the meeting day, the pact year and the year the precautions began (published: ${published})`, () => {
      const found = dates(article, published);
      const value = (v: string) => found.find((d) => d.data.value === v);
      expect(value('2025-09-03')?.data.precision).toBe('day');
      expect(value('2024')?.data).toMatchObject({ precision: 'year', event: 'bound by a mutual defense pact' });
      expect(value('2017')?.data.precision).toBe('year');
      expect(found.map((d) => d.data.value)).not.toContain('2000');
    });
  }
});

describe('relative dates by the sentence’s tense', () => {
  // 2025-09-08 is a Monday.
  const on = (text: string) => one(text, '2025-09-08').data.value;

  it('puts a past weekday on the most recent such day, the publication day included', () => {
    expect(on('The governor said on Thursday that three people had died.')).toBe('2025-09-04');
    expect(on('The minister resigned on Monday after a week of protests.')).toBe('2025-09-08');
  });

  it('puts a future weekday on the next such day', () => {
    expect(on('The court will hear the case on Thursday, a lawyer said.')).toBe('2025-09-11');
    expect(on('He posted bond and is due in court Friday.')).toBe('2025-09-12');
  });

  it('keeps a weekday flagged, so no question is made from it before a person checks it', () => {
    expect(one('The governor said on Thursday that three people had died.', '2025-09-08').reasons).toContain('relative date');
  });

  it('puts a month or day without a year in the year its tense allows', () => {
    expect(one('Inflation fell from a peak in December, the agency said.', '2025-06-10').data.value).toBe('2024-12');
    expect(one('The new president will take office in January.', '2023-11-17').data.value).toBe('2024-01');
    expect(one('Net profit for the six months to Dec. 31 was A$42 million.', '2012-02-16').data.value).toBe('2011-12-31');
    expect(one('The accused was remanded in custody to July 13.', '2023-03-09').data.value).toBe('2023-07-13');
    expect(one('The new budget takes effect July 1.', '2024-06-10').data.value).toBe('2024-07-01');
  });

  it('reads no date in a time, a name or a vague phrase', () => {
    expect(dates('The attack came at around 11:50 pm (2050 GMT) on the border.')).toEqual([]);
    expect(dates('In 2014, USA Today reported that 43 percent of companies had a breach.').map((d) => d.data.value)).toEqual(['2014']);
    expect(dates('We are short of field operatives tonight, the officer said.')).toEqual([]);
    expect(dates('It now costs £6.81 more to fill a tank than a year ago.')).toEqual([]);
  });
});
