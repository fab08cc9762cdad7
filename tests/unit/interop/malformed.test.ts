/**
 * Broken questions are left out, each named at the line it starts on with what it is and why, and
 * the rest of the file comes in; a question is whole or left out, never half-imported. A file in
 * which nothing can be played is refused, each question named; a file that is not readable as its
 * format at all (an unclosed quote, a CSV header with no answers) is refused outright.
 */
import { describe, expect, it } from 'vitest';
import { fromAiken, fromCsv, fromGift, type ImportErrorCode, type ImportResult, type SkipKind } from '../../../src/core/interop';

/** The import must fail; returns its errors. */
function errorsOf(result: ImportResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** What came in (first line of each question) and what was left out: [line, kind, reason]. */
function outcome(result: ImportResult): { came: number[]; left: [number, SkipKind, ImportErrorCode][] } {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return { came: result.questions.map((q) => q.line ?? 0), left: result.skipped.map((s) => [s.line, s.kind, s.code as ImportErrorCode]) };
}

const lines = (...ls: string[]) => ls.join('\n');

/** An error at this line with this code; the English message is checked too, as the CLI prints it. */
const err = (line: number, code: ImportErrorCode, message: unknown) => expect.objectContaining({ line, code, message });

describe('GIFT', () => {
  const good = '::q1::What is 2+2?{=4 ~3 ~5 ~22}';

  it('a question with no right answer is left out at its first line; the others come in', () => {
    const text = lines('// a comment', good, '', '::q2:: Which city?', '{', '\t~Paris', '\t~Rome', '}', '', good);
    const r = fromGift(text);
    expect(outcome(r)).toEqual({ came: [2, 10], left: [[4, 'choice', 'noRightAnswer']] });
    expect(r.ok && r.skipped[0]!.message).toMatch(/no right answer/);
  });

  it('every broken question is named, not just the first', () => {
    const text = lines('Q1 {~a ~b}', '', good, '', 'Q3 {=a =b ~c}', '', 'Q4 {=a ~b ~c ~d ~e ~f ~g}');
    const r = fromGift(text);
    expect(outcome(r)).toEqual({ came: [3], left: [[1, 'choice', 'noRightAnswer'], [5, 'multipleAnswer', 'severalRight'], [7, 'manyOptions', 'tooManyOptions']] });
    expect(r.ok && r.skipped.map((s) => [s.message, s.kindParams ?? null])).toEqual([
      [expect.stringMatching(/no right answer/), null],
      [expect.stringMatching(/2 answers are marked right/), null],
      [expect.stringMatching(/7 answers: .*at most 6/), { n: 7 }],
    ]);
  });

  it('an answer block never closed, or closed without being opened: that question', () => {
    expect(outcome(fromGift(lines(good, '', 'Which?', '{=a', '~b')))).toEqual({ came: [1], left: [[3, 'question', 'giftUnbalancedBraces']] });
    expect(errorsOf(fromGift(lines('Which?', '=a ~b}')))).toEqual([err(1, 'giftUnbalancedBraces', expect.stringMatching(/unbalanced braces/))]);
  });

  it('two questions with no blank line between them: left out together, with how to fix it', () => {
    expect(outcome(fromGift(lines(good, good, '', good)))).toEqual({ came: [4], left: [[1, 'question', 'giftSecondAnswerBlock']] });
  });

  it('question types Factsprint cannot play, each named with its kind', () => {
    const text = lines('Short {=Paris =paris}', '', 'Number {#4:1}', '', 'Essay {}', '', 'Match {=a -> 1 =b -> 2}', '', 'Description only', '', 'Ticks {~%50%a ~%50%b ~%-100%c}', '', good);
    expect(outcome(fromGift(text))).toEqual({
      came: [13],
      left: [
        [1, 'shortAnswer', 'giftShortAnswer'],
        [3, 'numerical', 'giftNumerical'],
        [5, 'essay', 'giftEssay'],
        [7, 'matching', 'giftMatching'],
        [9, 'description', 'giftNoAnswers'],
        [11, 'multipleAnswer', 'severalRight'],
      ],
    });
  });

  it('partial credit and empty answers', () => {
    expect(errorsOf(fromGift(lines('Q', '{', '=a', '~%50%b', '}')))).toEqual([err(1, 'partialCredit', expect.stringMatching(/partial credit \(%50%\)/))]);
    expect(errorsOf(fromGift(lines('Q', '{', '~%-25%a', '~%100%b', '}')))).toEqual([err(1, 'partialCredit', expect.stringMatching(/partial credit \(%-25%\)/))]);
    expect(errorsOf(fromGift('Q {=a ~%100%b}'))).toEqual([err(1, 'severalRight', expect.stringMatching(/2 answers are marked right/))]);
    expect(errorsOf(fromGift('Q {=a ~ ~b}'))).toEqual([err(1, 'emptyOption', expect.stringMatching(/empty/))]);
  });

  it('an empty file, or one with only comments and categories, holds no questions', () => {
    expect(errorsOf(fromGift(''))).toEqual([err(1, 'noQuestions', expect.stringMatching(/no questions/))]);
    expect(errorsOf(fromGift(lines('// only a comment', '', '$CATEGORY: $course$/Quiz')))).toEqual([err(1, 'noQuestions', expect.stringMatching(/no questions/))]);
  });

  it('reads what Moodle writes and accepts: names, comments, categories, [html] text, T/F words, feedback, %0% and %100% weights', () => {
    const text = lines(
      '$CATEGORY: $course$/top/Imported',
      '',
      '// question: 1  name: capital',
      '::capital::[html]Capital of <b>France</b>?{',
      '\t~%0%Lyon#No.',
      '\t~%100%Paris#Yes.',
      '\t~Nice',
      '\t####Paris is the capital.',
      '}',
      '',
      'Grant is buried in Grant\'s tomb.{FALSE#He is entombed.}',
      '',
      'Missing {=word ~term} in a sentence.',
    );
    const r = fromGift(text);
    expect(r.ok ? r.questions : r.errors).toEqual([
      // [html] text comes in as the words a browser shows, never as markup.
      { prompt: 'Capital of France?', options: ['Lyon', 'Paris', 'Nice'], answer: 1, kind: 'choice', feedback: 'Paris is the capital.', line: 4 },
      { prompt: "Grant is buried in Grant's tomb.", options: ['True', 'False'], answer: 1, kind: 'truefalse', line: 11 },
      { prompt: 'Missing _____ in a sentence.', options: ['word', 'term'], answer: 0, kind: 'choice', line: 13 },
    ]);
    expect(r.ok && r.skipped).toEqual([]);
  });
});

describe('Aiken', () => {
  const q1 = ['What is 2+2?', 'A. 4', 'B. 5', 'ANSWER: A'];

  it('a question with no ANSWER: line is left out at the line it starts on; the others come in', () => {
    const text = lines(...q1, '', 'Which city?', 'A. Paris', 'B. Rome', '', ...q1);
    expect(outcome(fromAiken(text))).toEqual({ came: [1, 10], left: [[6, 'choice', 'aikenNoAnswerLine']] });
  });

  it('the last question with no ANSWER: line, at the end of the file', () => {
    expect(outcome(fromAiken(lines(...q1, '', 'Which city?', 'A) Paris', 'B) Rome')))).toEqual({ came: [1], left: [[6, 'choice', 'aikenNoAnswerLine']] });
  });

  it('an ANSWER letter that is not an option, or not a letter', () => {
    expect(errorsOf(fromAiken(lines('Q?', 'A. x', 'B. y', 'ANSWER: C')))).toEqual([err(1, 'aikenAnswerNotOption', expect.stringMatching(/not one of the options A to B/))]);
    expect(errorsOf(fromAiken(lines('Q?', 'A. x', 'B. y', 'ANSWER: 2')))).toEqual([err(1, 'aikenAnswerLetter', expect.stringMatching(/one option letter/))]);
  });

  it('options out of order, too many, or too few: the first thing wrong, once', () => {
    expect(errorsOf(fromAiken(lines('Q?', 'A. x', 'C. y', 'ANSWER: A')))).toEqual([err(1, 'aikenOptionOrder', 'expected option B here, found C')]);
    const seven = fromAiken(lines('Q?', 'A. a', 'B. b', 'C. c', 'D. d', 'E. e', 'F. f', 'G. g', 'ANSWER: A', '', ...q1));
    expect(outcome(seven)).toEqual({ came: [11], left: [[1, 'manyOptions', 'tooManyOptions']] });
    expect(seven.ok && seven.skipped[0]!.kindParams).toEqual({ n: 7 });
    expect(errorsOf(fromAiken(lines('Q?', 'A. only', 'ANSWER: A')))).toEqual([err(1, 'tooFewOptions', expect.stringMatching(/at least two options/))]);
  });

  it('a question with no options, and a line that belongs to no question', () => {
    expect(outcome(fromAiken(lines('Lonely question?', '', ...q1)))).toEqual({ came: [3], left: [[1, 'choice', 'aikenNoOptions']] });
    expect(outcome(fromAiken(lines('A. stray', ...q1)))).toEqual({ came: [2], left: [[1, 'strayLine', 'aikenOptionBeforeQuestion']] });
    expect(outcome(fromAiken(lines(...q1, 'ANSWER: B', '', ...q1)))).toEqual({ came: [1, 7], left: [[5, 'strayLine', 'aikenAnswerWithoutQuestion']] });
  });

  it('a lower-case answer line is named, once', () => {
    expect(outcome(fromAiken(lines('Q?', 'A. x', 'B. y', 'Answer: A', '', ...q1)))).toEqual({ came: [6], left: [[1, 'choice', 'aikenAnswerCase']] });
  });

  it('reads CRLF files, ) labels, a blank line before the options and True/False as true/false', () => {
    const r = fromAiken(['Is it?', '', 'A) True', 'B) False', 'ANSWER: B', '', ...q1].join('\r\n'));
    expect(r.ok ? r.questions : r.errors).toEqual([
      { prompt: 'Is it?', options: ['True', 'False'], answer: 1, kind: 'truefalse', line: 1 },
      { prompt: 'What is 2+2?', options: ['4', '5'], answer: 0, kind: 'choice', line: 7 },
    ]);
  });
});

describe('CSV', () => {
  const header = 'Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s),Feedback';
  const good = 'What is 2+2?,4,3,5,22,20,1,Because.';

  it('a row with the correct-answer column missing is left out; the others come in', () => {
    const r = fromCsv(lines(header, good, 'Which city?,Paris,Rome,Oslo,Bern,20', good));
    expect(outcome(r)).toEqual({ came: [2, 4], left: [[3, 'question', 'csvNoCorrect']] });
    expect(r.ok && r.skipped[0]!.message).toMatch(/no correct answer.*column 7/);
  });

  it('counts lines inside quoted fields, so the line is the one in the file', () => {
    expect(outcome(fromCsv(lines(header, '"A question', 'on two lines",a,b,c,d,20,2,', 'Which city?,Paris,Rome,,,20,')))).toEqual({ came: [2], left: [[4, 'question', 'csvNoCorrect']] });
  });

  it('a quote that is never closed swallows the rest of the file: refused at the line it opens on', () => {
    expect(errorsOf(fromCsv(lines(header, good, '"Unclosed,a,b,c,d,20,1', good)))).toEqual([err(3, 'csvUnclosedQuote', expect.stringMatching(/never closed/))]);
  });

  it('text after a closing quote costs only its row', () => {
    expect(outcome(fromCsv(lines(header, '"Say "hi"",a,b,c,d,20,1', good)))).toEqual({ came: [3], left: [[2, 'question', 'csvTextAfterQuote']] });
    expect(errorsOf(fromCsv(lines(header, '"Say "hi"",a,b,c,d,20,1')))).toEqual([err(2, 'csvTextAfterQuote', expect.stringMatching(/doubled/))]);
  });

  it('a correct answer that is out of range, not a number, or more than one; answers with a gap; no question', () => {
    const text = lines(header, 'Q1,a,b,,,20,3', 'Q2,a,b,c,d,20,B', 'Q3,a,b,c,d,20,"1,3"', 'Q4,a,,c,d,20,1', ',a,b,c,d,20,1', 'Q6,a,,,,20,1', good);
    expect(outcome(fromCsv(text))).toEqual({
      came: [8],
      left: [
        [2, 'question', 'csvCorrectOutOfRange'],
        [3, 'question', 'csvCorrectNotNumber'],
        [4, 'multipleAnswer', 'severalRight'],
        [5, 'question', 'csvAnswerGap'],
        [6, 'question', 'emptyQuestion'],
        [7, 'question', 'tooFewOptions'],
      ],
    });
  });

  it('a header with no correct-answer column is refused whole, and a file with no questions', () => {
    expect(errorsOf(fromCsv(lines('Question,Answer 1,Answer 2,Time', 'Q,a,b,20')))).toEqual([err(1, 'csvHeaderNoCorrect', expect.stringMatching(/no "Correct answer\(s\)" column/))]);
    expect(errorsOf(fromCsv(header))).toEqual([err(1, 'noQuestions', expect.stringMatching(/no questions/))]);
  });

  it('reads a file with no header by position, and skips blank rows', () => {
    const r = fromCsv(lines(good, ',,,,,,,', '', 'Is it?,False,True,,,10,2'));
    expect(r.ok ? r.questions : r.errors).toEqual([
      { prompt: 'What is 2+2?', options: ['4', '3', '5', '22'], answer: 0, kind: 'choice', feedback: 'Because.', line: 1 },
      { prompt: 'Is it?', options: ['False', 'True'], answer: 1, kind: 'truefalse', line: 4 },
    ]);
  });

  it("reads Kahoot's and Blooket's template headers by column name", () => {
    const kahoot = lines(
      'Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",Correct answer(s) - choose at least one',
      'Capital of France?,Lyon,Paris,Nice,Lille,20,2',
    );
    const blooket = lines(
      'Question #,Question Text,Answer 1,Answer 2,Answer 3 (Optional),Answer 4 (Optional),Time Limit (sec) (Max: 300 seconds),Correct Answer(s) (Only include Answer #)',
      '1,Capital of France?,Lyon,Paris,Nice,Lille,20,2',
    );
    for (const text of [kahoot, blooket]) {
      const r = fromCsv(text);
      expect(r.ok ? r.questions : r.errors).toEqual([{ prompt: 'Capital of France?', options: ['Lyon', 'Paris', 'Nice', 'Lille'], answer: 1, kind: 'choice', line: 2 }]);
    }
  });
});
