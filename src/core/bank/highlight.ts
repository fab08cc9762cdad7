/**
 * Which words of a fact's sentence carry the fact: the quote, the figure, the date, the place.
 * Feedback marks them so a player sees at a glance where the answer came from, and practice mode
 * can hide them to make a cloze hint.
 */
import { parseQuantity } from '../numbers';
import { englishDate } from './answers';
import type { Fact } from './schema';

export interface TextPart {
  text: string;
  mark?: boolean;
}

// Digits (never a trailing comma or full stop), with an ordinal or a scale word; or number words.
const NUMBER_PHRASE = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?:\s+(?:dozen|hundred|thousand|million|billion|trillion)\b)?|\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|dozens|hundred|thousand|million|billion)\b[\s-]*)+/gi;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Start and end of the key words in the sentence, or null when they cannot be found. */
export function keySpan(fact: Fact): [number, number] | null {
  const s = fact.sentence;
  // Whole words only: "Niger" must not be found inside "Nigeria".
  const find = (needle: string): [number, number] | null => {
    if (!needle) return null;
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'u').exec(s);
    return m ? [m.index, m.index + needle.length] : null;
  };
  switch (fact.kind) {
    case 'quote':
      return find(fact.data.quote);
    case 'place':
      return [fact.data.name, ...fact.data.alsoTrue].map(find).find((x) => x !== null) ?? null;
    case 'date':
      // Some sentences name the event rather than the date ("a parade marking the 80th anniversary").
      return find(englishDate(fact.data.value)) ?? find(fact.data.value.slice(0, 4)) ?? find(fact.data.event.replace(/^(a|an|the) /i, ''));
    case 'quantity':
      for (const m of s.matchAll(NUMBER_PHRASE)) {
        const text = m[0].trimEnd();
        if (parseQuantity(text) === fact.data.value) return [m.index, m.index + text.length];
      }
      return null;
  }
}

/** The sentence cut into plain and marked parts. */
export function highlightParts(fact: Fact): TextPart[] {
  const span = keySpan(fact);
  if (!span) return [{ text: fact.sentence }];
  const [a, b] = span;
  return [{ text: fact.sentence.slice(0, a) }, { text: fact.sentence.slice(a, b), mark: true }, { text: fact.sentence.slice(b) }].filter((p) => p.text !== '');
}

/** The sentence with the key words hidden: a hint that does not give the answer away. */
export function clozeText(fact: Fact, blank = '＿＿＿'): string {
  const span = keySpan(fact);
  return span ? fact.sentence.slice(0, span[0]) + blank + fact.sentence.slice(span[1]) : fact.sentence;
}
