/**
 * One compromise parse per article. Parsing is the builder's slowest step, and several
 * extractors read the same parse (people for quotes, places), so the last text's parse is
 * kept and shared. The views they take (.people(), .places()) leave the parse as it was.
 */
import nlp from 'compromise';

let lastText: string | null = null;
let lastDoc: ReturnType<typeof nlp> | null = null;

export function parseText(text: string): ReturnType<typeof nlp> {
  if (text !== lastText || !lastDoc) {
    lastDoc = nlp(text);
    lastText = text;
  }
  return lastDoc;
}
