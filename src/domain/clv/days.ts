// Calendar days as 'YYYY-MM-DD' strings and the arithmetic the CLV screens need on them.
// Days are counted as whole numbers since 1970-01-01 by calendar arithmetic, never through a
// local Date: a local midnight minus another is 23 or 25 hours across a daylight-saving change,
// and "days between" rounded from milliseconds then drifts by one.
import type { Day } from './model';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_YEAR = 1000;
// Day numbers of 1000-01-01 and 9999-12-31.
const FIRST_NUMBER = -354_285;
const LAST_NUMBER = 2_932_896;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil: the proleptic Gregorian calendar in 400-year eras, with
// the year starting in March so that the leap day falls at its end.
function numberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146_097 + dayOfEra + dayOfYear - 719_468;
}

/**
 * Days since 1970-01-01 (negative before) of a day written exactly 'YYYY-MM-DD', from
 * 1000-01-01 to 9999-12-31; null for anything else, 2026-02-30 and ' 2026-01-01' included.
 */
export function dayNumber(day: string): number | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  if (year < FIRST_YEAR || month < 1 || month > 12) return null;
  if (date < 1 || date > daysInMonth(year, month)) return null;
  return numberFromParts(year, month, date);
}

/** A real calendar day written exactly 'YYYY-MM-DD' (1000-01-01 … 9999-12-31). */
export function isDay(s: string): s is Day {
  return dayNumber(s) !== null;
}

/** The day written in s, surrounding spaces allowed; null for anything else. */
export function parseDay(s: string): Day | null {
  const trimmed = s.trim();
  return isDay(trimmed) ? trimmed : null;
}

/**
 * The day of a day number (Hinnant's civil_from_days). A number that is not a whole number of
 * days, or falls outside 1000-01-01 … 9999-12-31, is a bug in the caller: RangeError.
 */
export function dayFromNumber(n: number): Day {
  if (!Number.isInteger(n) || n < FIRST_NUMBER || n > LAST_NUMBER) {
    throw new RangeError(`Day out of range: ${n}`);
  }
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The day n days after day (before it when n is negative); null when either is unreadable or the result leaves 1000 … 9999. */
export function addDays(day: Day, n: number): Day | null {
  const start = dayNumber(day);
  if (start === null || !Number.isInteger(n)) return null;
  const target = start + n;
  return target < FIRST_NUMBER || target > LAST_NUMBER ? null : dayFromNumber(target);
}

/** b − a in days: 0 for the same day, 1 from 2026-03-28 to 2026-03-29; null when either is unreadable. */
export function daysBetween(a: Day, b: Day): number | null {
  const from = dayNumber(a);
  const to = dayNumber(b);
  return from === null || to === null ? null : to - from;
}

/**
 * A dayNumber that remembers each string it has read: an orders file repeats a few thousand
 * dates over hundreds of thousands of rows, so each date is parsed once. Local to one caller
 * (one computation), so it holds no state between computations.
 */
export function dayNumberReader(): (day: string) => number | null {
  const known = new Map<string, number | null>();
  return (day) => {
    let n = known.get(day);
    if (n === undefined) {
      n = dayNumber(day);
      known.set(day, n);
    }
    return n;
  };
}
