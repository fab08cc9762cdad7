/**
 * Shared shapes for moving questions between Factsprint and other quiz tools.
 *
 * Exports are lossy by nature: other tools have no place for a fact's span, its review status or
 * the question kinds that are not "pick one" (estimate, when, where). So every exporter says which
 * questions it left out and why, instead of dropping them silently.
 */
import type { Bank } from '../bank/schema';
import { MAX_CHOICE_OPTIONS, MIN_CHOICE_OPTIONS, PLAYABLE_STATUSES } from '../bank/constants';

export interface Skipped {
  questionId: string;
  reason: string;
}

export interface ExportResult<T> {
  output: T;
  skipped: Skipped[];
}

/**
 * Every reason an import can be refused. The teacher page shows each through its own locale key
 * (teacher.importError.<code>), so the list is exported for a test to hold en.json to it.
 */
export const IMPORT_ERROR_CODES = [
  // Any format
  'tooLarge',
  'fileNotText',
  'fileBadEncoding',
  'fileUnknownEncoding',
  'xlsxUnreadable',
  'noQuestions',
  // A file named .txt (or with no telling name), read by its content
  'formatAmbiguous',
  'formatUnknown',
  'emptyQuestion',
  'emptyOption',
  'tooFewOptions',
  'tooManyOptions',
  'noRightAnswer',
  'severalRight',
  'partialCredit',
  // CSV
  'csvUnclosedQuote',
  'csvTextAfterQuote',
  'csvHeaderNoQuestion',
  'csvHeaderNoAnswers',
  'csvHeaderNoCorrect',
  'csvAnswerGap',
  'csvNoCorrect',
  'csvCorrectNotNumber',
  'csvCorrectOutOfRange',
  // Aiken
  'aikenOptionBeforeQuestion',
  'aikenOptionOrder',
  'aikenAnswerWithoutQuestion',
  'aikenAnswerLetter',
  'aikenAnswerNotOption',
  'aikenAnswerCase',
  'aikenNoAnswerLine',
  'aikenNoOptions',
  'aikenPromptLikeOption',
  // GIFT
  'giftNoAnswers',
  'giftUnbalancedBraces',
  'giftSecondAnswerBlock',
  'giftEssay',
  'giftNumerical',
  'giftMatching',
  'giftShortAnswer',
  'giftTextBeforeAnswer',
  // Moodle XML: the file as XML
  'xmlDoctype',
  'xmlEntityDeclaration',
  'xmlUnknownEntity',
  'xmlBadCharRef',
  'xmlUnterminated',
  'xmlMismatchedTag',
  'xmlUnclosedTag',
  'xmlTooDeep',
  'xmlMalformed',
  // Moodle XML: the quiz in it
  'xmlNotQuiz',
  'xmlNoType',
  'xmlUnsupportedType',
  'xmlSeveralAllowed',
  'xmlTrueFalse',
  'xmlBadFraction',
  // Imported questions -> a Factsprint bank
  'answerOutOfRange',
  'trueFalseOptions',
  'duplicateOptions',
  'bankInvalid',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** What a code's sentence fills in. Never `count`, which i18next would take as a plural. */
export type ImportErrorParams = Record<string, string | number>;

/** A problem in an imported file, at the 1-based line a teacher should look at (0: not a line of the file). */
export interface LineError {
  line: number;
  code: ImportErrorCode;
  params?: ImportErrorParams;
  /** The same problem in English, for the CLI, logs and tests; the page translates `code` instead. */
  message: string;
}

export const lineError = (line: number, code: ImportErrorCode, message: string, params?: ImportErrorParams): LineError =>
  params === undefined ? { line, code, message } : { line, code, params, message };

/**
 * Largest file an import reads, in UTF-16 units (what a string's length counts): far above any
 * quiz, small enough that the readers stay quick on whatever is chosen by mistake.
 */
export const MAX_IMPORT_CHARS = 1_000_000;

export const tooLarge = (text: string): LineError | null =>
  text.length > MAX_IMPORT_CHARS ? lineError(1, 'tooLarge', `the file is over ${MAX_IMPORT_CHARS.toLocaleString('en')} characters: no quiz file is this large`) : null;

export const noQuestions = (): LineError => lineError(1, 'noQuestions', 'the file holds no questions');

/** User text quoted in a message, cut short so one bad cell cannot flood the page. */
export const quoted = (s: string, max = 40): string => ([...s].length > max ? `${[...s].slice(0, max).join('')}…` : s);

/** One "pick one" question as other tools hold it: a prompt, 2-6 options, one right answer. */
export interface ImportedQuestion {
  prompt: string;
  options: string[];
  /** Index into `options` of the right answer. */
  answer: number;
  kind: 'choice' | 'truefalse';
  /** General feedback, where the format has it; becomes the source sentence in Factsprint. */
  feedback?: string;
  /** The line the question starts on in the imported file, so later checks can point at it. */
  line?: number;
}

/**
 * What a text file held: the questions Factsprint can play and the ones it left out (skips.ts), or
 * why nothing came in. A file with nothing to play is refused, each question named with its reason.
 */
export type ImportResult = { ok: true; questions: ImportedQuestion[]; skipped: ImportSkip[] } | { ok: false; errors: LineError[] };

export const TRUE_WORD = 'True';
export const FALSE_WORD = 'False';

/** Factsprint holds 2 to 6 options; Moodle and GIFT allow more, so imports check it. */
export const MIN_OPTIONS = MIN_CHOICE_OPTIONS;
export const MAX_OPTIONS = MAX_CHOICE_OPTIONS;

/** A bank question reduced to what every export format can hold. */
export interface Portable {
  id: string;
  kind: 'choice' | 'truefalse';
  prompt: string;
  /** For true/false: always [True, False], so a tool that only knows choices still gets it right. */
  options: string[];
  answer: number;
  /** The fact's source sentence, exactly as in the article. */
  feedback: string | undefined;
}

/**
 * The questions of a bank every format can carry, and the rest with a reason.
 * Only questions whose fact a person approved or edited leave Factsprint: an export reaches
 * players through another tool, and the house rule is that unreviewed facts never reach players.
 */
export function portableQuestions(bank: Bank): ExportResult<Portable[]> {
  const facts = new Map(bank.facts.map((f) => [f.id, f]));
  const output: Portable[] = [];
  const skipped: Skipped[] = [];
  for (const q of bank.questions) {
    const fact = facts.get(q.factId);
    if (fact && !PLAYABLE_STATUSES.includes(fact.review)) {
      skipped.push({ questionId: q.id, reason: `its fact is not approved yet (review: ${fact.review})` });
      continue;
    }
    const feedback = fact?.sentence;
    switch (q.type) {
      case 'choice':
        output.push({ id: q.id, kind: 'choice', prompt: q.prompt, options: [...q.options], answer: q.answer, feedback });
        break;
      case 'truefalse':
        output.push({ id: q.id, kind: 'truefalse', prompt: q.prompt, options: [TRUE_WORD, FALSE_WORD], answer: q.answer ? 0 : 1, feedback });
        break;
      case 'estimate':
        skipped.push({ questionId: q.id, reason: 'an estimate question has a number for its answer, not options to pick from' });
        break;
      case 'when':
        skipped.push({ questionId: q.id, reason: 'a "when" question is answered on a timeline, not by picking an option' });
        break;
      case 'where':
        skipped.push({ questionId: q.id, reason: 'a "where" question is answered on a map, not by picking an option' });
        break;
    }
  }
  return { output, skipped };
}

/** Is this pair of options True/False (either order, any case)? Returns the index of "true", or null. */
export function trueIndex(options: readonly string[]): number | null {
  if (options.length !== 2) return null;
  const words = options.map((o) => o.trim().toLowerCase());
  if (words[0] === 'true' && words[1] === 'false') return 0;
  if (words[0] === 'false' && words[1] === 'true') return 1;
  return null;
}

/** The kind an imported pair of options implies: two options True/False are a true/false question. */
export const kindOf = (options: readonly string[]): ImportedQuestion['kind'] => (trueIndex(options) === null ? 'choice' : 'truefalse');

/** What a left-out question is, in the teacher's words (locale: teacher.skipKind.<kind>). */
export const SKIP_KINDS = [
  'question',
  'choice',
  'trueFalse',
  'manyOptions',
  'multipleAnswer',
  'essay',
  'matching',
  'numerical',
  'shortAnswer',
  'cloze',
  'dragDrop',
  'gapSelect',
  'calculated',
  'description',
  'poll',
  'openEnded',
  'draw',
  'fillBlank',
  'otherType',
  'strayLine',
] as const;

export type SkipKind = (typeof SKIP_KINDS)[number];

/**
 * A question left out: the 1-based line it starts on (a spreadsheet's row; in Moodle XML the line
 * of its <question>), what it is, and why, as a reason code with the same sentence in English.
 * `kindParams` fills the kind's text ("question with {{n}} options").
 */
export interface ImportSkip extends LineError {
  kind: SkipKind;
  kindParams?: ImportErrorParams;
}
