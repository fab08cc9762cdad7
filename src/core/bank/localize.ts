/**
 * A bank as a player in another language sees it: prompts, options, units and place names from
 * the bank's translations, English (the bank's own language) wherever a translation is missing,
 * and a record of what fell back so it can be marked for teachers.
 */
import type { Bank, Question } from './schema';

export interface LocalizedBank {
  language: string;
  bank: Bank;
  /** Fact id -> the source sentence in the player's language (the original is always shown too). */
  sentenceTranslations: Map<string, string>;
  /** Questions shown in the bank's own language because their translation is missing or partial. */
  untranslated: Set<string>;
}

function localizeQuestion(q: Question, t: NonNullable<Bank['translations'][string]['questions'][string]> | undefined): { q: Question; complete: boolean } {
  if (!t?.prompt) return { q, complete: false };
  switch (q.type) {
    case 'choice':
      return t.options ? { q: { ...q, prompt: t.prompt, options: t.options }, complete: true } : { q, complete: false };
    case 'estimate':
      return t.unit ? { q: { ...q, prompt: t.prompt, answer: { ...q.answer, unit: t.unit } }, complete: true } : { q, complete: false };
    case 'where':
      return t.name ? { q: { ...q, prompt: t.prompt, answer: { ...q.answer, name: t.name } }, complete: true } : { q, complete: false };
    case 'truefalse':
    case 'when':
      return { q: { ...q, prompt: t.prompt }, complete: true };
  }
}

export function localizeBank(bank: Bank, language: string): LocalizedBank {
  const tr = bank.translations[language];
  if (language === bank.article.language || !tr) {
    const untranslated = new Set(language === bank.article.language ? [] : bank.questions.map((q) => q.id));
    return { language, bank, sentenceTranslations: new Map(), untranslated };
  }
  const untranslated = new Set<string>();
  const questions = bank.questions.map((q) => {
    const { q: out, complete } = localizeQuestion(q, tr.questions[q.id]);
    if (!complete) untranslated.add(q.id);
    return out;
  });
  return {
    language,
    bank: { ...bank, title: tr.title ?? bank.title, article: { ...bank.article, title: tr.articleTitle ?? bank.article.title }, questions },
    sentenceTranslations: new Map(Object.entries(tr.facts).map(([id, f]) => [id, f.sentence])),
    untranslated,
  };
}

/** Share of questions with a complete translation, per language: for the coverage report. */
export function translationCoverage(bank: Bank): Record<string, number> {
  const out: Record<string, number> = {};
  for (const lang of Object.keys(bank.translations)) {
    out[lang] = 1 - localizeBank(bank, lang).untranslated.size / bank.questions.length;
  }
  return out;
}
