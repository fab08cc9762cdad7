/**
 * When the gap's own sentence gives a figure or a date away, or rules wrong options out. Each rule
 * is a class a strict teacher marked down on real articles:
 *
 * - the answer is near a figure the sentence prints ("fell from 3.7 to ___", "42 million
 *   Australian dollars (___)"), or is the sum or difference of two it prints ("94 people: 79 men
 *   and ___ women"), or a share's complement ("50.89% … against Weah's ___");
 * - the answer sits in a list the sentence counts up ("four-, five-, ___");
 * - an option lies on the wrong side of a figure the sentence compares it with ("between 60 and
 *   ___%", "in 1997 and ___", "from ___ to 20 per cent"): options keep the answer's side.
 */
import { parseQuantity } from '../core/numbers';
import { findWhole } from './cloze';

export interface Printed {
  value: number;
  percent: boolean;
  money: boolean;
}

const NUMBER = /(US\$|A\$|AU\$|NZ\$|\$|€|£|¥)?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(dozen|hundred|thousand|million|billion|trillion|bn|mn|m|k)?\b\s?(%|percent|per cent)?/gi;
const WORD_NUMBER = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?![-‑])/gi;
const SCALE: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 };

/** Figures printed in the text (a gap's sentence), with whether each is a share or money. */
export function printedFigures(text: string): Printed[] {
  const out: Printed[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const n = Number(m[2]!.replace(/,/g, '') + (m[3] ?? ''));
    const scale = m[4] ? (SCALE[m[4].toLowerCase()] ?? 1) : 1;
    // A bare lone "m" or "k" after a figure is a unit only with money ("$5m"), else a word.
    const value = m[4] && /^(?:m|k)$/i.test(m[4]) && !m[1] ? n : n * scale;
    // The first end of a range shares the second's unit: "between 60 and 100%" prints 60%.
    const rangeOfShares = !m[5] && /^\s*(?:and|to|[-–])\s*\d+(?:\.\d+)?\s?(?:%|percent|per cent)/i.test(text.slice(m.index! + m[0].length));
    out.push({ value, percent: !!m[5] || rangeOfShares, money: !!m[1] });
  }
  for (const m of text.matchAll(WORD_NUMBER)) out.push({ value: parseQuantity(m[0])!, percent: false, money: false });
  return out;
}

const near = (a: number, b: number, share: number) => Math.abs(a - b) <= share * Math.max(Math.abs(a), Math.abs(b));

