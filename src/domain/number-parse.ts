// Reading numbers the way people type and paste them in French and English: grouping, signs,
// currency, percent. Digits stay text until the end, so "12,5" is 12.5 and never 12.
import { err, ok, type Result } from './result';

/** Decimal separator of a number style: ',' for French, '.' for English. */
export type DecimalSeparator = ',' | '.';

export type NumberParseErrorCode =
  | 'empty' // nothing but spaces
  | 'not-a-number' // e.g. "abc", "12a"
  | 'bad-grouping' // e.g. "1 23 456" or "12,34,5" in en
  | 'ambiguous' // e.g. "12,5" with '.' decimals, or "1.234.567" in fr — a hint to switch style
  | 'too-many-decimals' // used by parseMoney: more than 2 decimals
  | 'negative' // used by callers that refuse negatives
  | 'too-large'; // beyond Number.MAX_SAFE_INTEGER cents

export interface NumberParseError {
  code: NumberParseErrorCode;
  input: string;
}

/** An exactly parsed decimal: no binary rounding happened. */
export interface ParsedDecimal {
  /** False for any spelling of zero, so that "-0" never becomes -0. */
  negative: boolean;
  /** No leading zeros except "0". */
  integerDigits: string;
  /** As typed, may be "". */
  fractionDigits: string;
  /** A trailing % was present. */
  percent: boolean;
  /** The currency symbol or code that was stripped, if any, e.g. "€", "$", "CHF", "$US". */
  currency: string | null;
}

// The spaces French grouping uses: typed, and the two that Intl and Excel write.
const SPACE_CHARS = ' \u00A0\u202F';
const ANY_SPACE = /[ \u00A0\u202F]/;
const ALL_SPACES = /[ \u00A0\u202F]/g;
// A symbol with the letters Intl adds to tell dollars apart ("US$", "$US", "CA$", "A$",
// "£GB"), or a bare ISO code ("CHF").
const CURRENCY = '[A-Z]{0,3}\\p{Sc}[A-Z]{0,3}|[A-Z]{3}';
const LEADING_CURRENCY = new RegExp(`^(?:${CURRENCY})`, 'u');
const TRAILING_CURRENCY = new RegExp(`(?:${CURRENCY})$`, 'u');
const SIGNS = '-+\u2212';
const BODY = /^[0-9.,][0-9., \u00A0\u202F]*$/;
// A number that is only valid in the other style, used to say 'ambiguous' rather than
// 'not-a-number' so the UI can suggest switching the number format.
const EN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

type Body = { integer: string; fraction: string } | { error: NumberParseErrorCode };

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

// Loops rather than /\s+$/-style regexes, which backtrack quadratically on long runs of spaces.
function trimSpacesStart(text: string): string {
  let start = 0;
  while (start < text.length && SPACE_CHARS.includes(text.charAt(start))) start += 1;
  return text.slice(start);
}

function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE_CHARS.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** Checks "1 234 567"-style groups: 1–3 digits, then groups of exactly 3. */
function checkGroups(integer: string, separators: RegExp | string): NumberParseErrorCode | null {
  const groups = integer.split(separators);
  if (groups.length === 1) return null;
  const [first = '', ...rest] = groups;
  if (first.length < 1 || first.length > 3) return 'bad-grouping';
  return rest.every((group) => group.length === 3) ? null : 'bad-grouping';
}

function splitCommaDecimals(body: string): Body {
  let text = body;
  if (text.includes('.')) {
    // A single dot with no comma is the numpad's decimal key; anything more is another style.
    if (text.includes(',') || count(text, '.') > 1) return { error: 'ambiguous' };
    text = text.replace('.', ',');
  }
  if (count(text, ',') > 1) {
    return { error: EN_GROUPED.test(text) ? 'ambiguous' : 'not-a-number' };
  }
  const [integer = '', fraction = ''] = text.split(',');
  const grouping = checkGroups(integer, ANY_SPACE);
  return grouping ? { error: grouping } : { integer: integer.replace(ALL_SPACES, ''), fraction };
}

function splitDotDecimals(body: string): Body {
  if (count(body, '.') > 1) {
    return { error: DOT_GROUPED.test(body) ? 'ambiguous' : 'not-a-number' };
  }
  const dot = body.indexOf('.');
  if (dot >= 0 && body.lastIndexOf(',') > dot) return { error: 'ambiguous' };
  const integer = dot >= 0 ? body.slice(0, dot) : body;
  const fraction = dot >= 0 ? body.slice(dot + 1) : '';
  if (dot < 0 && count(integer, ',') === 1) {
    // "12,5" or ",5" is a French decimal comma, not a thousands separator.
    const [before = '', after = ''] = integer.split(',');
    if (after.length !== 3 || before.replace(ALL_SPACES, '') === '') return { error: 'ambiguous' };
  }
  // "1 234,567" groups with two different marks: not a number anyone writes.
  if (integer.includes(',') && ANY_SPACE.test(integer)) return { error: 'bad-grouping' };
  const separator = integer.includes(',') ? ',' : ANY_SPACE;
  const grouping = checkGroups(integer, separator);
  if (grouping) return { error: grouping };
  return { integer: integer.replace(/[, \u00A0\u202F]/g, ''), fraction };
}

/** The sign, currency, percent and digits of a trimmed input, before any grouping rule. */
interface Affixes {
  body: string;
  signs: string[];
  currencies: string[];
  percent: boolean;
}

