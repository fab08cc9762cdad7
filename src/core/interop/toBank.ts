/**
 * Imported questions -> a draft Factsprint bank, valid by the one schema, that a teacher reviews.
 *
 * Choices made here, and why:
 * - Every fact lands as "needs_review": imported content has not been checked by anyone in
 *   Factsprint, and only approved or edited facts reach players.
 * - One fact per question, with the question's feedback as its sentence, or the question itself
 *   when the file gave none. The "article" is those sentences, one a line, so every span is real.
 *   Whitespace inside a sentence is folded to single spaces to keep it on its line.
 * - The fact kind is "quote": speaker = where the questions came from, quote = the sentence, word
 *   for word. An imported question comes with no article, and all that is certain is that the
 *   teacher's file says that sentence; "quote" records exactly that, where "quantity", "date" or
 *   "place" would each need a figure, a date or a place the file never gave. Questions ask
 *   "quote" to match. The teacher can rename the speaker on the review page.
 * - Factsprint's choice questions have 2 to 6 options, as the files teachers bring have them. A
 *   2-option question whose options are True and False becomes a true/false question; any other
 *   two are a choice between them. Fewer than two or more than six leaves the question out at its
 *   line, as does any other problem with it (the rest still come in): dropping wrong answers would
 *   change the question, and padding with made-up ones would put words in the teacher's mouth.
 * - Difficulty is 2, the middle: the file says nothing about it.
 */
import type { Bank, Fact, Question } from '../bank/schema';
import { SCHEMA_VERSION } from '../bank/constants';
import { validateBank } from '../bank/validate';
import { kindOfOptions, skip } from './skips';
import { lineError, MAX_OPTIONS, MIN_OPTIONS, trueIndex, type ImportedQuestion, type LineError, type ImportSkip } from './types';

export type ImportFormat = 'csv' | 'aiken' | 'gift' | 'xml' | 'xlsx';

const FORMAT_NAMES: Record<ImportFormat, string> = { csv: 'CSV', aiken: 'Aiken', gift: 'GIFT', xml: 'Moodle XML', xlsx: 'Excel (.xlsx)' };

export interface ImportMeta {
  /** The new bank's id: lower-case letters, digits and dashes. */
  id: string;
  title: string;
  /** The language the questions are written in, e.g. "en". */
  language: string;
  format: ImportFormat;
  /** Where the questions came from, in the teacher's words (a file name, a textbook); the facts' speaker. */
  source?: string;
  licence?: string;
}

/**
 * The draft bank, with any question that could not become a Factsprint question (two options the
 * same, say) left out at its line; or why there is no bank (none could, or the bank is not valid).
 */
export type ImportedBank = { ok: true; bank: Bank; articleText: string; skipped: ImportSkip[] } | { ok: false; errors: LineError[] };

const norm = (s: string) => s.trim().toLowerCase();

/** The question as Factsprint holds it, or what is wrong with it. */
function convert(item: ImportedQuestion, n: string): Question | LineError {
  const { prompt, options, answer } = item;
  const line = item.line ?? 0;
  if (!prompt.trim()) return lineError(line, 'emptyQuestion', 'the question is empty');
  if (options.some((o) => !o.trim())) return lineError(line, 'emptyOption', 'an option is empty');
  if (!Number.isInteger(answer) || answer < 0 || answer >= options.length) {
    // A caller's NaN or 1.5 is no answer number a teacher could look for.
    const shown = Number.isInteger(answer) ? answer + 1 : '?';
    return lineError(line, 'answerOutOfRange', `the right answer (${shown}) is not one of the ${options.length} options`, { answer: shown, n: options.length });
  }
  const t = trueIndex(options);
  if (item.kind === 'truefalse' || t !== null) {
    if (t === null) return lineError(line, 'trueFalseOptions', 'a true/false question needs exactly two options, True and False');
    return { id: `q-${n}`, factId: `f-${n}`, type: 'truefalse', asks: 'quote', prompt, claim: prompt, answer: answer === t, difficulty: 2 };
  }
  if (options.length < MIN_OPTIONS) return lineError(line, 'tooFewOptions', `a question needs at least ${MIN_OPTIONS} answers and this one has ${options.length}`);
  if (options.length > MAX_OPTIONS) {
    return lineError(line, 'tooManyOptions', `${options.length} answers: Factsprint questions have at most ${MAX_OPTIONS}`, { max: MAX_OPTIONS });
  }
  if (new Set(options.map(norm)).size !== options.length) return lineError(line, 'duplicateOptions', 'two options are the same: every option must differ');
  return { id: `q-${n}`, factId: `f-${n}`, type: 'choice', asks: 'quote', prompt, options, answer, difficulty: 2 };
}

