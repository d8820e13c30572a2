// How the simulators write their figures: money from (possibly fractional) cents, shares,
// ratios, counts and calendar days in the plan's locale. A value that could not be computed (null) prints
// as a dash, never as NaN or Infinity.
import { centsFromNumber, formatMoney } from '../domain/money';

export interface FigureFormat {
  /** Cents (a float is rounded to the cent) to "1 234,56 €". */
  money: (cents: number | null) => string;
  /** Whole currency units, for chart axes and large figures: "12 500 €". */
  moneyShort: (cents: number | null) => string;
  /** A fraction to "12,5 %". */
  percent: (fraction: number | null, digits?: number) => string;
  /** A plain number: "1 234,5". */
  number: (value: number | null, digits?: number) => string;
  /** A 'YYYY-MM-DD' day as the locale writes it ("31/12/2024"); anything else as given. */
  day: (day: string | null) => string;
  locale: string;
  currency: string;
}

export const DASH = '—';

function finite(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

export function figureFormat(locale: string, currency: string): FigureFormat {
  const short = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' });
  const percents = new Map<number, Intl.NumberFormat>();
  const numbers = new Map<number, Intl.NumberFormat>();
  const cached = (
    map: Map<number, Intl.NumberFormat>,
    digits: number,
    style: 'percent' | 'decimal',
  ) => {
    let format = map.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style, maximumFractionDigits: digits });
      map.set(digits, format);
    }
    return format;
  };
  return {
    locale,
    currency,
    money: (cents) =>
      finite(cents) && Math.abs(cents) < 1e16
        ? formatMoney(centsFromNumber(cents / 100), currency, locale)
        : DASH,
    moneyShort: (cents) => (finite(cents) ? short.format(cents / 100) : DASH),
    percent: (fraction, digits = 1) =>
      finite(fraction) ? cached(percents, digits, 'percent').format(fraction) : DASH,
    number: (value, digits = 2) =>
      finite(value) ? cached(numbers, digits, 'decimal').format(value) : DASH,
    day: (day) => {
      if (day === null) return DASH;
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
      if (!match) return day;
      return days.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    },
  };
}
