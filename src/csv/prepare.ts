// A file before its import: decoded, delimiter sniffed, its first rows parsed for the
// preview, and the guesses the user confirms (header row, mapping, number and date styles).
import type { DecimalSeparator } from '../domain/number-parse';
import type { Result } from '../domain/result';
import { ok } from '../domain/result';
import { decodeBytes, type DecodeError, type TextEncoding } from './decode';
import {
  autoMapping,
  extraColumns,
  findHeaderRow,
  type ColumnMapping,
  type RememberedMapping,
} from './mapping';
import { parseCsvText } from './parse';
import {
  sniffDateStyle,
  sniffDelimiter,
  sniffNumberStyle,
  YEAR_LAST,
  type DateStyle,
  type Delimiter,
} from './sniff';
import type { ReadOptions } from './target';
import type { AnyTarget } from './targets';

export interface PreparedFile {
  name: string;
  /** The whole decoded text, handed to the worker. */
  text: string;
  encoding: TextEncoding | 'pasted';
  delimiter: Delimiter;
  /** The first rows (non-blank), for the preview and the guesses. */
  head: string[][];
  headLines: number[];
}

// The preview and the guesses read the first 64 KiB: a few hundred rows.
const HEAD_CHARS = 64 * 1024;
const HEAD_ROWS = 200;

function headRows(text: string, delimiter: Delimiter): { rows: string[][]; lines: number[] } {
  const cut = text.length > HEAD_CHARS;
  const head = cut ? text.slice(0, Math.max(text.lastIndexOf('\n', HEAD_CHARS), 1)) : text;
  const parsed = parseCsvText(head, delimiter);
  // The last row of a cut text may be cut in the middle of a quoted cell; a multi-line cell
  // cut by the 64 KiB reads as a quote never closed followed by its own lines: both go.
  const unclosed = cut ? parsed.notes.lastIndexOf('unclosed-quote') : -1;
  const whole = unclosed >= 0 ? unclosed : parsed.rows.length - (cut ? 1 : 0);
  const keep = Math.min(HEAD_ROWS, whole);
  return { rows: parsed.rows.slice(0, keep), lines: parsed.lines.slice(0, keep) };
}

export function prepareText(
  text: string,
  name: string,
  encoding: PreparedFile['encoding'],
  delimiter: Delimiter = sniffDelimiter(text),
): PreparedFile {
  const { rows, lines } = headRows(text, delimiter);
  return { name, text, encoding, delimiter, head: rows, headLines: lines };
}

/** Decodes the bytes of a chosen or dropped file; refuses what is not text. */
export function prepareBytes(bytes: Uint8Array, name: string): Result<PreparedFile, DecodeError> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return ok(prepareText(decoded.value.text, name, decoded.value.encoding));
}

/** The same file split with another delimiter, chosen by the user. */
export function withDelimiter(file: PreparedFile, delimiter: Delimiter): PreparedFile {
  return prepareText(file.text, file.name, file.encoding, delimiter);
}

export interface Guesses {
  headerRow: number;
  mapping: ColumnMapping;
  decimal: DecimalSeparator;
  /**
   * False when the amounts depend on the separator and do not tell which ("1,234" alone): the
   * UI asks. True when they tell, or when nothing depends on it (no amount, integers only).
   */
  decimalConfident: boolean;
  dateStyle: DateStyle;
  /** True when day-first or month-first dates cannot be told apart: the UI asks. */
  dateStyleNeeded: boolean;
}

function samplesOf(rows: readonly (readonly string[])[], columns: readonly number[]): string[] {
  return rows.flatMap((row) => columns.map((i) => row[i] ?? '').filter((cell) => cell !== ''));
}

/** Where the header is, which column is which, and how numbers and dates are written. */
export function guessSettings(
  target: AnyTarget,
  head: readonly (readonly string[])[],
  options: Pick<ReadOptions, 'plan'> & { fallbackDecimal: DecimalSeparator },
  remembered: RememberedMapping = {},
  headerRow = findHeaderRow(target, head, options, remembered),
): Guesses {
  const header = head[headerRow] ?? [];
  const mapping = autoMapping(target, header, options, remembered);
  return { headerRow, mapping, ...guessStyles(target, head, headerRow, mapping, options) };
}

/** The number and date styles the mapped columns use. */
export function guessStyles(
  target: AnyTarget,
  head: readonly (readonly string[])[],
  headerRow: number,
  mapping: ColumnMapping,
  options: Pick<ReadOptions, 'plan'> & { fallbackDecimal: DecimalSeparator },
): Omit<Guesses, 'headerRow' | 'mapping'> {
  const body = head.slice(headerRow + 1);
  const extras = extraColumns(target, head[headerRow] ?? [], options);
  const typeOf = (key: string | null, i: number) =>
    target.columns.find((c) => c.key === key)?.type ?? (extras[i]?.key === key ? 'amount' : null);
  const columnsOf = (type: string) =>
    mapping.flatMap((key, i) => (key !== null && typeOf(key, i) === type ? [i] : []));
  const amounts = [...columnsOf('amount'), ...columnsOf('total')];
  const number = sniffNumberStyle(samplesOf(body, amounts), options.fallbackDecimal);
  const dates = samplesOf(body, columnsOf('month'));
  const dateStyle = sniffDateStyle(dates);
  const slashDates = dates.some((d) => YEAR_LAST.test(d.trim()));
  return {
    decimal: number.decimal,
    decimalConfident: number.confident,
    dateStyle: dateStyle === 'ambiguous' ? 'dmy' : dateStyle,
    dateStyleNeeded: dateStyle === 'ambiguous' && slashDates,
  };
}
