/**
 * The player's progress on this device: Leitner boxes for "practice what I missed", the daily
 * challenge streak and the local profile (best per bank and mode, recent rounds). The rules are
 * pure functions in src/core/progress; this service only loads and saves them.
 */
import { dailyStatus, emptyDaily, parseDaily, recordDaily, type DailyRecord, type DailyStatus } from '../core/progress/daily';
import { dayNumber } from '../core/progress/days';
import { cardKey, dueKeys, emptyLeitner, parseLeitner, recordAnswer, splitCardKey, type LeitnerState } from '../core/progress/leitner';
import { bestFor, emptyProfile, parseProfile, recordRound, type Profile, type RoundRecord } from '../core/progress/profile';
import { emptyFlags, parseFlags, recordFlags, type FlagRecord } from '../core/progress/flags';
import type { Bank } from '../core/bank/schema';
import { playableQuestions } from '../core/bank/playable';
import type { RoundState } from '../core/round';
import type { Mode } from '../core/settings';
import type { DeviceStorage, RecordSpec } from './storage';

const LEITNER: RecordSpec<LeitnerState> = { key: 'leitner', version: 1, parse: parseLeitner, fallback: emptyLeitner };
const DAILY: RecordSpec<DailyRecord> = { key: 'daily', version: 1, parse: parseDaily, fallback: emptyDaily };
const PROFILE: RecordSpec<Profile> = { key: 'profile', version: 1, parse: parseProfile, fallback: emptyProfile };
const FLAGS: RecordSpec<FlagRecord> = { key: 'flags', version: 1, parse: parseFlags, fallback: emptyFlags };

export interface RoundOutcome {
  newBest: boolean;
  previousBest: RoundRecord | null;
  daily: DailyStatus | null;
  /** False when the device would not keep it. */
  saved: boolean;
}

export interface FinishedRound {
  bankId: string;
  mode: Mode;
  seed: string;
  daily: boolean;
  state: RoundState;
}

export class ProgressStore {
  private leitner: LeitnerState;
  private dailyRec: DailyRecord;
  private profile: Profile;
  private flags: FlagRecord;

  constructor(private readonly storage: DeviceStorage) {
    this.flags = storage.load(FLAGS);
    this.leitner = storage.load(LEITNER);
    this.dailyRec = storage.load(DAILY);
    this.profile = storage.load(PROFILE);
  }

  /** Records a finished round everywhere it counts. `today` is the local date, `at` an ISO timestamp. */
  record(round: FinishedRound, today: string, at: string): RoundOutcome {
    const day = dayNumber(today);
    const s = round.state;
    s.answers.forEach((a) => {
      this.leitner = recordAnswer(this.leitner, cardKey(round.bankId, a.questionId), a.correct, day);
    });
    const tally = { points: s.points, correct: s.correct, asked: s.answers.length };
    const result = recordRound(this.profile, { bankId: round.bankId, mode: round.mode, seed: round.seed, at, ...tally });
    this.profile = result.profile;
    let saved = this.storage.save(LEITNER, this.leitner) && this.storage.save(PROFILE, this.profile);
    let daily: DailyStatus | null = null;
    if (round.daily) {
      this.dailyRec = recordDaily(this.dailyRec, day, tally);
      saved = this.storage.save(DAILY, this.dailyRec) && saved;
      daily = dailyStatus(this.dailyRec, day);
    }
    // The marks last, and only when they changed: on a nearly full device they must not take the
    // room the progress needs, and losing them is not "the round was not kept".
    const flags = recordFlags(this.flags, round.bankId, s.answers);
    if (flags !== this.flags) this.storage.save(FLAGS, flags);
    this.flags = flags;
    return { newBest: result.newBest, previousBest: result.previousBest, daily, saved };
  }

  /**
   * Question ids due for practice in this bank, most overdue first; only ones the bank still
   * plays, and none the player marked as looking wrong.
   */
  missedIds(bank: Bank, today: string, count: number): string[] {
    const marked = new Set(this.flags.keys);
    const playable = new Set(playableQuestions(bank).filter((q) => !marked.has(cardKey(bank.id, q.id))).map((q) => q.id));
    return dueKeys(this.leitner, dayNumber(today), bank.id)
      .map((k) => splitCardKey(k)?.questionId)
      .filter((id): id is string => !!id && playable.has(id))
      .slice(0, count);
  }

  best(bankId: string, mode: Mode): RoundRecord | null {
    return bestFor(this.profile, bankId, mode);
  }

  recent(): readonly RoundRecord[] {
    return this.profile.recent;
  }

  daily(today: string): DailyStatus {
    return dailyStatus(this.dailyRec, dayNumber(today));
  }
}

/** The device's local date as YYYY-MM-DD: the daily challenge follows the player's own calendar. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
