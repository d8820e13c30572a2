// The holdout check of a BG/NBD fit: for the customers acquired up to the calibration day,
// their actual repeat purchases after it, period by period and cumulated, against the ones the
// model expects of each given their history (lifetimes' calibration-vs-holdout plot, tracked
// cumulatively). A fit that tells the past well but not what came next shows it here.
import { expectedPurchases, type BgNbdParams, type BgNbdSummary } from './bgnbd';
import { dayNumberReader } from './days';
import type { Day, Order } from './model';

export interface HoldoutCustomer extends BgNbdSummary {
  customerId: string;
}

export interface HoldoutSeries {
  /** Periods from the calibration day to the last order day, the last one maybe partial. */
  periods: number;
  /** Length of the holdout, in days (last order day − calibration day). */
  days: number;
  /** Customers acquired up to the calibration day (the only ones the model predicts). */
  customers: number;
  /** Cumulative actual repeat purchases (distinct purchase days) at the end of each period. */
  actual: number[];
  /** Cumulative Σ E[Y(t) | x, tₓ, T] over the same customers at the end of each period. */
  expected: number[];
}

export type HoldoutError =
  | { code: 'unreadable-day' }
  /** Calibration on (or after) the last order day: there is nothing after it to compare. */
  | { code: 'no-holdout' }
  /** E[Y] gave no finite value for a customer (an extreme fit). */
  | { code: 'not-computable'; customerId: string };

/**
 * The cumulative series, period k ending k·periodDays days after the calibration day (the last
 * one at the last order day). `customers` are the calibration summaries in the model's time
 * unit of `unitDays` days; a purchase is a distinct day with an order, after calibrationDay,
 * of one of them (customers acquired later are not in the model's sample). Customers with the
 * same (x, tₓ, T) share one E[Y] evaluation: real summaries fall on whole days and repeat.
 */
export function holdoutSeries(
  orders: readonly Order[],
  customers: readonly HoldoutCustomer[],
  params: BgNbdParams,
  options: { calibrationDay: Day; lastDay: Day; unitDays: number; periodDays: number },
): { ok: true; value: HoldoutSeries } | { ok: false; error: HoldoutError } {
  const readDay = dayNumberReader();
  const start = readDay(options.calibrationDay);
  const end = readDay(options.lastDay);
  if (start === null || end === null || !(options.unitDays > 0) || !(options.periodDays > 0)) {
    return { ok: false, error: { code: 'unreadable-day' } };
  }
  const days = end - start;
  if (days <= 0) return { ok: false, error: { code: 'no-holdout' } };
  const periods = Math.ceil(days / options.periodDays - 1e-9);
  /** Days after calibration at the end of period k (1-based), capped at the holdout. */
  const periodEnd = (k: number): number => Math.min(days, k * options.periodDays);

  const known = new Set<string>();
  for (const c of customers) known.add(c.customerId);
  // Distinct (customer, day) after calibration: several orders on one day are one purchase.
  const seen = new Set<string>();
  const perPeriod = new Array<number>(periods).fill(0);
  for (const order of orders) {
    const day = readDay(order.date);
    if (day === null || day <= start || day > end || !known.has(order.customerId)) continue;
    const key = `${order.customerId}\u0000${day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const k = Math.min(periods, Math.max(1, Math.ceil((day - start) / options.periodDays)));
    perPeriod[k - 1] = (perPeriod[k - 1] ?? 0) + 1;
  }
  const actual: number[] = [];
  let running = 0;
  for (const n of perPeriod) actual.push((running += n));

  const groups = new Map<string, { summary: BgNbdSummary; count: number; id: string }>();
  for (const c of customers) {
    const key = `${c.x}|${c.tx}|${c.T}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { summary: c, count: 1, id: c.customerId });
  }
  const expected = new Array<number>(periods).fill(0);
  for (const { summary, count, id } of groups.values()) {
    let previous = 0;
    for (let k = 1; k <= periods; k++) {
      const value = expectedPurchases(params, summary, periodEnd(k) / options.unitDays);
      if (value === null) return { ok: false, error: { code: 'not-computable', customerId: id } };
      // Cumulative E[Y] never decreases; rounding in ₂F₁ must not make it look so.
      previous = Math.max(previous, value);
      expected[k - 1] = (expected[k - 1] ?? 0) + count * previous;
    }
  }
  return {
    ok: true,
    value: { periods, days, customers: customers.length, actual, expected },
  };
}
