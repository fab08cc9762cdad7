/**
 * Text service: i18next behind a small typed interface, so scenes never see i18next and an
 * unknown key is a type error. English is bundled as the fallback; every other language is its
 * own chunk, fetched only when chosen.
 */
import i18next from 'i18next';
import type { Language } from './languages';

type English = typeof import('../locales/en.json');

/** i18next plural suffixes: `days_one` and `days_other` are both the key `days`. */
type PluralFree<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${PluralFree<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type TKey = Leaves<English>;
export type TParams = Record<string, string | number>;

export interface I18n {
  readonly language: Language;
  readonly dir: 'ltr' | 'rtl';
  t(key: TKey, params?: TParams): string;
  /** Numbers as the language writes them (13,000 / 13 000 / 13.000). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** A date as the language writes it ("3 September 2025", "3. September 2025"), per `options`. */
  date(d: Date, options: Intl.DateTimeFormatOptions): string;
}


/** Where the interface text comes from: the game and the teacher page each bundle what they use. */
export interface TextSource {
  /** English, bundled: the fallback for every other language. */
  en: Record<string, unknown>;
  /** Any other language, fetched when chosen. */
  load(language: Language): Promise<Record<string, unknown>>;
}

export async function createI18n(language: Language, texts: TextSource): Promise<I18n> {
  const instance = i18next.createInstance();
  let lang = language;
  const en = texts.en;
  let translation: Record<string, unknown> = en;
  try {
    if (language !== 'en') translation = await texts.load(language);
  } catch {
    // A language file that cannot be fetched (offline, say) must not stop the game: English it is.
    lang = 'en';
  }
  await instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, ...(lang !== 'en' ? { [lang]: { translation } } : {}) },
    // Canvas text and textContent never interpret markup, so escaping would only show &amp; to players.
    interpolation: { escapeValue: false },
    returnNull: false,
    // The texts are already here: no reason to wait a task before the first screen can use them.
    initAsync: false,
  });
  let numberFormat: Intl.NumberFormat | undefined;
  // One formatter per set of options: a month picker formats twelve dates with the same one.
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  return {
    language: lang,
    dir: instance.dir(lang) === 'rtl' ? 'rtl' : 'ltr',
    t: (key, params) => instance.t(key, params ?? {}) as string,
    number: (n, options) => {
      if (options) return new Intl.NumberFormat(lang, options).format(n);
      // Made on first use: the page's early-start script has warmed the locale data by then.
      numberFormat ??= new Intl.NumberFormat(lang);
      return numberFormat.format(n);
    },
    date: (d, options) => {
      const key = JSON.stringify(options);
      let format = dateFormats.get(key);
      if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
      return format.format(d);
    },
  };
}
