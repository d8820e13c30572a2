// The days lead scoring counts: the age of a lead's dates on the date of the score, in whole
// calendar days (UTC day numbers from ../clv/days, never a clock or a local Date). Dates in
// the file's own columns may be ISO `2026-03-14` or French `14/03/2026`; both are read.
import { err, ok, type Result } from '../result';
import { dayNumber } from '../clv/days';

const FRENCH_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Why a date could not be read: 2026-02-30, `soon`, `14.03.26`. */
export type BadDate = 'bad-date';

/** The day number of `YYYY-MM-DD` or `DD/MM/YYYY` (surrounding spaces allowed); null otherwise. */
export function leadDayNumber(text: string): number | null {
  const trimmed = text.trim();
  const french = FRENCH_DAY.exec(trimmed);
  if (!french) return dayNumber(trimmed);
  const [, day = '', month = '', year = ''] = french;
  return dayNumber(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** `to` − `from` in whole days (negative when `from` is later); 'bad-date' for an impossible date. */
export function daysBetween(from: string, to: string): Result<number, BadDate> {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === null || end === null ? err('bad-date') : ok(end - start);
}

/**
 * How old a day is on the day of the score. A date after the score date (a lead imported
 * with tomorrow's date, a score dated in the past) counts as today's: age 0, never negative,
 * so that it neither earns more than fresh points nor fails a recency band.
 */
export function ageOn(dayNo: number, scoreDayNo: number): number {
  return Math.max(0, scoreDayNo - dayNo);
}
