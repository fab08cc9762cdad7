/**
 * Fill-in-the-gap prompts. A gap in the article's own sentence always names what is asked ("an
 * estimated ___ North Korean troops have been deployed"), where a made-up question ("how many
 * people?") often does not: news quizzes are mostly written this way for that reason.
 */

/** Where `words` stands in `sentence` as whole words (not inside "1,300" or "Mondays"), or -1. */
export function findWhole(sentence: string, words: string, from = 0): number {
  for (let at = sentence.indexOf(words, from); at >= 0; at = sentence.indexOf(words, at + 1)) {
    const before = sentence.charAt(at - 1);
    const after = sentence.charAt(at + words.length);
    const digitGlue = /\d/.test(words.charAt(0)) && /[\d.,]/.test(before) && /\d/.test(sentence.charAt(at - 2));
    if (!/[\p{L}\p{N}]/u.test(before) && !digitGlue && !/[\p{L}\p{N}]/u.test(after) && !(/[.,]/.test(after) && /\d/.test(sentence.charAt(at + words.length + 1)))) return at;
  }
  return -1;
}

/** The number of whole-word places `words` stands in `sentence`. */
export function countWhole(sentence: string, words: string): number {
  let n = 0;
  for (let at = findWhole(sentence, words); at >= 0; at = findWhole(sentence, words, at + 1)) n++;
  return n;
}

/**
 * Is this a sentence a gap can be read in? Not a headline or subheading (no closing stop), not a
 * dateline ("Canberra, Oct 19 Australia's…", "SYDNEY (AP) -"), not two sentences run together for
 * a missing stop ("…per share The stock rose…"), not one that starts or ends inside a quotation,
 * and not "in Johannesburg." split off its clause.
 */
