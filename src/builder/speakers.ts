/**
 * Who a speaker phrase names: a person by name, surname, title or pronoun, and speakers that are
 * not people: "it said" after a sentence about a company, "the ministry said",
 * "the JSE said". News reports quote organisations as often as people, and the quiz keeps their
 * words as facts (flagged, so a person checks who "it" is before anything is asked).
 */
import { fullNamesFor, isCommonWord, isPronoun, parseNamePhrase, type PersonMention } from './people';
import type { Sentence } from './types';

/** Common nouns for bodies that speak: "the ministry", "the Dallas-based operator". */
export const BODY_NOUN =
  'ministry|agency|police|army|military|government|company|firm|operator|group|council|department|office|embassy|commission|authority|authorities|hospital|court|union|party|board|bank|airline|exchange|institute|service|regulator|watchdog|statement';

/** Subordinate openers whose clause, up to the first comma, cannot hold the subject. */
export const LEADING_CLAUSE = /^(?:After|Before|Despite|During|In|On|At|With|While|When|Although|Though|As|Since|Following|Flanked|Speaking|Asked)\b[^,]*,/;

const CAP_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\p{M}\d&.'’-]*)`;
/** "AT&T apologised", "East Cornwall Search and Rescue were sent": a named body opening a sentence. */
const NAMED_SUBJECT = new RegExp(
  String.raw`^(?:The\s+)?(?!(?:A|An|The|It|Its|They|He|She|We|I|This|That|These|Those|There|But|And|Yet|So)\b)(${CAP_WORD}(?:\s+(?:(?:and|of|for|&)\s+)?${CAP_WORD})*)\s+(?=\p{Ll})`,
  'u',
);
const BODY_SUBJECT = new RegExp(String.raw`^((?:the|The)\s+(?:[\p{L}-]+\s+){0,3}?(?:${BODY_NOUN}))\b`, 'u');

export interface BodySpeaker {
  name: string;
  at: number;
  /** True for a description ("the ministry") rather than a name ("Turkish Foreign Ministry"). */
  described: boolean;
}

/**
 * Whom "it said" stands for: the body that is the subject of a recent sentence. Sentences about
 * people, or opening with "It"/"They", are passed over; a name beats a description ("the mobile
 * operator" after "AT&T apologised"), which is kept only when no name comes before it.
 */
export function itSpeaker(text: string, sentences: Sentence[], quoteAt: number, mentions: PersonMention[], inQuote: (pos: number) => boolean): BodySpeaker | null {
  const own = sentences.findIndex((s) => s.end > quoteAt);
  let description: BodySpeaker | null = null;
  for (let i = (own === -1 ? sentences.length : own) - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const s = sentences[i]!;
    if (inQuote(s.start + 1)) continue;
    const lead = LEADING_CLAUSE.exec(s.text)?.[0].length ?? 0;
    const body = s.text.slice(lead).trimStart();
    const at = s.start + s.text.length - body.length;
    if (mentions.some((m) => m.start >= at && m.start < at + 4)) continue;
    const named = NAMED_SUBJECT.exec(body);
    // A name of several words or capitals ("AT&T", "East Cornwall Search and Rescue"), not "Dallas-based".
    if (named && /\s|\p{Lu}.*\p{Lu}/u.test(named[1]!)) return { name: named[1]!, at: at + named[0].indexOf(named[1]!), described: false };
    const described = BODY_SUBJECT.exec(body);
    if (described && !description) description = { name: described[1]!, at, described: true };
  }
  return description;
}

export interface ResolveContext {
  mentions: PersonMention[];
  sentences: Sentence[];
  /** Names inside quotes are what was said, not who said it. */
  inQuote: (pos: number) => boolean;
}

export interface Speaker {
  name: string;
  reasons: string[];
  /** Subtracted from the rule's confidence. */
  penalty: number;
}

function sentenceIndex(sentences: Sentence[], pos: number): number {
  const i = sentences.findIndex((s) => s.end > pos);
  return i === -1 ? sentences.length : i;
}

