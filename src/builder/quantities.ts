/**
 * Quantities: "an estimated 13,000 North Korean troops", "nearly 2,000", "over two dozen world
 * leaders", "$1.5 billion", "25%", "the 80th anniversary". Each becomes a candidate with its value,
 * what it counts and the article's hedge ("nearly" is not "exactly").
 *
 * Numbers are found with our own patterns, not compromise's, because the rules for what is NOT a
 * quantity (years, dates, times, "COVID-19", "Flight 370", list numbers) need the raw characters
 * around the digits. compromise only tags the words nearby, to find the counted noun.
 */
import nlp from 'compromise';
import { parseQuantity } from '../core/numbers';
import type { Candidate, FactData, Sentence } from './types';

type Approx = FactData<'quantity'>['approx'];

const SMALL_WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE_WORDS = 'dozen|hundred|thousand|million|billion|trillion';
const SCALE = new Map<string, number>([['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['b', 1e9], ['bn', 1e9]]);
const NUMBER_WORD = `(?:${SMALL_WORDS}|${SCALE_WORDS})`;
// A run of number words must start with a small number ("two dozen") or "a/an" + scale ("a dozen"):
// a bare "hundred" is usually "a few hundred", which is not a figure anyone can be asked about.
const WORDS_RE = new RegExp(`\\b(?:an?\\s+(?:${SCALE_WORDS})|(?:${SMALL_WORDS}))(?:(?:\\s+|-)(?:and\\s+)?${NUMBER_WORD})*\\b`, 'gi');
const DIGITS_RE = /\d[\d,.]*\d|\d/g;
const WELL_FORMED = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

const ORDINALS = new Map<string, number>(
  Object.entries({
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
    seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  }),
);
const TENS = new Map<string, number>(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const ORDINAL_WORD_RE = /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)(?=\s+(?:[\p{L}-]+\s+)?anniversary\b)/giu;

/** Hedges in the order they are tried: longer phrases first so "an estimated" beats "estimated". */
const MARKERS: readonly [RegExp, Approx][] = [
  [/\b(?:nearly|almost)\s+$/i, 'nearly'],
  [/\b(?:an\s+estimated|about|around|roughly|some|approximately|estimated)\s+$/i, 'about'],
  [/\b(?:more\s+than|at\s+least|over)\s+$/i, 'over'],
  // "fewer than" and "no more than" are upper bounds too; the schema has no closer word.
  [/\b(?:up\s+to|as\s+many\s+as|no\s+more\s+than|fewer\s+than|less\s+than)\s+$/i, 'up to'],
];

const CURRENCIES: readonly [RegExp, string][] = [
  [/(?:US\$|\$)\s?$/, 'dollars'],
  [/€\s?$/, 'euros'],
  [/£\s?$/, 'pounds'],
  [/¥\s?$/, 'yen'],
];

const MONTH_RE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/**
 * Capitalised words that may stand right before a figure without making it part of a name: sentence
 * openers, hedges and the prepositions a year follows. Any other capitalised word before a number
 * ("Flight 370", "Boeing 737", "Article 5", "World War 2") makes the number part of a name.
 */
const OPENERS = new Set(
  'in on at by of for from since until till to during before after about around nearly almost some over more up as only just roughly approximately estimated an a the these those all another fewer less no at least with and but or while when where if yet so than early late mid circa between among'.split(
    ' ',
  ),
);

/** Years are dates, not counts, when one of these words comes just before them. */
const YEAR_WORDS = new Set('in on by of for from since until till to during before after early late mid circa the a an this that its their his her our through'.split(' '));

/** The capitalised word right before `before`'s end names the number ("Flight 370"); see OPENERS. */
export function followsName(before: string): boolean {
  const m = /(\p{L}[\p{L}'’.]*)\s+$/u.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (!/^\p{Lu}/u.test(word)) return false;
  return !OPENERS.has(word.toLowerCase()) && !MONTH_RE.test(word);
}

/** A house number: the digits open an address ("10 Downing Street", "350 Fifth Avenue"). */
const STREET_NUMBER = /^[A-Z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Boulevard|Blvd\.?|Place|Square|Terrace|Crescent|Highway|Parkway|Plaza)(?!\p{L})/u;

/** Units written against a figure with no space ("70km", "35mm", "122.7p"); not "5G" or "370B". */
const GLUED_UNIT = /^(km|kg|mm|cm|mph|kmh|ft|p)(?![\p{L}\p{N}])/u;

interface Term {
  text: string;
  tags: Set<string>;
  start: number;
  end: number;
  pre: string;
  post: string;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** compromise's part-of-speech tags for one sentence, with offsets into the sentence. */
function tagTerms(sentence: string): Term[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: RawTerm[] }[];
  return json.flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: new Set(t.tags), start: t.offset.start, end: t.offset.start + t.offset.length, pre: t.pre, post: t.post })));
}

const isNoun = (t: Term): boolean => t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Value');
const isModifier = (t: Term): boolean => (t.tags.has('Adjective') || t.tags.has('Demonym') || t.tags.has('ProperNoun')) && !t.tags.has('Value');

/** The noun phrase right after the figure: "North Korean troops", "world leaders", "people". */
function nounAfter(terms: Term[], from: number): string | null {
  let i = terms.findIndex((t) => t.start >= from);
  if (i < 0) return null;
  // "two of the soldiers": what is counted comes after "of the".
  if (terms[i]?.text.toLowerCase() === 'of' && /^(?:the|these|those|his|her|their|its)$/i.test(terms[i + 1]?.text ?? '')) i += 2;
  const parts: Term[] = [];
  for (let j = i; j < terms.length && parts.length < 4; j++) {
    const t = terms[j]!;
    if (j > i && /["“(]/.test(t.pre)) break;
    if (!isNoun(t) && !isModifier(t)) break;
    parts.push(t);
    if (t.tags.has('Plural') || /[,.;:!?)"”]/.test(t.post)) break;
  }
  // A run of adjectives alone ("13 wounded") names nothing; trailing adjectives are dropped.
  while (parts.length > 0 && !isNoun(parts[parts.length - 1]!)) parts.pop();
  return parts.length > 0 ? parts.map((t) => t.text).join(' ') : null;
}

/**
 * When nothing follows the figure ("with nearly 2,000 reportedly killed") the counted thing is the
 * nearest noun phrase before it, and the participle after it says what happened to them ("killed").
 */
function nounBefore(terms: Term[], start: number, end: number): { noun: string | null; participle: string } {
  let i = terms.findIndex((t) => t.start >= end);
  while (i >= 0 && terms[i]?.tags.has('Adverb')) i++;
  const verb = i >= 0 ? terms[i] : undefined;
  const participle = verb && verb.tags.has('Verb') && (verb.tags.has('PastTense') || verb.tags.has('Participle')) ? ` ${verb.text}` : '';
  let j = -1;
  for (let k = terms.length - 1; k >= 0; k--) {
    const t = terms[k]!;
    if (t.end <= start && isNoun(t) && !t.tags.has('Person')) {
      j = k;
      break;
    }
  }
  if (j < 0) return { noun: null, participle };
  let k = j;
  while (k > 0 && j - k < 2 && isModifier(terms[k - 1]!) && !/[,;:]/.test(terms[k - 1]!.post)) k--;
  return { noun: terms.slice(k, j + 1).map((t) => t.text.replace(/['’]s$/, '')).join(' '), participle };
}

/** "anniversary of Japan’s surrender in World War II": the anniversary and what it marks. */
function anniversaryPhrase(rest: string): string {
  const m = /^\s+(?:[\p{L}-]+\s+)?anniversary(\s+of\s[^,;:.!?"“”()]*)?/iu.exec(rest);
  const of = (m?.[1] ?? '').trim().split(/\s+/).slice(0, 9).join(' ');
  return of ? `anniversary ${of}` : 'anniversary';
}

interface Found {
  start: number;
  end: number;
  value: number;
  counts?: string;
  reasons: string[];
  confidence: number;
  words: boolean;
}

/** The hedge just before a figure, and where it starts (the figure's own start when there is none). */
function approxBefore(before: string): { approx: Approx; at: number } {
  for (const [re, approx] of MARKERS) {
    const m = re.exec(before);
    if (m) return { approx, at: m.index };
  }
  return { approx: 'exact', at: before.length };
}

/** One run of digits in a sentence, or null when the digits are a year, a date, a time, a name... */
function readDigits(s: string, m: RegExpExecArray, terms: () => Term[]): Found | null {
  const digits = m[0];
  let start = m.index;
  let end = start + digits.length;
  const before = s.slice(0, start);
  const after = s.slice(end);
  if (!WELL_FORMED.test(digits) || /^0\d/.test(digits)) return null; // versions, "1.2.3", "007"
  // Glued to letters or codes: "G20", "COVID-19", "F-16", "10:30", "3/4", "#1", "+44".
  if (/[\p{L}\p{N}_]$|[\p{L}\p{N}][-–]$|[:/#+@]$/u.test(before)) return null;
  if (/^[-–/:]\d|^-\p{L}|^\s?(?:a\.m\.|p\.m\.|am|pm|o['’]clock|gmt|utc|bst|cet|est|edt|pst|hrs|hours? gmt)(?!\p{L})/iu.test(after)) return null; // ranges, "41-year-old", times ("9 p.m." ends a sentence, so no \b)
  if (/^\s+\d|^\)\s?\d/.test(after) || /\d[\s(]$/.test(before)) return null; // phone-like groups
  if (/^\(?$/.test(before.trim()) && /^[.)](?:\s|$)/.test(after)) return null; // list numbering: "1." "2)"
  if (STREET_NUMBER.test(after)) return null; // "10 Downing Street", "1600 Pennsylvania Avenue"
  if (/\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before) && /^\s*,/.test(after) && Number(digits) <= 130) return null; // "Trump, 79, said"
  const prev = /(\S+)\s+$/.exec(before)?.[1] ?? '';
  const next = /^\s+(\S+)/.exec(after)?.[1] ?? '';
  const n = Number(digits.replace(/,/g, ''));
  if (n <= 31 && (MONTH_RE.test(prev) || MONTH_RE.test(next.replace(/[,.]$/, '')))) return null; // "March 3", "3 March"

  const ordinal = /^(?:st|nd|rd|th)\b/i.exec(after);
  if (ordinal) {
    // Ordinals are positions, not counts, except the age of an anniversary ("the 80th anniversary").
    const rest = after.slice(ordinal[0].length);
    if (!/^\s+(?:[\p{L}-]+\s+)?anniversary\b/iu.test(rest)) return null;
    return { start, end: end + ordinal[0].length, value: n, counts: anniversaryPhrase(rest), reasons: [], confidence: 0.8, words: false };
  }
  if (/^['’]?s\b/.test(after)) return null; // decades: "1990s"

  let counts: string | undefined;
  for (const [re, name] of CURRENCIES) {
    const c = re.exec(before);
    if (c) {
      start -= c[0].length;
      counts = name;
      break;
    }
  }
  let value = n;
  const scale = (counts ? /^\s?(dozen|hundred|thousand|million|billion|trillion)\b|^(bn|mn|b|m|k)\b/i : /^\s?(dozen|hundred|thousand|million|billion|trillion)\b/i).exec(after);
  if (scale) {
    value = n * SCALE.get((scale[1] ?? scale[2]!).toLowerCase())!;
    end += scale[0].length;
  } else if (GLUED_UNIT.test(after)) {
    // "70km", "122.7p": a unit written against the figure.
    const unit = GLUED_UNIT.exec(after)![1]!;
    end += unit.length;
    counts = unit === 'p' ? 'pence' : unit;
  } else if (/^\p{L}/u.test(after)) return null; // "5G", "3D", "370B"
  const percent = /^\s?(?:%|percent\b|per\s+cent\b)/i.exec(s.slice(end));
  if (percent) {
    end += percent[0].length;
    counts = 'percent';
  }
  const reasons: string[] = [];
  const marked = approxBefore(s.slice(0, start)).approx !== 'exact';
  if (!counts && !marked && followsName(s.slice(0, start))) return null; // "Flight 370", "Resolution 2231"
  const yearLike = /^\d{4}$/.test(digits) && n >= 1000 && n <= 2100 && !counts && !scale && !marked;
  if (yearLike) {
    // A bare four-digit number is a year unless a plural noun follows it and no date word precedes it.
    const following = terms().find((t) => t.start >= end);
    if (!following || !following.tags.has('Plural') || YEAR_WORDS.has(prev.toLowerCase())) return null;
    reasons.push('could be a year');
  }
  return { start, end, value, counts, reasons, confidence: yearLike ? 0.5 : 0.85, words: false };
}

/** One run of number words ("two dozen", "a dozen", "three"), or null for names and lone "one". */
function readWords(s: string, m: RegExpExecArray): Found | null {
  const phrase = m[0];
  const start = m.index;
  let end = start + phrase.length;
  const before = s.slice(0, start);
  const after = s.slice(end);
  // "one" alone is mostly a pronoun ("one of them", "no one"); "Air Force One" is a name.
  if (/^one$/i.test(phrase)) return null;
  if (/^\p{Lu}/u.test(phrase) && /[\p{L}\p{N},]\s*$/u.test(before)) return null;
  if (/^-\p{L}|^['’]?s\b/u.test(after) || /[\p{L}\p{N}]-$/u.test(before)) return null; // "two-day", "Su-fifty"
  let value = parseQuantity(phrase);
  if (value === null) return null;
  let from = start;
  // "half a dozen" is six, not twelve.
  const half = /\bhalf\s+$/i.exec(before);
  if (half && /^an?\s/i.test(phrase)) {
    value /= 2;
    from -= half[0].length;
  }
  let counts: string | undefined;
  const percent = /^\s?(?:%|percent\b|per\s+cent\b)/i.exec(after);
  if (percent) {
    end += percent[0].length;
    counts = 'percent';
  }
  return { start: from, end, value, counts, reasons: [], confidence: 0.8, words: true };
}

function readOrdinalWord(s: string, m: RegExpExecArray): Found {
  const value = (m[1] ? TENS.get(m[1].toLowerCase())! : 0) + ORDINALS.get(m[2]!.toLowerCase())!;
  const end = m.index + m[0].length;
  return { start: m.index, end, value, counts: anniversaryPhrase(s.slice(end)), reasons: [], confidence: 0.75, words: true };
}

function inSentence(sentence: Sentence): Candidate<'quantity'>[] {
  const s = sentence.text;
  // Tagging is the slow part: only sentences with a digit or a number word pay for it.
  let tagged: Term[] | undefined;
  const terms = (): Term[] => (tagged ??= tagTerms(s));
  const found: Found[] = [];
  for (const m of s.matchAll(DIGITS_RE)) {
    const f = readDigits(s, m as RegExpExecArray, terms);
    if (f) found.push(f);
  }
  for (const m of s.matchAll(WORDS_RE)) {
    const f = readWords(s, m as RegExpExecArray);
    if (f) found.push(f);
  }
  for (const m of s.matchAll(ORDINAL_WORD_RE)) found.push(readOrdinalWord(s, m as RegExpExecArray));
  found.sort((a, b) => a.start - b.start);

  const out: Candidate<'quantity'>[] = [];
  for (const f of found) {
    const hedge = approxBefore(s.slice(0, f.start));
    let counts = f.counts ?? nounAfter(terms(), f.end);
    let confidence = f.confidence;
    const reasons = [...f.reasons];
    if (!counts) {
      // Borrow from an earlier figure in the sentence ("13,000 troops ... nearly 2,000 killed"),
      // else from the nearest noun before the figure.
      const earlier = [...out].reverse().find((c) => !c.reasons.includes('counted noun inferred') && c.data.counts !== 'percent');
      const { noun, participle } = nounBefore(terms(), f.start, f.end);
      const base = earlier?.data.counts ?? noun;
      if (!base) continue; // a figure with nothing counted cannot be asked about
      counts = base + participle;
      reasons.push('counted noun inferred');
      confidence = Math.min(confidence, 0.55);
    }
    out.push({
      kind: 'quantity',
      sentence,
      match: { start: sentence.start + hedge.at, end: sentence.start + f.end },
      data: { value: f.value, counts, approx: hedge.approx, text: s.slice(f.start, f.end) },
      extractor: f.words ? 'quantity:words' : 'quantity:numeral',
      confidence,
      reasons,
    });
  }
  return out;
}

/** Every quantity in the article, ordered by position. `text` is the article the sentences index. */
export function extractQuantities(_text: string, sentences: Sentence[]): Candidate<'quantity'>[] {
  return sentences.flatMap(inSentence).sort((a, b) => a.match.start - b.match.start || a.match.end - b.match.end);
}
