/**
 * People in an article: where each person is named, the name without its title, and how a later
 * "Ruiz", "the minister" or "she" maps back to a full name. Quote attribution needs this because
 * articles name someone in full once ("Finance Minister Ana Ruiz") and then by surname, title or
 * pronoun, while a quiz answer must always be the full name.
 *
 * compromise finds most people; a capitalised run also counts as a person when a title leads it
 * ("Chinese President Xi Jinping", which compromise misses) or a reporting verb sits beside it
 * ("Okafor said"), because invented or foreign names are often unknown to its lexicon.
 */
import nlp from 'compromise';
import { parseText } from './parse';

export type Gender = 'male' | 'female' | 'unknown';

export interface PersonMention {
  /** Offsets of the name itself, without title or possessive. */
  start: number;
  end: number;
  /** As written: "Vladimir Putin", "Putin". */
  name: string;
  /** The fullest name this mention stands for: "Putin" -> "Vladimir Putin". */
  full: string;
  /** What the article calls them here: "Russian President", "the finance minister". */
  title?: string;
  gender: Gender;
}

/** Spoken forms that may stand before a reporting verb; shared with the quote rules. */
export const REPORTING_VERBS =
  'said|says|told|tells|added|adds|stated|states|claimed|claims|wrote|writes|reported|reports|warned|warns|asked|asks|explained|explains|insisted|insists|noted|notes|argued|argues|pledged|pledges|declared|declares|announced|announces|replied|replies|recalled|continued|conceded|acknowledged|admitted|vowed|promised|urged|posted|tweeted|commented|remarked|responded|stressed|emphasized|emphasised|observed|cautioned|exclaimed|shouted|joked|predicted|suggested';

/** Words that make a capitalised run a title, not a name; the name is what follows the last one. */
const TITLE_WORDS = new Set(
  ('president vice prime minister secretary chancellor premier senator sen. representative rep. congressman congresswoman ' +
    'governor gov. mayor king queen prince princess emperor pope sheikh emir sultan ayatollah chairman chairwoman chair chief ' +
    'director ceo spokesman spokeswoman spokesperson general gen. admiral colonel col. lt. sgt. captain commander judge justice ' +
    'ambassador commissioner envoy leader dr. mr. mrs. ms. miss prof. professor coach officer deputy foreign finance defense ' +
    'defence interior health education trade economy state treasury affairs home environment energy agriculture transport ' +
    'labor labour culture executive attorney speaker house journalist reporter editor analyst anchor correspondent ' +
    'lawyer economist founder treasurer councillor councilor councilman councilwoman alderman inspector detective constable superintendent sergeant sheriff commissioner ' +
    // Job titles written before a name as if part of it ("Jail Administrator T.J. Girdner").
    'administrator manager supervisor coordinator firefighter principal headteacher curator').split(' '),
);
/** Lower-case roles written before a name ("journalist Alexander Yunashev"), kept as the title. */
export const ROLE_WORDS =
  'president|minister|leader|journalist|reporter|spokesman|spokeswoman|spokesperson|official|analyst|secretary|chancellor|senator|governor|mayor|ambassador|envoy|general|commander|chief|director|chairman|chairwoman|lawyer|judge|economist|editor|correspondent|founder|ceo|prosecutor|adviser|advisor|diplomat|premier|king|queen|coach|captain|officer|aide|activist|expert|professor|author|writer|administrator|manager|supervisor|coordinator|firefighter|paramedic|principal|headteacher|curator|resident';
