/**
 * Wrong answers for ordered options (figures and dates). A player who never read the article must
 * not be able to find the right answer by its rank among the options: if the right figure were
 * always the second-smallest, "always take the second-lowest" would score 100%. So the rank of the
 * right answer is drawn uniformly from the ranks the values allow, from a hash of the fact (banks
 * stay byte-identical), and the wrong values are taken below and above it to fill that rank.
 */
import { createRng } from '../core/rng';

/** The rank (0 = smallest of four) the right answer takes, uniform over the feasible ranks. */
export function pickRank(seed: string, below: number, above: number): number | null {
  const feasible = [0, 1, 2, 3].filter((r) => below >= r && above >= 3 - r);
  if (feasible.length === 0) return null;
  return feasible[createRng(`rank|${seed}`).int(feasible.length)]!;
}

/**
 * Four ascending values with the right one at a uniformly drawn rank, or null when there are not
 * enough distinct wrong values. `below` and `above` are candidates nearest-first; duplicates and the
 * right value itself are dropped by `same`.
 */
export function orderedOptions<T>(seed: string, right: T, below: T[], above: T[], same: (a: T, b: T) => boolean): { values: T[]; answer: number } | null {
  const distinct = (xs: T[]) => xs.filter((x, i) => !same(x, right) && xs.findIndex((y) => same(x, y)) === i);
  const lo = distinct(below);
  const hi = distinct(above).filter((x) => !lo.some((y) => same(x, y)));
  const rank = pickRank(seed, lo.length, hi.length);
  if (rank === null) return null;
  const values = [...lo.slice(0, rank).reverse(), right, ...hi.slice(0, 3 - rank)];
  return { values, answer: rank };
}

/** Significant digits of a figure as written: 13,000 has 2; 1.5 has 2; 33 has 2; 70 has 1. */
export function significantDigits(shown: string): number {
  const digits = shown.replace(/[^\d.]/g, '');
  const [whole = '', frac = ''] = digits.split('.');
  if (frac) return (whole.replace(/^0+/, '') + frac).replace(/^0+/, '').length || 1;
  return whole.replace(/^0+/, '').replace(/0+$/, '').length || 1;
}

/** `v` rounded to `sig` significant digits, and to at most `decimals` places (the written look). */
export function roundTo(v: number, sig: number, decimals: number): number {
  if (v <= 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(v)) + 1 - sig);
  return Number((Math.round(v / p) * p).toFixed(decimals));
}

/**
 * Wrong figures rounded as the right one is, so none stands out by its last digit: beside a round
 * "70" percent, 60 and 80 rather than 62 and 78; beside "15" million, 10 and 20 rather than 11 and
 * 19 (the one multiple of five among four would be the answer); beside "563.4", 592.1 rather than
 * 592.0 (a lone ".0" reads as made up). The unit is the place of the last digit the article wrote.
 */
function roundedLike(shown: number, written: string, decimals: number): (x: number, k: number) => number {
  const sig = significantDigits(written);
  // The place of the last significant digit, at each value's own size: 800 beside "1,000" is 800.
  const unitOf = (x: number) => Math.max(Math.pow(10, -decimals), Math.pow(10, Math.floor(Math.log10(x)) + 1 - sig));
  const last = Math.round(shown / unitOf(shown)) % 10;
  return (x, k) => {
    if (!(x > 0)) return x;
    const unit = unitOf(x);
    let n = Math.round(x / unit);
    // A one-digit figure ("500", "70") keeps one digit: its fives are no rounding of their own.
    if (sig < 2) return Number((n * unit).toFixed(decimals));
    if (last === 5 && k % 2 === 0) {
      // Every other one ends in five as the answer does (25 beside 15 and 35, not only 20, 30, 40).
      n = Math.round((n - 5) / 10) * 10 + 5;
      if (Math.abs(n * unit - shown) < unit / 2) n += x < shown ? -10 : 10;
    } else if (last === 5) n = Math.round(n / 5) * 5;
    else if (last === 0) n = Math.round(n / 10) * 10;
    // Only decimals: a round whole wrong figure (120 beside 57) marks itself, not the answer.
    else if (decimals > 0 && n % 10 === 0) n += 1;
    return Number((n * unit).toFixed(decimals));
  };
}

