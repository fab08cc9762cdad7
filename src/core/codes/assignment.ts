/**
 * Assignment codes: the round a teacher sets, carried in a link (`?assign=CODE`) so that every
 * student plays the same questions in the same order, with no server.
 *
 * Payload (format version 1), a positional JSON array; trailing fields at their default
 * (null, or {} for extraTime) are left off:
 *
 *   [title, bankIdOrBank, questionIds, seed, mode, timeLimitS, extraTime, lang, due]
 *
 * `bankIdOrBank` is a built-in bank's id (a string) or the bank itself (an object) with the
 * fields the schema fills by default left out (empty `reviewReasons`, `approx: "exact"`...).
 */
import type { Bank } from '../bank/schema';
import { PLAYABLE_STATUSES } from '../bank/constants';
import { validateBank } from '../bank/validate';
import { dateUnits } from '../judge';
import { MODES, TIME_MULTIPLIERS, type Mode } from '../settings';
import { foldName } from './names';
import { CODE_KINDS, CodeEncodeError, fail, isInt, isPlainObject, isText, packCode, payloadId, unpackCode, type CodeFailure } from './codec';

// Also here for callers that already hold the codec (the teacher page).

export interface Assignment {
  title: string;
  /** A built-in bank id, or null when the bank travels inside the code. */
  bankId: string | null;
  /**
   * A small custom bank carried inside the code (compressed); null for built-in banks. It
   * decodes as validateBank reads it (text trimmed, defaults filled in), as every bank is held.
   */
  bank: Bank | null;
  /** The exact questions, in order (every student gets the same round). */
  questionIds: string[];
  /** For option order. */
  seed: string;
  mode: Mode;
  timeLimitS: number | null;
  /** Extra time per named student (name folded by `foldName`) -> multiplier (1.5, 2, 3, 10). */
  extraTime: Record<string, number>;
  /** A fixed language, or null for the student's own choice. */
  lang: string | null;
  /** YYYY-MM-DD. */
  due: string | null;
}

/**
 * Longest assignment code that goes in a link. Links this long still work in browsers, mail and
 * chat apps, and fit one QR code; a bank too big for this travels as a file instead.
 */
export const MAX_LINK_CODE = 2000;

/** Largest inflated payload accepted: more than any code of MAX_LINK_CODE holds in practice. */
const MAX_PAYLOAD_BYTES = 64 * 1024;

export const ASSIGNMENT_LIMITS = {
  title: 200,
  bankId: 100,
  questions: 100,
  questionId: 200,
  seed: 64,
  /** Seconds per question: a teacher may pick any whole number, not only the menu's. */
  timeLimitS: 3600,
  extraTimeStudents: 500,
  name: 80,
} as const;

const KIND = CODE_KINDS.assignment;

/**
 * How a student's name is matched against `extraTime`: case, spacing and Unicode composition
 * ignored ("  Zoë  Ång " and "zoë ång" are the same student, however the "ë" was typed).
 */
/**
 * The bank cut down to the assignment's questions, their facts and their translations (only
 * into `langs`, when given): what a custom bank needs to carry so that it fits in a link.
 * Translations are most of a bank's size; an assignment with a fixed language needs one.
 */
export function pruneBank(bank: Bank, questionIds: readonly string[], langs?: readonly string[]): Bank {
  const keepQ = new Set(questionIds);
  const questions = bank.questions.filter((q) => keepQ.has(q.id));
  const keepF = new Set(questions.map((q) => q.factId));
  const pick = <T>(rec: Record<string, T>, keep: Set<string>) => Object.fromEntries(Object.entries(rec).filter(([k]) => keep.has(k)));
  const translations = Object.fromEntries(
    Object.entries(bank.translations)
      .filter(([lang]) => langs === undefined || langs.includes(lang))
      .map(([lang, tr]) => [lang, { ...tr, questions: pick(tr.questions, keepQ), facts: pick(tr.facts, keepF) }]),
  );
  return { ...bank, facts: bank.facts.filter((f) => keepF.has(f.id)), questions, translations };
}

