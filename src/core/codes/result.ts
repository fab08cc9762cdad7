/**
 * Result codes: a student's finished assigned round, as text to paste back to the teacher
 * (or a QR code, or a file). No server and no accounts, so the code is the whole record.
 *
 * Payload (format version 1), a positional JSON array:
 *
 *   [assignmentId, name, attempt, answers, points, correct, asked, finishedAt(, timing)]
 *   answer: [questionId, response, elapsedMs, points, creditThousandths(, 1)]
 *     the trailing 1: the student marked the question as looking wrong. Left off otherwise, so
 *     codes made before students could mark a question read as they always did.
 *   response: null (timed out) | place (0-5) | [number] | "YYYY[-MM[-DD]]" | [lat, lon(, label)]
 *   finishedAt: epoch ms when that spells the ISO text exactly, else the ISO text
 *   timing: the time per question the student chose on the start screen: 0 for no time limit,
 *     else the factor (1.5, 2, 3 or 10) the teacher's time was stretched by. Left off when they
 *     kept the teacher's time, so such a code is the same as before students could choose, and
 *     codes made before then (eight values) still read as "kept the teacher's time".
 *
 * Two values are stored coarser than the round keeps them, because a teacher reads neither
 * finer and their noise would only lengthen the code: elapsed time in whole milliseconds, and
 * credit in thousandths, rounded down so that a credit under the "correct" line (0.9) never
 * crosses it.
 *
 * For a future class server: a result names its assignment and its attempt, so a server can
 * keep the best or the latest; a signature segment (see codec.ts) is accepted and ignored.
 */
import type { Response } from '../judge';
import { dateUnits } from '../judge';
import { MAX_CHOICE_OPTIONS } from '../bank/constants';
import { STUDENT_TIMINGS, type StudentTiming } from './timing';
import { CODE_KINDS, CodeEncodeError, fail, isInt, isText, packCode, unpackCode, type CodeFailure } from './codec';

export interface ResultAnswer {
  questionId: string;
  /** Null when the question timed out. */
  response: Response | null;
  elapsedMs: number;
  points: number;
  /** 0 to 1. */
  credit: number;
  /** The student marked the question as looking wrong. */
  flagged?: boolean;
}

export interface StudentResult {
  /** From `assignmentId` / `decodeAssignment`: which assignment this answers. */
  assignmentId: string;
  /** As the student typed it; match it to extra time or a class list with `foldName`. */
  name: string;
  /** 1 for the first try, counting up when the student plays the assignment again. */
  attempt: number;
  answers: ResultAnswer[];
  points: number;
  correct: number;
  asked: number;
  /** ISO 8601, passed in by the caller (core reads no clock). */
  finishedAt: string;
  /**
   * The student gave themselves more time per question, or none (WCAG 2.2.1). Points depend on
   * time, so the teacher sees it beside the points. Absent: the teacher's time, as set.
   */
  timing?: StudentTiming;
}

/** Longest result code accepted: 100 answers with long question ids still fit. */
export const MAX_RESULT_CODE = 4000;

const MAX_PAYLOAD_BYTES = 128 * 1024;

export const RESULT_LIMITS = {
  name: 80,
  attempt: 9999,
  answers: 100,
  questionId: 200,
  label: 200,
  /** A week: practice rounds are untimed, but nobody thinks that long. */
  elapsedMs: 7 * 24 * 3600 * 1000,
  points: 1_000_000,
} as const;

const KIND = CODE_KINDS.result;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/u;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/u;
/** 9999-12-31T23:59:59.999Z, the last instant toISOString writes with a four-digit year. */
const LAST_MS = 253402300799999;

// ---- payload -----------------------------------------------------------------------------------

/** Credit in thousandths, rounded down (see the top of the file). */
function thousandths(credit: number): number {
  let q = Math.round(credit * 1000);
  if (q / 1000 > credit) q -= 1;
  return q;
}

function packResponse(r: Response | null): unknown {
  if (r === null) return null;
  switch (r.kind) {
    case 'choice':
      return r.place;
    case 'number':
      return [r.value];
    case 'date':
      return r.value;
    case 'point':
      return r.label === undefined ? [r.lat, r.lon] : [r.lat, r.lon, r.label];
    default:
      throw new Error(`unknown response kind ${(r as { kind: unknown }).kind as string}`);
  }
}

function packTime(iso: string): number | string {
  const ms = ISO_TIME.test(iso) ? Date.parse(iso) : NaN;
  return isInt(ms, 0, LAST_MS) && new Date(ms).toISOString() === iso ? ms : iso;
}

function toPayload(r: StudentResult): unknown[] {
  const answers = r.answers.map((a) => [a.questionId, packResponse(a.response), Math.round(a.elapsedMs), a.points, thousandths(a.credit), ...(a.flagged ? [1] : [])]);
  const payload: unknown[] = [r.assignmentId, r.name, r.attempt, answers, r.points, r.correct, r.asked, packTime(r.finishedAt)];
  if (r.timing !== undefined) payload.push(r.timing === 'off' ? 0 : r.timing);
  return payload;
}

/** Undefined when the packed timing is not one a student can choose. */
function readTiming(v: unknown): StudentTiming | undefined {
  if (typeof v !== 'number') return undefined;
  return v === 0 ? 'off' : STUDENT_TIMINGS.find((t) => t === v);
}

