/**
 * What the builder accepts: English article text up to 1 MB. Pasted HTML is turned into text
 * (and the caller is told); empty, binary or non-English input is refused with a reason the
 * CLI and the review page can show as they are.
 */
export const MAX_ARTICLE_BYTES = 1_000_000;

export type InputProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'too-large'; bytes: number }
  | { code: 'not-english'; share: number };

export interface CheckedInput {
  text: string;
  /** Notes for the person: "html-stripped" when markup was removed. */
  notes: 'html-stripped'[];
}

const COMMON_ENGLISH = new Set('the of and to in a is that for on was with as by at it from his her said he she they be are were has have had not this which an or but will would its their who been after'.split(' '));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', mdash: '\u2014', ndash: '\u2013' };

/** Markup to text: drop scripts and styles, keep paragraphs as lines, decode common entities. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\s*(br|\/p|\/div|\/h[1-6]|\/li)\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
}

/** Share of words that are common English function words: news English sits well above 0.2. */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => COMMON_ENGLISH.has(w)).length / words.length;
}

export function checkArticle(raw: string, bytes = new TextEncoder().encode(raw).length): { ok: true; value: CheckedInput } | { ok: false; problem: InputProblem } {
  if (bytes > MAX_ARTICLE_BYTES) return { ok: false, problem: { code: 'too-large', bytes } };
  // NUL or many control characters: a binary file, not text.
  let controls = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) controls++;
  }
  if (raw.includes('\u0000') || controls > raw.length * 0.01) return { ok: false, problem: { code: 'binary' } };
  const notes: CheckedInput['notes'] = [];
  let text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (/<\/?(p|div|span|br|html|body|article|h[1-6]|a)\b[^>]*>/i.test(text)) {
    text = htmlToText(text);
    notes.push('html-stripped');
  }
  if (!text.trim()) return { ok: false, problem: { code: 'empty' } };
  const share = englishShare(text);
  if (share < 0.15) return { ok: false, problem: { code: 'not-english', share } };
  return { ok: true, value: { text, notes } };
}

/** The problem in words, for the CLI. */
export function describeProblem(p: InputProblem): string {
  switch (p.code) {
    case 'empty':
      return 'The article is empty: there is no text to extract facts from.';
    case 'binary':
      return 'This looks like a binary file, not text. Save the article as plain text (.txt) and try again.';
    case 'too-large':
      return `The article is ${(p.bytes / 1e6).toFixed(1)} MB; the builder takes articles up to 1 MB.`;
    case 'not-english':
      return 'This text does not look like English. The builder extracts facts from English articles only for now.';
  }
}
