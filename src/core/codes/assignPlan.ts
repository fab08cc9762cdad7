/**
 * Planning an assignment from what the teacher chose on the page: which questions, the seed,
 * the locked settings, extra time per student, and whether it all fits in a link. Pure: the page
 * reads its form and the clock, and says the problems returned here in the teacher's language.
 */
import type { Bank } from '../bank/schema';
import { playableQuestions } from '../bank/playable';
import { createRng, shuffle } from '../rng';
import { TIME_MULTIPLIERS, type Mode } from '../settings';
import { CodeEncodeError } from './codec';
import { encodeAssignment, MAX_LINK_CODE, pruneBank, type Assignment } from './assignment';
import { foldName } from './names';

export interface AssignChoices {
  /** The chosen bank, or null when it could not be loaded. */
  bank: Bank | null;
  /**
   * True for a bank saved on this device: no student has it, so it travels inside the link.
   * A built-in bank travels by its id.
   */
  carryBank: boolean;
  /** As typed; empty means the bank's title. */
  title: string;
  /** "Number of questions" as typed, for a round picked at random. */
  count: string;
  /** Questions ticked by hand, in the bank's order; none means `count` at random. */
  picked: readonly string[];
  mode: Mode;
  /** Seconds per question as typed; empty means no limit. */
  timeLimit: string;
  /** A fixed language, or empty for the student's own. */
  lang: string;
  /** "Name = 2" lines. */
  extraTime: string;
  /** YYYY-MM-DD, or empty. */
  due: string;
  /** Epoch ms, so that two assignments made from the same choices still differ in seed. */
  now: number;
}

export type AssignProblem =
  | { code: 'noQuestions' }
  | { code: 'badExtraTime'; line: number }
  | { code: 'badDue' }
  /** The code would be longer than a link holds. */
  | { code: 'tooLarge'; max: number }
  /** The assignment would not decode (a value the code format refuses). */
  | { code: 'invalid'; max: number };

/**
 * On success, `bank` is the whole chosen bank (the assignment may carry a pruned copy, or only its
 * id). `byFile`: a device bank too large for the link, named by its id: the students need its file.
 */
export type AssignPlan = { ok: true; assignment: Assignment; code: string; bank: Bank; byFile: boolean } | { ok: false; problems: AssignProblem[] };

export const DEFAULT_COUNT = 10;
export const TIME_LIMIT_RANGE = { min: 5, max: 600 } as const;

/** "Ana = 2" lines -> { ana: 2 }; the line number of the first bad line otherwise. */
export function parseExtraTime(text: string): { ok: true; value: Record<string, number> } | { ok: false; line: number } {
  const value: Record<string, number> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const m = /^(.+?)\s*[=:]\s*×?\s*(\d+(?:[.,]\d+)?)\s*×?$/.exec(line);
    const n = m ? Number(m[2]!.replace(',', '.')) : NaN;
    // Only the multipliers the link format (and the settings) know: 4 would fail to encode.
    if (!m || !(TIME_MULTIPLIERS as readonly number[]).includes(n)) return { ok: false, line: i + 1 };
    value[foldName(m[1]!)] = n;
  }
  return { ok: true, value };
}

/** Eight base-36 characters, different for every assignment made. */
export function assignmentSeed(bankId: string, title: string, now: number): string {
  return createRng(`${bankId}|${title}|${now}`).next().toString(36).slice(2, 10);
}

/** The questions ticked by hand that the bank can play, or `count` of them at random from the seed. */
export function chooseQuestions(bank: Bank, picked: readonly string[], count: string, seed: string): string[] {
  const pool = playableQuestions(bank).map((q) => q.id);
  const chosen = picked.filter((id) => pool.includes(id));
  if (chosen.length > 0) return chosen;
  const n = Math.max(1, Math.min(pool.length, Number(count) || DEFAULT_COUNT));
  return shuffle(pool, createRng(seed)).slice(0, n);
}

const timeLimitS = (typed: string): number | null => (typed ? Math.max(TIME_LIMIT_RANGE.min, Math.min(TIME_LIMIT_RANGE.max, Number(typed))) : null);

/** The assignment and its code, or every problem the teacher can fix in the form. */
export function planAssignment(c: AssignChoices): AssignPlan {
  const problems: AssignProblem[] = [];
  // No bank and a bank with nothing playable read the same to the teacher: nothing to choose from.
  if (!c.bank) problems.push({ code: 'noQuestions' });
  const extraTime = parseExtraTime(c.extraTime);
  if (!extraTime.ok) problems.push({ code: 'badExtraTime', line: extraTime.line });
  if (c.due && !/^\d{4}-\d{2}-\d{2}$/.test(c.due)) problems.push({ code: 'badDue' });
  const seed = c.bank ? assignmentSeed(c.bank.id, c.title, c.now) : '';
  const questionIds = c.bank ? chooseQuestions(c.bank, c.picked, c.count, seed) : [];
  if (c.bank && questionIds.length === 0) problems.push({ code: 'noQuestions' });
  if (!c.bank || !extraTime.ok || problems.length > 0) return { ok: false, problems };
  const assignment: Assignment = {
    title: c.title.trim() || c.bank.title,
    bankId: c.carryBank ? null : c.bank.id,
    // Only what the chosen questions need travels in the link; translations only into a fixed language.
    bank: c.carryBank ? pruneBank(c.bank, questionIds, c.lang ? [c.lang] : []) : null,
    questionIds,
    seed,
    mode: c.mode,
    timeLimitS: timeLimitS(c.timeLimit),
    extraTime: extraTime.value,
    lang: c.lang || null,
    due: c.due || null,
  };
  const encoded = encodeOrProblem(assignment);
  if (encoded.ok) return { ok: true, assignment, code: encoded.code, bank: c.bank, byFile: false };
  // A device bank too large for the link travels as a file: the link names it, and the student's
  // game looks for it on the device or asks for the file.
  if (encoded.problem.code !== 'tooLarge' || !c.carryBank) return { ok: false, problems: [encoded.problem] };
  const byId: Assignment = { ...assignment, bankId: c.bank.id, bank: null };
  const again = encodeOrProblem(byId);
  return again.ok ? { ok: true, assignment: byId, code: again.code, bank: c.bank, byFile: true } : { ok: false, problems: [again.problem] };
}

function encodeOrProblem(a: Assignment): { ok: true; code: string } | { ok: false; problem: AssignProblem } {
  try {
    return { ok: true, code: encodeAssignment(a) };
  } catch (e) {
    const tooLarge = e instanceof CodeEncodeError && e.reason === 'too-large';
    return { ok: false, problem: { code: tooLarge ? 'tooLarge' : 'invalid', max: MAX_LINK_CODE } };
  }
}
