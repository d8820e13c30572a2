// The allocator for S-shaped curves (some free shape > 1), where the return is not concave and
// equal marginals may be a trap: several starts (the best split on a coarse grid, greedy steps
// on a finer one, today's split, equal shares), each polished by pairwise exchanges, keeping
// the best. Minimum buys are levels of the grid.
import { hillReturn } from './response-curve';
import { gapChoice, spreadTo, sum, type Problem, type Split } from './allocator-problem';
import { buildGrid, gridOptimum, GRID, type Grid } from './allocator-grid';

/** Per-line bounds of the answer: a minimum-buy line at 0 stays 0, one bought keeps its buy. */
function answerBounds(
  problem: Problem,
  hiEff: Float64Array,
  x: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
): void {
  for (let i = 0; i < x.length; i++) {
    const gap = problem.gap[i] ?? 0;
    const off = gap > 0 && (x[i] ?? 0) < gap / 2;
    lo[i] = gap > 0 && !off ? gap : (problem.lo[i] ?? 0);
    hi[i] = off ? 0 : (hiEff[i] ?? 0);
  }
}

interface Search {
  problem: Problem;
  budget: number;
  spare: number;
  hiEff: Float64Array;
  grid: Grid;
  lo: Float64Array;
  hi: Float64Array;
}

function levelAt(grid: Grid, hull: boolean, line: number, position: number): number {
  const start = grid.offset[line] ?? 0;
  return hull ? (grid.hull[start + position] ?? start) : start + position;
}

/**
 * From every line at its first level, the budget goes a step at a time to the line whose
 * next step returns the most per euro. Along the hull a step jumps over the flat foot of an
 * S-curve in one go, where single grid steps would all look worthless at first.
 */
function climb(s: Search, hull: boolean, x: Float64Array): boolean {
  const { grid } = s;
  const n = x.length;
  const position = new Int32Array(n);
  const blocked = new Uint8Array(n);
  let remaining = s.spare;
  const tolerance = 1e-9 * Math.max(1, s.spare);
  for (;;) {
    let best = -1;
    let bestSlope = -Infinity;
    let bestLength = 0;
    for (let i = 0; i < n; i++) {
      if (blocked[i]) continue;
      const count = hull
        ? (grid.hullLength[i] ?? 0)
        : (grid.offset[i + 1] ?? 0) - (grid.offset[i] ?? 0);
      const p = position[i] ?? 0;
      if (p + 1 >= count) continue;
      const from = levelAt(grid, hull, i, p);
      const to = levelAt(grid, hull, i, p + 1);
      const length = (grid.x[to] ?? 0) - (grid.x[from] ?? 0);
      if (length > remaining + tolerance) {
        blocked[i] = 1;
        continue;
      }
      const slope = ((grid.r[to] ?? 0) - (grid.r[from] ?? 0)) / length;
      if (slope > bestSlope) {
        best = i;
        bestSlope = slope;
        bestLength = length;
      }
    }
    if (best < 0) break;
    position[best] = (position[best] ?? 0) + 1;
    remaining -= bestLength;
  }
  for (let i = 0; i < n; i++) x[i] = grid.x[levelAt(grid, hull, i, position[i] ?? 0)] ?? 0;
  return placeRest(s, x, Math.max(0, remaining));
}

/** What the grid could not place (less than a step) goes whole to the line it serves best. */
function placeRest(s: Search, x: Float64Array, rest: number): boolean {
  let best = -1;
  let bestGain = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const curve = s.problem.curves[i];
    const xi = x[i] ?? 0;
    const gap = s.problem.gap[i] ?? 0;
    if (!curve || xi + rest > (s.hiEff[i] ?? 0) || (gap > 0 && xi < gap && xi + rest < gap))
      continue;
    const gain = hillReturn(curve, xi + rest) - hillReturn(curve, xi);
    if (gain > bestGain) {
      best = i;
      bestGain = gain;
    }
  }
  if (best >= 0) {
    x[best] = (x[best] ?? 0) + rest;
    return true;
  }
  answerBounds(s.problem, s.hiEff, x, s.lo, s.hi);
  return spreadTo(x, s.lo, s.hi, s.budget);
}

/** A start read from target spends: clamped, minimum buys rounded to off or bought, then summed to the budget. */
function project(s: Search, target: Float64Array, x: Float64Array): boolean {
  for (let i = 0; i < x.length; i++) {
    const gap = s.problem.gap[i] ?? 0;
    const v = Math.min(s.hiEff[i] ?? 0, Math.max(s.problem.lo[i] ?? 0, target[i] ?? 0));
    x[i] = gap > 0 && v < gap ? (v >= gap / 2 && gap <= (s.hiEff[i] ?? 0) ? gap : 0) : v;
  }
  answerBounds(s.problem, s.hiEff, x, s.lo, s.hi);
  return spreadTo(x, s.lo, s.hi, s.budget);
}

/**
 * Pairwise exchanges: move δ from the line that loses least by giving it to the line that
 * gains most by taking it, while that pays, then halve δ. Each move re-reads two lines only.
 */
