/**
 * Calendar days as plain integers, so progress records compare and store days without Date
 * objects. The day is the player's local calendar day, worked out by the caller (the device
 * knows its time zone; core does not): everything here is UTC arithmetic on that date, so no
 * time zone or daylight-saving change can move a day.
 */

/** Days since 1970-01-01 in the player's local calendar. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Four-digit years only, because that is what 'YYYY-MM-DD' can write back.
const utcMidnight = (year: number, month: number, day: number): Date => {
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes the year as written.
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day);
  return d;
};
export const MIN_DAY: DayNumber = utcMidnight(0, 1, 1).getTime() / MS_PER_DAY;
export const MAX_DAY: DayNumber = utcMidnight(9999, 12, 31).getTime() / MS_PER_DAY;

/** The day of a real calendar date written YYYY-MM-DD, or null (so 2026-02-30 is refused, not rolled over). */
export function parseIsoDay(isoDate: string): DayNumber | null {
  const m = ISO_DAY.exec(isoDate);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = utcMidnight(year, month, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.getTime() / MS_PER_DAY;
}

export function dayNumber(isoDate: string): DayNumber {
  const n = parseIsoDay(isoDate);
  if (n === null) throw new RangeError(`not a calendar date written YYYY-MM-DD: ${JSON.stringify(isoDate)}`);
  return n;
}

export function isDayNumber(d: unknown): d is DayNumber {
  return typeof d === 'number' && Number.isInteger(d) && d >= MIN_DAY && d <= MAX_DAY;
}

export function isoDay(d: DayNumber): string {
  if (!isDayNumber(d)) throw new RangeError(`not a day number between years 0000 and 9999: ${d}`);
  const date = new Date(d * MS_PER_DAY);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
