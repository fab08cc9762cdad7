/**
 * The files teachers really have, one fixture per layout (tests/fixtures/interop/README.md names
 * the real file each one follows), read as the teacher page reads a chosen file: bytes decoded,
 * then the format's reader, then the draft bank. Each test says what the teacher would see: which
 * questions came in, with what text and right answer, and what was left out or refused, and why.
 * The fixtures added for partial imports and for files recognised by content are in partialImports.test.ts.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeImport, fromSheet, readCsv } from '../../../src/core/interop';
import en from '../../../src/locales/en.json';
import { readXlsxRows } from '../../../src/services/xlsx';
import { fixtureBytes, load, shown, tf } from './fixtureLoad';

/** The notes the page shows beside a CSV's questions, in English. */
function notesOf(name: string): string[] {
  const decoded = decodeImport(fixtureBytes(name));
  if (!decoded.ok) throw new Error(name);
  return readCsv(decoded.text).notes.map((n) => (en.teacher.sheetNote as Record<string, string>)[n.code]!.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(n.params?.[k])));
}

describe("Kahoot's quiz template, saved as CSV", () => {
  it('reads past the title and instruction rows to the header with an empty first cell, and ignores the number and time columns', () => {
    const r = load('kahoot-template.csv', 'csv');
    expect(r.encoding).toBe('utf-8');
    expect(r.questions).toEqual([
      { line: 9, prompt: 'Which planet is known as the Red Planet?', options: ['Venus', 'Mars', 'Jupiter', 'Saturn'], right: 'Mars' },
      { line: 10, prompt: 'How many continents are there?', options: ['5', '6', '7', '8'], right: '7' },
      tf(11, 'Water boils at 100 °C at sea level.', 'True'),
      { line: 12, prompt: 'Which ocean lies between Africa and Australia?', options: ['Atlantic', 'Indian', 'Arctic', 'Pacific'], right: 'Indian' },
      { line: 13, prompt: 'Who painted the "Mona Lisa"?', options: ['Leonardo da Vinci', 'Michelangelo', 'Raphael', 'Donatello'], right: 'Leonardo da Vinci' },
    ]);
  });

  it('says what its time column held and what Factsprint does instead, as for the .xlsx', () => {
    const times = [...new Set(notesOf('kahoot-template.csv'))];
    expect(times).toHaveLength(1);
    expect(times[0]).toMatch(/^Time limits read: shortest \d+ seconds, longest \d+ seconds\./);
  });

  it('ignores an image column', () => {
    const r = load('kahoot-template-image.csv', 'csv');
    expect(r.questions).toEqual([
      { line: 5, prompt: 'What is the chemical symbol for gold?', options: ['Ag', 'Au', 'Gd', 'Go'], right: 'Au' },
      tf(6, 'The Sahara is the largest hot desert in the world.', 'True'),
      { line: 7, prompt: 'How many legs does a spider have?', options: ['6', '8', '10', '12'], right: '8' },
    ]);
    expect(r.questions.flatMap((q) => q.options).some((o) => o.includes('example.org'))).toBe(false);
    // The teacher is told the two picture links were left out, and the times that were read.
    expect(notesOf('kahoot-template-image.csv')).toEqual([
      'Image links left out: 2. Factsprint questions have no pictures.',
      "Time limits read: shortest 20 seconds, longest 20 seconds. Factsprint times each round as a whole: set the round time in the game's settings.",
    ]);
    // A CSV with no such columns has nothing to say.
    expect(readCsv('Question,Answer 1,Answer 2,Correct answer(s)\nRed planet?,Venus,Mars,2\n').notes).toEqual([]);
  });

  it('leaves out a multiple-answer question ("1,3") with its line and why; the next row comes in', () => {
    const r = load('kahoot-multiple-answers.csv', 'csv');
    expect(r.questions).toEqual([{ line: 3, prompt: 'What is the capital of Canada?', options: ['Toronto', 'Ottawa', 'Vancouver', 'Montreal'], right: 'Ottawa' }]);
    expect(r.left).toEqual(['Line 2, multiple-answer question: Answers marked right: 2. A Factsprint question has exactly one right answer.']);
  });
});

