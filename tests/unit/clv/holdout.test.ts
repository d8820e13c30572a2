// The holdout check: actual repeat purchases after the calibration day, cumulated by period,
// against Σ E[Y(t)] of the customers acquired by then, on numbers that can be worked by hand.
import { describe, expect, it } from 'vitest';
import { expectedPurchases } from '../../../src/domain/clv/bgnbd';
import { holdoutSeries } from '../../../src/domain/clv/holdout';
import { toCents } from '../../../src/domain/money';
import type { Order } from '../../../src/domain/clv/model';

const params = { r: 0.5, alpha: 3, a: 0.8, b: 2.5 };

function order(customerId: string, date: string): Order {
  return { customerId, date, amount: toCents(1000), orderId: null };
}

// Calibration 2026-01-10; holdout to 2026-01-24 = 14 days = 2 weeks.
const orders: Order[] = [
  order('a', '2026-01-01'),
  order('a', '2026-01-05'),
  order('b', '2026-01-08'),
  // Holdout, week 1 (Jan 11–17): a twice on one day (one purchase), b once.
  order('a', '2026-01-12'),
  order('a', '2026-01-12'),
  order('b', '2026-01-17'),
  // Week 2 (Jan 18–24): a once; c is acquired after calibration and is not counted.
  order('a', '2026-01-24'),
  order('c', '2026-01-20'),
  order('c', '2026-01-22'),
];
const customers = [
  { customerId: 'a', x: 1, tx: 4 / 7, T: 9 / 7 },
  { customerId: 'b', x: 0, tx: 0, T: 2 / 7 },
];
const options = { calibrationDay: '2026-01-10', lastDay: '2026-01-24', unitDays: 7, periodDays: 7 };

describe('holdoutSeries', () => {
  it('counts distinct purchase days after calibration of the calibration customers, cumulated', () => {
    const series = holdoutSeries(orders, customers, params, options);
    expect(series.ok).toBe(true);
    if (!series.ok) return;
    expect(series.value.periods).toBe(2);
    expect(series.value.days).toBe(14);
    expect(series.value.customers).toBe(2);
    expect(series.value.actual).toEqual([2, 3]);
  });

  it('sums each customer’s E[Y(t)] given their history at each period end', () => {
    const series = holdoutSeries(orders, customers, params, options);
    if (!series.ok) throw new Error('no series');
    for (const [k, t] of [
      [0, 1],
      [1, 2],
    ] as const) {
      const sum =
        (expectedPurchases(params, customers[0]!, t) ?? NaN) +
        (expectedPurchases(params, customers[1]!, t) ?? NaN);
      expect(series.value.expected[k]).toBeCloseTo(sum, 12);
    }
    expect(series.value.expected[1]!).toBeGreaterThan(series.value.expected[0]!);
  });

  it('ends a partial last period at the last order day', () => {
    const series = holdoutSeries(orders, customers, params, { ...options, lastDay: '2026-01-20' });
    if (!series.ok) throw new Error('no series');
    // 10 days: a week and 3 days; a's 24th is past the end.
    expect(series.value.periods).toBe(2);
    expect(series.value.actual).toEqual([2, 2]);
    const at = (t: number) =>
      (expectedPurchases(params, customers[0]!, t) ?? NaN) +
      (expectedPurchases(params, customers[1]!, t) ?? NaN);
    expect(series.value.expected[1]).toBeCloseTo(at(10 / 7), 12);
  });

  it('has no holdout when calibration is the last order day', () => {
    const series = holdoutSeries(orders, customers, params, {
      ...options,
      calibrationDay: '2026-01-24',
    });
    expect(series).toEqual({ ok: false, error: { code: 'no-holdout' } });
  });

  it('refuses an unreadable day rather than giving NaN', () => {
    const series = holdoutSeries(orders, customers, params, { ...options, lastDay: '2026-02-30' });
    expect(series).toEqual({ ok: false, error: { code: 'unreadable-day' } });
  });
});
