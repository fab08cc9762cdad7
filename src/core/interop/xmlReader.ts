/**
 * A small XML reader, enough for Moodle's quiz files: elements, attributes, text, CDATA,
 * comments, processing instructions, the five predefined entities and numeric character
 * references. Nothing else: no namespaces (a prefixed name is read as it is written), no DTD.
 *
 * Safe by construction. A DOCTYPE is refused outright, so no entity is ever declared, and a
 * reference to any entity but the five predefined ones is an error: nothing can expand into
 * more text than it takes up (billion laughs), and nothing is ever fetched (external entities,
 * parameter entities). The reader makes one pass with bounded look-ahead, keeps elements on an
 * explicit stack with a depth limit, and stops at the first error, so its time is linear in the
 * input whatever the input is.
 *
 * Errors carry the 1-based line of the problem, as every importer's do.
 */
import { lineError, quoted, type ImportErrorCode, type ImportErrorParams, type LineError } from './types';

export interface XmlElement {
  name: string;
  /** A Map, not an object, so an attribute called "__proto__" is only a name. */
  attrs: Map<string, string>;
  /** Elements and text, in document order; CDATA arrives as text. */
  children: XmlNode[];
  /** The line its start tag is on. */
  line: number;
}

export type XmlNode = XmlElement | string;

export type XmlRead = { ok: true; root: XmlElement } | { ok: false; error: LineError };

