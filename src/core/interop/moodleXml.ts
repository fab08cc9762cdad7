/**
 * Moodle XML import: the multiple-choice (one right answer) and true/false questions of a
 * Moodle <quiz>, with their general feedback, which becomes the source sentence.
 *
 *   <question type="multichoice">
 *     <questiontext format="html"><text><![CDATA[<p>In which city...?</p>]]></text></questiontext>
 *     <generalfeedback format="html"><text>...</text></generalfeedback>
 *     <single>true</single>
 *     <answer fraction="100" format="html"><text>Beijing</text></answer>
 *     <answer fraction="0" format="html"><text>Shanghai</text></answer>
 *   </question>
 *
 * The file is read by our own small reader (xmlReader.ts), which refuses any DTD: a quiz file
 * from a stranger cannot make the page expand entities or fetch anything.
 *
 * Moodle's rules, as its importer (question/format/xml/format.php) applies them: a text field's
 * format is its "format" attribute, "html" when there is none, and an answer without one takes the
 * question text's. HTML (and Markdown) is turned into plain text here, because bank content is text, never
 * markup, and a Moodle export wraps nearly every text in <p>. Category entries only say where
 * questions go and are passed over; every other type (essay, matching, cloze...) and any question
 * Factsprint cannot play whole is left out at the line of its <question>, with what it is and why,
 * and the rest of the file comes in.
 */
import { htmlToText } from './html';
import { markdownToText } from './markdown';
import { childNamed, childrenNamed, readXml, textOf, type XmlElement } from './xmlReader';
import { collect, skip } from './skips';
import { FALSE_WORD, kindOf, lineError, MAX_OPTIONS, noQuestions, quoted, tooLarge, TRUE_WORD, type ImportedQuestion, type ImportErrorParams, type ImportResult, type LineError, type ImportSkip, type SkipKind } from './types';

const ONLY = 'Factsprint imports multiple choice (one right answer) and true/false questions only';

/** What each Moodle type Factsprint cannot play is, in the teacher's words; any other type is named as it is. */
const TYPE_KINDS: Record<string, SkipKind> = {
  essay: 'essay',
  matching: 'matching',
  randomsamatch: 'matching',
  shortanswer: 'shortAnswer',
  numerical: 'numerical',
  multianswer: 'cloze',
  ddwtos: 'dragDrop',
  ddimageortext: 'dragDrop',
  ddmarker: 'dragDrop',
  gapselect: 'gapSelect',
  calculated: 'calculated',
  calculatedsimple: 'calculated',
  calculatedmulti: 'calculated',
  description: 'description',
};

/** The text of a Moodle text field (<questiontext>, <answer>...) as plain text, or '' when it has none. */
function fieldText(holder: XmlElement | undefined, inherited: string): string {
  const raw = textOf(childNamed(holder, 'text'));
  const format = holder?.attrs.get('format') ?? inherited;
  return format === 'html' ? htmlToText(raw) : format === 'markdown' ? markdownToText(raw) : raw;
}

/** An answer's fraction as a number, or the error its text is. */
function weightOf(answer: XmlElement): number | LineError {
  const raw = (answer.attrs.get('fraction') ?? '0').trim();
  const f = raw === '' ? NaN : Number(raw);
  return Number.isFinite(f) ? f : lineError(answer.line, 'xmlBadFraction', `fraction="${quoted(raw)}" is not a number`, { fraction: quoted(raw) });
}

type Read = Omit<ImportedQuestion, 'prompt'> | { kind: SkipKind; kindParams?: ImportErrorParams; reason: LineError };

