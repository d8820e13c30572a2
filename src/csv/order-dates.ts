// The date cells of an orders file, read into days: ISO (a time after it ignored), dd/mm/yyyy
// and mm/dd/yyyy (the order decided once per file), Excel serials, "5 mars 2026", "Mar 5, 2026".
import { dayFromNumber } from '../domain/clv/days';
import type { Day } from '../domain/clv/model';
import { textKey } from './text-key';

/** The order of a date written day and month first: 31/12/2026 is dmy, 12/31/2026 mdy. */
export type DateOrder = 'dmy' | 'mdy';

/**
 * What one date cell says before the file's day order is known: a single day (ISO, Excel
 * serial, month name, or day and month equal), or its two readings, either null when it is no
 * calendar day ('13/01/2026' has no mdy reading; '31/02/2026' has neither and reads as null).
 */
export type DateCell =
  { kind: 'day'; day: Day } | { kind: 'two-ways'; dmy: Day | null; mdy: Day | null };

// Serial 1 is 1900-01-01 and serial 61 is 1900-03-01: Excel counts a 29 February 1900 that never
// was (serial 60, kept from Lotus 1-2-3), so from 61 on a serial is one day ahead of the count.
const SERIAL_OF_1970 = 25_569;
const FAKE_LEAP_DAY = 60;
const LAST_SERIAL = 2_958_465; // 9999-12-31, Excel's last day

/** The day of an Excel (1900 system) serial; null for 60 (the fake 1900-02-29) and outside 1 … 2 958 465. */
export function excelSerialDay(serial: number): Day | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > LAST_SERIAL || serial === FAKE_LEAP_DAY) {
    return null;
  }
  return dayFromNumber(serial - (serial < FAKE_LEAP_DAY ? SERIAL_OF_1970 - 1 : SERIAL_OF_1970));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 'YYYY-MM-DD' when it is a calendar day of 1000 … 9999 (the days dayNumber reads), else null. */
function dayOf(year: number, month: number, date: number): Day | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || date < 1) return null;
  const short = month === 4 || month === 6 || month === 9 || month === 11;
  const length = month === 2 ? (isLeapYear(year) ? 29 : 28) : short ? 30 : 31;
  if (date > length) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/**
 * A two-digit year as Excel reads it: 00–29 are 2000–2029, 30–99 are 1930–1999. Orders are
 * recent, so '31/12/26' is 2026; a file of 1990s orders should write four digits.
 */
function fullYear(digits: number, length: number): number {
  if (length === 4) return digits;
  return digits < 30 ? 2000 + digits : 1900 + digits;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** End index of the digit run starting at i. */
function digitsEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j += 1;
  return j;
}

function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Whether text from i on is exactly `digits` digits; returns the end, or -1. */
function exactDigits(text: string, i: number, min: number, max: number): number {
  const end = digitsEnd(text, i);
  return end - i >= min && end - i <= max ? end : -1;
}

/**
 * Whether text from i on is nothing, or a time after a 'T' or a space as spreadsheets and ISO
 * write it: 14:02, 14:02:00, 14:02:00.123, then Z, +01:00, +0100 or ' PM'. The time is ignored:
 * the order's day is the day written, whatever the zone.
 */
function isTimeOrEnd(text: string, i: number): boolean {
  if (i === text.length) return true;
  const lead = text.charAt(i);
  if (lead !== 'T' && lead !== ' ') return false;
  let j = exactDigits(text, i + 1, 1, 2);
  if (j < 0 || text.charAt(j) !== ':') return false;
  j = exactDigits(text, j + 1, 2, 2);
  if (j >= 0 && text.charAt(j) === ':') j = exactDigits(text, j + 1, 2, 2);
  if (j >= 0 && text.charAt(j) === '.') j = exactDigits(text, j + 1, 1, 9);
  if (j < 0) return false;
  const rest = text.slice(j);
  if (rest === '' || rest === 'Z') return true;
  const meridiem = rest.toUpperCase();
  if (meridiem === ' AM' || meridiem === ' PM') return true;
  const sign = rest.charAt(0);
  if (sign !== '+' && sign !== '-') return false;
  const hours = exactDigits(rest, 1, 2, 2);
  if (hours < 0) return false;
  const minutesAt = rest.charAt(hours) === ':' ? hours + 1 : hours;
  return exactDigits(rest, minutesAt, 2, 2) === rest.length;
}

