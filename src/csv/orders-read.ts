// An orders CSV (already decoded) read into orders: columns found by their headers, the day
// order and the decimal separator decided once for the file, every refused row kept as a
// problem at its line. Pure and synchronous; the import screen shows the problems and stores
// the orders only once the user has confirmed.
import type { Order } from '../domain/clv/model';
import type { DecimalSeparator } from '../domain/number-parse';
import { decimalSeparatorOf } from '../domain/number-parse';
import {
  dateColumnReader,
  dayOfCell,
  type DateColumnReader,
  type DateOrder,
  type DateOrderSource,
} from './order-dates';
import { delimiterBy, headerRowBy } from './header-search';
import {
  decimalVotes,
  mapOrderHeader,
  readAmountCell,
  REQUIRED_FIELDS,
  type DecimalSource,
  type FieldColumns,
  type OrderField,
} from './orders-columns';
import { parseCsvText, type RowNote } from './parse';
import { rowFitProblem } from './row-fit';
import type { Delimiter } from './sniff';

export type OrderProblemCode =
  | 'missing-column' // column: the field needed ('customerId', 'date' or 'amount')
  | 'missing-customer'
  | 'missing-date'
  | 'unreadable-date' // no date, or no calendar day in the file's order (31/02/2026)
  | 'ambiguous-date' // the file shows both day orders and this date reads both ways
  | 'missing-amount'
  | 'unreadable-amount'
  | 'too-many-decimals'
  | 'negative-amount'
  | 'short-row' // too few cells to reach a column read
  | 'long-row' // more filled cells than the header has: a delimiter inside an unquoted value
  | 'unclosed-quote' // a quoted cell never closed: the line was read alone
  | 'malformed-quotes'; // quotes that do not hold ('ab"cd', '"x"y'): the cells cannot be trusted

export interface OrderProblem {
  /** The 1-based line of the file where the row starts. */
  line: number;
  /** The header as the file writes it; the field for 'missing-column'; null for a whole row. */
  column: string | null;
  code: OrderProblemCode;
  /** The cell as written, the whole row (cells joined by the delimiter) for a row problem. */
  value: string;
}

export interface MappedColumn {
  index: number;
  /** As the file writes it. */
  header: string;
}

export interface OrdersReadOptions {
  /** The user's locale: its decimal separator and day order stand in when the file does not tell. */
  locale: string;
  /** The day order when the user has said it; otherwise the file's dates or the locale decide. */
  dateOrder?: DateOrder;
  /** The decimal separator when the user has said it; otherwise the amounts or the locale decide. */
  decimal?: DecimalSeparator;
  /** Column indexes chosen by the user, over the headers' guess (null: not imported). */
  columns?: Partial<FieldColumns>;
}

export type { DateOrderSource, DecimalSource };

export interface OrdersReadResult {
  /** The header cell feeding each field, null when none does (a required one: 'missing-column'). */
  columns: Record<OrderField, MappedColumn | null>;
  /** The line of the header row (0 for an empty text). */
  headerLine: number;
  delimiter: Delimiter;
  /** The rows that read, in file order; every refused row is left out. */
  orders: Order[];
  /** In line order, every problem of each refused row. */
  problems: OrderProblem[];
  /** Non-blank rows under the header: orders.length + refused rows. */
  rowCount: number;
  dateOrderUsed: DateOrder | null;
  dateOrderSource: DateOrderSource;
  decimalSeparator: DecimalSeparator;
  decimalSource: DecimalSource;
}

/** The locale's decimal separator; ',' for a malformed tag (a settings bug), never a throw. */
function localeDecimal(locale: string): DecimalSeparator {
  try {
    return decimalSeparatorOf(locale);
  } catch {
    return ',';
  }
}

/** A row's count as a header: the required columns it names (all three: none can do better). */
function requiredFieldsIn(row: readonly string[]): number {
  const columns = mapOrderHeader(row);
  return REQUIRED_FIELDS.filter((field) => columns[field] !== null).length;
}

function mappedColumns(header: readonly string[], options: OrdersReadOptions): FieldColumns {
  const guessed = mapOrderHeader(header);
  const chosen = options.columns ?? {};
  const pick = (field: OrderField) => {
    const index = chosen[field] === undefined ? guessed[field] : chosen[field];
    return index !== null && Number.isInteger(index) && index >= 0 && index < header.length
      ? index
      : null;
  };
  return {
    customerId: pick('customerId'),
    date: pick('date'),
    amount: pick('amount'),
    orderId: pick('orderId'),
  };
}

/** What one row needs to be read: its columns (required ones found) and the file's styles. */
interface RowContext {
  fields: { customerId: number; date: number; amount: number; orderId: number | null };
  names: { customerId: string; date: string; amount: string };
  width: number;
  delimiter: Delimiter;
  dates: DateColumnReader;
  order: DateOrder | null;
  decimal: DecimalSeparator;
}

