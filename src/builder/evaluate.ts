/**
 * Scoring the builder against hand-annotated gold facts: precision, recall and F1 per fact kind.
 * A quote counts when its speaker is right and its words overlap the gold quote; a figure or a
 * date when its value is the gold value; a place when it names the gold place (a town's qualifier,
 * "(Victoria)" or ", Georgia", left aside).
 */
import type { Fact } from '../core/bank/schema';
import type { FactKind } from '../core/bank/constants';

export type GoldFact =
  | { kind: 'quote'; speaker: string; quote: string }
  | { kind: 'quantity'; value: number; text?: string }
  | { kind: 'date'; value: string; text?: string }
  | { kind: 'place'; name: string; text?: string };

export interface KindScore {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Share of the shorter quote's words that the other contains, in order-free bag terms. */
function overlap(a: string, b: string): number {
  const wa = norm(a).split(' ').filter(Boolean);
  const wb = new Set(norm(b).split(' ').filter(Boolean));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.length, wb.size);
}

export function matches(fact: Fact, gold: GoldFact): boolean {
  if (fact.kind !== gold.kind) return false;
  switch (gold.kind) {
    case 'quote':
      return fact.kind === 'quote' && norm(fact.data.speaker) === norm(gold.speaker) && overlap(fact.data.quote, gold.quote) >= 0.5;
    case 'quantity':
      return fact.kind === 'quantity' && fact.data.value === gold.value;
    case 'date':
      return fact.kind === 'date' && fact.data.value === gold.value;
    case 'place': {
      if (fact.kind !== 'place') return false;
      // "Georgia (country)" in gold names the country Georgia; "Washington (D.C.)" is "Washington D.C.".
      // "Kharkiv" is "Kharkiv Oblast", "New York" is "New York City": the same place, named at its size.
      const plain = (s: string) => norm(s).replace(/ (?:oblast|region|province|state|city|county)$/, '');
      const name = plain(fact.data.name);
      // A town qualified by its state, either way: "Reservoir (Victoria)", "Savannah, Georgia".
      return name === plain(gold.name.replace(/\s*\(.*\)$/, '').replace(/,\s.*$/, '')) || name === plain(gold.name.replace(/[()]/g, ' '));
    }
  }
}

/** Counts for one article, per kind: each gold fact can be matched once. */
export function scoreArticle(found: Fact[], gold: GoldFact[]): Record<FactKind, { gold: number; found: number; matched: number }> {
  const out = {} as Record<FactKind, { gold: number; found: number; matched: number }>;
  for (const kind of ['quote', 'quantity', 'date', 'place'] as const) {
    const f = found.filter((x) => x.kind === kind);
    const g = gold.filter((x) => x.kind === kind);
    const used = new Set<number>();
    let matched = 0;
    let parts = 0;
    for (const fact of f) {
      const i = g.findIndex((gf, j) => !used.has(j) && matches(fact, gf));
      if (i >= 0) {
        used.add(i);
        matched++;
      } else if (kind === 'quote' && g.some((gf, j) => used.has(j) && matches(fact, gf))) {
        // One quote that runs over two paragraphs may be one gold fact and two found ones: the
        // second is part of a fact already found, neither a new one nor a false one.
        parts++;
      }
    }
    out[kind] = { gold: g.length, found: f.length - parts, matched };
  }
  return out;
}

export function summarizeScores(perArticle: Record<FactKind, { gold: number; found: number; matched: number }>[]): Record<FactKind, KindScore> {
  const out = {} as Record<FactKind, KindScore>;
  for (const kind of ['quote', 'quantity', 'date', 'place'] as const) {
    const gold = perArticle.reduce((s, a) => s + a[kind].gold, 0);
    const found = perArticle.reduce((s, a) => s + a[kind].found, 0);
    const matched = perArticle.reduce((s, a) => s + a[kind].matched, 0);
    const precision = found === 0 ? 0 : matched / found;
    const recall = gold === 0 ? 0 : matched / gold;
    out[kind] = { gold, found, matched, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  }
  return out;
}
