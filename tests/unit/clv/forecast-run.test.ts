// The whole forecast of a plan's orders: on orders simulated from known BG/NBD and Gamma-Gamma
// parameters the fits find them again and the holdout tracks what happened; every refusal is
// a reason (calibration before the first order, too few customers), never a NaN.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/clv/days';
import { runForecast, UNIT_DAYS } from '../../../src/domain/clv/forecast-run';
import type { Order } from '../../../src/domain/clv/model';
import { simulateCustomers } from '../../../src/domain/clv/simulate-bgnbd';
import { toCents } from '../../../src/domain/money';
import { seededRandom } from '../../../src/domain/roi/random';

const BG = { r: 0.6, alpha: 4, a: 0.8, b: 2.5 };
const GG = { p: 6, q: 4, v: 1500 };
const START = '2025-01-06';
const CALIBRATION_WEEKS = 39;
const HOLDOUT_WEEKS = 26;
const CALIBRATION = addDays(START, CALIBRATION_WEEKS * 7) ?? '';

/**
 * Orders of customers drawn from BG and GG in weeks: the first purchase T weeks before the
 * calibration day, the last repeat one at tₓ, the x − 1 others uniform in between (a Poisson
 * process's times given their count and the last one), holdout purchases uniform after.
 * Repeat purchases are each worth the customer's mean; times are whole days.
 */
function simulatedOrders(customers: number, seed: number): Order[] {
  const random = seededRandom(seed);
  const drawn = simulateCustomers({
    customers,
    bgnbd: BG,
    gammaGamma: GG,
    calibrationLength: CALIBRATION_WEEKS,
    acquisitionSpread: 12,
    holdoutLength: HOLDOUT_WEEKS,
    timeGrain: 1 / 7,
    random,
  });
  const orders: Order[] = [];
  drawn.forEach((c, i) => {
    const id = `c${i}`;
    const first = CALIBRATION_WEEKS * 7 - Math.round(c.T * 7);
    const at = (weeks: number) => addDays(START, first + Math.floor(weeks * 7)) ?? START;
    const amount = toCents(Math.max(1, Math.round(c.mean)));
    orders.push({ customerId: id, date: at(0), amount: toCents(2500), orderId: null });
    for (let k = 0; k < c.x; k++) {
      const t = k === c.x - 1 ? c.tx : random() * c.tx;
      orders.push({ customerId: id, date: at(t), amount, orderId: null });
    }
    for (let k = 0; k < c.holdoutPurchases; k++) {
      const day = CALIBRATION_WEEKS * 7 + 1 + Math.floor(random() * HOLDOUT_WEEKS * 7);
      orders.push({ customerId: id, date: addDays(START, day) ?? START, amount, orderId: null });
    }
  });
  return orders;
}

const options = {
  calibrationDay: CALIBRATION,
  unit: 'week' as const,
  periods: 52,
  yearlyDiscountRate: 0.1,
};

function noNaN(value: unknown): void {
  const text = JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? 'NOT-FINITE' : v,
  );
  expect(text).not.toContain('NOT-FINITE');
}

