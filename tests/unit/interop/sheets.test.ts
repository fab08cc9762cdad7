/**
 * Spreadsheets teachers bring (.xlsx), read as the teacher page reads a chosen one: bytes to rows
 * by the .xlsx library, rows to questions, questions to a draft bank. Each test says what the
 * teacher sees: which questions came in with what text and right answer, which rows were left out
 * and why, and what the page notes about the file. The fixtures are made by
 * scripts/makeXlsxFixtures.ts (with a library) and scripts/makeCalcFixtures.ts (saved by
 * LibreOffice Calc); tests/fixtures/interop/README.md names the layout each follows.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromSheet, importedToBank, SHEET_NOTE_CODES, type LineError, type SheetImport, type SheetNote } from '../../../src/core/interop';
import en from '../../../src/locales/en.json';
import { readXlsxRows } from '../../../src/services/xlsx';

const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/interop/${name}`, import.meta.url)));

async function read(bytes: Uint8Array): Promise<SheetImport> {
  const rows = await readXlsxRows(bytes);
  return rows.ok ? fromSheet(rows.rows) : rows;
}

/** A note as the page shows it in English. */
function shown(n: SheetNote): string {
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(n.params?.[k]));
  const message = fill((en.teacher.sheetNote as Record<string, string>)[n.code]!);
  return n.line > 0 ? en.teacher.sheetSkipped.replace('{{line}}', String(n.line)).replace('{{message}}', message) : message;
}

/** A fixture through the page's steps: the questions as the teacher sees them, what was left out, the notes. */
async function load(name: string) {
  const r = await read(bytesOf(name));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const built = importedToBank(r.questions, { id: 'fixture', title: name, language: 'en', format: 'xlsx' });
  expect(built.ok ? [] : built.errors).toEqual([]);
  return {
    layout: r.layout,
    questions: r.questions.map((q) => ({ row: q.line, prompt: q.prompt, options: q.options, right: q.options[q.answer], ...(q.feedback ? { feedback: q.feedback } : {}) })),
    skipped: r.skipped.map(shown),
    notes: r.notes.map(shown),
    seconds: r.questions.map((q) => q.timeLimitSec),
  };
}

describe("Kahoot's quiz spreadsheet template (.xlsx)", () => {
  it('reads from the header on row 8, numbers and booleans as the teacher typed them, and passes over the empty numbered rows', async () => {
    const r = await load('kahoot-template.xlsx');
    expect(r.layout).toBe('kahoot');
    expect(r.questions).toEqual([
      { row: 9, prompt: 'Which is the longest river in Africa?', options: ['Congo', 'Niger', 'Nile', 'Zambezi'], right: 'Nile' },
      { row: 10, prompt: 'How many sides does a hexagon have?', options: ['5', '6', '7', '8'], right: '6' },
      { row: 11, prompt: 'Sound travels faster in water than in air.', options: ['True', 'False'], right: 'True' },
      { row: 12, prompt: 'Which element has the symbol Fe?', options: ['Fluorine', 'Iron', 'Lead', 'Tin'], right: 'Iron' },
      { row: 13, prompt: 'Who wrote "Don Quixote"?', options: ['Cervantes', 'Lope de Vega', 'Góngora', 'Quevedo'], right: 'Cervantes' },
    ]);
    expect(r.skipped).toEqual([]);
  });

  it('reads each time limit and tells the teacher the round time is set in the game', async () => {
    const r = await load('kahoot-template.xlsx');
    expect(r.seconds).toEqual([20, 10, 20, 30, 20]);
    expect(r.notes).toEqual(["Time limits read: shortest 10 seconds, longest 30 seconds. Factsprint times each round as a whole: set the round time in the game's settings."]);
  });

  it('leaves out a question with several right answers, with its row and why, imports the rest, and notes the image links it did not import', async () => {
    const r = await load('kahoot-image-multiple.xlsx');
    expect(r.questions).toEqual([
      { row: 9, prompt: 'Which animal is the largest living bird?', options: ['Emu', 'Ostrich', 'Condor', 'Albatross'], right: 'Ostrich' },
      { row: 11, prompt: 'Mount Everest lies on the border of Nepal and China.', options: ['True', 'False'], right: 'True' },
      { row: 12, prompt: 'What colour do you get by mixing blue and yellow?', options: ['Green', 'Orange', 'Purple', 'Brown'], right: 'Green' },
    ]);
    expect(r.skipped).toEqual(['Row 10 left out: it has 2 right answers, and a Factsprint question has exactly one.']);
    expect(r.notes[0]).toBe('Image links left out: 2. Factsprint questions have no pictures.');
    // The links are nowhere in what came in.
    expect(JSON.stringify(r.questions)).not.toContain('example.org');
  });
});

