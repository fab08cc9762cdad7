/**
 * The review list's rules: flagged facts first and each list in article order, every reason the
 * builder gives in the teacher's words (an unknown one shown as written), and a teacher's
 * wording of a question kept across rebuilds only while it still fits the question.
 */
import { describe, expect, it } from 'vitest';
import { REVIEW_REASON_IDS, REVIEW_REASONS, reviewReasonId } from '../../src/core/bank/reviewReasons';
import type { Fact, Question } from '../../src/core/bank/schema';
import { applyPromptEdits, cleanPrompt, factSummary, firstWords, flaggedIds, givesAway, groupForReview, inArticleOrder, shownAnswer, shownReasons, type PromptEdit } from '../../src/teacher/review';

const base = { extractor: 'test', confidence: 0.9, reviewReasons: [] as string[] };
const place = (id: string, start: number, review: Fact['review'] = 'auto', reviewReasons: string[] = []): Fact => ({
  ...base,
  id,
  kind: 'place',
  sentence: `Sentence at ${start}.`,
  span: { start, end: start + 10 },
  review,
  reviewReasons,
  data: { name: id, alsoTrue: [] },
});

describe('groupForReview', () => {
  const facts = [place('a', 50), place('b', 10, 'needs_review', ['ambiguous place']), place('c', 0), place('d', 30, 'needs_review'), place('e', 10), place('f', 5, 'rejected')];

  it('lists the flagged facts first, then the rest, each in article order', () => {
    const groups = groupForReview(facts);
    expect(groups.flagged.map((f) => f.id)).toEqual(['b', 'd']);
    expect(groups.rest.map((f) => f.id)).toEqual(['c', 'f', 'e', 'a']);
  });

  it('keeps the builder order for facts of the same sentence', () => {
    expect(inArticleOrder([place('x', 10), place('y', 10), place('z', 0)]).map((f) => f.id)).toEqual(['z', 'x', 'y']);
  });

  it('keeps a fact where it was once the teacher has approved it (the flagged set is passed back in)', () => {
    const flagged = flaggedIds(facts);
    const approved = facts.map((f) => (f.id === 'b' ? { ...f, review: 'approved' as const } : f.id === 'c' ? { ...f, review: 'needs_review' as const } : f));
    const groups = groupForReview(approved, flagged);
    expect(groups.flagged.map((f) => f.id)).toEqual(['b', 'd']);
    expect(groups.rest.map((f) => f.id)).toEqual(['c', 'f', 'e', 'a']);
  });

  it('has nothing to put first when nothing was flagged', () => {
    const groups = groupForReview([place('a', 3), place('b', 1)]);
    expect(groups.flagged).toEqual([]);
    expect(groups.rest.map((f) => f.id)).toEqual(['b', 'a']);
  });
});

