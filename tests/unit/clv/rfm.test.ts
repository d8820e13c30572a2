// RFM scores by quintile on hand-built lists: plain quintiles, ties kept together, recent =
// high, one customer and all customers equal, and the bands the UI prints as the rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../../../src/domain/clv/customers';
import { rfmScores } from '../../../src/domain/clv/rfm';
import { toCents } from '../../../src/domain/money';

interface Values {
  recencyDays?: number;
  orders?: number;
  purchaseDays?: number;
  total?: number;
  meanAmount?: number;
}

/** A summary with only what RFM reads set on purpose; the rest are placeholders. */
function summary(customerId: string, values: Values): CustomerSummary {
  const orders = values.orders ?? 1;
  return {
    customerId,
    firstDay: '2026-01-01',
    lastDay: '2026-01-01',
    orders,
    purchaseDays: values.purchaseDays ?? orders,
    total: toCents(values.total ?? 1000),
    meanAmount: toCents(values.meanAmount ?? 1000),
    recencyDays: values.recencyDays ?? 0,
    repeatPeriods: 0,
    lastSinceFirstDays: 0,
    ageDays: values.recencyDays ?? 0,
    repeatMean: null,
  };
}

function byOrders(orders: number[]): CustomerSummary[] {
  return orders.map((n, i) => summary(`c${i}`, { orders: n }));
}

