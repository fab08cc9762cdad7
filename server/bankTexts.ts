/**
 * A room's bank in each language its clients asked for: each phone gets the question in its own
 * language where the bank has it, the bank's language where not (core/bank/localize.ts).
 */
import type { Bank, Question } from '../src/core/bank/schema';
import { localizeBank } from '../src/core/bank/localize';
import { highlightParts, type TextPart } from '../src/core/bank/highlight';

export interface Texts {
  question(id: string): Question | undefined;
  /** The fact's source sentence as the article prints it, and its translation where the bank has one. */
  sentence(factId: string): { sentence: string; parts: TextPart[]; translation: string | null };
  /** The article as this language names it, for the citation under the sentence. */
  article: { language: string; title: string; outlet: string | null; date: string | null };
}

export class BankTexts {
  private cache = new Map<string, Texts>();

  constructor(private bank: Bank) {}

  /** A language the bank has text for, else the bank's own. */
  language(wanted: string | undefined): string {
    return wanted && (wanted === this.bank.article.language || wanted in this.bank.translations) ? wanted : this.bank.article.language;
  }

  in(language: string): Texts {
    const lang = this.language(language);
    let texts = this.cache.get(lang);
    if (!texts) {
      const localized = localizeBank(this.bank, lang);
      const questions = new Map(localized.bank.questions.map((q) => [q.id, q] as const));
      const facts = new Map(this.bank.facts.map((f) => [f.id, f] as const));
      const a = localized.bank.article;
      texts = {
        question: (id) => questions.get(id),
        sentence: (factId) => {
          const fact = facts.get(factId);
          return { sentence: fact?.sentence ?? '', parts: fact ? highlightParts(fact) : [], translation: localized.sentenceTranslations.get(factId) ?? null };
        },
        article: { language: this.bank.article.language, title: a.title, outlet: a.outlet, date: a.published ?? a.eventDate },
      };
      this.cache.set(lang, texts);
    }
    return texts;
  }
}
