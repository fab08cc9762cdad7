/**
 * Broken files are refused, each problem named at the line a teacher should fix, and nothing is
 * half-imported.
 */
import { describe, expect, it } from 'vitest';
import { fromAiken, fromCsv, fromGift, type ImportErrorCode, type ImportResult } from '../../../src/core/interop';

/** The import must fail; returns its errors. */
function errorsOf(result: ImportResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const lines = (...ls: string[]) => ls.join('\n');

/** An error at this line with this code; the English message is checked too, as the CLI prints it. */
const err = (line: number, code: ImportErrorCode, message: unknown) => expect.objectContaining({ line, code, message });

describe('GIFT', () => {
  const good = '::q1::What is 2+2?{=4 ~3 ~5 ~22}';

  it('a question with no right answer: the line of its answer block', () => {
    const text = lines('// a comment', good, '', '::q2:: Which city?', '{', '\t~Paris', '\t~Rome', '}', '', good);
    expect(errorsOf(fromGift(text))).toEqual([err(5, 'noRightAnswer', expect.stringMatching(/no right answer/))]);
  });

  it('every broken question is reported, not just the first', () => {
    const text = lines('Q1 {~a ~b}', '', good, '', 'Q3 {=a =b ~c}', '', 'Q4 {=a ~b ~c ~d ~e ~f ~g}');
    expect(errorsOf(fromGift(text))).toEqual([
      err(1, 'noRightAnswer', expect.stringMatching(/no right answer/)),
      err(5, 'severalRight', expect.stringMatching(/2 answers are marked right/)),
      err(7, 'tooManyOptions', expect.stringMatching(/7 answers: .*at most 6/)),
    ]);
  });

  it('an answer block that is never closed: the line of its {', () => {
    expect(errorsOf(fromGift(lines(good, '', 'Which?', '{=a', '~b')))).toEqual([err(4, 'giftUnbalancedBraces', expect.stringMatching(/unbalanced braces/))]);
  });

  it('a closing } with no opening {: its line', () => {
    expect(errorsOf(fromGift(lines('Which?', '=a ~b}')))).toEqual([err(2, 'giftUnbalancedBraces', expect.stringMatching(/unbalanced braces/))]);
  });

  it('two questions with no blank line between them', () => {
    expect(errorsOf(fromGift(lines(good, good)))).toEqual([err(2, 'giftSecondAnswerBlock', expect.stringMatching(/second answer block/))]);
  });

  it('question types Factsprint cannot play, each named', () => {
    const text = lines('Short {=Paris =paris}', '', 'Number {#4:1}', '', 'Essay {}', '', 'Match {=a -> 1 =b -> 2}', '', 'Description only');
    const errors = errorsOf(fromGift(text));
    expect(errors.map((e) => e.line)).toEqual([1, 3, 5, 7, 9]);
    expect(errors.map((e) => e.code)).toEqual(['giftShortAnswer', 'giftNumerical', 'giftEssay', 'giftMatching', 'giftNoAnswers']);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/short-answer/),
      expect.stringMatching(/numerical/),
      expect.stringMatching(/essay/),
      expect.stringMatching(/matching/),
      expect.stringMatching(/no answers in braces/),
    ]);
  });

  it('partial credit and empty answers', () => {
    expect(errorsOf(fromGift(lines('Q', '{', '=a', '~%50%b', '}')))).toEqual([err(4, 'partialCredit', expect.stringMatching(/partial credit \(%50%\)/))]);
    expect(errorsOf(fromGift(lines('Q', '{', '~%-25%a', '~%100%b', '}')))).toEqual([err(3, 'partialCredit', expect.stringMatching(/partial credit \(%-25%\)/))]);
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
  });
});

