/**
 * Facts -> questions of every type the game plays, each pointing at its fact.
 *
 * Precision before recall: a question is made only when it can say exactly what it asks. Figures
 * and dates are asked as a gap in their own sentence (which always names the thing counted or the
 * event); a fact whose reading is doubtful ("pronoun speaker", "relative date"...) gets no question
 * until a person has checked it, and its reasons say why.
 *
 * No cues: the right answer's rank among ordered options is drawn uniformly (ordered.ts), options
 * never name one person twice or one value twice, and the prompt never holds the answer.
 * Deterministic: the same facts give the same questions, byte for byte.
 */
import { englishDate } from '../core/bank/answers';
import { REVIEW_REASONS, type ReviewReasonId } from '../core/bank/reviewReasons';
import type { Fact, Question } from '../core/bank/schema';
import { areaIdOf } from '../core/area';
import { nearestPlaces, type Place } from '../core/geo';
import { createRng } from '../core/rng';
import { cloze, figureStyle, findWhole } from './cloze';
import { acronymNamesPlace, articleCue, boundedGap, comparedGap, demonymInGap, figureGivenAway, placeArticleCue, placeRelationUnchecked, placeSpeaks, printedFigures, routeGap, sameSide } from './gapRules';
import { orderedOptions, figureNeighbours } from './ordered';
import { findPeople, ORGANISATION } from './people';
import { EXTRA_NAMES, placeNames } from './placeIndex';

type F<K extends Fact['kind']> = Extract<Fact, { kind: K }>;

export interface QuestionContext {
  /** The article, for the people it names (the first wrong answers to "who said it"). */
  text?: string;
  /** YYYY-MM-DD: past events get no wrong year after it. */
  published?: string | null;
  /** Ask doubtful facts too (they stay flagged): for an article whose every fact is doubtful. */
  askDoubtful?: boolean;
}

/**
 * Reasons that make a fact's reading doubtful enough that no question is made from it while it
 * waits for review: a person who approves or edits the fact has checked it, and then it is asked.
 */
export const DOUBTFUL = new Set<string>(
  (
    [
      'pronoun_speaker', 'speaker_not_found', 'speaker_far_from_quote', 'floating_quote', 'speaker_not_a_person', 'speaker_not_full_name',
      'ambiguous_surname', 'speaker_carried_over', 'counted_noun_inferred', 'could_be_year', 'relative_date', 'decade', 'ambiguous_place',
      'part_of_longer_name', 'inside_organisation_name', 'larger_area_than_named',
    ] as const satisfies readonly ReviewReasonId[]
  ).map((id) => REVIEW_REASONS[id]),
);

/** Text as compared for sameness: case, curly apostrophes and runs of spaces aside. */
export const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
const fold = (s: string) =>
  norm(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 1);

/** Two names for one person: "Kim Jong Un" and "Kim", "Dr Ana Ruiz" and "Ruiz" share a name word. */
export function samePerson(a: string, b: string): boolean {
  const wa = new Set(fold(a));
  return fold(b).some((w) => wa.has(w));
}

/** The right answer at a seeded position among the wrong ones (the game shuffles again on screen). */
function placeAnswer(answer: string, wrong: string[], seed: string): { options: string[]; answer: number } {
  const at = createRng(`place|${seed}`).int(wrong.length + 1);
  const options = [...wrong];
  options.splice(at, 0, answer);
  return { options, answer: at };
}