const MALE_HONORIFICS = new Set(['mr.', 'king', 'prince', 'emperor', 'sultan', 'sheikh', 'pope', 'chairman', 'spokesman', 'congressman']);
const FEMALE_HONORIFICS = new Set(['mrs.', 'ms.', 'miss', 'queen', 'princess', 'chairwoman', 'spokeswoman', 'congresswoman']);
/** Capitalised only because they open a sentence, or never part of a name. */
const STOP_WORDS = new Set(
  ('the a an but and or then yet so also meanwhile however in on at for with after before during despite while when although ' +
    'though as since if later earlier today yesterday tomorrow now still asked speaking interestingly instead last this that ' +
    'these those his her their its our my your there here it we i you they he she dear according nobody everyone everybody ' +
    'someone somebody anyone anybody none many some most few others all both each').split(' '),
);
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'del', 'la', 'le', 'bin', 'ibn', 'al']);
const ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gen.', 'gov.', 'lt.', 'col.', 'sgt.', 'prof.', 'st.', 'jr.', 'sr.']);
/** Words that make a capitalised run an organisation or a place, not a person ("Met Office", "Electoral Commission"). */
export const ORGANISATION = /\b(?:Commission|Ministry|Office|Station|Project|Times|Post|News|Department|Agency|Council|Committee|Party|University|Company|Corporation|Group|Bank|Service|Authority|Board|Court|Police|Forces?|Army|Square|Street|Road|District|County|Hospital|School|Club|Association|Union|Institute|Centre|Center|Foundation|Organi[sz]ation|Alliance|Today|Book|Award|Prize|Inc|Ltd|Airways|Airlines|Exchange|Rescue|Security|Brigade|Trust|Society|Federation|Coalition|Network)\b|^(?:St|Saint)\b/;

/** Link lines between paragraphs name other articles' people, in headline case that confuses names. */
export const LINK_LINE = /^\s*(?:also read|read also|read more|see also|related|watch|listen)\s*:/i;
const PRONOUNS = /^(?:he|she|they)$/i;

interface Token { text: string; start: number; end: number; cap: boolean; breakAfter: boolean }

function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\d](?:[\p{L}\p{M}\d'’-]|\.(?=\p{L}))*\.?/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let word = m[0];
    let breakAfter = false;
    // "Putin." ends a sentence; "Mr." and "U.S." do not.
    if (word.endsWith('.') && !ABBREVIATIONS.has(word.toLowerCase()) && !/^(?:\p{Lu}\.)+$/u.test(word)) {
      word = word.slice(0, -1);
      breakAfter = true;
    }
    // "Kim Jong Un's aides": the possessive closes the name.
    if (/['’]s$/.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      breakAfter = true;
    }
    out.push({ text: word, start: m.index, end: m.index + word.length, cap: /^\p{Lu}/u.test(word), breakAfter });
  }
  return out;
}

const isTitle = (t: Token) => TITLE_WORDS.has(t.text.toLowerCase());
const isAllCaps = (t: Token) => /^[\p{Lu}\d-]{2,}$/u.test(t.text);

/** Runs of capitalised words joined by single spaces (and name particles), stop words dropped. */
function capitalRuns(text: string, from: number, to: number): Token[][] {
  const tokens = tokenize(text, from, to);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && STOP_WORDS.has(run[0]!.text.toLowerCase())) run.shift();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((t, i) => {
    const prev = run[run.length - 1];
    const joined = prev !== undefined && /^[ \t]$/.test(text.slice(prev.end, t.start)) && !prev.breakAfter;
    if (!joined) flush();
    const next = tokens[i + 1];
    const nextCap = next !== undefined && next.cap && /^[ \t]$/.test(text.slice(t.end, next.start));
    if (t.cap && !CALENDAR.test(t.text)) run.push(t);
    else if (run.length && nextCap && (PARTICLES.has(t.text) || (t.text === 'of' && isTitle(run[run.length - 1]!)))) run.push(t);
    else flush();
    if (t.breakAfter) flush();
  });
  flush();
  return runs;
}

interface ParsedName { name: string; start: number; end: number; title?: string }