describe('Aiken', () => {
  const q1 = ['What is 2+2?', 'A. 4', 'B. 5', 'ANSWER: A'];

  it('a question with no ANSWER: line: the line the question starts on', () => {
    const text = lines(...q1, '', 'Which city?', 'A. Paris', 'B. Rome', '', ...q1);
    expect(errorsOf(fromAiken(text))).toEqual([err(6, 'aikenNoAnswerLine', expect.stringMatching(/no ANSWER: line/))]);
  });

  it('the last question with no ANSWER: line, at the end of the file', () => {
    expect(errorsOf(fromAiken(lines(...q1, '', 'Which city?', 'A) Paris', 'B) Rome')))).toEqual([err(6, 'aikenNoAnswerLine', expect.stringMatching(/no ANSWER: line/))]);
  });

  it('an ANSWER letter that is not an option, or not a letter: the ANSWER line', () => {
    expect(errorsOf(fromAiken(lines('Q?', 'A. x', 'B. y', 'ANSWER: C')))).toEqual([err(4, 'aikenAnswerNotOption', expect.stringMatching(/not one of the options A to B/))]);
    expect(errorsOf(fromAiken(lines('Q?', 'A. x', 'B. y', 'ANSWER: 2')))).toEqual([err(4, 'aikenAnswerLetter', expect.stringMatching(/one option letter/))]);
  });

  it('options out of order, too many, or too few', () => {
    expect(errorsOf(fromAiken(lines('Q?', 'A. x', 'C. y', 'ANSWER: A')))).toEqual([err(3, 'aikenOptionOrder', 'expected option B here, found C')]);
    expect(errorsOf(fromAiken(lines('Q?', 'A. a', 'B. b', 'C. c', 'D. d', 'E. e', 'F. f', 'G. g', 'ANSWER: A')))).toEqual([err(8, 'tooManyOptions', expect.stringMatching(/at most 6 options; this is option G/))]);
    expect(errorsOf(fromAiken(lines('Q?', 'A. only', 'ANSWER: A')))).toEqual([err(3, 'tooFewOptions', expect.stringMatching(/at least two options/))]);
  });

  it('a question with no options, and an option with no question', () => {
    expect(errorsOf(fromAiken(lines('Lonely question?', '', ...q1)))).toEqual([err(1, 'aikenNoOptions', expect.stringMatching(/no options/))]);
    expect(errorsOf(fromAiken(lines('A. stray', ...q1)))).toEqual([err(1, 'aikenOptionBeforeQuestion', expect.stringMatching(/before any question/))]);
  });

  it('a lower-case answer line is named, once', () => {
    expect(errorsOf(fromAiken(lines('Q?', 'A. x', 'B. y', 'Answer: A', '', ...q1)))).toEqual([err(4, 'aikenAnswerCase', expect.stringMatching(/in capitals/))]);
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

  it('a row with the correct-answer column missing: that row', () => {
    const text = lines(header, good, 'Which city?,Paris,Rome,Oslo,Bern,20', good);
    expect(errorsOf(fromCsv(text))).toEqual([err(3, 'csvNoCorrect', expect.stringMatching(/no correct answer.*column 7/))]);
  });

  it('counts lines inside quoted fields, so the line is the one in the file', () => {
    const text = lines(header, '"A question', 'on two lines",a,b,c,d,20,2,', 'Which city?,Paris,Rome,,,20,');
    expect(errorsOf(fromCsv(text))).toEqual([err(4, 'csvNoCorrect', expect.stringMatching(/no correct answer/))]);
  });

  it('a quote that is never closed: the line it opens on', () => {
    expect(errorsOf(fromCsv(lines(header, good, '"Unclosed,a,b,c,d,20,1', good)))).toEqual([err(3, 'csvUnclosedQuote', expect.stringMatching(/never closed/))]);
  });

  it('text after a closing quote: its line', () => {
    expect(errorsOf(fromCsv(lines(header, '"Say "hi"",a,b,c,d,20,1')))).toEqual([err(2, 'csvTextAfterQuote', expect.stringMatching(/doubled/))]);
  });

  it('a correct answer that is out of range, not a number, or more than one', () => {
    const text = lines(header, 'Q1,a,b,,,20,3', 'Q2,a,b,c,d,20,B', 'Q3,a,b,c,d,20,"1,3"', 'Q4,a,,c,d,20,1', ',a,b,c,d,20,1', 'Q6,a,,,,20,1');
    expect(errorsOf(fromCsv(text))).toEqual([
      err(2, 'csvCorrectOutOfRange', expect.stringMatching(/3 is not one of the answers 1 to 2/)),
      err(3, 'csvCorrectNotNumber', expect.stringMatching(/must be the number/)),
      err(4, 'severalRight', expect.stringMatching(/2 right answers/)),
      err(5, 'csvAnswerGap', expect.stringMatching(/Answer 2 is empty/)),
      err(6, 'emptyQuestion', expect.stringMatching(/question is empty/)),
      err(7, 'tooFewOptions', expect.stringMatching(/at least two answers/)),
    ]);
  });

  it('a header with no correct-answer column, and a file with no questions', () => {
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
