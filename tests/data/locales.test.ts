/**
 * Data checks over the interface text in src/locales: every language has exactly the English
 * keys; each plural key has exactly the forms the language's Intl.PluralRules names (what
 * i18next picks from at run time); every string keeps the English placeholders and symbols;
 * nothing is empty or left in English by accident; Korean, Chinese, Arabic and Russian are
 * written in their own scripts; and i18next, given a count, shows the form the language needs.
 * Every failure names the language and the key.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

const LOCALES = new URL('../../src/locales/', import.meta.url);
const LANGUAGES = ['es', 'fr', 'de', 'ko', 'ru', 'zh', 'ar'] as const;
type Lang = (typeof LANGUAGES)[number];

/** Strings that may read exactly as in English: the brand, and words the languages share. */
const SAME_AS_ENGLISH: Record<Lang | '*', readonly string[]> = {
  '*': ['app.name'],
  es: ['round.points', 'results.time'],
  fr: ['round.points', 'round.gained', 'round.pause', 'results.points', 'results.time', 'results.menu', 'settings.mode', 'settings.volume'],
  de: ['round.pause', 'results.time'],
  ko: [],
  ru: [],
  zh: [],
  ar: [],
};

/** Each string with any letters in it must use the language's own script (the brand aside). */
const SCRIPTS: Partial<Record<Lang, { name: string; re: RegExp }>> = {
  ko: { name: 'Hangul', re: /\p{Script=Hangul}/u },
  zh: { name: 'Han', re: /\p{Script=Han}/u },
  ar: { name: 'Arabic', re: /\p{Script=Arabic}/u },
  ru: { name: 'Cyrillic', re: /\p{Script=Cyrillic}/u },
};
const SCRIPT_EXEMPT = ['app.name'];

/** Symbols the English text uses that a translation keeps, as many times as English has them. */
const SYMBOLS = ['✓', '✗', '≈', '·', '×', '–'];

/**
 * Plural forms the grammar needs to differ (a form copied into another is a slip), and forms it
 * needs to match: Russian fractions take the same genitive singular as 2–4 (1,5 секунды, 3 секунды).
 */
const FORMS: Partial<Record<Lang, { differ: Array<[string, string]>; same?: Array<[string, string]> }>> = {
  es: { differ: [['one', 'other'], ['many', 'other']] },
  // French "mois" is the same in the singular and the plural, so only the million form must differ.
  fr: { differ: [['many', 'other']] },
  de: { differ: [['one', 'other']] },
  ru: { differ: [['one', 'few'], ['few', 'many'], ['one', 'many']], same: [['few', 'other']] },
  ar: { differ: [['two', 'few'], ['few', 'many'], ['two', 'other'], ['few', 'other'], ['many', 'other']] },
};

/** What a player sees for a count, spot-checked against the grammar ("#" is the formatted count). */
const SEEN: Array<[Lang, string, number, string]> = [
  ['ru', 'settings.timeSeconds', 1, '# секунда'],
  ['ru', 'settings.timeSeconds', 3, '# секунды'],
  ['ru', 'settings.timeSeconds', 5, '# секунд'],
  ['ru', 'settings.timeSeconds', 12, '# секунд'],
  ['ru', 'settings.timeSeconds', 21, '# секунда'],
  ['ru', 'settings.timeSeconds', 1.5, '# секунды'],
  ['ru', 'round.timeLeft', 22, 'Осталось # секунды'],
  ['ar', 'settings.timeSeconds', 2, '# ثانيتان'],
  ['ar', 'settings.timeSeconds', 3, '# ثوانٍ'],
  ['ar', 'settings.timeSeconds', 11, '# ثانيةً'],
  ['ar', 'settings.timeSeconds', 100, '# ثانية'],
  ['ar', 'round.earlyDays', 2, 'مبكر بـ# يومين'],
  ['fr', 'settings.timeSeconds', 0, '# seconde'],
  ['fr', 'settings.timeSeconds', 1_000_000, '# de secondes'],
  ['es', 'settings.timeSeconds', 1_000_000, '# de segundos'],
  ['es', 'settings.timeSeconds', 1, '# segundo'],
  ['de', 'settings.timeSeconds', 1, '# Sekunde'],
  ['de', 'settings.timeSeconds', 10, '# Sekunden'],
];

const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

function read(lang: string): unknown {
  return JSON.parse(readFileSync(new URL(`${lang}.json`, LOCALES), 'utf8')) as unknown;
}

/** Every leaf under its dotted key. Leaves that are not strings are kept so a check can name them. */
function flatten(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

/** One text key: either a plain string, or its plural forms by category. */
interface Entry {
  plain?: string;
  forms: Map<string, string>;
  /** Leaves that are not strings, or both plain and plural forms: problems in themselves. */
  problems: string[];
}

function entries(lang: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [key, value] of flatten(read(lang))) {
    const m = PLURAL_KEY.exec(key);
    const base = m ? m[1]! : key;
    const entry = out.get(base) ?? { forms: new Map<string, string>(), problems: [] };
    out.set(base, entry);
    if (typeof value !== 'string') {
      entry.problems.push(`${key} is ${JSON.stringify(value)}, not a string`);
      continue;
    }
    if (m) entry.forms.set(m[2]!, value);
    else entry.plain = value;
  }
  for (const [base, entry] of out) {
    if (entry.plain !== undefined && entry.forms.size > 0) entry.problems.push(`${base} is both a plain key and a plural key`);
  }
  return out;
}