describe("Blooket's CSV template", () => {
  it('reads past the title row (a cell with a line break) and the header with line breaks, and skips its empty numbered rows silently', () => {
    const r = load('blooket-template.csv', 'csv');
    expect(r.errors).toEqual([]);
    // Lines 1-7 are the title and the header (both hold line breaks inside quoted cells); rows 4 to 15 are numbered but empty.
    expect(r.questions).toEqual([
      { line: 8, prompt: 'What is the largest mammal on Earth?', options: ['Elephant', 'Blue whale', 'Giraffe', 'Hippopotamus'], right: 'Blue whale' },
      tf(9, 'The Great Wall of China can be seen from the Moon with the naked eye.', 'False'),
      { line: 10, prompt: 'Which gas do plants take in from the air?', options: ['Oxygen', 'Nitrogen', 'Carbon dioxide', 'Helium'], right: 'Carbon dioxide' },
    ]);
  });
});

describe('encodings', () => {
  it('Windows-1252 from Excel on Windows: detected, so "café" is café and the Kahoot header\'s en dash is read', () => {
    const r = load('windows-1252.csv', 'csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.questions.map((q) => [q.prompt, q.right])).toEqual([
      ['What is the French word for coffee?', 'café'],
      ['Which city is famous for the Sachertorte?', 'Vienna'],
      ['Which currency has the sign €?', 'Euro'],
      ['What does “déjà vu” mean?', 'Already seen'],
      ['Crème brûlée is topped with caramelised sugar.', 'True'],
    ]);
    expect(r.questions[0]!.options).toEqual(['thé', 'café', 'lait', 'pain']);
    expect(r.questions.flatMap((q) => [q.prompt, ...q.options]).join('')).not.toContain('\uFFFD');
  });

  it("Excel's Unicode Text: UTF-16 LE with a BOM, tab-separated, any script", () => {
    const r = load('excel-unicode-text.txt', 'csv');
    expect(r.encoding).toBe('utf-16le');
    expect(r.questions).toEqual([
      { line: 2, prompt: 'Which is the longest river in Africa?', options: ['Congo', 'Nile', 'Niger', 'Zambezi'], right: 'Nile' },
      { line: 3, prompt: 'Who was called the "Iron Lady"?', options: ['Margaret Thatcher', 'Indira Gandhi', 'Golda Meir', 'Angela Merkel'], right: 'Margaret Thatcher' },
      { line: 4, prompt: 'Какой город — столица Японии?', options: ['Киото', 'Осака', 'Токио', 'Нагоя'], right: 'Токио' },
      { line: 5, prompt: '세계에서 가장 높은 산은?', options: ['에베레스트', 'K2', '한라산', '후지산'], right: '에베레스트' },
    ]);
  });

  it('UTF-16 BE with a BOM', () => {
    const r = load('utf16be.csv', 'csv');
    expect(r.encoding).toBe('utf-16be');
    expect(r.questions.map((q) => [q.prompt, q.right])).toEqual([
      ['Which element has the symbol O?', 'Oxygen'],
      ['Ἥλιος is the Greek name of which body?', 'The Sun'],
    ]);
  });

  it('another code page (Cyrillic Windows-1251) is refused with a message that says how to save it, never imported garbled', () => {
    const r = load('windows-1251-cyrillic.csv', 'csv');
    expect(r.errors.map((e) => e.code)).toEqual(['fileUnknownEncoding']);
    expect(r.errors.map(shown)).toEqual([expect.stringMatching(/^The file is not in UTF-8, .*Save it again as “CSV UTF-8”/)]);
  });
});

describe('separators', () => {
  it('semicolons (Excel in most of Europe, "CSV UTF-8"): found from the header, though its time-limit cell holds as many commas', () => {
    const r = load('semicolon-excel-europe.csv', 'csv');
    expect(r.encoding).toBe('utf-8');
    expect(r.questions).toEqual([
      { line: 2, prompt: 'Welcher Fluss fließt durch Wien?', options: ['Rhein', 'Donau', 'Elbe', 'Main'], right: 'Donau' },
      {
        line: 3,
        prompt: 'In dieser Datei trennt ein Semikolon (;) die Spalten. Welches Zeichen trennt im Deutschen die Dezimalstellen?',
        options: ['Punkt', 'Komma', 'Strich', 'Leerzeichen'],
        right: 'Komma',
      },
      { line: 4, prompt: 'Quelle est la capitale de la Belgique, Bruxelles ou Anvers ?', options: ['Bruxelles', 'Anvers', 'Gand', 'Liège'], right: 'Bruxelles' },
    ]);
  });

  it('tabs (Google Sheets .tsv), with the Feedback column kept as the source sentence', () => {
    const r = load('google-sheets.tsv', 'csv');
    expect(r.questions).toEqual([
      { line: 2, prompt: 'Which instrument has 88 keys?', options: ['Guitar', 'Piano', 'Harp', 'Violin'], right: 'Piano', feedback: 'A standard piano has 88 keys, 52 white and 36 black.' },
      tf(3, 'Light travels faster than sound.', 'True', 'Light covers about 300,000 km a second; sound, about 343 m.'),
    ]);
  });
});