/** 2026-03-05, 2026/3/5, 2026.03.05, with a time or not. */
function yearFirst(text: string, yearEnd: number): DateCell | null {
  const separator = text.charAt(yearEnd);
  if (separator !== '-' && separator !== '/' && separator !== '.') return null;
  const monthEnd = exactDigits(text, yearEnd + 1, 1, 2);
  if (monthEnd < 0 || text.charAt(monthEnd) !== separator) return null;
  const dateEnd = exactDigits(text, monthEnd + 1, 1, 2);
  if (dateEnd < 0 || !isTimeOrEnd(text, dateEnd)) return null;
  const day = dayOf(
    digitsValue(text, 0, yearEnd),
    digitsValue(text, yearEnd + 1, monthEnd),
    digitsValue(text, monthEnd + 1, dateEnd),
  );
  return day === null ? null : { kind: 'day', day };
}

/** 05/03/2026, 5-3-26, 05.03.2026: both readings, for the file's order to choose. */
function yearLast(text: string, firstEnd: number): DateCell | null {
  const separator = text.charAt(firstEnd);
  if (separator !== '-' && separator !== '/' && separator !== '.') return null;
  const secondEnd = exactDigits(text, firstEnd + 1, 1, 2);
  if (secondEnd < 0 || text.charAt(secondEnd) !== separator) return null;
  const yearEnd = digitsEnd(text, secondEnd + 1);
  const yearLength = yearEnd - secondEnd - 1;
  if ((yearLength !== 4 && yearLength !== 2) || !isTimeOrEnd(text, yearEnd)) return null;
  const first = digitsValue(text, 0, firstEnd);
  const second = digitsValue(text, firstEnd + 1, secondEnd);
  const year = fullYear(digitsValue(text, secondEnd + 1, yearEnd), yearLength);
  const dmy = dayOf(year, second, first);
  const mdy = dayOf(year, first, second);
  if (dmy === null && mdy === null) return null;
  return dmy === mdy && dmy !== null ? { kind: 'day', day: dmy } : { kind: 'two-ways', dmy, mdy };
}

/** An Excel serial of five digits, a fraction (the time of day) allowed: 45658 or 45658,5. */
function serial(text: string, end: number): DateCell | null {
  if (end < text.length) {
    const mark = text.charAt(end);
    if ((mark !== '.' && mark !== ',') || exactDigits(text, end + 1, 1, 12) !== text.length) {
      return null;
    }
  }
  const day = excelSerialDay(digitsValue(text, 0, end));
  return day === null ? null : { kind: 'day', day };
}

const MONTH_WORDS: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'jan', 'january'],
  ['fevrier', 'fevr', 'fev', 'feb', 'february'],
  ['mars', 'mar', 'march'],
  ['avril', 'avr', 'apr', 'april'],
  ['mai', 'may'],
  ['juin', 'jun', 'june'],
  ['juillet', 'juil', 'jul', 'july'],
  ['aout', 'aug', 'august'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
];
const MONTHS = new Map(MONTH_WORDS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)));
// "5 mars 2026", "1er mars 2026", "05-Mar-26" (Excel's d-mmm-yy), "5 févr. 2026".
const DAY_MONTH_YEAR = /^(\d{1,2})(?:er)? ?[ .-] ?([a-z]+)\.?[ .-] ?(\d{4}|\d{2})$/;
// "March 5, 2026", "Mar 5 2026".
const MONTH_DAY_YEAR = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/;