export function readableSentence(sentence: string): boolean {
  const s = sentence.trim();
  if (s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 5) return false;
  if (!/[.!?]["”’')]*$/.test(s)) return false;
  if (/^\p{Lu}[\p{L} ]+,\s+\p{Lu}\p{L}{2}\.?\s+\d{1,2}\b|^\p{Lu}{3,}[\p{Lu} ]*(?:\([^)]*\))?\s*[-–—]/u.test(s)) return false;
  if (/\b\p{Ll}{2,} (?:The|It|He|She|They|We|This|These|Those|Its|His|Her|Their)\s\p{Ll}/u.test(s)) return false;
  if (!/^["“‘']?\p{Lu}|^["“]?\d/u.test(s)) return false; // not mid-quote, not "(JSE), the operator…"
  const straight = (s.match(/"/g) ?? []).length;
  const curly = (s.match(/“/g) ?? []).length - (s.match(/”/g) ?? []).length;
  return straight % 2 === 0 && curly === 0;
}

/**
 * A quotation that runs on into the next sentence opens in this one and closes there ("“What
 * happened on November 12 is special. It is…”"): its lone opening mark is dropped, and a lone
 * closing mark likewise, so the sentence reads whole. A mark inside the sentence stays.
 */
export function withoutOpenQuote(sentence: string): string {
  const s = sentence.trim();
  const curly = (s.match(/“/g) ?? []).length - (s.match(/”/g) ?? []).length;
  const straight = (s.match(/"/g) ?? []).length % 2;
  if (curly === 1 && s.startsWith('“')) return s.slice(1);
  if (curly === -1 && s.endsWith('”')) return s.slice(0, -1);
  if (straight === 1 && s.startsWith('"')) return s.slice(1);
  if (straight === 1 && s.endsWith('"')) return s.slice(0, -1);
  return s;
}

/** Words a cut should not end on: they promise more of the sentence than the cut gives. */
const FUNCTION_WORD = /^(?:a|an|the|that|this|these|those|there|was|were|is|are|be|been|of|to|in|on|at|by|for|from|with|as|and|or|but|which|who|whose|its|his|her|their|it|he|she|they|said|saying)$/i;

/**
 * The sentence with `words` blanked, cut at word boundaries to about `max` characters around the
 * gap; null when `words` is not in the sentence exactly once (a second copy would give it away)
 * or the sentence cannot be read as a gap (readableSentence).
 */
export function cloze(whole: string, words: string, max = 240): string | null {
  const sentence = withoutOpenQuote(whole);
  if (countWhole(sentence, words) !== 1 || !readableSentence(sentence)) return null;
  const at = findWhole(sentence, words);
  const text = (sentence.slice(0, at) + '___' + sentence.slice(at + words.length)).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const gap = text.indexOf('___');
  let from = Math.max(0, Math.min(gap - Math.floor(max / 2), text.length - max));
  let to = Math.min(text.length, from + max);
  if (from > 0) from = text.indexOf(' ', from) + 1;
  if (to < text.length) to = text.lastIndexOf(' ', to);
  // A cut of a few words at the start drops the subject ("Levels of … reached ___" would read as
  // if the particles reached it): keep the start, and cut only at the end instead.
  if (from > 0 && from <= 40 && text.lastIndexOf(' ', max) > gap + 3) {
    from = 0;
    to = text.lastIndexOf(' ', max);
  }
  // The end is cut where a clause ends after the gap, or else after a word that carries meaning:
  // "…with officials saying that there was a…" reads as broken, "…on Saturday…" does not.
  if (to < text.length) {
    const clause = Math.max(text.lastIndexOf(', ', to), text.lastIndexOf(' — ', to), text.lastIndexOf('; ', to));
    if (clause > gap + 3) to = clause;
    else while (to > gap + 3 && FUNCTION_WORD.test(text.slice(text.lastIndexOf(' ', to - 1) + 1, to))) to = text.lastIndexOf(' ', to - 1);
  }
  const cut = text.slice(from, to).trim();
  // A cut that opens or closes a quotation half-way leaves a stray mark: no gap then.
  if ((cut.match(/"/g) ?? []).length % 2 !== 0 || (cut.match(/“/g) ?? []).length !== (cut.match(/”/g) ?? []).length) return null;
  return `${from > 0 ? '…' : ''}${cut}${to < text.length ? '…' : ''}`;
}

const CURRENCY = /^(US\$|A\$|NZ\$|C\$|R|\$|€|£|¥)\s?/;
const SCALE_WORDS: Record<string, [string, number]> = {
  dozen: ['dozen', 12], hundred: ['hundred', 100], thousand: ['thousand', 1e3], million: ['million', 1e6], billion: ['billion', 1e9], trillion: ['trillion', 1e12],
  k: ['thousand', 1e3], m: ['million', 1e6], mn: ['million', 1e6], b: ['billion', 1e9], bn: ['billion', 1e9],
};
const PERCENT = /^\s?(%|percent|per cent)$/i;
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** How a figure is written, so wrong figures can be written the same way ("$1.5 billion", "70%", "five"). */
export interface FigureStyle {
  /** The number as printed, without currency or scale ("1.5", "13,000", "five"). */
  written: string;
  /** The printed number's value (1.5 for "$1.5 billion"). */
  shown: number;
  format: (shown: number) => string;
  percent: boolean;
  /** What one printed unit is worth (1e9 for "billion"). */
  scale: number;
}

/** The style of a figure's words, or null for what cannot be written again the same way ("half a dozen", "80th"). */
export function figureStyle(text: string): FigureStyle | null {
  const t = text.trim();
  const words = SMALL.indexOf(t.toLowerCase());
  if (words >= 1) {
    const upper = /^\p{Lu}/u.test(t);
    return { written: t, shown: words, scale: 1, percent: false, format: (n) => (Number.isInteger(n) && n >= 1 && n <= 20 ? (upper ? SMALL[n]!.charAt(0).toUpperCase() + SMALL[n]!.slice(1) : SMALL[n]!) : n.toLocaleString('en-US')) };
  }
  const m = /^(.*?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:dozen|hundred|thousand|million|billion|trillion|bn|mn|k|m|b)\b)?(\s?(?:%|percent|per cent))?$/i.exec(t);
  if (!m) return null;
  const [, prefixRaw = '', whole = '', frac = '', scaleRaw = '', percentRaw = ''] = m;
  const prefix = CURRENCY.exec(prefixRaw)?.[0] ?? (prefixRaw === '' ? '' : null);
  if (prefix === null || (prefix !== '' && prefix !== prefixRaw)) return null;
  if (percentRaw && !PERCENT.test(percentRaw)) return null;
  const scaleKey = scaleRaw.trim().toLowerCase();
  const scale = scaleKey ? SCALE_WORDS[scaleKey] : undefined;
  if (scaleKey && !scale) return null;
  const decimals = frac ? frac.length - 1 : 0;
  const grouped = whole.includes(',') || Number(whole) >= 10000;
  const scaleText = scale ? ` ${scale[0]}` : '';
  const percentText = percentRaw ? (percentRaw.trim() === '%' ? '%' : ` ${percentRaw.trim()}`) : '';
  return {
    written: whole + frac,
    shown: Number(whole.replace(/,/g, '') + frac),
    scale: scale ? scale[1] : 1,
    percent: !!percentRaw,
    // Same decimals as printed ("3.50" beside "4.60"), so no option stands out by its length.
    format: (n) => `${prefix}${n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped || n >= 1000 })}${scaleText}${percentText}`,
  };
}
