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
import { FALSE_WORD, lineError as bad, MAX_OPTIONS, portableQuestions, tooLarge, TRUE_WORD, type ExportResult, type ImportedQuestion, type ImportResult, type LineError, gather } from './types';
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
 * - [plain], [markdown], [moodle] and no marker: kept as written. Markdown's few marks read as text
 *   anyway. Moodle's auto-format lets HTML through too, but a hand-written file's "<" is far more
 *   often text ("2 < 3", "the <b> tag") than markup, so nothing is cut from it; whatever markup
 *   stays is shown as text, never rendered.
 */
function clean(t: U[], inherited: Format): { text: string; format: Format } {
  const s = phpTrim(str(t));
  const mark = FORMAT_MARK.exec(s);
  const format = mark ? (mark[1] as Format) : inherited;
  const body = phpTrim(mark ? s.slice(mark[0].length) : s);
  return { text: format === 'html' ? phpTrim(htmlToLine(body)) : body, format };
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

function readBlock(block: Block): ImportedQuestion | LineError | null {
  let t = trimU(units(block.lines));
  if (str(t).startsWith('$CATEGORY:')) return null;
  if (find(t, '::') === 0) {
    t = t.slice(2);
    const end = find(t, '::');
    if (end >= 0) t = trimU(t.slice(end + 2));
  }
  const open = find(t, '{');
  const close = find(t, '}');
  if (open < 0 && close < 0) return bad(block.line, 'giftNoAnswers', `this question has no answers in braces { }. ${ONLY}`);
  if (open < 0 || close < 0 || close < open) {
    const at = close >= 0 && (open < 0 || close < open) ? close : open;
    return bad(t[at]!.line, 'giftUnbalancedBraces', 'unbalanced braces: every { needs a } after it');
  }
  const braceLine = t[open]!.line;
  const after = t.slice(close + 1);
  const again = find(after, '{');
  if (again >= 0) return bad(after[again]!.line, 'giftSecondAnswerBlock', 'a second answer block { } in one question: put a blank line between questions');
  // Answers in mid-sentence are Moodle's "missing word" form: the question shows a blank there.
  const blank: U[] = trimU(after).length ? [...'_____'].map((c) => ({ c, esc: true, line: braceLine })) : [];
  const { text: prompt, format } = clean([...t.slice(0, open), ...blank, ...after], 'moodle');
  if (!prompt) return bad(block.line, 'emptyQuestion', 'the question text is empty');

  let answers = trimU(t.slice(open + 1, close));
  let feedback = '';
  const gf = findLast(answers, '####');
  if (gf >= 0) {
    feedback = clean(answers.slice(gf + 4), format).text;
    answers = trimU(answers.slice(0, gf));
  }
  const withFeedback = (q: ImportedQuestion): ImportedQuestion => (feedback ? { ...q, feedback } : q);
  const a = str(answers);
  if (!a) return bad(braceLine, 'giftEssay', `empty braces make an essay question. ${ONLY}`);
  if (find(answers, '#') === 0) return bad(braceLine, 'giftNumerical', `{#...} is a numerical question. ${ONLY}`);

  if (find(answers, '~') < 0) {
    if (find(answers, '=') >= 0 && find(answers, '->') >= 0) return bad(braceLine, 'giftMatching', `{=... -> ...} is a matching question. ${ONLY}`);
    const hash = find(answers, '#');
    const word = str(trimU(hash < 0 ? answers : answers.slice(0, hash)));
    if (['T', 'TRUE', 'F', 'FALSE'].includes(word)) {
      return withFeedback({ prompt, options: [TRUE_WORD, FALSE_WORD], answer: word.startsWith('T') ? 0 : 1, kind: 'truefalse', line: block.line });
    }
    return bad(braceLine, 'giftShortAnswer', `answers without any ~wrong answer make a short-answer question. ${ONLY}`);
  }

  // Multiple choice: each answer starts at an unescaped = (right) or ~ (wrong, or weighted).
  const items: { right: boolean; text: U[] }[] = [];
  const lead: U[] = [];
  for (const u of answers) {
    if (!u.esc && (u.c === '=' || u.c === '~')) items.push({ right: u.c === '=', text: [] });
    else (items.at(-1)?.text ?? lead).push(u);
  }
  if (phpTrim(str(lead))) return bad(braceLine, 'giftTextBeforeAnswer', 'text before the first answer: start each answer with = (right) or ~ (wrong)');
  const options: string[] = [];
  let right = 0;
  let answer = -1;
  for (const item of items) {
    let body = trimU(item.text);
    const line = body[0]?.line ?? braceLine;
    let isRight = item.right;
    const w = item.right ? null : WEIGHT.exec(str(body));
    if (w) {
      const weight = Number(w[0].slice(1, -1));
      if (weight !== 0 && weight !== 100) {
        return bad(line, 'partialCredit', `partial credit (${w[0]}) is not supported: mark the one right answer with = and the others with ~`, { weight: w[0] });
      }
      isRight = weight === 100;
      body = body.slice(w[0].length);
    }
    const hash = find(body, '#');
    const text = clean(hash < 0 ? body : body.slice(0, hash), format).text;
    if (!text) return bad(line, 'emptyOption', 'an answer is empty');
    if (isRight) {
      right++;
      answer = options.length;
    }
    options.push(text);
  }
  if (right === 0) return bad(braceLine, 'noRightAnswer', 'no right answer: mark the right answer with =');
  if (right > 1) return bad(braceLine, 'severalRight', `${right} answers are marked right (=); a Factsprint question has exactly one`, { n: right });
  if (options.length > MAX_OPTIONS) return bad(braceLine, 'tooManyOptions', `${options.length} answers: Factsprint questions have at most ${MAX_OPTIONS}`, { max: MAX_OPTIONS });
  return withFeedback({ prompt, options, answer, kind: 'choice', line: block.line });
}

export function fromGift(text: string): ImportResult {
  const huge = tooLarge(text);
  if (huge) return { ok: false, errors: [huge] };
  return gather(blocks(text.replace(/^\uFEFF/, '')), readBlock);
}
