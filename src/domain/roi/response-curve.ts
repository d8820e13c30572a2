// Diminishing returns: the Hill response curve R(x) = Rmax·xˢ/(xˢ+Kˢ) of one channel, its
// marginal return, its calibration from today's point and one saturation statement, and the
// tables and chart points the ROI screen shows. Spend and return are cents (floats allowed).
import { err, ok, type Result } from '../result';

/** R(x) = rmax·xˢ/(xˢ+kˢ): return (cents of gains) for spend x (cents). */
export interface HillCurve {
  rmax: number;
  k: number;
  shape: number;
}

/** The shapes a user may pick: below 0.3 the curve is almost a step at 0, above 5 a cliff. */
export const SHAPE_MIN = 0.3;
export const SHAPE_MAX = 5;

/**
 * For s < 1 the slope at 0 is unbounded; below this spend (a thousandth of a cent) the
 * marginal is read at this spend instead, so that it stays finite and still very large.
 */
export const MARGINAL_FLOOR_SPEND = 1e-3;

/** A curve every formula below can read; anything else behaves as a flat curve (returns 0). */
function isUsable(curve: HillCurve): boolean {
  return (
    curve.rmax > 0 &&
    curve.k > 0 &&
    curve.shape > 0 &&
    Number.isFinite(curve.rmax + curve.k + curve.shape)
  );
}

/** 0 for spend ≤ 0 and for an unusable curve (rmax, k or shape not positive and finite). */
export function hillReturn(curve: HillCurve, spend: number): number {
  if (!(spend > 0) || !isUsable(curve)) return 0;
  if (spend === Infinity) return curve.rmax;
  // Written as rmax / (1 + (k/x)ˢ): when (k/x)ˢ overflows the return is 0, never ∞/∞.
  return curve.rmax / (1 + Math.pow(curve.k / spend, curve.shape));
}

/**
 * R′(x) = rmax·s·kˢ·xˢ⁻¹/(xˢ+kˢ)²: what one more cent of spend returns, in cents. At x ≤ 0 it
 * is rmax/k for s = 1 and 0 for s > 1; for s < 1 it is read at MARGINAL_FLOOR_SPEND (see
 * there). 0 for an unusable curve; never Infinity or NaN.
 */
export function hillMarginal(curve: HillCurve, spend: number): number {
  if (!isUsable(curve)) return 0;
  const { rmax, k, shape } = curve;
  let x = spend > 0 ? spend : 0;
  if (shape < 1 && x < MARGINAL_FLOOR_SPEND) x = MARGINAL_FLOOR_SPEND;
  if (x === 0) return shape === 1 ? rmax / k : 0;
  if (x === Infinity) return 0;
  // With t = (x/k)ˢ: R′ = rmax·s·t / (x·(1+t)²); past 1e150, t/(1+t)² is 1/t to the last bit
  // and squaring would overflow.
  const t = Math.pow(x / k, shape);
  const q = t > 1e150 ? 1 / t : t / ((1 + t) * (1 + t));
  const value = (rmax * shape * q) / x;
  return Number.isFinite(value) ? value : 0;
}

export type CalibrationError =
  | { code: 'spend-not-positive' }
  | { code: 'return-not-positive' }
  | { code: 'doubling-out-of-range'; max: number /* 2^s − 1 */ }
  | { code: 'shape-out-of-range'; min: number; max: number };

/**
 * The largest doubling gain a curve of this shape can express, 2ˢ − 1: doubling the spend of
 * a curve that has not started to saturate (K far above today) multiplies the return by 2ˢ.
 */
export function doublingLimit(shape: number): number {
  return Math.pow(2, shape) - 1;
}

/**
 * The curve through today's point (spend x0, return r0) such that R(2·x0) = (1 + g)·r0, g the
 * doubling gain. With u = (x0/K)ˢ: u = (2ˢ − 1 − g)/(2ˢ·g), K = x0·u^(−1/s),
 * Rmax = r0·(1+u)/u. Valid for 0 < g < 2ˢ − 1 and shape in [SHAPE_MIN, SHAPE_MAX]; the first
 * failing check is reported.
 */