/** Splits a run into title and name: "Russian President Vladimir Putin" -> "Vladimir Putin". */
function splitRun(text: string, run: Token[]): ParsedName | null {
  let first = 0;
  run.forEach((t, i) => {
    if (isTitle(t) || (t.text === 'of' && i > 0)) first = i + 1;
  });
  // "Edmund King", "Anna Judge": a title word after a given name is a surname ("Russian President" is not).
  const given = run[run.length - 2];
  if (first === run.length && given && !isTitle(given) && isFirstName(given.text)) {
    first = run.slice(0, -2).reduce((at, t, i) => (isTitle(t) || (t.text === 'of' && i > 0) ? i + 1 : at), 0);
  }
  const nameTokens = run.slice(first).filter((t) => t.cap || PARTICLES.has(t.text));
  const head = nameTokens[0];
  const tail = nameTokens[nameTokens.length - 1];
  if (!head || !tail || nameTokens.every(isAllCaps)) return null;
  const titleTokens = run.slice(0, first);
  const title = titleTokens.length ? text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end) : undefined;
  return { name: text.slice(head.start, tail.end), start: head.start, end: tail.end, ...(title ? { title } : {}) };
}

/** Name of a speaker phrase as the quote rules capture it: "former U.S. President Donald Trump". */
export function parseNamePhrase(phrase: string): ParsedName | null {
  const runs = capitalRuns(phrase, 0, phrase.length);
  const last = runs[runs.length - 1];
  return last ? splitRun(phrase, last) : null;
}

export const isPronoun = (word: string) => PRONOUNS.test(word.trim());

const NOT_A_NAME = /^(?:Plural|Place|Actor|Verb|Adjective|Organization|Pronoun|Adverb|Determiner|Preposition|Conjunction)$/;
/** "Police said", "Analysts said", "Moscow said": a capitalised word beside a verb that is no one's name. */
// One lookup per word and name: the same words recur across an article, and a parse is costly.
const commonWords = new Map<string, boolean>();
const genders = new Map<string, Gender>();

export function isCommonWord(word: string): boolean {
  const key = word.toLowerCase();
  let known = commonWords.get(key);
  if (known === undefined) {
    const terms = (nlp(key).json()[0] as { terms?: { tags?: string[] }[] } | undefined)?.terms ?? [];
    known = terms.length === 1 && (terms[0]?.tags ?? []).some((t) => NOT_A_NAME.test(t));
    commonWords.set(key, known);
  }
  return known;
}

const firstNames = new Map<string, boolean>();
function isFirstName(word: string): boolean {
  let known = firstNames.get(word);
  if (known === undefined) firstNames.set(word, (known = nlp(word).has('#FirstName')));
  return known;
}

function genderOf(name: string, title: string | undefined): Gender {
  const words = (title ?? '').toLowerCase().split(/\s+/);
  if (words.some((w) => MALE_HONORIFICS.has(w))) return 'male';
  if (words.some((w) => FEMALE_HONORIFICS.has(w))) return 'female';
  // compromise guesses from the first name, which is only the given name in a two-word Western-order
  // name; for "Kim Jong Un" it reads "Kim" as a woman's name, so longer names stay unknown.
  if (name.split(' ').length !== 2) return 'unknown';
  let gender = genders.get(name);
  if (gender === undefined) {
    const guess = (nlp(name).people().json()[0] as { person?: { presumed_gender?: string } } | undefined)?.person?.presumed_gender;
    gender = guess === 'male' || guess === 'female' ? guess : 'unknown';
    genders.set(name, gender);
  }
  return gender;
}

function surnameMatches(short: string, full: string): boolean {
  const words = full.split(' ');
  // Western names end with the surname; Korean and Chinese ones ("Kim Jong Un", "Xi Jinping") begin with it.
  return words.length > 1 && (words[words.length - 1] === short || words[0] === short);
}

