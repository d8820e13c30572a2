// The predicted CLV: Gamma-Gamma spend × BG/NBD purchases period by period, discounted, per
// customer and in total, on parameters where E[Y] has a closed form so that every figure
// can be worked by hand; and the refusals that keep a NaN or an infinity off the screen.
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue, forecastCustomers } from '../../../src/domain/clv/forecast';

/**
 * r = a + b − 1 turns ₂F₁ into a power, so E[Y(t) | alive] = (r+x)/(a−1)·[1 − (1−z)^(a−1)]
 * = (r+x)·t/(α+T+t) with a = 2 (z = t/(α+T+t)).
 */
const bg = { r: 2, alpha: 1, a: 2, b: 1 };
/** Population mean spend v·p/(q−1) = 1 500·6/3 = 3 000 cents. */
const gg = { p: 6, q: 4, v: 1500 };
/** Two months at 10 % a month. */
const options = { periods: 2, periodLength: 1, discountRate: 0.1 };

/** A new customer: E(t) = 2t/(1+t), so E(1) = 1 and E(2) = 4/3. */
const newcomer = { x: 0, tx: 0, T: 0, mean: 0 };
/**
 * x = 2, tₓ = 2, T = 3: P(alive) = 1/(1 + 2/2·(4/3)⁴) = 81/337, E(t) = 4t/(4+t)·81/337, so
 * E(1) = 0.8·81/337 and E(2) = (4/3)·81/337; spend w = 12/15 = 0.8: 0.2·3 000 + 0.8·2 000.
 */
const regular = { x: 2, tx: 2, T: 3, mean: 2000 };

describe('customerLifetimeValue', () => {
  it('discounts each period’s purchases and prices them at the expected spend', () => {
    // Periods: 1 and 4/3 − 1 = 1/3 purchases; 1/1.1 + (1/3)/1.21 = 1.184573002754821.
    // CLV = 3 000 × 1.184573… = 3 553.72 cents → 3 554.
    const forecast = customerLifetimeValue(bg, gg, newcomer, options);
    expect(forecast?.probabilityAlive).toBe(1);
    expect(forecast?.expectedPurchases).toBeCloseTo(4 / 3, 12);
    expect(forecast?.discountedPurchases).toBeCloseTo(1 / 1.1 + 1 / 3 / 1.21, 12);
    expect(forecast?.expectedSpend).toBeCloseTo(3000, 9);
    expect(forecast?.clv).toBe(3554);
  });

  it('weighs a repeat buyer’s purchases by the chance they are still a customer', () => {
    // Periods: 64.8/337 and (4/3 − 0.8)·81/337 = 43.2/337 purchases;
    // 64.8/337/1.1 + 43.2/337/1.21 = 0.2807464992561616, × 2 200 cents = 617.64 → 618.
    const forecast = customerLifetimeValue(bg, gg, regular, options);
    expect(forecast?.probabilityAlive).toBeCloseTo(81 / 337, 12);
    expect(forecast?.expectedPurchases).toBeCloseTo(((4 / 3) * 81) / 337, 12);
    expect(forecast?.discountedPurchases).toBeCloseTo(64.8 / 337 / 1.1 + 43.2 / 337 / 1.21, 12);
    expect(forecast?.expectedSpend).toBeCloseTo(2200, 9);
    expect(forecast?.clv).toBe(618);
  });

  it('without discount, telescopes to E[M] × E[Y(N·L)]', () => {
    // Twelve periods of ½: E(6) = 2·6/7 = 12/7 purchases, × 3 000 = 5 142.86 → 5 143 cents.
    const forecast = customerLifetimeValue(bg, gg, newcomer, {
      periods: 12,
      periodLength: 0.5,
      discountRate: 0,
    });
    expect(forecast?.discountedPurchases).toBeCloseTo(12 / 7, 12);
    expect(forecast?.clv).toBe(5143);
  });

  it.each([
    { what: 'no period', changes: { periods: 0 } },
    { what: 'a fractional number of periods', changes: { periods: 1.5 } },
    { what: 'a period of no length', changes: { periodLength: 0 } },
    { what: 'a negative discount rate', changes: { discountRate: -0.1 } },
    { what: 'a NaN discount rate', changes: { discountRate: NaN } },
  ])('has no value for $what', ({ changes }) => {
    expect(customerLifetimeValue(bg, gg, newcomer, { ...options, ...changes })).toBeNull();
  });
});

describe('forecastCustomers', () => {
  it('totals the rounded CLVs shown per customer: 3 554 + 618 = 4 172 cents', () => {
    const forecast = forecastCustomers(bg, gg, [newcomer, regular], options);
    expect(forecast.ok).toBe(true);
    if (!forecast.ok) return;
    expect(forecast.customers.map((c) => c.clv)).toEqual([3554, 618]);
    expect(forecast.totals.clv).toBe(4172);
    // 4/3 + (4/3)·81/337 purchases.
    expect(forecast.totals.expectedPurchases).toBeCloseTo(4 / 3 + ((4 / 3) * 81) / 337, 12);
  });

  it('refuses a spend model whose mean is infinite (q ≤ 1) rather than show a CLV', () => {
    const forecast = forecastCustomers(bg, { p: 6, q: 0.9, v: 1500 }, [newcomer], options);
    expect(forecast).toEqual({ ok: false, reason: 'infinite-mean-spend' });
  });

  it('names the customer whose summary is not valid', () => {
    const broken = { x: 1, tx: 5, T: 3, mean: 1000 };
    const forecast = forecastCustomers(bg, gg, [newcomer, regular, broken], options);
    expect(forecast).toEqual({ ok: false, reason: 'invalid-customer', row: 2 });
  });

  it('refuses invalid options before looking at any customer', () => {
    const forecast = forecastCustomers(bg, gg, [newcomer], { ...options, periods: 601 });
    expect(forecast).toEqual({ ok: false, reason: 'invalid-options' });
  });

  it('gives zero totals for no customer', () => {
    expect(forecastCustomers(bg, gg, [], options)).toEqual({
      ok: true,
      customers: [],
      totals: { expectedPurchases: 0, discountedPurchases: 0, clv: 0 },
    });
  });
});
