// What the orders import's preview makes of a read, kept pure for its tests: whether the
// orders can be stored, which reading choices to offer the user, the first problems shown and
// the whole report as a CSV to download.
import { REQUIRED_FIELDS, type OrderField } from '../csv/orders-columns';
import type { OrderProblem } from '../csv/orders-read';
import { writeCsv } from '../csv/write';
import { orderCountOf } from '../domain/clv/order-columns';
import type { Translate } from '../i18n';
import type { OrdersFileRead } from './orders-read-protocol';

/** The problems listed on screen; the rest are counted ("and N more") and in the download. */
export const REPORT_SHOWN = 50;

/** The required fields no column feeds: with any, nothing can be imported. */
export function missingFields(read: OrdersFileRead): OrderField[] {
  return REQUIRED_FIELDS.filter((field) => read.columns[field] === null);
}

export type BlockReason = 'missing-column' | 'no-orders';

/** Why the import button is not offered, or null when the readable orders can be stored. */
export function blockReason(read: OrdersFileRead): BlockReason | null {
  if (missingFields(read).length > 0) return 'missing-column';
  if (orderCountOf(read.orders) === 0) return 'no-orders';
  return null;
}

/** Rows under the header that will be left out: the refused ones. */
export function refusedRowCount(read: OrdersFileRead): number {
  if (missingFields(read).length > 0) return read.rowCount;
  return read.rowCount - orderCountOf(read.orders);
}

export interface OfferedChoices {
  /** Every date read both ways (the locale decided), or the file shows both orders. */
  dateOrder: boolean;
  /** No amount tells the separator, or amounts prove both. */
  decimal: boolean;
  /** A required column was not found by its header: the user picks it. */
  columns: boolean;
}

/** The reading choices the preview puts in front of the user; a choice once made stays offered. */
export function offeredChoices(read: OrdersFileRead): OfferedChoices {
  const dateSource = read.dateOrderSource;
  const decimalSource = read.decimalSource;
  return {
    dateOrder: dateSource === 'locale' || dateSource === 'mixed' || dateSource === 'given',
    decimal:
      decimalSource === 'ambiguous' || decimalSource === 'mixed' || decimalSource === 'given',
    columns: missingFields(read).length > 0,
  };
}

/** The column a problem is about, as the screen says it: a field's name for a missing column. */
export function problemColumn(problem: OrderProblem, t: Translate): string {
  if (problem.column === null) return t('clv.import.report.wholeRow');
  if (problem.code === 'missing-column') {
    const field = REQUIRED_FIELDS.find((f) => f === problem.column);
    return field ? t(`clv.import.field.${field}`) : problem.column;
  }
  return problem.column;
}

export function problemReason(problem: OrderProblem, t: Translate): string {
  return t(`clv.import.reason.${problem.code}`);
}

/** The whole report as a CSV in the file's own delimiter (line, column, reason, value). */
export function reportCsv(read: OrdersFileRead, t: Translate): string {
  const header = [
    t('clv.import.report.line'),
    t('clv.import.report.column'),
    t('clv.import.report.reason'),
    t('clv.import.report.value'),
  ];
  const rows = read.problems.map((problem) => [
    problem.line,
    problemColumn(problem, t),
    problemReason(problem, t),
    problem.value,
  ]);
  return writeCsv([header, ...rows], {
    delimiter: read.delimiter,
    numberStyle: read.decimalSeparator,
    bom: true,
  });
}