describe('GIFT with format markers', () => {
  it("Moodle's own export: [html] text reduced to its words, answers and feedback taking the question's format, escapes and entities decoded", () => {
    const r = load('gift-moodle-export.txt', 'gift');
    expect(r.questions).toEqual([
      tf(6, 'Salt & pepper are the two seasonings on most tables.', 'True'),
      {
        line: 10,
        prompt: 'Which is the largest planet of the Solar System?',
        options: ['Saturn', 'Jupiter', 'Neptune', 'Earth'],
        right: 'Jupiter',
        feedback: 'Jupiter is more than twice as massive as all the other planets together.',
      },
      { line: 20, prompt: 'Who wrote Don Quixote? Pick one.', options: ['Miguel de Cervantes', 'Lope de Vega', 'Garcilaso de la Vega', 'Federico García Lorca'], right: 'Miguel de Cervantes' },
      tf(29, 'The ratio 3\u00a0:\u00a04 equals 6 : 8, and 2 < 3.', 'True'),
      tf(33, "The Earth's only natural satellite is called Phobos.", 'False', "Phobos is a moon of Mars; the Earth's is simply called the Moon."),
    ]);
  });

  it('[plain] and [moodle] lose only their marker, [markdown] its marks too; an answer naming its own format keeps it', () => {
    const r = load('gift-format-markers.txt', 'gift');
    expect(r.questions).toEqual([
      { line: 3, prompt: 'Which metal is liquid at room temperature?', options: ['Mercury', 'Iron', 'Copper', 'Tin'], right: 'Mercury' },
      tf(10, 'In HTML, the <b> tag makes text bold.', 'True'),
      tf(12, 'Mount Everest is in the Alps.', 'False'),
      { line: 14, prompt: 'Which of these is a mammal?', options: ['Dolphin <mammal>', 'Shark', 'Salmon', 'Octopus & squid'], right: 'Dolphin <mammal>' },
      { line: 21, prompt: 'Which number is prime?', options: ['7', '8', '9', '10'], right: '7' },
      {
        line: 23,
        prompt: 'In the code a * b, what does the * do?',
        options: ['It multiplies a by b', 'It marks a pointer', 'It starts a comment', 'Nothing: 2 * 3 * 4 is an error'],
        right: 'It multiplies a by b',
      },
    ]);
  });
});

describe('Aiken as Moodle reads it today', () => {
  it('options "A)x", "A.x", "A) x" and "A. x" all read; < > & stay text; CRLF', () => {
    const r = load('aiken-moodle-rules.txt', 'aiken');
    expect(r.questions).toEqual([
      { line: 1, prompt: 'Which planet is closest to the Sun?', options: ['Venus', 'Mercury', 'Earth', 'Mars'], right: 'Mercury' },
      { line: 8, prompt: 'How many sides does a hexagon have?', options: ['5', '6', '7', '8'], right: '6' },
      { line: 15, prompt: 'Which sign means "less than"?', options: ['<', '>', '&', '='], right: '<' },
      { line: 22, prompt: 'What is the freezing point of water in degrees Fahrenheit?', options: ['0', '32', '100', '212'], right: '32' },
      tf(29, 'Is a tomato botanically a fruit?', 'True'),
    ]);
  });

  it('a question starting "U.S." is an option line to Moodle, so it is left out once, at its line, with the fix', () => {
    const r = load('aiken-prompt-like-option.txt', 'aiken');
    expect(r.questions.map((q) => q.line)).toEqual([1]);
    expect(r.left).toEqual([
      'Line 8, multiple-choice question: This line starts with “U.”, so Moodle and Factsprint read it as an answer line, and no question comes before it. If it is a question, reword its beginning (for example “The U.S. …” instead of “U.S. …”).',
    ]);
  });
});

/**
 * How many questions each fixture holds, counted by hand from the file, not by any reader: a
 * filled row under a spreadsheet's or CSV's header (a numbered row with nothing else in it is the
 * template's, not a question), a block between blank lines in GIFT and Aiken (comments and
 * $CATEGORY lines are no question), a <question> in Moodle XML that is not a category.
 */