describe('rfmScores', () => {
  it('ten different values: two customers per score, 1 for the fewest orders', () => {
    const scoring = rfmScores(byOrders([5, 1, 2, 3, 4, 6, 7, 8, 9, 10]));
    // Sorted, value v sits alone at position v − 1: ⌈5 · (2v − 1) / 20⌉ = 1,1,2,2,3,3,4,4,5,5.
    expect(scoring.customers.map((c) => c.f)).toEqual([3, 1, 1, 2, 2, 3, 4, 4, 5, 5]);
  });

  it('keeps tied customers together, scored where the middle of their group falls', () => {
    const scoring = rfmScores(byOrders([1, 1, 1, 2, 3, 4, 5, 6, 7, 8]));
    // n = 10. The three 1s take positions 0 … 2: ⌈5 · (0 + 3) / 20⌉ = ⌈0.75⌉ = 1.
    // 2 at 3: ⌈5 · 7 / 20⌉ = ⌈1.75⌉ = 2; 3 at 4: ⌈2.25⌉ = 3; 4 at 5: ⌈2.75⌉ = 3;
    // 5: ⌈3.25⌉ = 4; 6: ⌈3.75⌉ = 4; 7: ⌈4.25⌉ = 5; 8: ⌈4.75⌉ = 5.
    expect(scoring.customers.map((c) => c.f)).toEqual([1, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
    expect(scoring.frequency.bands).toEqual([
      { score: 1, min: 1, max: 1, customers: 3 },
      { score: 2, min: 2, max: 2, customers: 1 },
      { score: 3, min: 3, max: 4, customers: 2 },
      { score: 4, min: 5, max: 6, customers: 2 },
      { score: 5, min: 7, max: 8, customers: 2 },
    ]);
  });

  it('when six in ten ordered once, they all score 2 and nobody scores 1', () => {
    const scoring = rfmScores(byOrders([1, 1, 1, 1, 1, 1, 2, 2, 3, 5]));
    // The 1s fill positions 0 … 5: ⌈5 · 6 / 20⌉ = ⌈1.5⌉ = 2. The 2s, 6 … 7: ⌈5 · 14 / 20⌉ =
    // ⌈3.5⌉ = 4. 3 at 8: ⌈4.25⌉ = 5; 5 at 9: ⌈4.75⌉ = 5.
    expect(scoring.customers.map((c) => c.f)).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
    expect(scoring.frequency.bands.map((b) => [b.score, b.min, b.max])).toEqual([
      [2, 1, 1],
      [4, 2, 2],
      [5, 3, 5],
    ]);
  });

  it('a group whose middle falls on a boundary takes the lower score', () => {
    const scoring = rfmScores(byOrders([1, 1, 2, 3, 4]));
    // The 1s at 0 … 1: 5 · 2 / 10 = 1 exactly → 1. Then ⌈2.5⌉ = 3, ⌈3.5⌉ = 4, ⌈4.5⌉ = 5.
    expect(scoring.customers.map((c) => c.f)).toEqual([1, 1, 3, 4, 5]);
  });

  it('scores recent customers high: fewer days since the last order, higher R', () => {
    const scoring = rfmScores(
      [40, 0, 30, 10, 20].map((d, i) => summary(`c${i}`, { recencyDays: d })),
    );
    expect(scoring.customers.map((c) => c.r)).toEqual([1, 5, 2, 4, 3]);
    expect(scoring.recency.higherIsBetter).toBe(false);
    expect(scoring.recency.bands.map((b) => [b.score, b.min, b.max])).toEqual([
      [1, 40, 40],
      [2, 30, 30],
      [3, 20, 20],
      [4, 10, 10],
      [5, 0, 0],
    ]);
  });

  it('scores monetary value on the total', () => {
    const scoring = rfmScores(
      [500, 100, 300, 200, 400].map((t, i) => summary(`c${i}`, { total: t })),
    );
    expect(scoring.customers.map((c) => c.m)).toEqual([5, 1, 3, 2, 4]);
    expect(scoring.monetary.basis).toBe('total');
  });

  it('one customer scores 3, 3, 3: nobody to be better or worse than', () => {
    const scoring = rfmScores([summary('solo', { recencyDays: 3, orders: 7, total: 9900 })]);
    expect(scoring.customers[0]).toMatchObject({ r: 3, f: 3, m: 3, frequency: 7, monetary: 9900 });
    expect(scoring.recency.bands).toEqual([{ score: 3, min: 3, max: 3, customers: 1 }]);
  });

  it('all customers equal score 3 on every dimension', () => {
    const scoring = rfmScores(
      ['a', 'b', 'c', 'd'].map((id) => summary(id, { recencyDays: 12, orders: 2, total: 500 })),
    );
    expect(scoring.customers.map((c) => [c.r, c.f, c.m])).toEqual([
      [3, 3, 3],
      [3, 3, 3],
      [3, 3, 3],
      [3, 3, 3],
    ]);
  });

  it('two customers score 2 and 4', () => {
    // Positions 0 and 1 of 2: ⌈5 · 1 / 4⌉ = ⌈1.25⌉ = 2 and ⌈5 · 3 / 4⌉ = ⌈3.75⌉ = 4.
    expect(rfmScores(byOrders([3, 1])).customers.map((c) => c.f)).toEqual([4, 2]);
  });

  it('can score purchase days and the mean order instead', () => {
    const scoring = rfmScores(
      [
        summary('a', { orders: 9, purchaseDays: 1, total: 9000, meanAmount: 1000 }),
        summary('b', { orders: 2, purchaseDays: 2, total: 1000, meanAmount: 5000 }),
      ],
      { frequency: 'purchase-days', monetary: 'mean' },
    );
    expect(scoring.customers.map((c) => [c.f, c.m, c.frequency, c.monetary, c.revenue])).toEqual([
      [2, 2, 1, 1000, 9000],
      [4, 4, 2, 5000, 1000],
    ]);
    expect([scoring.frequency.basis, scoring.monetary.basis]).toEqual(['purchase-days', 'mean']);
  });

  it('no customer, no score and no band', () => {
    const scoring = rfmScores([]);
    expect(scoring.customers).toEqual([]);
    expect(scoring.frequency.bands).toEqual([]);
  });

  it('equal values always share a score, and more orders never score lower', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 60 }),
        (orders) => {
          const scores = rfmScores(byOrders(orders)).customers;
          for (const a of scores) {
            for (const b of scores) {
              if (a.frequency === b.frequency) expect(a.f).toBe(b.f);
              if (a.frequency > b.frequency) expect(a.f).toBeGreaterThanOrEqual(b.f);
            }
          }
        },
      ),
    );
  });
});
