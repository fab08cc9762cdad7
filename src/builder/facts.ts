/**
 * Article text -> reviewed-to-be facts: every extractor's candidates, de-duplicated, with stable
 * ids, the exact sentence and its span, and a review status. Nothing here is approved: a person
 * approves or edits each fact before players see it.
 */
import type { Fact } from '../core/bank/schema';
import type { Place } from '../core/geo';
import { REVIEW_REASONS } from '../core/bank/reviewReasons';
import { readableSentence } from './cloze';
import { extractDates } from './dates';
import { extractPlaces } from './places';
import { placeNames } from './placeIndex';
import { extractQuantities } from './quantities';
import { ORGANISATION, parseNamePhrase } from './people';
import { extractQuotes } from './quotes';
import { splitSentences } from './sentences';
import type { LocalPlaces } from './towns';
import type { AnyCandidate, Candidate } from './types';

/** Below this confidence a fact is marked for review even when no rule raised a reason. */
export const REVIEW_BELOW = 0.7;

export interface ExtractOptions {
  gazetteer: Place[];
  /** Divisions and towns for local news (assets/geo/local-places.json); without them only the gazetteer's places are found. */
  local?: LocalPlaces;
  published: string | null;
}

export function extractCandidates(text: string, o: ExtractOptions): AnyCandidate[] {
  const sentences = splitSentences(text);
  const figures = extractQuantities(text, sentences);
  const all: AnyCandidate[] = [
    ...extractQuotes(text, sentences),
    ...figures,
    ...extractDates(text, sentences, o.published, figures),
    ...extractPlaces(text, sentences, o.gazetteer, o.local),
  ];
  // Position order, then kind: the same article always gives the same list.
  return all.sort((a, b) => a.match.start - b.match.start || a.kind.localeCompare(b.kind) || a.match.end - b.match.end);
}

/** The same fact found twice (two rules, or a repeated mention) is one fact. */
function key(c: AnyCandidate): string {
  switch (c.kind) {
    case 'quote':
      // Words repeated later ("This is a "global endorsement", said Modi" ... "The PM described it as
      // "global endorsement"") are one quote: the mention naming its speaker best is kept.
      return c.data.quote.split(/\s+/).length >= 3 ? `quote|${c.data.quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}` : `quote|${c.data.speaker}|${c.data.quote}`;
    case 'quantity':
      // "Three people were killed" in the headline and again in the report is one fact.
      return `quantity|${c.data.value}|${c.data.counts}`;
    case 'date':
      // One date is one fact however often the article names it: its plainest mention is kept.
      return `date|${c.data.value}`;
    case 'place':
      return `place|${c.data.name}`;
  }
}

/**
 * A speaker left as one word ("Menon", "linhares") is mapped to the fullest name the article
 * gives that ends in it ("Priya Menon"), and flagged so a person checks it.
 */
/** One letter changed, added or dropped: "Muguraza" for "Muguruza". */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * The full name the article gives a surname it later misspells ("Garbine Muguruza" … "Muguraza
 * said"): a long surname (six letters or more) one edit from exactly one full name's surname.
 */
function misspelt(surname: string, text: string): string | undefined {
  if (surname.length < 6) return undefined;
  const full = new Set([...text.matchAll(/\b\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}{4,})\b/gu)].filter((m) => oneEditApart(m[1]!, surname)).map((m) => m[0]));
  return full.size === 1 ? [...full][0] : undefined;
}

