/**
 * One QTI 2.1 assessmentItem: a single-answer choiceInteraction with as many options as the
 * question has (true/false is a choice between True and False, in that order).
 *
 * Feedback is written the way Canvas's QTI importer reads it, since Canvas drops any modalFeedback
 * whose identifier it does not recognise:
 * - the source sentence is `general_fb`: Canvas takes an identifier with "general_" as the
 *   question's neutral comment, shown whatever the student answered (as Factsprint shows it);
 * - the same sentence, as the right answer's explanation, is `<choice>_fb`, which response
 *   processing adds to FEEDBACK when that choice is picked: Canvas attaches such feedback to the
 *   answer it is matched with, so it appears beside the right answer. Its identifier must not
 *   contain "general_", "correct", "wrong" or end in "_C", or Canvas would read it as
 *   question-level feedback instead.
 * Canvas reads an answer's feedback from a <p> or <div> inside the modalFeedback (and older
 * versions failed the whole question without one), so the text goes in a <p>. Canvas keeps a
 * feedback that is one bare run of text as plain text, escaped, and escapes it again when it shows
 * it ("Tom &amp;amp; Jerry" on screen); it keeps it as HTML, shown as written, once the text sits
 * in an element with an attribute, which its importer does not unwrap. Hence <p class><span class>:
 * the <p> for the general feedback, the <span> for the answer's (read from inside the <p>).
 *
 * A true/false item's response is named TF_RESPONSE: Canvas makes a True/False question of an
 * item whose response processing matches a variable named TF…, and a multiple-choice question
 * with two answers of any other.
 * FEEDBACK is a multiple-cardinality outcome, so both identifiers can be in it at once; a player
 * that follows the standard shows each modalFeedback whose identifier it holds.
 */
import type { Portable } from './types';
import { escapeAttr, escapeXml } from './xml';

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
export const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The modalFeedback Canvas keeps as the question's general (neutral) comment. */
export const GENERAL_FEEDBACK_ID = 'general_fb';

/** CHOICE_A, CHOICE_B, ... for any number of options (past Z: CHOICE_27, which no bank reaches). */
export const choiceId = (i: number): string => `CHOICE_${i < 26 ? String.fromCharCode(65 + i) : i + 1}`;

/** The feedback that explains a choice, as Canvas ties it to that answer. */
export const choiceFeedbackId = (i: number): string => `${choiceId(i)}_fb`;

/** A short one-line title for item banks that list items by title. */
export function oneLineTitle(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : chars.join('');
}

const baseValue = (type: string, v: string | number) => `<baseValue baseType="${type}">${v}</baseValue>`;
const score = (v: number) => `<setOutcomeValue identifier="SCORE">${baseValue('float', v)}</setOutcomeValue>`;
/** FEEDBACK keeps what it holds and gains one identifier. */
const addFeedback = (id: string) => `<setOutcomeValue identifier="FEEDBACK"><multiple><variable identifier="FEEDBACK"/>${baseValue('identifier', id)}</multiple></setOutcomeValue>`;
const modalFeedback = (id: string, text: string) =>
  `  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="${id}" showHide="show"><p class="source"><span class="sentence">${escapeXml(text)}</span></p></modalFeedback>`;

export function qtiItem(q: Portable, ident: string, language: string): string {
  const right = choiceId(q.answer);
  const response = q.kind === 'truefalse' ? 'TF_RESPONSE' : 'RESPONSE';
  const choices = q.options.map((o, i) => `      <simpleChoice identifier="${choiceId(i)}">${escapeXml(o)}</simpleChoice>`);
  const feedback = q.feedback;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `    identifier="${ident}" title="${escapeAttr(oneLineTitle(q.prompt))}" adaptive="false" timeDependent="false" xml:lang="${escapeAttr(language)}" toolName="Factsprint">`,
    `  <responseDeclaration identifier="${response}" cardinality="single" baseType="identifier">`,
    `    <correctResponse><value>${right}</value></correctResponse>`,
    '  </responseDeclaration>',
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '  <outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>',
    '  <itemBody>',
    // True then False reads naturally; a choice question's stored order carries no hint, so shuffle it.
    `    <choiceInteraction responseIdentifier="${response}" shuffle="${q.kind === 'choice'}" maxChoices="1">`,
    `      <prompt>${escapeXml(q.prompt)}</prompt>`,
    ...choices,
    '    </choiceInteraction>',
    '  </itemBody>',
    '  <responseProcessing>',
    '    <responseCondition>',
    // Matching the right choice by its identifier (not <correct/>) is what lets Canvas tie the
    // score and the explanation to that answer.
    `      <responseIf><match><variable identifier="${response}"/>${baseValue('identifier', right)}</match>${score(1)}${feedback ? addFeedback(choiceFeedbackId(q.answer)) : ''}</responseIf>`,
    `      <responseElse>${score(0)}</responseElse>`,
    '    </responseCondition>',
    ...(feedback ? [`    ${addFeedback(GENERAL_FEEDBACK_ID)}`] : []),
    '  </responseProcessing>',
    ...(feedback ? [modalFeedback(GENERAL_FEEDBACK_ID, feedback), modalFeedback(choiceFeedbackId(q.answer), feedback)] : []),
    '</assessmentItem>',
    '',
  ].join('\n');
}
