/**
 * Text service: i18next behind a small typed interface, so scenes never see i18next and
 * an unknown key is a type error.
 */
import i18next from 'i18next';
import en from '../locales/en.json';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type TKey = Leaves<typeof en>;
export type TParams = Record<string, string | number>;

export interface I18n {
  readonly language: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: TKey, params?: TParams): string;
  /** Numbers as the language writes them (13,000 / 13 000 / 13.000). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
}

export const SUPPORTED_LANGUAGES = ['en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(lang: string): lang is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang);
}

export async function createI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    // Canvas text and textContent never interpret markup, so escaping would only show &amp; to players.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const numberFormat = new Intl.NumberFormat(language);
  return {
    language,
    dir: instance.dir(language) === 'rtl' ? 'rtl' : 'ltr',
    t: (key, params) => instance.t(key, params ?? {}) as string,
    number: (n, options) => (options ? new Intl.NumberFormat(language, options).format(n) : numberFormat.format(n)),
  };
}
