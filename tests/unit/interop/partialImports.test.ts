/**
 * The fixtures with questions Factsprint cannot play among good ones, and the .txt files whose
 * format only their content tells (tests/fixtures/interop/README.md names the real file each one
 * follows). Each test says what the teacher sees: the questions that came in (text, options, right
 * answer) and each one left out, with its line, what it is and why, as the page lists it.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, decodeImport } from '../../../src/core/interop';
import { fixtureBytes, load, shown, tf } from './fixtureLoad';

const NOT_PLAYED = 'Factsprint imports multiple choice and true/false questions only.';

describe('Moodle XML', () => {
  it('a bank export: essay, matching and a tick-several question left out at their <question> lines; the rest come in', () => {
    const r = load('moodle-xml-mixed-types.xml');
    expect(r.questions).toEqual([
      {
        line: 15,
        prompt: 'Which planet has the most famous ring system?',
        options: ['Mars', 'Saturn', 'Mercury', 'Venus'],
        right: 'Saturn',
        feedback: "Saturn's rings are wide enough to see with a small telescope.",
      },
      tf(102, 'Sound can travel through the vacuum of space.', 'False', 'Sound needs a medium such as air or water to travel.'),
      // "Multiple answers allowed", but one right answer: the same question as a one-answer one.
      { line: 232, prompt: 'Which is the largest organ of the human body? Tick one.', options: ['Heart', 'Skin', 'Liver', 'Brain'], right: 'Skin' },
      { line: 287, prompt: 'At sea level, water boils at which temperature?', options: ['90 °C', '100 °C', '110 °C', '120 °C'], right: '100 °C' },
      {
        line: 342,
        prompt: 'Which is the largest planet in the Solar System?',
        options: ['Saturn', 'Neptune', 'Jupiter', 'Earth', 'Uranus'],
        right: 'Jupiter',
        feedback: 'Jupiter is more than twice as massive as all the other planets put together.',
      },
    ]);
    expect(r.left).toEqual([
      `Line 70, essay question: A question of Moodle type “essay”: ${NOT_PLAYED}`,
      `Line 131, matching question: A question of Moodle type “matching”: ${NOT_PLAYED}`,
      'Line 177, multiple-answer question: This question lets students pick several answers: a Factsprint question has exactly one right answer.',
    ]);
  });

  it('categories passed over without a word; HTML in CDATA, entities and per-answer feedback reduced to text; a description left out', () => {
    const r = load('moodle-xml-categories-html.xml');
    expect(r.questions).toEqual([
      {
        line: 15,
        prompt: 'Who built the first European printing press with movable type, around\u00a01440?',
        options: ['Johannes Gutenberg', 'William Caxton', 'Leonardo da Vinci', 'Martin Luther'],
        right: 'Johannes Gutenberg',
        feedback: "Gutenberg's press made books far cheaper to produce.",
      },
      { line: 81, prompt: 'The pyramids of Giza were built as…', options: ['grain stores', 'tombs for pharaohs', 'temples for the sun', 'royal palaces'], right: 'tombs for pharaohs', feedback: 'They held the burial chambers of kings such as Khufu.' },
      tf(153, 'The Romans spoke Latin & wrote it in the alphabet we use today.', 'True', 'Our alphabet comes from the Latin one, with a few letters added.'),
      { line: 193, prompt: 'In which year did people first walk on the Moon?\n(Think of Apollo 11.)', options: ['1959', '1965', '1969', '1975'], right: '1969' },
    ]);
    expect(r.left).toEqual([`Line 136, description (text with no question): A question of Moodle type “description”: ${NOT_PLAYED}`]);
  });

  it('2, 3, 5 and 6 answers come in as they are; 7 are left out, saying how many', () => {
    const r = load('moodle-xml-option-counts.xml');
    expect(r.questions.map((q) => [q.line, q.options.length, q.right])).toEqual([
      [15, 2, 'Whale'],
      [58, 3, 'Green'],
      [107, 5, 'Ottawa'],
      [168, 6, '6'],
    ]);
    expect(r.left).toEqual(['Line 235, question with 7 options: This question has more than 6 answers: Factsprint questions have at most 6.']);
  });

  it('short answer, numerical, cloze, drag-and-drop, select-missing-words and calculated questions, each named', () => {
    const r = load('moodle-xml-other-types.xml');
    expect(r.questions).toEqual([tf(15, 'Ice floats on water.', 'True'), { line: 224, prompt: 'Which is the fastest land animal?', options: ['Cheetah', 'Horse', 'Lion', 'Greyhound'], right: 'Cheetah' }]);
    expect(r.skipped.map((s) => [s.line, s.kind])).toEqual([
      [44, 'shortAnswer'],
      [74, 'numerical'],
      [104, 'cloze'],
      [121, 'dragDrop'],
      [157, 'gapSelect'],
      [193, 'calculated'],
    ]);
    expect(r.left[2]).toBe(`Line 104, cloze question (embedded answers): A question of Moodle type “multianswer”: ${NOT_PLAYED}`);
  });
});

describe('GIFT', () => {
  it("Moodle's export of a mixed bank: essay, matching, numerical, short answer and multiple answers left out; the rest in", () => {
    const r = load('gift-mixed-types.gift');
    expect(r.questions).toEqual([
      { line: 6, prompt: 'What is the capital of Kenya?', options: ['Mombasa', 'Nairobi', 'Kisumu', 'Nakuru'], right: 'Nairobi' },
      tf(49, 'The Sahara is in Africa.', 'True'),
      { line: 53, prompt: 'The Danube flows into the _____ at the end of its course.', options: ['Black Sea', 'North Sea', 'Baltic Sea'], right: 'Black Sea' },
    ]);
    expect(r.left).toEqual([
      'Line 15, essay question: Empty curly brackets make an essay question. Factsprint imports multiple choice and true/false questions only.',
      'Line 19, matching question: Answers with -> make a matching question. Factsprint imports multiple choice and true/false questions only.',
      'Line 27, numerical question: Answers that start with # make a numerical question. Factsprint imports multiple choice and true/false questions only.',
      'Line 33, short-answer question: Answers without any ~wrong answer make a short-answer question. Factsprint imports multiple choice and true/false questions only.',
      'Line 40, multiple-answer question: Answers marked right: 2. A Factsprint question has exactly one right answer.',
    ]);
  });

  it('3, 5, 2 and 6 answers with per-answer feedback (dropped) and general feedback (kept); CRLF', () => {
    const r = load('gift-option-counts-feedback.gift');
    expect(r.questions).toEqual([
      { line: 3, prompt: 'Which gas makes up most of the air we breathe?', options: ['Oxygen', 'Nitrogen', 'Carbon dioxide'], right: 'Nitrogen', feedback: 'Air is mostly nitrogen, then oxygen.' },
      { line: 10, prompt: 'Which instrument has black and white keys?', options: ['Piano', 'Violin', 'Flute', 'Trumpet', 'Drum'], right: 'Piano' },
      { line: 18, prompt: 'Which is heavier, a kilogram of iron or a kilogram of feathers?', options: ['They weigh the same', 'The iron'], right: 'They weigh the same' },
      { line: 20, prompt: 'How many players does a football (soccer) team have on the pitch?', options: ['7', '9', '10', '11', '12', '15'], right: '11', feedback: 'Each team fields eleven players.' },
    ]);
    expect(r.left).toEqual([]);
  });
});

describe('Aiken and CSV', () => {
  it('Aiken: a block with no ANSWER: line and one whose letter names no option are left out; the blocks around them come in', () => {
    const r = load('aiken-broken-block.txt');
    expect(r.format).toBe('aiken');
    expect(r.questions.map((q) => [q.line, q.options.length, q.right])).toEqual([
      [1, 4, 'Jupiter'],
      [8, 3, 'Silver'],
      [27, 5, 'Japan'],
      [35, 2, 'Red blood cells'],
    ]);
    expect(r.left).toEqual([
      'Line 14, multiple-choice question: This question has no ANSWER: line after its answers.',
      'Line 20, multiple-choice question: ANSWER: E is not one of the answers A to D.',
    ]);
  });

  it('CSV: rows that cannot be read (a right answer out of range or not a number, a stray quote) are left out; the header holds', () => {
    const r = load('csv-bad-row.csv');
    expect(r.questions).toEqual([
      { line: 2, prompt: 'What is 7 x 8?', options: ['54', '56', '58', '64'], right: '56' },
      { line: 3, prompt: 'Which is the smallest prime number?', options: ['0', '1', '2', '3'], right: '2', feedback: 'Two is the only even prime.' },
      { line: 7, prompt: 'How many minutes are in an hour?', options: ['30', '60', '90', '100'], right: '60' },
    ]);
    expect(r.left).toEqual([
      'Line 4, question to fix: The correct answer 5 is not one of the answers 1 to 3.',
      'Line 5, question to fix: The correct answer “A” must be the number of the right answer, from 1 to 4.',
      'Line 6, question to fix: There is text after a closing quote mark: a quote mark inside a quoted field must be doubled ("").',
    ]);
  });
});

describe('a .txt file is read by its content, not its name', () => {
  it('GIFT written in Notepad', () => {
    const r = load('txt-is-gift.txt');
    expect(r.format).toBe('gift');
    expect(r.questions).toEqual([
      tf(3, 'Plants make their food by photosynthesis.', 'True'),
      tf(5, 'The Sun is a planet.', 'False'),
      { line: 7, prompt: 'Which part of the plant takes in water?', options: ['The roots', 'The flowers', 'The leaves', 'The seeds'], right: 'The roots' },
    ]);
  });

  it('Aiken saved with a byte-order mark', () => {
    const r = load('txt-is-aiken.txt');
    expect(r.format).toBe('aiken');
    expect(r.questions.map((q) => [q.line, q.prompt, q.right])).toEqual([
      [1, 'Which ocean is the largest?', 'Pacific'],
      [8, 'Which city is called the Big Apple?', 'New York'],
    ]);
  });

  it('every .txt fixture is recognised as the format it is written in', () => {
    const txt = readdirSync(new URL('../../fixtures/interop/', import.meta.url)).filter((n) => n.endsWith('.txt'));
    const formats = Object.fromEntries(
      txt.map((n) => {
        const d = decodeImport(fixtureBytes(n));
        const found = d.ok ? detectFormat(d.text) : null;
        return [n, found?.ok ? found.format : null];
      }),
    );
    expect(formats).toEqual({
      'aiken-broken-block.txt': 'aiken',
      'aiken-moodle-rules.txt': 'aiken',
      'aiken-prompt-like-option.txt': 'aiken',
      'excel-unicode-text.txt': 'csv',
      'gift-format-markers.txt': 'gift',
      'gift-moodle-export.txt': 'gift',
      'txt-is-aiken.txt': 'aiken',
      'txt-is-gift.txt': 'gift',
    });
  });

  it('text with the marks of two formats, or of none, is not guessed at: the teacher is asked which it is', () => {
    const both = detectFormat('Which is red?\nA. Mars\nB. Venus\nANSWER: A\n\nWhich is blue? {=Neptune ~Mars}');
    expect(both.ok ? both.format : [both.candidates, shown(both.error)]).toEqual([
      ['aiken', 'gift'],
      'This file could be in more than one format (Aiken, GIFT). Choose its format in the list below, and it will be read again.',
    ]);
    const none = detectFormat('Shopping list: eggs, milk and bread.');
    expect(none.ok ? none.format : shown(none.error)).toMatch(/^Factsprint could not tell which format this file is in\./);
    expect(detectFormat('<?xml version="1.0"?>\n<quiz></quiz>')).toEqual({ ok: true, format: 'xml' });
  });
});
