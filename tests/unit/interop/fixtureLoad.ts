/**
 * A fixture read as the teacher page reads a chosen file: bytes decoded, the format taken from the
 * name or, for a .txt, recognised from the content, then the format's reader, then the draft bank.
 * What comes back is what the teacher sees: the questions that came in (text, options, the right
 * one) and the ones left out (line, kind, reason), or the refusal, in English as the page shows it.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { decodeImport, detectFormat, fromAiken, fromCsv, fromGift, fromMoodleXml, importedToBank, type ImportResult, type LineError, type TextFormat } from '../../../src/core/interop';
import en from '../../../src/locales/en.json';

const READERS: Record<TextFormat, (text: string) => ImportResult> = { csv: fromCsv, aiken: fromAiken, gift: fromGift, xml: fromMoodleXml };

export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/interop/${name}`, import.meta.url)));

/** What the teacher sees of a question: its text, its answers, the right one by its text. */
export interface Seen {
  line: number | undefined;
  prompt: string;
  options: string[];
  right: string;
  feedback?: string;
}

export const tf = (line: number, prompt: string, right: 'True' | 'False', feedback?: string): Seen => ({ line, prompt, options: ['True', 'False'], right, ...(feedback ? { feedback } : {}) });

const fill = (template: string, params: Record<string, unknown> = {}) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

/** A refusal as the page shows it in English: "Line N: sentence", or the sentence alone for the whole file. */
export function shown(e: LineError): string {
  const message = fill((en.teacher.importError as Record<string, string>)[e.code]!, e.params);
  if ('kind' in e) return leftOut(e as LineError & { kind: string; kindParams?: Record<string, unknown> });
  return e.line > 0 ? fill(en.teacher.importErrors, { line: e.line, message }) : message;
}

/** A left-out question as the page lists it: "Line N, kind: reason". */
export function leftOut(s: LineError & { kind: string; kindParams?: Record<string, unknown> }): string {
  const kind = fill((en.teacher.skipKind as Record<string, string>)[s.kind]!, s.kindParams);
  const reason = fill((en.teacher.importError as Record<string, string>)[s.code]!, s.params);
  return fill(en.teacher.importReview.skipLine, { line: s.line, kind, reason });
}

/** How the fixture reads when chosen: `as` forces a format, else the name or the content decides. */
export function load(name: string, as?: TextFormat) {
  const decoded = decodeImport(fixtureBytes(name));
  const none = { encoding: null, format: null, errors: [] as LineError[], questions: [] as Seen[], left: [] as string[], skipped: [] as { line: number; kind: string; code: string }[] };
  if (!decoded.ok) return { ...none, errors: decoded.errors };
  const byName: TextFormat | null = /\.xml$/i.test(name) ? 'xml' : /\.gift$/i.test(name) ? 'gift' : /\.[ct]sv$/i.test(name) ? 'csv' : null;
  const found = as ?? byName ?? detectFormat(decoded.text);
  if (typeof found !== 'string') {
    if (!found.ok) return { ...none, encoding: decoded.encoding, errors: [found.error] };
  }
  const format = typeof found === 'string' ? found : found.format;
  const read = READERS[format](decoded.text);
  if (!read.ok) return { ...none, encoding: decoded.encoding, format, errors: read.errors };
  // Every fixture that reads must also make a valid draft bank: that is what the teacher approves.
  const built = importedToBank(read.questions, { id: 'fixture', title: name, language: 'en', format });
  expect(built.ok ? built.skipped : built.errors).toEqual([]);
  const questions = read.questions.map((q): Seen => ({ line: q.line, prompt: q.prompt, options: q.options, right: q.options[q.answer]!, ...(q.feedback ? { feedback: q.feedback } : {}) }));
  return {
    encoding: decoded.encoding,
    format,
    errors: [] as LineError[],
    questions,
    left: read.skipped.map(leftOut),
    skipped: read.skipped.map((s) => ({ line: s.line, kind: s.kind, code: s.code })),
  };
}
