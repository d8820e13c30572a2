// Rows → CSV text for export: the delimiter and number style the user chose, CRLF, a BOM so
// that Excel reads UTF-8, text cells neutralised against formulas and numbers left as numbers.
import { centsToDecimalString, type Cents } from '../domain/money';
import type { DecimalSeparator } from '../domain/number-parse';
import { neutraliseFormula } from './escape';
import type { Delimiter } from './sniff';

/** 'machine' writes 1234.5 whatever the locale; a separator writes 1234,5 or 1234.5. */
export type NumberStyle = 'machine' | DecimalSeparator;

/**
 * A number cell given as its exact digits ("1234,56"): written bare, never neutralised.
 * Only moneyCell and numberTextCell make one, and writeCsv checks its text is a plain number.
 */
export interface NumberCell {
  readonly kind: 'number';
  readonly text: string;
}

/**
 * A string is text (always neutralised against formulas, "-42" included), a JS number or a
 * NumberCell is written as a number, null is an empty cell.
 */
export type CsvCell = string | number | NumberCell | null;

export interface WriteOptions {
  delimiter: Delimiter;
  numberStyle: NumberStyle;
  bom: boolean;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
// A leading BOM would be taken for the file's own and dropped on import; spaces at either
// end survive our parser unquoted, but not every spreadsheet's.
const EDGE_SPACE = /^[\s\uFEFF]|\s$/;

/**
 * The digits of a finite number without an exponent: 1e21 → "1000000000000000000000",
 * 1e-7 → "0.0000001", -0 → "0". Shortest round-trip digits, as String() gives them.
 */
function plainNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', rest = '', exponent = '0'] = match;
  const digits = lead + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function withSeparator(machine: string, numberStyle: NumberStyle): string {
  return numberStyle === ',' ? machine.replace('.', ',') : machine;
}

/**
 * A number as a spreadsheet reads it back as a number: no grouping, the chosen decimal
 * separator. Throws a RangeError for NaN and infinities, which no cell should hold.
 */
export function formatNumberCell(value: number, numberStyle: NumberStyle): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a number to export: ${value}`);
  return withSeparator(plainNumber(value), numberStyle);
}

// What a NumberCell may hold: digits, one decimal separator, a leading minus sign.
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A number cell from digits already written ("-1234,56"). Throws a RangeError for anything
 * but a plain number, so that no text can slip past the neutralisation as a "number".
 */
export function numberTextCell(text: string): NumberCell {
  if (!PLAIN_NUMBER.test(text)) throw new RangeError(`Not a plain number to export: ${text}`);
  return { kind: 'number', text };
}

/** An amount as an exact number cell: "1234.56" or "1234,56", never rounded through binary. */
export function moneyCell(cents: Cents, numberStyle: NumberStyle): NumberCell {
  return numberTextCell(withSeparator(centsToDecimalString(cents), numberStyle));
}

export function isNumberCell(cell: CsvCell): cell is NumberCell {
  return typeof cell === 'object' && cell !== null && cell.kind === 'number';
}

function quoteIfNeeded(field: string, delimiter: Delimiter): string {
  const needsQuotes = field.includes(delimiter) || /["\r\n]/.test(field) || EDGE_SPACE.test(field);
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}

function cellText(cell: CsvCell, numberStyle: NumberStyle): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumberCell(cell, numberStyle);
  if (typeof cell === 'string') return neutraliseFormula(cell);
  // Checked again here: a NumberCell built by hand must not carry a formula either.
  return numberTextCell(cell.text).text;
}

/**
 * The CSV text of the rows, each line ended by CRLF. Its BOM is a character: encode the text
 * as UTF-8 (TextEncoder) to get the file.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: WriteOptions): string {
  const { delimiter, numberStyle, bom } = options;
  const lines = rows.map(
    (row) =>
      row.map((cell) => quoteIfNeeded(cellText(cell, numberStyle), delimiter)).join(delimiter) +
      CRLF,
  );
  return (bom ? BOM : '') + lines.join('');
}
