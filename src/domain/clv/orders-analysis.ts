// What the CLV screen shows of a plan's orders, computed in one go (in a worker: 200 000
// orders take a few hundred milliseconds): the customer summaries as of the last order day,
// their RFM scores, and the simulator's inputs as the orders show them.
import { err, ok, type Result } from '../result';
import { customerSummaries, type CustomerSummariesError, type CustomerSummary } from './customers';
import { dayFromNumber, dayNumberReader } from './days';
import type { Day, Order } from './model';
import { derivedInputs, type DerivedInputs } from './order-derived';
import { rfmScores, type RfmOptions, type RfmScoring } from './rfm';
import type { SkippedOrders } from './customers';

export interface OrdersAnalysis {
  /** Orders read, readable or not. */
  orderCount: number;
  /** The day RFM is measured on: the last order's day (recency 0 for its customer). */
  asOf: Day;
  firstDay: Day;
  /** One per customer, in the order of each customer's first row. */
  summaries: CustomerSummary[];
  /** Scores in the same order as the summaries. */
  rfm: RfmScoring;
  derived: DerivedInputs;
  skipped: SkippedOrders;
}

export type OrdersAnalysisError = { code: 'no-orders' } | CustomerSummariesError;

/** The latest readable order day, or null when no order has a readable day. */
export function lastOrderDay(orders: readonly Order[]): Day | null {
  const readDay = dayNumberReader();
  let last = -Infinity;
  for (const order of orders) {
    const day = readDay(order.date);
    if (day !== null && day > last) last = day;
  }
  return last === -Infinity ? null : dayFromNumber(last);
}

/**
 * Summaries, RFM scores and derived inputs as of `asOf` (by default the last order day), or
 * the reason there are none: no readable order, or a total past the safe range of cents.
 */
export function analyseOrders(
  orders: readonly Order[],
  options: { asOf?: Day; rfm?: RfmOptions } = {},
): Result<OrdersAnalysis, OrdersAnalysisError> {
  const asOf = options.asOf ?? lastOrderDay(orders);
  if (asOf === null) return err({ code: 'no-orders' });
  const summarised = customerSummaries(orders, asOf);
  if (!summarised.ok) return summarised;
  const { summaries, skipped, firstDay } = summarised.value;
  const derived = derivedInputs(summaries, orders, asOf);
  if (!derived.ok) return derived;
  return ok({
    orderCount: orders.length,
    asOf,
    firstDay,
    summaries,
    rfm: rfmScores(summaries, options.rfm),
    derived: derived.value,
    skipped,
  });
}