const HOLDS: Record<string, number> = {
  'aiken-broken-block.txt': 6,
  'aiken-moodle-rules.txt': 5,
  'aiken-prompt-like-option.txt': 2,
  'blooket-template.csv': 3,
  'csv-bad-row.csv': 6,
  'excel-unicode-text.txt': 4,
  'gift-format-markers.txt': 6,
  'gift-mixed-types.gift': 8,
  'gift-moodle-export.txt': 5,
  'gift-option-counts-feedback.gift': 4,
  'google-sheets.tsv': 2,
  'kahoot-image-multiple.xlsx': 4,
  'kahoot-multiple-answers.csv': 2,
  'kahoot-template-image.csv': 3,
  'kahoot-template.csv': 5,
  'kahoot-template.xlsx': 5,
  'kahoot-template-calc.xlsx': 6,
  'moodle-xml-categories-html.xml': 5,
  'moodle-xml-mixed-types.xml': 8,
  'moodle-xml-option-counts.xml': 5,
  'moodle-xml-other-types.xml': 8,
  'semicolon-excel-europe.csv': 3,
  'txt-is-aiken.txt': 2,
  'txt-is-gift.txt': 3,
  'utf16be.csv': 2,
  'wayground-template.xlsx': 7,
  'windows-1251-cyrillic.csv': 2,
  'windows-1252.csv': 5,
};

/** Files refused as a whole, before any question is read: the one reason is for the file, at no line. */
const REFUSED_WHOLE: Record<string, string> = { 'windows-1251-cyrillic.csv': 'fileUnknownEncoding' };

const FIXTURES = readdirSync(new URL('../../fixtures/interop/', import.meta.url))
  .filter((n) => n !== 'README.md')
  .sort();

/**
 * The lines (a spreadsheet's rows) of every question the teacher is told about, read as the page
 * reads the file: the questions that came in and those listed as left out; or, for a file refused
 * as a whole, the codes of that refusal.
 */
async function told(name: string): Promise<{ lines: number[] } | { whole: string[] }> {
  if (name.endsWith('.xlsx')) {
    const rows = await readXlsxRows(fixtureBytes(name));
    if (!rows.ok) return { whole: rows.errors.map((e) => e.code) };
    const r = fromSheet(rows.rows);
    if (!r.ok) return 'kind' in (r.errors[0] ?? {}) ? { lines: [...r.errors.map((e) => e.line), ...(r.skipped ?? []).map((n) => n.line)] } : { whole: r.errors.map((e) => e.code) };
    // Notes at row 0 are about the whole sheet (image links, time limits), not questions.
    return { lines: [...r.questions.map((q) => q.line!), ...r.skipped.filter((n) => n.line > 0).map((n) => n.line), ...r.left.map((e) => e.line)] };
  }
  const r = load(name);
  if (r.errors.length) return r.errors.every((e) => 'kind' in e) ? { lines: r.errors.map((e) => e.line) } : { whole: r.errors.map((e) => e.code) };
  return { lines: [...r.questions.map((q) => q.line!), ...r.skipped.map((s) => s.line)] };
}

/** The count again, from the text's shape, for the formats whose questions are easy to count by eye. */
function countedByShape(name: string): number | null {
  const decoded = decodeImport(fixtureBytes(name));
  if (!decoded.ok) return null;
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (name.endsWith('.xml')) return (text.match(/<question type="(?!category")/g) ?? []).length;
  if (!/^(gift|aiken|txt-is)-/.test(name)) return null;
  const blocks = text.split(/\n[ \t]*\n/).map((b) =>
    b
      .split('\n')
      .filter((l) => !/^\s*\/\//.test(l) && !/^\$CATEGORY:/.test(l))
      .join('\n')
      .trim(),
  );
  return blocks.filter(Boolean).length;
}

describe('nothing is left out without a word', () => {
  it('every fixture in the folder declares how many questions it holds', () => {
    expect(FIXTURES).toEqual(Object.keys(HOLDS).sort());
  });

  it.each(FIXTURES)('%s: the questions that came in and those listed as left out are all the file holds', async (name) => {
    const r = await told(name);
    if ('whole' in r) {
      expect(r.whole).toEqual([REFUSED_WHOLE[name]]);
      return;
    }
    expect(REFUSED_WHOLE[name]).toBeUndefined();
    // Each question is told once, at its own line.
    expect(new Set(r.lines).size).toBe(r.lines.length);
    expect(r.lines.length).toBe(HOLDS[name]);
  });

  it('the declared counts agree with the GIFT, Aiken and Moodle XML files as their blocks and elements count them', () => {
    const shaped = FIXTURES.flatMap((n) => {
      const c = countedByShape(n);
      return c === null ? [] : [[n, c] as const];
    });
    expect(shaped.length).toBeGreaterThanOrEqual(12);
    expect(Object.fromEntries(shaped)).toEqual(Object.fromEntries(shaped.map(([n]) => [n, HOLDS[n]])));
  });
});