describe("Kahoot's template filled in and saved by a spreadsheet program (LibreOffice Calc's Excel writer)", () => {
  it('reads bold words in rich-text runs, a line break in a cell, a formula by its result, decimals, booleans, past a merged title', async () => {
    const r = await load('kahoot-template-calc.xlsx');
    expect(r.layout).toBe('kahoot');
    expect(r.questions).toEqual([
      { row: 9, prompt: 'Which gas do plants take in from the air?', options: ['Carbon dioxide', 'Oxygen', 'Nitrogen', 'Helium'], right: 'Carbon dioxide' },
      { row: 10, prompt: 'Look at the numbers:\n2, 4, 8, 16\nWhich comes next?', options: ['24', '30', '32', '64'], right: '32' },
      { row: 11, prompt: 'What is the capital of Italy?', options: ['Milan', 'Rome', 'Naples', 'Turin'], right: 'Rome' },
      { row: 12, prompt: 'What is half of 7?', options: ['3.5', '3', '4', '14'], right: '3.5' },
      { row: 13, prompt: 'The Moon has no atmosphere to speak of.', options: ['True', 'False'], right: 'True' },
      // Kahoot's third and fourth answers are optional: an empty fourth makes a three-option question.
      { row: 14, prompt: 'Which of these animals is a mammal?', options: ['Shark', 'Whale', 'Trout'], right: 'Whale' },
    ]);
    // The formula's cell (=10*2) counts as the 20 it shows; the second sheet is not read.
    expect(r.seconds).toEqual([20, 30, 20, 20, 10, 20]);
    expect(r.skipped).toEqual([]);
    expect(JSON.stringify(r.questions)).not.toContain('science department');
  });

  it('is the file Calc wrote, with what the library-written fixtures lack', () => {
    const parts = unzipSync(bytesOf('kahoot-template-calc.xlsx'));
    const strings = strFromU8(parts['xl/sharedStrings.xml']!);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(strFromU8(parts['docProps/app.xml']!)).toMatch(/<Application>LibreOffice/);
    expect(strings).toMatch(/<r><rPr><b val="true"\/>.*<t xml:space="preserve">gas<\/t><\/r>/);
    expect(strings).toContain('Look at the numbers:&#10;2, 4, 8, 16');
    expect(sheet).toMatch(/<c r="G11"[^>]*><f[^>]*>10\*2<\/f><v>20<\/v>/);
    expect(sheet).toMatch(/<c r="C13"[^>]*t="b"><v>1<\/v>/);
    expect(sheet).toContain('<mergeCell ref="B2:F2"/>');
    expect(Object.keys(parts)).toContain('xl/worksheets/sheet2.xml');
  });
});

describe("Wayground's (Quizizz) spreadsheet template (.xlsx)", () => {
  it('imports Multiple Choice rows (an empty type is Multiple Choice) with the explanation as the source sentence, past the guidance row', async () => {
    const r = await load('wayground-template.xlsx');
    expect(r.layout).toBe('wayground');
    expect(r.questions).toEqual([
      { row: 3, prompt: 'What is the capital of Australia?', options: ['Sydney', 'Canberra', 'Melbourne', 'Perth'], right: 'Canberra', feedback: 'Canberra was chosen as a compromise between Sydney and Melbourne.' },
      { row: 8, prompt: 'How many planets are in the Solar System?', options: ['7', '8', '9', '10'], right: '8', feedback: 'Pluto was reclassified as a dwarf planet in 2006.' },
      { row: 9, prompt: 'The Pacific is the largest ocean.', options: ['True', 'False'], right: 'True' },
    ]);
    expect(r.seconds).toEqual([30, 45, 20]);
  });

  it('leaves out every other type with its row and the reason', async () => {
    const r = await load('wayground-template.xlsx');
    expect(r.skipped).toEqual([
      'Row 4 left out: a Checkbox question can have several right answers, and a Factsprint question has exactly one.',
      'Row 5 left out: a Poll has no right answer.',
      "Row 6 left out: an Open-Ended question is answered in the student's own words, not by picking an answer.",
      'Row 7 left out: a Fill-in-the-Blank question is answered by typing, not by picking an answer.',
    ]);
    expect(r.notes).toContain('Image links left out: 1. Factsprint questions have no pictures.');
  });

  it('names a type it does not know, and a Draw question is left out as one', () => {
    const header = ['Question Text', 'Question Type', 'Option 1', 'Option 2', 'Correct Answer'];
    const r = fromSheet([header, ['Sort these', 'Reorder', 'a', 'b', '1'], ['Draw a cat', 'Draw', '', '', ''], ['Red planet?', 'Multiple Choice', 'Venus', 'Mars', '2']]);
    expect(r.ok && r.skipped.map(shown)).toEqual([
      'Row 2 left out: its type is “Reorder”, and Factsprint imports Multiple Choice questions only.',
      'Row 3 left out: a Draw question is answered with a drawing.',
    ]);
  });
});

