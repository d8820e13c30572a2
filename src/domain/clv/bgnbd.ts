// The BG/NBD model of repeat purchases (Fader, Hardie & Lee 2005): its log-likelihood over
// customer summaries, the maximum-likelihood fit of (r, α, a, b), and what it predicts.
import { maximiseInLogSpace, type FitFailureReason, type MinimiseOptions } from './nelder-mead';
import { hypergeometric2F1, lnGamma } from './special-functions';

/**
 * One customer up to the calibration end, in a time unit the caller chooses (weeks by
 * default in the screen): x repeat purchases (distinct purchase days − 1), the last one at
 * tx after the first, and T from the first purchase to the end of the calibration period.
 */
export interface BgNbdSummary {
  x: number;
  tx: number;
  T: number;
}

/**
 * Purchase rates λ ~ Gamma(shape r, rate α) (α in the summaries' time unit), and after each
 * repeat purchase the customer drops out with probability p ~ Beta(a, b).
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export type BgNbdFit =
  | {
      ok: true;
      params: BgNbdParams;
      logLikelihood: number;
      iterations: number;
      converged: true;
      customers: number;
      /** Distinct (x, tx, T) rows the likelihood was summed over. */
      groups: number;
    }
  | { ok: false; reason: FitFailureReason; iterations: number; /** First bad row. */ row?: number };

/** Below this many customers four parameters would be read from a handful of rows. */
export const MIN_CUSTOMERS_BGNBD = 20;

/**
 * Identical summaries summed once, with their count; x-only terms once per distinct x, and
 * ln(α + t) once per distinct time (summaries of real orders fall on whole days, so a few
 * hundred times serve tens of thousands of customers).
 */
interface Grouped {
  customers: number;
  xs: number[];
  xCounts: number[];
  times: Float64Array;
  maxT: number;
  xIndex: Int32Array;
  txIndex: Int32Array;
  TIndex: Int32Array;
  count: Float64Array;
}

function isValidSummary(s: BgNbdSummary): boolean {
  // NaN fails every comparison, so 0 ≤ tx ≤ T with T finite also makes tx finite.
  return Number.isInteger(s.x) && s.x >= 0 && s.tx >= 0 && s.tx <= s.T && Number.isFinite(s.T);
}

/** The grouped rows, or the index of the first summary that is not a valid one. */
function group(customers: readonly BgNbdSummary[]): Grouped | { badRow: number } {
  // Rows by x, then by a number made of the two time indexes (string keys cost more than the
  // whole likelihood at 20 000 customers).
  const rowsByX: Map<number, number>[] = [];
  const xPosition = new Map<number, number>();
  const xs: number[] = [];
  const xCounts: number[] = [];
  const timePosition = new Map<number, number>();
  const times: number[] = [];
  const timeIndex = (t: number): number => {
    let index = timePosition.get(t);
    if (index === undefined) {
      index = times.length;
      timePosition.set(t, index);
      times.push(t);
    }
    return index;
  };
  const xIndex: number[] = [];
  const txIndex: number[] = [];
  const TIndex: number[] = [];
  const count: number[] = [];
  let maxT = 0;
  for (let i = 0; i < customers.length; i++) {
    const s = customers[i];
    if (s === undefined || !isValidSummary(s)) return { badRow: i };
    // With no repeat purchase tx plays no part, so every x = 0 customer of a cohort shares a row.
    const recency = s.x === 0 ? 0 : s.tx;
    let xi = xPosition.get(s.x);
    if (xi === undefined) {
      xi = xs.length;
      xPosition.set(s.x, xi);
      xs.push(s.x);
      xCounts.push(0);
      rowsByX.push(new Map());
    }
    xCounts[xi] = (xCounts[xi] ?? 0) + 1;
    const recencyAt = timeIndex(recency);
    const TAt = timeIndex(s.T);
    // Exact below 2^53 while there are fewer than 2^26 distinct times (33 million customers).
    const key = TAt * 67_108_864 + recencyAt;
    const rows = rowsByX[xi];
    const row = rows?.get(key);
    if (row !== undefined) {
      count[row] = (count[row] ?? 0) + 1;
      continue;
    }
    rows?.set(key, count.length);
    xIndex.push(xi);
    txIndex.push(recencyAt);
    TIndex.push(TAt);
    count.push(1);
    maxT = Math.max(maxT, s.T);
  }
  return {
    customers: customers.length,
    xs,
    xCounts,
    times: Float64Array.from(times),
    maxT,
    xIndex: Int32Array.from(xIndex),
    txIndex: Int32Array.from(txIndex),
    TIndex: Int32Array.from(TIndex),
    count: Float64Array.from(count),
  };
}

