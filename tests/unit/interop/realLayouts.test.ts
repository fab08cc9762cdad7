/**
 * The rules behind reading what the tools really write, each on the smallest input that shows it:
 * where a CSV's header is and what separates its cells, GIFT's format markers, Aiken as Moodle reads
 * it today, and an Aiken export Moodle reads in full whatever its questions start with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromAiken, fromCsv, fromGift, toAiken, type ImportResult } from '../../../src/core/interop';
import { bankWith, moodleAiken, type Spec } from './helpers';

const lines = (...ls: string[]) => ls.join('\n');
const got = (r: ImportResult) => (r.ok ? r.questions.map((q) => ({ prompt: q.prompt, options: q.options, answer: q.answer, ...(q.feedback ? { feedback: q.feedback } : {}) })) : r.errors);
/** Why the questions that did not come in stayed out: "line:code", for a refusal or a partial import alike. */
const codes = (r: ImportResult) => (r.ok ? r.skipped : r.errors).map((e) => `${e.line}:${e.code}`);

const Q = { prompt: 'Which planet is red?', options: ['Venus', 'Mars', 'Jupiter', 'Saturn'], answer: 1 };
const KAHOOT_HEADER = ',Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",Correct answer(s) - choose at least one';

describe('CSV: the header and the separator', () => {
  it("Kahoot's header, whose first cell is empty, and a numbered row", () => {
    expect(got(fromCsv(lines(KAHOOT_HEADER, '1,Which planet is red?,Venus,Mars,Jupiter,Saturn,20,2')))).toEqual([Q]);
  });

  it('the same file with semicolons or tabs', () => {
    const semicolons = lines(KAHOOT_HEADER.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';').replace(/"/g, ''), '1;Which planet is red?;Venus;Mars;Jupiter;Saturn;20;2');
    expect(semicolons.split('\n')[0]).toContain('secs;Correct');
    expect(got(fromCsv(semicolons))).toEqual([Q]);
    expect(got(fromCsv(lines('Question\tAnswer 1\tAnswer 2\tAnswer 3\tAnswer 4\tTime limit (sec)\tCorrect answer(s)', 'Which planet is red?\tVenus\tMars\tJupiter\tSaturn\t20\t2')))).toEqual([Q]);
  });

  it('no header: the separator that splits the first row most, commas winning a tie', () => {
    expect(got(fromCsv('Which planet is red?;Venus;Mars;Jupiter;Saturn;20;2'))).toEqual([Q]);
    expect(got(fromCsv('Which planet is red?\tVenus\tMars\tJupiter\tSaturn\t20\t2'))).toEqual([Q]);
    expect(got(fromCsv('Red, or not: which planet?;Venus;Mars;Jupiter;Saturn;20;2'))).toEqual([{ ...Q, prompt: 'Red, or not: which planet?' }]);
    expect(got(fromCsv('Red; or not: which planet?,Venus,Mars,Jupiter,Saturn,20,2'))).toEqual([{ ...Q, prompt: 'Red; or not: which planet?' }]);
  });

  it('Excel\'s "sep=" line names the separator, and line numbers stay the file\'s', () => {
    const r = fromCsv(lines('sep=;', 'Question;Answer 1;Answer 2;Answer 3;Answer 4;Time limit (sec);Correct answer(s)', 'Which planet is red?;Venus;Mars;Jupiter;Saturn;20;2', 'Broken;a;b;c;d;20;9'));
    expect(got(r)).toEqual([Q]);
    expect(codes(r)).toEqual(['4:csvCorrectOutOfRange']);
    expect(got(fromCsv(lines('sep=,', 'Which planet is red?,Venus,Mars,Jupiter,Saturn,20,2')))).toEqual([Q]);
  });

  it('title rows above the header are skipped; a row that looks like a question is not a title, so no header is looked for after it', () => {
    expect(got(fromCsv(lines('Planets quiz,,,,,,,', ',"Instructions: one question a row, please.",,,,,,', '', KAHOOT_HEADER, '1,Which planet is red?,Venus,Mars,Jupiter,Saturn,20,2')))).toEqual([Q]);
    // A question row first: the file has no header, so a later header-like row is a row like any other, and an error.
    const r = fromCsv(lines('Which planet is red?,Venus,Mars,Jupiter,Saturn,20,2', 'Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)'));
    expect(got(r)).toEqual([Q]);
    expect(codes(r)).toEqual(['2:csvCorrectNotNumber']);
  });

  it("numbered rows with no question and no answer are skipped silently; a numbered row with answers but no question is an error", () => {
    const header = 'Question #,Question Text,Answer 1,Answer 2,Answer 3,Answer 4,Time Limit (sec),Correct Answer(s)';
    expect(got(fromCsv(lines(header, '1,Which planet is red?,Venus,Mars,Jupiter,Saturn,20,2', '2,,,,,,,', '3,,,,,,20,', '4,,,,,,,1')))).toEqual([Q]);
    const r = fromCsv(lines(header, '1,Which planet is red?,Venus,Mars,Jupiter,Saturn,20,2', '2,,Venus,Mars,,,20,1'));
    expect(got(r)).toEqual([Q]);
    expect(codes(r)).toEqual(['3:emptyQuestion']);
  });

  it('a quoted title cell with a line break, and header cells with line breaks (Blooket)', () => {
    const text = ['"Blooket\nImport Template",,,,,,,', 'Question #,Question Text,Answer 1,Answer 2,"Answer 3\n(Optional)","Answer 4\n(Optional)","Time Limit (sec)\n(Max: 300 seconds)","Correct Answer(s)\n(Only include Answer #)"', '1,Which planet is red?,Venus,Mars,Jupiter,Saturn,20,2', '2,,,,,,,'].join('\r\n');
    const r = fromCsv(text);
    expect(got(r)).toEqual([Q]);
    expect(r.ok && r.questions[0]!.line).toBe(8);
  });

  it('a multiple-answer row is left out with its line, as is any other row that cannot be read', () => {
    const r = fromCsv(lines(KAHOOT_HEADER, '1,Which are planets?,Mars,Moon,Venus,Sun,20,"1,3"', '2,Which planet is red?,Venus,Mars,Jupiter,Saturn,20,7', '3,Which planet is red?,Venus,Mars,Jupiter,Saturn,20,2'));
    expect(got(r)).toEqual([Q]);
    expect(codes(r)).toEqual(['2:severalRight', '3:csvCorrectOutOfRange']);
    expect(r.ok && r.skipped.map((s) => s.kind)).toEqual(['multipleAnswer', 'question']);
  });
});

describe('GIFT format markers', () => {
  it('[html]: the markup reduced to its text, entities decoded', () => {
    expect(fromGift('::Q1::[html]<p>Tom &amp; Jerry are a cat and a mouse.</p>{TRUE}')).toEqual({
      ok: true,
      questions: [{ prompt: 'Tom & Jerry are a cat and a mouse.', options: ['True', 'False'], answer: 0, kind: 'truefalse', line: 1 }],
      skipped: [],
    });
    const r = fromGift('[html]<p>Line one<br>line&nbsp;two: &lt;b&gt; is &#39;bold&#39;</p><p>Next.</p><script>alert(1)</script>{T}');
    expect(r.ok && r.questions[0]!.prompt).toBe("Line one line\u00a0two: <b> is 'bold' Next.");
  });

  it("answers and feedback take the question's format unless they name their own", () => {
    const r = fromGift('[html]<p>Pick <b>one</b></p>{=<i>A &amp; B</i> ~[plain]<i>C</i> ~D ~E ####<p>Because &lt;reasons&gt;.</p>}');
    expect(got(r)).toEqual([{ prompt: 'Pick one', options: ['A & B', '<i>C</i>', 'D', 'E'], answer: 0, feedback: 'Because <reasons>.' }]);
    const plain = fromGift('[plain]Pick <b>one</b>{=[html]<i>A &amp; B</i> ~<i>C</i> ~D ~E}');
    expect(got(plain)).toEqual([{ prompt: 'Pick <b>one</b>', options: ['A & B', '<i>C</i>', 'D', 'E'], answer: 0 }]);
  });

  it('[plain] and [moodle] drop their marker only, [markdown] its marks too; an unknown marker is text, as in Moodle', () => {
    expect(got(fromGift(lines('[markdown]Is **this** bold?{T}', '', '[moodle]Is <b>this</b> bold?{T}', '', '[plain]Is &amp; an entity?{T}', '', '[latex]Is this TeX?{T}')))).toEqual([
      { prompt: 'Is this bold?', options: ['True', 'False'], answer: 0 },
      { prompt: 'Is <b>this</b> bold?', options: ['True', 'False'], answer: 0 },
      { prompt: 'Is &amp; an entity?', options: ['True', 'False'], answer: 0 },
      { prompt: '[latex]Is this TeX?', options: ['True', 'False'], answer: 0 },
    ]);
  });

  it('an [html] answer with no text left is an empty answer', () => {
    expect(codes(fromGift('[html]Q?{=<img src\\="x.png"> ~b ~c ~d}'))).toEqual(['1:emptyOption']);
  });
});

describe('Aiken as Moodle reads it today', () => {
  it('"A)Venus" and "A.Venus" are options, as Moodle\'s current reader takes them', () => {
    expect(got(fromAiken(lines('Which planet is red?', 'A)Venus', 'B)Mars', 'C.Jupiter', 'D.Saturn', 'ANSWER: B')))).toEqual([Q]);
  });

  it('the lines are trimmed as PHP trims: a no-break space in front of a line is not trimmed before the option test', () => {
    expect(got(fromAiken(lines('\u00a0U.S. Presidents serve how many years?', 'A. 2', 'B. 4', 'ANSWER: B')))).toEqual([{ prompt: 'U.S. Presidents serve how many years?', options: ['2', '4'], answer: 1 }]);
  });

  it('a question that starts like an option is left out once, not once per line that follows', () => {
    const r = fromAiken(lines('A.D. 79 is the year which volcano erupted?', 'A. Etna', 'B. Vesuvius', 'ANSWER: B', '', 'Which planet is red?', 'A. Venus', 'B. Mars', 'ANSWER: B'));
    expect(codes(r)).toEqual(['1:aikenPromptLikeOption']);
    expect(got(r)).toEqual([{ prompt: 'Which planet is red?', options: ['Venus', 'Mars'], answer: 1 }]);
    // An option with a space after its letter and no question is still an option out of place.
    expect(codes(fromAiken(lines('A. stray', 'Which planet is red?', 'A. Venus', 'B. Mars', 'ANSWER: B')))).toEqual(['1:aikenOptionBeforeQuestion']);
  });
});

describe('Aiken export, read by Moodle\'s current rules', () => {
  const risky: Spec[] = [
    { prompt: 'U.S. Presidents serve terms of how many years?', options: ['2', '4', '6', '8'], answer: 1, feedback: 'f' },
    { prompt: 'A) or B): which letter is a vowel?', options: ['A', 'B', 'Both', 'Neither'], answer: 0, feedback: 'f' },
    { prompt: 'J.K. Rowling wrote which series?', options: ['Narnia', 'Harry Potter', 'Discworld', 'Dune'], answer: 1, feedback: 'f' },
    { prompt: 'ANSWER: is this the question?', answer: 0, feedback: 'f' },
    { prompt: 'E.T. was directed by Steven Spielberg.', answer: 0, feedback: 'f' },
    { prompt: 'Answer: which of these is a prime number?', options: ['4', '6', '7', '9'], answer: 2, feedback: 'f' },
  ];

  it('writes a question that starts like an option or ANSWER: line so Moodle reads every question, with its right answer', () => {
    const { output, skipped } = toAiken(bankWith(risky));
    expect(skipped).toEqual([]);
    const moodle = moodleAiken(output);
    expect(moodle.errors).toEqual([]);
    expect(moodle.questions.map((q) => ({ text: q.text.replace(/^\u00a0/, ''), right: q.answers[q.right] }))).toEqual(
      risky.map((s) => ({ text: s.prompt, right: (s.options ?? ['True', 'False'])[s.answer] })),
    );
  });

  it('and comes back into Factsprint exactly', () => {
    expect(got(fromAiken(toAiken(bankWith(risky)).output))).toEqual(risky.map((s) => ({ prompt: s.prompt, options: s.options ?? ['True', 'False'], answer: s.answer })));
  });

  it('any one-line question: Moodle reads the whole export without an error', () => {
    const piece = fc.constantFrom('A)', 'A.', 'B) ', 'Z.', 'U.S.', 'ANSWER:', 'ANSWER: B', 'Answer :', 'answer:', ' ', '\t', '\u00a0', 'a', 'Q', '?', '.', ')', 'é', '北京', '🙂');
    const line = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')).filter((s) => s.trim().length >= 2);
    const spec: fc.Arbitrary<Spec> = fc.record({ prompt: line, options: fc.constant(['w', 'x', 'y', 'z']), answer: fc.integer({ min: 0, max: 3 }), feedback: fc.constant('f') });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 4 }), (specs) => {
        const { output, skipped } = toAiken(bankWith(specs));
        expect(skipped).toEqual([]);
        const moodle = moodleAiken(output);
        expect(moodle.errors).toEqual([]);
        expect(moodle.questions.map((q) => q.right)).toEqual(specs.map((s) => s.answer));
        expect(got(fromAiken(output))).toEqual(specs.map((s) => ({ prompt: s.prompt.trim(), options: s.options, answer: s.answer })));
      }),
      { numRuns: 300 },
    );
    // 300 runs take about 2 s; a machine busy with other work has needed more than the default 5.
  }, 30_000);
});
