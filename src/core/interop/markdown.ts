/**
 * Markdown reduced to the text a reader of the rendered page sees, for the formats whose text
 * fields can be Markdown (GIFT's [markdown], Moodle XML's format="markdown"). Moodle renders such
 * text, so a teacher who wrote "Which *metal* …" saw "Which metal …" (in italics); Factsprint keeps
 * the words and drops the marks, and never renders anything as markup.
 *
 * Only what changes the words a reader sees is undone: emphasis (* and _ runs, by CommonMark's
 * flanking rules, so "2 * 3 * 4" and snake_case stay as written), code spans (their content kept
 * verbatim), backslash escapes, links and images (their text), autolinks, heading and quote marks,
 * hard line breaks, and the inline HTML and entities Markdown lets through (as htmlToText reads
 * them). List markers stay: a rendered list shows its numbers and bullets too.
 *
 * Every step is a single pass or a regular expression that cannot backtrack far, so it stays
 * linear on any input, like htmlToText.
 */
import { htmlToText } from './html';

// Literal text (a code span's content, an escaped character) is parked as \uE000<n>\uE001 while
// the marks around it are undone, so no later step can read it as markup. The two private-use
// characters themselves are parked the same way when a file contains them, so nothing is lost.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PARKED = /\uE000(\d+)\uE001/g;
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * Parks escaped characters and stray sentinels, then code spans; returns the text left to read.
 * Escapes go first so every backtick left is a real one; a code span shows a backslash escape
 * inside it as written, as Markdown does.
 */
function park(s: string, literals: string[]): string {
  const raw: string[] = [];
  const put = (lit: string, as = lit) => `${OPEN}${(raw.push(as), literals.push(lit)) - 1}${CLOSE}`;
  const unescaped = s.replace(/\\([!-/:-@[-`{-~])|[\uE000\uE001]/g, (m, c?: string) => (c ? put(c, m) : put(m)));
  // Each backtick run and the next run as long after it: a code span runs from one to the other.
  const runs = [...unescaped.matchAll(/`+/g)].map((m) => ({ at: m.index, len: m[0].length }));
  const next = new Map<number, number>();
  const lastOfLen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const found = lastOfLen.get(runs[r]!.len);
    if (found !== undefined) next.set(r, found);
    lastOfLen.set(runs[r]!.len, r);
  }
  let out = '';
  let from = 0;
  for (let r = 0; r < runs.length; r++) {
    const close = next.get(r);
    if (close === undefined) continue; // no closing run: the backticks are text
    const open = runs[r]!;
    let code = unescaped.slice(open.at + open.len, runs[close]!.at).replace(/\n/g, ' ');
    if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && /[^ ]/.test(code)) code = code.slice(1, -1);
    out += unescaped.slice(from, open.at) + put(code.replace(PARKED, (_, n: string) => raw[Number(n)]!));
    from = runs[close]!.at + runs[close]!.len;
    r = close;
  }
  return out + unescaped.slice(from);
}

/** Drops heading and block-quote marks; a heading and a hard break end a line (as <br>). */
function blockMarks(s: string): string {
  const lines = s.split('\n');
  return lines
    .map((line, i) => {
      let text = line.replace(/^ {0,3}(?:> ?)+/, '');
      const heading = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(text);
      if (heading) {
        // "## Title ##": the closing run goes too, when a space stands before it.
        text = text.slice(heading[0].length).trimEnd();
        let end = text.length;
        while (end > 0 && text[end - 1] === '#') end--;
        if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = text.slice(0, end).trimEnd();
        return `${text}<br>`;
      }
      // Two spaces or a backslash at the end of a line break it there. (Tested with endsWith, as a
      // pattern like / {2,}\n/ would rescan every long run of spaces from each of its starts.)
      if (i < lines.length - 1 && (text.endsWith('  ') || text.endsWith('\\'))) return `${text.endsWith('\\') ? text.slice(0, -1) : text}<br>`;
      return text;
    })
    .join('\n');
}

type Run = { at: number; len: number; left: number; right: number; ch: string };

/** Undoes * and _ emphasis: CommonMark's flanking rules, openers matched to closers on a stack. */
function emphasis(s: string): string {
  const runs: Run[] = [];
  const stacks: Record<string, Run[]> = { '*': [], _: [] };
  for (const m of s.matchAll(/\*+|_+/g)) {
    const at = m.index;
    const len = m[0].length;
    const ch = m[0][0]!;
    const before = at > 0 ? s[at - 1]! : ' ';
    const after = at + len < s.length ? s[at + len]! : ' ';
    const leftFlanking = !SPACE.test(after) && (!PUNCT.test(after) || SPACE.test(before) || PUNCT.test(before));
    const rightFlanking = !SPACE.test(before) && (!PUNCT.test(before) || SPACE.test(after) || PUNCT.test(after));
    const canOpen = ch === '*' ? leftFlanking : leftFlanking && (!rightFlanking || PUNCT.test(before));
    const canClose = ch === '*' ? rightFlanking : rightFlanking && (!leftFlanking || PUNCT.test(after));
    const run: Run = { at, len, left: len, right: len, ch };
    runs.push(run);
    const stack = stacks[ch]!;
    // A closer uses up the nearest openers of its character until one of them runs out.
    while (canClose && run.left > 0 && stack.length > 0) {
      const opener = stack[stack.length - 1]!;
      const k = Math.min(opener.right, run.left);
      opener.right -= k;
      run.left -= k;
      if (opener.right === 0) stack.pop();
    }
    if (canOpen && run.left === len) stack.push(run);
  }
  // Each run keeps the characters no partner used: `left` counts what is left from a closer's
  // side, `right` from an opener's; a run that was neither keeps all of them.
  let out = '';
  let from = 0;
  for (const r of runs) {
    out += s.slice(from, r.at) + r.ch.repeat(r.left + r.right - r.len);
    from = r.at + r.len;
  }
  return out + s.slice(from);
}

/** One paragraph of Markdown as text; its hard breaks stay line breaks. */
function paragraph(p: string): string {
  const literals: string[] = [];
  let s = park(blockMarks(p), literals);
  s = s
    .replace(/!?\[([^[\]]*)\]\((?:<[^<>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^\s<>]*)>/gi, '$1');
  const text = htmlToText(emphasis(s));
  return text.replace(PARKED, (_, n: string) => literals[Number(n)]!);
}

/** What a reader sees of a Markdown field: paragraphs and hard breaks kept as lines. */
export function markdownToText(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map(paragraph)
    .filter((p) => p !== '')
    .join('\n');
}

/** A Markdown field on one line, as GIFT's [markdown] text becomes a question or an answer. */
export const markdownToLine = (md: string): string => markdownToText(md).replace(/\n+/g, ' ');
