// One summary per customer from the orders up to a day: what RFM scores (recency, orders,
// total) and what BG/NBD and Gamma-Gamma fit (x, tₓ, T, mean of the repeat purchases).
import { toCents, type Cents } from '../money';
import { err, ok, type Result } from '../result';
import { dayFromNumber, dayNumberReader } from './days';
import type { Day, Order } from './model';

export interface CustomerSummary {
  /** As the order gives it: the importer trims ids, so ' 42' and '42' would be two customers. */
  customerId: string;
  firstDay: Day;
  lastDay: Day;
  /** Orders up to asOf, each row counted. */
  orders: number;
  /** Distinct days with at least one order: several orders on one day are one purchase. */
  purchaseDays: number;
  total: Cents;
  /** total ÷ orders, rounded half away from zero to the cent. */
  meanAmount: Cents;
  /** asOf − lastDay, in days (0 when the last order is on asOf). */
  recencyDays: number;
  /** BG/NBD's x: repeat purchases = purchaseDays − 1. */
  repeatPeriods: number;
  /** BG/NBD's tₓ: lastDay − firstDay, in days (0 when x = 0). */
  lastSinceFirstDays: number;
  /** BG/NBD's T: asOf − firstDay, in days. */
  ageDays: number;
  /**
   * Gamma-Gamma's m̄, in cents, not rounded: the mean amount of the repeat purchases, where a
   * purchase is one day's orders summed (as x counts days, so that x·m̄ is the repeat spend).
   * Every order of the first day belongs to the first purchase and is left out:
   * (total − first day's total) ÷ x. Null when x = 0; zero or negative when refunds outweigh
   * the repeat purchases, which Gamma-Gamma (m̄ > 0) must leave out.
   */
  repeatMean: number | null;
}

/** Orders left out because they could not be read; the importer refuses them, this is a guard. */
export interface SkippedOrders {
  /** Customer id empty or only spaces. */
  missingCustomerId: number;
  /** Date not a real 'YYYY-MM-DD' day. */
  unreadableDay: number;
  /** Amount not a whole number of cents (NaN, fractional, beyond the safe range). */
  unreadableAmount: number;
}

export interface CustomerSummaries {
  /** One per customer with an order up to asOf, in the order of each customer's first row. */
  summaries: CustomerSummary[];
  skipped: SkippedOrders;
  /** Readable orders dated after asOf, left out (a calibration date cuts the history there). */
  afterAsOf: number;
  /** The first and last order days up to asOf, over all customers. */
  firstDay: Day;
  lastDay: Day;
}

export type CustomerSummariesError =
  | { code: 'unreadable-as-of'; asOf: string }
  /** No readable order at all (every row skipped, or none given). */
  | { code: 'no-orders'; skipped: SkippedOrders }
  /** Every readable order is after asOf: there is nobody to summarise yet. */
  | { code: 'as-of-before-first-order'; asOf: Day; firstDay: Day }
  /** A customer's total leaves the safe range of integer cents. */
  | { code: 'total-beyond-safe-range'; customerId: string };

interface Tally {
  customerId: string;
  first: number;
  last: number;
  firstDay: Day;
  lastDay: Day;
  orders: number;
  total: number;
  firstDayTotal: number;
  /** The days seen, without consecutive repeats; sorted when `inOrder` stays true. */
  days: number[];
  inOrder: boolean;
}

function distinctDays(tally: Tally): number {
  if (tally.inOrder) return tally.days.length;
  const days = Float64Array.from(tally.days).sort();
  let count = 0;
  for (let i = 0; i < days.length; i++) if (i === 0 || days[i] !== days[i - 1]) count++;
  return count;
}

/** Integer division rounded half away from zero, as a cent amount. */
export function roundedCents(numerator: number, denominator: number): Cents {
  const q = numerator / denominator;
  return toCents(Math.sign(q) * Math.round(Math.abs(q)));
}

function summarise(tally: Tally, asOf: number): CustomerSummary {
  const purchaseDays = distinctDays(tally);
  const x = purchaseDays - 1;
  return {
    customerId: tally.customerId,
    firstDay: tally.firstDay,
    lastDay: tally.lastDay,
    orders: tally.orders,
    purchaseDays,
    total: toCents(tally.total),
    meanAmount: roundedCents(tally.total, tally.orders),
    recencyDays: asOf - tally.last,
    repeatPeriods: x,
    lastSinceFirstDays: tally.last - tally.first,
    ageDays: asOf - tally.first,
    repeatMean: x > 0 ? (tally.total - tally.firstDayTotal) / x : null,
  };
}

/**
 * Summarises the orders dated on or before asOf, one pass with a Map and each distinct date
 * read once. Unreadable orders are skipped and counted (`skipped`), later ones counted
 * (`afterAsOf`); an unreadable asOf, no readable order, or an asOf before every order is an
 * error value rather than an empty list.
 */
export function customerSummaries(
  orders: readonly Order[],
  asOf: Day,
): Result<CustomerSummaries, CustomerSummariesError> {
  const readDay = dayNumberReader();
  const end = readDay(asOf);
  if (end === null) return err({ code: 'unreadable-as-of', asOf });
  const skipped: SkippedOrders = { missingCustomerId: 0, unreadableDay: 0, unreadableAmount: 0 };
  const tallies = new Map<string, Tally>();
  let afterAsOf = 0;
  let earliestLater = Infinity;
  for (const order of orders) {
    const day = readDay(order.date);
    if (order.customerId.trim() === '') skipped.missingCustomerId++;
    else if (day === null) skipped.unreadableDay++;
    else if (!Number.isSafeInteger(order.amount)) skipped.unreadableAmount++;
    else if (day > end) {
      afterAsOf++;
      if (day < earliestLater) earliestLater = day;
    } else {
      const tally = tallies.get(order.customerId);
      if (tally === undefined) {
        tallies.set(order.customerId, {
          customerId: order.customerId,
          first: day,
          last: day,
          firstDay: order.date,
          lastDay: order.date,
          orders: 1,
          total: order.amount,
          firstDayTotal: order.amount,
          days: [day],
          inOrder: true,
        });
        continue;
      }
      tally.orders++;
      tally.total += order.amount;
      // Checked at each step: past 2^53 a running sum can drift and come back looking whole.
      if (!Number.isSafeInteger(tally.total)) {
        return err({ code: 'total-beyond-safe-range', customerId: order.customerId });
      }
      if (day < tally.first) {
        tally.first = day;
        tally.firstDay = order.date;
        tally.firstDayTotal = order.amount;
      } else if (day === tally.first) tally.firstDayTotal += order.amount;
      if (day > tally.last) {
        tally.last = day;
        tally.lastDay = order.date;
      }
      const previous = tally.days[tally.days.length - 1];
      if (day !== previous) {
        if (previous !== undefined && day < previous) tally.inOrder = false;
        tally.days.push(day);
      }
    }
  }
  if (tallies.size === 0) {
    if (afterAsOf === 0) return err({ code: 'no-orders', skipped });
    return err({ code: 'as-of-before-first-order', asOf, firstDay: dayFromNumber(earliestLater) });
  }
  const summaries: CustomerSummary[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const tally of tallies.values()) {
    summaries.push(summarise(tally, end));
    if (tally.first < first) first = tally.first;
    if (tally.last > last) last = tally.last;
  }
  return ok({
    summaries,
    skipped,
    afterAsOf,
    firstDay: dayFromNumber(first),
    lastDay: dayFromNumber(last),
  });
}