/** Every string of an entry with the key it lives under. */
function strings(base: string, e: Entry): Array<[key: string, text: string]> {
  const out: Array<[string, string]> = [];
  if (e.plain !== undefined) out.push([base, e.plain]);
  for (const [cat, text] of e.forms) out.push([`${base}_${cat}`, text]);
  return out;
}

const placeholders = (s: string): string[] => [...new Set(s.match(PLACEHOLDER) ?? [])].sort();
const withoutPlaceholders = (s: string): string => s.replace(PLACEHOLDER, '');
const count = (s: string, sym: string): number => s.split(sym).length - 1;
const sortedCategories = (cats: Iterable<string>): string[] => [...cats].sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));

const en = entries('en');

/** The English string a translated string answers to: the same form if English has it, else `_other`. */
function englishFor(base: string, category: string | null): string {
  const e = en.get(base)!;
  if (category === null || e.forms.size === 0) return e.plain ?? e.forms.get('other') ?? '';
  return e.forms.get(category) ?? e.forms.get('other') ?? '';
}

/** i18next as the game sets it up, with this language only, so a missing string shows as its key. */
async function i18nFor(lang: string): Promise<typeof i18next> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: read(lang) as Record<string, unknown> } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}

describe('en.json', () => {
  it('has only strings, and no key that is both plain and plural', () => {
    expect([...en.values()].flatMap((e) => e.problems)).toEqual([]);
  });

  it('gives every plural key its _other form, and only forms English uses', () => {
    const english = new Intl.PluralRules('en').resolvedOptions().pluralCategories as string[];
    const problems: string[] = [];
    for (const [base, e] of en) {
      if (e.forms.size === 0) continue;
      if (!e.forms.has('other')) problems.push(`en ${base}: no ${base}_other`);
      for (const cat of e.forms.keys()) if (!english.includes(cat)) problems.push(`en ${base}_${cat}: English has no "${cat}" form`);
    }
    expect(problems).toEqual([]);
  });

  it('uses the same placeholders in every form of a plural key', () => {
    const problems: string[] = [];
    for (const [base, e] of en) {
      const other = e.forms.get('other');
      if (other === undefined) continue;
      for (const [cat, text] of e.forms) {
        if (placeholders(text).join() !== placeholders(other).join()) problems.push(`en ${base}_${cat}: ${placeholders(text).join(' ')} vs ${placeholders(other).join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(LANGUAGES)('%s.json', (lang) => {
  const tr = entries(lang);
  const shared = [...en.keys()].filter((k) => tr.has(k));

  it('has exactly the English keys (plural suffixes aside), all strings', () => {
    const missing = [...en.keys()].filter((k) => !tr.has(k)).map((k) => `${lang} ${k}: missing`);
    const extra = [...tr.keys()].filter((k) => !en.has(k)).map((k) => `${lang} ${k}: not in en.json`);
    const malformed = [...tr.values()].flatMap((e) => e.problems.map((p) => `${lang} ${p}`));
    expect([...missing, ...extra, ...malformed]).toEqual([]);
  });

  it(`gives each plural key exactly the forms Intl.PluralRules('${lang}') names`, () => {
    const wanted = sortedCategories(new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[]);
    const problems: string[] = [];
    for (const base of shared) {
      const e = tr.get(base)!;
      const english = en.get(base)!;
      if (english.forms.size === 0) {
        if (e.forms.size > 0) problems.push(`${lang} ${base}: plural forms ${sortedCategories(e.forms.keys()).join(', ')} for a key English keeps plain`);
        continue;
      }
      if (e.plain !== undefined) problems.push(`${lang} ${base}: plain, but English has plural forms`);
      const got = sortedCategories(e.forms.keys());
      if (got.join() !== wanted.join()) problems.push(`${lang} ${base}: forms ${got.join(', ') || 'none'}, wanted ${wanted.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps exactly the English placeholders in every string, and no stray braces', () => {
    const problems: string[] = [];
    for (const base of shared) {
      for (const [key, text] of strings(base, tr.get(base)!)) {
        const cat = PLURAL_KEY.exec(key)?.[2] ?? null;
        const want = placeholders(englishFor(base, cat));
        const got = placeholders(text);
        if (got.join() !== want.join()) problems.push(`${lang} ${key}: ${got.join(' ') || 'none'}, wanted ${want.join(' ') || 'none'}`);
        if (/[{}]/.test(withoutPlaceholders(text))) problems.push(`${lang} ${key}: stray brace in ${JSON.stringify(text)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the symbols English uses (✓ ✗ ≈ · × –)', () => {
    const problems: string[] = [];
    for (const base of shared) {
      for (const [key, text] of strings(base, tr.get(base)!)) {
        const english = englishFor(base, PLURAL_KEY.exec(key)?.[2] ?? null);
        for (const sym of SYMBOLS) {
          if (count(text, sym) !== count(english, sym)) problems.push(`${lang} ${key}: ${count(text, sym)} × "${sym}", English has ${count(english, sym)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no empty or padded string, and none left in English by accident', () => {
    const allowed = new Set([...SAME_AS_ENGLISH['*'], ...SAME_AS_ENGLISH[lang]]);
    const problems: string[] = [];
    for (const base of shared) {
      for (const [key, text] of strings(base, tr.get(base)!)) {
        if (text.trim() === '') problems.push(`${lang} ${key}: empty`);
        else if (text !== text.trim()) problems.push(`${lang} ${key}: leading or trailing space`);
        const english = englishFor(base, PLURAL_KEY.exec(key)?.[2] ?? null);
        const onlySymbols = !/\p{L}/u.test(withoutPlaceholders(text));
        if (text === english && !onlySymbols && !allowed.has(base)) problems.push(`${lang} ${key}: same as English (${JSON.stringify(text)})`);
      }
    }
    expect(problems).toEqual([]);
  });

  const script = SCRIPTS[lang];
  if (script) it(`writes in ${script.name} script`, () => {
    const problems: string[] = [];
    for (const base of shared) {
      if (SCRIPT_EXEMPT.includes(base)) continue;
      for (const [key, text] of strings(base, tr.get(base)!)) {
        const letters = withoutPlaceholders(text);
        if (/\p{L}/u.test(letters) && !script.re.test(letters)) problems.push(`${lang} ${key}: no ${script.name} in ${JSON.stringify(text)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows, through i18next, the plural form Intl.PluralRules picks, with the count formatted', async () => {
    const i18n = await i18nFor(lang);
    const rules = new Intl.PluralRules(lang);
    const numbers = new Intl.NumberFormat(lang);
    // Small numbers for the common forms, decimals and a million for the rarer ones.
    const samples = [...Array.from({ length: 201 }, (_, i) => i), 1.5, 2.5, 1_000_000];
    const problems: string[] = [];
    for (const base of shared) {
      const english = en.get(base)!;
      const names = placeholders(englishFor(base, english.forms.size > 0 ? 'other' : null)).map((p) => p.slice(2, -2).split(',')[0]!.trim());
      const params: Record<string, string> = Object.fromEntries(names.filter((n) => n !== 'count').map((n) => [n, `‹${n}›`]));
      const e = tr.get(base)!;
      const cases = e.forms.size > 0 ? [...e.forms.keys()].map((cat) => [cat, samples.find((n) => rules.select(n) === cat)] as const) : [[null, 7] as const];
      for (const [cat, n] of cases) {
        const key = cat === null ? base : `${base}_${cat}`;
        if (n === undefined) {
          problems.push(`${lang} ${key}: no number takes this form`);
          continue;
        }
        const source = cat === null ? e.plain! : e.forms.get(cat)!;
        const expected = source.replace(PLACEHOLDER, (token) => {
          const [name, format] = token.slice(2, -2).split(',').map((s) => s.trim());
          if (name === 'count') return format === 'number' ? numbers.format(n) : String(n);
          return params[name!] ?? token;
        });
        const options: Record<string, string | number> = names.includes('count') ? { ...params, count: n } : params;
        const shown = i18n.t(base, options);
        if (shown !== expected) problems.push(`${lang} ${key} (${n}): shows ${JSON.stringify(shown)}, wanted ${JSON.stringify(expected)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  const forms = FORMS[lang];
  if (forms) it('keeps apart the plural forms the grammar tells apart', () => {
    const problems: string[] = [];
    for (const base of shared) {
      const f = tr.get(base)!.forms;
      for (const [a, b] of forms.differ) {
        if (f.has(a) && f.get(a) === f.get(b)) problems.push(`${lang} ${base}: _${a} and _${b} are the same (${JSON.stringify(f.get(a))})`);
      }
      for (const [a, b] of forms.same ?? []) {
        if (f.has(a) && f.get(a) !== f.get(b)) problems.push(`${lang} ${base}: _${a} and _${b} should read alike (${JSON.stringify(f.get(a))} vs ${JSON.stringify(f.get(b))})`);
      }
    }
    expect(problems).toEqual([]);
  });

  const seen = SEEN.filter(([l]) => l === lang);
  if (seen.length > 0) it('shows counts the way the grammar wants (spot checks)', async () => {
    const i18n = await i18nFor(lang);
    const numbers = new Intl.NumberFormat(lang);
    for (const [, key, n, want] of seen) {
      expect(i18n.t(key, { count: n }), `${lang} ${key} (${n})`).toBe(want.replace('#', numbers.format(n)));
    }
  });
});
