/**
 * Aiken, Moodle's simplest import format: the question on one line, options "A. ..." one a line,
 * then "ANSWER: X".
 *
 *   Who addressed Kim as "Dear Chairman of State Affairs"?
 *   A. Xi Jinping
 *   B. Vladimir Putin
 *   ANSWER: B
 *
 * Read as Moodle's current reader (question/format/aiken/format.php) reads it: each line is
 * trimmed with PHP's trim (ASCII spaces only), and a line that starts with a capital letter and
 * ")" or "." is an option whether or not a space follows ("A)Venus", "A.Venus", "A. Venus"), so a
 * question line such as "U.S. Presidents serve how long?" is an option line to Moodle too. One
 * leniency is kept: a question may run over several lines before its options.
 *
 * Aiken has no place for feedback, so the source sentence cannot travel in it: use GIFT or Moodle
 * XML where it matters. Aiken has no escaping either, so a question with a line break, or one too
 * short for Moodle to read, is skipped with that reason rather than written wrong; a question
 * that begins like an option or ANSWER: line is written with a guard (see guardPrompt).
 */
import type { Bank } from '../bank/schema';
import { kindOfOptions, settle, skip } from './skips';
import { kindOf, lineError, MAX_OPTIONS, portableQuestions, tooLarge, type ExportResult, type ImportedQuestion, type ImportErrorCode, type ImportErrorParams, type ImportResult, type LineError, type ImportSkip } from './types';

import { phpTrim } from './phpTrim';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Moodle's own test for an option line, /^[A-Z][).][ \t]?/: a capital, ")" or ".", then an optional space or tab.
const OPTION = /^([A-Z])[).]([ \t]?)(.*)$/;
const ANSWER = /^ANSWER:(.*)$/;


/**
 * A question line Moodle would take for an option line ("U.S. President ...", "A) or B)?") or for
 * the ANSWER: line is written after a no-break space (U+00A0). Decided over refusing the question:
 * - Moodle's reader stays as it is: PHP's trim leaves a no-break space alone, and a no-break space
 *   is not a capital letter, so the line starts a question; and the whole file still imports,
 *   where one misread line would stop Moodle at "question not started" and lose every question.
 * - Nothing is lost: the question keeps every word; Moodle shows it as HTML, where the mark is at
 *   most one space's width before the first word.
 * - Round trips are exact: Factsprint's reader (like any reader that trims Unicode spaces) drops
 *   the mark again, so the question comes back as it left.
 * Refusing would drop a question only for starting with an abbreviation, a date ("A.D. 79") or an
 * initial ("J. K. Rowling wrote ...").
 */
const GUARD = '\u00a0';
// "Answer: ..." in any case is guarded too: Moodle would read it as a question, but Factsprint's own
// reader names such a line as a mistyped ANSWER: line, and an export must come back in.
const guardPrompt = (p: string) => (OPTION.test(p) || /^answer\s*:/i.test(p) ? GUARD + p : p);

function unwritable(prompt: string, options: readonly string[]): string | null {
  if ([prompt, ...options].some((s) => /[\r\n]/.test(s))) return 'Aiken holds each question and each option on one line, and this one has a line break';
  // Moodle skips lines shorter than two characters.
  if (prompt.trim().length < 2) return 'Aiken ignores a question of fewer than two characters';
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
    const lines = [guardPrompt(q.prompt.trim()), ...q.options.map((o, i) => `${LETTERS[i]}. ${o.trim()}`), `ANSWER: ${LETTERS[q.answer]}`];
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
  /** The first thing wrong with it: the question is left out with this reason when it ends. */
  problem?: LineError;
}

/**
 * Questions one by one: a question that breaks the format (no ANSWER: line, a letter that names no
 * option, options out of order) is left out at the line it starts on, with the first thing wrong
 * with it, and the rest of the file still comes in. A line that belongs to no question (an option
 * or ANSWER: line with no question before it) is left out on its own.
 */
