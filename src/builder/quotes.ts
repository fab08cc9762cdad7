/**
 * Direct quotes and who said them, by rules (rule-based attribution can reach roughly 85-90%
 * speaker accuracy: a teacher reviews every question anyway). Every quote mark pair is a candidate; a rule must name a speaker for it
 * to become a quote, and what no rule explains is dropped rather than guessed, except whole quoted
 * sentences, which come back flagged "floating". Kept out on purpose:
 * - scare quotes (the so-called "reform") and titles of works (the film "Northern Lights");
 * - indirect speech ("according to Ruiz, the city would...", "Ruiz said that the city would..."):
 *   without quote marks there are no exact words to ask about, so it is skipped, not returned.
 * Output is sorted by position so the same article always gives the same draft bank.
 */
import type { Candidate, Sentence } from './types';
import { findPeople, isPronoun, LINK_LINE } from './people';
import { itSpeaker, LEADING_CLAUSE, resolveSpeaker, type ResolveContext, type Speaker } from './speakers';
import {
  SPEAKER, VERB, ADVERB, APPOSITIVE, SPEAKER_VERB_AFTER, VERB_SPEAKER_AFTER, SPEECH_VERB, FINAL_SAID, NP_BEFORE, PAIR_BEFORE, ACCORDING_OPEN, APPOSED_NAME, BEFORE_COLON, TOLD_THAT, SAID_BEFORE, PARTICIPLE_BEFORE, ADDRESSING_AS, PHRASE_VERB, WORK_BEFORE, OCCASION,
} from './quotePatterns';

const OPEN_MARKS = '"\u201c';
const CLOSE_MARKS = '"\u201d';
/** British style quotes with single marks (‘…’): the closing mark is also the apostrophe, so it
 * closes a quote only where no letter follows it ("Ertegun’s" goes on), and opens one only after no letter. */
const opensSingle = (text: string, i: number) => text[i] === '\u2018' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
const closesSingle = (text: string, i: number) => text[i] === '\u2019' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
interface Part { start: number; end: number; open: number; close: number }
interface Group { parts: Part[]; open: number; close: number; split?: { raw: string; at: number } }
interface Attribution { rule: string; raw: string; at: number; confidence: number; occasion?: string; reasons?: string[] }

function lineBounds(text: string, pos: number): [number, number] {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const end = text.indexOf('\n', pos);
  return [start, end === -1 ? text.length : end];
}

/**
 * Pairs quote marks line by line; a line left open continues if the next opens with a mark. A
 * quotation left open at the end of its paragraph with none to continue it ends there, as news
 * style lets a paragraph's quote go unclosed, when what it holds reads as speech: it starts with
 * a capital and ends a sentence ("Michael Wood says, “With this investment, … options.").
 */
function findGroups(text: string): Group[] {
  const groups: Group[] = [];
  let pending: Part[] = [];
  let offset = 0;
  const endsOpen = () => {
    const last = pending[pending.length - 1];
    const words = last ? text.slice(last.start, last.end).trim() : '';
    if (last && /^\p{Lu}/u.test(words) && /[.!?]$/.test(words) && words.split(/\s+/).length >= 4) groups.push({ parts: pending, open: pending[0]!.open, close: last.close });
    pending = [];
  };
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length;
    const opensWithMark = `${OPEN_MARKS}\u2018`.includes(line.trimStart()[0] ?? '');
    if (pending.length && !opensWithMark && line.trim() !== '') endsOpen();
    let open = -1;
    let single = false;
    for (let i = offset; i < lineEnd; i++) {
      const c = text[i]!;
      if (open === -1 && (OPEN_MARKS.includes(c) || opensSingle(text, i))) {
        open = i;
        single = !OPEN_MARKS.includes(c);
      } else if (open !== -1 && (single ? closesSingle(text, i) : CLOSE_MARKS.includes(c))) {
        const parts = [...pending, { start: open + 1, end: i, open, close: i + 1 }];
        groups.push({ parts, open: parts[0]!.open, close: i + 1 });
        pending = [];
        open = -1;
      }
    }
    if (open !== -1 && !LINK_LINE.test(line)) pending = [...pending, { start: open + 1, end: lineEnd, open, close: lineEnd }];
    else pending = [];
    offset = lineEnd + 1;
  }
  if (pending.length) endsOpen();
  return groups.filter((g) => !LINK_LINE.test(text.slice(...lineBounds(text, g.open))));
}

