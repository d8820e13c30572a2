// What the orders import and its reading worker say to each other: the file's bytes and the
// user's reading choices going in; the read (columns found, orders in columns, problems, the
// styles used and why) or why the file is no text coming back. The worker imports this
// module, never the client's (the client names the worker's URL).
import type { DateOrder } from '../csv/order-dates';
import type { FieldColumns } from '../csv/orders-columns';
import { readOrdersCsv, type OrdersReadResult } from '../csv/orders-read';
import { parseCsvText } from '../csv/parse';
import { decodeBytes, type DecodeError, type TextEncoding } from '../csv/decode';
import { columnsFromOrders, type OrderColumns } from '../domain/clv/order-columns';
import type { DecimalSeparator } from '../domain/number-parse';
import { err, ok, type Result } from '../domain/result';

/** How the user asked the file to be read; each one left out is decided from the file. */
export interface OrdersReadChoices {
  dateOrder?: DateOrder;
  decimal?: DecimalSeparator;
  columns?: Partial<FieldColumns>;
}

export interface OrdersReadInput {
  /** Copied, not moved: the same bytes are read again when the user changes a choice. */
  bytes: Uint8Array;
  /** The plan's locale: its day order and decimal separator stand in when the file does not tell. */
  locale: string;
  choices: OrdersReadChoices;
}

/** The read as the page needs it: orders in columns (cheap to clone), the header's cells. */
export interface OrdersFileRead extends Omit<OrdersReadResult, 'orders'> {
  orders: OrderColumns;
  /** The header row's cells as the file writes them, for the user to pick a column from. */
  headers: string[];
  encoding: TextEncoding;
}

export type OrdersReadOutput = Result<OrdersFileRead, DecodeError>;

const DAY_ORDERS: readonly unknown[] = ['dmy', 'mdy'];
const DECIMALS: readonly unknown[] = [',', '.'];

function isColumnIndex(value: unknown): boolean {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}

function isChoices(value: unknown): value is OrdersReadChoices {
  if (typeof value !== 'object' || value === null) return false;
  const { dateOrder, decimal, columns } = value as Record<string, unknown>;
  if (dateOrder !== undefined && !DAY_ORDERS.includes(dateOrder)) return false;
  if (decimal !== undefined && !DECIMALS.includes(decimal)) return false;
  if (columns === undefined) return true;
  return (
    typeof columns === 'object' &&
    columns !== null &&
    Object.values(columns).every((index) => index === undefined || isColumnIndex(index))
  );
}

export function isOrdersReadInput(input: unknown): input is OrdersReadInput {
  if (typeof input !== 'object' || input === null) return false;
  const { bytes, locale, choices } = input as Record<string, unknown>;
  return bytes instanceof Uint8Array && typeof locale === 'string' && isChoices(choices);
}

// The header is among the first ten rows; this many characters hold them in any sane file.
const HEAD_CHARS = 64 * 1024;

/** The header row's cells: the row starting at headerLine, parsed again from the file's head. */
function headerCells(text: string, result: OrdersReadResult): string[] {
  if (result.headerLine === 0) return [];
  const cut = text.length <= HEAD_CHARS ? text.length : text.lastIndexOf('\n', HEAD_CHARS) + 1;
  const head = cut > 0 ? text.slice(0, cut) : text;
  const parsed = parseCsvText(head, result.delimiter);
  const at = parsed.lines.indexOf(result.headerLine);
  const row = at >= 0 ? parsed.rows[at] : undefined;
  if (row) return row.map((cell) => cell.trim());
  // A header past the head (huge title cells): the whole text, once.
  const whole = parseCsvText(text, result.delimiter);
  return (whole.rows[whole.lines.indexOf(result.headerLine)] ?? []).map((cell) => cell.trim());
}

/** One file read, on whichever thread runs it. Never throws for bad input. */
export function answerOrdersRead(input: OrdersReadInput): OrdersReadOutput {
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return err(decoded.error);
  const { text, encoding } = decoded.value;
  const result = readOrdersCsv(text, { locale: input.locale, ...input.choices });
  return ok({
    ...result,
    orders: columnsFromOrders(result.orders),
    headers: headerCells(text, result),
    encoding,
  });
}
