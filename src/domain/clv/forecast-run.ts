// One forecast of a plan's orders, start to finish: the customers as of a calibration day, the
// BG/NBD and Gamma-Gamma fits, the independence check, each customer's P(alive), purchases and
// discounted CLV over N periods, and the holdout check. Every way it can fail is a value, and
// nothing in the result is NaN or Infinity (the worker sends it to the screen as is).
import { err, ok, type Result } from '../result';
import { centsFromNumber } from '../money';
import { fitBgNbd, MIN_CUSTOMERS_BGNBD, type BgNbdParams } from './bgnbd';
import { customerSummaries } from './customers';
import { customerLifetimeValue } from './forecast';
import {
  expectedAverageSpend,
  fitGammaGamma,
  frequencySpendCorrelation,
  MIN_CUSTOMERS_GAMMA_GAMMA,
  type GammaGammaParams,
  type IndependenceCheck,
} from './gamma-gamma';
import { holdoutSeries, type HoldoutCustomer, type HoldoutSeries } from './holdout';
import type { Day, Order } from './model';
import type { FitFailureReason } from './nelder-mead';
import { lastOrderDay } from './orders-analysis';

export type TimeUnit = 'day' | 'week' | 'month';

/** Days per time unit: a month is 365.25 / 12 days, so twelve of them make a mean year. */
export const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: 365.25 / 12 };

export const MAX_PERIODS = 600;

export interface ForecastRunOptions {
  calibrationDay: Day;
  unit: TimeUnit;
  /** Periods ahead (one period = one unit), a whole number from 1 to MAX_PERIODS. */
  periods: number;
  /** Yearly discount rate, ≥ 0 (0.1 for 10 %). */
  yearlyDiscountRate: number;
}

/** Per customer, in parallel arrays (compact to send from a worker), in first-order order. */
export interface ForecastRows {
  customerIds: string[];
  /** Repeat purchases x up to calibration. */
  x: number[];
  /** tₓ and T, in the unit. */
  recency: number[];
  age: number[];
  alive: number[];
  /** Expected purchases over the N periods (not discounted). */
  purchases: number[];
  /** E[M | x, m̄], cents per purchase. */
  spend: number[];
  /** Predicted CLV, discounted, cents. */
  clv: number[];
  /** 1 when the customer's own repeat mean was ≤ 0 (refunds): the population mean is used. */
  populationSpend: number[];
}

export interface ForecastRun {
  calibrationDay: Day;
  firstDay: Day;
  lastDay: Day;
  unit: TimeUnit;
  periods: number;
  yearlyDiscountRate: number;
  /** (1 + yearly)^(period in years) − 1. */
  periodDiscountRate: number;
  bgnbd: { params: BgNbdParams; logLikelihood: number; iterations: number; customers: number };
  gammaGamma: {
    params: GammaGammaParams;
    logLikelihood: number;
    iterations: number;
    customers: number;
    /** v·p/(q−1), cents: the population's mean spend per purchase. */
    populationMean: number;
  };
  /** Null when ρ is not defined (fewer than 3 repeat buyers, no spread). */
  independence: IndependenceCheck | null;
  rows: ForecastRows;
  totals: { purchases: number; clv: number };
  /** Null when the calibration day is the last order day. */
  holdout: HoldoutSeries | null;
  /** Orders after the calibration day (the holdout's raw material). */
  ordersAfter: number;
}

export type ForecastRunError =
  | { code: 'invalid-options' }
  | { code: 'unreadable-calibration' }
  | { code: 'no-orders' }
  | { code: 'as-of-before-first-order'; calibrationDay: Day; firstDay: Day }
  | { code: 'calibration-after-last-order'; calibrationDay: Day; lastDay: Day }
  | { code: 'total-beyond-safe-range'; customerId: string }
  | { code: 'too-few-customers'; customers: number; minimum: number }
  | { code: 'no-repeat-buyers' }
  | { code: 'too-few-repeat-buyers'; customers: number; minimum: number }
  | {
      code: 'fit-failed';
      model: 'bgnbd' | 'gamma-gamma';
      reason: FitFailureReason;
      iterations: number;
    }
  /** q ≤ 1: the mean spend per purchase, hence every CLV, would be infinite. */
  | { code: 'infinite-mean-spend'; q: number }
  /** The model gave no finite value for a customer (an extreme fit). */
  | { code: 'not-computable'; customerId: string | null };

