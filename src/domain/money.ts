// Money as integer cents: reading amounts exactly, showing them through Intl, adding them up.
// Cents are converted only at the edges (input, display, CSV); everything in between is integer.
import {
  digitsToNumber,
  parseDecimal,
  type DecimalSeparator,
  type NumberParseError,
  type ParsedDecimal,
} from './number-parse';
import { err, ok, type Result } from './result';

/** Integer cents (minor units of a 2-decimal currency): totals equal the sum of what is shown. */
export type Cents = number & { readonly __unit: 'cents' };

/** 2-decimal ISO 4217 codes a plan may use. */
export const SUPPORTED_CURRENCIES: readonly string[] = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'SEK',
  'DKK',
  'NOK',
  'PLN',
  'MAD',
];

export function isSupportedCurrency(code: string): boolean {
  return SUPPORTED_CURRENCIES.includes(code);
}

function isCents(n: number): n is Cents {
  return Number.isSafeInteger(n);
}

/** Brands a safe integer as cents; anything else is a programming error and throws a RangeError. */
export function toCents(n: number): Cents {
  // `+ 0` turns -0 into 0, so that no amount ever prints as "-0,00 €".
  const value = n + 0;
  if (!isCents(value)) throw new RangeError(`Not a whole number of cents: ${n}`);
  return value;
}

/**
 * Cents from an amount in currency units computed by a formula (1200 / 7 euros → 17 143),
 * rounded half away from zero. Like a spreadsheet, it first keeps 15 significant digits, the
 * digits a double holds for sure: 1.005 is 1.00499999999999989… in binary, yet a person who
 * computed 1.005 € expects 1,01 €. Throws a RangeError for NaN, infinities and amounts
 * beyond the safe range: those are bugs in the formula, not user input.
 */
export function centsFromNumber(n: number): Cents {
  if (!Number.isFinite(n)) throw new RangeError(`Not an amount: ${n}`);
  const magnitude = Math.abs(n);
  // Beyond 1e14 units the cents are past 2^53; below 0.001 nothing rounds to a cent.
  // Between the two, toPrecision writes plain digits, never an exponent.
  if (magnitude >= 1e14) throw new RangeError(`Amount beyond the safe range: ${n}`);
  if (magnitude < 0.001) return toCents(0);
  const [integer = '', fraction = ''] = magnitude.toPrecision(15).split('.');
  const decimals = fraction.padEnd(3, '0');
  const halfUp = decimals.charCodeAt(2) >= '5'.charCodeAt(0) ? 1 : 0;
  const cents = digitsToNumber(integer) * 100 + digitsToNumber(decimals.slice(0, 2)) + halfUp;
  return toCents(n < 0 ? -cents : cents);
}

/**
 * Cents from an exactly parsed decimal: no binary rounding, so "12,5" is 1 250 and never
 * 1 200. A percent is not an amount ('not-a-number'); negatives are allowed unless
 * `allowNegative` is false.
 */
export function centsFromDecimal(
  parsed: ParsedDecimal,
  input: string,
  options: { allowNegative?: boolean } = {},
): Result<Cents, NumberParseError> {
  if (parsed.percent) return err({ code: 'not-a-number', input });
  if (parsed.fractionDigits.length > 2) return err({ code: 'too-many-decimals', input });
  if (parsed.negative && options.allowNegative === false) return err({ code: 'negative', input });
  const digits = parsed.integerDigits + parsed.fractionDigits.padEnd(2, '0');
  const magnitude = digits.length > 17 ? Infinity : digitsToNumber(digits);
  if (magnitude > Number.MAX_SAFE_INTEGER) return err({ code: 'too-large', input });
  return ok(toCents(parsed.negative ? -magnitude : magnitude));
}

/**
 * Reads an amount as typed or pasted ("1 234,56 €", "-$1,234.56", "(12,5)"), exactly.
 * The currency written, if any, is not checked against anything: use parseDecimal and
 * centsFromDecimal to refuse a foreign one. More than 2 decimals → 'too-many-decimals',
 * even trailing zeros ("12,500" may well mean twelve thousand five hundred).
 */