/** Deeper than any quiz file nests (Moodle's go five deep); a bound on the work, and on recursion in callers. */
export const MAX_XML_DEPTH = 64;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Names as XML 1.0 spells them, near enough: a letter, "_" or ":" first.
const NAME = /[\p{L}_:][\p{L}\p{M}\p{N}_.:\u00B7-]*/uy;
const SPACE = /[ \t\n]*/y;
const REFERENCE = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([^\s&;<>"']*));/y;

/** A code point XML 1.0 allows in a document (§2.2), so a reference cannot smuggle in NUL or a lone surrogate. */
const isXmlChar = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

class XmlError {
  constructor(
    readonly pos: number,
    readonly code: ImportErrorCode,
    readonly message: string,
    readonly params?: ImportErrorParams,
    /** When known already: the line the problem starts on, rather than the line of `pos`. */
    readonly line?: number,
  ) {}
}

export function readXml(input: string): XmlRead {
  // §2.11: every line end is read as LF. Line numbers stay the same: CR, LF and CRLF each end one.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let lp = 0;
  let ln = 1;
  const lineAt = (pos: number): number => {
    if (pos < lp) [lp, ln] = [0, 1];
    for (; lp < pos; lp++) if (text.charCodeAt(lp) === 10) ln++;
    return ln;
  };
  try {
    return { ok: true, root: parse(text, lineAt) };
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return { ok: false, error: lineError(e.line ?? lineAt(e.pos), e.code, e.message, e.params) };
  }
}

/** Text with its references replaced; `at` is where it starts in the document, for the error's line. */
function decode(raw: string, at: number): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    out += raw.slice(from, amp);
    REFERENCE.lastIndex = amp;
    const m = REFERENCE.exec(raw);
    if (!m) throw new XmlError(at + amp, 'xmlMalformed', 'a bare "&": write it as &amp;');
    const [ref, hex, dec, name] = m;
    if (name !== undefined) {
      const c = PREDEFINED[name];
      if (c === undefined) {
        if (!name) throw new XmlError(at + amp, 'xmlMalformed', 'a bare "&": write it as &amp;');
        throw new XmlError(at + amp, 'xmlUnknownEntity', `the entity &${quoted(name)}; is not one of XML's five (&amp; &lt; &gt; &quot; &apos;), and this importer defines no others`, { name: `&${quoted(name)};` });
      }
      out += c;
    } else {
      const digits = (hex ?? dec!).replace(/^0+(?=.)/, '');
      // Leading zeros aside, past 7 digits no number is a code point, and parseInt would lose precision.
      const code = digits.length > 7 ? -1 : parseInt(digits, hex !== undefined ? 16 : 10);
      if (!isXmlChar(code)) throw new XmlError(at + amp, 'xmlBadCharRef', `${quoted(ref)} is not a character XML can hold`, { ref: quoted(ref) });
      out += String.fromCodePoint(code);
    }
    from = amp + ref.length;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function parse(text: string, lineAt: (pos: number) => number): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const n = text.length;

  const name = (at: number): string | null => {
    NAME.lastIndex = at;
    return NAME.exec(text)?.[0] ?? null;
  };
  const skipSpace = (at: number): number => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    return SPACE.lastIndex;
  };
  const addText = (raw: string, at: number) => {
    const top = stack.at(-1);
    if (top) return void top.children.push(decode(raw, at));
    const stray = raw.search(/[^ \t\n]/);
    if (stray >= 0) throw new XmlError(at + stray, 'xmlMalformed', root ? 'text after the end of the root element' : 'text before the root element');
  };
  const closeOf = (at: number, marker: string, what: string): number => {
    const close = text.indexOf(marker, at);
    if (close < 0) throw new XmlError(at, 'xmlUnterminated', `${what} is never closed`, { what: marker });
    return close;
  };

  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) addText(text.slice(i, end), i);
    if (lt < 0) break;

    if (text.startsWith('<!--', lt)) {
      i = closeOf(lt + 4, '-->', 'a comment') + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const close = closeOf(lt + 9, ']]>', 'a CDATA section');
      if (!stack.length) throw new XmlError(lt, 'xmlMalformed', 'a CDATA section outside the root element');
      stack.at(-1)!.children.push(text.slice(lt + 9, close));
      i = close + 3;
      continue;
    }
    const decl = text.slice(lt, lt + 9).toUpperCase();
    // Refused, not skipped: a DTD is where entities are declared, and declared entities are how
    // XML files attack their readers. Moodle never writes one.
    if (decl === '<!DOCTYPE') throw new XmlError(lt, 'xmlDoctype', 'the file has a DOCTYPE (a DTD): Moodle quiz files have none, and it is refused because its entities could attack the reader');
    if (decl.startsWith('<!ENTITY')) throw new XmlError(lt, 'xmlEntityDeclaration', 'the file declares an entity (<!ENTITY): that is refused');
    if (text.startsWith('<!', lt)) throw new XmlError(lt, 'xmlMalformed', 'a "<!" that starts no comment or CDATA section');
    if (text.startsWith('<?', lt)) {
      i = closeOf(lt + 2, '?>', 'a processing instruction') + 2;
      continue;
    }

    if (text.startsWith('</', lt)) {
      const tag = name(lt + 2);
      if (tag === null) throw new XmlError(lt, 'xmlMalformed', 'a "</" with no tag name after it');
      const gt = skipSpace(lt + 2 + tag.length);
      if (gt >= n) throw new XmlError(lt, 'xmlUnterminated', `the tag </${quoted(tag)} is never closed`, { what: '>' });
      if (text[gt] !== '>') throw new XmlError(gt, 'xmlMalformed', `unexpected text in the closing tag </${quoted(tag)}>`);
      const open = stack.pop();
      if (!open) throw new XmlError(lt, 'xmlMalformed', `a closing tag </${quoted(tag)}> with no element open`);
      if (open.name !== tag) throw new XmlError(lt, 'xmlMismatchedTag', `found </${quoted(tag)}> where </${quoted(open.name)}> should close <${quoted(open.name)}>`, { expected: `</${quoted(open.name)}>`, found: `</${quoted(tag)}>` });
      i = gt + 1;
      continue;
    }

    const tag = name(lt + 1);
    if (tag === null) throw new XmlError(lt, 'xmlMalformed', 'a "<" that starts no tag: write it as &lt;');
    const el: XmlElement = { name: tag, attrs: new Map(), children: [], line: lineAt(lt) };
    let j = lt + 1 + tag.length;
    let selfClosing = false;
    for (;;) {
      const k = skipSpace(j);
      if (k >= n) throw new XmlError(lt, 'xmlUnterminated', `the tag <${quoted(tag)} is never closed`, { what: '>' });
      if (text[k] === '>') {
        i = k + 1;
        break;
      }
      if (text.startsWith('/>', k)) {
        selfClosing = true;
        i = k + 2;
        break;
      }
      const attr = k > j ? name(k) : null;
      if (attr === null) throw new XmlError(k, 'xmlMalformed', `unexpected text in the tag <${quoted(tag)}>`);
      let v = skipSpace(k + attr.length);
      if (text[v] !== '=') throw new XmlError(v, 'xmlMalformed', `the attribute ${quoted(attr)} has no value`);
      v = skipSpace(v + 1);
      const q = text[v];
      if (q !== '"' && q !== "'") throw new XmlError(v, 'xmlMalformed', `the value of ${quoted(attr)} is not in quotes`);
      const close = closeOf(v + 1, q, 'an attribute value');
      const raw = text.slice(v + 1, close);
      if (raw.includes('<')) throw new XmlError(v, 'xmlMalformed', `a "<" in the value of ${quoted(attr)}: write it as &lt;`);
      if (el.attrs.has(attr)) throw new XmlError(k, 'xmlMalformed', `the attribute ${quoted(attr)} is given twice`);
      // §3.3.3: literal tabs and line breaks in a value are read as spaces (references are kept).
      el.attrs.set(attr, decode(raw.replace(/[\t\n]/g, ' '), v + 1));
      j = close + 1;
    }

    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else if (root) throw new XmlError(lt, 'xmlMalformed', 'a second root element: an XML file has exactly one');
    else root = el;
    if (!selfClosing) {
      if (stack.length >= MAX_XML_DEPTH) throw new XmlError(lt, 'xmlTooDeep', `elements are nested more than ${MAX_XML_DEPTH} deep`, { max: MAX_XML_DEPTH });
      stack.push(el);
    }
  }

  // Pointing at where the innermost open element starts, not at the end of the file.
  const open = stack.at(-1);
  if (open) throw new XmlError(n, 'xmlUnclosedTag', `<${quoted(open.name)}> is never closed`, { tag: `<${quoted(open.name)}>` }, open.line);
  if (!root) throw new XmlError(0, 'xmlMalformed', 'the file holds no XML element');
  return root;
}

/** The element's children with this name. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);

export const childNamed = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? childrenNamed(el, name)[0] : undefined);

/** All the text inside, nested elements' included, in order. Recursion is safe: depth is capped while reading. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
