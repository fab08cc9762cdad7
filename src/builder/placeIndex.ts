/**
 * Reading place names in text: the gazetteer's index of names, the token scan that finds whole
 * names, and the tests that tell a place from a person, a company or a longer proper name. Shared
 * by the gazetteer pass (places.ts) and the local table's pass (localPlaces.ts).
 */
import { parseText } from './parse';
import { foldPlaceName, type Place } from '../core/geo';
import type { Sentence } from './types';

/**
 * Everyday English names the gazetteer lacks. Abbreviations ("U.S.", "UK") are matched with their
 * exact case, so the pronoun "us" never becomes the United States.
 */
export const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'US', 'U.S.A.', 'America'],
  GB: ['Britain', 'U.K.'],
  CN: ["People's Republic of China", 'PRC'],
  KP: ['N. Korea'],
};

/**
 * Alt names that are not places in English text: demonyms ("Thai", "Saudi", "Lao": "Saudi
 * officials" is about people) and common words ("Island" is an alt name of Iceland).
 */
export const DROPPED_NAMES = new Set(['thai', 'saudi', 'lao', 'island', 'prathet', 'mann', 'viti']);

/**
 * Names that often mean something else in the news: a US state ("Georgia", "Washington"), a
 * person ("Jordan", "Chad", "Victoria", "Hamilton"), a second country ("Congo", "Macedonia",
 * "Virgin Islands", "Guiana"), a continent ("America"), a common word ("Male", "Cayenne") or
 * a city shared by many ("Santiago", "San José", "Tripoli"). Names shared by gazetteer entries in
 * different countries ("Kingston") are found as ambiguous without being listed.
 */
export const AMBIGUOUS = new Set(
  [
    'Georgia', 'Washington', 'Jordan', 'Chad', 'Victoria', 'Hamilton', 'Douglas', 'Stanley', 'Wellington', 'Georgetown',
    'Santiago', 'San José', 'San Juan', 'Tripoli', 'Plymouth', 'Jamestown', 'The Valley', 'The Bottom', 'West Island',
    'Saint-Denis', 'Saint-Pierre', 'Congo', 'Macedonia', 'Virgin Islands', 'Guiana', 'Timor', 'America', 'Male',
    'Cayenne', 'Emirates', 'Bayern', 'Lagos', 'Panama City',
  ].map(key),
);

