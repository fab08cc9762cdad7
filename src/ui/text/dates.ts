/**
 * Dates as the player reads them. The formatting itself is the i18n service's (it knows the
 * language); this file knows the bank's partial dates: a year, a month or a day.
 */
import type { I18n } from '../../services/i18n';

/** A partial date as the player's language writes it: "2024", "September 2025", "3 September 2025". */
export function formatPartialDate(value: string, i18n: Pick<I18n, 'date'>): string {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return i18n.date(date, opts);
}
