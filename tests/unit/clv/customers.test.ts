// Per-customer summaries from orders: the RFM values, BG/NBD's x, tₓ and T and the mean of the
// repeat purchases on hand examples, a calibration date, bad rows, and the speed on 200 000.
import { describe, expect, it } from 'vitest';
import { customerSummaries, type CustomerSummary } from '../../../src/domain/clv/customers';
import type { Order } from '../../../src/domain/clv/model';
import { toCents } from '../../../src/domain/money';

function order(customerId: string, date: string, amount: number): Order {
  return { customerId, date, amount: toCents(amount), orderId: null };
}

function summariesOf(orders: Order[], asOf: string): CustomerSummary[] {
  const result = customerSummaries(orders, asOf);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.summaries;
}

// Day 0 = 2026-01-01, day 10 = 2026-01-11, day 30 = 2026-01-31, day 40 = 2026-02-10.
const handExample = [
  order('A', '2026-01-01', 1000),
  order('A', '2026-01-01', 500),
  order('A', '2026-01-11', 2000),
  order('A', '2026-01-31', 4000),
];

describe('customerSummaries', () => {
  it('two orders on day 0, one on day 10 and 30, as of day 40: x = 2, tₓ = 30, T = 40, m̄ = 30 €', () => {
    const [a] = summariesOf(handExample, '2026-02-10');
    expect(a).toEqual({
      customerId: 'A',
      firstDay: '2026-01-01',
      lastDay: '2026-01-31',
      orders: 4,
      purchaseDays: 3,
      // 1 000 + 500 + 2 000 + 4 000 = 7 500; ÷ 4 orders = 1 875.
      total: 7500,
      meanAmount: 1875,
      recencyDays: 10,
      repeatPeriods: 2,
      lastSinceFirstDays: 30,
      ageDays: 40,
      // The repeat purchases of day 10 and day 30: (2 000 + 4 000) ÷ 2.
      repeatMean: 3000,
    });
  });

  it('counts two orders on one repeat day as one purchase of their sum', () => {
    const [b] = summariesOf(
      [
        order('B', '2026-01-01', 1000),
        order('B', '2026-01-06', 300),
        order('B', '2026-01-06', 700),
      ],
      '2026-01-06',
    );
    // One repeat day: x = 1, m̄ = 300 + 700 = 1 000; recency 0 on the last day itself.
    expect(b).toMatchObject({ orders: 3, purchaseDays: 2, repeatPeriods: 1, repeatMean: 1000 });
    expect(b).toMatchObject({ recencyDays: 0, lastSinceFirstDays: 5, ageDays: 5 });
  });

  it('gives the same summary whatever the order of the rows', () => {
    const shuffled = [handExample[3], handExample[1], handExample[2], handExample[0]].flatMap(
      (o) => (o ? [o] : []),
    );
    expect(summariesOf(shuffled, '2026-02-10')).toEqual(summariesOf(handExample, '2026-02-10'));
  });

  it('a one-time buyer has x = 0, tₓ = 0, no repeat mean and T equal to its recency', () => {
    const [c] = summariesOf([order('C', '2026-01-01', 2500)], '2026-01-21');
    expect(c).toMatchObject({ repeatPeriods: 0, lastSinceFirstDays: 0, repeatMean: null });
    expect(c).toMatchObject({ ageDays: 20, recencyDays: 20, meanAmount: 2500 });
  });

  it('rounds the mean order half away from zero to the cent', () => {
    const [d, e] = summariesOf(
      [
        order('D', '2026-01-01', 100),
        order('D', '2026-01-02', 100),
        order('D', '2026-01-03', 101),
        order('E', '2026-01-01', 1),
        order('E', '2026-01-01', 2),
      ],
      '2026-01-03',
    );
    // 301 ÷ 3 = 100.33 → 100; 3 ÷ 2 = 1.5 → 2.
    expect(d?.meanAmount).toBe(100);
    expect(e?.meanAmount).toBe(2);
    // E's two orders share its first day: no repeat purchase.
    expect(e?.repeatPeriods).toBe(0);
  });

  it('leaves out and counts the orders after a calibration date', () => {
    const result = customerSummaries(handExample, '2026-01-11');
    expect(result.ok && result.value.afterAsOf).toBe(1);
    const [a] = result.ok ? result.value.summaries : [];
    // Up to day 10: 1 000 + 500 + 2 000, x = 1, m̄ = 2 000, T = 10.
    expect(a).toMatchObject({ orders: 3, total: 3500, repeatPeriods: 1, repeatMean: 2000 });
    expect(a).toMatchObject({ ageDays: 10, lastDay: '2026-01-11' });
  });

  it('skips and counts rows without a customer, with an unreadable day or amount', () => {
    // Half a cent: a row the type refuses, as a damaged store or backup could still hand back.
    const fractionalAmount: Order = JSON.parse(
      '{"customerId":"F","date":"2026-01-02","amount":0.5,"orderId":null}',
    );
    const result = customerSummaries(
      [
        order('  ', '2026-01-01', 100),
        order('F', '2026-02-30', 100),
        fractionalAmount,
        order('F', '2026-01-03', 700),
      ],
      '2026-01-31',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.skipped).toEqual({
      missingCustomerId: 1,
      unreadableDay: 1,
      unreadableAmount: 1,
    });
    expect(result.value.summaries).toHaveLength(1);
    expect(result.value.summaries[0]).toMatchObject({ customerId: 'F', orders: 1, total: 700 });
    expect([result.value.firstDay, result.value.lastDay]).toEqual(['2026-01-03', '2026-01-03']);
  });

  it('says the calibration date is before the first order instead of returning nobody', () => {
    expect(customerSummaries(handExample, '2025-12-31')).toEqual({
      ok: false,
      error: { code: 'as-of-before-first-order', asOf: '2025-12-31', firstDay: '2026-01-01' },
    });
  });

  it('says when there is no readable order, and when the date itself is unreadable', () => {
    expect(customerSummaries([], '2026-01-01')).toMatchObject({
      ok: false,
      error: { code: 'no-orders' },
    });
    expect(customerSummaries(handExample, '2026-02-30')).toEqual({
      ok: false,
      error: { code: 'unreadable-as-of', asOf: '2026-02-30' },
    });
  });

  it('lists customers in the order of their first row, with the history’s first and last day', () => {
    const result = customerSummaries(
      [order('Z', '2026-03-01', 1), order('Y', '2026-01-01', 1), order('Z', '2026-01-15', 1)],
      '2026-03-31',
    );
    expect(result.ok && result.value.summaries.map((s) => s.customerId)).toEqual(['Z', 'Y']);
    expect(result.ok && [result.value.firstDay, result.value.lastDay]).toEqual([
      '2026-01-01',
      '2026-03-01',
    ]);
  });

  it('summarises 200 000 orders of 20 000 customers (timing printed)', () => {
    // A fixed 32-bit linear congruential sequence: the same orders on every run.
    let seed = 12_345;
    const next = (): number => (seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0);
    const days = Array.from({ length: 1096 }, (_, i) =>
      new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10),
    );
    // Ten orders per customer, on days spread over three years, in no particular order.
    const orders = Array.from({ length: 200_000 }, (_, i) =>
      order(`C${i % 20_000}`, days[next() % days.length] ?? '2023-01-01', next() % 20_000),
    );
    const start = performance.now();
    const result = customerSummaries(orders, '2025-12-31');
    const elapsed = performance.now() - start;
    console.log(`customerSummaries: 200 000 orders, 20 000 customers in ${elapsed.toFixed(1)} ms`);
    expect(result.ok && result.value.summaries.length).toBe(20_000);
    expect(result.ok && result.value.summaries.reduce((n, s) => n + s.orders, 0)).toBe(200_000);
  });
});