/** The person a speaker phrase at `at` names: a name, a surname, a pronoun or "the minister". */
export function resolveSpeaker(raw: string, at: number, ctx: ResolveContext, quoteStart = at): Speaker {
  const phrase = raw.trim();
  // Distance counts to where the quote opens: sentences inside a long quote do not make it "far".
  const far = (pos: number) => sentenceIndex(ctx.sentences, Math.min(at, quoteStart)) - sentenceIndex(ctx.sentences, pos) > 2;
  if (isPronoun(phrase)) {
    const word = phrase.toLowerCase();
    const unfit = word === 'he' ? 'female' : word === 'she' ? 'male' : null;
    const candidates = ctx.mentions.filter((m) => m.end <= at && !ctx.inQuote(m.start));
    const latest = [...candidates].reverse().find((m) => m.gender !== unfit);
    // In an earlier sentence a pronoun takes up its subject, not its object: after "Weah called
    // Boakai to congratulate him.", "he said" is Weah. The subject is the sentence's first person.
    const own = sentenceIndex(ctx.sentences, quoteStart);
    const where = latest ? sentenceIndex(ctx.sentences, latest.start) : own;
    const hit = where < own ? candidates.find((m) => m.gender !== unfit && sentenceIndex(ctx.sentences, m.start) === where) : latest;
    if (!hit) return { name: 'Unknown', reasons: ['pronoun speaker', 'speaker not found'], penalty: 0.6 };
    const reasons = ['pronoun speaker', ...(far(hit.start) ? ['speaker far from quote'] : [])];
    return { name: hit.full, reasons, penalty: reasons.length > 1 ? 0.3 : 0.15 };
  }
  // "Christie's said": a one-word name in the possessive is a business ("Christie's", "Sotheby's").
  if (/^\p{Lu}[\p{L}\p{M}]*['’]s$/u.test(phrase)) return { name: phrase, reasons: ['speaker is not a named person'], penalty: 0.2 };
  const parsed = /^(?:the|a|an)\s/i.test(phrase) ? null : parseNamePhrase(phrase);
  if (!parsed) {
    // "the minister": the latest person the article gave that title.
    const head = phrase.toLowerCase().split(/\s+/).pop() ?? '';
    const titled = ctx.mentions.filter((m) => m.end <= at && !ctx.inQuote(m.start) && m.title?.toLowerCase().includes(head)).pop();
    if (titled && head.length > 2) return { name: titled.full, reasons: ['speaker resolved from title'], penalty: 0.15 };
    // "the Finance Minister Ana Ruiz" is a person; "the JSE", "the Sudanese army" are bodies by name.
    const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
    if (/^\p{Lu}/u.test(bare)) {
      const named = parseNamePhrase(bare);
      if (named?.title && named.name.includes(' ')) return { name: named.name, reasons: [], penalty: 0 };
      return { name: bare, reasons: ['speaker is not a named person'], penalty: 0.2 };
    }
    return { name: phrase.replace(/^(?:the|a|an)\s+/i, (w) => w.toLowerCase()), reasons: ['speaker is not a named person'], penalty: 0.45 };
  }
  if (parsed.name.includes(' ')) return { name: parsed.name, reasons: [], penalty: 0 };
  const fuller = fullNamesFor(parsed.name, at, ctx.mentions.filter((m) => !ctx.inQuote(m.start)));
  const best = fuller[0];
  if (!best && isCommonWord(parsed.name)) return { name: parsed.name.toLowerCase(), reasons: ['speaker is not a named person'], penalty: 0.45 };
  if (!best) return { name: parsed.name, reasons: ['speaker not resolved to a full name'], penalty: 0.2 };
  const reasons = ['speaker resolved from surname', ...(fuller.length > 1 ? ['ambiguous surname'] : [])];
  return { name: best, reasons, penalty: fuller.length > 1 ? 0.15 : 0.05 };
}
