/**
 * Exports to Kahoot's and Wayground's spreadsheets and Blooket's CSV, checked as those tools would
 * see them: the .xlsx written is read back with the .xlsx library (the header row's text, where
 * each column is, the right answer's number), the Blooket file is parsed as CSV, and the texts
 * Kahoot would refuse as too long are listed before anything is saved.
 */
import { describe, expect, it } from 'vitest';
import { BLOOKET_HEADER, fromCsv, fromSheet, KAHOOT_HEADER, toBlooketCsv, toKahootSheet, toWaygroundSheet, WAYGROUND_HEADER } from '../../../src/core/interop';
import { parseCsv } from '../../../src/core/interop/csv';
import { readXlsxRows, writeXlsx } from '../../../src/services/xlsx';
import { bankWith, realBank, type Spec } from './helpers';

const SPECS: Spec[] = [
  { prompt: 'Which planet is known as the Red Planet?', options: ['Venus', 'Mars', 'Jupiter', 'Saturn'], answer: 1, feedback: 'Mars looks red because of iron oxide on its surface.' },
  { prompt: 'Water boils at 100 °C at sea level.', answer: 0, feedback: 'At sea level, water boils at 100 °C.' },
  { prompt: 'Which cell holds =SUM(A1:A9)?', options: ['=SUM(A1:A9)', 'A2', 'B7', '@C3'], answer: 3, feedback: 'A formula-looking answer stays text.' },
];

async function roundTrip(rows: Parameters<typeof writeXlsx>[0]): Promise<string[][]> {
  const back = await readXlsxRows(await writeXlsx(rows));
  if (!back.ok) throw new Error(JSON.stringify(back.errors));
  return back.rows;
}

describe('Kahoot (.xlsx)', () => {
  it("is laid out as Kahoot's template: title rows, the header on row 8, numbered questions from row 9 with the right answer's number", async () => {
    const bank = bankWith(SPECS);
    const rows = await roundTrip(toKahootSheet(bank).output);
    expect(rows[1]![1]).toBe(bank.title);
    expect(rows[7]).toEqual([...KAHOOT_HEADER]);
    expect(rows.slice(8).map((r) => r.slice(0, 8))).toEqual([
      ['1', 'Which planet is known as the Red Planet?', 'Venus', 'Mars', 'Jupiter', 'Saturn', '20', '2'],
      ['2', 'Water boils at 100 °C at sea level.', 'True', 'False', '', '', '20', '1'],
      ['3', 'Which cell holds =SUM(A1:A9)?', '=SUM(A1:A9)', 'A2', 'B7', '@C3', '20', '4'],
    ]);
  });

  it('reads back as the same questions, right answers included', async () => {
    const bank = bankWith(SPECS);
    const back = fromSheet(await roundTrip(toKahootSheet(bank).output));
    expect(back.ok && back.questions.map((q) => [q.prompt, q.options[q.answer]])).toEqual([
      ['Which planet is known as the Red Planet?', 'Mars'],
      ['Water boils at 100 °C at sea level.', 'True'],
      ['Which cell holds =SUM(A1:A9)?', '@C3'],
    ]);
  });

  it('takes a time limit Kahoot offers, the nearest to the one asked for', async () => {
    const rows = await roundTrip(toKahootSheet(bankWith(SPECS.slice(0, 1)), { timeLimitSec: 25 }).output);
    expect(rows[8]![6]).toBe('20');
    expect(toKahootSheet(bankWith(SPECS.slice(0, 1)), { timeLimitSec: 200 }).output.rows[8]![6]).toBe(240);
  });

  it('lists every question over 120 characters and answer over 75, by question number, and writes them whole', async () => {
    const long = 'How many '.repeat(15) + 'moons?';
    const answer = 'A very long answer '.repeat(5);
    const bank = bankWith([SPECS[0]!, { prompt: long, options: ['One', answer, 'Three', 'Four'], answer: 0, feedback: 'x' }]);
    const out = toKahootSheet(bank);
    expect(out.tooLong).toEqual([
      { questionId: 'q-1', n: 2, answer: 0, length: [...long].length, max: 120 },
      { questionId: 'q-1', n: 2, answer: 2, length: [...answer].length, max: 75 },
    ]);
    const rows = await roundTrip(out.output);
    expect(rows[9]![1]).toBe(long);
    expect(rows[9]![3]).toBe(answer.trim());
  });

  it('counts characters as a person does: an emoji is one', () => {
    const bank = bankWith([{ prompt: '🌍'.repeat(120), options: ['a', 'b', 'c', 'd'], answer: 0, feedback: 'x' }]);
    expect(toKahootSheet(bank).tooLong).toEqual([]);
  });

  it('leaves out what Kahoot cannot hold, with the reason: estimate, date and map questions, and a question with more than four answers', () => {
    const bank = realBank();
    const out = toKahootSheet(bank);
    const kinds = new Set(bank.questions.filter((q) => out.skipped.some((s) => s.questionId === q.id)).map((q) => q.type));
    expect([...kinds].sort()).toEqual(['estimate', 'when', 'where'].filter((k) => bank.questions.some((q) => q.type === k)).sort());
    const five = toKahootSheet(bankWith([{ prompt: 'Pick one', options: ['a', 'b', 'c', 'd', 'e'], answer: 0, feedback: 'x' }]));
    expect(five.skipped).toEqual([{ questionId: 'q-0', reason: 'Kahoot holds at most 4 answers and this question has 5' }]);
  });
});

