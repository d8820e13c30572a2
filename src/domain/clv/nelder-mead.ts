// A small Nelder–Mead minimiser for the forecast fits: no derivatives, a few parameters, a cap
// on iterations, and a plain statement of whether it converged.

export interface MinimiseOptions {
  /** Size of the first simplex along each axis (one number for all); 0.5 by default. */
  step?: number | readonly number[];
  /** Iterations allowed over all the restarts together; 5 000 by default. */
  maxIterations?: number;
  /**
   * Converged when the simplex's values agree within tolerance × (|best| + tolerance) and its
   * points within pointTolerance on every coordinate; 1e-10 and 1e-6 by default.
   */
  tolerance?: number;
  pointTolerance?: number;
  /**
   * Fresh simplices, a hundredth of the first one's size, built around the answer once it
   * has converged; 1 by default. Nelder–Mead can stall short of the minimum, and a restart
   * that finds nothing better is the usual check that it has not (a full-size one doubles
   * the cost of a fit and, in trials on the BG/NBD, never found more).
   */
  restarts?: number;
}

export interface MinimiseResult {
  /** The best point found (the start when nothing better was). */
  point: number[];
  /** f at that point, or null when f gave no finite value anywhere it was asked. */
  value: number | null;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

/**
 * Minimises f from `start` by the Nelder–Mead simplex method with the dimension-adapted
 * coefficients of Gao & Han (2012): reflection 1, expansion 1 + 2/n, contraction
 * 0.75 − 1/(2n), shrink 1 − 1/n, which keep the method moving in four dimensions and more
 * where the textbook coefficients stall. A point where f is not finite counts as worse than
 * any other, so f may refuse a region by returning NaN or Infinity.
 */
export function minimise(
  f: (point: readonly number[]) => number,
  start: readonly number[],
  options: MinimiseOptions = {},
): MinimiseResult {
  const maxIterations = options.maxIterations ?? 5_000;
  const restarts = options.restarts ?? 1;
  let evaluations = 0;
  const value = (point: readonly number[]): number => {
    evaluations++;
    const y = f(point);
    return Number.isFinite(y) ? y : Infinity;
  };
  if (start.length === 0 || !start.every(Number.isFinite)) {
    return { point: [...start], value: null, iterations: 0, evaluations, converged: false };
  }
  let best = { point: [...start], value: value(start) };
  let iterations = 0;
  for (let round = 0; round <= restarts; round++) {
    const scale = round === 0 ? 1 : 0.01;
    const run = runSimplex(
      value,
      best.point,
      best.value,
      options,
      scale,
      maxIterations - iterations,
    );
    iterations += run.iterations;
    const improved = best.value - run.value;
    best = { point: run.point, value: run.value };
    if (!run.converged) break;
    const tolerance = options.tolerance ?? 1e-10;
    // A restart that moves the value by no more than the tolerance confirms the minimum.
    if (round > 0 && improved <= tolerance * (Math.abs(run.value) + tolerance)) {
      return finish(best, iterations, evaluations, true);
    }
    if (round === restarts) return finish(best, iterations, evaluations, true);
  }
  return finish(best, iterations, evaluations, false);
}

function finish(
  best: { point: number[]; value: number },
  iterations: number,
  evaluations: number,
  converged: boolean,
): MinimiseResult {
  const value = Number.isFinite(best.value) ? best.value : null;
  return {
    point: best.point,
    value,
    iterations,
    evaluations,
    converged: converged && value !== null,
  };
}

interface Run {
  point: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

function runSimplex(
  value: (point: readonly number[]) => number,
  start: number[],
  startValue: number,
  options: MinimiseOptions,
  scale: number,
  maxIterations: number,
): Run {
  const n = start.length;
  const tolerance = options.tolerance ?? 1e-10;
  const pointTolerance = options.pointTolerance ?? 1e-6;
  const reflect = 1;
  const expand = 1 + 2 / n;
  const contract = 0.75 - 1 / (2 * n);
  const shrink = n === 1 ? 0.5 : 1 - 1 / n;
  const points: number[][] = [start];
  const values: number[] = [startValue];
  for (let i = 0; i < n; i++) {
    const step = typeof options.step === 'number' ? options.step : (options.step?.[i] ?? 0.5);
    const point = [...start];
    point[i] = (point[i] ?? 0) + scale * step;
    points.push(point);
    values.push(value(point));
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const at = (i: number): number[] => points[order[i] ?? 0] ?? start;
  const valueAt = (i: number): number => values[order[i] ?? 0] ?? Infinity;
  const replaceWorst = (point: number[], y: number): void => {
    const worst = order[n] ?? 0;
    points[worst] = point;
    values[worst] = y;
  };
  const along = (from: readonly number[], centroid: readonly number[], t: number): number[] =>
    centroid.map((c, j) => c + t * (c - (from[j] ?? 0)));
  let iterations = 0;
  for (;;) {
    order.sort((i, j) => (values[i] ?? Infinity) - (values[j] ?? Infinity));
    const lowest = valueAt(0);
    const highest = valueAt(n);
    const spread = Math.abs(highest - lowest);
    let size = 0;
    for (let i = 1; i <= n; i++) {
      const point = at(i);
      for (let j = 0; j < n; j++)
        size = Math.max(size, Math.abs((point[j] ?? 0) - (at(0)[j] ?? 0)));
    }
    if (
      Number.isFinite(lowest) &&
      spread <= tolerance * (Math.abs(lowest) + tolerance) &&
      size <= pointTolerance
    ) {
      return { point: at(0), value: lowest, iterations, converged: true };
    }
    if (iterations >= maxIterations)
      return { point: at(0), value: lowest, iterations, converged: false };
    iterations++;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const point = at(i);
      for (let j = 0; j < n; j++) centroid[j] = (centroid[j] ?? 0) + (point[j] ?? 0) / n;
    }
    const worst = at(n);
    const reflected = along(worst, centroid, reflect);
    const yReflected = value(reflected);
    if (yReflected < lowest) {
      const expanded = along(worst, centroid, reflect * expand);
      const yExpanded = value(expanded);
      if (yExpanded < yReflected) replaceWorst(expanded, yExpanded);
      else replaceWorst(reflected, yReflected);
      continue;
    }
    if (yReflected < valueAt(n - 1)) {
      replaceWorst(reflected, yReflected);
      continue;
    }
    // Contract outside when the reflection beat the worst point, inside when it did not.
    const outside = yReflected < highest;
    const contracted = along(worst, centroid, outside ? reflect * contract : -contract);
    const yContracted = value(contracted);
    if (yContracted < (outside ? yReflected : highest)) {
      replaceWorst(contracted, yContracted);
      continue;
    }
    const bestPoint = at(0);
    for (let i = 1; i <= n; i++) {
      const index = order[i] ?? 0;
      const point = points[index] ?? start;
      points[index] = point.map((x, j) => (bestPoint[j] ?? 0) + shrink * (x - (bestPoint[j] ?? 0)));
      values[index] = value(points[index] ?? start);
    }
  }
}

/** Why a maximum-likelihood fit gave no parameters to show. */
export type FitFailureReason =
  'not-converged' | 'too-few-customers' | 'no-repeat-buyers' | 'invalid-input';

export type LogSpaceFit =
  | { ok: true; params: number[]; logLikelihood: number; iterations: number; converged: true }
  | { ok: false; reason: 'not-converged'; iterations: number };

/**
 * Past e^±20 (about 2 × 10⁻⁹ to 5 × 10⁸) a positive parameter has run off to a boundary: the
 * likelihood keeps growing towards 0 or infinity, so there is no maximum to report.
 */
const LOG_LIMIT = 20;

/**
 * Maximises a log-likelihood over positive parameters by minimising its negative over their
 * logarithms, which keeps every parameter positive without constraints and puts scale
 * parameters (α, v) and shape parameters on the same footing. A maximum found at the edge of
 * e^±20 is reported as not converged, never as parameters.
 */
export function maximiseInLogSpace(
  logLikelihood: (params: readonly number[]) => number | null,
  start: readonly number[],
  options: MinimiseOptions = {},
): LogSpaceFit {
  const negative = (logs: readonly number[]): number => {
    if (logs.some((v) => Math.abs(v) > LOG_LIMIT + 10)) return Infinity;
    const value = logLikelihood(logs.map(Math.exp));
    return value === null ? Infinity : -value;
  };
  const startLogs = start.map(Math.log);
  // A point tolerance of 1e-5 in log space is 5 significant digits on every parameter.
  const run = minimise(negative, startLogs, { step: 1, pointTolerance: 1e-5, ...options });
  const atEdge = run.point.some((v) => Math.abs(v) > LOG_LIMIT);
  if (!run.converged || run.value === null || atEdge) {
    return { ok: false, reason: 'not-converged', iterations: run.iterations };
  }
  const params = run.point.map(Math.exp);
  return {
    ok: true,
    params,
    logLikelihood: -run.value,
    iterations: run.iterations,
    converged: true,
  };
}
