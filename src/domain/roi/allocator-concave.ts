// The exact allocator for concave curves (every free shape ≤ 1): "water-filling", a bisection
// on the common marginal return λ that the lines off their bounds share at the optimum, and a
// branch and bound over the minimum buys (each such line either off or at least its buy).
import { hillMarginal, hillReturn } from './response-curve';
import { spreadTo, sum, type Problem, type Split } from './allocator-problem';

const FLAT = 0;
const LINEAR_HILL = 1; // s = 1: R′(x) = λ has the closed form x = √(rmax·k/λ) − k
const NEWTON = 2; // s < 1: solved by Newton's method in u = ln((x/k)ˢ)

/** Per-line constants of the inverse marginal, computed once per problem. */
interface Inverse {
  kind: Uint8Array;
  k: Float64Array;
  shape: Float64Array;
  sqrtRk: Float64Array;
  /** (s − 1)/s and ln(k/(rmax·s)): R′ = λ ⇔ a·u − 2·ln(1 + eᵘ) = ln λ + c0. */
  a: Float64Array;
  c0: Float64Array;
}

/** Arrays reused across every λ tried, so that the inner loops allocate nothing. */
interface Workspace {
  inverse: Inverse;
  u: Float64Array;
  hiEff: Float64Array;
  xa: Float64Array;
  xb: Float64Array;
}

function workspace(problem: Problem): Workspace {
  const n = problem.lo.length;
  const inverse: Inverse = {
    kind: new Uint8Array(n),
    k: new Float64Array(n),
    shape: new Float64Array(n),
    sqrtRk: new Float64Array(n),
    a: new Float64Array(n),
    c0: new Float64Array(n),
  };
  problem.curves.forEach(({ rmax, k, shape }, i) => {
    const usable = rmax > 0 && k > 0 && shape > 0 && Number.isFinite(rmax + k + shape);
    inverse.kind[i] = !usable ? FLAT : shape === 1 ? LINEAR_HILL : NEWTON;
    inverse.k[i] = k;
    inverse.shape[i] = shape;
    inverse.sqrtRk[i] = usable ? Math.sqrt(rmax * k) : 0;
    inverse.a[i] = usable ? (shape - 1) / shape : 0;
    inverse.c0[i] = usable ? Math.log(k / (rmax * shape)) : 0;
  });
  return {
    inverse,
    u: new Float64Array(n),
    hiEff: new Float64Array(n),
    xa: new Float64Array(n),
    xb: new Float64Array(n),
  };
}

/** The spend of line i where R′ = e^lnLambda, unclamped (0 for a flat curve). */
function inverseMarginal(ws: Workspace, i: number, lnLambda: number): number {
  const inv = ws.inverse;
  const kind = inv.kind[i];
  const k = inv.k[i] ?? 0;
  if (kind === LINEAR_HILL) return (inv.sqrtRk[i] ?? 0) * Math.exp(-lnLambda / 2) - k;
  if (kind !== NEWTON) return 0;
  // g(u) = a·u − 2·softplus(u) − c is concave and falls everywhere (g′ = a − 2σ(u) < 0), so
  // Newton's method converges from any start; the last answer is a close start.
  const a = inv.a[i] ?? 0;
  const c = lnLambda + (inv.c0[i] ?? 0);
  let u = ws.u[i] ?? 0;
  for (let iteration = 0; iteration < 60; iteration++) {
    const e = Math.exp(-Math.abs(u));
    const softplus = u > 0 ? u + Math.log1p(e) : Math.log1p(e);
    const sigma = u > 0 ? 1 / (1 + e) : e / (1 + e);
    const step = (a * u - 2 * softplus - c) / (a - 2 * sigma);
    u -= step;
    if (Math.abs(step) <= 1e-12 * (1 + Math.abs(u))) break;
  }
  ws.u[i] = u;
  return k * Math.exp(u / (inv.shape[i] ?? 1));
}

