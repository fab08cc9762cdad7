/**
 * What a machine can judge about generated questions, without a teacher: cues (the right answer's
 * rank among ordered options), prompts that give the answer away, one prompt with two answers,
 * right answers the source sentence does not hold, and figure prompts that do not say what is
 * counted. Used by the property tests and by `npm run bench -- builder`.
 */
import { englishDate } from '../core/bank/answers';
import type { Bank, Fact, Question } from '../core/bank/schema';
import { parseQuantity } from '../core/numbers';
import { createRng } from '../core/rng';
import { norm } from './questions';

export interface QuestionProblem {
  questionId: string;
  problem: 'answer in prompt' | 'duplicate prompt' | 'answer not in sentence' | 'vague figure prompt' | 'duplicate options';
}


/** The right answer as words a player reads. */
export function rightAnswerText(q: Question): string {
  switch (q.type) {
    case 'choice':
      return q.options[q.answer]!;
    case 'truefalse':
      return q.answer ? 'true' : 'false';
    case 'estimate':
      return `${q.answer.value} ${q.answer.unit}`;
    case 'when':
      return englishDate(q.answer.value);
    case 'where':
      return q.answer.name;
  }
}

/** Does the fact's sentence hold the right answer (as words, or for a figure as its value)? */
function answerInSentence(f: Fact): boolean {
  const s = f.sentence;
  if (f.kind === 'quantity') {
    const text = f.data.text;
    return text !== undefined && s.includes(text) && parseQuantity(text) !== null;
  }
  if (f.kind === 'date') return f.data.text !== undefined && s.includes(f.data.text);
  if (f.kind === 'place') return norm(s).includes(norm(f.data.name)) || f.data.alsoTrue.some((n) => norm(s).includes(norm(n)));
  return true; // a quote's speaker may be named in the sentence before it
}

/** Every problem a machine finds in the bank's questions. */
export function checkQuestions(bank: Pick<Bank, 'facts' | 'questions'>): QuestionProblem[] {
  const facts = new Map(bank.facts.map((f) => [f.id, f]));
  const out: QuestionProblem[] = [];
  const byPrompt = new Map<string, string>();
  for (const q of bank.questions) {
    const fact = facts.get(q.factId);
    if (!fact) continue;
    const answer = rightAnswerText(q);
    if (q.type === 'choice' || q.type === 'where') {
      // A speaker's quote may hold another person's name; the answer itself must not be in the prompt.
      if (norm(q.prompt).includes(norm(answer))) out.push({ questionId: q.id, problem: 'answer in prompt' });
    }
    if (q.type === 'choice' && new Set(q.options.map(norm)).size !== q.options.length) out.push({ questionId: q.id, problem: 'duplicate options' });
    const key = `${q.type}|${norm(q.prompt)}`;
    const prior = byPrompt.get(key);
    if (prior !== undefined && prior !== answer) out.push({ questionId: q.id, problem: 'duplicate prompt' });
    byPrompt.set(key, answer);
    if (!answerInSentence(fact)) out.push({ questionId: q.id, problem: 'answer not in sentence' });
    // "How many people?", "how many percent?": a figure prompt that names no counted thing.
    if (/\bhow (?:many|much)\s+\p{L}+\s*\?/iu.test(q.prompt) || /\bhow many (?:percent|per cent|dollars|pounds|euros|km|kilometers|kilometres|miles|years|hours|minutes|p\.m\.|a\.m\.)\b/i.test(q.prompt)) {
      out.push({ questionId: q.id, problem: 'vague figure prompt' });
    }
  }
  return out;
}

/**
 * The right answer's rank among ordered options (figures and dates), 0 = smallest. Options are
 * ranked by their value: a figure's number, a date's position in time.
 */
export function answerRank(q: Question): number | null {
  if (q.type !== 'choice' || (q.asks !== 'value' && q.asks !== 'date')) return null;
  const values = q.options.map((o) => (q.asks === 'value' ? parseQuantity(o) : Date.parse(o.length === 4 ? `${o}-07-01` : o)));
  if (values.some((v) => v === null || Number.isNaN(v))) return null;
  const right = values[q.answer]!;
  return values.filter((v) => v! < right!).length;
}

/** How often the right answer takes each rank (0..3) over the questions given. */
export function rankCounts(questions: Question[]): number[] {
  const counts = [0, 0, 0, 0];
  for (const q of questions) {
    const r = answerRank(q);
    if (r !== null) counts[r]!++;
  }
  return counts;
}

/** A short stable key for a question's content: grades stay with the question, not with its id. */
export function questionKey(q: Question): string {
  const content = JSON.stringify([q.type, q.prompt, q.type === 'choice' ? q.options : null, q.answer, q.type === 'truefalse' ? q.claim : null]);
  const rng = createRng(content);
  return `${q.id}#${Math.floor(rng.next() * 2 ** 32).toString(36)}`;
}