function validOptions(o: ForecastRunOptions): boolean {
  return (
    (o.unit === 'day' || o.unit === 'week' || o.unit === 'month') &&
    Number.isInteger(o.periods) &&
    o.periods >= 1 &&
    o.periods <= MAX_PERIODS &&
    Number.isFinite(o.yearlyDiscountRate) &&
    o.yearlyDiscountRate >= 0 &&
    o.yearlyDiscountRate <= 10
  );
}

function emptyRows(): ForecastRows {
  return {
    customerIds: [],
    x: [],
    recency: [],
    age: [],
    alive: [],
    purchases: [],
    spend: [],
    clv: [],
    populationSpend: [],
  };
}

/** The whole forecast of `orders` (see ForecastRun), or the first reason it cannot be given. */
export function runForecast(
  orders: readonly Order[],
  options: ForecastRunOptions,
): Result<ForecastRun, ForecastRunError> {
  if (!validOptions(options)) return err({ code: 'invalid-options' });
  const { calibrationDay, unit, periods } = options;
  const unitDays = UNIT_DAYS[unit];
  const summarised = customerSummaries(orders, calibrationDay);
  if (!summarised.ok) {
    const e = summarised.error;
    if (e.code === 'unreadable-as-of') return err({ code: 'unreadable-calibration' });
    if (e.code === 'no-orders') return err({ code: 'no-orders' });
    if (e.code === 'as-of-before-first-order') {
      return err({ code: 'as-of-before-first-order', calibrationDay, firstDay: e.firstDay });
    }
    return err(e);
  }
  const { summaries, afterAsOf, firstDay } = summarised.value;
  // The last order day of the whole history: the holdout runs up to it.
  const lastDay = lastOrderDay(orders) ?? summarised.value.lastDay;
  if (calibrationDay > lastDay) {
    return err({ code: 'calibration-after-last-order', calibrationDay, lastDay });
  }

  const bgCustomers: HoldoutCustomer[] = summaries.map((s) => ({
    customerId: s.customerId,
    x: s.repeatPeriods,
    tx: s.lastSinceFirstDays / unitDays,
    T: s.ageDays / unitDays,
  }));
  if (bgCustomers.length < MIN_CUSTOMERS_BGNBD) {
    return err({
      code: 'too-few-customers',
      customers: bgCustomers.length,
      minimum: MIN_CUSTOMERS_BGNBD,
    });
  }
  const bg = fitBgNbd(bgCustomers);
  if (!bg.ok) {
    if (bg.reason === 'no-repeat-buyers') return err({ code: 'no-repeat-buyers' });
    return err({
      code: 'fit-failed',
      model: 'bgnbd',
      reason: bg.reason,
      iterations: bg.iterations,
    });
  }

  // Gamma-Gamma reads repeat buyers whose repeat purchases have a positive mean (refunds
  // that outweigh the purchases leave a mean the model cannot take).
  const spenders = summaries
    .filter((s) => s.repeatMean !== null && s.repeatMean > 0)
    .map((s) => ({ x: s.repeatPeriods, mean: s.repeatMean ?? 0 }));
  if (spenders.length < MIN_CUSTOMERS_GAMMA_GAMMA) {
    return err({
      code: 'too-few-repeat-buyers',
      customers: spenders.length,
      minimum: MIN_CUSTOMERS_GAMMA_GAMMA,
    });
  }
  const gg = fitGammaGamma(spenders);
  if (!gg.ok) {
    return err({
      code: 'fit-failed',
      model: 'gamma-gamma',
      reason: gg.reason,
      iterations: gg.iterations,
    });
  }
  const populationMean = expectedAverageSpend(gg.params, { x: 0, mean: 0 });
  if (populationMean === null) return err({ code: 'infinite-mean-spend', q: gg.params.q });

  const periodDiscountRate = Math.pow(1 + options.yearlyDiscountRate, unitDays / 365.25) - 1;
  const forecastOptions = { periods, periodLength: 1, discountRate: periodDiscountRate };
  // The purchases depend on (x, tₓ, T) only: customers who share them share one evaluation.
  const purchasesOf = new Map<string, { alive: number; purchases: number; discounted: number }>();
  const rows = emptyRows();
  let totalPurchases = 0;
  let totalClv = 0;
  for (let i = 0; i < summaries.length; i++) {
    const s = summaries[i];
    const c = bgCustomers[i];
    if (s === undefined || c === undefined) continue;
    const key = `${c.x}|${c.tx}|${c.T}`;
    let purchases = purchasesOf.get(key);
    if (purchases === undefined) {
      // Any positive mean serves: only the purchases of this answer are kept.
      const one = customerLifetimeValue(bg.params, gg.params, { ...c, mean: 1 }, forecastOptions);
      if (one === null) return err({ code: 'not-computable', customerId: s.customerId });
      purchases = {
        alive: one.probabilityAlive,
        purchases: one.expectedPurchases,
        discounted: one.discountedPurchases,
      };
      purchasesOf.set(key, purchases);
    }
    const ownMean = s.repeatMean !== null && s.repeatMean > 0 ? s.repeatMean : null;
    const spend =
      ownMean === null
        ? populationMean
        : expectedAverageSpend(gg.params, { x: s.repeatPeriods, mean: ownMean });
    const value = spend === null ? NaN : spend * purchases.discounted;
    if (spend === null || !Number.isFinite(value) || Math.abs(value) > 1e15) {
      return err({ code: 'not-computable', customerId: s.customerId });
    }
    const clv = centsFromNumber(value / 100);
    rows.customerIds.push(s.customerId);
    rows.x.push(c.x);
    rows.recency.push(c.tx);
    rows.age.push(c.T);
    rows.alive.push(purchases.alive);
    rows.purchases.push(purchases.purchases);
    rows.spend.push(spend);
    rows.clv.push(clv);
    rows.populationSpend.push(ownMean === null && s.repeatPeriods > 0 ? 1 : 0);
    totalPurchases += purchases.purchases;
    totalClv += clv;
  }
  if (!Number.isSafeInteger(totalClv)) return err({ code: 'not-computable', customerId: null });

  let holdout: HoldoutSeries | null = null;
  if (calibrationDay < lastDay) {
    const series = holdoutSeries(orders, bgCustomers, bg.params, {
      calibrationDay,
      lastDay,
      unitDays,
      periodDays: unitDays,
    });
    if (!series.ok) {
      if (series.error.code === 'not-computable') {
        return err({ code: 'not-computable', customerId: series.error.customerId });
      }
    } else holdout = series.value;
  }

  return ok({
    calibrationDay,
    firstDay,
    lastDay,
    unit,
    periods,
    yearlyDiscountRate: options.yearlyDiscountRate,
    periodDiscountRate,
    bgnbd: {
      params: bg.params,
      logLikelihood: bg.logLikelihood,
      iterations: bg.iterations,
      customers: bg.customers,
    },
    gammaGamma: {
      params: gg.params,
      logLikelihood: gg.logLikelihood,
      iterations: gg.iterations,
      customers: gg.customers,
      populationMean,
    },
    independence: frequencySpendCorrelation(spenders),
    rows,
    totals: { purchases: totalPurchases, clv: totalClv },
    holdout,
    ordersAfter: afterAsOf,
  });
}
