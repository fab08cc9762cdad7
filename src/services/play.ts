/**
 * The device's side of playing: every way into a round and out of it, with the records it
 * reads and writes and the clocks it needs. The rules are the game layer's (launch.ts, finish.ts,
 * saving.ts); this service only hands them the device's records (progress, the round in
 * progress, a student's assignments) and the time, so scenes ask for a launch or a finish and
 * never touch storage, attempt numbers or clocks themselves.
 */
import type { RoundState } from '../core/round';
import type { Bank } from '../core/bank/schema';
import { timeLimitMs, type Mode, type Settings } from '../core/settings';
import { DEFAULT_QUESTION_COUNT } from '../core/round';
import type { StudentTiming } from '../core/codes/timing';
import type { RoundRecord } from '../core/progress/profile';
import { againLaunch, assignmentLaunch, dailyLaunch, MISSED_ROUND, missedLaunch, playableCount, playLaunch, resumeLaunch, type Playable, type RoundLaunch } from '../game/launch';
import type { AssignmentData } from '../game/routes';
import { progressEntry, resultCode } from '../game/finish';
import type { SessionDeps } from '../game/session';
import { roundForgetter, roundSaver, studentKey } from '../game/saving';
import type { AssignmentStore } from './assignments';
import type { ProgressStore, RoundOutcome } from './progress';
import type { RoundStore } from './rounds';

export interface PlayDeps {
  progress: ProgressStore;
  rounds: RoundStore;
  assignments: AssignmentStore;
  settings(): Settings;
  /** The language the game is shown in: a saved round resumes only in it. */
  lang(): string;
  /** The round code the link fixed, if any. */
  linkSeed: string | null;
  newSeed(): string;
  /** The round's clock, in milliseconds (monotonic: services/clock.ts). */
  clock(): number;
  /** The device's local date, YYYY-MM-DD. */
  today(): string;
  /** The wall clock as an ISO time, for what a teacher reads. */
  nowIso(): string;
}

/** What the menu shows beside a bank: the round it plays, the player's best, the daily streak, the last round, what is due. */
export interface Standing {
  mode: Mode;
  /** How many questions a round asks: a small bank (an opened file, say) gives a shorter round. */
  questions: number;
  /** Each question's time limit, null when untimed. */
  limitMs: number | null;
  best: RoundRecord | null;
  dailyStreak: number;
  playedToday: boolean;
  last: RoundRecord | null;
  /** Questions due for "practise what I missed". */
  missed: number;
}

export interface Finished {
  outcome: RoundOutcome;
  /** An assignment's result code, a moment later (its codec loads on demand); null for other rounds or a refused result. */
  code: Promise<string | null>;
}

export class PlayService {
  constructor(private readonly d: PlayDeps) {}

  /** A round left unfinished for this bank (tab closed, page reloaded), to come back to before anything else. */
  resume(p: Playable): RoundLaunch | null {
    return resumeLaunch(p, this.d.rounds.saved(p.bank.id, this.d.lang()), this.d.linkSeed);
  }

  play(p: Playable): RoundLaunch {
    return playLaunch(p, this.d.settings(), this.d.linkSeed ?? this.d.newSeed());
  }

  daily(p: Playable): RoundLaunch {
    return dailyLaunch(p, this.d.settings(), this.d.today());
  }

  /**
   * "Practise what I missed", or null when nothing is due; untimed unless the player set a limit,
   * from the menu and from the results alike.
   */
  missed(p: Playable): RoundLaunch | null {
    const ids = this.missedIds(p.bank);
    return ids.length === 0 ? null : missedLaunch(p, ids, this.d.newSeed(), this.d.settings());
  }

  again(prev: RoundLaunch): RoundLaunch {
    return againLaunch(prev, this.d.linkSeed ?? this.d.newSeed());
  }

  /** A student starting or coming back to an assignment, on the attempt this device has reached. */
  assignment(data: AssignmentData, name: string, timing?: StudentTiming): RoundLaunch {
    const key = studentKey(data.link.id, name);
    const a = this.d.assignments;
    return assignmentLaunch(data, data.link, name, { resume: a.progress(key), finished: a.finished(key) }, timing);
  }

  standing(bank: Bank): Standing {
    const p = this.d.progress;
    const s = this.d.settings();
    const daily = p.daily(this.d.today());
    return {
      mode: s.mode,
      questions: Math.min(DEFAULT_QUESTION_COUNT, playableCount(bank)),
      limitMs: timeLimitMs(s),
      best: p.best(bank.id, s.mode), dailyStreak: daily.streak, playedToday: daily.playedToday, last: p.recent()[0] ?? null, missed: this.missedIds(bank).length };
  }

  /** What a round session needs of the device: its clock, and where it keeps the round (saved before each feedback, forgotten when it ends). */
  sessionDeps(): SessionDeps {
    const { rounds, assignments } = this.d;
    return {
      now: this.d.clock,
      save: roundSaver({ saveRound: (r) => rounds.save(r), saveAssignment: (k, r) => assignments.saveProgress(k, r) }, () => this.d.lang()),
      forget: roundForgetter({ clearRound: () => rounds.clear() }),
    };
  }

  /** A round is over: record it on the device, and for an assignment make the code the student sends. */
  finish(launch: RoundLaunch, state: RoundState): Finished {
    const at = this.d.nowIso();
    const outcome = this.d.progress.record(progressEntry(launch, state), this.d.today(), at);
    const code = launch.assignment ? resultCode(launch, state, at, this.d.assignments) : Promise.resolve(null);
    return { outcome, code };
  }

  private missedIds(bank: Bank): string[] {
    return this.d.progress.missedIds(bank, this.d.today(), MISSED_ROUND);
  }
}
