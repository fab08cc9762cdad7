/**
 * Moodle GIFT, multiple choice and true/false:
 *
 *   ::q-place-meeting::[plain]In which city did Kim meet Putin?{
 *   	~Shanghai
 *   	=Beijing
 *   	####Kim Jong Un met Vladimir Putin in Beijing on Wednesday.
 *   }
 *
 *   ::q-tf-meeting-date::[plain]Kim and Putin held talks on September 3, 2025.{TRUE####...}
 *
 * Escaping follows Moodle's own reader and writer (question/format/gift/format.php): a backslash
 * before ~ = # { } : and before itself; a line break is written "\n". Carriage returns are dropped,
 * as Moodle drops them. GIFT trims every text, so leading and trailing spaces do not survive
 * (PHP's trim: ASCII spaces, tabs and line breaks; a no-break space survives, here as in Moodle).
 *
 * "[plain]" before the question text makes Moodle show the question, its answers and its
 * feedback as plain text (the default format renders HTML): bank content is text, never markup.
 * Two more guards keep Moodle from reading text as syntax: an answer or feedback that begins like a
 * format marker ("[html]...") gets its own "[plain]", and a wrong answer that begins like a
 * weight ("%50%...") gets an explicit "%0%".
 *
 * Reading takes each text's format as Moodle does (its own marker, else the question text's, else
 * Moodle's auto-format) and keeps only words: text marked [html], as Moodle's own GIFT exports
 * mark it, comes in with its tags dropped and its entities decoded (see clean below).
 */
import type { Bank } from '../bank/schema';
import { htmlToLine } from './html';
import { markdownToLine } from './markdown';
import { collect, skip } from './skips';
import { FALSE_WORD, lineError as bad, MAX_OPTIONS, portableQuestions, tooLarge, TRUE_WORD, type ExportResult, type ImportedQuestion, type ImportErrorParams, type ImportResult, type LineError, type ImportSkip, type SkipKind } from './types';
import { PHP_SPACE, phpTrim } from './phpTrim';

const FORMAT_MARK = /^\[(html|moodle|plain|markdown)\]/;
// Moodle's weight pattern, exactly ("%50%", "%-25%", "%33.3%", "%100%"); Moodle then reads the
// weight as everything between the two percent signs.
const WEIGHT = /^%-*[0-9]{1,2}\.?[0-9]*%/;


export function escapeGift(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

const plainGuard = (s: string) => (FORMAT_MARK.test(phpTrim(s)) ? `[plain]${s}` : s);
const answerText = (s: string) => escapeGift(plainGuard(s));
const wrongText = (s: string) => {
  const t = plainGuard(s);
  return (WEIGHT.test(phpTrim(t)) ? '%0%' : '') + escapeGift(t);
};

export function toGift(bank: Bank): ExportResult<string> {
  const { output: questions, skipped } = portableQuestions(bank);
  const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');
  const parts = [`// ${oneLine(bank.title)} (Factsprint bank ${bank.id})\n`];
  for (const q of questions) {
    const head = `::${escapeGift(q.id)}::[plain]${escapeGift(q.prompt)}`;
    const feedback = q.feedback ? `####${answerText(q.feedback)}` : '';
    if (q.kind === 'truefalse') {
      parts.push(`${head}{${q.answer === 0 ? 'TRUE' : 'FALSE'}${feedback}}\n`);
    } else {
      const answers = q.options.map((o, i) => `\t${i === q.answer ? `=${answerText(o)}` : `~${wrongText(o)}`}\n`);
      parts.push(`${head}{\n${answers.join('')}${feedback ? `\t${feedback}\n` : ''}}\n`);
    }
  }
  return { output: parts.join('\n'), skipped };
}

/** One character of a question, after escapes: `esc` marks a character that was escaped (text, never syntax). */
interface U {
  c: string;
  esc: boolean;
  line: number;
}

function units(lines: { text: string; line: number }[]): U[] {
  const out: U[] = [];
  lines.forEach(({ text, line }, k) => {
    if (k > 0) out.push({ c: '\n', esc: false, line });
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      const next = text[i + 1];
      if (c === '\\' && next !== undefined && '\\~=#{}:n'.includes(next)) {
        out.push({ c: next === 'n' ? '\n' : next, esc: true, line });
        i++;
      } else out.push({ c, esc: false, line });
    }
  });
  return out;
}

