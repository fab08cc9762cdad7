/**
 * Questions of 2 to 6 options move in and out: GIFT, Moodle XML and Aiken carry any of those
 * counts both ways; the Kahoot-style CSV has four answer columns, so it carries up to four and
 * leaves a question of five or six out with that reason (and reads a header's Answer 5 and 6).
 */
import { describe, expect, it } from 'vitest';
import { fromAiken, fromCsv, fromGift, fromMoodleXml, importedToBank, toAiken, toCsv, toGift, toMoodleXml } from '../../../src/core/interop';
import type { ExportResult, ImportFormat, ImportResult } from '../../../src/core/interop';
import { bankWith, parseXml } from './helpers';

const bank = bankWith([
  { prompt: 'Which planet is closest to the Sun?', options: ['Venus', 'Mercury', 'Mars'], answer: 1, feedback: 'Mercury orbits closest to the Sun.' },
  { prompt: 'Which is a gas giant?', options: ['Earth', 'Mars', 'Venus', 'Mercury', 'Saturn'], answer: 4, feedback: 'Saturn is a gas giant.' },
  { prompt: 'Which is the largest?', options: ['Ceres', 'Pluto', 'Eris', 'Earth', 'Mars', 'Jupiter'], answer: 5, feedback: 'Jupiter is the largest planet.' },
  { prompt: 'Which came first?', options: ['Apollo 11', 'Sputnik 1'], answer: 1, feedback: 'Sputnik 1 flew in 1957.' },
]);

const formats: { name: string; format: ImportFormat; out: () => ExportResult<string>; back: (t: string) => ImportResult }[] = [
  { name: 'GIFT', format: 'gift', out: () => toGift(bank), back: fromGift },
  { name: 'Moodle XML', format: 'xml', out: () => toMoodleXml(bank), back: fromMoodleXml },
  { name: 'Aiken', format: 'aiken', out: () => toAiken(bank), back: fromAiken },
];

describe.each(formats)('$name carries 2, 3, 5 and 6 options both ways', ({ format, out, back }) => {
  const exported = out();
  const imported = back(exported.output);

  it('exports every question, with all its options', () => {
    expect(exported.skipped).toEqual([]);
    if (format === 'xml') expect(parseXml(exported.output).getElementsByTagName('answer')).toHaveLength(2 + 3 + 5 + 6);
  });

  it('imports the same options, in order, with the same right answer', () => {
    expect(imported.ok ? [] : imported.errors).toEqual([]);
    if (!imported.ok) return;
    expect(imported.questions.map((q) => ({ prompt: q.prompt, options: q.options, answer: q.answer, kind: q.kind }))).toEqual(
      bank.questions.map((q) => ({ prompt: q.prompt, options: q.type === 'choice' ? q.options : [], answer: q.answer, kind: 'choice' })),
    );
  });

  it('builds a valid bank of choice questions with those counts', () => {
    if (!imported.ok) throw new Error('import failed');
    const built = importedToBank(imported.questions, { id: 'planets', title: 'Planets', language: 'en', format });
    expect(built.ok ? built.bank.questions.map((q) => q.type === 'choice' && q.options.length) : built.errors).toEqual([3, 5, 6, 2]);
  });
});

