/**
 * HTML reduced to the text a browser would show of it, for the formats whose text fields can be
 * HTML (Moodle XML's format="html", GIFT's [html]). Bank content is text, never markup: whatever a
 * file's markup says, only its words come in, and the game shows them with textContent or on a
 * canvas.
 */

/** Tags that end a line of text where they stand. */
const BLOCK = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'blockquote', 'pre', 'hr']);

// The Latin-1 named references (&nbsp; to &yuml;, U+00A0 to U+00FF, in order): what editors and
// older tools write for accented letters and signs, so a French or German quiz comes in readable.
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const HTML_ENTITIES: Record<string, string> = {
  ...Object.fromEntries(LATIN1_NAMES.map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', lsaquo: '\u2039', rsaquo: '\u203a',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', euro: '\u20ac', trade: '\u2122', minus: '\u2212', prime: '\u2032', Prime: '\u2033',
  OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160', scaron: '\u0161', Yuml: '\u0178', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

// A tag or a comment/declaration; a "<" that starts neither is text ("2 < 3").
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)(?=[\s/>])[^>]*>|<![^>]*>/y;
const RAW_TEXT_END = /<\/(script|style)\s*>/gi;

/**
 * What a browser would show of an HTML field, as plain text: tags dropped, script and style
 * dropped with their content, paragraphs and line breaks kept as lines, source whitespace folded,
 * entities decoded once (so "&amp;lt;" stays "&lt;"), unknown ones left as written. One pass, so
 * it stays linear on any input.
 */
export function htmlToText(html: string): string {
  const lastGt = html.lastIndexOf('>');
  let out = '';
  let i = 0;
  const fold = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    // Past the last ">" no tag can end, so the rest is text (and no search runs to the end again).
    if (lt < 0 || lt > lastGt) {
      out += fold(html.slice(i));
      break;
    }
    out += fold(html.slice(i, lt));
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      out += '<';
      i = lt + 1;
      continue;
    }
    i = lt + m[0].length;
    const name = (m[2] ?? '').toLowerCase();
    if (BLOCK.has(name)) out += '\n';
    else if (!m[1] && (name === 'script' || name === 'style')) {
      RAW_TEXT_END.lastIndex = i;
      const close = RAW_TEXT_END.exec(html);
      if (!close) break;
      i = close.index + close[0].length;
    }
  }
  return out
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,7});/gi, (m, e: string) => {
      if (e[0] !== '#') return Object.hasOwn(HTML_ENTITIES, e) ? HTML_ENTITIES[e]! : m;
      const c = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return c > 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff) ? String.fromCodePoint(c) : m;
    })
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * An HTML text field on one line, as GIFT's [html] text becomes a question or an answer: the
 * lines htmlToText keeps (from <p>, <br> and the like) joined by spaces, since a question is shown
 * as one flowing text.
 */
export const htmlToLine = (html: string): string => htmlToText(html).replace(/\n+/g, ' ');