// ---- the carried bank --------------------------------------------------------------------------

const isEmpty = (v: unknown) => (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);

/**
 * The bank without the values the schema fills in by default: validateBank puts them back on
 * decoding, and leaving them out is free size.
 */
function compactBank(bank: Bank): unknown {
  const b = JSON.parse(JSON.stringify(bank)) as Record<string, unknown>;
  const each = (v: unknown, fn: (o: Record<string, unknown>) => void) => {
    if (Array.isArray(v)) for (const o of v) if (isPlainObject(o)) fn(o);
  };
  each(b.facts, (f) => {
    if (isEmpty(f.reviewReasons)) delete f.reviewReasons;
    const data = f.data;
    if (!isPlainObject(data)) return;
    if (f.kind === 'quantity' && data.approx === 'exact') delete data.approx;
    if (f.kind === 'place' && isEmpty(data.alsoTrue)) delete data.alsoTrue;
  });
  each(b.questions, (q) => {
    const answer = q.answer;
    if (q.type !== 'where' || !isPlainObject(answer)) return;
    if (answer.radiusKm === 0) delete answer.radiusKm;
    if (answer.scaleKm === 2000) delete answer.scaleKm;
  });
  if (isPlainObject(b.translations)) {
    for (const tr of Object.values(b.translations)) {
      if (!isPlainObject(tr)) continue;
      if (isEmpty(tr.questions)) delete tr.questions;
      if (isEmpty(tr.facts)) delete tr.facts;
    }
    if (isEmpty(b.translations)) delete b.translations;
  }
  return b;
}

// ---- payload -----------------------------------------------------------------------------------

function toPayload(a: Assignment): unknown[] {
  const p: unknown[] = [
    a.title,
    a.bank !== null ? compactBank(a.bank) : a.bankId,
    a.questionIds,
    a.seed,
    a.mode,
    a.timeLimitS,
    a.extraTime,
    a.lang,
    a.due,
  ];
  // Most assignments leave the last fields at their defaults; they cost nothing when left off.
  while (p.length > 5 && (p[p.length - 1] === null || isEmpty(p[p.length - 1]))) p.pop();
  return p;
}

type Read<T> = { ok: true; value: T } | { ok: false; why: string };
const bad = (why: string): { ok: false; why: string } => ({ ok: false, why });

function readExtraTime(v: unknown): Read<Record<string, number>> {
  if (!isPlainObject(v)) return bad('extra time is not a table of names');
  const entries = Object.entries(v);
  if (entries.length > ASSIGNMENT_LIMITS.extraTimeStudents) return bad('extra time lists too many students');
  for (const [name, mult] of entries) {
    if (!isText(name, ASSIGNMENT_LIMITS.name) || foldName(name) !== name) return bad(`extra time: "${name}" is not a folded name`);
    if (!(TIME_MULTIPLIERS as readonly unknown[]).includes(mult)) return bad(`extra time for "${name}" is not one of ${TIME_MULTIPLIERS.join(', ')}`);
  }
  // fromEntries defines own properties, so a student named "__proto__" stays a name.
  return { ok: true, value: Object.fromEntries(entries as [string, number][]) };
}