const str = (t: U[]) => t.map((u) => u.c).join('');
const isWs = (u: U | undefined) => u !== undefined && !u.esc && PHP_SPACE.includes(u.c);
function trimU(t: U[]): U[] {
  let a = 0;
  let b = t.length;
  while (a < b && isWs(t[a])) a++;
  while (b > a && isWs(t[b - 1])) b--;
  return t.slice(a, b);
}
/** Where the unescaped `s` first occurs at or after `from`, or -1. */
function find(t: U[], s: string, from = 0): number {
  outer: for (let i = from; i + s.length <= t.length; i++) {
    for (let k = 0; k < s.length; k++) if (t[i + k]!.esc || t[i + k]!.c !== s[k]) continue outer;
    return i;
  }
  return -1;
}
function findLast(t: U[], s: string): number {
  let at = -1;
  for (let i = find(t, s); i >= 0; i = find(t, s, i + 1)) at = i;
  return at;
}
/**
 * A text's format, as Moodle reads it: its own leading marker if it has one, else the one it
 * inherits (the question text's, for answers and feedback; Moodle's auto-format for the question).
 */
type Format = 'html' | 'moodle' | 'plain' | 'markdown';

/**
 * A text as Moodle keeps it, trimmed and without its format marker, then as Factsprint holds it:
 * - [html]: reduced to the text a browser shows (tags dropped, <p> and <br> become spaces, entities
 *   decoded): Moodle renders it, and Factsprint must not show "<p>" or "&amp;" to players, nor
 *   render anything as markup.
 * - [markdown]: reduced to the words the rendered text shows (emphasis marks, code-span backticks,
 *   escapes and link targets dropped), for the same reason.
 * - [plain], [moodle] and no marker: kept as written. Moodle's auto-format lets HTML through too, but a hand-written file's "<" is far more
 *   often text ("2 < 3", "the <b> tag") than markup, so nothing is cut from it; whatever markup
 *   stays is shown as text, never rendered.
 */
function clean(t: U[], inherited: Format): { text: string; format: Format } {
  const s = phpTrim(str(t));
  const mark = FORMAT_MARK.exec(s);
  const format = mark ? (mark[1] as Format) : inherited;
  const body = phpTrim(mark ? s.slice(mark[0].length) : s);
  const text = format === 'html' ? htmlToLine(body) : format === 'markdown' ? markdownToLine(body) : body;
  return { text: format === 'html' || format === 'markdown' ? phpTrim(text) : text, format };
}

type Block = { line: number; lines: { text: string; line: number }[] };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let cur: Block | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const t = phpTrim(raw);
    if (!t) {
      cur = null;
      return;
    }
    if (t.startsWith('//')) return;
    if (!cur) out.push((cur = { line: i + 1, lines: [] }));
    cur.lines.push({ text: t, line: i + 1 });
  });
  return out;
}

const ONLY = 'Factsprint imports multiple choice ({=right ~wrong}) and true/false ({T} or {F}) questions only';

/**
 * One block (the text between blank lines) as a question, a question left out with what it is and
 * why, or nothing (a $CATEGORY line). Left-out questions are named at the line their block starts.
 */
function readBlock(block: Block): ImportedQuestion | ImportSkip | null {
  const out = (kind: SkipKind, reason: LineError, kindParams?: ImportErrorParams) => skip(block.line, kind, reason, kindParams);
  let t = trimU(units(block.lines));
  if (str(t).startsWith('$CATEGORY:')) return null;
  if (find(t, '::') === 0) {
    t = t.slice(2);
    const end = find(t, '::');
    if (end >= 0) t = trimU(t.slice(end + 2));
  }
  const open = find(t, '{');
  const close = find(t, '}');
  // Moodle makes a text with no answers a "description": words shown between questions.
  if (open < 0 && close < 0) return out('description', bad(block.line, 'giftNoAnswers', `this question has no answers in braces { }. ${ONLY}`));
  if (open < 0 || close < 0 || close < open) {
    const at = close >= 0 && (open < 0 || close < open) ? close : open;
    return out('question', bad(t[at]!.line, 'giftUnbalancedBraces', 'unbalanced braces: every { needs a } after it'));
  }
  const braceLine = t[open]!.line;
  const after = t.slice(close + 1);
  const again = find(after, '{');
  if (again >= 0) return out('question', bad(after[again]!.line, 'giftSecondAnswerBlock', 'a second answer block { } in one question: put a blank line between questions'));
  // Answers in mid-sentence are Moodle's "missing word" form: the question shows a blank there.
  const blank: U[] = trimU(after).length ? [...'_____'].map((c) => ({ c, esc: true, line: braceLine })) : [];
  const { text: prompt, format } = clean([...t.slice(0, open), ...blank, ...after], 'moodle');

  let answers = trimU(t.slice(open + 1, close));
  let feedback = '';
  const gf = findLast(answers, '####');
  if (gf >= 0) {
    feedback = clean(answers.slice(gf + 4), format).text;
    answers = trimU(answers.slice(0, gf));
  }
  const withFeedback = (q: ImportedQuestion): ImportedQuestion => (feedback ? { ...q, feedback } : q);
  // What the question is comes first, as Moodle decides it; then whether Factsprint can play it.
  if (!str(answers)) return out('essay', bad(braceLine, 'giftEssay', `empty braces make an essay question. ${ONLY}`));
  if (find(answers, '#') === 0) return out('numerical', bad(braceLine, 'giftNumerical', `{#...} is a numerical question. ${ONLY}`));
  if (find(answers, '~') < 0) {
    if (find(answers, '=') >= 0 && find(answers, '->') >= 0) return out('matching', bad(braceLine, 'giftMatching', `{=... -> ...} is a matching question. ${ONLY}`));
    const hash = find(answers, '#');
    const word = str(trimU(hash < 0 ? answers : answers.slice(0, hash)));
    if (['T', 'TRUE', 'F', 'FALSE'].includes(word)) {
      if (!prompt) return out('trueFalse', bad(block.line, 'emptyQuestion', 'the question text is empty'));
      return withFeedback({ prompt, options: [TRUE_WORD, FALSE_WORD], answer: word.startsWith('T') ? 0 : 1, kind: 'truefalse', line: block.line });
    }
    return out('shortAnswer', bad(braceLine, 'giftShortAnswer', `answers without any ~wrong answer make a short-answer question. ${ONLY}`));
  }
  const read = readChoice(answers, braceLine, format);
  if (!read.ok) return out(read.kind, read.reason, read.kindParams);
  if (!prompt) return out('choice', bad(block.line, 'emptyQuestion', 'the question text is empty'));
  return withFeedback({ prompt, options: read.options, answer: read.answer, kind: 'choice', line: block.line });
}

