/**
 * Generated text that any exporter must carry: the pieces chosen to hit every rule (CSV quoting,
 * GIFT syntax and its Moodle quirks, XML specials, spreadsheet formulas, line breaks, non-Latin
 * scripts), and question specs built from it. Shared by the escaping property tests and
 * `npm run check:qti`, which feeds the same text to an outside schema.
 */
import fc from 'fast-check';
import type { Spec } from '../unit/interop/helpers';

export const HOSTILE_PIECES = [
  '~', '=', '#', '{', '}', ':', '\\', '\\n', '"', "'", ',', ';', '\n', '\r\n', '\r', '\t', ' ', '\u00a0',
  '<', '>', '&', ']]>', '&amp;', '%50%', '%0%', '%100%', '[html]', '[plain]', '####', '::', '//', '->', '$CATEGORY:',
  '=SUM(A1)', '@cmd', '+1', '-5', "'=x", 'True', 'ANSWER: B', 'A. ', 'Ключ', '北京', '평양', 'العربية', 'עברית', '🙂', 'e\u0301', '\u2028', '\u2029', '\u0085', '\uFEFF',
];

/** Non-blank text of up to eight pieces, each a hostile piece or a few random graphemes. */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);

/** As hostileText, plus what XML 1.0 cannot hold: control characters and lone surrogates. */
export const xmlHostileText = fc.oneof(hostileText, fc.constantFrom('a\u0001b', 'x\uD800y', '\u000b\u001f', 'a\u2028b\u0085c\r\nd\u2029e'));

/** A choice question with `min` to `max` options of the given text, its right answer anywhere. */
export function choiceSpec(text: fc.Arbitrary<string>, min = 4, max = 4): fc.Arbitrary<Spec & { options: string[] }> {
  return fc
    .integer({ min, max })
    .chain((n) => fc.record({ prompt: text, options: fc.array(text, { minLength: n, maxLength: n }), answer: fc.integer({ min: 0, max: n - 1 }), feedback: text }));
}

export function trueFalseSpec(text: fc.Arbitrary<string>): fc.Arbitrary<Spec> {
  return fc.record({ prompt: text, answer: fc.integer({ min: 0, max: 1 }), feedback: text });
}
