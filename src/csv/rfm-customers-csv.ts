// The customers of the RFM screen as a CSV file: one row per customer with its dates, the
// three values scored, the scores, its RFM code ("545") and its segment's name, in the plan's
// locale (French: ';' and a decimal comma; the house writer neutralises formula-like text).
import type { CustomerSummary } from '../domain/clv/customers';
import type { SegmentedCustomer } from '../domain/clv/rfm-segments';
import { decimalSeparatorOf } from '../domain/number-parse';
import { moneyCell, writeCsv, type CsvCell } from './write';

/** One exported customer: a summary's dates with its scores and segment name. */
export interface RfmCustomerRow {
  customerId: string;
  firstDay: string;
  lastDay: string;
  customer: SegmentedCustomer;
  segmentName: string;
}

/** The header of each column, in the user's language. */
export interface RfmCsvHeaders {
  customerId: string;
  firstOrder: string;
  lastOrder: string;
  recency: string;
  frequency: string;
  monetary: string;
  r: string;
  f: string;
  m: string;
  code: string;
  segment: string;
}

/** The rows, pairing summaries and segmented customers (same order, same length). */
export function rfmCustomerRows(
  summaries: readonly CustomerSummary[],
  segmented: readonly SegmentedCustomer[],
  segmentName: (segmentId: string) => string,
): RfmCustomerRow[] {
  const rows: RfmCustomerRow[] = [];
  const names = new Map<string, string>();
  const count = Math.min(summaries.length, segmented.length);
  for (let i = 0; i < count; i += 1) {
    const summary = summaries[i];
    const customer = segmented[i];
    if (!summary || !customer) continue;
    let name = names.get(customer.segmentId);
    if (name === undefined) names.set(customer.segmentId, (name = segmentName(customer.segmentId)));
    rows.push({
      customerId: summary.customerId,
      firstDay: summary.firstDay,
      lastDay: summary.lastDay,
      customer,
      segmentName: name,
    });
  }
  return rows;
}

/** The CSV text, BOM first and CRLF line ends; ';' and a decimal comma where the locale has one. */
export function rfmCustomersCsv(
  rows: readonly RfmCustomerRow[],
  headers: RfmCsvHeaders,
  locale: string,
): string {
  const decimal = decimalSeparatorOf(locale);
  const header: CsvCell[] = [
    headers.customerId,
    headers.firstOrder,
    headers.lastOrder,
    headers.recency,
    headers.frequency,
    headers.monetary,
    headers.r,
    headers.f,
    headers.m,
    headers.code,
    headers.segment,
  ];
  const body = rows.map(({ customerId, firstDay, lastDay, customer, segmentName }): CsvCell[] => [
    customerId,
    firstDay,
    lastDay,
    customer.recencyDays,
    customer.frequency,
    moneyCell(customer.monetary, decimal),
    customer.r,
    customer.f,
    customer.m,
    // A number-looking code would lose nothing as a number, but "545" is a label: text.
    `${customer.r}${customer.f}${customer.m}`,
    segmentName,
  ]);
  return writeCsv([header, ...body], {
    delimiter: decimal === ',' ? ';' : ',',
    numberStyle: decimal,
    bom: true,
  });
}