function stripAffixes(trimmed: string, parenthesised: boolean): Affixes {
  let text = trimmed;
  const signs: string[] = parenthesised ? ['('] : [];
  const currencies: string[] = [];
  const percent = text.endsWith('%');
  if (percent) text = trimSpacesEnd(text.slice(0, -1));
  const takeSign = () => {
    if (text !== '' && SIGNS.includes(text.charAt(0))) {
      signs.push(text.charAt(0));
      text = trimSpacesStart(text.slice(1));
    }
  };
  // The sign may come before or after a leading currency: "-€12", "€-12".
  takeSign();
  const leading = LEADING_CURRENCY.exec(text);
  if (leading) {
    currencies.push(leading[0]);
    text = trimSpacesStart(text.slice(leading[0].length));
  }
  takeSign();
  const trailing = TRAILING_CURRENCY.exec(text);
  if (trailing) {
    currencies.push(trailing[0]);
    text = trimSpacesEnd(text.slice(0, -trailing[0].length));
  }
  return { body: text, signs, currencies, percent };
}

/**
 * Reads a number typed or pasted in the given style, exactly. Never throws: every refusal
 * is an error code the UI can explain.
 */
export function parseDecimal(
  input: string,
  decimal: DecimalSeparator,
): Result<ParsedDecimal, NumberParseError> {
  const fail = (code: NumberParseErrorCode) => err({ code, input });
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty');
  // Accounting negatives, as Excel writes them: "(1 234,56)".
  const parenthesised = trimmed.startsWith('(') && trimmed.endsWith(')');
  const inner = parenthesised ? trimmed.slice(1, -1).trim() : trimmed;
  const { body, signs, currencies, percent } = stripAffixes(inner, parenthesised);

  if (signs.length > 1 || currencies.length > 1) return fail('not-a-number');
  if (percent && currencies.length > 0) return fail('not-a-number');
  if (!BODY.test(body) || /[.,]$/.test(body)) return fail('not-a-number');

  const split = decimal === ',' ? splitCommaDecimals(body) : splitDotDecimals(body);
  if ('error' in split) return fail(split.error);
  if (split.integer === '' && split.fraction === '') return fail('not-a-number');
  if (/\D/.test(split.fraction)) return fail('not-a-number');

  const integerDigits = split.integer.replace(/^0+/, '') || '0';
  const isZero = integerDigits === '0' && /^0*$/.test(split.fraction);
  const sign = signs[0];
  return ok({
    negative: !isZero && (sign === '(' || sign === '-' || sign === '\u2212'),
    integerDigits,
    fractionDigits: split.fraction,
    percent,
    currency: currencies[0] ?? null,
  });
}

// Every power of ten up to 1e22 is an exact double, so one division by it rounds correctly.
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
];
// Like a spreadsheet, a number keeps 15 significant digits: all a double holds for sure.
const SIGNIFICANT_DIGITS = 15;

/** The integer a string of ASCII digits spells; exact up to Number.MAX_SAFE_INTEGER. */
export function digitsToNumber(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i += 1) value = value * 10 + (digits.charCodeAt(i) - 48);
  return value;
}

/**
 * The number a parsed decimal stands for, correctly rounded from its first 15 significant
 * digits (a percent divided by 100); null when its integer part is beyond the safe range.
 */
export function decimalToNumber(parsed: ParsedDecimal): number | null {
  const { integerDigits } = parsed;
  if (integerDigits.length > 16 || digitsToNumber(integerDigits) > Number.MAX_SAFE_INTEGER) {
    return null;
  }
  const scale = parsed.percent ? 2 : 0;
  let end = parsed.fractionDigits.length;
  while (end > 0 && parsed.fractionDigits.charAt(end - 1) === '0') end -= 1;
  const fraction = parsed.fractionDigits.slice(0, end);
  let leadingZeros = 0;
  while (fraction.charAt(leadingZeros) === '0') leadingZeros += 1;
  const kept =
    integerDigits === '0'
      ? leadingZeros + SIGNIFICANT_DIGITS
      : Math.max(0, SIGNIFICANT_DIGITS - integerDigits.length);
  const digits = fraction.slice(0, Math.min(kept, POWERS_OF_TEN.length - 1 - scale));
  const magnitude =
    digitsToNumber(integerDigits + digits) / (POWERS_OF_TEN[digits.length + scale] ?? 1);
  return parsed.negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** The number value; a percent is returned as a fraction (12,5 % → 0.125). */
export function parseLocaleNumber(
  input: string,
  decimal: DecimalSeparator,
): Result<number, NumberParseError> {
  const parsed = parseDecimal(input, decimal);
  if (!parsed.ok) return parsed;
  const value = decimalToNumber(parsed.value);
  return value === null ? err({ code: 'too-large', input }) : ok(value);
}

const separators = new Map<string, DecimalSeparator>();

/** 'fr-FR' → ',', 'en-GB' and 'en-US' → '.'; throws a RangeError for a malformed tag, as Intl does. */
export function decimalSeparatorOf(locale: string): DecimalSeparator {
  const known = separators.get(locale);
  if (known) return known;
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  const separator: DecimalSeparator = parts.some((p) => p.type === 'decimal' && p.value === ',')
    ? ','
    : '.';
  separators.set(locale, separator);
  return separator;
}