const inRange = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** Undefined when the packed response is not one. */
function readResponse(v: unknown): Response | null | undefined {
  if (v === null) return null;
  // Places 0-3 were all a code could hold before choice questions had up to six options; those codes read as before.
  if (isInt(v, 0, MAX_CHOICE_OPTIONS - 1)) return { kind: 'choice', place: v };
  if (typeof v === 'string') {
    const precision = ({ 4: 'year', 7: 'month', 10: 'day' } as const)[v.length as 4 | 7 | 10];
    return PARTIAL_DATE.test(v) && precision !== undefined && dateUnits(v, precision) !== null ? { kind: 'date', value: v } : undefined;
  }
  if (!Array.isArray(v)) return undefined;
  if (v.length === 1) return inRange(v[0], -Number.MAX_VALUE, Number.MAX_VALUE) ? { kind: 'number', value: v[0] } : undefined;
  const [lat, lon, label] = v as unknown[];
  if ((v.length !== 2 && v.length !== 3) || !inRange(lat, -90, 90) || !inRange(lon, -180, 180)) return undefined;
  if (v.length === 2) return { kind: 'point', lat, lon };
  return isText(label, RESULT_LIMITS.label) ? { kind: 'point', lat, lon, label } : undefined;
}

function readTime(v: unknown): string | undefined {
  if (isInt(v, 0, LAST_MS)) return new Date(v).toISOString();
  return typeof v === 'string' && ISO_TIME.test(v) && Number.isFinite(Date.parse(v)) ? v : undefined;
}

type Read = { ok: true; value: StudentResult } | { ok: false; why: string };
const bad = (why: string): { ok: false; why: string } => ({ ok: false, why });

function readPayload(p: unknown): Read {
  if (!Array.isArray(p) || (p.length !== 8 && p.length !== 9)) return bad('not a result payload');
  const [assignmentId, name, attempt, packed, points, correct, asked, time, packedTiming] = p as unknown[];
  if (typeof assignmentId !== 'string' || !/^[A-Za-z0-9_-]{8}$/u.test(assignmentId)) return bad('assignment id');
  if (!isText(name, RESULT_LIMITS.name)) return bad('name');
  if (!isInt(attempt, 1, RESULT_LIMITS.attempt)) return bad('attempt');
  if (!Array.isArray(packed) || packed.length === 0 || packed.length > RESULT_LIMITS.answers) return bad('answers');

  const answers: ResultAnswer[] = [];
  for (const [i, a] of packed.entries()) {
    if (!Array.isArray(a) || (a.length !== 5 && a.length !== 6)) return bad(`answer ${i + 1}`);
    const [questionId, response, elapsedMs, pts, credit, flag] = a as unknown[];
    if (a.length === 6 && flag !== 1) return bad(`answer ${i + 1}: mark`);
    if (!isText(questionId, RESULT_LIMITS.questionId)) return bad(`answer ${i + 1}: question id`);
    const r = readResponse(response);
    if (r === undefined) return bad(`answer ${i + 1}: response`);
    if (!isInt(elapsedMs, 0, RESULT_LIMITS.elapsedMs)) return bad(`answer ${i + 1}: time`);
    if (!isInt(pts, 0, RESULT_LIMITS.points)) return bad(`answer ${i + 1}: points`);
    if (!isInt(credit, 0, 1000)) return bad(`answer ${i + 1}: credit`);
    // A timed-out question earns nothing: the round reducer gives it no credit and no points.
    if (r === null && (credit !== 0 || pts !== 0)) return bad(`answer ${i + 1}: a time-out scored`);
    answers.push({ questionId, response: r, elapsedMs, points: pts, credit: credit / 1000, ...(flag === 1 ? { flagged: true } : {}) });
  }
  if (new Set(answers.map((a) => a.questionId)).size !== answers.length) return bad('a question is answered twice');

  // The totals must agree with the answers, as the round reducer keeps them.
  if (!isInt(asked, 0, RESULT_LIMITS.answers) || asked !== answers.length) return bad('asked');
  if (!isInt(correct, 0, asked)) return bad('correct');
  if (!isInt(points, 0, RESULT_LIMITS.points * RESULT_LIMITS.answers) || points !== answers.reduce((s, a) => s + a.points, 0)) return bad('points');
  const finishedAt = readTime(time);
  if (finishedAt === undefined) return bad('finished at');
  const timing = p.length === 9 ? readTiming(packedTiming) : undefined;
  if (p.length === 9 && timing === undefined) return bad('timing');

  return { ok: true, value: { assignmentId, name, attempt, answers, points, correct, asked, finishedAt, ...(timing ? { timing } : {}) } };
}

// ---- the API -----------------------------------------------------------------------------------

/**
 * The result as a code to paste back. Throws CodeEncodeError when the result is not valid (the
 * code would not decode) or the code would be over MAX_RESULT_CODE characters.
 */
export function encodeResult(r: StudentResult): string {
  let payload: unknown[];
  try {
    payload = toPayload(r);
  } catch (e) {
    throw new CodeEncodeError('invalid', `not a result: ${(e as Error).message}`);
  }
  // Check the payload as the decoder will see it, so that every code made here decodes.
  const back = readPayload(JSON.parse(JSON.stringify(payload)));
  if (!back.ok) throw new CodeEncodeError('invalid', `invalid result: ${back.why}`);
  const code = packCode(KIND, payload);
  if (code.length > MAX_RESULT_CODE) throw new CodeEncodeError('too-large', `the code would be ${code.length} characters, over ${MAX_RESULT_CODE}`);
  return code;
}

export type ResultDecoded = { ok: true; result: StudentResult } | CodeFailure;

/** Reads a pasted result code. Never throws. */
export function decodeResult(code: string): ResultDecoded {
  try {
    const un = unpackCode(code, KIND, { maxChars: MAX_RESULT_CODE, maxPayloadBytes: MAX_PAYLOAD_BYTES });
    if (!un.ok) return un;
    const read = readPayload(un.payload);
    return read.ok ? { ok: true, result: read.value } : fail('malformed', read.why);
  } catch {
    return fail('malformed');
  }
}