describe('files teachers bring with 3- and 5-option questions', () => {
  const expectBoth = (r: ImportResult, format: ImportFormat) => {
    expect(r.ok ? r.questions.map((q) => [q.options.length, q.options[q.answer]]) : r.errors).toEqual([
      [3, 'Canberra'],
      [5, 'Ottawa'],
    ]);
    if (!r.ok) return;
    const built = importedToBank(r.questions, { id: 'capitals', title: 'Capitals', language: 'en', format });
    expect(built.ok ? built.bank.questions.map((q) => q.type === 'choice' && q.options[q.answer]) : built.errors).toEqual(['Canberra', 'Ottawa']);
  };

  it('GIFT, laid out as Moodle writes it', () => {
    const gift = [
      '// question: 101  name: Australia',
      '::Australia::[html]<p>What is the capital of Australia?</p>{',
      '\t~Sydney',
      '\t=Canberra',
      '\t~Melbourne',
      '}',
      '',
      '// question: 102  name: Canada',
      '::Canada::[html]<p>What is the capital of Canada?</p>{',
      '\t~Toronto',
      '\t~Montreal',
      '\t~Vancouver',
      '\t=Ottawa',
      '\t~Calgary',
      '}',
      '',
    ].join('\n');
    expectBoth(fromGift(gift), 'gift');
  });

  it('Moodle XML, with a category entry and HTML text', () => {
    const answer = (fraction: number, text: string) => `    <answer fraction="${fraction}" format="html"><text><![CDATA[<p>${text}</p>]]></text></answer>`;
    const question = (name: string, prompt: string, answers: string[]) =>
      [
        '  <question type="multichoice">',
        `    <name><text>${name}</text></name>`,
        `    <questiontext format="html"><text><![CDATA[<p>${prompt}</p>]]></text></questiontext>`,
        '    <single>true</single>',
        '    <shuffleanswers>true</shuffleanswers>',
        ...answers,
        '  </question>',
      ].join('\n');
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<quiz>',
      '  <question type="category"><category><text>$course$/Capitals</text></category></question>',
      question('Australia', 'What is the capital of Australia?', [answer(0, 'Sydney'), answer(100, 'Canberra'), answer(0, 'Melbourne')]),
      question('Canada', 'What is the capital of Canada?', [answer(0, 'Toronto'), answer(0, 'Montreal'), answer(0, 'Vancouver'), answer(100, 'Ottawa'), answer(0, 'Calgary')]),
      '</quiz>',
      '',
    ].join('\n');
    expectBoth(fromMoodleXml(xml), 'xml');
  });

  it('Aiken', () => {
    const aiken = ['What is the capital of Australia?', 'A. Sydney', 'B. Canberra', 'C. Melbourne', 'ANSWER: B', '', 'What is the capital of Canada?', 'A) Toronto', 'B) Montreal', 'C) Vancouver', 'D) Ottawa', 'E) Calgary', 'ANSWER: D', ''].join('\n');
    expectBoth(fromAiken(aiken), 'aiken');
  });
});

describe('Kahoot-style CSV: four answer columns', () => {
  const exported = toCsv(bank, { bom: false });

  it('writes the 2- and 3-option questions, their missing answers empty, and leaves out 5 and 6 with the reason', () => {
    expect(exported.skipped).toEqual([
      { questionId: 'q-1', reason: expect.stringMatching(/5 options and this CSV layout .* 4 answer columns/) },
      { questionId: 'q-2', reason: expect.stringMatching(/6 options and this CSV layout .* 4 answer columns/) },
    ]);
    const rows = exported.output.trim().split('\r\n');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 7))).toEqual([
      ['Which planet is closest to the Sun?', 'Venus', 'Mercury', 'Mars', '', '20', '2'],
      ['Which came first?', 'Apollo 11', 'Sputnik 1', '', '', '20', '2'],
    ]);
  });

  it('reads them back as they were', () => {
    const r = fromCsv(exported.output);
    expect(r.ok ? r.questions.map((q) => [q.options, q.answer]) : r.errors).toEqual([
      [['Venus', 'Mercury', 'Mars'], 1],
      [['Apollo 11', 'Sputnik 1'], 1],
    ]);
  });

  it('reads "Answer 5" and "Answer 6" columns where a header names them', () => {
    const csv = ['Question,Answer 1,Answer 2,Answer 3,Answer 4,Answer 5,Answer 6,Correct answer(s)', 'Capital of Canada?,Toronto,Montreal,Vancouver,Ottawa,Calgary,,4', 'Largest?,Ceres,Pluto,Eris,Earth,Mars,Jupiter,6'].join('\n');
    const r = fromCsv(csv);
    expect(r.ok ? r.questions.map((q) => [q.options.length, q.options[q.answer]]) : r.errors).toEqual([
      [5, 'Ottawa'],
      [6, 'Jupiter'],
    ]);
  });
});