function readChoice(q: XmlElement, format: string): Read {
  const answers = childrenNamed(q, 'answer');
  const n = answers.length;
  const no = (reason: LineError, kind: SkipKind = n > MAX_OPTIONS ? 'manyOptions' : 'choice'): Read => (kind === 'manyOptions' ? { kind, kindParams: { n }, reason } : { kind, reason });
  const weights: number[] = [];
  for (const a of answers) {
    const w = weightOf(a);
    if (typeof w !== 'number') return no(w);
    weights.push(w);
  }
  const single = textOf(childNamed(q, 'single')).trim().toLowerCase();
  const positive = weights.filter((w) => w > 0).length;
  const full = weights.filter((w) => w === 100).length;
  // "Multiple answers allowed" with one right answer asks what a one-answer question asks; with
  // several, students tick them all, and no one option is the answer.
  if ((single === 'false' || single === '0') && positive > 1) return no(lineError(q.line, 'xmlSeveralAllowed', `this question lets students pick several answers. ${ONLY}`), 'multipleAnswer');
  if (full > 1) return no(lineError(q.line, 'severalRight', `${full} answers have fraction="100"; a Factsprint question has exactly one`, { n: full }), 'multipleAnswer');
  const partial = weights.findIndex((w) => w !== 0 && w !== 100);
  if (partial >= 0) {
    const raw = quoted((answers[partial]!.attrs.get('fraction') ?? '').trim());
    return no(lineError(answers[partial]!.line, 'partialCredit', `partial credit (${raw}%) is not supported: give the one right answer fraction="100" and the others fraction="0"`, { weight: `${raw}%` }));
  }
  const options = answers.map((a) => fieldText(a, format));
  const empty = options.findIndex((o) => !o.trim());
  if (empty >= 0) return no(lineError(answers[empty]!.line, 'emptyOption', 'an answer is empty'));
  if (n < 2) return no(lineError(q.line, 'tooFewOptions', 'a question needs at least two answers'));
  if (full === 0) return no(lineError(q.line, 'noRightAnswer', 'no right answer: give the right answer fraction="100"'));
  if (n > MAX_OPTIONS) return no(lineError(q.line, 'tooManyOptions', `${n} answers: Factsprint questions have at most ${MAX_OPTIONS}`, { max: MAX_OPTIONS }));
  return { options, answer: weights.indexOf(100), kind: kindOf(options), line: q.line };
}

function readTrueFalse(q: XmlElement, format: string): Read {
  const bad = (line: number): Read => ({ kind: 'trueFalse', reason: lineError(line, 'xmlTrueFalse', 'a true/false question needs two answers, "true" and "false", one of them with fraction="100"') });
  const seen = new Set<string>();
  let truth: boolean | null = null;
  for (const a of childrenNamed(q, 'answer')) {
    const word = fieldText(a, format).trim().toLowerCase();
    if ((word !== 'true' && word !== 'false') || seen.has(word)) return bad(a.line);
    seen.add(word);
    const weight = weightOf(a);
    if (typeof weight !== 'number') return { kind: 'trueFalse', reason: weight };
    if (weight === 100) {
      if (truth !== null) return bad(a.line);
      truth = word === 'true';
    } else if (weight !== 0) return bad(a.line);
  }
  if (seen.size !== 2 || truth === null) return bad(q.line);
  return { options: [TRUE_WORD, FALSE_WORD], answer: truth ? 0 : 1, kind: 'truefalse', line: q.line };
}

/** A <question> as a question, one left out at the line of its <question> element, or nothing (a category). */
function readQuestion(q: XmlElement): ImportedQuestion | ImportSkip | null {
  const type = q.attrs.get('type');
  if (type === 'category') return null;
  const left = (kind: SkipKind, reason: LineError, kindParams?: ImportErrorParams) => skip(q.line, kind, reason, kindParams);
  if (type === undefined || !type.trim()) return left('question', lineError(q.line, 'xmlNoType', 'this <question> has no type="..."'));
  if (type !== 'multichoice' && type !== 'truefalse') {
    const reason = lineError(q.line, 'xmlUnsupportedType', `a question of Moodle type "${quoted(type)}". ${ONLY}`, { type: quoted(type) });
    return left(TYPE_KINDS[type] ?? 'otherType', reason);
  }
  const questiontext = childNamed(q, 'questiontext');
  const format = questiontext?.attrs.get('format') ?? 'html';
  const prompt = fieldText(questiontext, 'html');
  if (!prompt.trim()) return left(type === 'truefalse' ? 'trueFalse' : 'choice', lineError(q.line, 'emptyQuestion', 'the question text is empty'));
  const read = type === 'multichoice' ? readChoice(q, format) : readTrueFalse(q, format);
  if ('reason' in read) return left(read.kind, read.reason, read.kindParams);
  const feedback = fieldText(childNamed(q, 'generalfeedback'), format);
  return feedback.trim() ? { ...read, prompt, feedback } : { ...read, prompt };
}

export function fromMoodleXml(text: string): ImportResult {
  const huge = tooLarge(text);
  if (huge) return { ok: false, errors: [huge] };
  if (!text.trim()) return { ok: false, errors: [noQuestions()] };
  const xml = readXml(text);
  if (!xml.ok) return { ok: false, errors: [xml.error] };
  const { root } = xml;
  if (root.name !== 'quiz') return { ok: false, errors: [lineError(root.line, 'xmlNotQuiz', `the file's root element is <${quoted(root.name)}>, not a Moodle <quiz>`, { root: `<${quoted(root.name)}>` })] };
  return collect(childrenNamed(root, 'question'), readQuestion);
}
