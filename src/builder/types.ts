/**
 * The builder's shared shapes: article text in, candidate facts out. Pure data, so the builder
 * runs the same in Node (the CLI) and in the browser (the review page).
 */
import type { Fact } from '../core/bank/schema';
import type { FactKind } from '../core/bank/constants';

/** A sentence of the article, by character offsets into the whole text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** What a fact of each kind carries (the bank schema's `data`). */
export type FactData<K extends FactKind> = Extract<Fact, { kind: K }>['data'];

/** A fact an extractor found, before review. */
export interface Candidate<K extends FactKind = FactKind> {
  kind: K;
  /** The sentence it sits in (for a quote over several sentences: the first). */
  sentence: Sentence;
  /** Where the fact's own words are in the article (the quote, the figure, the date, the place). */
  match: { start: number; end: number };
  data: FactData<K>;
  /** Which rule or library found it, e.g. "quote:said-after". */
  extractor: string;
  /** 0 to 1. */
  confidence: number;
  /** Why a person should look at it: "pronoun speaker", "ambiguous place", ... */
  reasons: string[];
}

export type AnyCandidate = { [K in FactKind]: Candidate<K> }[FactKind];