/** Σ of every line's spend at λ = e^lnLambda, clamped to [lo, hiEff], written into `out`. */
function spendAt(ws: Workspace, lo: Float64Array, lnLambda: number, out: Float64Array): number {
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    const x = Math.min(ws.hiEff[i] ?? 0, Math.max(lo[i] ?? 0, inverseMarginal(ws, i, lnLambda)));
    out[i] = x;
    total += x;
  }
  return total;
}

/**
 * Writes into `out` the best split of `budget` over lines bounded by lo and hi, and returns
 * the common marginal λ of the lines strictly inside their bounds (null when none is).
 * Σ spendAt falls continuously as λ rises, so a bisection on ln λ brackets the budget; the
 * two ends of the last bracket are mixed so that the split sums to the budget exactly.
 */
function waterFill(
  problem: Problem,
  ws: Workspace,
  lo: Float64Array,
  hi: Float64Array,
  budget: number,
  out: Float64Array,
): number | null {
  const n = out.length;
  const spare = budget - sum(lo);
  let lamLo = Infinity;
  let lamHi = 0;
  for (let i = 0; i < n; i++) {
    const l = lo[i] ?? 0;
    const h = Math.min(hi[i] ?? 0, l + Math.max(0, spare));
    ws.hiEff[i] = h;
    out[i] = l;
    if (ws.inverse.kind[i] === FLAT || h <= l) continue;
    const curve = problem.curves[i];
    if (!curve) continue;
    lamLo = Math.min(lamLo, hillMarginal(curve, h));
    lamHi = Math.max(lamHi, hillMarginal(curve, l));
  }
  if (spare <= 0) return null;
  if (sum(ws.hiEff) <= budget) {
    out.set(ws.hiEff);
    spreadTo(out, lo, hi, budget);
    return null;
  }
  if (lamLo === Infinity) {
    spreadTo(out, lo, hi, budget);
    return null;
  }
  let lnLo = Math.log(Math.max(lamLo * 0.5, 1e-300));
  let lnHi = Math.log(Math.max(lamHi * 2, lamLo * 4, 1e-300));
  const widen = Math.log(16);
  for (let i = 0; i < 60 && spendAt(ws, lo, lnHi, out) > budget; i++) lnHi += widen;
  let reached = spendAt(ws, lo, lnLo, out);
  for (let i = 0; i < 60 && reached < budget && lnLo > -690; i++) {
    lnLo -= widen;
    reached = spendAt(ws, lo, lnLo, out);
  }
  if (reached < budget) {
    spreadTo(out, lo, hi, budget);
    return null;
  }
  for (let i = 0; i < 200 && lnHi - lnLo > 1e-13; i++) {
    const mid = (lnLo + lnHi) / 2;
    if (spendAt(ws, lo, mid, out) > budget) lnLo = mid;
    else lnHi = mid;
  }
  const above = spendAt(ws, lo, lnLo, ws.xa);
  const below = spendAt(ws, lo, lnHi, ws.xb);
  const w = above > below ? Math.min(1, Math.max(0, (budget - below) / (above - below))) : 0;
  let inside = false;
  for (let i = 0; i < n; i++) {
    const b = ws.xb[i] ?? 0;
    const x = b + w * ((ws.xa[i] ?? 0) - b);
    out[i] = x;
    const scale = 1e-9 * Math.max(1, x);
    if (x > (lo[i] ?? 0) + scale && x < (hi[i] ?? 0) - scale) inside = true;
  }
  return inside ? Math.exp((lnLo + lnHi) / 2) : null;
}

function totalReturn(problem: Problem, x: Float64Array): number {
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const curve = problem.curves[i];
    if (curve) total += hillReturn(curve, x[i] ?? 0);
  }
  return total;
}

const RELAXED = 0;
const ON = 1;
const OFF = 2;
/** Branch and bound when this many minimum-buy lines fall short at first, greedy beyond. */
const EXHAUSTIVE_LIMIT = 10;
const SOLVE_LIMIT = 4096;

