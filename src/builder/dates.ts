/**
 * Dates: "on September 3, 2025" (a day), "June 2024" (a month), "since 2017" and "a 2024 pact"
 * (years), "the 1990s" (a decade), "yesterday" (relative to the publication date).
 *
 * chrono-node reads the written-out dates; it does not read bare years or decades, so those are
 * ours. Every date is read from chrono's parsed components, never from a Date object, so the
 * result is the same in every time zone; and nothing is resolved against "now": without a
 * publication date, a date that needs one (a relative date, a day with no year) is left out.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { extractQuantities, followsName } from './quantities';
import type { Candidate, Sentence } from './types';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

interface Found {
  start: number;
  end: number;
  value: string;
  precision: 'year' | 'month' | 'day';
  extractor: string;
  confidence: number;
  reasons: string[];
  /** The date describes the noun after it ("a 2024 pact"): keep the words around it as they are. */
  attributive?: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MONTH_NAME = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const RELATIVE = /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|earlier|later|past|coming)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** Words a year usually follows when it is the date of something, not part of a name. */
const YEAR_PREP = /\b(?:in|since|by|until|till|from|during|before|after|through|of|early|late|mid|circa)\s+$|\bmid-$/i;
const YEAR_DET = /\b(?:a|an|the|its|their|his|her|this|that)\s+$|['’]s\s+$/i;

function parsePublished(published: string | null): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** Words that put a clause in the future: "will", "is due", "is set to", "next". */
const FUTURE = /(?:\b(?:will|shall|won['’]t|could|may|might|would|(?:is|are) (?:due|set|expected|scheduled|slated)|plans? to|next|upcoming)\b|['’]ll\b)/i;
/** Relative phrases too vague to be a day, a month or a year a quiz could ask about. */
const VAGUE = /\b(?:tonight|this (?:morning|afternoon|evening|week(?:end)?)|(?:a|one) (?:year|month|week) (?:ago|earlier)|(?:past|last|next|this) (?:quarter|few)|minutes?|hours?|recent|earlier this|later this)\b/i;

/**
 * Is the clause around `at` about the future? The words from the clause's start (a comma, a
 * semicolon or a quotation mark) to a few words past the date count: "is due in court Monday",
 * "will take office in January", not the quote the sentence goes on to ("told ... on Monday that
 * "we will fight"").
 */
function futureAt(s: string, at: number): boolean {
  const head = s.slice(0, at);
  const from = Math.max(...[',', ';', '"', '“', '”'].map((c) => head.lastIndexOf(c)), 0);
  const tail = /^[^,;"“”]{0,25}/.exec(s.slice(at))![0];
  return FUTURE.test(s.slice(from, at) + tail);
}

const ymd = (y: number, m: number, d: number): Ymd => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

/**
 * A weekday named alone ("on Thursday", "said Friday") against the publication date: a past event
 * is the most recent such day (the publication day itself included), a future one the next.
 */
function weekday(text: string, pub: Ymd, future: boolean): Ymd | null {
  const m = /^(?:(last|this|next)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?$/i.exec(text);
  if (!m) return null;
  const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
  const today = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
  const forward = m[1]?.toLowerCase() === 'next' || (m[1]?.toLowerCase() !== 'last' && future);
  const shift = forward ? (target - today + 7) % 7 : -((today - target + 7) % 7);
  return ymd(pub.y, pub.m, pub.d + shift);
}

/** One chrono result, or null when it is a time, a stray word ("sat", "sun") or needs a missing reference. */
function fromChrono(r: ParsedResult, pub: Ymd | null, s: string): Found | null {
  let text = r.text;
  let start = r.index;
  const lead = /^(?:on|at|in|by)\s+/i.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    start += lead[0].length;
  }
  const trail = /[\s,.]+$/.exec(text);
  if (trail) text = text.slice(0, -trail[0].length);
  const end = start + text.length;
  const explicit = /\d/.test(text) || MONTH_NAME.test(text);
  const relative = !explicit && RELATIVE.test(text);
  // Lower-case words chrono takes for weekdays or months ("the chair he sat in") are not dates.
  if (!explicit && !relative) return null;
  // A week has no place in YYYY, YYYY-MM or YYYY-MM-DD without pretending to know the day.
  if (/\bweek(?:end)?s?\b/i.test(text)) return null;
  const c = r.start;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return null;
  if (relative) {
    // "USA Today" is a name, "tonight" and "a year ago" are no day to ask about.
    if (!pub || VAGUE.test(text) || /^(?:Today|Tonight|Yesterday|Tomorrow)\b/.test(text) && !/(?:^|[.!?"“]\s*)$/.test(s.slice(0, start))) return null;
    const future = futureAt(s, start);
    const day = weekday(text, pub, future);
    if (day) return { start, end, value: `${day.y}-${pad(day.m)}-${pad(day.d)}`, precision: 'day', extractor: 'date:weekday', confidence: 0.5, reasons: ['relative date'] };
    // A weekday in a list ("Tuesday, Thursday and Saturday") or any other weekday phrase is a schedule, not a date.
    if (/day\b/i.test(text) && /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(text)) return null;
    const precision = /\byears?\b/i.test(text) ? 'year' : /\bmonths?\b/i.test(text) ? 'month' : 'day';
    const value = precision === 'year' ? `${y}` : precision === 'month' ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
    return { start, end, value, precision, extractor: 'date:chrono', confidence: 0.5, reasons: ['relative date'] };
  }
  const reasons: string[] = [];
  let year = y;
  if (!c.isCertain('year')) {
    // No year written: it comes from the publication date, by the sentence's tense (chrono's own
    // pick, the year closest to the reference, ignores the tense).
    if (!pub) return null;
    if (!/\b(?:last|next|this)\b/i.test(text)) {
      // Of last, this and next year, the one nearest the article that the tense allows: a future
      // event not more than a month before it, a past or present one not more than two months
      // after. So "will take office in January" in a November article is next January, and "the
      // six months to Dec. 31" (a period's end: past) in a February one is last December, while
      // "remanded in custody to July 13" is ahead.
      const lead = s.slice(0, start);
      const future = /\b(?:months?|years?|weeks?|quarter|period|half)\s+(?:to|ending|ended)\s+$/i.test(lead) ? false : /\b(?:until|till|to|ahead of)\s+$/i.test(lead) || futureAt(s, start);
      const day = c.isCertain('day') ? d : 1;
      const offset = (yy: number) => (Date.UTC(yy, m - 1, day) - Date.UTC(pub.y, pub.m - 1, pub.d)) / 864e5;
      const allowed = [pub.y - 1, pub.y, pub.y + 1].filter((yy) => (future ? offset(yy) >= -31 : offset(yy) <= 62));
      year = allowed.sort((a, b) => Math.abs(offset(a)) - Math.abs(offset(b)))[0] ?? pub.y;
    }
    reasons.push('year from publication date');
  }
  if (c.isCertain('day') && c.isCertain('month')) {
    return { start, end, value: `${year}-${pad(m)}-${pad(d)}`, precision: 'day', extractor: 'date:chrono', confidence: reasons.length ? 0.7 : 0.9, reasons };
  }
  if (c.isCertain('month')) {
    return { start, end, value: `${year}-${pad(m)}`, precision: 'month', extractor: 'date:chrono', confidence: reasons.length ? 0.65 : 0.85, reasons };
  }
  return null; // a time of day alone
}

/** Bare years ("in 2019", "since 2017", "a 2024 pact") and decades ("the 1990s"). */
function yearsAndDecades(s: string): Found[] {
  const out: Found[] = [];
  for (const m of s.matchAll(/\b(?:(?:early|mid|late)[\s-])?((?:1\d|20)\d0)['’]?s\b/gi)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: m[1]!, precision: 'year', extractor: 'date:decade', confidence: 0.6, reasons: ['decade'] });
  }
  for (const m of s.matchAll(/(?<![\p{L}\p{N}$€£¥.,:/#])(\d{4})(?![\p{L}\p{N}'’]|[,.:/]\d|[-–]\d)/gu)) {
    const n = Number(m[1]);
    if (n < 1000 || n > 2100) continue;
    const before = s.slice(0, m.index);
    if (/[\p{L}\p{N}]-$/u.test(before) && !/\bmid-$/i.test(before)) continue; // "COVID-2019", "F-1000"
    if (followsName(before)) continue; // "Flight 2024", "Resolution 2231"
    if (/^\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|hrs|hours|h)\b/i.test(s.slice(m.index + 4))) continue; // "2050 GMT" is a time
    const attributive = /^\s+\p{L}/u.test(s.slice(m.index + 4)) && YEAR_DET.test(before);
    const confidence = YEAR_PREP.test(before) ? 0.8 : attributive ? 0.7 : 0.6;
    out.push({ start: m.index, end: m.index + 4, value: m[1]!, precision: 'year', extractor: 'date:year', confidence, reasons: [], attributive });
  }
  return out;
}

const LEADING_PREP = /\s*(?:\b(?:on|in|at|since|by|during|from|of|until|till|before|after|around|circa|as of)\s+)?(?:\b(?:the|early|mid|late)[\s-]+)?$/i;

/**
 * What happened then: the clause around the date with the date (and its "on", "in the") taken
 * out, trimmed to about 80 characters nearest the date. Clauses split at commas and the like, but
 * never inside the date ("September 3, 2025").
 */
function eventFor(s: string, f: Found): string {
  const cuts = [0];
  for (const m of s.matchAll(/[,;:()\u2014\u2013"“”]|\s-\s/g)) if (m.index < f.start || m.index >= f.end) cuts.push(m.index, m.index + m[0].length);
  cuts.push(s.length);
  let from = 0;
  let to = s.length;
  for (let i = 0; i < cuts.length; i += 2) {
    if (cuts[i]! <= f.start && f.end <= cuts[i + 1]!) [from, to] = [cuts[i]!, cuts[i + 1]!];
  }
  const words = (t: string): string[] => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const next = (at: number): number => cuts.find((c, i) => i % 2 === 0 && c > at) ?? s.length;
  let before = s.slice(from, f.start);
  let after = s.slice(f.end, to);
  if (!f.attributive) before = before.replace(LEADING_PREP, '');
  // "On March 3, they signed": the clause is the date alone, so the next clause says what happened.
  if (words(before).length + words(after).length < 3 && to < s.length) after += ' ' + s.slice(to + 1, next(to + 1));
  const left = words(before);
  const right = words(after);
  const kept: string[] = [];
  let l = left.length;
  let r = 0;
  let length = 0;
  while (l > 0 || r < right.length) {
    const takeRight = r < right.length && (l === 0 || r < left.length - l);
    const w = takeRight ? right[r]! : left[l - 1]!;
    if (length + w.length + 1 > 80 && kept.length > 0) break;
    length += w.length + 1;
    if (takeRight) r++;
    else l--;
    kept.push(w);
  }
  const text = [...(l > 0 ? ['…'] : []), ...left.slice(l), ...right.slice(0, r), ...(r < right.length ? ['…'] : [])].join(' ');
  const clean = text.replace(/^[\s.,;:]+|[\s.,;:]+$/g, '').replace(/^["“”]+|["“”]+$/g, '');
  return clean || s.slice(0, 80);
}

/**
 * Every date in the article, ordered by position. `published` is YYYY-MM-DD (or an ISO time
 * starting so); it resolves relative dates and days written without a year.
 */
export function extractDates(text: string, sentences: Sentence[], published: string | null, figures?: Candidate<'quantity'>[]): Candidate<'date'>[] {
  const pub = parsePublished(published);
  // Local noon of the publication day: chrono reads its reference in local time, and noon keeps
  // the day the same in every zone. Without a publication date, a fixed day stands in, and any
  // result that depended on it is dropped above.
  const ref = pub ? new Date(pub.y, pub.m - 1, pub.d, 12) : new Date(2000, 0, 1, 12);
  // The article's figures, when the caller has them already (tagging them is the slow part).
  const quantities = (figures ?? extractQuantities(text, sentences)).map((q) => q.match);
  const out: Candidate<'date'>[] = [];
  for (const sentence of sentences) {
    const s = sentence.text;
    const found: Found[] = [];
    for (const r of chrono.parse(s, { instant: ref }, { forwardDate: false })) {
      const f = fromChrono(r, pub, s);
      if (f) found.push(f);
    }
    for (const f of yearsAndDecades(s)) {
      if (!found.some((g) => f.start < g.end && g.start < f.end)) found.push(f);
    }
    for (const f of found) {
      const start = sentence.start + f.start;
      const end = sentence.start + f.end;
      if (quantities.some((q) => start < q.end && q.start < end)) continue; // "2000 soldiers" is a count
      out.push({
        kind: 'date',
        sentence,
        match: { start, end },
        data: { value: f.value, precision: f.precision, event: eventFor(s, f), text: s.slice(f.start, f.end) },
        extractor: f.extractor,
        confidence: f.confidence,
        reasons: f.reasons,
      });
    }
  }
  return out.sort((a, b) => a.match.start - b.match.start || a.match.end - b.match.end);
}
