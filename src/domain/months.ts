// Calendar months as 'YYYY-MM' strings, and the few helpers a plan needs to walk them.
// Strings rather than Dates: a month has no time of day, so no time zone can shift it.

export type Month = string & { readonly __format: 'YYYY-MM' };

const MONTH = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])$/;
// Month indexes (year × 12 + month − 1) of 1000-01 and 9999-12.
const FIRST_INDEX = 1000 * 12;
const LAST_INDEX = 9999 * 12 + 11;

/** 1000-01 … 9999-12, with a two-digit month 01 … 12. */
export function isMonth(s: string): s is Month {
  return MONTH.test(s);
}

/** The month written in s, surrounding spaces allowed; null for anything else. */
export function parseMonth(s: string): Month | null {
  const trimmed = s.trim();
  return isMonth(trimmed) ? trimmed : null;
}

/** The year and the month number (1 … 12) of a month. */
export function monthParts(m: Month): { year: number; month: number } {
  return { year: Number(m.slice(0, 4)), month: Number(m.slice(5, 7)) };
}

/** The month of a year and month number (1 … 12); null when outside 1000-01 … 9999-12. */
export function monthFromParts(year: number, month: number): Month | null {
  if (!Number.isInteger(year) || !Number.isInteger(month)) return null;
  const candidate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return isMonth(candidate) ? candidate : null;
}

function indexOf(m: Month): number {
  const { year, month } = monthParts(m);
  return year * 12 + month - 1;
}

function fromIndex(index: number): Month {
  if (!Number.isSafeInteger(index) || index < FIRST_INDEX || index > LAST_INDEX) {
    throw new RangeError(`Month out of range: index ${index}`);
  }
  const month = monthFromParts(Math.floor(index / 12), (index % 12) + 1);
  if (month === null) throw new RangeError(`Month out of range: index ${index}`);
  return month;
}

/** The month n months after m (before it when n is negative); n must be a whole number. */
export function addMonths(m: Month, n: number): Month {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`);
  return fromIndex(indexOf(m) + n);
}

/** b − a in months: 0 for the same month, 1 from 2026-01 to 2026-02, −1 back. */
export function monthsBetween(a: Month, b: Month): number {
  return indexOf(b) - indexOf(a);
}

/** The count months starting at first, in order. */
export function monthRange(first: Month, count: number): Month[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Not a number of months: ${count}`);
  }
  const start = indexOf(first);
  return Array.from({ length: count }, (_, i) => fromIndex(start + i));
}

/** Where m falls in a plan of count months from first; -1 when outside the plan. */
export function monthIndexIn(first: Month, count: number, m: Month): number {
  const index = monthsBetween(first, m);
  return index >= 0 && index < count ? index : -1;
}

/**
 * The month the user's own calendar shows at that instant. Local, not UTC: at 00:30 on
 * 1 February in Paris it is still 31 January in UTC, and "this month" must be February.
 * Throws a RangeError for an invalid Date.
 */
export function monthOf(date: Date): Month {
  const month = monthFromParts(date.getFullYear(), date.getMonth() + 1);
  if (month === null) throw new RangeError(`No month for ${String(date)}`);
  return month;
}

/** The month of a timestamp (milliseconds since 1970) in the user's local calendar. */
export function monthAtTime(timestamp: number): Month {
  return monthOf(new Date(timestamp));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "mars 2026" in fr-FR, "March 2026" in en; 'short' gives "sept. 2026", "Sep 2026".
 *
 * The date formatted is midnight UTC on the 1st, and it is formatted in UTC. Formatting
 * midnight of the 1st in the process's own zone goes wrong both ways: `new Date('2026-03-01')`
 * is UTC midnight, which is still 28 February in New York; `new Date(2026, 2, 1)` is local
 * midnight, which does not exist on a day when the clocks jump at midnight, and is already
 * the previous day in any zone the formatter may use. With UTC on both sides, neither the
 * user's zone nor daylight saving can move "2026-03" into February.
 */
export function formatMonth(m: Month, locale: string, style: 'long' | 'short' = 'long'): string {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  const { year, month } = monthParts(m);
  return format.format(new Date(Date.UTC(year, month - 1, 1)));
}
