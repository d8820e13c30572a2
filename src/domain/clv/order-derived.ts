// The simulator's inputs as the orders show them: average basket, purchases per year per
// active customer, and a year-over-year retention estimate, each with the counts behind it,
// or the reason it cannot be told. The user sees them and may override them.
import { toCents, type Cents } from '../money';
import { err, ok, type Result } from '../result';
import { roundedCents, type CustomerSummary } from './customers';
import { dayFromNumber, dayNumberReader } from './days';
import type { Day, Order } from './model';

/** Days from `from` to `to`, both included. */
export interface DayWindow {
  from: Day;
  to: Day;
}

export interface AverageBasket {
  /** revenue ÷ orders, rounded half away from zero to the cent. */
  basket: Cents;
  revenue: Cents;
  orders: number;
}

export interface PurchasesPerYear {
  /** orders ÷ customers, over the last year. */
  perYear: number;
  orders: number;
  /** Customers with at least one order in the window. */
  customers: number;
  /** The 365 days ending on asOf. */
  window: DayWindow;
}

export interface RetentionEstimate {
  /** returned ÷ activeFirstYear, in [0, 1]; 1 when every one came back. */
  rate: number;
  /** Customers with an order in the first year. */
  activeFirstYear: number;
  /** Of those, the customers with an order in the second year too. */
  returned: number;
  /** The 365 days before the second year. */
  firstYear: DayWindow;
  /** The 365 days ending on asOf. */
  secondYear: DayWindow;
}

export interface DerivedInputs {
  averageBasket: Result<AverageBasket, { code: 'no-orders' }>;
  purchasesPerYear: Result<
    PurchasesPerYear,
    { code: 'history-shorter-than-a-year' } | { code: 'no-customer-active-in-last-year' }
  >;
  retention: Result<
    RetentionEstimate,
    { code: 'history-shorter-than-two-years' } | { code: 'no-customer-active-in-first-year' }
  >;
}

const YEAR = 365;

/**
 * Derives the simulator's inputs from the orders dated on or before asOf (the summaries being
 * those of customerSummaries(orders, asOf)); unreadable orders are left out as there.
 *
 * - Average basket = total revenue ÷ orders, from the summaries.
 * - Purchases per year = orders in the 365 days ending on asOf ÷ customers with an order in
 *   them: how often an active customer orders in a year, so that basket × purchases is the
 *   yearly revenue of an active customer. Needs a first order at least 364 days before asOf
 *   (a whole year of history); a shorter history would make a year out of a few months.
 * - Retention = share of the customers with an order in the first year (the 365 days before
 *   those) who order again in the second; needs two whole years of history. Customers
 *   acquired during the first year count, as in a cohort's first renewal.
 */
export function derivedInputs(
  summaries: readonly CustomerSummary[],
  orders: readonly Order[],
  asOf: Day,
): Result<DerivedInputs, { code: 'unreadable-as-of'; asOf: string }> {
  const readDay = dayNumberReader();
  const end = readDay(asOf);
  if (end === null) return err({ code: 'unreadable-as-of', asOf });
  const secondYearStart = end - YEAR + 1;
  const firstYearStart = secondYearStart - YEAR;

  let first = Infinity;
  let lastYearOrders = 0;
  const activeLastYear = new Set<string>();
  const activeFirstYear = new Set<string>();
  for (const order of orders) {
    if (order.customerId.trim() === '' || !Number.isSafeInteger(order.amount)) continue;
    const day = readDay(order.date);
    if (day === null || day > end) continue;
    if (day < first) first = day;
    if (day >= secondYearStart) {
      lastYearOrders++;
      activeLastYear.add(order.customerId);
    } else if (day >= firstYearStart) activeFirstYear.add(order.customerId);
  }

  return ok({
    averageBasket: averageBasket(summaries),
    purchasesPerYear:
      first > secondYearStart
        ? err({ code: 'history-shorter-than-a-year' })
        : activeLastYear.size === 0
          ? err({ code: 'no-customer-active-in-last-year' })
          : ok({
              perYear: lastYearOrders / activeLastYear.size,
              orders: lastYearOrders,
              customers: activeLastYear.size,
              window: { from: dayFromNumber(secondYearStart), to: asOf },
            }),
    retention:
      first > firstYearStart
        ? err({ code: 'history-shorter-than-two-years' })
        : activeFirstYear.size === 0
          ? err({ code: 'no-customer-active-in-first-year' })
          : ok(retention(activeFirstYear, activeLastYear, firstYearStart, asOf)),
  });
}

function averageBasket(
  summaries: readonly CustomerSummary[],
): Result<AverageBasket, { code: 'no-orders' }> {
  let revenue = 0;
  let count = 0;
  for (const s of summaries) {
    revenue += s.total;
    count += s.orders;
  }
  if (count === 0) return err({ code: 'no-orders' });
  return ok({ basket: roundedCents(revenue, count), revenue: toCents(revenue), orders: count });
}

function retention(
  firstYear: ReadonlySet<string>,
  secondYear: ReadonlySet<string>,
  firstYearStart: number,
  asOf: Day,
): RetentionEstimate {
  let returned = 0;
  for (const id of firstYear) if (secondYear.has(id)) returned++;
  return {
    rate: returned / firstYear.size,
    activeFirstYear: firstYear.size,
    returned,
    firstYear: {
      from: dayFromNumber(firstYearStart),
      to: dayFromNumber(firstYearStart + YEAR - 1),
    },
    secondYear: { from: dayFromNumber(firstYearStart + YEAR), to: asOf },
  };
}
