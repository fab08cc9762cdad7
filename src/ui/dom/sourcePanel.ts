/**
 * The source sentence after an answer: real text, so its key words can be marked, in its own
 * language (`lang`), so a screen reader reads it with the right voice. It is a region with a
 * heading, reached by Tab or by heading navigation, and it is spoken only on request: feedback
 * announcements stay short (verdict, right answer, points, score), and the "Read the source
 * sentence" button in the panel reads it through the live region.
 */
import { placeEl as place } from './layerControls';
import type { Rect } from '../layout';

/** The source sentence, shown as real text so the key words can be marked and the text read aloud. */
export interface SourcePanel {
  rect: Rect;
  label: string;
  parts: { text: string; mark?: boolean }[];
  /** The article's language: the sentence is shown as written, and read in that language. */
  lang: string;
  translation: string | null;
  translationLabel: string;
  citation: string;
  /** The button that reads the sentence aloud through the live region. */
  readLabel: string;
}

/** A stretch of an announcement, with the language it is to be read in where that is not the page's. */
export interface Spoken {
  text: string;
  lang?: string;
}

export function sourcePanel(src: SourcePanel, say: (parts: Spoken[]) => void): HTMLElement {
  const box = document.createElement('section');
  box.className = 'source';
  // Focusable: the region scrolls when the sentence is long, and Tab lands on it after the answer.
  box.tabIndex = 0;
  place(box, src.rect);
  // As tall as the sentence needs, up to the space it has (then it scrolls).
  box.style.height = 'auto';
  box.style.maxHeight = `${src.rect.h}px`;
  const heading = document.createElement('h2');
  heading.id = 'source-heading';
  heading.textContent = src.label;
  box.setAttribute('aria-labelledby', heading.id);
  const quote = document.createElement('blockquote');
  quote.lang = src.lang;
  quote.dir = 'auto';
  for (const part of src.parts) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      quote.append(m);
    } else quote.append(document.createTextNode(part.text));
  }
  const cite = document.createElement('p');
  cite.className = 'cite';
  cite.textContent = `— ${src.citation}`;
  const read = document.createElement('button');
  read.type = 'button';
  read.className = 'read-source';
  read.dataset.id = 'read-source';
  read.textContent = src.readLabel;
  const sentence = src.parts.map((p) => p.text).join('');
  read.addEventListener('click', () =>
    say([{ text: `${src.label}: ` }, { text: sentence, lang: src.lang }, ...(src.translation ? [{ text: ` ${src.translationLabel}: ${src.translation}` }] : [])]),
  );
  box.append(heading, read, quote);
  if (src.translation) {
    const tr = document.createElement('p');
    tr.className = 'translation';
    const label = document.createElement('span');
    label.className = 'sr-only';
    label.textContent = `${src.translationLabel}: `;
    tr.append(label, document.createTextNode(src.translation));
    box.append(tr);
  }
  box.append(cite);
  return box;
}
