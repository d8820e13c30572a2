// Reading the typed cells of an imported file: amounts, dates, month headers and total labels,
// as French and English spreadsheets write them. An empty cell is null: "no value", not 0.
import { parseMoney, type Cents } from '../domain/money';
import { monthFromParts, type Month } from '../domain/months';
import type { DecimalSeparator, NumberParseError } from '../domain/number-parse';
import { err, ok, type Result } from '../domain/result';
import { YEAR_FIRST, YEAR_LAST, type DateStyle } from './sniff';

export type DateErrorCode =
  | 'not-a-date' // not a date in any form we read, e.g. "demain", "12/2026"
  | 'invalid-date' // a form we read but no such day, e.g. "31/02/2026"
  | 'ambiguous'; // "03/04/2026" with no dmy or mdy style chosen: the UI asks

export interface DateParseError {
  code: DateErrorCode;
  input: string;
}

/** An amount in cents, exactly ("1 234,56 €" → 123 456); null for an empty cell. */
export function readAmount(
  text: string,
  decimal: DecimalSeparator,
  options: { allowNegative?: boolean } = {},
): Result<Cents | null, NumberParseError> {
  return text.trim() === '' ? ok(null) : parseMoney(text, decimal, options);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Two-digit years are this century's, as for month headers: "31/12/26" is 2026. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date as YYYY-MM-DD; null for an empty cell. ISO dates (2026-12-31) are read whatever the
 * style; day-and-month dates (31/12/2026, 12/31/26) need the style 'dmy' or 'mdy'. A time
 * after the date is ignored.
 */
export function readDate(text: string, style: DateStyle): Result<string | null, DateParseError> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(null);
  const fail = (code: DateErrorCode) => err({ code, input: text });
  const yearFirst = YEAR_FIRST.exec(trimmed);
  const yearLast = yearFirst ? null : YEAR_LAST.exec(trimmed);
  let date: string | null;
  if (yearFirst) {
    date = calendarDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  } else if (yearLast) {
    if (style !== 'dmy' && style !== 'mdy') return fail('ambiguous');
    const first = Number(yearLast[1]);
    const second = Number(yearLast[3]);
    const year = fullYear(yearLast[4] ?? '');
    date = style === 'dmy' ? calendarDate(year, second, first) : calendarDate(year, first, second);
  } else {
    return fail('not-a-date');
  }
  return date === null ? fail('invalid-date') : ok(date);
}

/** Lower case, no accents, single spaces: "  Févr.  2026 " → "fevr. 2026". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Full names and the abbreviations of Excel (janv, févr, juil), LibreOffice and Intl (janv.,
// févr., juil.), Google Sheets and English (Jan, Sept, Sep), accents already removed.
const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'jan', 'january'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'mar', 'march'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'juill', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
];
const MONTH_NAMES = new Map(
  MONTH_SPELLINGS.flatMap((names, index) =>
    names.map((name): [string, number] => [name, index + 1]),
  ),
);

// "2026-01", "2026/1", and "2026-01-01", the first of the month a date-typed header exports as.
const NUMERIC_YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})(?:\2(?:0?1))?$/;
// "01/2026", "1/2026", "01-2026", "01.2026".
const NUMERIC_YEAR_LAST = /^(\d{1,2})[-/.](\d{4})$/;
// "janv. 2026", "janvier 2026", "janv.-26", "jan-26", "sept 2026".
const NAMED = /^(\p{L}+)\.? ?(?:[-/] ?)?(\d{4}|\d{2})$/u;

/** The month a column header names, as spreadsheets write it in French or English; else null. */
export function readMonthHeader(text: string): Month | null {
  const header = normalise(text);
  const yearFirst = NUMERIC_YEAR_FIRST.exec(header);
  if (yearFirst) return monthFromParts(Number(yearFirst[1]), Number(yearFirst[3]));
  const yearLast = NUMERIC_YEAR_LAST.exec(header);
  if (yearLast) return monthFromParts(Number(yearLast[2]), Number(yearLast[1]));
  const named = NAMED.exec(header);
  const month = named ? MONTH_NAMES.get(named[1] ?? '') : undefined;
  return named && month !== undefined ? monthFromParts(fullYear(named[2] ?? ''), month) : null;
}

const TOTAL_WORDS = [
  'total',
  'totals',
  'totaux',
  'total general',
  'totale generale',
  'grand total',
  'grand-total',
  'sous-total',
  'sous total',
  'sous-totaux',
  'subtotal',
  'sub-total',
  'sub total',
  'somme',
  'somme totale',
  'sum',
  'montant total',
];
// A qualifier may follow: "Total HT", "Total 2026", "Total annuel".
const TOTAL_LABEL = new RegExp(
  `^(?:${TOTAL_WORDS.join('|')})(?: (?:ht|ttc|annuel|annual|general|generale|\\d{4}))?$`,
);

/**
 * A row or column label that holds a total rather than a channel: "Total", "TOTAL",
 * "Total général", "Grand total", "Sous-total", "Somme", "Total 2026"… A channel named
 * "TotalEnergies" or "Total Energies sponsoring" is not one.
 */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(normalise(text).replace(/ ?:$/, ''));
}
