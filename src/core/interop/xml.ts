/**
 * XML text escaping, shared by the Moodle XML and QTI writers, and the Moodle XML writer itself.
 *
 * Text is escaped rather than wrapped in CDATA: CDATA cannot hold "]]>" and still needs the
 * character checks below, so escaping is the one rule that works for any text.
 */
import type { Bank } from '../bank/schema';
import { portableQuestions, type ExportResult } from './types';

// XML 1.0 cannot hold most control characters or a lone surrogate, even as a character
// reference. They have no business in quiz text; a visible U+FFFD says something was there.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text content: & and < must be escaped, > too for "]]>". Line ends a parser would normalise to
 * LF (CR; NEL, LINE and PARAGRAPH SEPARATOR in XML 1.1 and in some 1.0 parsers) go as references, which no
 * parser changes.
 */
export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\r\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Attribute values (always written in double quotes): parsers also turn raw tabs and line breaks into spaces there. */
export function escapeAttr(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const text = (s: string, indent: string) => `${indent}<text>${escapeXml(s)}</text>`;

/** A Moodle text field in plain-text format: Moodle shows it as text, so markup in a bank stays text. */
const plain = (tag: string, s: string, indent: string) => `${indent}<${tag} format="plain_text">\n${text(s, `${indent}  `)}\n${indent}</${tag}>`;

/**
 * Moodle XML: a <quiz> of multichoice and truefalse questions, named by their Factsprint id, with
 * the fact's source sentence as general feedback (shown after answering, right or wrong).
 */
export function toMoodleXml(bank: Bank): ExportResult<string> {
  const { output: questions, skipped } = portableQuestions(bank);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  for (const q of questions) {
    const type = q.kind === 'truefalse' ? 'truefalse' : 'multichoice';
    out.push(`  <question type="${type}">`, '    <name>', text(q.id, '      '), '    </name>', plain('questiontext', q.prompt, '    '));
    out.push(plain('generalfeedback', q.feedback ?? '', '    '), '    <defaultgrade>1</defaultgrade>', '    <hidden>0</hidden>');
    if (q.kind === 'truefalse') {
      // Moodle recognises the true answer by the word "true", whatever the interface language.
      out.push('    <penalty>1</penalty>');
      for (const [word, right] of [['true', q.answer === 0], ['false', q.answer === 1]] as const) {
        out.push(`    <answer fraction="${right ? 100 : 0}">`, text(word, '      '), '      <feedback><text></text></feedback>', '    </answer>');
      }
    } else {
      out.push('    <penalty>0.3333333</penalty>', '    <single>true</single>', '    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>');
      q.options.forEach((o, i) => {
        out.push(`    <answer fraction="${i === q.answer ? 100 : 0}" format="plain_text">`, text(o, '      '), '      <feedback format="plain_text"><text></text></feedback>', '    </answer>');
      });
    }
    out.push('  </question>');
  }
  out.push('</quiz>', '');
  return { output: out.join('\n'), skipped };
}
