/**
 * The game's interface strings: the locale files without the teacher page's part, which players
 * never see (scripts/localesPlugin.ts cuts it out at build time). About half the text, and every
 * byte of it counts before the first question.
 */
import en from 'virtual:texts/game/en';
import type { Language } from '../languages';
import type { TextSource } from '../i18n';

const lazy: Record<Exclude<Language, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  es: () => import('virtual:texts/game/es'),
  fr: () => import('virtual:texts/game/fr'),
  de: () => import('virtual:texts/game/de'),
  ko: () => import('virtual:texts/game/ko'),
  ru: () => import('virtual:texts/game/ru'),
  zh: () => import('virtual:texts/game/zh'),
  ar: () => import('virtual:texts/game/ar'),
};

export const gameTexts: TextSource = {
  en,
  async load(language) {
    if (language === 'en') return en;
    return (await lazy[language]()).default;
  },
};
