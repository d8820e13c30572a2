// The spend grids of the S-curve allocator: the levels each line may take with their upper
// concave hull (for the greedy climbs), and the exact best split on a coarser grid by dynamic
// programming. Greedy steps can commit to a line whose big S-shaped jump looks best per euro
// and miss a better whole (a knapsack trap); the dynamic programme cannot.
import { hillReturn } from './response-curve';
import type { Problem } from './allocator-problem';

/** Steps of the spend grid: the budget left above the minimums, in this many parts. */
export const GRID = 1000;

/** The spend levels each line may take on the grid, flat: line i owns [offset[i], offset[i+1]). */
export interface Grid {
  x: Float64Array;
  r: Float64Array;
  offset: Int32Array;
  /** The upper concave hull of each line's levels, as level indices (same slots as x). */
  hull: Int32Array;
  hullLength: Int32Array;
}

export function buildGrid(problem: Problem, hiEff: Float64Array, step: number): Grid {
  const n = hiEff.length;
  const first = (i: number): number =>
    (problem.gap[i] ?? 0) > 0 ? (problem.gap[i] ?? 0) : (problem.lo[i] ?? 0);
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const span = (hiEff[i] ?? 0) - first(i);
    const count = span < 0 ? 1 : Math.floor(span / step + 1e-9) + 3;
    offset[i + 1] = (offset[i] ?? 0) + count;
  }
  const total = offset[n] ?? 0;
  const grid: Grid = {
    x: new Float64Array(total),
    r: new Float64Array(total),
    offset,
    hull: new Int32Array(total),
    hullLength: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const curve = problem.curves[i];
    const start = offset[i] ?? 0;
    const top = hiEff[i] ?? 0;
    let used = start;
    const push = (x: number): void => {
      grid.x[used] = x;
      grid.r[used] = curve ? hillReturn(curve, x) : 0;
      used++;
    };
    const gap = problem.gap[i] ?? 0;
    if (gap > 0) push(0);
    const from = first(i);
    if (from <= top) {
      const steps = Math.floor((top - from) / step + 1e-9);
      for (let j = 0; j <= steps; j++) push(from + j * step);
      if (top - (grid.x[used - 1] ?? 0) > 1e-9 * Math.max(1, top)) push(top);
    } else if (gap === 0) push(problem.lo[i] ?? 0);
    // Upper hull by the monotone chain: a level under the chord of its neighbours goes.
    let h = start;
    for (let j = start; j < used; j++) {
      while (h - start >= 2) {
        const a = grid.hull[h - 2] ?? 0;
        const b = grid.hull[h - 1] ?? 0;
        const cross =
          ((grid.x[b] ?? 0) - (grid.x[a] ?? 0)) * ((grid.r[j] ?? 0) - (grid.r[a] ?? 0)) -
          ((grid.r[b] ?? 0) - (grid.r[a] ?? 0)) * ((grid.x[j] ?? 0) - (grid.x[a] ?? 0));
        if (cross < 0) break;
        h--;
      }
      grid.hull[h++] = j;
    }
    grid.hullLength[i] = h - start;
    // Counts above were upper bounds: the next line starts where this one ended.
    offset[i + 1] = used;
  }
  return grid;
}

/** Grid steps for n lines: the work grows as n × steps², kept near four million additions. */
function stepsFor(n: number): number {
  return Math.max(50, Math.min(1000, Math.floor(Math.sqrt(4e6 / Math.max(1, n)))));
}

/**
 * Writes into x the best split of `spare` above the floors on the grid, each line taking a
 * whole number of steps within its room (a minimum-buy line: none, or enough to reach its
 * buy). Returns what the grid left unplaced (less than a step per line), or null when no
 * grid split fits.
 */
export function gridOptimum(
  problem: Problem,
  hiEff: Float64Array,
  spare: number,
  x: Float64Array,
): number | null {
  const n = x.length;
  const steps = stepsFor(n);
  const unit = spare / steps;
  if (!(unit > 0)) return null;
  const width = steps + 1;
  let before = new Float64Array(width).fill(-Infinity);
  let after = new Float64Array(width);
  before[0] = 0;
  const choice = new Int32Array(n * width);
  const values = new Float64Array(width);
  for (let i = 0; i < n; i++) {
    const curve = problem.curves[i];
    const lo = problem.lo[i] ?? 0;
    const gap = problem.gap[i] ?? 0;
    const room = Math.min(steps, Math.floor(((hiEff[i] ?? 0) - lo) / unit + 1e-9));
    for (let e = 0; e <= room; e++) {
      const spend = lo + e * unit;
      const hole = gap > 0 && e > 0 && spend < gap - 1e-9 * gap;
      values[e] = hole ? -Infinity : curve ? hillReturn(curve, spend) : 0;
    }
    after.fill(-Infinity);
    for (let b = 0; b < width; b++) {
      let best = -Infinity;
      let arg = 0;
      const limit = Math.min(room, b);
      for (let e = 0; e <= limit; e++) {
        const value = (before[b - e] ?? -Infinity) + (values[e] ?? -Infinity);
        if (value > best) {
          best = value;
          arg = e;
        }
      }
      after[b] = best;
      choice[i * width + b] = arg;
    }
    [before, after] = [after, before];
  }
  // The most steps placed wins: the return only rises with spend, and what is left is less
  // than a step for each line whose room is not a whole number of steps.
  let used = steps;
  while (used >= 0 && (before[used] ?? -Infinity) === -Infinity) used--;
  if (used < 0) return null;
  for (let i = n - 1, b = used; i >= 0; i--) {
    const e = choice[i * width + b] ?? 0;
    x[i] = (problem.lo[i] ?? 0) + e * unit;
    b -= e;
  }
  return spare - used * unit;
}