/** A minimum-buy line the relaxed optimum gave some spend, yet less than its buy. */
function shortOfBuy(gap: number, x: number): boolean {
  return gap > 0 && x >= 0.5 && x < gap - 1e-7 * gap;
}

/**
 * The exact optimum for concave curves, minimum buys included; null when no choice of which
 * minimum-buy lines to buy can hold the budget.
 */
export function solveConcave(problem: Problem, budget: number): Split | null {
  const n = problem.lo.length;
  const ws = workspace(problem);
  const decision = new Uint8Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const x = new Float64Array(n);
  let best: Split | null = null;
  let solves = 0;

  function bounds(): boolean {
    for (let i = 0; i < n; i++) {
      const gap = problem.gap[i] ?? 0;
      const d = decision[i];
      lo[i] = d === ON ? gap : (problem.lo[i] ?? 0);
      hi[i] = d === OFF ? 0 : (problem.hi[i] ?? 0);
    }
    return sum(lo) <= budget && sum(hi) >= budget;
  }

  /** Solves the current decisions; the relaxed lines that fall short of their buy, or null. */
  function solve(): number[] | null {
    if (!bounds()) return null;
    solves++;
    const lambda = waterFill(problem, ws, lo, hi, budget, x);
    const value = totalReturn(problem, x);
    if (best && value <= best.value * (1 + 1e-12)) return null;
    const short: number[] = [];
    for (let i = 0; i < n; i++) {
      if (decision[i] === RELAXED && shortOfBuy(problem.gap[i] ?? 0, x[i] ?? 0)) short.push(i);
    }
    if (short.length === 0) best = leaf(value, lambda);
    return short;
  }

  function leaf(value: number, lambda: number | null): Split {
    const split: Split = {
      x: x.slice(),
      lo: lo.slice(),
      hi: hi.slice(),
      value,
      lambda,
      dropped: new Uint8Array(n),
    };
    for (let i = 0; i < n; i++) {
      const gap = problem.gap[i] ?? 0;
      if (decision[i] === OFF) split.dropped[i] = 1;
      // A relaxed line left under half a cent is not bought: it must round to 0, not to 1 cent.
      if (decision[i] !== ON && gap > 0 && (x[i] ?? 0) < gap) split.hi[i] = 0;
      if (decision[i] !== OFF && gap > 0 && (x[i] ?? 0) >= gap - 1e-7 * gap) split.lo[i] = gap;
    }
    return split;
  }

  function branch(): void {
    if (solves >= SOLVE_LIMIT) return;
    const short = solve();
    if (!short || short.length === 0) return;
    // The line closest to its buy first, bought first: good answers early prune the rest.
    let pick = short[0] ?? 0;
    for (const i of short)
      if ((x[i] ?? 0) / (problem.gap[i] ?? 1) > (x[pick] ?? 0) / (problem.gap[pick] ?? 1)) pick = i;
    decision[pick] = ON;
    branch();
    decision[pick] = OFF;
    branch();
    decision[pick] = RELAXED;
  }

  /** Turns the weakest short line off (or on when off cannot hold the budget), until none is short. */
  function greedy(): void {
    decision.fill(RELAXED);
    for (let round = 0; round <= n; round++) {
      const short = solve();
      if (!short || short.length === 0) return;
      let pick = short[0] ?? 0;
      for (const i of short)
        if ((x[i] ?? 0) / (problem.gap[i] ?? 1) < (x[pick] ?? 0) / (problem.gap[pick] ?? 1))
          pick = i;
      decision[pick] = OFF;
      if (!bounds()) decision[pick] = ON;
      if (!bounds()) return;
    }
  }

  const root = solve();
  if (root && root.length > EXHAUSTIVE_LIMIT) greedy();
  else if (root && root.length > 0) {
    // The search starts over from the root (solved once more: the count restarts with it).
    solves = 0;
    branch();
    if (!best || solves >= SOLVE_LIMIT) greedy();
  }
  return best;
}