describe('Wayground (.xlsx)', () => {
  it("is laid out as Wayground's template: the header on row 1, a guidance row, then Multiple Choice rows with the source sentence as the explanation", async () => {
    const bank = bankWith(SPECS);
    const rows = await roundTrip(toWaygroundSheet(bank).output);
    expect(rows[0]).toEqual([...WAYGROUND_HEADER]);
    const col = (name: (typeof WAYGROUND_HEADER)[number]) => WAYGROUND_HEADER.indexOf(name);
    const q = rows.slice(2);
    expect(q.map((r) => r[col('Question Type')])).toEqual(['Multiple Choice', 'Multiple Choice', 'Multiple Choice']);
    expect(q.map((r) => r[col('Correct Answer')])).toEqual(['2', '1', '4']);
    expect(q.map((r) => r[col('Answer explanation')])).toEqual(SPECS.map((s) => s.feedback));
    expect(q[0]!.slice(col('Option 1'), col('Option 5') + 1)).toEqual(['Venus', 'Mars', 'Jupiter', 'Saturn', '']);
  });

  it('reads back as the same questions, with their source sentences, the guidance row passed over', async () => {
    const bank = bankWith(SPECS);
    const back = fromSheet(await roundTrip(toWaygroundSheet(bank).output));
    expect(back.ok && back.layout).toBe('wayground');
    expect(back.ok && back.questions.map((x) => [x.line, x.options[x.answer], x.feedback])).toEqual([
      [3, 'Mars', SPECS[0]!.feedback],
      [4, 'True', SPECS[1]!.feedback],
      [5, '@C3', SPECS[2]!.feedback],
    ]);
  });

  it('holds five answers, and leaves out a question with six', () => {
    const five = toWaygroundSheet(bankWith([{ prompt: 'Pick one', options: ['a', 'b', 'c', 'd', 'e'], answer: 4, feedback: 'x' }]));
    expect(five.output.rows[2]!.slice(2, 8)).toEqual(['a', 'b', 'c', 'd', 'e', 5]);
    const six = toWaygroundSheet(bankWith([{ prompt: 'Pick one', options: ['a', 'b', 'c', 'd', 'e', 'f'], answer: 0, feedback: 'x' }]));
    expect(six.skipped.map((s) => s.reason)).toEqual(['Wayground holds at most 5 answers and this question has 6']);
  });
});

describe('Blooket (.csv)', () => {
  it("is laid out as Blooket's template: the title row, the header with its line breaks, numbered rows with the right answer's number", () => {
    const { output } = toBlooketCsv(bankWith(SPECS));
    expect(output.startsWith('"Blooket\nImport Template",')).toBe(true);
    const parsed = parseCsv(output);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const cells = parsed.rows.map((r) => r.cells);
    expect(cells[1]).toEqual([...BLOOKET_HEADER]);
    expect(cells.slice(2, 5)).toEqual([
      ['1', 'Which planet is known as the Red Planet?', 'Venus', 'Mars', 'Jupiter', 'Saturn', '20', '2'],
      ['2', 'Water boils at 100 °C at sea level.', 'True', 'False', '', '', '20', '1'],
      // Spreadsheets would run these as formulas; the apostrophe keeps them text.
      ['3', 'Which cell holds =SUM(A1:A9)?', "'=SUM(A1:A9)", 'A2', 'B7', "'@C3", '20', '4'],
    ]);
  });

  it('reads back through the CSV import as the same questions', () => {
    const back = fromCsv(toBlooketCsv(bankWith(SPECS)).output);
    expect(back.ok && back.questions.map((q) => [q.prompt, q.options[q.answer]])).toEqual([
      ['Which planet is known as the Red Planet?', 'Mars'],
      ['Water boils at 100 °C at sea level.', 'True'],
      ['Which cell holds =SUM(A1:A9)?', '@C3'],
    ]);
  });
});
