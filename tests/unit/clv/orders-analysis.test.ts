// One analysis of a plan's orders: measured as of the last order day, the summaries, RFM scores
// and derived inputs consistent with each other, orders surviving the columns they are stored
// and sent to the worker in, and the reasons when there is nothing to analyse.
import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/domain/clv/model';
import {
  columnsFromOrders,
  emptyOrderColumns,
  orderCountOf,
  ordersFromColumns,
} from '../../../src/domain/clv/order-columns';
import { analyseOrders, lastOrderDay } from '../../../src/domain/clv/orders-analysis';
import { toCents } from '../../../src/domain/money';
import { answerOrdersAnalysis } from '../../../src/state/clv-orders-protocol';

function order(
  customerId: string,
  date: string,
  amount: number,
  orderId: string | null = null,
): Order {
  return { customerId, date, amount: toCents(amount), orderId };
}

const orders = [
  order('A', '2025-01-10', 2000, 'o1'),
  order('B', '2025-03-01', 4000),
  order('A', '2025-06-01', 3000, 'o3'),
  order('C', '2025-05-20', 1500),
];

describe('order columns', () => {
  it('hold the orders in their order, ids and missing order ids included', () => {
    const columns = columnsFromOrders(orders);
    expect(orderCountOf(columns)).toBe(4);
    expect(columns.customerIds).toEqual(['A', 'B', 'A', 'C']);
    expect(columns.orderIds).toEqual(['o1', null, 'o3', null]);
    expect(ordersFromColumns(columns)).toEqual(orders);
    expect(ordersFromColumns(emptyOrderColumns())).toEqual([]);
  });
});

describe('analyseOrders', () => {
  it('measures as of the last order day, not the last row', () => {
    expect(lastOrderDay(orders)).toBe('2025-06-01');
    const result = analyseOrders(orders);
    if (!result.ok) throw new Error(result.error.code);
    const { asOf, firstDay, summaries, rfm, orderCount } = result.value;
    expect(asOf).toBe('2025-06-01');
    expect(firstDay).toBe('2025-01-10');
    expect(orderCount).toBe(4);
    expect(summaries.map((s) => [s.customerId, s.recencyDays, s.orders])).toEqual([
      ['A', 0, 2],
      ['B', 92, 1],
      ['C', 12, 1],
    ]);
    // The scores are those of the same customers, in the same order.
    expect(rfm.customers.map((c) => c.customerId)).toEqual(['A', 'B', 'C']);
    // A ordered last and most often: the highest recency and frequency scores.
    const [a, b] = rfm.customers;
    expect(a?.r).toBeGreaterThan(b?.r ?? 5);
    expect(a?.f).toBeGreaterThan(b?.f ?? 5);
  });

  it('gives the derived inputs, or why each is unknown', () => {
    const result = analyseOrders(orders);
    if (!result.ok) throw new Error(result.error.code);
    const { derived } = result.value;
    // 10 500 cents over 4 orders: 2 625.
    expect(derived.averageBasket).toEqual({
      ok: true,
      value: { basket: 2625, revenue: 10_500, orders: 4 },
    });
    expect(derived.purchasesPerYear).toEqual({
      ok: false,
      error: { code: 'history-shorter-than-a-year' },
    });
    expect(derived.retention).toEqual({
      ok: false,
      error: { code: 'history-shorter-than-two-years' },
    });
  });

  it('says there is nothing to analyse rather than scoring nobody', () => {
    expect(analyseOrders([])).toEqual({ ok: false, error: { code: 'no-orders' } });
    expect(analyseOrders([order('A', 'not a day', 100)])).toEqual({
      ok: false,
      error: { code: 'no-orders' },
    });
    expect(analyseOrders([order('', '2025-01-01', 100)])).toMatchObject({
      ok: false,
      error: { code: 'no-orders' },
    });
  });

  it('answers the worker protocol the same way on either thread', () => {
    const answer = answerOrdersAnalysis({ columns: columnsFromOrders(orders) });
    expect(answer).toEqual(analyseOrders(orders));
  });
});