type Choice = { ok: true; options: string[]; answer: number } | { ok: false; kind: SkipKind; reason: LineError; kindParams?: ImportErrorParams };

/** Multiple choice: each answer starts at an unescaped = (right) or ~ (wrong, or weighted). */
function readChoice(answers: U[], braceLine: number, format: Format): Choice {
  const items: { right: boolean; text: U[] }[] = [];
  const lead: U[] = [];
  for (const u of answers) {
    if (!u.esc && (u.c === '=' || u.c === '~')) items.push({ right: u.c === '=', text: [] });
    else (items.at(-1)?.text ?? lead).push(u);
  }
  const many = items.length > MAX_OPTIONS ? { n: items.length } : undefined;
  const no = (reason: LineError, kind: SkipKind = many ? 'manyOptions' : 'choice'): Choice => ({ ok: false, kind, reason, ...(many && kind === 'manyOptions' ? { kindParams: many } : {}) });
  if (phpTrim(str(lead))) return no(bad(braceLine, 'giftTextBeforeAnswer', 'text before the first answer: start each answer with = (right) or ~ (wrong)'));
  const read = items.map((item) => {
    const body = trimU(item.text);
    const w = item.right ? null : WEIGHT.exec(str(body));
    const rest = w ? body.slice(w[0].length) : body;
    const hash = find(rest, '#');
    return { line: body[0]?.line ?? braceLine, mark: w?.[0], weight: w ? Number(w[0].slice(1, -1)) : item.right ? 100 : 0, text: clean(hash < 0 ? rest : rest.slice(0, hash), format).text };
  });
  const positive = read.filter((r) => r.weight > 0).length;
  const full = read.filter((r) => r.weight === 100).length;
  // Moodle makes answers with no "=" a multiple-answer question (students tick several, the
  // weights add up); two answers worth full marks are as many right answers.
  const several = items.some((i) => i.right) ? full : positive;
  if (several > 1) return no(bad(braceLine, 'severalRight', `${several} answers are marked right; a Factsprint question has exactly one`, { n: several }), 'multipleAnswer');
  const partial = read.find((r) => r.weight !== 0 && r.weight !== 100);
  if (partial) return no(bad(partial.line, 'partialCredit', `partial credit (${partial.mark}) is not supported: mark the one right answer with = and the others with ~`, { weight: partial.mark ?? '' }));
  const empty = read.find((r) => !r.text);
  if (empty) return no(bad(empty.line, 'emptyOption', 'an answer is empty'));
  if (full === 0) return no(bad(braceLine, 'noRightAnswer', 'no right answer: mark the right answer with ='));
  if (many) return no(bad(braceLine, 'tooManyOptions', `${items.length} answers: Factsprint questions have at most ${MAX_OPTIONS}`, { max: MAX_OPTIONS }));
  if (items.length < 2) return no(bad(braceLine, 'tooFewOptions', 'a question needs at least two answers'));
  return { ok: true, options: read.map((r) => r.text), answer: read.findIndex((r) => r.weight === 100) };
}

export function fromGift(text: string): ImportResult {
  const huge = tooLarge(text);
  if (huge) return { ok: false, errors: [huge] };
  return collect(blocks(text.replace(/^\uFEFF/, '')), readBlock);
}