/** Does the gap's sentence give the figure `value` away? `others` are the figures it prints of the same kind. */
export function figureGivenAway(gap: string, value: number, others: Printed[], percent: boolean, all: Printed[] = others): boolean {
  // "both of its pumps were sent to ___ separate incidents": the words count it already.
  if (value === 2 && /\b(?:both|pair|twin|either|neither)\b/i.test(gap)) return true;
  // A share the sentence's own amounts make: "up AU$444 million, or ___, to AU$2.2 billion" is about 25%.
  if (percent) {
    const amounts = all.filter((o) => !o.percent).map((o) => o.value);
    for (const a of amounts) for (const b of amounts) if (a < b && (near((a / b) * 100, value, 0.1) || near((a / (b - a)) * 100, value, 0.1))) return true;
  }
  // The same amount converted beside the gap: "(___)", "___ ($45 million)", "___ (RM183,600)".
  if (/[-–‑],\s*___|\(\s*___|___\s*\(\s*(?:US\$|\$|€|£|¥|₹|\d|(?:\p{Lu}{1,3}|Rs\.?)\$?\s?\d)/u.test(gap)) return true;
  if (others.some((o) => near(o.value, value, 0.15))) return true;
  if (percent && others.some((o) => o.percent && Math.abs(o.value + value - 100) <= 0.5)) return true;
  for (let i = 0; i < others.length; i++) {
    for (let j = i + 1; j < others.length; j++) {
      const [a, b] = [others[i]!.value, others[j]!.value];
      // Within 10%: "39 rescued, leaving ___ of 118" is 79 by subtraction, near enough to 76 to pick it.
      if (near(a + b, value, 0.1) || near(Math.abs(a - b), value, 0.1)) return true;
    }
  }
  return false;
}

/** "between $25,000 and ___": the sentence bounds the figure, so an estimate is no estimate. */
export const boundedGap = (gap: string) => /\bbetween\s+(?:\S+\s+){0,2}and\s+___|\bbetween\s+___\s+and\b|\bfrom\s+\S+(?:\s\S+)?\s+to\s+___|\bfrom\s+___\s+to\b/i.test(gap);

/** Keep only options on the answer's side of every figure the sentence compares it with. */
export function sameSide<T>(answer: number, others: number[], value: (x: T) => number): (x: T) => boolean {
  return (x) => others.every((o) => Math.sign(value(x) - o) === Math.sign(answer - o));
}

/** "an ___ drop" fits only "an 83 percent drop": a figure or date after "a" or "an" is cued by its sound. */
export const articleCue = (gap: string) => /\ban?\s+___/i.test(gap);
/** "in the southern ___" fits only "the Philippines": a place after "the" is cued by its grammar. */
export const placeArticleCue = (gap: string) => /\b(?:an?|the)\s+(?:\p{Ll}+\s+)?___/iu.test(gap);

/**
 * The gap's own words name the place's people or language ("the Turkish ministry summoned …
 * ambassador to ___", "Russian forces … in ___"): a capitalised word sharing the name's first
 * four letters (or all of a shorter name) and longer than it gives the answer away.
 */
export function demonymInGap(gap: string, name: string): boolean {
  const stem = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().slice(0, Math.min(4, name.length));
  if (stem.length < 4 || /\s/.test(stem)) return false;
  return [...gap.matchAll(/\p{Lu}[\p{L}]+/gu)].some(([w]) => w.length > name.length - 1 && w.toLowerCase() !== name.toLowerCase() && w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().startsWith(stem));
}

/**
 * Does an abbreviation in the gap spell the place out where the article expands it? "ISRO chairman
 * … on ___'s space programme", in an article that writes "Indian Space Research Organisation
 * (ISRO)", names India as plainly as "Indian" would.
 */
export function acronymNamesPlace(gap: string, text: string, name: string): boolean {
  for (const [acronym] of gap.matchAll(/\b\p{Lu}{2,6}\b/gu)) {
    // Capitalised words (with "of", "for"… between them) just before "(ISRO)".
    const expanded = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and|the|on)\\s+)?){1,8})\\(${acronym}\\)`, 'u').exec(text)?.[1];
    if (expanded && (findWhole(expanded, name) >= 0 || demonymInGap(expanded, name))) return true;
  }
  return false;
}

/**
 * "more than ___ hours", "up to ___ people": the sentence gives a bound, not the figure, so a wrong
 * option on the bound's open side makes a true sentence too ("more than 12 hours" is true when it
 * was more than 24), and options all on the other side would always put the answer at one end.
 */
export const comparedGap = (gap: string) => /\b(?:(?:more|fewer|less|greater|higher|lower|bigger|larger|smaller)\s+than|at\s+(?:least|most)|upwards\s+of|in\s+excess\s+of|up\s+to|no\s+(?:more|fewer|less)\s+than)\s+___/i.test(gap);

/**
 * "___ protests against …", "___ said on Monday": a city as the subject of saying or objecting is
 * its government (Ankara for Turkey's), so locating the city is not what the sentence tells, and
 * wrong cities of the same country are struck out at a glance.
 */
export const placeSpeaks = (gap: string) =>
  /(?:^|[,;:(—–]\s*|\b(?:and|but|while|as|after|when)\s+)___\s+(?:(?:has|have|had|will|would|is|was|also|again|then)\s+){0,2}(?:protest|say|said|warn|accus|condemn|den(?:y|ied|ies)|reject|demand|insist|urg|summon|respond|vow|threaten|claim|blame|announc|confirm|call|refus|deplor|slam|welcom|criticis|criticiz|object|retaliat|veto|recogni[sz]|accept|hail|dismiss|deni|express|voic|lodg|stress|reiterat)\w*/iu.test(gap);

/**
 * The sentence ties the place to something the wrong places must share for the question to be
 * fair, and the gazetteer cannot check it: a border ("Belgorod, which borders ___" wants
 * Russia's neighbours), or a venue of a sporting event ("my bronze medal in ___" wants host
 * cities). The map question stays; a choice among unchecked places is not asked.
 */
export const placeRelationUnchecked = (gap: string) => RELATION.test(aroundGap(gap, 6, 4));

/** The gap with up to `before` words before it and `after` words after it. */
function aroundGap(gap: string, before: number, after: number): string {
  const at = gap.indexOf('___');
  if (at < 0) return gap;
  const head = gap.slice(0, at).split(/\s+/).slice(-before - 1).join(' ');
  const tail = gap.slice(at + 3).split(/\s+/).slice(0, after + 1).join(' ');
  return `${head}___${tail}`;
}

const RELATION =
  /\bborder(?:s|ed|ing)?\b|\bneighbou?r(?:s|ing)\b|\badjacent\s+to\b|\bmedals?\b|\bOlympi|\bParalympi|\bGames\b|\bWorld\s+Cup\b|\bChampionships?\b|\bhost(?:s|ed|ing)?\b|\b(?:won|win|wins|winning|took|claimed?)\s+(?:the\s+)?(?:gold|silver|bronze)\b/;

/**
 * "flew from ___", "the route via ___": the article's other places are likely other stops of the
 * same journey ("the Calcutta-Guwahati-Pasighat route"), so none of them is offered as wrong.
 */
export const routeGap = (gap: string) => /\b(?:from|via|to|towards?|into)\s+___/i.test(gap);