/** The gap sentence in quotation marks, unless it is one whole quotation already (no “““…””). */
const quoted = (gap: string) => (/^["“][^"“”]*["”][.!?]?$/.test(gap) || /^“[^“”]*”[.!?]?$/.test(gap) ? gap : `“${gap}”`);

/** A long quote cut at a word, never inside one ("has l…"). */
const quoteText = (q: string) => (q.length > 180 ? `${q.slice(0, q.lastIndexOf(' ', 177)).replace(/[\s,;:—–-]+$/, '')}…` : q);

function shiftDate(value: string, precision: 'year' | 'month' | 'day', by: number): string {
  const [y, m, d] = value.split('-').map(Number);
  if (precision === 'year') return String(y! + by);
  if (precision === 'month') {
    const t = y! * 12 + (m! - 1) + by;
    return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
  }
  return new Date(Date.UTC(y!, m! - 1, d! + by)).toISOString().slice(0, 10);
}

/** The fact is still waiting for a person and one of its reasons makes its reading doubtful. */
const doubtful = (f: Fact) => f.review === 'needs_review' && f.reviewReasons.some((r) => DOUBTFUL.has(r));

/** A speaker a quiz can name: a person's or organisation's name, not a pronoun, place or fragment. */
function nameable(speaker: string, gazetteer: Place[]): boolean {
  if (!/^\p{Lu}/u.test(speaker) || speaker === 'Unknown') return false;
  if (/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(speaker)) return false;
  return !placeNames(gazetteer).has(speaker.toLowerCase());
}

/**
 * Wrong speakers: the article's other people, and only they. A famous person of the same field
 * beside the article's own (Warren Buffett among a data-breach article's executives) is still a
 * stranger a player strikes out unread, and a strict teacher marked every such option down; so a
 * "who said it" choice needs three of the article's people, and with fewer there is only a
 * true-or-false statement, its wrong speaker the first of them.
 */
function wrongSpeakers(speaker: string, people: string[]): string[] {
  const out: string[] = [];
  for (const p of people) if (out.length < 3 && !samePerson(p, speaker) && !out.some((o) => samePerson(o, p))) out.push(p);
  return out;
}

const UNIT_WORDS = new Set(['km', 'kg', 'ft', 'mph', 'cm', 'mm', 'm', 'g', 'lb', 'lbs', 'kmh', 'mw', 'gw', 'kw', 'dollars', 'euros', 'pounds', 'yen', 'rand', 'cents']);
/**
 * A unit a player can read beside an estimate slider: a plural noun phrase of up to three
 * words ("troops", "militia members") or a unit ("km"). Not a fragment the tagger left
 * ("pe", "ferry’s", "biggest US drug"), not "others", "times" or "more versions".
 */
function readableUnit(counts: string): boolean {
  const words = counts.split(' ');
  const last = words[words.length - 1]!;
  if (words.length > 3 || !/^\p{L}[\p{L} -]*$/u.test(counts) || /^(?:more|other|others|different|times)$/.test(words[0]!)) return false;
  return UNIT_WORDS.has(last) || (/[^s']s$/.test(last) && last.length > 3);
}

function quoteQuestions(f: F<'quote'>, add: (q: Question, giveaway: string) => void, people: string[], person: (name: string) => boolean): void {
  // A speaker is named in full, and the quote is a sentence of their own: a few words ("victims")
  // or a phrase the article's sentence goes on from ("private sector residential buildings, a
  // hotel…") is no test of who said it. (An organisation that speaks is kept as a fact; its
  // question would need other organisations as options.)
  if (!person(f.data.speaker) || f.data.quote.split(/\s+/).length < 4 || !/^["'“‘]?\p{Lu}/u.test(f.data.quote)) return;
  const wrong = wrongSpeakers(f.data.speaker, people);
  const said = `“${quoteText(f.data.quote)}”`;
  // Three options when only two other people are fair ones: a choice of three beats no choice.
  if (wrong.length >= 2) {
    const { options, answer } = placeAnswer(f.data.speaker, wrong, f.id);
    add({ id: `q-${f.id}-speaker`, type: 'choice', factId: f.id, asks: 'speaker', prompt: `Who said ${said}?`, options, answer, difficulty: 2 }, f.data.speaker);
  }
  // True or false, drawn per fact: the right speaker or another person the article names.
  if (wrong.length === 0) return;
  const claim = createRng(`tf|${f.id}`).int(2) === 0 ? f.data.speaker : wrong[0]!;
  add({ id: `q-${f.id}-tf`, type: 'truefalse', factId: f.id, asks: 'speaker', prompt: `${claim} said ${said}${/[.!?…]$/.test(f.data.quote) ? '' : '.'}`, claim, answer: claim === f.data.speaker, difficulty: 1 }, '\u0000');
}

/**
 * "___ micrograms per cubic meter": a rate's "per …" belongs to its unit, or the slider would
 * read "micrograms", a mass, for a concentration.
 */
function rateAfter(gap: string, counts: string): string {
  const esc = counts.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`___\\s+${esc}\\s+(per\\s+(?:(?:cubic|square|metric|US)\\s+)?\\p{L}+)`, 'iu').exec(gap);
  return m ? ` ${m[1]}` : '';
}

function figureQuestions(f: F<'quantity'>, add: (q: Question, giveaway: string) => void): void {
  const text = f.data.text;
  // A figure is asked only as a gap in its own sentence; "80th anniversary" is a position, not a count.
  if (!text || /anniversar/i.test(f.data.counts)) return;
  const style = figureStyle(text);
  const gap = cloze(f.sentence, text);
  if (!style || !gap) return;
  const v = f.data.value;
  // The words must still say the fact's value (an edited value leaves the old words behind).
  if (Math.abs(style.shown * style.scale - v) > 1e-9 * Math.max(1, v)) return;
  const money = /^\D/.test(style.format(1));
  const others = printedFigures(gap.replace('___', ' ')).filter((o) => o.percent === style.percent && (o.money === money || !o.percent));
  if (figureGivenAway(gap, v, others, style.percent, printedFigures(gap.replace('___', ' ')))) return;
  const { below, above } = figureNeighbours(f.id + f.sentence, style.shown, style.written, { max: style.percent && style.shown <= 100 ? 100 : undefined, percent: style.percent, unit: f.data.counts });
  // Options keep the answer's side of every figure the sentence compares it with, and none is
  // printed in the gap's own words ("in ___ and 1998" would be struck out at a glance).
  const fits = sameSide(v, others.map((o) => o.value), (x: number) => x * style.scale);
  const unseen = (x: number) => findWhole(gap, style.format(x).replace(/^\D+/, '').split(' ')[0]!.replace(/%$/, '')) < 0;
  const ok = (x: number) => fits(x) && unseen(x);
  // "between ___ and $30,000": every option falls below the bound, so the answer is the one nearest it.
  const bounded = others.length > 0 && boundedGap(gap);
  const picked = articleCue(gap) || bounded || comparedGap(gap) ? null : orderedOptions(f.id + f.sentence, style.shown, below.filter(ok), above.filter(ok), (a, b) => style.format(a) === style.format(b));
  if (picked) {
    add({ id: `q-${f.id}-value`, type: 'choice', factId: f.id, asks: 'value', prompt: `Fill the gap: ${quoted(gap)}`, options: picked.values.map(style.format), answer: picked.answer, difficulty: 2 }, text);
  }
  // An estimate needs a unit a player can read on the slider: "troops", "percent", "dollars".
  if (v >= 2 && (style.percent || readableUnit(f.data.counts)) && (!style.percent || v <= 100) && !bounded) {
    const unit = f.data.counts ? f.data.counts + rateAfter(gap, f.data.counts) : f.data.counts;
    const round = (x: number) => Number(x.toPrecision(2));
    add(
      {
        id: `q-${f.id}-estimate`,
        type: 'estimate',
        factId: f.id,
        prompt: `Estimate the missing figure: ${quoted(gap)}`,
        answer: style.percent ? { value: v, min: 1, max: 100, scale: 'linear', unit: 'percent' } : { value: v, min: Math.min(round(Math.max(1, v / 20)), v), max: Math.max(round(v * 50), v), scale: 'log', unit },
        difficulty: 2,
      },
      text,
    );
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Does `text` print the date `value` (at its own precision): "1998", "August", "Sept. 1"? */
function datePrinted(text: string, value: string): boolean {
  const [y, m, d] = value.split('-');
  if (!m) return findWhole(text, y!) >= 0;
  const month = `${MONTHS[Number(m) - 1]}[a-z]*\\.?`;
  return new RegExp(d ? `\\b${month}\\s+${Number(d)}\\b|\\b${Number(d)}(?:st|nd|rd|th)?\\s+${month}` : `\\b${month}\\b`).test(text);
}

/** Years of a four-yearly series: Olympic Games, World Cups, world championships. */
const OLYMPIAD = /\bOlympic|\bGames\b|World Cup|\bWorld Championships?\b/;

/** Wrong dates nearest first, one side of the right one: a series' step for Olympic years ("2008 and 2012"), days of the same month. */
function dateSteps(value: string, precision: 'year' | 'month' | 'day', sentence: string, sign: 1 | -1): string[] {
  if (precision === 'year') {
    const steps = OLYMPIAD.test(sentence) ? [4, 8, 12, 16] : [1, 2, 3, 5];
    return steps.map((s) => shiftDate(value, precision, sign * s));
  }
  if (precision === 'month') return [1, 2, 3, 4].map((s) => shiftDate(value, precision, sign * s));
  // The last day of a month ends a period ("the six months to Dec. 31"): other month ends, not Dec. 30.
  const [y, m, d] = value.split('-').map(Number);
  if (d === new Date(Date.UTC(y!, m!, 0)).getUTCDate()) {
    return [3, 6, 9, 12].map((s) => new Date(Date.UTC(y!, m! + sign * s, 0)).toISOString().slice(0, 10));
  }
  // Days stay in the month where they can: a lone September date among August ones stands out.
  return [1, 2, 3, 4, 5, 6].map((s) => shiftDate(value, precision, sign * s)).filter((d) => d.slice(0, 7) === value.slice(0, 7));
}

/** The dates a gap's sentence prints at `precision`, as sortable numbers (for "between August and ___"). */
function printedDates(gap: string, value: string, precision: 'year' | 'month' | 'day'): number[] {
  if (precision === 'year') return [...gap.matchAll(/\b(1\d{3}|20\d{2})\b/g)].map((m) => Number(m[1]));
  if (precision === 'month') return MONTHS.map((_, i) => i).filter((i) => new RegExp(`\\b${MONTHS[i]}[a-z]*\\b`).test(gap)).map((i) => Number(value.slice(0, 4)) * 12 + i);
  return [];
}
const dateNumber = (d: string, precision: 'year' | 'month' | 'day') => (precision === 'year' ? Number(d) : precision === 'month' ? Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1 : Date.parse(d));

function dateQuestions(f: F<'date'>, add: (q: Question, giveaway: string) => void, published: string | null | undefined): void {
  const { value, precision, text } = f.data;
  if (!text) return;
  const gap = cloze(f.sentence, text);
  if (!gap) return;
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const year = Number(value.slice(0, 4));
  // Every option on the answer's side of the day the article was written: a past event gets no
  // wrong date after it ("since 2027" in a 2025 article, "November 15" for what happened before a
  // November 13 report), and an expected one no date already gone ("completed in 2013" in 2015).
  const pub = published ? published.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10) : null;
  // (An expected event in the article's own year may be months gone: "half way through 2015" in October.)
  const notAfter = (d: string) => pub === null || pub.length !== value.length || (value <= pub ? d <= pub : precision === 'year' ? d > pub : d >= pub);
  // Nor a wrong date the gap's own words print, nor one on the wrong side of a date it compares ("between August and ___").
  const fits = sameSide(dateNumber(value, precision), printedDates(gap, value, precision), (d: string) => dateNumber(d, precision));
  const ok = (d: string) => notAfter(d) && !datePrinted(gap, d) && fits(d);
  const below = dateSteps(value, precision, f.sentence, -1).filter(ok);
  const above = dateSteps(value, precision, f.sentence, 1).filter(ok);
  const picked = articleCue(gap) ? null : orderedOptions(f.id + f.sentence, value, below, above, (a, b) => a === b);
  if (picked) {
    add({ id: `q-${f.id}-date`, type: 'choice', factId: f.id, asks: 'date', prompt: `Fill the gap: ${quoted(gap)}`, options: picked.values.map(englishDate), answer: picked.answer, difficulty: 2 }, text);
  }
  // A timeline needs the year, and the player sees only what the article prints: "February 16" alone
  // is a guess. Nor is it asked between two years the sentence prints ("in 2008 and ___ with silver
  // in 2016"), where the gap is all but filled.
  // Nor beside another year of a four-yearly series ("Olympic titles in 2008 and 2012 with silver in ___").
  const years = printedDates(gap, value, 'year');
  const bracketed = (years.some((y) => y < year) && years.some((y) => y > year)) || (OLYMPIAD.test(f.sentence) && years.length > 0);
  if ((precision === 'year' || /\b\d{4}\b/.test(text)) && !bracketed) {
    add({ id: `q-${f.id}-when`, type: 'when', factId: f.id, prompt: `When? Fill the gap on the timeline: ${quoted(gap)}`, answer: { value, precision, minYear: year - 12, maxYear: Math.max(year + 6, pubYear ?? year + 6) }, difficulty: 3 }, text);
  }
}

/**
 * Wrong places a player could weigh against the right one: its own kind (a country for a country),
 * a country big enough to draw on the map when the answer is, cities of the same country first
 * and at least 150 km off (a suburb is no test), the article's own places first when they are near.
 */
/**
 * Territories and dependencies the gazetteer lists beside countries: as a wrong country they are
 * struck out unread ("satellites of Greenland", "the Indian Ocean nation of Mayotte").
 */
const NOT_SOVEREIGN = new Set(
  'AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT'.split(' '),
);

/** Countries with no coast (the Caspian counts as none): "the Indian Ocean nation of ___" rules them out. */
const LANDLOCKED = new Set('AD AF AM AT AZ BF BI BO BT BW BY CF CH CZ ET HU KG KZ LA LI LS LU MD MK ML MN MW NE NP PY RS RW SK SM SS SZ TD TJ TM UG UZ VA XK ZM ZW'.split(' '));
const SEA_WORDS = /\b(?:oceans?|seas?|coast(?:al|line)?|islands?|archipelago|gulf|ports?|maritime|naval|navy|shores?)\b/i;

/**
 * A wrong place spelled as English news spells it: the gazetteer's romanisation marks (the macron
 * of "Kōriyama", "Bhāgalpur", the "ë" of "Orël") are ones the article never prints, so a wrong
 * option wearing them stands out beside the answer in the article's spelling. Accents a language
 * writes itself ("Bogotá", "Eskişehir") stay.
 */
export const pressSpelling = (name: string) => name.normalize('NFD').replace(/(?<=[aeiouAEIOU])[\u0304\u0306]|(?<=[eE])\u0308/g, '').normalize('NFC');

/** The other names a gazetteer place goes by: its alternates and the project's extra names. */
const otherNames = (p: Place) => [...(p.alt ?? []), ...(EXTRA_NAMES[p.id] ?? [])];

function wrongPlaces(here: Place | undefined, name: string, alsoTrue: string[], gap: string, gazetteer: Place[], articlePlaces: F<'place'>[], text: string): string[] {
  const bySea = here?.kind === 'country' && !LANDLOCKED.has(here.id) && SEA_WORDS.test(gap);
  const fitsKind = (p: Place) =>
    !here ||
    (p.kind === here.kind &&
      (here.kind !== 'country' || ((!here.shape || !!p.shape) && (NOT_SOVEREIGN.has(here.id) || !NOT_SOVEREIGN.has(p.id)) && !(bySea && LANDLOCKED.has(p.id)))) &&
      (here.kind !== 'region' || p.country === here.country));
  const pool = gazetteer.filter(fitsKind);
  const near = here ? nearestPlaces(pool, here, 40).filter((n) => here.kind !== 'city' || n.distanceKm >= 150) : [];
  const sameCountry = near.filter((n) => here?.kind === 'city' && n.place.country === here.country);
  const names = (p: Place) => [p.name, ...otherNames(p)];
  const route = routeGap(gap);
  const fromArticle = route ? [] : articlePlaces.flatMap((a) => near.filter((n) => n.place.name === a.data.name && n.distanceKm <= 2500));
  // A place that contains the answer, or that the answer contains, would also be true.
  const taken = new Set([name, ...alsoTrue].map(norm));
  const wrong: string[] = [];
  for (const { place: p } of [...fromArticle, ...sameCountry, ...near]) {
    if (wrong.length === 3) break;
    // Nor a place the gap's own words name ("satellites of France, ___, Canada").
    if (taken.has(norm(p.name)) || names(p).some((n) => findWhole(gap, n) >= 0) || (here && (p.country === here.id || here.country === p.id))) continue;
    // On a route, nor a place the article names anywhere, by any of its names.
    if (route && names(p).some((n) => findWhole(text, n) >= 0)) continue;
    taken.add(norm(p.name));
    wrong.push(pressSpelling(p.name));
  }
  return wrong;
}

function placeQuestions(f: F<'place'>, add: (q: Question, giveaway: string) => void, gazetteer: Place[], articlePlaces: F<'place'>[], text: string): void {
  const gap = cloze(f.sentence, f.data.name);
  if (!gap) return;
  // "Melbourne's premiership captain" names a club, not the city.
  if (/___['’]s\s+(?:\p{Ll}+\s+)?(?:premiership|captain|coach|club|team|squad|side|players?|fans)\b/u.test(gap)) return;
  // A town or division from the local table is not the gazetteer's namesake ("Preston" in Melbourne).
  const local = f.extractor === 'place:town' || f.extractor === 'place:area';
  const here = local ? undefined : gazetteer.find((p) => p.name === f.data.name);
  // The gap's own words name the place another way ("___ company Moderna … in the US"): no question.
  if (here && otherNames(here).some((n) => n.length > 1 && findWhole(gap, n) >= 0)) return;
  if (demonymInGap(gap, f.data.name) || acronymNamesPlace(gap, text, f.data.name)) return;
  // A continent or a sea has no three places of its kind a player could weigh against it.
  if (here && here.kind === 'region' && !here.country) return;
  // A city that speaks or objects is its government, not a place the sentence locates.
  if ((!here || here.kind === 'city') && placeSpeaks(gap)) return;
  const wrong = placeArticleCue(gap) || placeRelationUnchecked(gap) ? [] : wrongPlaces(here, f.data.name, f.data.alsoTrue, gap, gazetteer, articlePlaces, text);
  // Three options when only two wrong places are fair ones (a small country's few cities far enough apart).
  if (wrong.length >= 2) {
    const { options, answer } = placeAnswer(f.data.name, wrong, f.id);
    add({ id: `q-${f.id}-place`, type: 'choice', factId: f.id, asks: 'place', prompt: `Which place fills the gap? ${quoted(gap)}`, options, answer, difficulty: 2 }, f.data.name);
  }
  if (f.data.lat === undefined || f.data.lon === undefined) return;
  const kind = here?.kind ?? (f.extractor === 'place:area' ? 'region' : 'city');
  // A country or a region with an outline (a US state, a Canadian province) is scored by its
  // outline (a tap anywhere inside is right); the radius stays as the fallback for a map without
  // that outline.
  const area = here ? areaIdOf(here) : undefined;
  add(
    {
      id: `q-${f.id}-where`,
      type: 'where',
      factId: f.id,
      prompt: `Find the missing place on the map: ${quoted(gap)}`,
      answer: { name: f.data.name, lat: f.data.lat, lon: f.data.lon, ...(area ? { area } : {}), radiusKm: kind === 'country' ? 400 : kind === 'region' ? 300 : 30, scaleKm: 2000, ...(kind === 'city' || local ? { focus: { lat: f.data.lat, lon: f.data.lon, spanDeg: 60 } } : {}) },
      difficulty: 3,
    },
    f.data.name,
  );
}

export function questionsFor(facts: Fact[], gazetteer: Place[], context: QuestionContext = {}): Question[] {
  const out: Question[] = [];
  const prompts = new Set<string>();
  const person = (n: string) => /\s/.test(n) && !ORGANISATION.test(n) && nameable(n, gazetteer);
  const speakers = facts.flatMap((f) => (f.kind === 'quote' && person(f.data.speaker) ? [f.data.speaker] : []));
  // Other people the article names in full (two words or more), after its speakers.
  const named = context.text ? findPeople(context.text).map((m) => m.full).filter(person) : [];
  const people = [...new Set([...speakers, ...named])];
  const articlePlaces = facts.filter((f): f is F<'place'> => f.kind === 'place');
  const add = (q: Question, giveaway: string) => {
    // Never the answer in the prompt, and never one prompt with two answers.
    if (norm(q.prompt).includes(norm(giveaway)) || prompts.has(`${q.type}|${q.prompt}`)) return;
    prompts.add(`${q.type}|${q.prompt}`);
    out.push(q);
  };

  for (const f of facts) {
    if (f.review === 'rejected' || (doubtful(f) && !context.askDoubtful)) continue;
    switch (f.kind) {
      case 'quote':
        quoteQuestions(f, add, people, person);
        break;
      case 'quantity':
        figureQuestions(f, add);
        break;
      case 'date':
        dateQuestions(f, add, context.published);
        break;
      case 'place':
        placeQuestions(f, add, gazetteer, articlePlaces, context.text ?? '');
        break;
    }
  }
  return out;
}
