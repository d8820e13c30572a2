// One best split for a given total (locked lines held, the right solver for the curves, whole
// cents), and the searches on the total behind the target objectives: the least spend that
// reaches a return, the largest spend that keeps a ROAS or a cost per customer.
import { hillReturn, type HillCurve } from './response-curve';
import {
  lineFloor,
  problemOf,
  roundSplit,
  type NormalLine,
  type Problem,
} from './allocator-problem';
import { solveConcave } from './allocator-concave';
import { solveGreedy } from './allocator-greedy';

export interface Context {
  lines: readonly NormalLine[];
  /** Positions in `lines` of the unlocked lines, in the order of the problem's arrays. */
  free: number[];
  problem: Problem;
  /** Every free shape ≤ 1: water-filling is exact. */
  concave: boolean;
  fixedSpend: number;
  today: Float64Array;
}

export interface Solved {
  /** Whole cents per line, in the order of `lines`. */
  after: number[];
  dropped: boolean[];
  lambda: number | null;
}

/** `curve` is what the solver maximises: the return curve, or customers for a CPA target. */
export function context(
  lines: readonly NormalLine[],
  curve: (line: NormalLine) => HillCurve,
): Context {
  const free: number[] = [];
  let fixedSpend = 0;
  lines.forEach((line, i) => {
    if (line.locked) fixedSpend += line.current;
    else free.push(i);
  });
  const freeLines = free.map((i) => lines[i]).filter((l): l is NormalLine => l !== undefined);
  return {
    lines,
    free,
    problem: problemOf(freeLines, curve),
    concave: freeLines.every((l) => curve(l).shape <= 1),
    fixedSpend,
    today: Float64Array.from(freeLines, (l) => l.current),
  };
}

/** The best split of a whole-cent total, or null when the bounds and minimum buys cannot hold it. */
export function solveAt(ctx: Context, total: number): Solved | null {
  const budget = total - ctx.fixedSpend;
  if (budget < 0) return null;
  const split = ctx.concave
    ? solveConcave(ctx.problem, budget)
    : solveGreedy(ctx.problem, budget, ctx.today);
  if (!split) return null;
  const cents = roundSplit(split.x, split.lo, split.hi, budget, ctx.problem.curves);
  if (!cents) return null;
  const after = ctx.lines.map((l) => l.current);
  const dropped = ctx.lines.map(() => false);
  ctx.free.forEach((line, i) => {
    after[line] = cents[i] ?? 0;
    dropped[line] = split.dropped[i] === 1;
  });
  return { after, dropped, lambda: split.lambda };
}

/** Σ of a measure (return, or customers) over every line of a split. */
export function measure(
  ctx: Context,
  after: readonly number[],
  curve: (line: NormalLine) => HillCurve,
): number {
  let total = 0;
  for (const [i, line] of ctx.lines.entries()) total += hillReturn(curve(line), after[i] ?? 0);
  return total;
}

/** The least total a split may have: locked lines as they are, every other at its floor. */
export function leastTotal(ctx: Context): number {
  let total = ctx.fixedSpend;
  for (const i of ctx.free) {
    const line = ctx.lines[i];
    if (line) total += lineFloor(line);
  }
  return total;
}

/** The most a split may hold: Infinity when some unlocked line has no maximum. */
export function mostTotal(ctx: Context): number {
  let total = ctx.fixedSpend;
  for (const i of ctx.free) total += ctx.lines[i]?.max ?? 0;
  return total;
}

/** No search goes past a billion euros: the curves are flat long before. */
const SEARCH_CEILING = 1e11;

export type TargetAnswer =
  { kind: 'found'; solved: Solved } | { kind: 'unreachable'; best: number };

/** The least whole-cent total whose best split returns at least `target` (by `value`). */
export function leastTotalReaching(
  ctx: Context,
  target: number,
  value: (s: Solved) => number,
): TargetAnswer {
  let low = leastTotal(ctx);
  const top = Math.min(mostTotal(ctx), Math.max(SEARCH_CEILING, low));
  const first = solveAt(ctx, low);
  if (first && value(first) >= target) return { kind: 'found', solved: first };
  // Doubling from the floor brackets the answer; a total no split can hold counts as short.
  let high = Math.min(top, Math.max(2 * low, low + 100));
  let reached = solveAt(ctx, high);
  while (!(reached && value(reached) >= target) && high < top) {
    low = high;
    high = Math.min(top, 2 * high);
    reached = solveAt(ctx, high);
  }
  if (!reached || value(reached) < target)
    return { kind: 'unreachable', best: reached ? value(reached) : 0 };
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const solved = solveAt(ctx, mid);
    if (solved && value(solved) >= target) {
      high = mid;
      reached = solved;
    } else low = mid;
  }
  return { kind: 'found', solved: reached };
}

const SCAN_POINTS = 48;

/**
 * The largest whole-cent total whose best split keeps value ÷ total ≥ ratio. A scan on a
 * geometric grid of totals finds the last one that keeps the ratio, then a bisection to the
 * next one that does not; `ceiling` bounds the value (past ceiling ÷ ratio no total can
 * keep it). Unreachable: the best ratio seen.
 */
export function largestTotalKeeping(
  ctx: Context,
  ratio: number,
  ceiling: number,
  value: (s: Solved) => number,
): TargetAnswer {
  const low = Math.max(1, leastTotal(ctx));
  const high = Math.max(
    low,
    Math.min(mostTotal(ctx), SEARCH_CEILING, Math.ceil(ceiling / ratio) + 1),
  );
  const keeps = (total: number, s: Solved | null): boolean =>
    s !== null && value(s) >= ratio * total;
  let best = 0;
  let good: { total: number; solved: Solved } | null = null;
  let bad = -1;
  let previous = -1;
  for (let j = 0; j <= SCAN_POINTS; j++) {
    const total =
      j === SCAN_POINTS ? high : Math.round(low * Math.pow(high / low, j / SCAN_POINTS));
    if (total <= previous) continue;
    previous = total;
    const solved = solveAt(ctx, total);
    if (solved) best = Math.max(best, value(solved) / total);
    if (keeps(total, solved) && solved) {
      good = { total, solved };
      bad = -1;
    } else if (good && bad < 0) bad = total;
  }
  if (!good) return { kind: 'unreachable', best };
  if (bad < 0) return { kind: 'found', solved: good.solved };
  let keep = good.total;
  let kept = good.solved;
  while (bad - keep > 1) {
    const mid = Math.floor((keep + bad) / 2);
    const solved = solveAt(ctx, mid);
    if (keeps(mid, solved) && solved) {
      keep = mid;
      kept = solved;
    } else bad = mid;
  }
  return { kind: 'found', solved: kept };
}
