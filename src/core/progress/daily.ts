/**
 * The daily challenge: one seeded round per calendar date, the same for every player, and the
 * player's streak of days played, as plain data for the storage service.
 */
import { isDayNumber, isoDay, parseIsoDay, type DayNumber } from './days';
import { beats, isCount, isPlainObject, isTally, tally, type Tally } from './shared';

/** How many days of results are kept: enough for a month view, small enough for any device. */
export const DAILY_KEEP_DAYS = 60;

export type DailyResult = Tally;

export interface DailyRecord {
  version: 1;
  /** The latest day played, by the device's calendar. */
  lastDay: DayNumber | null;
  /** Consecutive days played up to `lastDay`. */
  streak: number;
  best: number;
  /** Results by ISO day (YYYY-MM-DD), the better one when a day was played twice. */
  played: Record<string, DailyResult>;
}

export const emptyDaily = (): DailyRecord => ({ version: 1, lastDay: null, streak: 0, best: 0, played: {} });

/** The seed of a date's round. Garbage throws: a wrong seed would hand players different rounds. */
export function dailySeed(isoDate: string): string {
  if (parseIsoDay(isoDate) === null) throw new RangeError(`not a calendar date written YYYY-MM-DD: ${JSON.stringify(isoDate)}`);
  return `daily-${isoDate}`;
}

/** The results of the DAILY_KEEP_DAYS days up to `latest`. */
function keepRecent(played: Iterable<[string, DailyResult]>, latest: DayNumber): Record<string, DailyResult> {
  const kept: [string, DailyResult][] = [];
  for (const [iso, result] of played) {
    const day = parseIsoDay(iso);
    if (day !== null && day > latest - DAILY_KEEP_DAYS && day <= latest) kept.push([iso, result]);
  }
  return Object.fromEntries(kept);
}

/**
 * Records a finished daily round. The day after the last one grows the streak, a gap starts it
 * again at 1, a second round on the same day changes nothing but the day's result (the better
 * one is kept). A day before the last one (the device clock was set back, or the player flew
 * west) keeps its result but leaves the streak alone rather than break it.
 */
export function recordDaily(rec: DailyRecord, today: DayNumber, result: DailyResult): DailyRecord {
  const iso = isoDay(today);
  const earlier = Object.hasOwn(rec.played, iso) ? rec.played[iso] : undefined;
  const dayResult = earlier && !beats(result, earlier) ? earlier : tally(result);
  let { lastDay, streak } = rec;
  if (lastDay === null || today > lastDay) {
    streak = lastDay === today - 1 ? streak + 1 : 1;
    lastDay = today;
  }
  return {
    version: 1,
    lastDay,
    streak,
    best: Math.max(rec.best, streak),
    played: keepRecent([...Object.entries(rec.played), [iso, dayResult]], lastDay),
  };
}

export interface DailyStatus {
  playedToday: boolean;
  /** 0 once a day has been missed: yesterday's streak still counts today, until it is played. */
  streak: number;
  best: number;
}

export function dailyStatus(rec: DailyRecord, today: DayNumber): DailyStatus {
  const playedToday = rec.lastDay === today || Object.hasOwn(rec.played, isoDay(today));
  const alive = rec.lastDay !== null && rec.lastDay >= today - 1;
  return { playedToday, streak: alive ? rec.streak : 0, best: rec.best };
}

/**
 * Reads a stored copy back, keeping what is usable: a bad streak field falls back to no streak,
 * malformed days are dropped. Null when it is not a version 1 record at all.
 */
export function parseDaily(data: unknown): DailyRecord | null {
  if (!isPlainObject(data) || data.version !== 1) return null;
  const lastDay = isDayNumber(data.lastDay) ? data.lastDay : null;
  // A streak means nothing without the day it reached.
  const streak = lastDay !== null && isCount(data.streak) ? data.streak : 0;
  const best = Math.max(isCount(data.best) ? data.best : 0, streak);
  const played = isPlainObject(data.played)
    ? Object.entries(data.played).filter((e): e is [string, DailyResult] => isTally(e[1])).map(([iso, t]): [string, DailyResult] => [iso, tally(t)])
    : [];
  const days = played.map(([iso]) => parseIsoDay(iso)).filter((d): d is DayNumber => d !== null);
  const latest = Math.max(lastDay ?? -Infinity, ...days);
  return { version: 1, lastDay, streak, best, played: Number.isFinite(latest) ? keepRecent(played, latest) : {} };
}