describe('review reasons', () => {
  it('maps every reason the builder writes to its id, and back', () => {
    for (const id of REVIEW_REASON_IDS) expect(reviewReasonId(REVIEW_REASONS[id])).toBe(id);
    expect(new Set(Object.values(REVIEW_REASONS)).size).toBe(REVIEW_REASON_IDS.length);
  });

  it('names ids that can be locale keys', () => {
    for (const id of REVIEW_REASON_IDS) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('shows known reasons by id, an unknown one as written, each once', () => {
    const fact = { confidence: 0.5, reviewReasons: ['relative date', 'a reason from a newer builder', 'relative date', ' ', 'speaker resolved from surname '] };
    expect(shownReasons(fact, true)).toEqual([
      { kind: 'known', id: 'relative_date' },
      { kind: 'unknown', text: 'a reason from a newer builder' },
      { kind: 'known', id: 'speaker_from_surname' },
    ]);
  });

  it('says a fact flagged without a reason was flagged for its confidence alone', () => {
    expect(shownReasons({ confidence: 0.654, reviewReasons: [] }, true)).toEqual([{ kind: 'low-confidence', percent: 65 }]);
    expect(shownReasons({ confidence: 0.9, reviewReasons: [] }, false)).toEqual([]);
  });
});

describe('factSummary', () => {
  it('names a fact in a few words of the article', () => {
    const quote = { ...base, id: 'q', kind: 'quote', sentence: 's', span: { start: 0, end: 1 }, review: 'auto', data: { speaker: 'Kim Jong Un', quote: 'If there is anything I can or must do for you, I will' } } as Fact;
    expect(factSummary(quote)).toBe('Kim Jong Un, “If there is anything I can…”');
    const figure = { ...base, id: 'n', kind: 'quantity', sentence: 's', span: { start: 0, end: 1 }, review: 'auto', data: { value: 2000, counts: 'North Korean troops killed', approx: 'nearly' } } as Fact;
    expect(factSummary(figure)).toBe('nearly 2,000 North Korean troops killed');
    const date = { ...base, id: 'd', kind: 'date', sentence: 's', span: { start: 0, end: 1 }, review: 'auto', data: { value: '2025-09-03', precision: 'day', event: '… a meeting with Russian President Vladimir Putin in Beijing on Wednesday' } } as Fact;
    expect(factSummary(date)).toBe('September 3, 2025 – a meeting with Russian President Vladimir Putin in…');
    expect(factSummary(place('Beijing', 0))).toBe('Beijing');
  });

  it('cuts long text at a word and drops a dangling comma', () => {
    expect(firstWords('one, two, three, four', 2)).toBe('one, two…');
    expect(firstWords('  short text ', 5)).toBe('short text');
  });
});

const choice: Question = { id: 'q-f-1-value', factId: 'f-1', type: 'choice', asks: 'value', prompt: 'According to the article, how many troops?', options: ['1,000', '2,000', '4,000', '6,000'], answer: 1, difficulty: 2 };
const truefalse: Question = { id: 'q-f-2-tf', factId: 'f-2', type: 'truefalse', asks: 'speaker', prompt: 'Kim said “hello”.', claim: 'Kim', answer: true, difficulty: 1 };
const estimate: Question = { id: 'q-f-1-estimate', factId: 'f-1', type: 'estimate', prompt: 'Estimate: how many troops?', answer: { value: 2000, min: 100, max: 100000, scale: 'log', unit: 'troops' }, difficulty: 2 };

describe('a teacher’s wording', () => {
  it('is one line, trimmed, and never empty', () => {
    expect(cleanPrompt('  How many\n troops   were sent?  ')).toEqual({ ok: true, prompt: 'How many troops were sent?' });
    expect(cleanPrompt('')).toEqual({ ok: false, problem: 'empty' });
    expect(cleanPrompt(' \n\t ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('goes into the rebuilt questions while the builder still asks them the same way', () => {
    const edits = new Map<string, PromptEdit>([[choice.id, { from: choice.prompt, to: 'How many troops did the article count?' }]]);
    const { questions, setAside } = applyPromptEdits([choice, truefalse, estimate], edits);
    expect(questions.map((q) => q.prompt)).toEqual(['How many troops did the article count?', truefalse.prompt, estimate.prompt]);
    expect(setAside).toEqual([]);
  });

  it('is set aside when a change to the facts rewrote the question (another speaker in a statement, say)', () => {
    const edits = new Map<string, PromptEdit>([[truefalse.id, { from: truefalse.prompt, to: 'Kim said “hello” to Putin.' }]]);
    const rewritten: Question = { ...truefalse, prompt: 'Putin said “hello”.', claim: 'Putin', answer: false };
    const { questions, setAside } = applyPromptEdits([rewritten], edits);
    expect(questions[0]!.prompt).toBe('Putin said “hello”.');
    expect(setAside).toEqual([truefalse.id]);
  });

  it('is noticed when it gives the answer away, except in a true-or-false statement', () => {
    expect(givesAway(choice, 'How many troops: was it 2,000?')).toBe('2,000');
    expect(givesAway(choice, 'How many troops were sent?')).toBeNull();
    expect(givesAway(estimate, 'Estimate the 2000 troops')).toBe('2000');
    expect(givesAway(truefalse, 'Kim said “hello”.')).toBeNull();
  });

  it('sits beside the right answer', () => {
    expect(shownAnswer(choice)).toEqual({ kind: 'text', text: '2,000' });
    expect(shownAnswer(truefalse)).toEqual({ kind: 'truth', value: true });
    expect(shownAnswer(estimate)).toEqual({ kind: 'text', text: '2,000 troops' });
  });
});