function polish(
  s: Search,
  x: Float64Array,
  up: Float64Array,
  down: Float64Array,
  r: Float64Array,
): number {
  const n = x.length;
  const { curves, gap } = s.problem;
  const allowed = (i: number, v: number): boolean => {
    const g = gap[i] ?? 0;
    return (
      v >= (s.problem.lo[i] ?? 0) - 1e-9 &&
      v <= (s.hiEff[i] ?? 0) + 1e-9 &&
      !(g > 0 && v > 1e-9 && v < g)
    );
  };
  const read = (i: number, delta: number): void => {
    const curve = curves[i];
    const xi = x[i] ?? 0;
    up[i] =
      curve && allowed(i, xi + delta) ? hillReturn(curve, xi + delta) - (r[i] ?? 0) : -Infinity;
    down[i] =
      curve && allowed(i, xi - delta)
        ? (r[i] ?? 0) - hillReturn(curve, Math.max(0, xi - delta))
        : Infinity;
  };
  let total = 0;
  for (let i = 0; i < n; i++) {
    const curve = curves[i];
    r[i] = curve ? hillReturn(curve, x[i] ?? 0) : 0;
    total += r[i] ?? 0;
  }
  const smallest = Math.max(0.25, s.spare * 1e-9);
  for (let delta = s.spare / 16; delta >= smallest && n > 1; delta /= 2) {
    for (let i = 0; i < n; i++) read(i, delta);
    for (let move = 0; move < 64 * n + 1000; move++) {
      let a1 = -1;
      let a2 = -1;
      let b1 = -1;
      let b2 = -1;
      for (let i = 0; i < n; i++) {
        const u = up[i] ?? -Infinity;
        const d = down[i] ?? Infinity;
        if (a1 < 0 || u > (up[a1] ?? -Infinity)) {
          a2 = a1;
          a1 = i;
        } else if (a2 < 0 || u > (up[a2] ?? -Infinity)) a2 = i;
        if (b1 < 0 || d < (down[b1] ?? Infinity)) {
          b2 = b1;
          b1 = i;
        } else if (b2 < 0 || d < (down[b2] ?? Infinity)) b2 = i;
      }
      let to = a1;
      let from = b1;
      if (a1 === b1) {
        const viaSecondDown = (up[a1] ?? 0) - (down[b2] ?? 0);
        const viaSecondUp = (up[a2] ?? 0) - (down[b1] ?? 0);
        if (viaSecondDown >= viaSecondUp) from = b2;
        else to = a2;
      }
      const gain = (up[to] ?? -Infinity) - (down[from] ?? Infinity);
      if (!(gain > 1e-12 * (1 + total))) break;
      x[to] = (x[to] ?? 0) + delta;
      x[from] = Math.max(0, (x[from] ?? 0) - delta);
      r[to] = (r[to] ?? 0) + (up[to] ?? 0);
      r[from] = (r[from] ?? 0) - (down[from] ?? 0);
      total += gain;
      read(to, delta);
      read(from, delta);
    }
  }
  return total;
}

/** The best split found for S-shaped curves; null when no start can hold the budget. */
export function solveGreedy(problem: Problem, budget: number, today: Float64Array): Split | null {
  const n = problem.lo.length;
  const spare = budget - sum(problem.lo);
  if (spare < -1e-9 * Math.max(1, budget)) return null;
  const hiEff = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    hiEff[i] = Math.min(problem.hi[i] ?? 0, (problem.lo[i] ?? 0) + Math.max(0, spare));
  }
  const s: Search = {
    problem,
    budget,
    spare: Math.max(0, spare),
    hiEff,
    grid: buildGrid(problem, hiEff, Math.max(spare, 1) / GRID),
    lo: new Float64Array(n),
    hi: new Float64Array(n),
  };
  const even = new Float64Array(n).fill(budget / Math.max(1, n));
  const todayTotal = sum(today);
  const scaled = today.map((v) => (todayTotal > 0 ? (v * budget) / todayTotal : 0));
  const starts: ((x: Float64Array) => boolean)[] = [
    (x) => {
      const rest = gridOptimum(problem, hiEff, s.spare, x);
      return rest !== null && placeRest(s, x, Math.max(0, rest));
    },
    (x) => climb(s, true, x),
    (x) => climb(s, false, x),
    (x) => todayTotal > 0 && project(s, scaled, x),
    (x) => project(s, even, x),
  ];
  const choice = gapChoice(problem, budget);
  if (choice.kind === 'feasible') {
    starts.push((x) =>
      project(
        s,
        problem.lo.map((l, i) => (choice.on[i] ? (problem.gap[i] ?? 0) : l)),
        x,
      ),
    );
  }
  const x = new Float64Array(n);
  const work = { up: new Float64Array(n), down: new Float64Array(n), r: new Float64Array(n) };
  let best: Split | null = null;
  for (const start of starts) {
    x.fill(0);
    if (!start(x)) continue;
    const value = polish(s, x, work.up, work.down, work.r);
    if (best && value <= best.value) continue;
    answerBounds(problem, hiEff, x, s.lo, s.hi);
    const dropped = new Uint8Array(n);
    for (let i = 0; i < n; i++)
      dropped[i] = (problem.gap[i] ?? 0) > 0 && (s.hi[i] ?? 0) === 0 ? 1 : 0;
    best = { x: x.slice(), lo: s.lo.slice(), hi: s.hi.slice(), value, lambda: null, dropped };
  }
  return best;
}
