/**
 * Import errors reach the teacher in their language: every code the importers can give has its
 * sentence in en.json (the locale parity test carries it to the other languages), every code is
 * really given by some input, and the params that input's error carries fill its sentence.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeImport,
  detectFormat,
  fromAiken,
  fromCsv,
  fromGift,
  fromMoodleXml,
  IMPORT_ERROR_CODES,
  SKIP_KINDS,
  importedToBank,
  MAX_IMPORT_CHARS,
  type ImportedQuestion,
  type ImportErrorCode,
  type ImportResult,
  type LineError,
  xlsxUnreadable,
} from '../../../src/core/interop';
import en from '../../../src/locales/en.json';

const sentences: Record<string, string> = en.teacher.importError;

const q = (over: Partial<ImportedQuestion>): ImportedQuestion => ({ prompt: 'Q?', options: ['a', 'b', 'c', 'd'], answer: 0, kind: 'choice', line: 3, ...over });
const bank = (items: ImportedQuestion[], id = 'quiz') => importedToBank(items, { id, title: 'Quiz', language: 'en', format: 'csv' });
const xml = (body: string) => fromMoodleXml(`<quiz>${body}</quiz>`);
const tf = (answers: string) => xml(`<question type="truefalse"><questiontext><text>Q?</text></questiontext>${answers}</question>`);
const mc = (answers: string, extra = '') => xml(`<question type="multichoice"><questiontext><text>Q?</text></questiontext>${extra}${answers}</question>`);

/** The refusal a text file of no clear format gets, in the shape of an import's. */
const detected = (text: string) => {
  const d = detectFormat(text);
  return d.ok ? { ok: true as const, questions: [], skipped: [] } : { ok: false as const, errors: [d.error] };
};

/** One input per code that gives it. */
const SAMPLES: Record<ImportErrorCode, () => ImportResult | ReturnType<typeof bank> | ReturnType<typeof decodeImport>> = {
  tooLarge: () => fromGift('x'.repeat(MAX_IMPORT_CHARS + 1)),
  noQuestions: () => fromCsv(''),
  formatAmbiguous: () => detected('Q?\nA. x\nB. y\nANSWER: A\n\nQ2 {=a ~b}'),
  formatUnknown: () => detected('Just a note to myself.'),
  fileNotText: () => decodeImport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])),
  fileBadEncoding: () => decodeImport(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xe9])),
  // "Столица Франции?" in Windows-1251.
  fileUnknownEncoding: () => decodeImport(new Uint8Array([0xd1, 0xf2, 0xee, 0xeb, 0xe8, 0xf6, 0xe0, 0x20, 0xd4, 0xf0, 0xe0, 0xed, 0xf6, 0xe8, 0xe8, 0x3f])),
  // An old Excel .xls file (OLE compound document), chosen as a spreadsheet.
  xlsxUnreadable: () => ({ ok: false, errors: [xlsxUnreadable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))!] }),
  emptyQuestion: () => fromCsv(',a,b,,,20,1'),
  emptyOption: () => fromGift('Q {=a ~ ~b}'),
  tooFewOptions: () => fromCsv('Q,a,,,,20,1'),
  tooManyOptions: () => fromGift('Q {=a ~b ~c ~d ~e ~f ~g}'),
  noRightAnswer: () => fromGift('Q {~a ~b}'),
  severalRight: () => fromGift('Q {=a =b ~c}'),
  partialCredit: () => fromGift('Q {=a ~%50%b}'),
  csvUnclosedQuote: () => fromCsv('"Q,a,b,,,20,1'),
  csvTextAfterQuote: () => fromCsv('"Q"x,a,b,,,20,1'),
  csvHeaderNoQuestion: () => fromCsv('Question #,Answer 1,Answer 2,Correct answer\n1,a,b,1'),
  csvHeaderNoAnswers: () => fromCsv('Question,Answer 1,Correct answer\nQ,a,1'),
  csvHeaderNoCorrect: () => fromCsv('Question,Answer 1,Answer 2,Time\nQ,a,b,20'),
  csvAnswerGap: () => fromCsv('Q,a,,c,d,20,1'),
  csvNoCorrect: () => fromCsv('Q,a,b,c,d,20'),
  csvCorrectNotNumber: () => fromCsv('Q,a,b,c,d,20,B'),
  csvCorrectOutOfRange: () => fromCsv('Q,a,b,,,20,3'),
  aikenOptionBeforeQuestion: () => fromAiken('A. x'),
  aikenOptionOrder: () => fromAiken('Q?\nA. x\nC. y\nANSWER: A'),
  aikenAnswerWithoutQuestion: () => fromAiken('ANSWER: A'),
  aikenAnswerLetter: () => fromAiken('Q?\nA. x\nB. y\nANSWER: 2'),
  aikenAnswerNotOption: () => fromAiken('Q?\nA. x\nB. y\nANSWER: C'),
  aikenAnswerCase: () => fromAiken('Q?\nA. x\nB. y\nAnswer: A'),
  aikenNoAnswerLine: () => fromAiken('Q?\nA. x\nB. y'),
  aikenNoOptions: () => fromAiken('Q?'),
  aikenPromptLikeOption: () => fromAiken('U.S. Presidents serve how many years?\nA. 4\nB. 6\nANSWER: A'),
  giftNoAnswers: () => fromGift('Description only'),
  giftUnbalancedBraces: () => fromGift('Q {=a ~b'),
  giftSecondAnswerBlock: () => fromGift('Q {=a ~b}\nQ {=a ~b}'),
  giftEssay: () => fromGift('Q {}'),
  giftNumerical: () => fromGift('Q {#4:1}'),
  giftMatching: () => fromGift('Q {=a -> 1 =b -> 2}'),
  giftShortAnswer: () => fromGift('Q {=Paris}'),
  giftTextBeforeAnswer: () => fromGift('Q {x =a ~b}'),
  xmlDoctype: () => fromMoodleXml('<!DOCTYPE quiz [<!ENTITY a "b">]><quiz/>'),
  xmlEntityDeclaration: () => xml('<!ENTITY a "b">'),
  xmlUnknownEntity: () => xml('&a;'),
  xmlBadCharRef: () => xml('&#1;'),
  xmlUnterminated: () => xml('<!-- '),
  xmlMismatchedTag: () => xml('<a></b>'),
  xmlUnclosedTag: () => fromMoodleXml('<quiz><a>'),
  xmlTooDeep: () => xml('<a>'.repeat(100)),
  xmlMalformed: () => xml('a & b'),
  xmlNotQuiz: () => fromMoodleXml('<html/>'),
  xmlNoType: () => xml('<question/>'),
  xmlUnsupportedType: () => xml('<question type="essay"/>'),
  xmlSeveralAllowed: () => mc('<answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer>', '<single>false</single>'),
  xmlTrueFalse: () => tf('<answer fraction="100"><text>yes</text></answer><answer fraction="0"><text>no</text></answer>'),
  xmlBadFraction: () => mc('<answer fraction="all"><text>a</text></answer><answer fraction="0"><text>b</text></answer>'),
  answerOutOfRange: () => bank([q({ answer: 4 })]),
  trueFalseOptions: () => bank([q({ kind: 'truefalse', options: ['Yes', 'No'] })]),
  duplicateOptions: () => bank([q({ options: ['a', 'A ', 'c', 'd'] })]),
  bankInvalid: () => bank([q({})], 'Not A Slug'),
};