/** Every person named in the article, in order, each with the full name it stands for. */
export function findPeople(text: string): PersonMention[] {
  const found = new Map<number, PersonMention>();
  const people = parseText(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  const spans = people.map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
  const beside = new RegExp(`^(?:,\\s[^,"“”\\n]{2,80},)?\\s+(?:also\\s+|later\\s+)?(?:${REPORTING_VERBS})\\b`);
  const after = new RegExp(`[,”"]\\s*(?:${REPORTING_VERBS})\\s+$`);
  const role = new RegExp(`((?:\\p{Lu}[\\p{L}.]*\\s+)*(?:former\\s+|then\\s+)?(?:${ROLE_WORDS}))\\s+$`, 'u');
  const apposition = new RegExp(`^,\\s+((?:the|a|an)\\s+(?:[\\p{L}.-]+\\s+){0,4}?(?:${ROLE_WORDS}))\\b`, 'u');
  // "firefighter Steve Strauss", "the state's chief minister, Pema Khandu": a role names a person.
  const roleBefore = new RegExp(`\\b(?:${ROLE_WORDS}),?\\s+$`);
  const roleAfter = new RegExp(`^,\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}?(?:${ROLE_WORDS})\\b`, 'u');
  const later: ParsedName[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length;
    if (!LINK_LINE.test(line)) {
      for (const run of capitalRuns(text, offset, lineEnd)) {
        const from = run[0]!.start;
        const to = run[run.length - 1]!.end;
        const parsed = splitRun(text, run);
        // "the Labor Party", "the Environment Agency", "Rosetta Project" speak through people, not as people.
        if (!parsed || ORGANISATION.test(text.slice(from, to))) continue;
        const byLibrary = spans.some((s) => s.start < to && s.end > from);
        const titled = run.some((t, i) => isTitle(t) && run.slice(i + 1).some((n) => n.cap && !isTitle(n)));
        const speaking =
          beside.test(text.slice(to, to + 120)) || after.test(text.slice(Math.max(offset, from - 20), from)) ||
          roleBefore.test(text.slice(Math.max(offset, from - 40), from)) ||
          roleAfter.test(text.slice(to, to + 60));
        const commonWord = speaking && !byLibrary && !titled && !parsed.name.includes(' ') && isCommonWord(parsed.name);
        if ((!byLibrary && !titled && !speaking) || commonWord) {
          later.push(parsed);
          continue;
        }
        const lower = role.exec(text.slice(Math.max(offset, from - 60), from))?.[1];
        const appos = apposition.exec(text.slice(parsed.end, parsed.end + 80))?.[1];
        const title = [lower, parsed.title].filter(Boolean).join(' ') || appos;
        found.set(parsed.start, { start: parsed.start, end: parsed.end, name: parsed.name, full: parsed.name, gender: 'unknown', ...(title ? { title } : {}) });
      }
    }
    offset = lineEnd + 1;
  }
  // A lone word that is the surname of someone named in full is that person too ("Berg, addressing...").
  const fullNames = [...found.values()].map((m) => m.name).filter((n) => n.includes(' '));
  for (const p of later) {
    if (!p.name.includes(' ') && fullNames.some((n) => surnameMatches(p.name, n))) {
      found.set(p.start, { start: p.start, end: p.end, name: p.name, full: p.name, gender: 'unknown' });
    }
  }
  const mentions = [...found.values()].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (m.name.includes(' ')) continue;
    const fuller = fullNamesFor(m.name, m.start, mentions);
    if (fuller[0]) m.full = fuller[0];
  }
  const genders = new Map<string, Gender>();
  for (const m of mentions) {
    const known = genders.get(m.full);
    if (known === undefined || known === 'unknown') genders.set(m.full, genderOf(m.full, m.title));
  }
  for (const m of mentions) m.gender = genders.get(m.full) ?? 'unknown';
  return mentions;
}

/** Full names a lone surname may stand for, most likely first: the latest before `at`, then later ones. */
export function fullNamesFor(short: string, at: number, mentions: PersonMention[]): string[] {
  const before = mentions.filter((m) => m.start < at && surnameMatches(short, m.name)).reverse();
  const later = mentions.filter((m) => m.start >= at && surnameMatches(short, m.name));
  return [...new Set([...before, ...later].map((m) => m.name))];
}
