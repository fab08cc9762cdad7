/**
 * The package-level files of a QTI 2.1 content package: the assessmentTest that makes the items
 * one quiz, and imsmanifest.xml.
 *
 * Without an assessmentTest, Canvas files the items in a question bank and makes no quiz; with
 * one (a manifest resource of type imsqti_test_xmlv2p1), it makes a quiz that references each
 * item by its assessmentItemRef identifier, which must be the item's own identifier.
 */
import { escapeAttr } from './xml';
import { QTI_NS, QTI_XSD, XSI, oneLineTitle } from './qtiItem';

const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd';

/** An item as the package lists it: its identifier and its file, relative to the package root. */
export interface PackagedItem {
  ident: string;
  href: string;
}

/** The test sits at the package root, so item hrefs are the same from it as from the manifest. */
export const TEST_HREF = 'assessmentTest.xml';

export function qtiTest(ident: string, title: string, items: PackagedItem[]): string {
  const refs = items.map(({ ident: id, href }) => `      <assessmentItemRef identifier="${id}" href="${escapeAttr(href)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `    identifier="${ident}" title="${escapeAttr(oneLineTitle(title))}" toolName="Factsprint">`,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    // Canvas reads its settings from the test part named BaseTestPart. A student may move freely
    // and submit once at the end, as a quiz in Canvas works; one attempt per item, as in Factsprint.
    '  <testPart identifier="BaseTestPart" navigationMode="nonlinear" submissionMode="simultaneous">',
    '    <itemSessionControl maxAttempts="1"/>',
    // An invisible section: Canvas turns a visible section's title into an extra text-only question.
    `    <assessmentSection identifier="SECTION" title="${escapeAttr(oneLineTitle(title))}" visible="false">`,
    ...refs,
    '    </assessmentSection>',
    '  </testPart>',
    '  <outcomeProcessing>',
    '    <setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue>',
    '  </outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

const resourceId = (ident: string) => `RES-${ident}`;

export function qtiManifest(manifestIdent: string, test: PackagedItem, items: PackagedItem[]): string {
  const file = (href: string) => `      <file href="${escapeAttr(href)}"/>`;
  const itemResources = items.map(
    ({ ident, href }) => `    <resource identifier="${resourceId(ident)}" type="imsqti_item_xmlv2p1" href="${escapeAttr(href)}">\n${file(href)}\n    </resource>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="${manifestIdent}">`,
    '  <metadata>',
    '    <schema>QTIv2.1 Package</schema>',
    '    <schemaversion>1.0.0</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    // The test first, depending on each item, as the QTI 2.1 packaging examples list it.
    `    <resource identifier="${resourceId(test.ident)}" type="imsqti_test_xmlv2p1" href="${escapeAttr(test.href)}">`,
    file(test.href),
    ...items.map(({ ident }) => `      <dependency identifierref="${resourceId(ident)}"/>`),
    '    </resource>',
    ...itemResources,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