export function calibrateCurve(
  point: { spend: number; return: number },
  input: { doublingGain: number; shape: number },
): Result<HillCurve, CalibrationError> {
  const { spend, return: current } = point;
  const { doublingGain: g, shape } = input;
  if (!(spend > 0 && Number.isFinite(spend))) return err({ code: 'spend-not-positive' });
  if (!(current > 0 && Number.isFinite(current))) return err({ code: 'return-not-positive' });
  if (!(shape >= SHAPE_MIN && shape <= SHAPE_MAX)) {
    return err({ code: 'shape-out-of-range', min: SHAPE_MIN, max: SHAPE_MAX });
  }
  const max = doublingLimit(shape);
  const refused = err({ code: 'doubling-out-of-range' as const, max });
  if (!(g > 0 && g < max)) return refused;
  const twoS = Math.pow(2, shape);
  const u = (twoS - 1 - g) / (twoS * g);
  const k = spend * Math.pow(u, -1 / shape);
  const rmax = (current * (1 + u)) / u;
  // A gain within a hair of either end gives a K or Rmax beyond what a double holds.
  if (!(u > 0 && k > 0 && Number.isFinite(k) && Number.isFinite(rmax))) return refused;
  return ok({ rmax, k, shape });
}

export interface SpendMultiple {
  multiple: number;
  spend: number;
  return: number;
  /** R(m·x0) ÷ R(x0); 0 when today's return is 0 (no spend today). */
  returnMultiple: number;
  marginal: number;
  /** (return − spend) ÷ spend; null at zero spend. */
  roi: number | null;
}

export const DEFAULT_MULTIPLES: readonly number[] = [0.5, 1, 1.5, 2];

/**
 * The "×0.5 ×1 ×1.5 ×2" table around today's spend: for s ≤ 1 the return multiple is always
 * below the spend multiple (×2 spend never gives ×2 return). Multiples ≤ 0 give a zero row.
 */
export function spendMultiples(
  curve: HillCurve,
  spend: number,
  multiples: readonly number[] = DEFAULT_MULTIPLES,
): SpendMultiple[] {
  const today = hillReturn(curve, spend);
  return multiples.map((multiple) => {
    const x = multiple > 0 && spend > 0 ? multiple * spend : 0;
    const r = hillReturn(curve, x);
    return {
      multiple,
      spend: x,
      return: r,
      returnMultiple: today > 0 ? r / today : 0,
      marginal: hillMarginal(curve, x),
      roi: x > 0 ? (r - x) / x : null,
    };
  });
}

/**
 * `count` evenly spaced points from 0 to maxSpend (both included) for the chart. Empty for
 * count < 1 or a maxSpend that is not a finite number ≥ 0; one point at 0 for count = 1 or
 * maxSpend = 0. The marginal at 0 follows hillMarginal (very large for s < 1).
 */
export function curvePoints(
  curve: HillCurve,
  maxSpend: number,
  count: number,
): { spend: number; return: number; marginal: number }[] {
  const n = Math.floor(count);
  if (!(n >= 1) || !(maxSpend >= 0 && Number.isFinite(maxSpend))) return [];
  const points = n === 1 || maxSpend === 0 ? 1 : n;
  const result: { spend: number; return: number; marginal: number }[] = [];
  for (let i = 0; i < points; i++) {
    const spend = points === 1 ? 0 : (maxSpend * i) / (points - 1);
    result.push({ spend, return: hillReturn(curve, spend), marginal: hillMarginal(curve, spend) });
  }
  return result;
}

/**
 * The spend where the marginal return falls to 1 (one more euro returns one euro) on the
 * falling side of R′: beyond it each extra euro returns less than it costs. For s < 1 it
 * always exists (R′ falls from +∞ to 0). For s = 1 it is √(rmax·k) − k, and null when
 * rmax/k ≤ 1 (no euro ever returns a euro). For s > 1 R′ rises from 0 to a peak at
 * x = k·((s−1)/(s+1))^(1/s) and then falls: null when the peak is below 1, else the root past
 * the peak (below the other root, under the rising part, euros also return less than 1).
 */
export function profitableSpendLimit(curve: HillCurve): number | null {
  if (!isUsable(curve)) return null;
  const { rmax, k, shape } = curve;
  if (shape === 1) return rmax / k > 1 ? Math.sqrt(rmax * k) - k : null;
  let low = 0;
  if (shape > 1) {
    low = k * Math.pow((shape - 1) / (shape + 1), 1 / shape);
    if (hillMarginal(curve, low) <= 1) return null;
  }
  let high = Math.max(k, low, MARGINAL_FLOOR_SPEND);
  for (let i = 0; i < 2000 && hillMarginal(curve, high) >= 1; i++) high *= 2;
  if (hillMarginal(curve, high) >= 1) return null;
  // R′ falls on [low, high]; bisection to the last representable bit, 200 steps at most.
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2;
    if (mid <= low || mid >= high) break;
    if (hillMarginal(curve, mid) >= 1) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
