/** Shared by the interop tests: the real bank, small hand-made banks, and a strict XML parser. */
import { DOMParser } from '@xmldom/xmldom';
import type { Bank, Fact, Question } from '../../../src/core/bank/schema';
import { realBank } from '../../harness/realBank';

export { realBank };

export interface Spec {
  prompt: string;
  /** Four options make a choice question; none make a true/false one (answer 0 = true). */
  options?: string[];
  answer: number;
  feedback: string;
}

/**
 * A bank holding exactly these questions, built without the schema, so tests can feed the
 * exporters any text at all (the schema's own trimming would otherwise hide escaping bugs).
 * `base` lends the bank its other fields; property tests pass one read once, as reading and
 * checking the real bank for each generated case is most of their time.
 */
export function bankWith(specs: Spec[], base: Bank = realBank()): Bank {
  const facts: Fact[] = specs.map((s, i) => ({
    id: `f-${i}`,
    kind: 'quote',
    sentence: s.feedback,
    span: { start: 0, end: 1 },
    extractor: 'test',
    confidence: 1,
    review: 'approved',
    reviewReasons: [],
    data: { speaker: 'Someone', quote: s.feedback },
  }));
  const questions: Question[] = specs.map((s, i) =>
    s.options
      ? { id: `q-${i}`, factId: `f-${i}`, type: 'choice', asks: 'quote', prompt: s.prompt, options: s.options, answer: s.answer, difficulty: 1 }
      : { id: `q-${i}`, factId: `f-${i}`, type: 'truefalse', asks: 'quote', prompt: s.prompt, claim: s.prompt, answer: s.answer === 0, difficulty: 1 },
  );
  return { ...base, facts, questions, translations: {} };
}

/**
 * Parse XML, throwing on any error or warning: a file another tool would choke on fails the test.
 * xmldom lets through a few things XML 1.0 forbids (a bare &, control characters), which libxml
 * (Moodle's parser) rejects, so those are checked here too. Its one warning about U+FFFD is let
 * pass: the exporters write U+FFFD on purpose, where text held a character XML cannot.
 */
export function parseXml(text: string): Document {
  const bareAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
  if (bareAmp) throw new Error(`a bare & at ${bareAmp.index}`);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]));/.exec(text);
  if (control) throw new Error(`a character XML 1.0 cannot hold at ${control.index}`);
  return new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' && /replacement character/i.test(message)) return;
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml') as unknown as Document;
}

export const all = (doc: Document | Element, tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));

/** The element's own child <tag> (not a grandchild: a Moodle <answer> also has <feedback><text>). */
export function child(el: Element, tag: string): Element {
  const found = Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag);
  if (found.length !== 1) throw new Error(`expected one child <${tag}> in <${el.tagName}>, found ${found.length}`);
  return found[0]!;
}

export function one(doc: Document | Element, tag: string): Element {
  const found = all(doc, tag);
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0]!;
}

/** The text of the exported question a bank question became, in the shape every import returns. */
export function expected(bank: Bank, questionId: string): { prompt: string; options: string[]; answer: number; feedback: string | undefined } {
  const q = bank.questions.find((x) => x.id === questionId)!;
  const feedback = bank.facts.find((f) => f.id === q.factId)?.sentence;
  if (q.type === 'choice') return { prompt: q.prompt, options: q.options, answer: q.answer, feedback };
  if (q.type === 'truefalse') return { prompt: q.prompt, options: ['True', 'False'], answer: q.answer ? 0 : 1, feedback };
  throw new Error(`${questionId} is not exportable`);
}

/** A question as Moodle's Aiken reader builds it: its text, its answers, and the index of the right one. */
export interface MoodleAikenQuestion {
  text: string;
  answers: string[];
  right: number;
}

/**
 * Moodle's current Aiken reader (question/format/aiken/format.php, readquestions), rule for rule,
 * so an export can be checked the way Moodle will read it: lines split at LF then CR, trimmed with
 * PHP's trim, lines under two bytes skipped; /^[A-Z][).][ \t]?/ is an option line, /^ANSWER:/
 * ends a question, anything else starts one. Every message Moodle would print is returned; by
 * default Moodle stops the whole import at the first.
 */
export function moodleAiken(text: string): { questions: MoodleAikenQuestion[]; errors: string[] } {
  // eslint-disable-next-line no-control-regex -- PHP's trim set includes NUL and VT
  const phpTrim = (s: string) => s.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const questions: MoodleAikenQuestion[] = [];
  const errors: string[] = [];
  let q: { text: string; answers: string[] } | null = null;
  let n = 0;
  for (const line of text.split('\n').flatMap((l) => l.split('\r'))) {
    n++;
    const now = phpTrim(line);
    if (bytes(now) < 2) continue;
    if (/^[A-Z][).][ \t]?/.test(now)) {
      if (!q) errors.push(`question not started on line ${n}`);
      else q.answers.push(phpTrim(now.slice(2)));
    } else if (/^ANSWER:/.test(now)) {
      if (!q) {
        errors.push(`question not started on line ${n}`);
        continue;
      }
      const letter = phpTrim(now.slice(now.indexOf(':') + 1)).slice(0, 1);
      if (q.answers.length < 2) errors.push(`question must have at least 2 answers on line ${n}`);
      else questions.push({ ...q, right: letter.charCodeAt(0) - 'A'.charCodeAt(0) });
      q = null;
    } else {
      if (q) errors.push(`question not completed before next question start on line ${n}`);
      q = { text: now, answers: [] };
    }
  }
  return { questions, errors };
}