describe('spreadsheets that cannot come in', () => {
  const refused = async (bytes: Uint8Array) => {
    const r = await read(bytes);
    return r.ok ? [] : r.errors.map((e: LineError) => e.code);
  };

  it('an old .xls workbook, a CSV renamed .xlsx, a zip that holds no workbook: refused with how to save it', async () => {
    expect(await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toEqual(['xlsxUnreadable']);
    expect(await refused(new TextEncoder().encode('Question,Answer 1,Answer 2\n'))).toEqual(['xlsxUnreadable']);
    expect(await refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]))).toEqual(['xlsxUnreadable']);
  });

  it('a broken row is left out at its row with its reason, as in a CSV, and the other rows come in', () => {
    const header = ['', 'Question - max 120 characters', 'Answer 1 - max 75 characters', 'Answer 2 - max 75 characters', 'Correct answer(s) - choose at least one'];
    const r = fromSheet([header, ['1', 'Red planet?', 'Venus', 'Mars', '3'], ['2', 'Largest planet?', 'Jupiter', 'Mars', '1']]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.questions.map((q) => q.prompt)).toEqual(['Largest planet?']);
    expect(r.left.map((e) => `${e.line}:${e.kind}:${e.code}`)).toEqual(['2:question:csvCorrectOutOfRange']);
    // With no row left to play, the sheet is refused, naming the row and why.
    const none = fromSheet([header, ['1', 'Red planet?', 'Venus', 'Mars', '3']]);
    expect(none.ok ? [] : none.errors.map((e) => `${e.line}:${e.code}`)).toEqual(['2:csvCorrectOutOfRange']);
  });

  it('Wayground: a row whose right answer names no option is left out, the others come in', () => {
    const header = ['Question Text', 'Question Type', 'Option 1', 'Option 2', 'Option 3', 'Option 4', 'Option 5', 'Correct Answer', 'Time in seconds'];
    const r = fromSheet([header, ['Red planet?', 'Multiple Choice', 'Venus', 'Mars', '', '', '', '7', '20'], ['Largest planet?', 'Multiple Choice', 'Jupiter', 'Mars', '', '', '', '1', '20']]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.layout).toBe('wayground');
    expect(r.questions.map((q) => q.prompt)).toEqual(['Largest planet?']);
    expect(r.left.map((e) => e.line)).toEqual([2]);
  });

  it('a sheet whose every row is left out brings no question, and says why for each row', () => {
    const r = fromSheet([['Question Text', 'Question Type', 'Option 1', 'Option 2', 'Correct Answer'], ['Favourite colour?', 'Poll', 'Red', 'Blue', '']]);
    expect(r.ok && r.questions).toEqual([]);
    expect(r.ok && r.skipped.map((s) => s.code)).toEqual(['skipPoll']);
    const built = importedToBank(r.ok ? r.questions : [], { id: 'x', title: 'x', language: 'en', format: 'xlsx' });
    expect(built.ok ? [] : built.errors.map((e) => e.code)).toEqual(['noQuestions']);
  });
});

it('every note code has its sentence, with the placeholders its notes fill', () => {
  const sentences = en.teacher.sheetNote as Record<string, string>;
  expect(SHEET_NOTE_CODES.filter((c) => typeof sentences[c] !== 'string')).toEqual([]);
  expect(Object.keys(sentences).filter((k) => !(SHEET_NOTE_CODES as readonly string[]).includes(k))).toEqual([]);
});
