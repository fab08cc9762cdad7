/**
 * Aiken, Moodle's simplest import format: the question on one line, options "A. ..." one a line,
 * then "ANSWER: X".
 *
 *   Who addressed Kim as "Dear Chairman of State Affairs"?
 *   A. Xi Jinping
 *   B. Vladimir Putin
 *   ANSWER: B
 *
 * Aiken has no place for feedback, so the source sentence cannot travel in it: use GIFT or Moodle
 * XML where it matters. Aiken has no escaping either, so a question that cannot be written without
 * being misread (a line break, or a question that begins like "A. " or "ANSWER:") is skipped with
 * that reason rather than written wrong.
 */
import type { Bank } from '../bank/schema';
import { kindOf, lineError, MAX_OPTIONS, noQuestions, portableQuestions, tooLarge, type ExportResult, type ImportedQuestion, type ImportErrorCode, type ImportErrorParams, type ImportResult, type LineError } from './types';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Moodle's own test for an option line: a capital, ")" or ".", then a space or tab.
const OPTION = /^([A-Z])[).](?:[ \t]+(.*))?$/;
const ANSWER = /^ANSWER:(.*)$/;

function unwritable(prompt: string, options: readonly string[]): string | null {
  if ([prompt, ...options].some((s) => /[\r\n]/.test(s))) return 'Aiken holds each question and each option on one line, and this one has a line break';
  const p = prompt.trim();
  if (OPTION.test(p) || ANSWER.test(p)) return 'the question begins like an Aiken option or ANSWER: line and would be misread';
  // Moodle skips lines shorter than two characters.
  if (p.length < 2) return 'Aiken ignores a question of fewer than two characters';
  return null;
}

export function toAiken(bank: Bank): ExportResult<string> {
  const { output: questions, skipped } = portableQuestions(bank);
  const blocks: string[] = [];
  for (const q of questions) {
    const why = unwritable(q.prompt, q.options);
    if (why) {
      skipped.push({ questionId: q.id, reason: why });
      continue;
    }
    const lines = [q.prompt.trim(), ...q.options.map((o, i) => `${LETTERS[i]}. ${o.trim()}`), `ANSWER: ${LETTERS[q.answer]}`];
    blocks.push(lines.join('\n'));
  }
  return { output: blocks.map((b) => `${b}\n`).join('\n'), skipped };
}

interface Draft {
  line: number;
  prompt: string[];
  options: string[];
  /** A blank line followed the question text: more text would start a new question. */
  blank: boolean;
  broken: boolean;
}

export function fromAiken(text: string): ImportResult {
  const huge = tooLarge(text);
  if (huge) return { ok: false, errors: [huge] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const questions: ImportedQuestion[] = [];
  const errors: LineError[] = [];
  let cur: Draft | null = null;
  const fail = (line: number, code: ImportErrorCode, message: string, params?: ImportErrorParams) => {
    errors.push(lineError(line, code, message, params));
    if (cur) cur.broken = true;
  };
  const unfinished = (d: Draft) =>
    d.options.length
      ? fail(d.line, 'aikenNoAnswerLine', 'this question has no ANSWER: line after its options')
      : fail(d.line, 'aikenNoOptions', 'this question has no options ("A. ...", "B. ...") after it');

  lines.forEach((raw, i) => {
    const ln = i + 1;
    const t = raw.trim();
    if (!t) {
      if (cur && !cur.options.length) cur.blank = true;
      return;
    }
    const opt = OPTION.exec(t);
    const ans = ANSWER.exec(t);
    if (opt) {
      if (!cur) return fail(ln, 'aikenOptionBeforeQuestion', 'an option line comes before any question text');
      const letter = opt[1]!;
      const want = LETTERS[cur.options.length]!;
      const body = (opt[2] ?? '').trim();
      if (cur.options.length >= MAX_OPTIONS) fail(ln, 'tooManyOptions', `Factsprint questions have at most ${MAX_OPTIONS} options; this is option ${letter}`, { max: MAX_OPTIONS });
      else if (letter !== want) fail(ln, 'aikenOptionOrder', `expected option ${want} here, found ${letter}`, { expected: want, found: letter });
      else if (!body) fail(ln, 'emptyOption', `option ${letter} is empty`);
      cur.options.push(body);
      return;
    }
    if (ans) {
      const d: Draft | null = cur;
      cur = null;
      if (!d) return fail(ln, 'aikenAnswerWithoutQuestion', 'an ANSWER: line with no question before it');
      if (d.options.length < 2) return fail(ln, 'tooFewOptions', 'a question needs at least two options before its ANSWER: line');
      const letter = ans[1]!.trim();
      if (!/^[A-Z]$/.test(letter)) return fail(ln, 'aikenAnswerLetter', 'ANSWER: must be followed by one option letter, like "ANSWER: B"');
      const answer = LETTERS.indexOf(letter);
      if (answer >= d.options.length) {
        const last = LETTERS[d.options.length - 1]!;
        return fail(ln, 'aikenAnswerNotOption', `ANSWER: ${letter} is not one of the options A to ${last}`, { letter, last });
      }
      if (!d.broken) questions.push({ prompt: d.prompt.join('\n'), options: d.options, answer, kind: kindOf(d.options), line: d.line });
      return;
    }
    if (/^answer\s*:/i.test(t)) {
      // The question it ends is dropped with it: one error, not a second "no ANSWER: line".
      cur = null;
      return fail(ln, 'aikenAnswerCase', 'write the answer line as "ANSWER: X", in capitals');
    }
    if (cur && (cur.options.length || cur.blank)) unfinished(cur);
    if (cur && !cur.options.length && !cur.blank) cur.prompt.push(t);
    else cur = { line: ln, prompt: [t], options: [], blank: false, broken: false };
  });
  if (cur) unfinished(cur);
  if (errors.length) return { ok: false, errors };
  if (!questions.length) return { ok: false, errors: [noQuestions()] };
  return { ok: true, questions };
}
