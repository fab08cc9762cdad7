/**
 * importedToBank: what a teacher's imported questions become in Factsprint, a valid draft bank
 * that waits for review, and which imports it refuses (at the question's line).
 */
import { describe, expect, it } from 'vitest';
import { optionStatesFact } from '../../../src/core/bank/answers';
import { validateBank } from '../../../src/core/bank/validate';
import { fromAiken, fromCsv, fromGift, importedToBank, type ImportedQuestion, type ImportErrorCode, type ImportMeta } from '../../../src/core/interop';

const meta: ImportMeta = { id: 'capitals', title: 'Capitals', language: 'en', format: 'gift' };

/** An error at this line with this code; the English message is checked too, as the CLI prints it. */
const err = (line: number, code: ImportErrorCode, message: unknown) => expect.objectContaining({ line, code, message });

function build(items: ImportedQuestion[], m: Partial<ImportMeta> = {}) {
  const result = importedToBank(items, { ...meta, ...m });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const GIFT = [
  '::c1::Capital of France?{~Lyon =Paris ~Nice ~Lille ####Paris is the capital of France.}',
  '',
  '::c2::Berlin is the capital of Germany.{T}',
  '',
  '::c3::Rome is the capital of Spain.{F####Madrid is the capital of Spain.}',
  '',
  '::c4::Kyiv is the capital of Poland.{FALSE}',
].join('\n');

describe('a GIFT import becomes a draft bank', () => {
  const imported = fromGift(GIFT);
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  const { bank, articleText } = build(imported.questions, { source: 'capitals.gift' });

  it('that the one schema accepts', () => {
    expect(validateBank(JSON.parse(JSON.stringify(bank)), 'round trip').ok).toBe(true);
    expect(bank).toMatchObject({ schemaVersion: 1, id: 'capitals', title: 'Capitals', article: { language: 'en', outlet: null, url: null, textFile: 'article.txt' } });
  });

  it('with choice and true/false questions and the same right answers', () => {
    expect(bank.questions.map((q) => q.type)).toEqual(['choice', 'truefalse', 'truefalse', 'truefalse']);
    const [c1, c2, c3, c4] = bank.questions;
    expect(c1).toMatchObject({ prompt: 'Capital of France?', options: ['Lyon', 'Paris', 'Nice', 'Lille'], answer: 1 });
    expect([c2, c3, c4].map((q) => q?.type === 'truefalse' && q.answer)).toEqual([true, false, false]);
  });

  it('one fact per question, waiting for review, from the named source', () => {
    expect(bank.facts).toHaveLength(4);
    bank.questions.forEach((q, i) => expect(q.factId).toBe(bank.facts[i]!.id));
    for (const f of bank.facts) {
      expect(f).toMatchObject({ kind: 'quote', review: 'needs_review', extractor: 'import:gift', confidence: 1, data: { speaker: 'capitals.gift', quote: f.sentence } });
      expect(f.reviewReasons[0]).toMatch(/imported from GIFT/);
    }
  });

  it('whose sentence is the feedback, or the question itself when there is none, each with a real span', () => {
    expect(bank.facts.map((f) => f.sentence)).toEqual([
      'Paris is the capital of France.',
      'Berlin is the capital of Germany.',
      'Madrid is the capital of Spain.',
      'Kyiv is the capital of Poland.',
    ]);
    expect(articleText).toBe(bank.facts.map((f) => f.sentence).join('\n'));
    for (const f of bank.facts) expect(articleText.slice(f.span.start, f.span.end)).toBe(f.sentence);
  });

  it('says why a sentence needs a person: no feedback, and worse, a false statement as its own source', () => {
    expect(bank.facts[0]!.reviewReasons).toHaveLength(1);
    expect(bank.facts[1]!.reviewReasons[1]).toMatch(/no feedback/);
    expect(bank.facts[2]!.reviewReasons).toHaveLength(1);
    expect(bank.facts[3]!.reviewReasons[2]).toMatch(/false statement/);
  });

  it('the quote is the sentence, so the game finds it there; the speaker defaults to the format', () => {
    for (const f of bank.facts) expect(optionStatesFact(f, 'quote', f.sentence)).toBe(true);
    expect(build(imported.questions).bank.facts[0]!.data).toMatchObject({ speaker: 'the imported GIFT file' });
  });
});

describe('choices of 2 to 6 options come in; other counts are refused at the line of the question', () => {
  it('a 3-option and a 5-option choice keep all their options and their right answer', () => {
    const r = fromAiken(['Pick one?', 'A. a', 'B. b', 'C. c', 'ANSWER: C', '', 'Pick again?', 'A. v', 'B. w', 'C. x', 'D. y', 'E. z', 'ANSWER: E'].join('\n'));
    if (!r.ok) throw new Error('import failed');
    const { bank } = build(r.questions, { format: 'aiken' });
    expect(bank.questions).toEqual([
      expect.objectContaining({ type: 'choice', options: ['a', 'b', 'c'], answer: 2 }),
      expect.objectContaining({ type: 'choice', options: ['v', 'w', 'x', 'y', 'z'], answer: 4 }),
    ]);
  });

  it('a 2-option choice that is not True/False is a choice between the two', () => {
    const r = fromCsv('Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\nQ1,a,b,c,d,20,1\nYes or no?,Yes,No,,,20,2');
    if (!r.ok) throw new Error('import failed');
    expect(build(r.questions, { format: 'csv' }).bank.questions[1]).toMatchObject({ type: 'choice', options: ['Yes', 'No'], answer: 1 });
  });

  it('seven options, or one, cannot be played', () => {
    const items: ImportedQuestion[] = [
      { prompt: 'Q', options: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], answer: 0, kind: 'choice', line: 4 },
      { prompt: 'Q', options: ['a'], answer: 0, kind: 'choice', line: 8 },
    ];
    expect(importedToBank(items, meta)).toEqual({
      ok: false,
      errors: [err(4, 'tooManyOptions', expect.stringMatching(/7 answers: .*at most 6/)), err(8, 'tooFewOptions', expect.stringMatching(/at least 2 answers and this one has 1/))],
    });
  });

  it('True/False in either order, any case, becomes true/false with the right answer', () => {
    const r = fromCsv('Q1,false,TRUE,,,20,2\nQ2,False,True,,,20,1\nQ3,True,False,,,20,2');
    if (!r.ok) throw new Error('import failed');
    const { bank } = build(r.questions, { format: 'csv' });
    expect(bank.questions.map((q) => q.type === 'truefalse' && q.answer)).toEqual([true, false, false]);
  });

  it('two options that are the same', () => {
    const items: ImportedQuestion[] = [{ prompt: 'Q', options: ['Paris', 'paris ', 'Rome', 'Oslo'], answer: 0, kind: 'choice', line: 9 }];
    expect(importedToBank(items, meta)).toEqual({ ok: false, errors: [err(9, 'duplicateOptions', expect.stringMatching(/same/))] });
  });

  it('a "truefalse" item whose options are not True and False, or an answer out of range', () => {
    const items: ImportedQuestion[] = [
      { prompt: 'Q', options: ['Yes', 'No'], answer: 0, kind: 'truefalse', line: 2 },
      { prompt: 'Q', options: ['a', 'b', 'c', 'd'], answer: 4, kind: 'choice', line: 5 },
      { prompt: ' ', options: ['a', 'b', 'c', 'd'], answer: 0, kind: 'choice' },
    ];
    expect(importedToBank(items, meta)).toEqual({
      ok: false,
      errors: [
        err(2, 'trueFalseOptions', expect.stringMatching(/True and False/)),
        err(5, 'answerOutOfRange', expect.stringMatching(/not one of the 4 options/)),
        err(0, 'emptyQuestion', 'the question is empty'),
      ],
    });
  });
});