/** Steps that durations are counted in, largest first. */
const NATURAL_STEPS: Record<string, number[]> = { hours: [12, 6], minutes: [15, 10, 5], months: [6, 3], days: [7], seconds: [15, 10, 5] };

/**
 * Plausible wrong figures for `shown` (the number as printed, before any scale word): the same
 * scale and rounding as the real one, nearest first on each side. Small counts step by one
 * ("3 people killed": 1, 2, 4, 5). Larger ones use ratios jittered per fact: fixed ratios (x0.5,
 * x2, x3) would make the right answer the one the others are multiples of.
 */
export function figureNeighbours(seed: string, shown: number, written: string, opts: { max?: number; percent?: boolean; unit?: string } = {}): { below: number[]; above: number[] } {
  const decimals = (written.split('.')[1] ?? '').replace(/\D/g, '').length;
  const sig = significantDigits(written);
  const max = opts.max ?? Infinity;
  let below: number[];
  let above: number[];
  const step = NATURAL_STEPS[opts.unit ?? '']?.find((s) => decimals === 0 && shown % s === 0 && shown >= s);
  if (step) {
    // Durations come in their own units: "24 hours" beside 12, 36 and 48, not 20, 29 and 40.
    below = [1, 2, 3, 4].map((k) => shown - k * step);
    above = [1, 2, 3, 4].map((k) => shown + k * step);
  } else if (opts.percent && shown >= 10) {
    // Shares move by points, not ratios: 67.0% beside 29.5% is no plausible month-on-month fall.
    const step = Math.max(Math.pow(10, -decimals), roundTo(shown * 0.12, 1, decimals));
    const look = roundedLike(shown, written, decimals);
    below = [1, 2, 3, 4].map((k) => look(shown - k * step, k - 1));
    above = [1, 2, 3, 4].map((k) => look(shown + k * step, k - 1));
  } else if (decimals === 1 && Number.isInteger(shown * 2) && shown <= 12) {
    // Halves stay halves: 1.5 hours beside 0.7 and 0.9 would stand out.
    below = [0.5, 1, 1.5, 2].map((k) => shown - k);
    above = [0.5, 1, 1.5, 2].map((k) => shown + k);
  } else if (decimals === 0 && Number.isInteger(shown) && shown <= 12 && (shown < 5 || shown % 5 !== 0)) {
    // Small counts step by one; a round 5 or 10 among 11, 12, 13 would stand out, so those take ratios.
    below = [shown - 1, shown - 2, shown - 3, shown - 4];
    above = [shown + 1, shown + 2, shown + 3, shown + 4];
  } else {
    const rng = createRng(`figures|${seed}`);
    const jitter = (k: number) => k * (0.93 + rng.next() * 0.14);
    // A figure with one significant digit (70, 3,000) keeps that look: 50, 40 rather than 52.5.
    const r = (k: number) => roundTo(shown * jitter(k), sig === 1 ? 1 : Math.max(sig, 2), decimals);
    const look = roundedLike(shown, written, decimals);
    below = [0.8, 0.6, 0.45, 0.3].map((k, i) => look(r(k), i));
    above = [1.25, 1.6, 2, 2.6].map((k, i) => look(r(k), i));
  }
  // A figure printed with decimals keeps its number of whole digits: "1,048.0 million" beside
  // "506.6 million" stands out by its comma.
  const digits = (x: number) => String(Math.floor(x)).length;
  const looksAlike = (x: number) => decimals === 0 || digits(x) === digits(shown);
  // Nearest first on each side, as orderedOptions takes them (rounding can reorder them).
  return {
    below: below.filter((x) => x > 0 && x < shown && looksAlike(x)).sort((a, b) => b - a),
    above: above.filter((x) => x > shown && x <= max && looksAlike(x)).sort((a, b) => a - b),
  };
}