/** `"A," he said, "B."`: two quotes around a bare attribution are one quote. */
function joinSplits(text: string, groups: Group[]): Group[] {
  const attribution = new RegExp(String.raw`^\s*,?\s*(?:${SPEAKER}${APPOSITIVE}\s+${ADVERB}${VERB}|${VERB}\s+${SPEAKER})\s*[,:]\s*$`, 'u');
  const out: Group[] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.close, g.open) : '\n';
    // Only a part that hands over with a comma goes on: `"A." Name said: "B."` is two quotes.
    const handsOver = prev !== undefined && /,\s*$/.test(text.slice(prev.open, prev.close - 1) + gap.slice(0, 1));
    const m = prev && handsOver && !gap.includes('\n') && !prev.split ? attribution.exec(gap) : null;
    if (prev && m) {
      const raw = (m[1] ?? m[3])!;
      out[out.length - 1] = { parts: [...prev.parts, ...g.parts], open: prev.open, close: g.close, split: { raw, at: prev.close + gap.indexOf(raw) } };
    } else out.push(g);
  }
  return out;
}

/** The words inside the marks, trimmed of the comma that hands over to the attribution. */
function cleanParts(text: string, g: Group): Part[] {
  const parts = g.parts.map((p) => {
    let { start, end } = p;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s,;:\u2014-]/.test(text[end - 1]!)) end--;
    return { ...p, start, end };
  });
  // A fragment woven into the reporter's sentence ("were “working together.”") ends with the
  // reporter's full stop, not the speaker's.
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (/^\p{Ll}/u.test(text[first.start] ?? '') && text[last.end - 1] === '.') last.end--;
  return parts.filter((p) => p.end > p.start);
}

function occasionIn(s: string | undefined): string | undefined {
  return s ? OCCASION.exec(s)?.[1]?.trim() : undefined;
}

