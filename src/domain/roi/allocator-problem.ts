// The allocator's inputs made safe to compute with (whole cents, no NaN, Infinity for "no
// maximum"), the free lines as flat arrays for the solvers, which totals the minimum buys
// allow, and the final rounding to whole cents that keeps the total exact.
import type { AllocationChannel } from './allocator';
import { hillReturn, type HillCurve } from './response-curve';

/** One channel with its money as whole, non-negative cents; `max` Infinity when there is none. */
export interface NormalLine {
  id: string;
  curve: HillCurve;
  current: number;
  min: number;
  max: number;
  locked: boolean;
  /** 0 when there is no minimum buy. */
  minimumBuy: number;
  returnPerCustomer: number | null;
}

/** The unlocked lines, as the solvers read them. */
export interface Problem {
  curves: HillCurve[];
  /** Least spend of each line; 0 for a line whose minimum buy lets it also be 0. */
  lo: Float64Array;
  /** Most spend, Infinity when uncapped. */
  hi: Float64Array;
  /** The minimum buy of a line that is either 0 or at least this; 0 for every other line. */
  gap: Float64Array;
}

/** A solver's answer for the free lines, before rounding. */
export interface Split {
  x: Float64Array;
  /** Bounds the rounding must keep per line (a line turned off by its minimum buy: 0 and 0). */
  lo: Float64Array;
  hi: Float64Array;
  value: number;
  lambda: number | null;
  /** 1 where the minimum buy kept the line at 0. */
  dropped: Uint8Array;
}

function wholeCents(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/**
 * Negative, fractional or non-finite amounts are read as the nearest sensible whole cents (a
 * maximum that is not a finite number means none): validation at the field refuses them
 * before they get here, and the allocator must never turn them into NaN.
 */
export function normalLines(channels: readonly AllocationChannel[]): NormalLine[] {
  return channels.map((c) => ({
    id: c.id,
    curve: c.curve,
    current: wholeCents(c.current),
    min: wholeCents(c.min),
    max: c.max === null || !Number.isFinite(c.max) ? Infinity : wholeCents(c.max),
    locked: c.locked,
    minimumBuy: c.minimumBuy === null ? 0 : wholeCents(c.minimumBuy),
    returnPerCustomer: c.returnPerCustomer,
  }));
}

/** The least an unlocked line may get when it is bought: its minimum, raised to its minimum buy. */
export function lineFloor(line: NormalLine): number {
  return line.min > 0 ? Math.max(line.min, line.minimumBuy) : 0;
}

export function problemOf(
  free: readonly NormalLine[],
  curve: (line: NormalLine) => HillCurve,
): Problem {
  const n = free.length;
  const problem: Problem = {
    curves: free.map(curve),
    lo: new Float64Array(n),
    hi: new Float64Array(n),
    gap: new Float64Array(n),
  };
  free.forEach((line, i) => {
    problem.lo[i] = lineFloor(line);
    problem.hi[i] = line.max;
    problem.gap[i] = line.min === 0 && line.minimumBuy > 0 ? line.minimumBuy : 0;
  });
  return problem;
}

export function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] ?? 0;
  return total;
}

/** Gap lines searched exhaustively for which of them to buy; beyond, the search is skipped. */
const GAP_SEARCH_LIMIT = 16;

export type GapAnswer =
  | { kind: 'feasible'; on: Uint8Array }
  | { kind: 'too-low'; least: number }
  | { kind: 'too-high' }
  | { kind: 'unknown' };

/**
 * Whether the free lines can take exactly `budget` when each minimum-buy line is either off
 * or at least its minimum buy: a choice of lines to buy, or when none works the least total
 * any choice with enough room needs ('too-low'), or 'too-high' when nothing has the room.
 */
export function gapChoice(problem: Problem, budget: number): GapAnswer {
  const n = problem.lo.length;
  const gaps: number[] = [];
  let low = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    if ((problem.gap[i] ?? 0) > 0) gaps.push(i);
    else {
      low += problem.lo[i] ?? 0;
      high += problem.hi[i] ?? 0;
    }
  }
  if (gaps.length > GAP_SEARCH_LIMIT) return { kind: 'unknown' };
  const on = new Uint8Array(n);
  let least = Infinity;
  let found = false;
  function visit(index: number, lower: number, upper: number): void {
    if (found) return;
    if (index === gaps.length) {
      if (upper < budget) return;
      if (lower <= budget) found = true;
      else least = Math.min(least, lower);
      return;
    }
    const line = gaps[index] ?? 0;
    on[line] = 1;
    visit(index + 1, lower + (problem.gap[line] ?? 0), upper + (problem.hi[line] ?? 0));
    if (found) return;
    on[line] = 0;
    visit(index + 1, lower, upper);
  }
  visit(0, low, high);
  if (found) return { kind: 'feasible', on };
  return least === Infinity ? { kind: 'too-high' } : { kind: 'too-low', least };
}

