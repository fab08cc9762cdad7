/**
 * A draft bank from an article: facts (none approved yet) and the questions built from them,
 * checked by the one bank schema. Same article and options, byte-identical bank.
 */
import type { Bank, Fact, Question } from '../core/bank/schema';
import { SCHEMA_VERSION, type FactKind } from '../core/bank/constants';
import { validateBank } from '../core/bank/validate';
import type { BankError } from '../core/bank/errors';
import type { Place } from '../core/geo';
import { extractFacts } from './facts';
import { questionsFor, type QuestionContext } from './questions';
import type { LocalPlaces } from './towns';

export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD, or null when the article gives none (relative dates then stay unresolved). */
  published: string | null;
  url: string | null;
}

export interface DraftSummary {
  facts: Record<FactKind, number>;
  needsReview: number;
  questions: number;
}

export type DraftResult = { ok: true; bank: Bank; summary: DraftSummary } | { ok: false; reason: 'no-facts' } | { ok: false; reason: 'invalid'; errors: BankError[] };

export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return s || 'article';
}

/**
 * The questions of a draft. Doubtful facts wait for a person; but a bank needs a question, so an
 * article whose every fact is doubtful gets its questions anyway, each fact still flagged.
 */
export function draftQuestions(facts: Fact[], gazetteer: Place[], context: QuestionContext): Question[] {
  const held = questionsFor(facts, gazetteer, context);
  return held.length > 0 ? held : questionsFor(facts, gazetteer, { ...context, askDoubtful: true });
}

export function draftBank(text: string, meta: ArticleMeta, gazetteer: Place[], local?: LocalPlaces): DraftResult {
  const facts = extractFacts(text, { gazetteer, ...(local ? { local } : {}), published: meta.published });
  if (facts.length === 0) return { ok: false, reason: 'no-facts' };
  const questions = draftQuestions(facts, gazetteer, { text, published: meta.published });
  const bank = {
    schemaVersion: SCHEMA_VERSION,
    id: meta.id,
    title: meta.title,
    article: {
      title: meta.title,
      outlet: meta.outlet,
      published: meta.published,
      eventDate: null,
      url: meta.url,
      language: 'en',
      licence: 'Article supplied by the person who built this bank; check the outlet’s terms before sharing it.',
      textFile: 'article.txt',
    },
    facts,
    questions,
    translations: {},
  };
  const checked = validateBank(bank, `${meta.id}/bank.json`);
  if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
  const count = (k: FactKind) => facts.filter((f) => f.kind === k).length;
  return {
    ok: true,
    bank: checked.bank,
    summary: { facts: { quote: count('quote'), quantity: count('quantity'), date: count('date'), place: count('place') }, needsReview: facts.filter((f) => f.review === 'needs_review').length, questions: questions.length },
  };
}