/** Small words that stay lower case inside a name ("Bosnia and Herzegovina", "Côte d'Ivoire"). */
export const LOWER_OK = new Set(['and', 'of', 'the', 'da', 'de', 'del', 'la', 'le', 'du', 'des', 'd', 'y', 'et', 'og', 'au', 'aux', 'na', 's', 'al', 'at', 'ng', 'wa', 'ko']);
/** "New Mexico" is not Mexico; "South Wales" is in Wales but is not all of it. */
export const PREFIXES = new Set(['New', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Greater', 'Central']);

export interface Token {
  text: string;
  fold: string;
  start: number;
  end: number;
}

export function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], fold: foldPlaceName(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Names compare token by token: apostrophes split like spaces, so "China’s" still holds "China". */
export function key(name: string): string {
  return tokens(name)
    .map((t) => t.fold)
    .join(' ');
}

export interface Entry {
  place: Place;
  /** The name as written in the gazetteer or our list: all-capital forms must match exactly. */
  form: string;
  primary: boolean;
}

export interface Index {
  byKey: Map<string, Entry[]>;
  longest: number;
  countries: Map<string, Place>;
}

const indexes = new WeakMap<readonly Place[], Index>();

export function buildIndex(gazetteer: readonly Place[]): Index {
  const byKey = new Map<string, Entry[]>();
  const countries = new Map<string, Place>();
  let longest = 1;
  const add = (place: Place, form: string, primary: boolean): void => {
    const k = key(form);
    if (!k || DROPPED_NAMES.has(k)) return;
    byKey.set(k, [...(byKey.get(k) ?? []), { place, form, primary }]);
    longest = Math.max(longest, k.split(' ').length);
  };
  for (const place of gazetteer) {
    if (place.kind === 'country') countries.set(place.id, place);
    add(place, place.name, true);
    for (const alt of place.alt ?? []) add(place, alt, false);
    for (const extra of EXTRA_NAMES[place.kind === 'country' ? place.id : ''] ?? []) add(place, extra, false);
  }
  return { byKey, longest, countries };
}

/** A name written in capitals ("UAE", "U.S.") must be written so; other names need capitals on their words. */
export function caseFits(written: Token[], form: string): boolean {
  const formTokens = tokens(form);
  const allCaps = formTokens.every((t) => !/\p{Ll}/u.test(t.text));
  if (allCaps) return written.length === formTokens.length && written.every((t, i) => t.text === formTokens[i]!.text);
  return written.every((t, i) => /^\p{Lu}/u.test(t.text) || (i > 0 && LOWER_OK.has(t.fold)) || /^\p{N}/u.test(t.text));
}

/** Between the words of one name: a space, a hyphen, an apostrophe, "St. ", "D.C." or ", ". Never a line break. */
export const GAP = /^(?:[ \u00a0]|[-'’‘]|\.[ \u00a0]?|,[ \u00a0]|[ \u00a0][-–][ \u00a0])$/;

export interface Hit {
  start: number;
  end: number;
  entries: Entry[];
  /** Found by compromise and resolved to a larger gazetteer area, not by the name scan. */
  viaNlp?: boolean;
}

export function scan(text: string, index: Index): Hit[] {
  const toks = tokens(text);
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; ) {
    let hit: Hit | null = null;
    for (let n = Math.min(index.longest, toks.length - i); n >= 1 && !hit; n--) {
      const span = toks.slice(i, i + n);
      if (span.some((t, j) => j > 0 && !GAP.test(text.slice(span[j - 1]!.end, t.start)))) continue;
      const entries = index.byKey.get(span.map((t) => t.fold).join(' '))?.filter((e) => caseFits(span, e.form));
      if (entries && entries.length > 0) {
        // "U.S." keeps its final full stop; other names end at their last letter.
        const last = span[n - 1]!;
        const end = entries.some((e) => e.form.endsWith('.')) && text[last.end] === '.' ? last.end + 1 : last.end;
        hit = { start: span[0]!.start, end, entries };
        i += n;
      }
    }
    if (!hit) i++;
    else hits.push(hit);
  }
  return hits;
}

/** Spans (with offsets into the whole text) of what compromise reads as people, organisations and places. */
export function nlpSpans(text: string): { people: Span[]; orgs: Span[]; places: Span[] } {
  const doc = parseText(text);
  const spans = (view: { json: (o: object) => unknown }): Span[] =>
    (view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]).map((p) => {
      const trimmed = p.text.replace(/[\s.,;:!?"“”’']+$/u, '').replace(/['’]s$/u, '');
      return { start: p.offset.start, end: p.offset.start + trimmed.length, text: trimmed };
    });
  return { people: spans(doc.people()), orgs: spans(doc.organizations()), places: spans(doc.places()) };
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export const within = (s: Span, start: number, end: number): boolean => s.start <= start && end <= s.end;

/** The place a name means: a country over its same-named capital; flagged when it could be another. */
export function choose(entries: Entry[]): { place: Place; ambiguous: boolean } {
  const order = { country: 0, city: 1, region: 2 } as const;
  // Djibouti, the country and its capital, is one answer; Kingston (Jamaica or Norfolk Island) is two.
  const ambiguous = new Set(entries.map((e) => e.place.country ?? e.place.id)).size > 1;
  // When it could be two places, the one that bears the name as its own beats one that has it as an alt.
  const best = [...entries].sort((a, b) => (ambiguous ? Number(b.primary) - Number(a.primary) : 0) || order[a.place.kind] - order[b.place.kind])[0]!;
  return { place: best.place, ambiguous };
}

export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

const placeNameSets = new WeakMap<readonly Place[], Set<string>>();
/** Every name and alt name the gazetteer gives a place, lower-cased ("devon", "türkiye"): built once per gazetteer. */
export function placeNames(gazetteer: readonly Place[]): Set<string> {
  let names = placeNameSets.get(gazetteer);
  if (!names) placeNameSets.set(gazetteer, (names = new Set(gazetteer.flatMap((p) => [p.name, ...(p.alt ?? [])]).map((n) => n.toLowerCase()))));
  return names;
}

/** Words that end the name of a newspaper, a school, a company or a building, not of a place. */
export const NAME_TAILS = /^\s+(?:Department|Ministry|Agency|Office|Committee|Authority|Commission|Board|Service|Times|Post|Herald|Journal|Tribune|Gazette|Daily|Mail|Star|Chronicle|Observer|Telegraph|University|College|Airport|Stock\s+Exchange|Bank|Police|Fire|Museum|Hospital|Club|Book|Zoo|Stadium|Orchestra|Opera|Mall|Airways|Airlines|Ltd|Inc)\b/;
/** Buildings and bodies named "X of <place>": "Mall of America", "Bank of England". */
export const OF_NAMES = /\b(?:Mall|University|Bank|Museum|Institute|College|Church|Cathedral|Hospital|School|Gallery|Port|Council|Chamber)\s+of\s+(?:the\s+)?$/;

/**
 * A place word inside a longer proper name: "Agence France-Presse", "The Seattle Times", "Radio
 * Free Asia", "Mall of America", "Davao de Oro", "Christie's Evening Sale", or a town named with
 * its state that is not the gazetteer's namesake ("Paris, Texas" is not Paris, France).
 */
export function insideLongerName(text: string, start: number, end: number, index: Index): boolean {
  const isPlace = (name: string) => index.byKey.has(key(name));
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 60), start);
  const hyphened = /^-(\p{Lu}[\p{L}]+)/u.exec(after)?.[1] ?? /(\p{Lu}[\p{L}]+)-$/u.exec(before)?.[1];
  if (hyphened && !isPlace(hyphened)) return true; // but "Afghanistan-Pakistan border"
  // Two capitalised words after it: "Washington State Department", "Delhi Pollution Control".
  if (/^\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+/u.test(after) && !/^\s+(?:and|or)\b/.test(after)) return true;
  if (NAME_TAILS.test(after) || OF_NAMES.test(before) || /^\s+(?:de|del|da|do|dos)\s+\p{Lu}/u.test(after)) return true;
  // A capitalised word right before, not opening a sentence or a dateline: "Free Asia", "Evening Sale".
  const prev = /(\S?)(\s*)(\p{Lu}[\p{L}'’]*)\s+$/u.exec(before);
  if (prev && prev[1] && /^[ \t\u00a0]+$/.test(prev[2]!) && !/[.!?:;"“”—–-]/.test(prev[1]!) && !PREFIXES.has(prev[3]!) && !/^(?:[A-Z]+|Mr|Mrs|Ms|Dr)$/.test(prev[3]!) && !isPlace(prev[3]!)) return true;
  return false;
}

/** The gazetteer's index of names, built once per gazetteer. */
export function indexFor(gazetteer: readonly Place[]): Index {
  let index = indexes.get(gazetteer);
  if (!index) indexes.set(gazetteer, (index = buildIndex(gazetteer)));
  return index;
}

export const countryOf = (p: Place): string | undefined => (p.kind === 'country' ? p.id : p.country);