export function extractQuotes(text: string, sentences: Sentence[]): Candidate<'quote'>[] {
  const groups = joinSplits(text, findGroups(text));
  const spans = groups.flatMap((g) => g.parts);
  const inQuote = (pos: number) => spans.some((p) => pos > p.open && pos < p.close);
  const ctx: ResolveContext = { mentions: findPeople(text), sentences, inQuote };
  const sentenceAt = (pos: number): Sentence => {
    const s = sentences.find((x) => x.end > pos) ?? sentences[sentences.length - 1];
    if (s) return s;
    const [start, end] = lineBounds(text, pos);
    return { text: text.slice(start, end), start, end };
  };

  /** Subject of the clause before `verbAt`: the nearest person, or the first for a participle. */
  const subject = (from: number, verbAt: number, first: boolean): { raw: string; at: number } | null => {
    const lead = LEADING_CLAUSE.exec(text.slice(from, verbAt));
    const start = first && lead ? from + lead[0].length : from;
    const found: { raw: string; at: number }[] = ctx.mentions
      .filter((m) => m.start >= start && m.end <= verbAt && !inQuote(m.start))
      .map((m) => ({ raw: m.name, at: m.start }));
    const pronoun = /\b(?:he|she|they)\b/gi;
    pronoun.lastIndex = start;
    for (let m = pronoun.exec(text); m && m.index < verbAt; m = pronoun.exec(text)) if (!inQuote(m.index)) found.push({ raw: m[0], at: m.index });
    found.sort((a, b) => a.at - b.at);
    return (first ? found[0] : found[found.length - 1]) ?? null;
  };

  /** The phrase right before a verb, for a body that is no person: "the Russian defence ministry said". */
  const phraseBefore = (from: number, verbAt: number): { raw: string; at: number } | null => {
    const lead = LEADING_CLAUSE.exec(text.slice(from, verbAt));
    const start = lead ? from + lead[0].length : from;
    const m = NP_BEFORE.exec(text.slice(start, verbAt));
    return m && !inQuote(start + m.index) ? { raw: m[1]!, at: start + m.index } : null;
  };
  /** "the FBI and Homeland Security said": the first named of a pair speaks for both. */
  const firstOfPair = (who: { raw: string; at: number } | null) => {
    if (!who) return null;
    const m = PAIR_BEFORE.exec(text.slice(Math.max(0, who.at - 80), who.at));
    return m ? { raw: m[1]!, at: who.at - m[0].length + m[0].indexOf(m[1]!) } : who;
  };

  const attribute = (g: Group, index: number, wordCount: number, previous: Candidate<'quote'> | undefined): Attribution | null => {
    const [lineStart, lineEnd] = lineBounds(text, g.open);
    const prevClose = index > 0 ? groups[index - 1]!.close : 0;
    const nextOpen = groups[index + 1]?.open ?? text.length;
    const before = text.slice(Math.max(lineStart, prevClose, g.open - 300), g.open);
    const after = text.slice(g.close, Math.min(lineBounds(text, g.close)[1], nextOpen, g.close + 200));
    if (WORK_BEFORE.test(before)) return null;
    if (g.split) return { rule: 'quote:split', raw: g.split.raw, at: g.split.at, confidence: 0.85 };
    const endsSentence = /[.]\s*$/.test(text.slice(g.parts[g.parts.length - 1]!.start, g.close - 1));
    const fullStop = endsSentence ? { confidence: 0.75, reasons: ['quote ends with a full stop before the attribution'] } : { confidence: 0.9 };
    // `"A." Name said: "B."`: an attribution ending in a colon introduces the next quote.
    let m = SPEAKER_VERB_AFTER.exec(after);
    if (m && !/^\s*:/.test(m[3]!)) return { rule: 'quote:said-after', raw: m[1]!, at: g.close + after.indexOf(m[1]!), occasion: occasionIn(m[3]), ...fullStop };
    m = VERB_SPEAKER_AFTER.exec(after);
    if (m && !/^\s*:/.test(m[2]!)) {
      // `"Q," said the civil defense director, Othman Atta`: the name after the description speaks.
      const named = /^(?:the|a|an)\s/.test(m[1]!) ? APPOSED_NAME.exec(m[2]!)?.[1] : undefined;
      const raw = named ?? m[1]!;
      return { rule: 'quote:said-after', raw, at: g.close + after.indexOf(raw), occasion: occasionIn(m[2]), ...fullStop };
    }
    const at = (raw: string) => g.open - before.length + before.lastIndexOf(raw);
    m = BEFORE_COLON.exec(before);
    if (m) return { rule: 'quote:said-before-colon', raw: m[1]!, at: at(m[1]!), confidence: 0.9, occasion: occasionIn(m[3]) };
    m = TOLD_THAT.exec(before);
    if (m) return { rule: 'quote:told-that', raw: m[1]!, at: at(m[1]!), confidence: 0.8, occasion: occasionIn(m[3]) };
    m = SAID_BEFORE.exec(before);
    if (m) {
      const raw = (m[1] ?? m[3])!;
      return { rule: 'quote:said-before', raw, at: at(raw), confidence: 0.85 };
    }
    // Verbs are looked for after the previous quote (one before it belongs to that quote); the
    // subject anywhere in the sentence ("Schumer called it "shameful" and said ... "political games"").
    const sentenceOpen = Math.max(sentenceAt(g.open).start, lineStart);
    const sentenceStart = Math.max(sentenceOpen, prevClose);
    const clause = text.slice(sentenceStart, g.open);
    const participle = PARTICIPLE_BEFORE.exec(clause) ?? ADDRESSING_AS.exec(clause);
    if (participle) {
      const who = subject(sentenceOpen, sentenceStart + participle.index, true);
      const rule = participle[0].trimEnd().endsWith('as') ? 'quote:addressing-as' : 'quote:participle';
      if (who) return { rule, raw: who.raw, at: who.at, confidence: 0.75 };
    }
    const verbs = [...clause.matchAll(PHRASE_VERB)];
    // "described by neighbours as": the speaker is the agent after "by", which these rules do not name.
    // A speech verb before an earlier quote of the sentence still reports the rest of the sentence:
    // `the ministry said "a protest" was delivered over actions that were "contrary to the rules"`.
    const byAgent = verbs.some((v) => /^\s+by\b/.test(clause.slice(v.index + v[0].length)));
    const own = verbs.pop();
    const earlier = [...text.slice(sentenceOpen, sentenceStart).matchAll(PHRASE_VERB)].filter((v) => SPEECH_VERB.test(v[0])).pop();
    const verb = byAgent ? null : own ? { word: own[0], at: sentenceStart + own.index } : earlier ? { word: earlier[0], at: sentenceOpen + earlier.index } : null;
    // One or two quoted words count only right beside a naming verb ("called it "a farce""): further
    // off they are scare quotes. A speech verb ("said ... had been "thwarted"") reports its clause.
    if (verb && (wordCount > 2 || SPEECH_VERB.test(verb.word) || g.open - verb.at < 40)) {
      const person = subject(sentenceOpen, verb.at, false);
      const body = phraseBefore(sentenceOpen, verb.at);
      const who = firstOfPair(body && (!person || body.at > person.at) ? body : person);
      if (who) {
        const between = text.slice(verb.at + verb.word.length, g.open);
        const far = g.open - who.at > 150 ? ['speaker far from quote'] : [];
        return { rule: 'quote:phrase', raw: who.raw, at: who.at, confidence: far.length ? 0.55 : 0.65, occasion: occasionIn(between), reasons: far };
      }
    }
    // `According to the museum, the painter made copies "to please the buyers."`: the source frames the sentence.
    const source = ACCORDING_OPEN.exec(text.slice(sentenceOpen, g.open));
    if (source) return { rule: 'quote:according-to', raw: source[1]!, at: sentenceOpen + source[0].indexOf(source[1]!), confidence: 0.6 };
    // `There was "widespread coughing" among pupils, she said.`: the attribution closes the sentence.
    m = FINAL_SAID.exec(text.slice(g.close, Math.max(g.close, sentenceAt(g.open).end)));
    if (m) return { rule: 'quote:said-after', raw: m[1]!, at: g.close + m[0].lastIndexOf(m[1]!), confidence: 0.7 };
    // Only a quote that is a sentence of its own can be speech without a verb.
    const standalone = /^\s*$/.test(text.slice(sentenceStart, g.open)) && /^[\p{Lu}\d]/u.test(text.slice(g.open + 1).trimStart());
    if (!standalone || wordCount < 3) return null;
    const sameLine = previous && previous.match.end >= lineStart && previous.match.end <= lineEnd;
    if (sameLine) return { rule: 'quote:continued', raw: previous.data.speaker, at: previous.match.start, confidence: 0.6, reasons: ['speaker carried from the previous quote'] };
    // A guess is a person named in full or one already quoted, not any word read as a name ("Devon").
    const known = (p: (typeof ctx.mentions)[number]) => p.full.includes(' ') || out.some((q) => q.data.speaker === p.full);
    const last = ctx.mentions.filter((p) => p.end <= g.open && !inQuote(p.start) && known(p)).pop();
    const guess = last?.full ?? previous?.data.speaker;
    const reasons = ['floating quote (no attribution)', ...(guess ? [] : ['speaker not found'])];
    return { rule: 'quote:floating', raw: guess ?? 'Unknown', at: g.open, confidence: guess ? 0.3 : 0.1, reasons };
  };

  /** "it said" names the body a recent sentence was about; anyone else is resolved as a person. */
  const speakerOf = (raw: string, at: number, quoteAt: number): Speaker => {
    if (!/^it$/i.test(raw.trim())) return resolveSpeaker(raw, at, ctx, quoteAt);
    const body = itSpeaker(text, sentences, quoteAt, ctx.mentions, inQuote);
    if (!body) return { name: 'Unknown', reasons: ['pronoun speaker', 'speaker not found'], penalty: 0.6 };
    const named = body.described ? resolveSpeaker(body.name, body.at, ctx, quoteAt) : { name: body.name, reasons: ['speaker is not a named person'], penalty: 0.2 };
    return { ...named, reasons: ['pronoun speaker', ...named.reasons], penalty: named.penalty + 0.1 };
  };

  const out: Candidate<'quote'>[] = [];
  groups.forEach((g, i) => {
    const parts = cleanParts(text, g);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) return;
    const quote = parts.map((p) => text.slice(p.start, p.end)).join(' ');
    const words = quote.split(/\s+/).filter(Boolean).length;
    const previous = out[out.length - 1];
    const attribution = attribute(g, i, words, previous);
    if (!attribution) return;
    const carried = attribution.rule === 'quote:continued' || attribution.rule === 'quote:floating';
    const speaker = carried ? { name: attribution.raw, reasons: [], penalty: 0 } : speakerOf(attribution.raw, attribution.at, g.open);
    const reasons = [...new Set([...speaker.reasons, ...(attribution.reasons ?? [])])];
    const gap = attribution.at < g.open ? g.open - attribution.at : attribution.at - g.close;
    if (!carried && !isPronoun(attribution.raw) && gap > 300 && !reasons.includes('speaker far from quote')) reasons.push('speaker far from quote');
    const confidence = Math.round(Math.min(1, Math.max(0, attribution.confidence - speaker.penalty)) * 100) / 100;
    out.push({
      kind: 'quote',
      sentence: sentenceAt(g.open),
      match: { start: first.start, end: last.end },
      data: { speaker: speaker.name, quote, ...(attribution.occasion ? { occasion: attribution.occasion } : {}) },
      extractor: attribution.rule,
      confidence,
      reasons,
    });
  });
  return out.sort((a, b) => a.match.start - b.match.start);
}