/** The sentence filled in as i18next fills it, after checking the error's params fill every placeholder. */
function shown(e: LineError): string {
  const template = sentences[e.code];
  if (template === undefined) throw new Error(`en.json has no teacher.importError.${e.code}`);
  const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
  expect(names.filter((n) => !(n in (e.params ?? {}))), `${e.code}: placeholders its params do not fill`).toEqual([]);
  return template.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(e.params![n]));
}

describe('import error codes', () => {
  it('are listed once each', () => {
    expect(new Set(IMPORT_ERROR_CODES).size).toBe(IMPORT_ERROR_CODES.length);
  });

  it('each have a sentence in en.json, and en.json has none for a code that is gone', () => {
    expect(IMPORT_ERROR_CODES.filter((c) => typeof sentences[c] !== 'string')).toEqual([]);
    expect(Object.keys(sentences).filter((k) => !(IMPORT_ERROR_CODES as readonly string[]).includes(k))).toEqual([]);
  });

  it.each(IMPORT_ERROR_CODES)('%s is given by a real input, and its params fill its sentence', (code) => {
    const r = SAMPLES[code]();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === code);
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    expect(shown(e!)).toMatch(/\S/);
  });

  it('fill in as the page shows them', () => {
    const [e] = (fromAiken('Q?\nA. x\nC. y\nANSWER: A') as { errors: LineError[] }).errors;
    expect(shown(e!)).toBe('Expected answer B here, but found C.');
    expect(en.teacher.importErrors.replace('{{line}}', String(e!.line)).replace('{{message}}', shown(e!))).toBe('Line 1: Expected answer B here, but found C.');
  });
});

describe('what a left-out question is', () => {
  const kinds: Record<string, string> = en.teacher.skipKind;

  it('every kind has its words in en.json, and en.json has none for a kind that is gone', () => {
    expect(SKIP_KINDS.filter((k) => typeof kinds[k] !== 'string')).toEqual([]);
    expect(Object.keys(kinds).filter((k) => !(SKIP_KINDS as readonly string[]).includes(k))).toEqual([]);
  });

  it('a question with too many options says how many', () => {
    const r = fromGift('Q {=a ~b ~c ~d ~e ~f ~g}\n\nR {=a ~b}');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [s] = r.skipped;
    expect(kinds[s!.kind]!.replace('{{n}}', String(s!.kindParams?.n))).toBe('question with 7 options');
    expect(en.teacher.importReview.skipLine.replace('{{line}}', String(s!.line)).replace('{{kind}}', 'question with 7 options').replace('{{reason}}', shown(s!))).toBe(
      'Line 1, question with 7 options: This question has more than 6 answers: Factsprint questions have at most 6.',
    );
  });
});
