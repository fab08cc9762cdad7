/**
 * Splitting an article into sentences with their offsets. Quotes that close after the full stop
 * stay with their sentence, and common abbreviations ("U.S.", "Mr.", "Dr.") do not end one.
 */
import type { Sentence } from './types';

/** A title before a name never ends a sentence ("Mr. Kim"). */
const TITLES = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Lt|Sgt|Gov|Pres|St)\.$/;
/** These end one only when a new sentence clearly starts after them ("in the U.S. The next", not "16 ft. high"). */
const ABBREVIATIONS = /(?:\b(?:Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|No|ft|km|kg|lb|lbs|oz|mi|yd|yds|sq|approx|est|hr|hrs|min|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Closing quotes and brackets belong to the sentence they end.
    let end = i + 1;
    while (end < text.length && /["'\u201d\u2019)\]]/.test(text[end]!)) end++;
    const next = text.slice(end, end + 2);
    if (end < text.length && !/^\s/.test(next)) continue;
    const before = text.slice(Math.max(start, i - 12), i + 1);
    if (c === '.' && TITLES.test(before)) continue;
    if (c === '.' && ABBREVIATIONS.test(before)) {
      // "U.S. President" continues; "in the U.S. The next" ends: look at what follows.
      const after = text.slice(end).trimStart();
      if (/^[a-z0-9(]/.test(after) || /^(?:President|Secretary|Senator|officials?|Army|Navy|forces|troops)\b/.test(after)) continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
