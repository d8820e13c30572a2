// The simulator's inputs from orders on a small hand-computed list: average basket, purchases
// per year per active customer, year-over-year retention, and why each may be unknown.
import { describe, expect, it } from 'vitest';
import { customerSummaries } from '../../../src/domain/clv/customers';
import type { Order } from '../../../src/domain/clv/model';
import { derivedInputs } from '../../../src/domain/clv/order-derived';
import { toCents } from '../../../src/domain/money';

function order(customerId: string, date: string, amount: number): Order {
  return { customerId, date, amount: toCents(amount), orderId: null };
}

function derive(orders: Order[], asOf: string) {
  const summaries = customerSummaries(orders, asOf);
  const result = derivedInputs(summaries.ok ? summaries.value.summaries : [], orders, asOf);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

// As of 2026-12-31 the second year is 2026-01-01 … 2026-12-31 (365 days, 2026 is not leap)
// and the first year 2025-01-01 … 2025-12-31.
const orders = [
  order('A', '2024-12-31', 1000),
  order('A', '2025-03-01', 2000),
  order('A', '2026-02-01', 3000),
  order('A', '2026-06-01', 1000),
  order('B', '2025-06-01', 4000),
  order('C', '2025-12-31', 500),
  order('C', '2026-01-01', 1500),
  order('D', '2026-05-05', 2000),
  order('D', '2026-05-05', 1000),
  order('E', '2027-01-15', 9999),
];

describe('derivedInputs', () => {
  const derived = derive(orders, '2026-12-31');

  it('average basket: revenue ÷ orders up to the date', () => {
    // A 7 000 + B 4 000 + C 2 000 + D 3 000 = 16 000 cents over 4 + 1 + 2 + 2 = 9 orders
    // (E's is after the date): 1 777.8 → 1 778 cents.
    expect(derived.averageBasket).toEqual({
      ok: true,
      value: { basket: 1778, revenue: 16_000, orders: 9 },
    });
  });

  it('purchases per year: orders of the last 365 days ÷ customers who ordered in them', () => {
    // 2026: A twice, C once, D twice (two orders on one day count as two) = 5 orders by
    // A, C and D = 3 customers: 5 / 3.
    expect(derived.purchasesPerYear.ok).toBe(true);
    if (!derived.purchasesPerYear.ok) return;
    expect(derived.purchasesPerYear.value.perYear).toBeCloseTo(5 / 3, 12);
    expect(derived.purchasesPerYear.value).toMatchObject({
      orders: 5,
      customers: 3,
      window: { from: '2026-01-01', to: '2026-12-31' },
    });
  });

  it('retention: of the customers of the first year, the share who ordered in the second', () => {
    // Active in 2025: A, B, C. Of those, A and C ordered in 2026: 2 / 3. D (new in 2026) and
    // A's order of 2024 play no part.
    expect(derived.retention.ok).toBe(true);
    if (!derived.retention.ok) return;
    expect(derived.retention.value.rate).toBeCloseTo(2 / 3, 12);
    expect(derived.retention.value).toMatchObject({
      activeFirstYear: 3,
      returned: 2,
      firstYear: { from: '2025-01-01', to: '2025-12-31' },
      secondYear: { from: '2026-01-01', to: '2026-12-31' },
    });
  });

  it('two whole years of history are enough for retention, a day less is not', () => {
    const twoYears = [order('A', '2025-01-01', 100), order('A', '2026-07-01', 100)];
    expect(derive(twoYears, '2026-12-31').retention).toMatchObject({
      ok: true,
      value: { rate: 1, activeFirstYear: 1, returned: 1 },
    });
    const shorter = [order('A', '2025-01-02', 100), order('A', '2026-07-01', 100)];
    expect(derive(shorter, '2026-12-31').retention).toEqual({
      ok: false,
      error: { code: 'history-shorter-than-two-years' },
    });
    expect(derive(shorter, '2026-12-31').purchasesPerYear.ok).toBe(true);
  });

  it('less than a year of history: no purchases per year and no retention, the basket still known', () => {
    const young = derive(
      [order('A', '2026-06-01', 2000), order('B', '2026-09-01', 1000)],
      '2026-12-31',
    );
    expect(young.purchasesPerYear).toEqual({
      ok: false,
      error: { code: 'history-shorter-than-a-year' },
    });
    expect(young.retention.ok).toBe(false);
    expect(young.averageBasket).toMatchObject({ ok: true, value: { basket: 1500 } });
  });

  it('says when nobody ordered in the last year, or in the first', () => {
    const stopped = derive(
      [order('A', '2024-01-01', 100), order('A', '2025-05-01', 100)],
      '2026-12-31',
    );
    expect(stopped.purchasesPerYear).toEqual({
      ok: false,
      error: { code: 'no-customer-active-in-last-year' },
    });
    const gap = derive(
      [order('A', '2024-06-01', 100), order('A', '2026-03-01', 100)],
      '2026-12-31',
    );
    expect(gap.retention).toEqual({
      ok: false,
      error: { code: 'no-customer-active-in-first-year' },
    });
  });

  it('without summaries there is no basket; an unreadable date is an error', () => {
    expect(derive([], '2026-12-31').averageBasket).toEqual({
      ok: false,
      error: { code: 'no-orders' },
    });
    expect(derivedInputs([], orders, '31/12/2026')).toEqual({
      ok: false,
      error: { code: 'unreadable-as-of', asOf: '31/12/2026' },
    });
  });

  it('leaves out rows without a customer or with an unreadable day, as the summaries do', () => {
    const withBadRows = [...orders, order('', '2026-03-01', 100), order('Z', '2026-02-30', 100)];
    const again = derive(withBadRows, '2026-12-31');
    expect(again.purchasesPerYear).toMatchObject({ ok: true, value: { orders: 5, customers: 3 } });
  });
});
