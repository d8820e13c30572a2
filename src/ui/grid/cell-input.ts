// Text ⇄ cell value for a column: what a typed or pasted string means (or why it is refused),
// what a cell shows, and what the editor starts with so that editing changes nothing by itself.
import {
  centsFromNumber,
  centsToDecimalString,
  formatAmount,
  parseMoney,
  toCents,
} from '../../domain/money';
import {
  decimalToNumber,
  digitsToNumber,
  parseDecimal,
  type DecimalSeparator,
} from '../../domain/number-parse';
import { err, ok, type Result } from '../../domain/result';
import { evaluateExpression } from './expression';
import type {
  CellInputError,
  CellInputErrorCode,
  CellValue,
  GridColumn,
  GridLocale,
} from './types';

type Parsed = Result<CellValue, CellInputError>;
type NumericType = 'money' | 'percent' | 'integer';

// centsFromNumber refuses amounts from 1e14 units on: past that, cents leave the safe range.
const MAX_AMOUNT_UNITS = 1e14;

function refuse(column: GridColumn, input: string, code: CellInputErrorCode, at?: number): Parsed {
  const error: CellInputError = { code, input, column: column.label };
  if (at !== undefined) error.at = at;
  return err(error);
}

/** "Événement " and "evenement" are the same choice: trimmed, case- and accent-insensitive. */
function foldForMatch(text: string): string {
  return text.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function parseChoice(column: GridColumn, text: string): Parsed {
  const wanted = foldForMatch(text);
  const choices = column.choices ?? [];
  const match =
    choices.find((choice) => foldForMatch(choice.value) === wanted) ??
    choices.find((choice) => foldForMatch(choice.label) === wanted);
  return match ? ok(match.value) : refuse(column, text, 'not-a-choice');
}

/** A text as typed; one longer than the column allows (a 100 KB name) is refused. */
function parseText(column: GridColumn, text: string): Parsed {
  const max = column.maxLength;
  if (max === undefined || text.trim().length <= max) return ok(text);
  return err({ code: 'too-long', input: text, column: column.label, max });
}

function checkSign(column: GridColumn, text: string, value: number): Parsed {
  return value < 0 && column.allowNegative !== true
    ? refuse(column, text, 'negative')
    : ok(value + 0);
}

function fromExpression(
  column: GridColumn,
  type: NumericType,
  text: string,
  decimal: DecimalSeparator,
): Parsed {
  // Positions are reported in the text as typed, so the editor can put the caret there.
  const offset = text.indexOf('=') + 1;
  const result = evaluateExpression(text.slice(offset), decimal);
  if (!result.ok) return refuse(column, text, result.error.code, offset + result.error.at);
  const value = result.value;
  if (type === 'money') {
    if (Math.abs(value) >= MAX_AMOUNT_UNITS) return refuse(column, text, 'too-large');
    return checkSign(column, text, centsFromNumber(value));
  }
  if (type === 'integer') {
    if (!Number.isInteger(value)) return refuse(column, text, 'not-an-integer');
    if (!Number.isSafeInteger(value)) return refuse(column, text, 'too-large');
  }
  // A percent formula gives the fraction itself, as in a spreadsheet: "=10%/2" is 5 %.
  return checkSign(column, text, value);
}

function parsePercent(column: GridColumn, text: string, decimal: DecimalSeparator): Parsed {
  const parsed = parseDecimal(text, decimal);
  if (!parsed.ok) return refuse(column, text, parsed.error.code);
  if (parsed.value.currency !== null) return refuse(column, text, 'not-a-number');
  // A bare number in a percent column is a percentage, as in a cell formatted %: "12,5" is 12,5 %.
  const value = decimalToNumber({ ...parsed.value, percent: true });
  return value === null ? refuse(column, text, 'too-large') : checkSign(column, text, value);
}

function parseInteger(column: GridColumn, text: string, decimal: DecimalSeparator): Parsed {
  const parsed = parseDecimal(text, decimal);
  if (!parsed.ok) return refuse(column, text, parsed.error.code);
  const { integerDigits, fractionDigits, percent, currency, negative } = parsed.value;
  if (percent || currency !== null) return refuse(column, text, 'not-a-number');
  // "12,0" is twelve; "12,5" is not a whole number of units.
  if (/[1-9]/.test(fractionDigits)) return refuse(column, text, 'not-an-integer');
  const magnitude = integerDigits.length > 16 ? Infinity : digitsToNumber(integerDigits);
  if (magnitude > Number.MAX_SAFE_INTEGER) return refuse(column, text, 'too-large');
  return checkSign(column, text, negative ? -magnitude : magnitude);
}

function parseNumeric(
  column: GridColumn,
  type: NumericType,
  text: string,
  decimal: DecimalSeparator,
): Parsed {
  if (text.trim().startsWith('=')) return fromExpression(column, type, text, decimal);
  if (type === 'percent') return parsePercent(column, text, decimal);
  if (type === 'integer') return parseInteger(column, text, decimal);
  const money = parseMoney(text, decimal, { allowNegative: column.allowNegative === true });
  return money.ok ? ok(money.value) : refuse(column, text, money.error.code);
}

/**
 * The value a typed or pasted text stands for in a column. Blank text clears the cell (null);
 * a leading `=` in a money, percent or integer column is arithmetic; a text cell keeps what
 * was typed, `=` included. A choice matches a value, then a label, ignoring case, accents
 * and outer spaces. Never throws: a refusal names its reason, the input and the column, and
 * for an expression `at`, the index in `text` as typed (so counting the `=`).
 */
export function parseCellInput(
  column: GridColumn,
  text: string,
  locale: GridLocale,
): Result<CellValue, CellInputError> {
  const type = column.type;
  if (type === 'computed' || column.readOnly === true) return refuse(column, text, 'read-only');
  if (text.trim() === '') return ok(null);
  switch (type) {
    case 'text':
      return parseText(column, text);
    case 'choice':
      return parseChoice(column, text);
    default:
      return parseNumeric(column, type, text, locale.decimal);
  }
}

const integerFormats = new Map<string, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

function cachedFormat(
  cache: Map<string, Intl.NumberFormat>,
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const known = cache.get(locale);
  if (known) return known;
  const format = new Intl.NumberFormat(locale, options);
  cache.set(locale, format);
  return format;
}

function choiceLabel(column: GridColumn, value: string): string {
  return column.choices?.find((choice) => choice.value === value)?.label ?? value;
}

/** What a cell shows: grouped amounts with 2 decimals, "12,5 %", grouped integers, labels. */
export function formatCellValue(column: GridColumn, value: CellValue, locale: GridLocale): string {
  if (value === null) return '';
  if (typeof value === 'string')
    return column.type === 'choice' ? choiceLabel(column, value) : value;
  switch (column.type) {
    case 'money':
      // A value that is not whole cents is a bug upstream; show it rather than crash the view.
      return Number.isSafeInteger(value)
        ? formatAmount(toCents(value), locale.locale)
        : String(value);
    case 'percent':
      return cachedFormat(percentFormats, locale.locale, {
        style: 'percent',
        maximumFractionDigits: 2,
      }).format(value);
    case 'integer':
      return cachedFormat(integerFormats, locale.locale, { maximumFractionDigits: 0 }).format(
        value,
      );
    default:
      return String(value);
  }
}

/**
 * The digits of a number to 15 significant digits, written out without an exponent and
 * with the decimal point moved `shift` places right: (0.125, 2) → "12.5", (-3e-7, 2) → "-0.00003".
 */
function plainDecimal(value: number, shift: number): string {
  if (value === 0) return '0';
  const [mantissa = '0', exponentText = '0'] = Math.abs(value).toExponential(14).split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  const point = 1 + Number(exponentText) + shift; // digits before the decimal point
  const integer = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  const text = fraction === '' ? integer : `${integer}.${fraction}`;
  return value < 0 && text !== '0' ? `-${text}` : text;
}

function exactText(column: GridColumn, value: number, locale: GridLocale): string {
  const localise = (text: string) => (locale.decimal === ',' ? text.replace('.', ',') : text);
  if (column.type === 'money' && Number.isSafeInteger(value)) {
    return localise(centsToDecimalString(toCents(value)));
  }
  if (column.type === 'percent') {
    return `${localise(plainDecimal(value, 2))}${locale.decimal === ',' ? '\u00A0%' : '%'}`;
  }
  return localise(plainDecimal(value, 0));
}

function sameValue(parsed: Parsed, value: CellValue): boolean {
  return parsed.ok && Object.is(parsed.value, value);
}

/**
 * What the editor starts with on F2: the shown text when it reads back as the same value,
 * else the exact number ungrouped ("12,3456 %" for a percent shown as "12,35 %"). Numbers
 * keep 15 significant digits, as in a spreadsheet.
 */
export function editableText(column: GridColumn, value: CellValue, locale: GridLocale): string {
  const shown = formatCellValue(column, value, locale);
  if (typeof value !== 'number' || column.type === 'computed' || column.readOnly === true) {
    return shown;
  }
  return sameValue(parseCellInput(column, shown, locale), value)
    ? shown
    : exactText(column, value, locale);
}

/**
 * What a copy puts on the clipboard: numbers exact and without thousands separators
 * ("1200,00", "12,5 %"), because spreadsheets disagree on which space groups French digits
 * (U+00A0 or U+202F) and may read a grouped number as text. Other cells as shown.
 */
export function clipboardText(column: GridColumn, value: CellValue, locale: GridLocale): string {
  if (typeof value !== 'number' || column.type === 'text' || column.type === 'choice') {
    return formatCellValue(column, value, locale);
  }
  return exactText(column, value, locale);
}