/** One data row: its order, or its problems pushed (one per refused cell, or one for the row). */
function readRow(
  row: readonly string[],
  line: number,
  note: RowNote | null,
  context: RowContext,
  problems: OrderProblem[],
): Order | null {
  const { fields, names } = context;
  const rowProblem = (code: OrderProblemCode) => {
    problems.push({ line, column: null, code, value: row.join(context.delimiter) });
    return null;
  };
  // A row too long cannot be too short (every column read is within the header's width).
  const fit = rowFitProblem(row, note, context.width);
  if (fit) return rowProblem(fit);
  if (row.length <= Math.max(fields.customerId, fields.date, fields.amount)) {
    return rowProblem('short-row');
  }
  const customerText = row[fields.customerId] ?? '';
  const customerId = customerText.trim();
  const dateText = row[fields.date] ?? '';
  const cell = context.dates.read(dateText);
  const day = cell === null ? null : dayOfCell(cell, context.order);
  const amountText = row[fields.amount] ?? '';
  const amount = readAmountCell(amountText, context.decimal);
  if (customerId === '') {
    problems.push({
      line,
      column: names.customerId,
      code: 'missing-customer',
      value: customerText,
    });
  }
  if (day === null || day === 'ambiguous') {
    const code: OrderProblemCode =
      dateText.trim() === ''
        ? 'missing-date'
        : day === 'ambiguous'
          ? 'ambiguous-date'
          : 'unreadable-date';
    problems.push({ line, column: names.date, code, value: dateText });
  }
  if (!amount.ok) {
    problems.push({ line, column: names.amount, code: amount.code, value: amountText });
  }
  if (customerId === '' || day === null || day === 'ambiguous' || !amount.ok) return null;
  const orderId = fields.orderId === null ? '' : (row[fields.orderId] ?? '').trim();
  return { customerId, date: day, amount: amount.cents, orderId: orderId === '' ? null : orderId };
}

/**
 * The orders an orders CSV holds, and every row it refuses with the reason, at the file's own
 * line numbers; nothing is stored here. The delimiter is sniffed, the header found among the
 * first ten rows (French or English, any case and accents), the day order and the decimal
 * separator decided once for the whole file (see the result's sources). Never throws, and no
 * amount is ever NaN: a cell that does not read refuses its row.
 */
export function readOrdersCsv(text: string, options: OrdersReadOptions): OrdersReadResult {
  const delimiter = delimiterBy(text, requiredFieldsIn, REQUIRED_FIELDS.length);
  const { rows, lines, notes } = parseCsvText(text, delimiter);
  const at = headerRowBy(rows, requiredFieldsIn).index;
  const header = rows[at] ?? [];
  const headerLine = lines[at] ?? 0;
  const fields = mappedColumns(header, options);
  const mapped = (field: OrderField) => {
    const index = fields[field];
    return index === null ? null : { index, header: (header[index] ?? '').trim() };
  };
  const columns = {
    customerId: mapped('customerId'),
    date: mapped('date'),
    amount: mapped('amount'),
    orderId: mapped('orderId'),
  };
  const base = { columns, headerLine, delimiter, rowCount: Math.max(0, rows.length - at - 1) };
  const { customerId, date, amount } = fields;
  if (customerId === null || date === null || amount === null) {
    const missing = REQUIRED_FIELDS.filter((field) => fields[field] === null);
    return {
      ...base,
      orders: [],
      problems: missing.map((field) => ({
        line: headerLine || 1,
        column: field,
        code: 'missing-column',
        value: '',
      })),
      dateOrderUsed: null,
      dateOrderSource: null,
      decimalSeparator: options.decimal ?? localeDecimal(options.locale),
      decimalSource: options.decimal ? 'given' : 'locale',
    };
  }

  // First pass: what the dates and amounts say of the file's style, the whole column decides.
  const dates = dateColumnReader();
  const amounts = decimalVotes();
  for (let r = at + 1; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    if (notes[r]) continue;
    const dateCell = row[date];
    if (dateCell !== undefined) dates.read(dateCell);
    const amountCell = row[amount];
    if (amountCell !== undefined) amounts.add(amountCell);
  }
  const { order, source: dateOrderSource } = dates.decide(options.dateOrder, options.locale);
  const fallback = localeDecimal(options.locale);
  const { decimal, source: decimalSource } = amounts.decide(options.decimal, fallback);

  // Second pass: each row in file order, an order or its problems.
  const context: RowContext = {
    fields: { customerId, date, amount, orderId: fields.orderId },
    names: {
      customerId: columns.customerId?.header ?? '',
      date: columns.date?.header ?? '',
      amount: columns.amount?.header ?? '',
    },
    width: header.length,
    delimiter,
    dates,
    order,
    decimal,
  };
  const orders: Order[] = [];
  const problems: OrderProblem[] = [];
  for (let r = at + 1; r < rows.length; r += 1) {
    const read = readRow(rows[r] ?? [], lines[r] ?? 0, notes[r] ?? null, context, problems);
    if (read) orders.push(read);
  }
  const styles = {
    dateOrderUsed: order,
    dateOrderSource,
    decimalSeparator: decimal,
    decimalSource,
  };
  return { ...base, orders, problems, ...styles };
}