/** A date with its month in words, French or English, accents and case ignored. */
function monthWords(text: string): DateCell | null {
  const key = textKey(text);
  const dmy = DAY_MONTH_YEAR.exec(key);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(key);
  const [date, word, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : [mdy?.[2], mdy?.[1], mdy?.[3]];
  const month = MONTHS.get(word ?? '');
  if (date === undefined || year === undefined || month === undefined) return null;
  const day = dayOf(fullYear(Number(year), year.length), month, Number(date));
  return day === null ? null : { kind: 'day', day };
}

/**
 * What a date cell says, surrounding spaces allowed; null when it is no date at all. Scanned
 * by hand, not by regular expressions: a file of timestamps has a different cell on each row.
 */
export function readDateCell(cell: string): DateCell | null {
  const text = cell.trim();
  // The first run of digits tells the form: a year, a day or month, a serial, or a month word.
  const end = digitsEnd(text, 0);
  if (end === 4) return yearFirst(text, end);
  if (end === 1 || end === 2) {
    const separator = text.charAt(end);
    return separator === '/' || separator === '-' || separator === '.'
      ? (yearLast(text, end) ?? monthWords(text))
      : monthWords(text);
  }
  if (end === 5) return serial(text, end);
  return end === 0 ? monthWords(text) : null;
}

/**
 * The day a cell stands for in a file read in this order: null when it has no day in that
 * order, 'ambiguous' when order is null (the file shows both orders) and the cell reads both ways.
 */
export function dayOfCell(cell: DateCell, order: DateOrder | null): Day | 'ambiguous' | null {
  if (cell.kind === 'day') return cell.day;
  if (order !== null) return cell[order];
  if (cell.dmy !== null && cell.mdy !== null) return 'ambiguous';
  return cell.dmy ?? cell.mdy;
}

const localeOrders = new Map<string, DateOrder>();

/**
 * The order a locale writes short dates in: 'dmy' for fr and en-GB, 'mdy' for en-US and en.
 * Year-first locales (ja, zh, sv) give their day and month order; a malformed tag gives 'dmy'.
 */
export function dateOrderOf(locale: string): DateOrder {
  const known = localeOrders.get(locale);
  if (known) return known;
  let order: DateOrder = 'dmy';
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).formatToParts(
      Date.UTC(2026, 11, 31),
    );
    const types = parts.map((p) => p.type);
    if (types.indexOf('month') < types.indexOf('day')) order = 'mdy';
  } catch {
    // A malformed tag is a settings bug; French habits are the app's default.
  }
  localeOrders.set(locale, order);
  return order;
}

/**
 * Where the day order came from: 'given' by the caller; 'evident' from a date that reads one
 * way only (13/01 is dmy); 'locale' when every date reads both ways, so the UI should say so;
 * 'mixed' when dates prove both orders (dates that read both ways are then 'ambiguous-date');
 * null when no date depends on it (ISO dates, serials, 05/05).
 */
export type DateOrderSource = 'given' | 'evident' | 'locale' | 'mixed' | null;

export interface DateColumnReader {
  /** The cell read once per distinct text (a file repeats its dates), its evidence noted. */
  read(cell: string): DateCell | null;
  /** The file's day order from the cells read so far, unless given. */
  decide(
    given: DateOrder | undefined,
    locale: string,
  ): { order: DateOrder | null; source: DateOrderSource };
}

// Distinct date cells remembered: a file of timestamps has one per row, and would fill memory.
const DATE_CACHE_LIMIT = 50_000;

/** A reader for one date column: each distinct cell read once, the day order decided once. */
export function dateColumnReader(): DateColumnReader {
  const known = new Map<string, DateCell | null>();
  let dayFirst = false;
  let monthFirst = false;
  let eitherWay = false;
  return {
    read(cell) {
      const hit = known.get(cell);
      if (hit !== undefined) return hit;
      const read = readDateCell(cell);
      if (read?.kind === 'two-ways') {
        if (read.mdy === null) dayFirst = true;
        else if (read.dmy === null) monthFirst = true;
        else eitherWay = true;
      }
      if (known.size < DATE_CACHE_LIMIT) known.set(cell, read);
      return read;
    },
    decide(given, locale) {
      if (given) return { order: given, source: 'given' };
      if (dayFirst && monthFirst) return { order: null, source: 'mixed' };
      if (dayFirst) return { order: 'dmy', source: 'evident' };
      if (monthFirst) return { order: 'mdy', source: 'evident' };
      if (eitherWay) return { order: dateOrderOf(locale), source: 'locale' };
      return { order: null, source: null };
    },
  };
}
