// The Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005b, as lifetimes fits
// it): its log-likelihood, the fit of (p, q, v), the expected spend, and its independence check.
import { maximiseInLogSpace, type FitFailureReason, type MinimiseOptions } from './nelder-mead';
import { lnGamma } from './special-functions';

/**
 * One customer's repeat purchases up to the calibration end: how many (x) and their mean
 * value, in the caller's money unit (cents in the app). Customers with x = 0 are ignored.
 */
export interface SpendSummary {
  x: number;
  mean: number;
}

/**
 * Each purchase of a customer is Gamma(shape p, rate ν) and ν ~ Gamma(shape q, rate v) over
 * customers (v in the money unit of the summaries).
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export type GammaGammaFit =
  | {
      ok: true;
      params: GammaGammaParams;
      logLikelihood: number;
      iterations: number;
      converged: true;
      /** Repeat buyers the fit used. */
      customers: number;
    }
  | { ok: false; reason: FitFailureReason; iterations: number; /** First bad row. */ row?: number };

/** Repeat buyers needed for three parameters. */
export const MIN_CUSTOMERS_GAMMA_GAMMA = 20;

/**
 * Repeat buyers grouped by (x, mean) with their counts; the x-only terms and Σ ln m̄ once per
 * distinct x, so that each row costs one logarithm per evaluation.
 */
interface Grouped {
  customers: number;
  xs: number[];
  xCounts: number[];
  lnMeanSums: number[];
  xIndex: Int32Array;
  mean: Float64Array;
  /** x·m̄, the customer's total repeat spend. */
  total: Float64Array;
  count: Float64Array;
}

function isValidSpend(s: SpendSummary): boolean {
  if (!Number.isInteger(s.x) || s.x < 0) return false;
  return s.x === 0 || (Number.isFinite(s.mean) && s.mean > 0);
}

/** Repeat buyers grouped by (x, mean), or the index of the first invalid summary. */
function group(customers: readonly SpendSummary[]): Grouped | { badRow: number } {
  const rowsByX: Map<number, number>[] = [];
  const xPosition = new Map<number, number>();
  const xs: number[] = [];
  const xCounts: number[] = [];
  const lnMeanSums: number[] = [];
  const xIndex: number[] = [];
  const mean: number[] = [];
  const count: number[] = [];
  let used = 0;
  for (let i = 0; i < customers.length; i++) {
    const s = customers[i];
    if (s === undefined || !isValidSpend(s)) return { badRow: i };
    if (s.x === 0) continue;
    used++;
    let xi = xPosition.get(s.x);
    if (xi === undefined) {
      xi = xs.length;
      xPosition.set(s.x, xi);
      xs.push(s.x);
      xCounts.push(0);
      lnMeanSums.push(0);
      rowsByX.push(new Map());
    }
    xCounts[xi] = (xCounts[xi] ?? 0) + 1;
    lnMeanSums[xi] = (lnMeanSums[xi] ?? 0) + Math.log(s.mean);
    const rows = rowsByX[xi];
    const row = rows?.get(s.mean);
    if (row !== undefined) {
      count[row] = (count[row] ?? 0) + 1;
      continue;
    }
    rows?.set(s.mean, count.length);
    xIndex.push(xi);
    mean.push(s.mean);
    count.push(1);
  }
  return {
    customers: used,
    xs,
    xCounts,
    lnMeanSums,
    xIndex: Int32Array.from(xIndex),
    mean: Float64Array.from(mean),
    total: Float64Array.from(mean, (m, i) => m * (xs[xIndex[i] ?? 0] ?? 1)),
    count: Float64Array.from(count),
  };
}

function groupedLogLikelihood(params: GammaGammaParams, g: Grouped): number | null {
  const { p, q, v } = params;
  // ln Γ's null (a pole) as NaN, which the final finiteness check turns into null.
  const shared = -(lnGamma(q) ?? NaN) + q * Math.log(v);
  let total = 0;
  for (let k = 0; k < g.xs.length; k++) {
    const x = g.xs[k] ?? 1;
    const px = p * x;
    const ratio = (lnGamma(px + q) ?? NaN) - (lnGamma(px) ?? NaN);
    total += (g.xCounts[k] ?? 0) * (ratio + shared + px * Math.log(x));
    total += (px - 1) * (g.lnMeanSums[k] ?? 0);
  }
  for (let i = 0; i < g.count.length; i++) {
    const x = g.xs[g.xIndex[i] ?? 0] ?? 1;
    total -= (g.count[i] ?? 0) * (p * x + q) * Math.log((g.total[i] ?? 0) + v);
  }
  return Number.isFinite(total) ? total : null;
}

function isValidParams(p: GammaGammaParams): boolean {
  return [p.p, p.q, p.v].every((value) => Number.isFinite(value) && value > 0);
}

