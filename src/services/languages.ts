/** The languages Factsprint speaks: plain data, usable from scripts and tests in Node too. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'fr', 'de', 'ko', 'ru', 'zh', 'ar'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Each language's own name for itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ko: '한국어',
  ru: 'Русский',
  zh: '简体中文',
  ar: 'العربية',
};

/** A language's own name where Factsprint speaks it, else its code (an article's language). */
export const languageName = (code: string): string => LANGUAGE_NAMES[code as Language] ?? code;

export function isSupportedLanguage(lang: string): lang is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang);
}

/** "zh-Hans-CN" -> "zh", "PT_br" -> "pt". */
export const baseLanguage = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The language to show, the first of: the link's `lang` (it is what a teacher shared), the
 * player's saved choice, the browser's languages, English. `unsupported` names a link language we lack.
 */
export function resolveLanguage(param: string | null, saved: string | null, browser: readonly string[]): { lang: Language; unsupported: string | null } {
  const fromParam = param ? baseLanguage(param) : '';
  if (fromParam && isSupportedLanguage(fromParam)) return { lang: fromParam, unsupported: null };
  const unsupported = param && param.trim() ? param.trim().slice(0, 20) : null;
  // A link that asked for a language we lack shows English, as the note says, not the browser's.
  if (unsupported) return { lang: 'en', unsupported };
  if (saved && isSupportedLanguage(saved)) return { lang: saved, unsupported: null };
  for (const tag of browser) {
    const b = baseLanguage(tag);
    if (isSupportedLanguage(b)) return { lang: b, unsupported: null };
  }
  return { lang: 'en', unsupported: null };
}