describe('runForecast', () => {
  const orders = simulatedOrders(4000, 7);
  const run = runForecast(orders, options);

  it('finds the BG/NBD parameters the orders were drawn from', () => {
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    const { r, alpha, a, b } = run.value.bgnbd.params;
    expect(run.value.bgnbd.customers).toBe(4000);
    expect(r).toBeGreaterThan(BG.r * 0.8);
    expect(r).toBeLessThan(BG.r * 1.2);
    expect(alpha).toBeGreaterThan(BG.alpha * 0.75);
    expect(alpha).toBeLessThan(BG.alpha * 1.25);
    expect(a).toBeGreaterThan(BG.a * 0.6);
    expect(a).toBeLessThan(BG.a * 1.4);
    expect(b).toBeGreaterThan(BG.b * 0.6);
    expect(b).toBeLessThan(BG.b * 1.4);
  });

  it('finds the population’s mean spend v·p/(q−1) of the Gamma-Gamma', () => {
    if (!run.ok) throw new Error('no run');
    // 1 500 × 6 / 3 = 3 000 cents.
    expect(run.value.gammaGamma.populationMean).toBeGreaterThan(2700);
    expect(run.value.gammaGamma.populationMean).toBeLessThan(3300);
    expect(run.value.independence?.verdict).toBe('independent-enough');
  });

  it('gives each customer P(alive), purchases and a CLV, in parallel arrays', () => {
    if (!run.ok) throw new Error('no run');
    const { rows, totals } = run.value;
    expect(rows.customerIds).toHaveLength(4000);
    expect(rows.clv).toHaveLength(4000);
    for (const p of rows.alive) expect(p >= 0 && p <= 1).toBe(true);
    expect(rows.clv.reduce((s, v) => s + v, 0)).toBe(totals.clv);
    // 10 % a year in weeks: 1.1^(7/365.25) − 1 ≈ 0.183 %.
    expect(run.value.periodDiscountRate).toBeCloseTo(Math.pow(1.1, 7 / 365.25) - 1, 12);
    noNaN(run.value);
  });

  it('tracks the holdout: predicted repeat purchases within 15 % of the actual ones', () => {
    if (!run.ok) throw new Error('no run');
    const holdout = run.value.holdout;
    expect(holdout).not.toBeNull();
    if (!holdout) return;
    expect(holdout.periods).toBe(HOLDOUT_WEEKS);
    const actual = holdout.actual[holdout.periods - 1] ?? 0;
    const expected = holdout.expected[holdout.periods - 1] ?? 0;
    expect(actual).toBeGreaterThan(100);
    expect(Math.abs(expected - actual) / actual).toBeLessThan(0.15);
  });

  it('has no holdout when calibrated on the last order day', () => {
    const last = orders.reduce((m, o) => (o.date > m ? o.date : m), '');
    const atEnd = runForecast(orders, { ...options, calibrationDay: last });
    expect(atEnd.ok).toBe(true);
    if (atEnd.ok) expect(atEnd.value.holdout).toBeNull();
  });

  it('says a calibration before the first order is one, with the first order day', () => {
    const first = orders.reduce((m, o) => (o.date < m ? o.date : m), '9999-12-31');
    expect(runForecast(orders, { ...options, calibrationDay: '2024-12-01' })).toEqual({
      ok: false,
      error: { code: 'as-of-before-first-order', calibrationDay: '2024-12-01', firstDay: first },
    });
  });

  it('refuses a calibration after the last order day', () => {
    const result = runForecast(orders, { ...options, calibrationDay: '2030-01-01' });
    expect(result.ok ? null : result.error.code).toBe('calibration-after-last-order');
  });

  it('refuses too few customers with how many there are and how many it needs', () => {
    const few = simulatedOrders(12, 3);
    const result = runForecast(few, options);
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-few-customers', customers: 12, minimum: 20 },
    });
  });

  it('refuses a history without repeat buyers', () => {
    const single: Order[] = Array.from({ length: 30 }, (_, i) => ({
      customerId: `s${i}`,
      date: addDays(START, i) ?? START,
      amount: toCents(1000),
      orderId: null,
    }));
    const result = runForecast(single, { ...options, calibrationDay: addDays(START, 29) ?? '' });
    expect(result.ok ? null : result.error.code).toBe('no-repeat-buyers');
  });

  it('refuses options out of range', () => {
    expect(runForecast(orders, { ...options, periods: 0 }).ok).toBe(false);
    expect(runForecast(orders, { ...options, yearlyDiscountRate: Number.NaN }).ok).toBe(false);
  });

  it('counts months as 365.25 / 12 days', () => {
    expect(UNIT_DAYS.month * 12).toBeCloseTo(365.25, 12);
  });
});