export function parseMoney(
  input: string,
  decimal: DecimalSeparator,
  options: { allowNegative?: boolean } = {},
): Result<Cents, NumberParseError> {
  const parsed = parseDecimal(input, decimal);
  return parsed.ok ? centsFromDecimal(parsed.value, input, options) : parsed;
}

// Intl formats a decimal string exactly (ES2023, in every browser Mixplan supports), where a
// number such as 90 071 992 547 409.91 would already be rounded in binary. Our TypeScript lib
// stops at ES2022, so this names that overload; method parameters are bivariant, which lets
// an Intl.NumberFormat be assigned to it without a cast.
interface ExactNumberFormat {
  format(value: number | bigint | string): string;
}

const formats = new Map<string, ExactNumberFormat>();

function numberFormat(locale: string, currency: string | null): ExactNumberFormat {
  const key = `${locale}|${currency ?? ''}`;
  const known = formats.get(key);
  if (known) return known;
  const digits = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  const format: ExactNumberFormat =
    currency === null
      ? new Intl.NumberFormat(locale, { ...digits, useGrouping: true })
      : new Intl.NumberFormat(locale, { ...digits, style: 'currency', currency });
  formats.set(key, format);
  return format;
}

/** "-1234.05" for -123 405 cents: the exact decimal, for Intl and for CSV. */
export function centsToDecimalString(amount: Cents): string {
  const magnitude = Math.abs(amount);
  const minor = magnitude % 100;
  const major = (magnitude - minor) / 100;
  return `${amount < 0 ? '-' : ''}${major}.${String(minor).padStart(2, '0')}`;
}

/**
 * Formatted amounts by value, locale and currency: a repaint shows mostly the amounts it
 * showed before (every visible total and cell after an edit, the chart's data table), and
 * Intl's format is the costliest step of painting one. Bounded, and cleared whole when full;
 * the result depends only on its inputs.
 */
const amountTexts = new Map<string, Map<number, string>>();
const AMOUNT_TEXTS_LIMIT = 20_000;
/** The texts of the last locale and currency asked: a repaint asks for one pair, many times. */
let lastTexts: { locale: string; currency: string | null; texts: Map<number, string> } | null =
  null;

function textsFor(locale: string, currency: string | null): Map<number, string> {
  if (lastTexts && lastTexts.locale === locale && lastTexts.currency === currency) {
    return lastTexts.texts;
  }
  const key = `${locale}|${currency ?? ''}`;
  let texts = amountTexts.get(key);
  if (!texts) amountTexts.set(key, (texts = new Map()));
  lastTexts = { locale, currency, texts };
  return texts;
}

function cachedAmountText(amount: Cents, locale: string, currency: string | null): string {
  const texts = textsFor(locale, currency);
  let text = texts.get(amount);
  if (text === undefined) {
    if (texts.size >= AMOUNT_TEXTS_LIMIT) texts.clear();
    text = numberFormat(locale, currency).format(centsToDecimalString(amount));
    texts.set(amount, text);
  }
  return text;
}

/**
 * The currency as a locale writes it: "€" for EUR, "$US" for USD in fr-FR and "US$" in en-GB,
 * "CHF" for Swiss francs; its code when the locale has no symbol for it.
 */
export function currencySymbol(currency: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** "1 234,56 €" in fr-FR, "€1,234.56" in en-GB: Intl's currency style, always 2 decimals. */
export function formatMoney(amount: Cents, currency: string, locale: string): string {
  return cachedAmountText(amount, locale, currency);
}

/** "1 234,56" in fr-FR, "1,234.56" in en: what a grid cell shows, without the currency. */
export function formatAmount(amount: Cents, locale: string): string {
  return cachedAmountText(amount, locale, null);
}

/** The exact total; throws a RangeError if it leaves the safe range, where cents stop being exact. */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const value of values) {
    total += value;
    // Checked at each step: past 2^53 a sum can drift and come back looking whole.
    if (!Number.isSafeInteger(total)) throw new RangeError('Total beyond the safe range of cents');
  }
  return toCents(total);
}