/** ln(eᵘ + eᵛ) without overflow. */
function logAddExp(u: number, v: number): number {
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/** ln Γ inside a sum: NaN for a pole, which the final finiteness check turns into null. */
function lg(x: number): number {
  return lnGamma(x) ?? NaN;
}

function groupedLogLikelihood(p: BgNbdParams, g: Grouped): number | null {
  const { r, alpha, a, b } = p;
  const shared = -lg(r) + r * Math.log(alpha) + lg(a + b) - lg(b);
  const lnA = Math.log(a);
  // ln a − ln(b + x − 1), the weight of "dropped out just after the last purchase", per x.
  const lnDropWeight = new Float64Array(g.xs.length);
  let total = 0;
  for (let k = 0; k < g.xs.length; k++) {
    const x = g.xs[k] ?? 0;
    const perCustomer = shared + lg(r + x) + lg(b + x) - lg(a + b + x);
    total += (g.xCounts[k] ?? 0) * perCustomer;
    lnDropWeight[k] = x > 0 ? lnA - Math.log(b + x - 1) : 0;
  }
  const lnTime = new Float64Array(g.times.length);
  for (let k = 0; k < g.times.length; k++) lnTime[k] = Math.log(alpha + (g.times[k] ?? 0));
  for (let i = 0; i < g.count.length; i++) {
    const k = g.xIndex[i] ?? 0;
    const x = g.xs[k] ?? 0;
    const alive = -(r + x) * (lnTime[g.TIndex[i] ?? 0] ?? 0);
    const term =
      x > 0
        ? logAddExp(alive, (lnDropWeight[k] ?? 0) - (r + x) * (lnTime[g.txIndex[i] ?? 0] ?? 0))
        : alive;
    total += (g.count[i] ?? 0) * term;
  }
  return Number.isFinite(total) ? total : null;
}

function isValidParams(p: BgNbdParams): boolean {
  return [p.r, p.alpha, p.a, p.b].every((v) => Number.isFinite(v) && v > 0);
}

/**
 * Σ over customers of the BG/NBD log-likelihood (DESIGN "How the anchors do it"):
 * ℓ = lnΓ(r+x) − lnΓ(r) + r·lnα + lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
 *     + ln[(α+T)^−(r+x) + 1₍x>0₎·a/(b+x−1)·(α+tₓ)^−(r+x)], the last term by log-sum-exp so
 * that large x never overflows. Null for parameters that are not positive and finite, or a
 * summary that is not valid (x a whole number ≥ 0, 0 ≤ tx ≤ T).
 */
export function bgNbdLogLikelihood(
  params: BgNbdParams,
  customers: readonly BgNbdSummary[],
): number | null {
  if (!isValidParams(params)) return null;
  const grouped = group(customers);
  return 'badRow' in grouped ? null : groupedLogLikelihood(params, grouped);
}

/**
 * Fits (r, α, a, b) by maximum likelihood over grouped summaries with Nelder–Mead in log
 * space. Starts from r = a = b = 1 and α = max T / 10 (the scale lifetimes starts from), so
 * that the time unit does not matter. Errors: 'invalid-input' (with the first bad row),
 * 'too-few-customers' (under MIN_CUSTOMERS_BGNBD), 'no-repeat-buyers' (a and b are then not
 * identified), 'not-converged'.
 */
export function fitBgNbd(
  customers: readonly BgNbdSummary[],
  options: MinimiseOptions = {},
): BgNbdFit {
  const grouped = group(customers);
  if ('badRow' in grouped) {
    return { ok: false, reason: 'invalid-input', iterations: 0, row: grouped.badRow };
  }
  if (grouped.customers < MIN_CUSTOMERS_BGNBD) {
    return { ok: false, reason: 'too-few-customers', iterations: 0 };
  }
  if (grouped.xs.every((x) => x === 0)) {
    return { ok: false, reason: 'no-repeat-buyers', iterations: 0 };
  }
  if (!(grouped.maxT > 0)) return { ok: false, reason: 'invalid-input', iterations: 0 };
  const fit = maximiseInLogSpace(
    ([r = 1, alpha = 1, a = 1, b = 1]) => groupedLogLikelihood({ r, alpha, a, b }, grouped),
    [1, grouped.maxT / 10, 1, 1],
    options,
  );
  if (!fit.ok) return fit;
  const [r = 0, alpha = 0, a = 0, b = 0] = fit.params;
  return {
    ok: true,
    params: { r, alpha, a, b },
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    converged: true,
    customers: grouped.customers,
    groups: grouped.count.length,
  };
}

/**
 * ln of a/(b+x−1)·((α+T)/(α+tₓ))^(r+x): the odds that the customer dropped out after the
 * last purchase against being still alive. −Infinity for x = 0 (they cannot have).
 */
function lnDropOdds({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: BgNbdSummary): number {
  if (x === 0) return -Infinity;
  return Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
}

/**
 * P(alive | x, tₓ, T) = 1 / [1 + 1₍x>0₎·a/(b+x−1)·((α+T)/(α+tₓ))^(r+x)], between 0 and 1.
 * Null for invalid parameters or summary.
 */
export function probabilityAlive(params: BgNbdParams, customer: BgNbdSummary): number | null {
  if (!isValidParams(params) || !isValidSummary(customer)) return null;
  const odds = lnDropOdds(params, customer);
  // 1 / (1 + eᴸ), written so that a large L gives a tiny number, not 1 / Infinity.
  return odds > 0 ? Math.exp(-odds) / (1 + Math.exp(-odds)) : 1 / (1 + Math.exp(odds));
}

/** Where E[Y] has its removable singularity a = 1 handled by interpolation. */
const NEAR_ONE = 1e-4;

/**
 * E[Y(t) | x, tₓ, T], the purchases expected in the next t time units:
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
 * z = t/(α+T+t). The bracket is computed from the Euler-transformed, equal product
 * (1−z)^(a−1)·₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose parameters do not grow with x, so a
 * frequent buyer neither overflows nor loses the bracket to cancellation. At a = 1 the
 * formula is 0/0 with a finite limit: within 1e-4 of 1 it is interpolated between 1 ± 1e-4.
 * Null for invalid input (t < 0 included) or when ₂F₁ cannot be evaluated.
 */
export function expectedPurchases(
  params: BgNbdParams,
  customer: BgNbdSummary,
  t: number,
): number | null {
  if (!isValidParams(params) || !isValidSummary(customer) || !(t >= 0) || !Number.isFinite(t)) {
    return null;
  }
  if (t === 0) return 0;
  const alive = probabilityAlive(params, customer);
  if (alive === null) return null;
  const unconditional = (a: number): number | null =>
    purchasesIfAlive({ ...params, a }, customer, t);
  const gap = params.a - 1;
  if (Math.abs(gap) >= NEAR_ONE) {
    const value = unconditional(params.a);
    return value === null ? null : value * alive;
  }
  const below = unconditional(1 - NEAR_ONE);
  const above = unconditional(1 + NEAR_ONE);
  if (below === null || above === null) return null;
  return (below + ((gap + NEAR_ONE) / (2 * NEAR_ONE)) * (above - below)) * alive;
}

function purchasesIfAlive(p: BgNbdParams, s: BgNbdSummary, t: number): number | null {
  const { r, alpha, a, b } = p;
  const c = a + b + s.x - 1;
  const lnOneMinusZ = Math.log(alpha + s.T) - Math.log(alpha + s.T + t);
  const z = t / (alpha + s.T + t);
  const f = hypergeometric2F1(a + b - 1 - r, a - 1, c, z);
  if (f === null) return null;
  const bracket = 1 - Math.exp((a - 1) * lnOneMinusZ) * f;
  const value = (c / (a - 1)) * bracket;
  // The exact value is positive; rounding may leave −1e-17 for a tiny t.
  return Number.isFinite(value) ? Math.max(0, value) : null;
}

/**
 * E[X(t)], the purchases expected in t time units from a customer just acquired: the same
 * expression with x = tₓ = T = 0 (such a customer is alive for sure).
 */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number | null {
  return expectedPurchases(params, { x: 0, tx: 0, T: 0 }, t);
}