export function fullSpeaker(c: AnyCandidate, text: string): AnyCandidate {
  // "Mr Zelensky", "Ms Trumble": an honorific and a surname are a surname.
  const written = c.kind === 'quote' ? c.data.speaker.trim() : '';
  const raw = written.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+(?=\p{Lu}\S*(?:\s\p{Lu}\S*)?$)/u, '');
  // "JSE", "AT&T", "FBI": an acronym is a body's whole name, not a surname.
  if (c.kind !== 'quote' || (/\s/.test(raw) && raw === written) || raw === 'Unknown' || /^[\p{Lu}\d&.-]{2,}$/u.test(raw)) return c;
  const word = raw.charAt(0).toUpperCase() + raw.slice(1);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = [...text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]* )+)${escaped}\\b`, 'gu'))].map((m) => m[0]).filter((n) => /^\p{Lu}/u.test(n));
  const best = names.sort((a, b) => b.split(' ').length - a.split(' ').length)[0] ?? misspelt(word, text);
  if (!best) return c;
  // Titles stay apart from names: "Chief Engineer Priya Menon" -> "Priya Menon".
  const speaker = parseNamePhrase(best)?.name ?? best.split(' ').slice(-2).join(' ');
  return { ...c, data: { ...c.data, speaker }, reasons: [...new Set([...c.reasons, 'speaker resolved from surname'])] };
}

/**
 * "the ministry said": an organisation named earlier in full ("Turkish Foreign Ministry") is the
 * speaker, as a surname stands for a full name. The reason stays, so a person checks it.
 */
export function organisationSpeaker(c: AnyCandidate, text: string): AnyCandidate {
  if (c.kind !== 'quote') return c;
  const noun = /^(?:the|a|an)\s+(?:[a-z]+\s+)?([a-z]+)$/i.exec(c.data.speaker.trim())?.[1];
  if (!noun) return shortBodyName(c, text);
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  // Within a line: a headline above ("... Boosts Earnings") is no part of the name.
  const named = [...text.slice(0, c.match.start).matchAll(new RegExp(`(?:\\p{Lu}[\\p{L}&.'’-]*[ \\t]+){1,4}${Noun}\\b`, 'gu'))].pop()?.[0];
  if (!named) return c;
  return { ...c, data: { ...c.data, speaker: named.replace(/^(?:The|A|An)\s+/, '') }, reasons: [...new Set([...c.reasons, REVIEW_REASONS.speaker_from_title])] };
}

/** "St. Michael said": the short form of a body the article names in full ("St. Michael Medical Center"). */
function shortBodyName(c: Candidate<'quote'>, text: string): AnyCandidate {
  const short = c.data.speaker.trim();
  if (!/^\p{Lu}/u.test(short) || short === 'Unknown') return c;
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const longer = new RegExp(`\\b${escaped}(?:[ \\t]+\\p{Lu}[\\p{L}&.'’-]*){1,3}`, 'u').exec(text)?.[0];
  if (!longer || !ORGANISATION.test(longer.slice(short.length))) return c;
  return { ...c, data: { ...c.data, speaker: longer }, reasons: [...new Set([...c.reasons, REVIEW_REASONS.speaker_not_a_person])] };
}

export function extractFacts(text: string, o: ExtractOptions): Fact[] {
  const counters: Record<string, number> = {};
  const facts: Fact[] = [];
  const all = extractCandidates(text, o).map((found) => organisationSpeaker(fullSpeaker(found, text), text));
  // Of the mentions of one fact, the one with fewest doubts ("on Monday" loses to "on 3 March"),
  // then one in a sentence a question can be made from (the report, not its headline).
  const rank = (c: AnyCandidate) => c.reasons.length * 2 + (c.reasons.includes(REVIEW_REASONS.speaker_not_a_person) ? 1 : 0) + (readableSentence(c.sentence.text) ? 0 : 1);
  const best = new Map<string, AnyCandidate>();
  for (const c of all) {
    const held = best.get(key(c));
    if (!held || rank(c) < rank(held)) best.set(key(c), c);
  }
  const places = placeNames(o.gazetteer);
  for (const c of all) {
    if (best.get(key(c)) !== c) continue;
    // A quote with no speaker, or with a place for one ("Devon said"), is no fact to check: it is wrong.
    if (c.kind === 'quote' && (c.data.speaker === 'Unknown' || places.has(c.data.speaker.toLowerCase()))) continue;
    counters[c.kind] = (counters[c.kind] ?? 0) + 1;
    const needsReview = c.reasons.length > 0 || c.confidence < REVIEW_BELOW;
    facts.push({
      id: `f-${c.kind}-${counters[c.kind]}`,
      kind: c.kind,
      sentence: c.sentence.text,
      span: { start: c.sentence.start, end: c.sentence.end },
      extractor: c.extractor,
      confidence: Math.round(c.confidence * 100) / 100,
      review: needsReview ? 'needs_review' : 'auto',
      reviewReasons: c.reasons,
      data: c.data,
    } as Fact);
  }
  return facts;
}
