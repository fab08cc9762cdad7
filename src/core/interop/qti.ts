/**
 * IMS QTI 2.1 content package: imsmanifest.xml plus one assessmentItem per question in items/,
 * zipped. Each item is a single-answer choiceInteraction; true/false is a choice between True and
 * False, in that order. The fact's source sentence is a modalFeedback that response processing
 * always shows, right or wrong, as Factsprint does.
 */
import { strToU8, zipSync } from 'fflate';
import type { Bank } from '../bank/schema';
import { portableQuestions, type ExportResult, type Portable } from './types';
import { escapeAttr, escapeXml } from './xml';

export interface QtiOptions {
  /**
   * The time stamped on every file in the zip. A fixed default keeps the bytes the same for the
   * same bank (core never reads the clock); pass the export time if a tool should show it.
   */
  modified?: Date;
}

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * QTI identifiers and manifest ids are XML names: a letter or _ first, then letters, digits, - _ .
 * They also name the item files, so two that differ only in case are kept apart too (Windows
 * would unzip them onto one file).
 */
function identifier(id: string, taken: Set<string>): string {
  const base = id.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^(?=[^A-Za-z_])/, 'Q_');
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${base}-${n}`;
  taken.add(out.toLowerCase());
  return out;
}

/** A short one-line title for item banks that list items by title. */
function title(prompt: string): string {
  const chars = Array.from(prompt.replace(/\s+/g, ' ').trim());
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : chars.join('');
}

const CHOICE_IDS = ['A', 'B', 'C', 'D'].map((l) => `CHOICE_${l}`);

export function qtiItem(q: Portable, ident: string, language: string): string {
  const choices = q.options.map((o, i) => `      <simpleChoice identifier="${CHOICE_IDS[i]}">${escapeXml(o)}</simpleChoice>`);
  const score = (v: number) => `<setOutcomeValue identifier="SCORE"><baseValue baseType="float">${v}</baseValue></setOutcomeValue>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `    identifier="${ident}" title="${escapeAttr(title(q.prompt))}" adaptive="false" timeDependent="false" xml:lang="${escapeAttr(language)}" toolName="Factsprint">`,
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
    `    <correctResponse><value>${CHOICE_IDS[q.answer]}</value></correctResponse>`,
    '  </responseDeclaration>',
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
    '  <itemBody>',
    // True then False reads naturally; a choice question's stored order carries no hint, so shuffle it.
    `    <choiceInteraction responseIdentifier="RESPONSE" shuffle="${q.kind === 'choice'}" maxChoices="1">`,
    `      <prompt>${escapeXml(q.prompt)}</prompt>`,
    ...choices,
    '    </choiceInteraction>',
    '  </itemBody>',
    '  <responseProcessing>',
    '    <responseCondition>',
    `      <responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${score(1)}</responseIf>`,
    `      <responseElse>${score(0)}</responseElse>`,
    '    </responseCondition>',
    ...(q.feedback ? ['    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">SOURCE</baseValue></setOutcomeValue>'] : []),
    '  </responseProcessing>',
    ...(q.feedback ? [`  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="SOURCE" showHide="show">${escapeXml(q.feedback)}</modalFeedback>`] : []),
    '</assessmentItem>',
    '',
  ].join('\n');
}

export function qtiManifest(bankId: string, items: { ident: string; href: string }[]): string {
  const resources = items.map(
    ({ ident, href }) => `    <resource identifier="RES-${ident}" type="imsqti_item_xmlv2p1" href="${escapeAttr(href)}">\n      <file href="${escapeAttr(href)}"/>\n    </resource>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="MANIFEST-${identifier(bankId, new Set())}">`,
    '  <metadata>',
    '    <schema>QTIv2.1 Package</schema>',
    '    <schemaversion>1.0.0</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    ...resources,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

export function toQtiZip(bank: Bank, opts: QtiOptions = {}): ExportResult<Uint8Array> {
  const { output: questions, skipped } = portableQuestions(bank);
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  const items: { ident: string; href: string }[] = [];
  for (const q of questions) {
    const ident = identifier(q.id, taken);
    const href = `items/${ident}.xml`;
    files[href] = strToU8(qtiItem(q, ident, bank.article.language));
    items.push({ ident, href });
  }
  const output = zipSync({ 'imsmanifest.xml': strToU8(qtiManifest(bank.id, items)), ...files }, { level: 6, mtime: opts.modified ?? new Date(1980, 0, 1) });
  return { output, skipped };
}