/**
 * Moves x so that Σx = budget within lo ≤ x ≤ hi: a shortfall goes to the lines with room in
 * proportion to it (uncapped lines share it evenly), an excess comes off in proportion to
 * what each holds above its floor. False when the bounds cannot hold the budget.
 */
export function spreadTo(
  x: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
  budget: number,
): boolean {
  const n = x.length;
  const tolerance = 1e-7 * Math.max(1, Math.abs(budget));
  let diff = budget - sum(x);
  if (diff > tolerance) {
    let room = 0;
    let open = 0;
    for (let i = 0; i < n; i++) {
      const h = hi[i] ?? 0;
      if (h === Infinity) open++;
      else room += Math.max(0, h - (x[i] ?? 0));
    }
    for (let i = 0; i < n; i++) {
      const h = hi[i] ?? 0;
      const xi = x[i] ?? 0;
      if (open > 0) x[i] = h === Infinity ? xi + diff / open : xi;
      else x[i] = room <= diff ? Math.max(xi, h) : xi + (diff * Math.max(0, h - xi)) / room;
    }
    diff = open > 0 || room > diff ? 0 : diff - room;
  } else if (diff < -tolerance) {
    let slack = 0;
    for (let i = 0; i < n; i++) slack += Math.max(0, (x[i] ?? 0) - (lo[i] ?? 0));
    for (let i = 0; i < n; i++) {
      const l = lo[i] ?? 0;
      const xi = x[i] ?? 0;
      x[i] = slack <= -diff ? Math.min(xi, l) : xi + (diff * Math.max(0, xi - l)) / slack;
    }
    diff = slack > -diff ? 0 : diff + slack;
  }
  return Math.abs(diff) <= tolerance;
}

/**
 * Whole cents summing to `target` exactly (largest-remainder method): each line keeps the
 * whole cents of x, clamped to its bounds, and the cents left over go one by one to the lines
 * with the largest fractions (or come off those with the smallest). Then single cents move
 * between lines while that returns more (see moveCents). Null when the bounds cannot hold
 * the target.
 */
export function roundSplit(
  x: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
  target: number,
  curves: readonly HillCurve[],
): number[] | null {
  const n = x.length;
  const whole: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const l = Math.ceil((lo[i] ?? 0) - 1e-7);
    const h = Math.floor((hi[i] ?? 0) + 1e-7);
    const v = Math.min(h, Math.max(l, Math.floor(x[i] ?? 0)));
    low.push(l);
    high.push(h);
    whole.push(v);
    total += v;
  }
  let left = target - total;
  const order = whole.map((_, i) => i);
  const fraction = (i: number): number => (x[i] ?? 0) - (whole[i] ?? 0);
  order.sort((a, b) => (left > 0 ? fraction(b) - fraction(a) : fraction(a) - fraction(b)) || a - b);
  while (left !== 0) {
    let moved = false;
    for (const i of order) {
      if (left === 0) break;
      const v = whole[i] ?? 0;
      if (left > 0 && v < (high[i] ?? 0)) {
        whole[i] = v + 1;
        left--;
        moved = true;
      } else if (left < 0 && v > (low[i] ?? 0)) {
        whole[i] = v - 1;
        left++;
        moved = true;
      }
    }
    if (!moved) return null;
  }
  moveCents(whole, low, high, curves);
  return whole;
}

/**
 * Moves one cent at a time from the line that loses least by giving it to the line that
 * gains most by taking it, while that pays. Rounding can leave a cent where it returns a
 * little less than elsewhere; for concave curves no such move is left at the end, which is
 * the best split in whole cents.
 */
function moveCents(
  cents: number[],
  low: number[],
  high: number[],
  curves: readonly HillCurve[],
): void {
  const n = cents.length;
  if (n < 2) return;
  const r = new Float64Array(n);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  const read = (i: number): void => {
    const curve = curves[i];
    const c = cents[i] ?? 0;
    r[i] = curve ? hillReturn(curve, c) : 0;
    up[i] = curve && c + 1 <= (high[i] ?? 0) ? hillReturn(curve, c + 1) - (r[i] ?? 0) : -Infinity;
    down[i] = curve && c - 1 >= (low[i] ?? 0) ? (r[i] ?? 0) - hillReturn(curve, c - 1) : Infinity;
  };
  for (let i = 0; i < n; i++) read(i);
  for (let move = 0; move < 8 * n + 64; move++) {
    // The best taker with the best giver, or a runner-up when both are the same line.
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
    if (
      a1 === b1 &&
      (up[a1] ?? 0) - (down[b2] ?? Infinity) >= (up[a2] ?? -Infinity) - (down[b1] ?? 0)
    )
      from = b2;
    else if (a1 === b1) to = a2;
    const best = (up[to] ?? -Infinity) - (down[from] ?? Infinity);
    if (to < 0 || !(best > 1e-12 * ((r[to] ?? 0) + (r[from] ?? 0)))) return;
    cents[to] = (cents[to] ?? 0) + 1;
    cents[from] = (cents[from] ?? 0) - 1;
    read(to);
    read(from);
  }
}
