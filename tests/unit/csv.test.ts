/**
 * The one CSV writer (core/csv.ts) and the class table written with it: what a spreadsheet
 * shows when it opens the file. Each file is read back with the app's own RFC 4180 reader.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, guardText, quoteField } from '../../src/core/csv';
import { parseCsv } from '../../src/core/interop/csv';
import { toCsv } from '../../src/core/interop';
import { classCsv, questionRows, studentRows, type StudentRow } from '../../src/core/classTable';
import type { StudentTiming } from '../../src/core/codes/timing';
import { sampleResult, smallBank } from './codes/fixtures';

const cellsOf = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.rows.map((r) => r.cells);
};

describe('quoting (RFC 4180)', () => {
  it('leaves plain text bare and quotes a comma, a quote, a line break or outer spaces, doubling quotes', () => {
    expect(['Ana', 'Zoë Ångström', '北京', 'محمد'].map(quoteField)).toEqual(['Ana', 'Zoë Ångström', '北京', 'محمد']);
    expect(quoteField('Lee, Ana')).toBe('"Lee, Ana"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\rhere')).toBe('"cr\rhere"');
    expect(quoteField(' padded ')).toBe('" padded "');
  });

  it('ends every record with CRLF, and a line break inside a cell stays in its cell', () => {
    const text = csvText([
      ['a', 'b'],
      ['first\r\nsecond', 'x,y'],
    ]);
    expect(text).toBe('a,b\r\n"first\r\nsecond","x,y"\r\n');
    expect(cellsOf(text)).toEqual([
      ['a', 'b'],
      ['first\r\nsecond', 'x,y'],
    ]);
  });
});

describe('formula injection', () => {
  it('puts an apostrophe before text a spreadsheet would run: =, +, -, @, tab or carriage return first', () => {
    const risky = ['=HYPERLINK("http://x","click")', '+cmd', '-2+3', '@SUM(A1)', '\tpadded', '\rcr', '-cmd'];
    expect(risky.map(guardText)).toEqual(risky.map((s) => `'${s}`));
  });

  it('guards a cell that already starts with apostrophes before a formula, so reading strips exactly one', () => {
    expect(guardText("'=x")).toBe("''=x");
    expect(guardText("'plain")).toBe("'plain");
  });

  it('leaves text that is only a signed number as it is: a spreadsheet reads it as that number', () => {
    expect(['-5', '+3', '-1.25', '-1,5'].map(guardText)).toEqual(['-5', '+3', '-1.25', '-1,5']);
  });

  it('writes numbers as numbers, negative ones too, never guarded', () => {
    expect([csvCell(-3), csvCell(0), csvCell(12.5), csvCell(1200)]).toEqual(['-3', '0', '12.5', '1200']);
  });

  it('guards before quoting, so a quoted formula is still text', () => {
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(cellsOf(csvText([['=A1,B1', '@x']]))).toEqual([["'=A1,B1", "'@x"]]);
  });

  it('is the same rule in the bank export', () => {
    const bank = smallBank();
    const q = bank.questions.find((x) => x.type === 'choice')!;
    const risky = { ...bank, questions: [{ ...q, prompt: '=cmd|"/c calc"!A1' }] };
    const { output } = toCsv(risky, { bom: false });
    expect(output.split('\r\n')[1]!.startsWith(csvCell('=cmd|"/c calc"!A1'))).toBe(true);
  });
});

describe('the class table as CSV', () => {
  const row = (over: Partial<StudentRow>): StudentRow => ({ name: 'Ana', attempt: 1, points: 3200, correct: 4, asked: 4, seconds: 41.3, ...over });
  const headers = ['Student', 'Attempt', 'Points', 'Right', 'Time'];

  it('has the header, then one row per student in the order given', () => {
    const text = classCsv(headers, [row({}), row({ name: 'Bo', attempt: 2, points: 1500, correct: 2, seconds: 60 })]);
    expect(text.split('\r\n')).toEqual(['Student,Attempt,Points,Right,Time', 'Ana,1,3200,4/4,41.3', 'Bo,2,1500,2/4,60', '']);
  });

  it('keeps a name with commas, quotes and line breaks in one cell, and a formula-like name as text', () => {
    const names = ['Lee, Ana', 'Bo "the best"', 'Chen\nWu', '=HYPERLINK("http://x","Deniz")', '@Eve'];
    const text = classCsv(headers, names.map((name) => row({ name })));
    const cells = cellsOf(text);
    expect(cells).toHaveLength(1 + names.length);
    expect(cells.slice(1).map((c) => c[0])).toEqual(['Lee, Ana', 'Bo "the best"', 'Chen\nWu', `'=HYPERLINK("http://x","Deniz")`, "'@Eve"]);
    expect(cells.slice(1).every((c) => c.length === headers.length)).toBe(true);
  });

  it('writes points below zero as a number, not as text', () => {
    expect(classCsv(headers, [row({ points: -3 })]).split('\r\n')[1]).toBe('Ana,1,-3,4/4,41.3');
  });

  it('quotes a header the way it quotes any cell (a language whose words hold a comma)', () => {
    expect(classCsv(['Élève, nom', 'Essai', 'Points', 'Justes', 'Temps'], []).split('\r\n')[0]).toBe('"Élève, nom",Essai,Points,Justes,Temps');
  });

  it("adds the student's chosen time as a last column, the five before it where they were", () => {
    const words = (t: StudentTiming | undefined) => (t === undefined ? 'As set' : t === 'off' ? 'No time limit' : `×${t}`);
    const rows = studentRows([
      { ...sampleResult('AbCd_-12'), name: 'Ana' },
      { ...sampleResult('AbCd_-12'), name: 'Bo', timing: 'off' },
      { ...sampleResult('AbCd_-12'), name: 'Cy', timing: 10 },
    ]);
    expect(rows.map((r) => r.timing)).toEqual([undefined, 'off', 10]);
    const lines = classCsv(headers, rows, { header: 'Time chosen', cell: (r) => words(r.timing) }).split('\r\n');
    expect(lines[0]).toBe('Student,Attempt,Points,Right,Time,Time chosen');
    expect(cellsOf(lines.slice(1).join('\r\n')).map((c) => [c[0], c[5]])).toEqual([
      ['Ana', 'As set'],
      ['Bo', 'No time limit'],
      ['Cy', '×10'],
    ]);
    // Without the column (a live game's table) the file is as it always was.
    expect(classCsv(headers, rows).split('\r\n')[1]!.split(',')).toHaveLength(5);
  });
});

describe("the class's questions table", () => {
  it('counts, per question, the students (not their attempts) who marked it as looking wrong', () => {
    const base = sampleResult('AbCd_-12');
    const ids = base.answers.slice(0, 3).map((a) => a.questionId);
    const mark = (name: string, marked: string[]) => ({ ...base, name, answers: base.answers.map((a) => (marked.includes(a.questionId) ? { ...a, flagged: true } : a)) });
    const bank = { questions: ids.map((id) => ({ id, prompt: `Prompt ${id}`, type: 'choice' as const })) };
    const rows = questionRows(bank, ids, [mark('Ana', [ids[1]!]), mark('Bo', [ids[1]!, ids[2]!]), { ...mark('bo ', [ids[2]!]), attempt: 2 }, mark('Cy', [])]);
    expect(rows.map((r) => r.flagged)).toEqual([0, 2, 1]);
  });
});