export function importedToBank(items: readonly ImportedQuestion[], meta: ImportMeta): ImportedBank {
  const name = FORMAT_NAMES[meta.format];
  if (!items.length) return { ok: false, errors: [lineError(0, 'noQuestions', 'there are no questions to import')] };
  const skipped: ImportSkip[] = [];
  const kept: ImportedQuestion[] = [];
  const facts: Fact[] = [];
  const questions: Question[] = [];
  const sentences: string[] = [];
  let offset = 0;
  const width = String(items.length).length;
  items.forEach((item) => {
    const n = `${meta.format}-${String(kept.length + 1).padStart(width, '0')}`;
    const q = convert(item, n);
    if ('code' in q) {
      const { kind, kindParams } = kindOfOptions(item.options, MAX_OPTIONS);
      skipped.push(skip(item.line ?? 0, item.kind === 'truefalse' ? 'trueFalse' : kind, q, kindParams));
      return;
    }
    kept.push(item);
    const feedback = item.feedback?.trim() ? item.feedback : undefined;
    const sentence = (feedback ?? item.prompt).replace(/\s+/g, ' ').trim();
    const reasons = [`imported from ${name}: check the question, its right answer and its source sentence`];
    if (!feedback) reasons.push('the file gave no feedback, so the source sentence is the question itself');
    if (!feedback && q.type === 'truefalse' && !q.answer) reasons.push('that question is a false statement: write a true source sentence before approving');
    facts.push({
      id: `f-${n}`,
      kind: 'quote',
      sentence,
      span: { start: offset, end: offset + sentence.length },
      extractor: `import:${meta.format}`,
      confidence: 1,
      review: 'needs_review',
      reviewReasons: reasons,
      data: { speaker: meta.source?.trim() || `the imported ${name} file`, quote: sentence },
    });
    questions.push(q);
    sentences.push(sentence);
    offset += sentence.length + 1;
  });
  if (!questions.length) return { ok: false, errors: skipped };

  const data = {
    schemaVersion: SCHEMA_VERSION,
    id: meta.id,
    title: meta.title,
    article: {
      title: meta.title,
      outlet: null,
      published: null,
      eventDate: null,
      url: null,
      language: meta.language,
      licence: meta.licence ?? `Questions imported from a ${name} file by a teacher; the file states no licence.`,
      textFile: 'article.txt',
    },
    facts,
    questions,
    translations: {},
  };
  const result = validateBank(data, `import:${meta.format}`);
  if (!result.ok) {
    // Point at the imported question where the problem is one; bank-wide problems (a bad id) have no line.
    const lineOf = (path: string) => {
      const m = /^\$\.(?:questions|facts)\[(\d+)\]/.exec(path);
      return m ? (kept[Number(m[1])]?.line ?? 0) : 0;
    };
    // The schema's own words are English; the page names the field and quotes them.
    return { ok: false, errors: result.errors.map((e) => lineError(lineOf(e.path), 'bankInvalid', `${e.path}: ${e.message}`, { path: e.path, detail: e.message })) };
  }
  return { ok: true, bank: result.bank, articleText: sentences.join('\n'), skipped };
}