describe('the bank itself must be valid', () => {
  const items: ImportedQuestion[] = [{ prompt: 'Q', options: ['a', 'b', 'c', 'd'], answer: 0, kind: 'choice', line: 1 }];

  it('a bad id or language is reported with its path, at line 0 (not a line of the file)', () => {
    const r = importedToBank(items, { ...meta, id: 'Not A Slug', language: 'English' });
    expect(r.ok ? [] : r.errors).toEqual([
      err(0, 'bankInvalid', expect.stringMatching(/^\$\.id: /)),
      err(0, 'bankInvalid', expect.stringMatching(/^\$\.article\.language: /)),
    ]);
  });

  it('nothing to import', () => {
    expect(importedToBank([], meta)).toEqual({ ok: false, errors: [err(0, 'noQuestions', expect.stringMatching(/no questions/))] });
  });

  it('folds line breaks in a sentence so each sits on its own line of the article', () => {
    const { bank, articleText } = build([{ ...items[0]!, feedback: 'Line one\nline  two.' }, { ...items[0]!, prompt: 'Second?' }]);
    expect(bank.facts[0]!.sentence).toBe('Line one line two.');
    expect(articleText.split('\n')).toEqual(['Line one line two.', 'Second?']);
  });

  it('numbers ids by the import format, padded so they sort', () => {
    const { bank } = build(Array.from({ length: 12 }, (_, i) => ({ ...items[0]!, prompt: `Q${i}` })), { format: 'csv' });
    expect(bank.questions[0]).toMatchObject({ id: 'q-csv-01', factId: 'f-csv-01', difficulty: 2, asks: 'quote' });
    expect(bank.facts[11]!.id).toBe('f-csv-12');
  });
});