function readPayload(p: unknown): Read<Assignment> {
  if (!Array.isArray(p) || p.length < 5 || p.length > 9) return bad('not an assignment payload');
  const [title, source, ids, seed, mode, timeLimitS = null, extra = {}, lang = null, due = null] = p as unknown[];
  if (!isText(title, ASSIGNMENT_LIMITS.title)) return bad('title');

  let bankId: string | null = null;
  let bank: Bank | null = null;
  if (typeof source === 'string') {
    if (source.length > ASSIGNMENT_LIMITS.bankId || !/^[a-z0-9][a-z0-9-]*$/u.test(source)) return bad('bank id');
    bankId = source;
  } else {
    const checked = validateBank(source, 'assignment code');
    if (!checked.ok) return bad(`bank: ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    bank = checked.bank;
  }

  if (!Array.isArray(ids) || ids.length === 0 || ids.length > ASSIGNMENT_LIMITS.questions) return bad('question list');
  if (!ids.every((id) => isText(id, ASSIGNMENT_LIMITS.questionId))) return bad('question id');
  const questionIds = ids as string[];
  if (new Set(questionIds).size !== questionIds.length) return bad('a question is listed twice');
  if (bank !== null) {
    // Only questions on facts a person signed off reach players, in a carried bank as anywhere.
    const playable = new Set(bank.facts.filter((f) => PLAYABLE_STATUSES.includes(f.review)).map((f) => f.id));
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    for (const id of questionIds) {
      const q = byId.get(id);
      if (q === undefined) return bad(`question "${id}" is not in the bank`);
      if (!playable.has(q.factId)) return bad(`question "${id}" is on a fact nobody approved`);
    }
  }

  if (!isText(seed, ASSIGNMENT_LIMITS.seed)) return bad('seed');
  if (!(MODES as readonly unknown[]).includes(mode)) return bad('mode');
  if (timeLimitS !== null && !isInt(timeLimitS, 1, ASSIGNMENT_LIMITS.timeLimitS)) return bad('time limit');
  const extraTime = readExtraTime(extra);
  if (!extraTime.ok) return extraTime;
  if (lang !== null && (typeof lang !== 'string' || !/^[a-z]{2,3}$/u.test(lang))) return bad('language');
  if (due !== null && (typeof due !== 'string' || dateUnits(due, 'day') === null)) return bad('due date');

  return {
    ok: true,
    value: { title, bankId, bank, questionIds: [...questionIds], seed, mode: mode as Mode, timeLimitS, extraTime: extraTime.value, lang, due },
  };
}

// ---- the API -----------------------------------------------------------------------------------

/**
 * The assignment as a code for a link. Throws CodeEncodeError when the assignment is not valid
 * (the code would not decode) or the code would be longer than MAX_LINK_CODE: then the bank has
 * to travel as a file (check first with `fitsInLink`).
 */
export function encodeAssignment(a: Assignment): string {
  let payload: unknown[];
  try {
    payload = toPayload(a);
  } catch (e) {
    throw new CodeEncodeError('invalid', `not an assignment: ${(e as Error).message}`);
  }
  if ((a.bankId === null) === (a.bank === null)) throw new CodeEncodeError('invalid', 'give either a built-in bank id or a bank, not both or neither');
  // Check the payload as the decoder will see it, so that every code made here decodes.
  const back = readPayload(JSON.parse(JSON.stringify(payload)));
  if (!back.ok) throw new CodeEncodeError('invalid', `invalid assignment: ${back.why}`);
  const code = packCode(KIND, payload);
  if (code.length > MAX_LINK_CODE) {
    throw new CodeEncodeError('too-large', `the code would be ${code.length} characters, over ${MAX_LINK_CODE}: send the bank as a file`);
  }
  return code;
}

/** Whether the assignment is valid and its code fits in a link. */
export function fitsInLink(a: Assignment): boolean {
  try {
    encodeAssignment(a);
    return true;
  } catch {
    return false;
  }
}

export type AssignmentDecoded = { ok: true; assignment: Assignment; id: string } | CodeFailure;

/** Reads a pasted or linked code. Never throws. */
export function decodeAssignment(code: string): AssignmentDecoded {
  try {
    const un = unpackCode(code, KIND, { maxChars: MAX_LINK_CODE, maxPayloadBytes: MAX_PAYLOAD_BYTES });
    if (!un.ok) return un;
    const read = readPayload(un.payload);
    if (!read.ok) return fail('malformed', read.why);
    return { ok: true, assignment: read.value, id: payloadId(KIND, un.bytes) };
  } catch {
    return fail('malformed');
  }
}

/**
 * A short stable id for the assignment (8 base64url characters), which results carry to say
 * which assignment they answer. It hashes the payload, not the code's text, so a code with
 * line breaks from a chat app, or compressed differently, gives the same id. Empty for a code
 * that does not decode.
 */
export function assignmentId(code: string): string {
  const decoded = decodeAssignment(code);
  return decoded.ok ? decoded.id : '';
}
