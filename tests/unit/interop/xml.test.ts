/**
 * Moodle XML and QTI 2.1: every file parses with a real XML parser (errors and warnings fail the
 * test) and holds the right answers and the source sentences.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toMoodleXml, toQtiZip } from '../../../src/core/interop';
import { all, child, expected, one, parseXml, realBank } from './helpers';

const bank = realBank();
const exportable = bank.questions.filter((q) => q.type === 'choice' || q.type === 'truefalse');
const textOf = (el: Element) => child(el, 'text').textContent;

describe('Moodle XML of the real bank', () => {
  const { output, skipped } = toMoodleXml(bank);
  const doc = parseXml(output);
  const questions = all(doc, 'question');

  it('is a UTF-8 <quiz> that parses, with one question per exported question', () => {
    expect(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    expect(doc.documentElement?.tagName).toBe('quiz');
    expect(questions).toHaveLength(exportable.length);
    expect(skipped).toHaveLength(bank.questions.length - exportable.length);
  });

  it('names each question by its id and keeps its type', () => {
    questions.forEach((el, i) => {
      const q = exportable[i]!;
      expect(textOf(one(el, 'name'))).toBe(q.id);
      expect(el.getAttribute('type')).toBe(q.type === 'choice' ? 'multichoice' : 'truefalse');
    });
  });

  it('gives the right answer fraction 100 and every other answer 0', () => {
    questions.forEach((el, i) => {
      const q = exportable[i]!;
      const answers = all(el, 'answer').map((a) => ({ text: textOf(a), fraction: a.getAttribute('fraction') }));
      if (q.type === 'choice') {
        expect(answers.map((a) => a.text)).toEqual(q.options);
        expect(answers.filter((a) => a.fraction === '100').map((a) => a.text)).toEqual([q.options[q.answer]]);
        expect(one(el, 'single').textContent).toBe('true');
      } else if (q.type === 'truefalse') {
        expect(answers).toEqual([
          { text: 'true', fraction: q.answer ? '100' : '0' },
          { text: 'false', fraction: q.answer ? '0' : '100' },
        ]);
      }
    });
  });

  it("holds the question text and, as general feedback, the fact's source sentence, both as plain text", () => {
    questions.forEach((el, i) => {
      const want = expected(bank, exportable[i]!.id);
      expect(textOf(one(el, 'questiontext'))).toBe(want.prompt);
      expect(textOf(one(el, 'generalfeedback'))).toBe(want.feedback);
      expect(one(el, 'questiontext').getAttribute('format')).toBe('plain_text');
      expect(one(el, 'generalfeedback').getAttribute('format')).toBe('plain_text');
    });
  });
});

describe('QTI 2.1 package of the real bank', () => {
  const { output, skipped } = toQtiZip(bank);
  const files = unzipSync(output);
  const names = Object.keys(files).sort();
  const itemNames = exportable.map((q) => `items/${q.id}.xml`);
  const manifest = parseXml(strFromU8(files['imsmanifest.xml']!));

  it('unzips to imsmanifest.xml, the assessmentTest and one item file per exported question', () => {
    expect(names).toEqual(['imsmanifest.xml', 'assessmentTest.xml', ...itemNames].sort());
    expect(skipped.map((s) => s.questionId).sort()).toEqual(bank.questions.filter((q) => q.type !== 'choice' && q.type !== 'truefalse').map((q) => q.id).sort());
  });

  it('has a manifest that parses and lists every item as a QTI 2.1 item resource', () => {
    expect(manifest.documentElement?.tagName).toBe('manifest');
    expect(manifest.documentElement?.namespaceURI).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    expect(one(manifest, 'schema').textContent).toBe('QTIv2.1 Package');
    const resources = all(manifest, 'resource');
    // One more than the items: the assessmentTest (checked in qtiPackage.test.ts).
    expect(resources).toHaveLength(itemNames.length + 1);
    const items = resources.filter((r) => r.getAttribute('type') === 'imsqti_item_xmlv2p1');
    expect(items.map((r) => r.getAttribute('href'))).toEqual(itemNames);
    for (const r of items) expect(one(r, 'file').getAttribute('href')).toBe(r.getAttribute('href'));
  });

  it.each(exportable.map((q) => [q.id, q] as const))('item %s parses and marks the right choice correct', (id, q) => {
    const doc = parseXml(strFromU8(files[`items/${id}.xml`]!));
    const item = doc.documentElement!;
    expect(item.tagName).toBe('assessmentItem');
    expect(item.namespaceURI).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
    expect(item.getAttribute('identifier')).toBe(id);
    expect(item.getAttribute('xml:lang')).toBe('en');
    const want = expected(bank, id);
    const interaction = one(doc, 'choiceInteraction');
    expect(interaction.getAttribute('maxChoices')).toBe('1');
    expect(interaction.getAttribute('shuffle')).toBe(q.type === 'choice' ? 'true' : 'false');
    expect(one(interaction, 'prompt').textContent).toBe(want.prompt);
    const choices = all(interaction, 'simpleChoice');
    expect(choices.map((c) => c.textContent)).toEqual(want.options);
    const correct = one(one(doc, 'correctResponse'), 'value').textContent;
    expect(choices.find((c) => c.getAttribute('identifier') === correct)?.textContent).toBe(want.options[want.answer]);
    // The source sentence twice: as general feedback, and as the right answer's explanation.
    const feedback = all(doc, 'modalFeedback');
    expect(feedback.map((f) => f.textContent)).toEqual([want.feedback, want.feedback]);
    for (const f of feedback) expect(f.getAttribute('showHide')).toBe('show');
    // Response processing adds each feedback's identifier to FEEDBACK somewhere, or it never shows.
    const added = all(one(doc, 'responseProcessing'), 'setOutcomeValue')
      .filter((s) => s.getAttribute('identifier') === 'FEEDBACK')
      .map((s) => s.textContent);
    expect(added.sort()).toEqual(feedback.map((f) => f.getAttribute('identifier')).sort());
  });

  it('is the same bytes for the same bank (no clock inside), and stamps the time given', () => {
    expect(toQtiZip(bank).output).toEqual(output);
    const later = toQtiZip(bank, { modified: new Date(2025, 8, 3, 12, 0, 0) }).output;
    expect(later).not.toEqual(output);
    expect(Object.keys(unzipSync(later)).sort()).toEqual(names);
  });

  it('keeps identifiers legal and file names apart when ids are not XML names', () => {
    const odd = { ...bank, questions: [{ ...exportable[0]!, id: '1 q/é' }, { ...exportable[1]!, id: '1 Q/é' }] };
    const unzipped = unzipSync(toQtiZip(odd).output);
    const items = Object.keys(unzipped).filter((n) => n.startsWith('items/'));
    expect(items).toEqual(['items/Q_1_q__.xml', 'items/Q_1_Q__-2.xml']);
    for (const n of items) expect(parseXml(strFromU8(unzipped[n]!)).documentElement?.getAttribute('identifier')).toMatch(/^[A-Za-z_][\w.-]*$/);
  });
});
