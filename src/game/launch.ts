/**
 * What starts a round: the bank, the seed, the settings it is played with and what kind of round
 * it is. Every way into a round (play, the daily challenge, practice what I missed, play again,
 * an assignment, a round left unfinished) is built here, so the screens that offer them only
 * pass the player's choice on.
 */
import { playableQuestions } from '../core/bank/playable';
import type { Bank } from '../core/bank/schema';
import type { LocalizedBank } from '../core/bank/localize';
import type { Assignment } from '../core/codes/assignment';
import { STUDENT_TIMINGS, withTiming, type StudentTiming } from '../core/codes/timing';
import { extraTimeFor } from '../core/codes/names';
import { dailySeed } from '../core/progress/daily';
import { timeLimitMs, type Mode, type Settings } from '../core/settings';
import type { SavedOrdinaryRound, SavedRound } from './savedRound';

export type RoundKind = 'normal' | 'daily' | 'missed' | 'assignment';

/** A student playing a teacher's assignment: settings locked, progress saved for a reload. */
export interface AssignmentRun {
  id: string;
  title: string;
  name: string;
  /** 1 for the first attempt on this device, 2 for the second... */
  attempt: number;
  resume: SavedRound | null;
  /** The time per question the student chose, which their result code records; absent: the teacher's. */
  timing?: StudentTiming;
}

/**
 * What the loaded bank says in the player's language beyond its questions: translated source
 * sentences, and which questions fell back to the bank's own language.
 */
export interface BankTexts {
  sentence(factId: string): string | null;
  untranslated(questionId: string): boolean;
}

/** A bank checked and made ready in the player's language: what every screen that plays it gets. */
export interface Playable {
  bank: Bank;
  texts: BankTexts;
  /**
   * The bank as checked, before it was put in the player's language: a live game sends it to
   * the server, which puts each question in each player's language itself.
   */
  source?: Bank;
}

/** A bank localised for the player (core/bank/localize.ts), ready to play. */
export function playable(local: LocalizedBank): Playable {
  const { sentenceTranslations, untranslated } = local;
  return { bank: local.bank, texts: { sentence: (id) => sentenceTranslations.get(id) ?? null, untranslated: (id) => untranslated.has(id) } };
}

/** For a bank played in its own language: no translated sentence, nothing fell back. */
export const OWN_LANGUAGE: BankTexts = { sentence: () => null, untranslated: () => false };

export interface RoundLaunch extends Playable {
  seed: string;
  mode: Mode;
  timeLimitMs: number | null;
  kind: RoundKind;
  /** For "practice what I missed" and assignments: these questions, in this order. */
  questionIds?: string[];
  assignment?: AssignmentRun;
  /** An ordinary round left unfinished on this device. */
  resume?: SavedRound | null;
}

type TimingSettings = Pick<Settings, 'mode' | 'timeLimitS' | 'timeMultiplier'>;

export function playLaunch({ bank, texts }: Playable, settings: TimingSettings, seed: string): RoundLaunch {
  return { bank, texts, seed, mode: settings.mode, timeLimitMs: timeLimitMs(settings), kind: 'normal' };
}

/**
 * Everyone plays the same round on a given day: the seed is the date, classic, 20 s a question;
 * of the player's settings only the extra time is kept.
 */
export function dailyLaunch({ bank, texts }: Playable, settings: Pick<Settings, 'timeMultiplier'>, today: string): RoundLaunch {
  return { bank, texts, seed: dailySeed(today), mode: 'classic', timeLimitMs: timeLimitMs({ mode: 'classic', timeLimitS: 20, timeMultiplier: settings.timeMultiplier }), kind: 'daily' };
}

/** How many questions this bank can ask: a small bank (an opened file, say) gives a shorter round or live game. */
export function playableCount(bank: Bank): number {
  return playableQuestions(bank).length;
}

/** How many missed questions a "practice what I missed" round asks. */
export const MISSED_ROUND = 10;

/**
 * The round left unfinished on this device, to come back to before anything else; not when the
 * link names another round code.
 */
export function resumeLaunch({ bank, texts }: Playable, saved: SavedOrdinaryRound | null, linkSeed: string | null): RoundLaunch | null {
  if (!saved || (linkSeed !== null && linkSeed !== saved.seed)) return null;
  const { state, elapsedMs, seed, mode, timeLimitMs: limit, kind, questionIds } = saved;
  return { bank, texts, seed, mode, timeLimitMs: limit, kind, ...(questionIds ? { questionIds } : {}), resume: { state, elapsedMs } };
}

/** Practice, untimed unless the player set a limit, on the questions missed lately. */
export function missedLaunch({ bank, texts }: Playable, ids: string[], seed: string, settings?: TimingSettings): RoundLaunch {
  return { bank, texts, seed, mode: 'practice', timeLimitMs: settings ? timeLimitMs({ ...settings, mode: 'practice' }) : null, kind: 'missed', questionIds: ids };
}

/**
 * The same kind of round again: an ordinary round with a new seed (unless the link fixed one), the
 * daily or missed round with its own; an assignment as the next attempt, which its result code
 * marks as such.
 */
export function againLaunch(prev: RoundLaunch, newSeed: string): RoundLaunch {
  const a = prev.assignment;
  if (a) return { ...prev, resume: null, assignment: { ...a, attempt: a.attempt + 1, resume: null } };
  return {
    bank: prev.bank,
    texts: prev.texts,
    seed: prev.kind === 'normal' ? newSeed : prev.seed,
    mode: prev.mode,
    timeLimitMs: prev.timeLimitMs,
    kind: prev.kind,
    ...(prev.questionIds ? { questionIds: prev.questionIds } : {}),
  };
}

/** Which attempt a student is on: the one in progress, else the next after those finished. */
export function attemptNumber(inProgress: { attempt: number } | null, finished: number): number {
  return inProgress?.attempt ?? finished + 1;
}

/**
 * The timing a saved round was begun with. It resumes on its own clock (session.ts), so that is
 * what the attempt records, whatever the start screen says on the way back in; undefined when
 * the saved limit matches no choice (the teacher's time, say).
 */
function savedTiming(limitMs: number | null, saved: SavedRound): StudentTiming | undefined {
  if (limitMs === null) return undefined;
  if (saved.state.timeLimitMs === null) return 'off';
  return STUDENT_TIMINGS.find((t) => withTiming(limitMs, t) === saved.state.timeLimitMs);
}

/**
 * A student starting (or coming back to) an assignment: the teacher's locked settings, extra time
 * for the students the teacher named, more time or none if the student asked for it on the start
 * screen (both WCAG 2.2.1), and the attempt this is on this device.
 */
export function assignmentLaunch(
  { bank, texts }: Playable,
  link: { id: string; assignment: Assignment },
  name: string,
  device: { resume: (SavedRound & { attempt: number }) | null; finished: number },
  chosen?: StudentTiming,
): RoundLaunch {
  const a = link.assignment;
  const teachers = timeLimitMs({ mode: a.mode, timeLimitS: a.timeLimitS, timeMultiplier: extraTimeFor(a, name) });
  const timing = teachers === null ? undefined : device.resume ? savedTiming(teachers, device.resume) : chosen;
  return {
    bank,
    texts,
    seed: a.seed,
    mode: a.mode,
    timeLimitMs: withTiming(teachers, timing),
    kind: 'assignment',
    questionIds: a.questionIds,
    assignment: { id: link.id, title: a.title, name, attempt: attemptNumber(device.resume, device.finished), resume: device.resume, ...(timing ? { timing } : {}) },
  };
}
