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
 * question text's. HTML is turned into plain text here, because bank content is text, never
 * markup, and a Moodle export wraps nearly every text in <p>. Category entries only say where
 * questions go and are passed over; every other type is an error at its line, as the other
 * importers treat what Factsprint cannot play, and nothing is half-imported.
 */
import { htmlToText } from './html';
import { childNamed, childrenNamed, readXml, textOf, type XmlElement } from './xmlReader';
import { FALSE_WORD, kindOf, lineError, MAX_OPTIONS, noQuestions, quoted, tooLarge, TRUE_WORD, type ImportedQuestion, type ImportResult, type LineError, gather } from './types';

const ONLY = 'Factsprint imports multiple choice (one right answer) and true/false questions only';

/** The text of a Moodle text field (<questiontext>, <answer>...) as plain text, or '' when it has none. */
function fieldText(holder: XmlElement | undefined, inherited: string): string {
  const raw = textOf(childNamed(holder, 'text'));
  return (holder?.attrs.get('format') ?? inherited) === 'html' ? htmlToText(raw) : raw;
}

/** A fraction as a weight: 100 right, 0 wrong, or the error that any other value is. */
function weightOf(answer: XmlElement): 100 | 0 | LineError {
  const raw = (answer.attrs.get('fraction') ?? '0').trim();
  const f = raw === '' ? NaN : Number(raw);
  if (!Number.isFinite(f)) return lineError(answer.line, 'xmlBadFraction', `fraction="${quoted(raw)}" is not a number`, { fraction: quoted(raw) });
  if (f === 100 || f === 0) return f;
  return lineError(answer.line, 'partialCredit', `partial credit (${quoted(raw)}%) is not supported: give the one right answer fraction="100" and the others fraction="0"`, {
    weight: `${quoted(raw)}%`,
  });
}

function readChoice(q: XmlElement, prompt: string, format: string): ImportedQuestion | LineError {
  const single = textOf(childNamed(q, 'single')).trim().toLowerCase();
  if (single === 'false' || single === '0') return lineError(q.line, 'xmlSeveralAllowed', `this question lets students pick several answers. ${ONLY}`);
  const options: string[] = [];
  let right = 0;
  let answer = -1;
  for (const a of childrenNamed(q, 'answer')) {
    const weight = weightOf(a);
    if (typeof weight !== 'number') return weight;
    const text = fieldText(a, format);
    if (!text.trim()) return lineError(a.line, 'emptyOption', 'an answer is empty');
    if (weight === 100) {
      right++;
      answer = options.length;
    }
    options.push(text);
  }
  if (options.length < 2) return lineError(q.line, 'tooFewOptions', 'a question needs at least two answers');
  if (right === 0) return lineError(q.line, 'noRightAnswer', 'no right answer: give the right answer fraction="100"');
  if (right > 1) return lineError(q.line, 'severalRight', `${right} answers have fraction="100"; a Factsprint question has exactly one`, { n: right });
  if (options.length > MAX_OPTIONS) return lineError(q.line, 'tooManyOptions', `${options.length} answers: Factsprint questions have at most ${MAX_OPTIONS}`, { max: MAX_OPTIONS });
  return { prompt, options, answer, kind: kindOf(options), line: q.line };
}

function readTrueFalse(q: XmlElement, prompt: string, format: string): ImportedQuestion | LineError {
  const bad = (line: number) => lineError(line, 'xmlTrueFalse', 'a true/false question needs two answers, "true" and "false", one of them with fraction="100"');
  const seen = new Set<string>();
  let truth: boolean | null = null;
  for (const a of childrenNamed(q, 'answer')) {
    const word = fieldText(a, format).trim().toLowerCase();
    if ((word !== 'true' && word !== 'false') || seen.has(word)) return bad(a.line);
    seen.add(word);
    const weight = weightOf(a);
    if (typeof weight !== 'number') return weight;
    if (weight === 100) {
      if (truth !== null) return bad(a.line);
      truth = word === 'true';
    }
  }
  if (seen.size !== 2 || truth === null) return bad(q.line);
  return { prompt, options: [TRUE_WORD, FALSE_WORD], answer: truth ? 0 : 1, kind: 'truefalse', line: q.line };
}

function readQuestion(q: XmlElement): ImportedQuestion | LineError | null {
  const type = q.attrs.get('type');
  if (type === 'category') return null;
  if (type === undefined || !type.trim()) return lineError(q.line, 'xmlNoType', 'this <question> has no type="..."');
  if (type !== 'multichoice' && type !== 'truefalse') {
    return lineError(q.line, 'xmlUnsupportedType', `a question of Moodle type "${quoted(type)}". ${ONLY}`, { type: quoted(type) });
  }
  const questiontext = childNamed(q, 'questiontext');
  const format = questiontext?.attrs.get('format') ?? 'html';
  const prompt = fieldText(questiontext, 'html');
  if (!prompt.trim()) return lineError(q.line, 'emptyQuestion', 'the question text is empty');
  const read = type === 'multichoice' ? readChoice(q, prompt, format) : readTrueFalse(q, prompt, format);
  if ('code' in read) return read;
  const feedback = fieldText(childNamed(q, 'generalfeedback'), format);
  return feedback.trim() ? { ...read, feedback } : read;
}

export function fromMoodleXml(text: string): ImportResult {
  const huge = tooLarge(text);
  if (huge) return { ok: false, errors: [huge] };
  if (!text.trim()) return { ok: false, errors: [noQuestions()] };
  const xml = readXml(text);
  if (!xml.ok) return { ok: false, errors: [xml.error] };
  const { root } = xml;
  if (root.name !== 'quiz') return { ok: false, errors: [lineError(root.line, 'xmlNotQuiz', `the file's root element is <${quoted(root.name)}>, not a Moodle <quiz>`, { root: `<${quoted(root.name)}>` })] };
  return gather(childrenNamed(root, 'question'), readQuestion);
}