/**
 * Σ over repeat buyers of the Gamma-Gamma log-likelihood of their mean spend m̄:
 * ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q·ln v + (px−1)·ln m̄ + px·ln x − (px+q)·ln(x·m̄+v),
 * the density of m̄ as lifetimes writes it. Null for parameters that are not positive and
 * finite, or a summary that is not valid (x a whole number ≥ 0; mean > 0 when x > 0).
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  customers: readonly SpendSummary[],
): number | null {
  if (!isValidParams(params)) return null;
  const grouped = group(customers);
  return 'badRow' in grouped ? null : groupedLogLikelihood(params, grouped);
}

/**
 * Fits (p, q, v) by maximum likelihood on the repeat buyers, Nelder–Mead in log space from
 * p = 1, q = 2, v = the average of the means (a start whose mean spend v·p/(q−1) is the
 * data's, whatever the money unit). Errors: 'invalid-input' (with the first bad row),
 * 'no-repeat-buyers', 'too-few-customers' (under MIN_CUSTOMERS_GAMMA_GAMMA), 'not-converged'.
 */
export function fitGammaGamma(
  customers: readonly SpendSummary[],
  options: MinimiseOptions = {},
): GammaGammaFit {
  const grouped = group(customers);
  if ('badRow' in grouped) {
    return { ok: false, reason: 'invalid-input', iterations: 0, row: grouped.badRow };
  }
  if (grouped.customers === 0) return { ok: false, reason: 'no-repeat-buyers', iterations: 0 };
  if (grouped.customers < MIN_CUSTOMERS_GAMMA_GAMMA) {
    return { ok: false, reason: 'too-few-customers', iterations: 0 };
  }
  let sum = 0;
  for (let i = 0; i < grouped.count.length; i++) {
    sum += (grouped.count[i] ?? 0) * (grouped.mean[i] ?? 0);
  }
  const fit = maximiseInLogSpace(
    ([p = 1, q = 1, v = 1]) => groupedLogLikelihood({ p, q, v }, grouped),
    [1, 2, sum / grouped.customers],
    options,
  );
  if (!fit.ok) return fit;
  const [p = 0, q = 0, v = 0] = fit.params;
  return {
    ok: true,
    params: { p, q, v },
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    converged: true,
    customers: grouped.customers,
  };
}

/**
 * E[M | x, m̄] = (1−w)·v·p/(q−1) + w·m̄ with w = px/(px+q−1): the customer's own mean pulled
 * towards the population's, the more so the fewer purchases it rests on (x = 0 gives the
 * population mean v·p/(q−1)). Null when q ≤ 1 (the population mean is infinite) or for an
 * invalid summary.
 */
export function expectedAverageSpend(
  params: GammaGammaParams,
  customer: SpendSummary,
): number | null {
  if (!isValidParams(params) || !isValidSpend(customer) || !(params.q > 1)) return null;
  const { p, q, v } = params;
  const px = p * customer.x;
  const weight = px / (px + q - 1);
  const population = (v * p) / (q - 1);
  const value = (1 - weight) * population + (customer.x > 0 ? weight * customer.mean : 0);
  return Number.isFinite(value) ? value : null;
}

/**
 * Above this |ρ| the Gamma-Gamma assumption that spend does not depend on frequency is read
 * as failing: 0.3 is where Cohen's conventions put a "medium" correlation, and lifetimes'
 * own example (CDNOW, ρ ≈ 0.11) is the kind of weak one the model tolerates.
 */
export const INDEPENDENCE_THRESHOLD = 0.3;

export interface IndependenceCheck {
  /** Pearson correlation of x and the mean spend over repeat buyers. */
  rho: number;
  /** 'correlated' when |ρ| > INDEPENDENCE_THRESHOLD: the spend forecast is then doubtful. */
  verdict: 'independent-enough' | 'correlated';
  customers: number;
}

/**
 * The check the model asks for: Pearson's ρ between frequency and mean spend among repeat
 * buyers. Null when it is not defined: fewer than 3 repeat buyers, no spread in either, or
 * an invalid summary.
 */
export function frequencySpendCorrelation(
  customers: readonly SpendSummary[],
): IndependenceCheck | null {
  let n = 0;
  let meanX = 0;
  let meanM = 0;
  let sxx = 0;
  let smm = 0;
  let sxm = 0;
  // Welford's updates: one pass, no cancellation between large sums.
  for (const s of customers) {
    if (!isValidSpend(s)) return null;
    if (s.x === 0) continue;
    n++;
    const dx = s.x - meanX;
    const dm = s.mean - meanM;
    meanX += dx / n;
    meanM += dm / n;
    sxx += dx * (s.x - meanX);
    smm += dm * (s.mean - meanM);
    sxm += dx * (s.mean - meanM);
  }
  if (n < 3 || !(sxx > 0) || !(smm > 0)) return null;
  const rho = Math.max(-1, Math.min(1, sxm / Math.sqrt(sxx * smm)));
  if (!Number.isFinite(rho)) return null;
  const verdict = Math.abs(rho) > INDEPENDENCE_THRESHOLD ? 'correlated' : 'independent-enough';
  return { rho, verdict, customers: n };
}
