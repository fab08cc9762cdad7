/**
 * The real first bank, out to CSV, GIFT, Aiken and Moodle XML and back in: a teacher who moves a
 * bank to Kahoot or Moodle and back gets the same questions, with the same right answers.
 */
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, fromAiken, fromCsv, fromGift, fromMoodleXml, importedToBank, toAiken, toCsv, toGift, toMoodleXml, toQtiZip } from '../../../src/core/interop';
import type { ExportResult, ImportFormat, ImportResult } from '../../../src/core/interop';
import { expected, realBank } from './helpers';

const bank = realBank();
const exportable = bank.questions.filter((q) => q.type === 'choice' || q.type === 'truefalse').map((q) => q.id);
const notExportable = bank.questions.filter((q) => q.type !== 'choice' && q.type !== 'truefalse').map((q) => q.id);

const formats: { name: string; format: ImportFormat; out: () => ExportResult<string>; back: (t: string) => ImportResult; feedback: boolean }[] = [
  { name: 'CSV', format: 'csv', out: () => toCsv(bank), back: fromCsv, feedback: true },
  { name: 'GIFT', format: 'gift', out: () => toGift(bank), back: fromGift, feedback: true },
  { name: 'Aiken', format: 'aiken', out: () => toAiken(bank), back: fromAiken, feedback: false },
  { name: 'Moodle XML', format: 'xml', out: () => toMoodleXml(bank), back: fromMoodleXml, feedback: true },
];

it('the real bank has both kinds that travel and the three that do not', () => {
  expect(exportable.length).toBe(29);
  expect(notExportable.length).toBe(12);
});

describe.each(formats)('$name round trip of the real bank', ({ format, out, back, feedback }) => {
  const exported = out();
  const imported = back(exported.output);

  it('exports every choice and true/false question and skips the rest with a reason', () => {
    expect(exported.skipped.map((s) => s.questionId).sort()).toEqual([...notExportable].sort());
    for (const s of exported.skipped) expect(s.reason).toMatch(/number|timeline|map/);
  });

  it('imports cleanly', () => {
    expect(imported.ok ? [] : imported.errors).toEqual([]);
  });

  it('gives back the same prompts, options and right answers, in order', () => {
    if (!imported.ok) throw new Error('import failed');
    expect(imported.questions).toHaveLength(exportable.length);
    imported.questions.forEach((got, i) => {
      const want = expected(bank, exportable[i]!);
      expect({ prompt: got.prompt, options: got.options, answer: got.answer }, exportable[i]).toEqual({ prompt: want.prompt, options: want.options, answer: want.answer });
      expect(got.options[got.answer]).toBe(want.options[want.answer]);
    });
  });

  it('keeps each kind: true/false stays true/false', () => {
    if (!imported.ok) throw new Error('import failed');
    const kinds = exportable.map((id) => bank.questions.find((q) => q.id === id)!.type);
    expect(imported.questions.map((q) => q.kind)).toEqual(kinds);
  });

  it(feedback ? "carries each fact's source sentence as feedback" : 'has no feedback to carry (Aiken has no place for it)', () => {
    if (!imported.ok) throw new Error('import failed');
    imported.questions.forEach((got, i) => expect(got.feedback, exportable[i]).toBe(feedback ? expected(bank, exportable[i]!).feedback : undefined));
  });

  it('builds a valid draft bank from the import, every fact waiting for review', () => {
    if (!imported.ok) throw new Error('import failed');
    const result = importedToBank(imported.questions, { id: 'imported-kim-putin', title: 'Kim and Putin (imported)', language: 'en', format });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.bank.questions).toHaveLength(exportable.length);
    expect(new Set(result.bank.facts.map((f) => f.review))).toEqual(new Set(['needs_review']));
    expect(new Set(result.bank.facts.map((f) => f.extractor))).toEqual(new Set([`import:${format}`]));
    for (const f of result.bank.facts) expect(result.articleText.slice(f.span.start, f.span.end)).toBe(f.sentence);
  });
});

describe('CSV layout', () => {
  const { output } = toCsv(bank);
  const lines = output.split('\r\n');

  it('starts with a byte-order mark and the documented header, and ends records with CRLF', () => {
    expect(output.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('\uFEFFQuestion,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s),Feedback');
    expect(CSV_HEADER.join(',')).toBe(lines[0]!.slice(1));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(exportable.length + 2);
  });

  it('writes true/false as two answers, True and False, with the right one numbered', () => {
    const row = lines.find((l) => l.includes('Putin met Donald Trump in Hawaii'))!;
    expect(row).toMatch(/,True,False,,,20,2,/);
  });

  it('writes the time limit asked for, and no BOM when told not to', () => {
    const { output: plain } = toCsv(bank, { timeLimitSec: 30, bom: false });
    expect(plain.startsWith('Question,')).toBe(true);
    expect(plain.split('\r\n')[1]).toMatch(/,30,1,/);
  });
});

describe('an import turned back into a bank exports the same questions again', () => {
  it('CSV -> bank -> CSV keeps every question row', () => {
    const first = fromCsv(toCsv(bank).output);
    if (!first.ok) throw new Error('import failed');
    const built = importedToBank(first.questions, { id: 'again', title: 'Again', language: 'en', format: 'csv' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    // Imported facts wait for review, and exports only carry approved ones: approve them, as a teacher would.
    const approved = { ...built.bank, facts: built.bank.facts.map((f) => ({ ...f, review: 'approved' as const })) };
    const rows = (csv: string) => csv.split('\r\n').slice(1);
    expect(rows(toCsv(approved).output)).toEqual(rows(toCsv(bank).output));
  });

  it('until they are approved, an imported bank exports nothing, and says why', () => {
    const first = fromGift(toGift(bank).output);
    if (!first.ok) throw new Error('import failed');
    const built = importedToBank(first.questions, { id: 'draft', title: 'Draft', language: 'en', format: 'gift' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    for (const out of [toGift(built.bank), toMoodleXml(built.bank), toQtiZip(built.bank)]) {
      expect(out.skipped).toHaveLength(exportable.length);
      expect(out.skipped[0]!.reason).toMatch(/not approved/);
    }
    expect(fromGift(toGift(built.bank).output).ok).toBe(false);
  });
});
