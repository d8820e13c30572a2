// The predicted customer lifetime value of the fitted models: Gamma-Gamma spend per purchase
// times the BG/NBD purchases expected period by period, discounted, per customer and in total.
import { toCents, centsFromNumber, type Cents } from '../money';
import { expectedPurchases, probabilityAlive, type BgNbdParams, type BgNbdSummary } from './bgnbd';
import { expectedAverageSpend, type GammaGammaParams } from './gamma-gamma';

export interface ForecastOptions {
  /** Number of periods N ahead of the calibration end, a whole number from 1 to 600. */
  periods: number;
  /** One period in the summaries' time unit (a month is 52/12 weeks). */
  periodLength: number;
  /** Discount rate per period, ≥ 0 (a yearly 10 % is about 0.8 % a month). */
  discountRate: number;
}

/** A customer's summary with the mean of their repeat purchases, in cents (0 when x = 0). */
export interface ForecastCustomer extends BgNbdSummary {
  mean: number;
}

export interface CustomerForecast {
  probabilityAlive: number;
  /** Purchases expected over the N periods, not discounted. */
  expectedPurchases: number;
  /** Σᵢ (E[Y(i·L)] − E[Y((i−1)·L)]) / (1+d)ⁱ: the same purchases, each period discounted. */
  discountedPurchases: number;
  /** E[M | x, m̄], cents per purchase (not rounded: a mean, not an amount paid). */
  expectedSpend: number;
  /** expectedSpend × discountedPurchases, rounded to the cent. */
  clv: Cents;
}

export type ForecastFailure =
  | { reason: 'invalid-options' }
  /** The fitted q ≤ 1: the population's mean spend, hence every CLV, is infinite. */
  | { reason: 'infinite-mean-spend' }
  /** A summary that is not valid (see bgnbd and gamma-gamma), with its index. */
  | { reason: 'invalid-customer'; row: number }
  /**
   * The model gave no finite value for this customer (an extreme fit), with its index; null
   * when the customers are fine one by one but their total is past what cents carry.
   */
  | { reason: 'not-computable'; row: number | null };

export type Forecast =
  | {
      ok: true;
      customers: CustomerForecast[];
      /** Sums over the customers; clv is the sum of the rounded values shown per customer. */
      totals: { expectedPurchases: number; discountedPurchases: number; clv: Cents };
    }
  | ({ ok: false } & ForecastFailure);

/** A CLV past this many cents (10¹³ €) is beyond what cents can carry exactly. */
const MAX_CENTS = 1e15;

function isValidOptions(o: ForecastOptions): boolean {
  return (
    Number.isInteger(o.periods) &&
    o.periods >= 1 &&
    o.periods <= 600 &&
    Number.isFinite(o.periodLength) &&
    o.periodLength > 0 &&
    Number.isFinite(o.discountRate) &&
    o.discountRate >= 0
  );
}

type One = CustomerForecast | 'invalid-customer' | 'not-computable';

function forecastOne(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  customer: ForecastCustomer,
  options: ForecastOptions,
): One {
  const alive = probabilityAlive(bg, customer);
  const spend = expectedAverageSpend(gg, customer);
  if (alive === null || spend === null) return 'invalid-customer';
  let previous = 0;
  let discounted = 0;
  for (let i = 1; i <= options.periods; i++) {
    const cumulative = expectedPurchases(bg, customer, i * options.periodLength);
    if (cumulative === null) return 'not-computable';
    // E[Y] grows with t; rounding in ₂F₁ must not make a period's purchases negative.
    const inPeriod = Math.max(0, cumulative - previous);
    discounted += inPeriod / Math.pow(1 + options.discountRate, i);
    previous = Math.max(previous, cumulative);
  }
  const value = spend * discounted;
  if (!Number.isFinite(value) || value > MAX_CENTS) return 'not-computable';
  return {
    probabilityAlive: alive,
    expectedPurchases: previous,
    discountedPurchases: discounted,
    expectedSpend: spend,
    clv: centsFromNumber(value / 100),
  };
}

/**
 * One customer's forecast over the N periods (see CustomerForecast), or null when the
 * options, the parameters or the summary are not valid, or the model gives no finite value.
 */
export function customerLifetimeValue(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  customer: ForecastCustomer,
  options: ForecastOptions,
): CustomerForecast | null {
  if (!isValidOptions(options)) return null;
  const one = forecastOne(bg, gg, customer, options);
  return typeof one === 'string' ? null : one;
}

/**
 * Every customer's forecast and the totals, or the first reason it cannot be given: invalid
 * options, an infinite mean spend (q ≤ 1), an invalid summary, a customer the model gives
 * no finite value for. All or nothing, so that a total never leaves a customer out silently.
 */
export function forecastCustomers(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  customers: readonly ForecastCustomer[],
  options: ForecastOptions,
): Forecast {
  if (!isValidOptions(options)) return { ok: false, reason: 'invalid-options' };
  if (expectedAverageSpend(gg, { x: 0, mean: 0 }) === null) {
    return { ok: false, reason: 'infinite-mean-spend' };
  }
  const results: CustomerForecast[] = [];
  let purchases = 0;
  let discounted = 0;
  let clv = 0;
  for (let row = 0; row < customers.length; row++) {
    const customer = customers[row];
    if (customer === undefined) return { ok: false, reason: 'invalid-customer', row };
    const one = forecastOne(bg, gg, customer, options);
    if (typeof one === 'string') return { ok: false, reason: one, row };
    results.push(one);
    purchases += one.expectedPurchases;
    discounted += one.discountedPurchases;
    clv += one.clv;
  }
  if (!Number.isSafeInteger(clv)) return { ok: false, reason: 'not-computable', row: null };
  return {
    ok: true,
    customers: results,
    totals: { expectedPurchases: purchases, discountedPurchases: discounted, clv: toCents(clv) },
  };
}
