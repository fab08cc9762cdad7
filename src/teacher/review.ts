/**
 * The review list's rules, apart from the DOM so they can be tested in Node: which facts come
 * first, what each fact is called, the reasons it shows, and the teacher's own wording of a
 * question kept across regenerations.
 */
import { englishDate } from '../core/bank/answers';
import { reviewReasonId, type ReviewReasonId } from '../core/bank/reviewReasons';
import type { Fact, Question } from '../core/bank/schema';

export interface ReviewGroups {
  /** The facts the builder flagged, to check first. */
  flagged: Fact[];
  /** The rest. */
  rest: Fact[];
}

/** The facts in article order (where their sentence starts); facts of one sentence keep the builder's order. */
export function inArticleOrder<T extends Pick<Fact, 'span'>>(facts: readonly T[]): T[] {
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.span.start - b.f.span.start || a.i - b.i)
    .map(({ f }) => f);
}

/** The ids of the facts the builder flagged for a look. */
export const flaggedIds = (facts: readonly Fact[]): Set<string> => new Set(facts.filter((f) => f.review === 'needs_review').map((f) => f.id));

/**
 * Flagged facts first, then the rest, each in article order. `flagged` is decided once, when the
 * facts are found, and passed back in later, so a fact the teacher approves stays where it was
 * instead of jumping to the other list under their hands.
 */
export function groupForReview(facts: readonly Fact[], flagged: ReadonlySet<string> = flaggedIds(facts)): ReviewGroups {
  const ordered = inArticleOrder(facts);
  return { flagged: ordered.filter((f) => flagged.has(f.id)), rest: ordered.filter((f) => !flagged.has(f.id)) };
}

/** One reason as the page shows it: a known reason in the teacher's words, or the text as the bank has it. */
export type ShownReason = { kind: 'known'; id: ReviewReasonId } | { kind: 'unknown'; text: string } | { kind: 'low-confidence'; percent: number };

/**
 * Why to look at a fact. An unknown reason (from a newer builder, or a bank edited by hand) is
 * shown as written, never hidden. A flagged fact with no reason was flagged for its confidence
 * alone, and says so.
 */
export function shownReasons(fact: Pick<Fact, 'reviewReasons' | 'confidence'>, flagged: boolean): ShownReason[] {
  const seen = new Set<string>();
  const out: ShownReason[] = [];
  for (const raw of fact.reviewReasons) {
    const text = raw.trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const id = reviewReasonId(text);
    out.push(id ? { kind: 'known', id } : { kind: 'unknown', text });
  }
  if (out.length === 0 && flagged) out.push({ kind: 'low-confidence', percent: Math.round(fact.confidence * 100) });
  return out;
}

/** The first `n` words of `text`, with an ellipsis when some were left out. */
export function firstWords(text: string, n: number): string {
  const words = text.replace(/^[\s…]+/u, '').split(/\s+/).filter(Boolean);
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ').replace(/[,;:.]+$/u, '')}…`;
}

const APPROX = { exact: '', nearly: 'nearly ', about: 'about ', over: 'over ', 'up to': 'up to ' } as const;

/**
 * A fact in a few words, in the article's language (the bank's own text): what the fact's
 * heading and its buttons' names show: "Kim Jong Un, “If there is anything I can…”",
 * "nearly 2,000 North Korean troops killed", "September 3, 2025 – a meeting in Beijing".
 */
export function factSummary(fact: Fact): string {
  switch (fact.kind) {
    case 'quote':
      return `${fact.data.speaker}, “${firstWords(fact.data.quote, 6)}”`;
    case 'quantity':
      return `${APPROX[fact.data.approx]}${fact.data.value.toLocaleString('en-US')} ${fact.data.counts}`;
    case 'date':
      return `${englishDate(fact.data.value)} – ${firstWords(fact.data.event, 8)}`;
    case 'place':
      return fact.data.name;
  }
}

/** The right answer to a question, as the bank holds it, for the teacher to read beside the prompt. */
export type ShownAnswer = { kind: 'text'; text: string } | { kind: 'truth'; value: boolean };

export function shownAnswer(q: Question): ShownAnswer {
  switch (q.type) {
    case 'choice':
      return { kind: 'text', text: q.options[q.answer]! };
    case 'truefalse':
      return { kind: 'truth', value: q.answer };
    case 'estimate':
      return { kind: 'text', text: `${q.answer.value.toLocaleString('en-US')} ${q.answer.unit}` };
    case 'when':
      return { kind: 'text', text: englishDate(q.answer.value) };
    case 'where':
      return { kind: 'text', text: q.answer.name };
  }
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * The answer, if `prompt` gives it away: the builder never writes such a prompt, and a teacher
 * rewording one is warned (not stopped). A true-or-false statement names its claim by design.
 */
export function givesAway(q: Question, prompt: string): string | null {
  const said = norm(prompt);
  const answers: string[] = [];
  switch (q.type) {
    case 'choice':
      answers.push(q.options[q.answer]!);
      break;
    case 'estimate':
      answers.push(q.answer.value.toLocaleString('en-US'), String(q.answer.value));
      break;
    case 'when':
      answers.push(englishDate(q.answer.value));
      break;
    case 'where':
      answers.push(q.answer.name);
      break;
    case 'truefalse':
      return null;
  }
  return answers.find((a) => a.trim().length > 0 && said.includes(norm(a))) ?? null;
}

/** A prompt as typed: one line, trimmed; refused when nothing is left. */
export function cleanPrompt(typed: string): { ok: true; prompt: string } | { ok: false; problem: 'empty' } {
  const prompt = typed.replace(/\s+/g, ' ').trim();
  return prompt ? { ok: true, prompt } : { ok: false, problem: 'empty' };
}

/** A teacher's wording of one question: the builder's prompt it replaced, and theirs. */
export interface PromptEdit {
  from: string;
  to: string;
}

/**
 * The teacher's wordings put back into freshly built questions. An edit applies only while the
 * builder still writes the prompt it replaced: when a change to the facts rewrites a question
 * (another speaker in a true-or-false statement, say), the teacher's words could now say
 * something false, so that question keeps the builder's new wording and is listed in `setAside`.
 */
export function applyPromptEdits(questions: readonly Question[], edits: ReadonlyMap<string, PromptEdit>): { questions: Question[]; setAside: string[] } {
  const setAside: string[] = [];
  const out = questions.map((q) => {
    const edit = edits.get(q.id);
    if (!edit) return q;
    if (edit.from !== q.prompt) {
      setAside.push(q.id);
      return q;
    }
    return { ...q, prompt: edit.to };
  });
  return { questions: out, setAside };
}
