/**
 * Escaping: any text a teacher or an article can hold survives the trip out and back, and markup
 * or script in it stays text in every format.
 */
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCsv, fromGift, importedToBank, toCsv, toGift, toMoodleXml, toQtiZip } from '../../../src/core/interop';
import { choiceSpec, hostileText, trueFalseSpec, xmlHostileText } from '../../harness/hostileText';
import { all, bankWith, child, one, parseXml, type Spec } from './helpers';

const text = hostileText;
const choice = choiceSpec(text);
const specs = fc.array(fc.oneof(choice, trueFalseSpec(text)), { minLength: 1, maxLength: 4 });

const optionsOf = (s: Spec) => s.options ?? ['True', 'False'];

describe('CSV keeps any text exactly (RFC 4180 quoting)', () => {
  it('round trip over generated prompts, options and feedback', () => {
    fc.assert(
      fc.property(specs, (list) => {
        const back = fromCsv(toCsv(bankWith(list)).output);
        expect(back.ok ? [] : back.errors).toEqual([]);
        if (!back.ok) return;
        expect(back.questions.map((q) => ({ prompt: q.prompt, options: q.options, answer: q.answer, feedback: q.feedback }))).toEqual(
          list.map((s) => ({ prompt: s.prompt, options: optionsOf(s), answer: s.answer, feedback: s.feedback })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('quotes a field with a comma, quote or line break, doubling its quotes', () => {
    const { output } = toCsv(bankWith([{ prompt: 'Say "hi",\nthen go', options: ['a', 'b', 'c', 'd'], answer: 0, feedback: 'plain' }]), { bom: false });
    expect(output.split('\r\n')[1]).toBe('"Say ""hi"",\nthen go",a,b,c,d,20,1,plain\r\nthen'.split('\r\n')[0]);
  });

  it('writes a formula-like cell as text for spreadsheets, and reads it back unchanged', () => {
    const risky = ['=HYPERLINK("http://x","click")', '@SUM(A1)', '+cmd', "'=already"];
    const { output } = toCsv(bankWith([{ prompt: risky[0]!, options: [risky[1]!, risky[2]!, risky[3]!, '-5'], answer: 3, feedback: 'f' }]), { bom: false });
    const row = output.split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""http://x"",""click"")",'@SUM(A1),'+cmd,''=already,-5,`)).toBe(true);
    const back = fromCsv(output);
    expect(back.ok && back.questions[0]).toMatchObject({ prompt: risky[0], options: [...risky.slice(1), '-5'] });
  });
});

/** What GIFT keeps of a text: Moodle drops CRs and trims the ends with PHP's trim. */
// eslint-disable-next-line no-control-regex -- PHP's trim set includes NUL and VT
const giftKept = (s: string) => s.replace(/\r\n?/g, '\n').replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');

describe('GIFT keeps any text (Moodle escaping)', () => {
  it('round trip over generated prompts, options and feedback', () => {
    fc.assert(
      fc.property(
        specs.filter((list) => list.every((s) => [s.prompt, s.feedback, ...optionsOf(s)].every((t) => giftKept(t) !== ''))),
        (list) => {
          const back = fromGift(toGift(bankWith(list)).output);
          expect(back.ok ? [] : back.errors).toEqual([]);
          if (!back.ok) return;
          expect(back.questions.map((q) => ({ prompt: q.prompt, options: q.options, answer: q.answer, feedback: q.feedback }))).toEqual(
            list.map((s) => ({ prompt: giftKept(s.prompt), options: optionsOf(s).map(giftKept), answer: s.answer, feedback: giftKept(s.feedback) })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('escapes ~ = # { } : and the backslash, and writes a line break as \\n', () => {
    const { output } = toGift(bankWith([{ prompt: 'a~b=c#d{e}f:g\\h\ni', options: ['1', '2', '3', '4'], answer: 0, feedback: 'x' }]));
    expect(output).toContain('::q-0::[plain]a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni{');
  });

  it('guards answers that Moodle would read as a format marker or a weight', () => {
    const { output } = toGift(bankWith([{ prompt: 'p', options: ['[html]<b>x</b>', '%50% off', 'c', 'd'], answer: 2, feedback: '[markdown]*f*' }]));
    expect(output).toContain('\t~[plain][html]<b>x</b>\n');
    expect(output).toContain('\t~%0%%50% off\n');
    expect(output).toContain('\t####[plain][markdown]*f*\n');
  });
});

describe('Moodle XML and QTI keep any text (XML escaping)', () => {
  // XML 1.0 cannot hold most control characters or a lone surrogate: they become U+FFFD.
  const xmlKept = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
  const xmlSpec = choiceSpec(xmlHostileText);

  it('Moodle XML parses and gives back every text over generated input', () => {
    fc.assert(
      fc.property(xmlSpec, (spec) => {
        const doc = parseXml(toMoodleXml(bankWith([spec])).output);
        const q = one(doc, 'question');
        expect(child(one(q, 'questiontext'), 'text').textContent).toBe(xmlKept(spec.prompt));
        expect(child(one(q, 'generalfeedback'), 'text').textContent).toBe(xmlKept(spec.feedback));
        expect(all(q, 'answer').map((a) => child(a, 'text').textContent)).toEqual(spec.options.map(xmlKept));
      }),
      { numRuns: 200 },
    );
  });

  it('QTI items parse and give back every text over generated input', () => {
    fc.assert(
      fc.property(xmlSpec, (spec) => {
        const files = unzipSync(toQtiZip(bankWith([spec])).output);
        const doc = parseXml(strFromU8(files['items/q-0.xml']!));
        expect(one(doc, 'prompt').textContent).toBe(xmlKept(spec.prompt));
        expect(all(doc, 'simpleChoice').map((c) => c.textContent)).toEqual(spec.options.map(xmlKept));
        // The general feedback and the right answer's explanation both carry the source sentence.
        expect(all(doc, 'modalFeedback').map((f) => f.textContent)).toEqual([xmlKept(spec.feedback), xmlKept(spec.feedback)]);
      }),
      { numRuns: 100 },
    );
  });

  it('the parser these tests use does reject broken XML', () => {
    expect(() => parseXml('<quiz><question></quiz>')).toThrow();
    expect(() => parseXml('<quiz>a & b</quiz>')).toThrow();
    expect(() => parseXml('<quiz>\u0001</quiz>')).toThrow();
    expect(() => parseXml('<quiz>&#1;</quiz>')).toThrow();
    expect(() => parseXml('<quiz a="1" a="2"/>')).toThrow();
    expect(parseXml('<quiz>a &amp; b&#10;&#x9;\uFFFD</quiz>').documentElement?.textContent).toBe('a & b\n\t\uFFFD');
  });
});

describe('hostile content stays plain text', () => {
  const img = '<img src=x onerror=alert(1)>';
  const js = 'javascript:alert(document.cookie)';
  const hostile = bankWith([
    { prompt: `Click ${img} now`, options: [img, js, '<script>alert(1)</script>', '&lt;b&gt;'], answer: 1, feedback: `See ${js} and ${img}` },
    { prompt: js, answer: 0, feedback: img },
  ]);

  it('CSV and GIFT give it back character for character', () => {
    for (const back of [fromCsv(toCsv(hostile).output), fromGift(toGift(hostile).output)]) {
      if (!back.ok) throw new Error(JSON.stringify(back.errors));
      expect(back.questions[0]).toMatchObject({ prompt: `Click ${img} now`, options: [img, js, '<script>alert(1)</script>', '&lt;b&gt;'], answer: 1, feedback: `See ${js} and ${img}` });
      expect(back.questions[1]).toMatchObject({ prompt: js, feedback: img, kind: 'truefalse' });
    }
  });

  it('GIFT marks every question [plain], so Moodle shows markup as text', () => {
    const { output } = toGift(hostile);
    expect(output.match(/^::q-\d::\[plain\]/gm)).toHaveLength(2);
    expect(output).toContain('javascript\\:alert(document.cookie)');
  });

  it('Moodle XML holds it as escaped text in plain-text fields, never as elements', () => {
    const { output } = toMoodleXml(hostile);
    expect(output).not.toContain('<img');
    expect(output).not.toContain('<script');
    const doc = parseXml(output);
    expect(all(doc, 'img')).toHaveLength(0);
    expect(all(doc, 'script')).toHaveLength(0);
    expect(child(one(all(doc, 'question')[0]!, 'questiontext'), 'text').textContent).toBe(`Click ${img} now`);
    for (const el of [...all(doc, 'questiontext'), ...all(doc, 'generalfeedback')]) expect(el.getAttribute('format')).toBe('plain_text');
  });

  it('QTI holds it as text in the prompt, the choices and the feedback', () => {
    const files = unzipSync(toQtiZip(hostile).output);
    const doc = parseXml(strFromU8(files['items/q-0.xml']!));
    expect(all(doc, 'img')).toHaveLength(0);
    expect(all(doc, 'script')).toHaveLength(0);
    expect(all(doc, 'simpleChoice').map((c) => c.textContent)).toEqual([img, js, '<script>alert(1)</script>', '&lt;b&gt;']);
    expect(all(doc, 'modalFeedback').map((f) => f.textContent)).toEqual([`See ${js} and ${img}`, `See ${js} and ${img}`]);
  });

  it('an imported bank keeps it as the text of the question, for textContent to show', () => {
    const back = fromGift(toGift(hostile).output);
    if (!back.ok) throw new Error('import failed');
    const built = importedToBank(back.questions, { id: 'hostile', title: 'Hostile', language: 'en', format: 'gift' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.bank.questions[0]).toMatchObject({ prompt: `Click ${img} now`, options: [img, js, '<script>alert(1)</script>', '&lt;b&gt;'] });
    expect(built.bank.facts[1]!.sentence).toBe(img);
  });
});