export function fromAiken(text: string): ImportResult {
  const huge = tooLarge(text);
  if (huge) return { ok: false, errors: [huge] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const questions: ImportedQuestion[] = [];
  const skipped: ImportSkip[] = [];
  let cur: Draft | null = null;
  const note = (d: Draft, line: number, code: ImportErrorCode, message: string, params?: ImportErrorParams) => {
    d.problem ??= lineError(line, code, message, params);
  };
  const stray = (line: number, code: ImportErrorCode, message: string, params?: ImportErrorParams) => skipped.push(skip(line, 'strayLine', lineError(line, code, message, params)));
  const leave = (d: Draft, reason: LineError) => {
    const { kind, kindParams } = kindOfOptions(d.options, MAX_OPTIONS);
    skipped.push(skip(d.line, kind, reason, kindParams));
  };
  const unfinished = (d: Draft) => {
    if (d.problem) return leave(d, d.problem);
    if (d.options.length) leave(d, lineError(d.line, 'aikenNoAnswerLine', 'this question has no ANSWER: line after its options'));
    else leave(d, lineError(d.line, 'aikenNoOptions', 'this question has no options ("A. ...", "B. ...") after it'));
  };

  lines.forEach((raw, i) => {
    const ln = i + 1;
    // Classified as Moodle classifies it (PHP's trim), kept as text with every space trimmed.
    const t = phpTrim(raw);
    if (!t.trim()) {
      if (cur && !cur.options.length) cur.blank = true;
      return;
    }
    const opt = OPTION.exec(t);
    const ans = ANSWER.exec(t);
    if (opt) {
      const letter = opt[1]!;
      const body = opt[3]!.trim();
      if (!cur) {
        if (!opt[2] && body) {
          // "U.S. President ...", "A.D. 79 ...": most likely a question that starts like an option.
          // Its own options and ANSWER: line go with it, so the one mistake leaves out one question.
          cur = { line: ln, prompt: [t], options: [], blank: false };
          const start = `${letter}${t[1]!}`;
          return note(cur, ln, 'aikenPromptLikeOption', `this line starts like an option ("${start}" then text), as Moodle reads it too, and no question comes before it: if it is a question, reword its start`, { start });
        }
        return stray(ln, 'aikenOptionBeforeQuestion', 'an option line comes before any question text');
      }
      const want = LETTERS[cur.options.length]!;
      if (letter !== want) note(cur, ln, 'aikenOptionOrder', `expected option ${want} here, found ${letter}`, { expected: want, found: letter });
      else if (!body) note(cur, ln, 'emptyOption', `option ${letter} is empty`);
      cur.options.push(body);
      return;
    }
    if (ans) {
      const d: Draft | null = cur;
      cur = null;
      if (!d) return stray(ln, 'aikenAnswerWithoutQuestion', 'an ANSWER: line with no question before it');
      if (d.options.length > MAX_OPTIONS) note(d, ln, 'tooManyOptions', `${d.options.length} options: Factsprint questions have at most ${MAX_OPTIONS}`, { max: MAX_OPTIONS });
      if (d.options.length < 2) note(d, ln, 'tooFewOptions', 'a question needs at least two options before its ANSWER: line');
      const letter = ans[1]!.trim();
      if (!/^[A-Z]$/.test(letter)) note(d, ln, 'aikenAnswerLetter', 'ANSWER: must be followed by one option letter, like "ANSWER: B"');
      const answer = LETTERS.indexOf(letter);
      if (answer >= d.options.length && d.options.length) {
        const last = LETTERS[Math.min(d.options.length, LETTERS.length) - 1]!;
        note(d, ln, 'aikenAnswerNotOption', `ANSWER: ${letter} is not one of the options A to ${last}`, { letter, last });
      }
      if (d.problem) return leave(d, d.problem);
      questions.push({ prompt: d.prompt.join('\n'), options: d.options, answer, kind: kindOf(d.options), line: d.line });
      return;
    }
    if (/^answer\s*:/i.test(t)) {
      // The question it ends is left out with it: one reason, not a second "no ANSWER: line".
      const d: Draft | null = cur;
      cur = null;
      if (!d) return stray(ln, 'aikenAnswerCase', 'write the answer line as "ANSWER: X", in capitals');
      note(d, ln, 'aikenAnswerCase', 'write the answer line as "ANSWER: X", in capitals');
      return leave(d, d.problem!);
    }
    if (cur && (cur.options.length || cur.blank)) unfinished(cur);
    if (cur && !cur.options.length && !cur.blank) cur.prompt.push(t.trim());
    else cur = { line: ln, prompt: [t.trim()], options: [], blank: false };
  });
  if (cur) unfinished(cur);
  return settle(questions, skipped);
}
