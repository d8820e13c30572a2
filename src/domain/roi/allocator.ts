// The budget allocator: splits a total across channels to maximise their return under
// bounds in cents, locks and minimum buys, or finds the spend that meets a target; names what
// is wrong with the inputs before running, and says why each line moved.
import { err, ok, type Result } from '../result';
import type { HillCurve } from './response-curve';
import { gapChoice, lineFloor, normalLines, type NormalLine } from './allocator-problem';
import {
  context,
  largestTotalKeeping,
  leastTotalReaching,
  measure,
  solveAt,
  type Context,
  type Solved,
  type TargetAnswer,
} from './allocator-targets';
import { explain } from './allocator-explain';

export interface AllocationChannel {
  id: string;
  curve: HillCurve;
  /** Today's spend, cents. */
  current: number;
  /** Cents. */
  min: number;
  max: number | null;
  /** Keeps `current`. */
  locked: boolean;
  /** Either 0 or ≥ minimumBuy. */
  minimumBuy: number | null;
  /** Return (cents of gains) per customer, for CPA targets; null when unknown. */
  returnPerCustomer: number | null;
}

export type AllocatorObjective =
  | { kind: 'max-return'; budget: number }
  /** Least spend whose best split reaches this return. */
  | { kind: 'target-return'; value: number }
  /** Largest spend whose best split keeps total return ÷ spend ≥ value (return here = gains). */
  | { kind: 'target-roas'; value: number }
  /** Largest spend whose best split keeps spend ÷ customers ≤ value. */
  | { kind: 'target-cpa'; value: number };

export type AllocationIssue =
  | { code: 'no-channel' }
  /** The budget is not a positive whole number of cents (at least one, within 2^53), or a target's value is not a positive finite number. */
  | { code: 'budget-not-positive' }
  | { code: 'min-above-max'; id: string }
  | { code: 'minimum-buy-above-max'; id: string }
  /** Locked lines count at their current spend; minimum buys count when some must be bought. */
  | { code: 'minimums-above-budget'; minimums: number; budget: number }
  /** Every line capped and the caps sum below the budget: it cannot all be placed. */
  | { code: 'maximums-below-budget'; maximums: number; budget: number }
  /** For targets: the best achievable value (return, ROAS, or the lowest cost per customer). */
  | { code: 'target-unreachable'; best: number }
  | { code: 'cpa-needs-customers'; id: string };

export type ShiftReason =
  'locked' | 'at-min' | 'at-max' | 'minimum-buy-zero' | 'gained' | 'lost' | 'unchanged';

export interface AllocationLine {
  id: string;
  before: number;
  /** Integer cents. */
  after: number;
  returnBefore: number;
  returnAfter: number;
  /** R′ at before / after. */
  marginalBefore: number;
  marginalAfter: number;
  reason: ShiftReason;
  /**
   * For 'gained': the line whose marginal return before was lowest among lines that lost (the
   * euros came from there); for 'lost': the line with the highest marginal before among
   * gainers. null otherwise.
   */
  comparedWith: string | null;
}

export interface Allocation {
  lines: AllocationLine[];
  /** Integer cents = Σ after. */
  spend: number;
  returnBefore: number;
  returnAfter: number;
  method: 'water-filling' | 'greedy-multistart';
  /** The common marginal return of the lines off their bounds at the optimum (water-filling), else null. */
  marginalLevel: number | null;
}

function hasCustomers(channel: AllocationChannel): boolean {
  const value = channel.returnPerCustomer;
  return value !== null && value > 0 && Number.isFinite(value);
}

/** How the budget fits the lines: [] when it does (checked once the lines themselves are sound). */
function budgetIssues(lines: readonly NormalLine[], budget: number): AllocationIssue[] {
  let minimums = 0;
  let maximums = 0;
  for (const line of lines) {
    minimums += line.locked ? line.current : lineFloor(line);
    maximums += line.locked ? line.current : line.max;
  }
  if (minimums > budget) return [{ code: 'minimums-above-budget', minimums, budget }];
  if (maximums < budget) return [{ code: 'maximums-below-budget', maximums, budget }];
  // Minimum buys leave holes: 0 or ≥ N on each such line. Some choice of them must fit.
  const ctx = context(lines, (l) => l.curve);
  const choice = gapChoice(ctx.problem, budget - ctx.fixedSpend);
  if (choice.kind === 'too-low') {
    return [{ code: 'minimums-above-budget', minimums: choice.least + ctx.fixedSpend, budget }];
  }
  if (choice.kind === 'too-high') return [{ code: 'maximums-below-budget', maximums, budget }];
  return [];
}

/**
 * What is wrong with the inputs, found before running (each named to the user). Amounts are
 * read as whole cents; the bounds of a locked line are not checked (they do not apply).
 * 'target-unreachable' needs the search itself: only allocate reports it.
 */
export function allocationIssues(
  channels: readonly AllocationChannel[],
  objective: AllocatorObjective,
): AllocationIssue[] {
  if (channels.length === 0) return [{ code: 'no-channel' }];
  const issues: AllocationIssue[] = [];
  // A budget is placed in whole cents: under half a cent it is nothing, and past 2^53 cents
  // the split could no longer add up exactly.
  const amount = objective.kind === 'max-return' ? Math.round(objective.budget) : objective.value;
  const usable =
    objective.kind === 'max-return' ? Number.isSafeInteger(amount) : Number.isFinite(amount);
  if (!(amount > 0 && usable)) issues.push({ code: 'budget-not-positive' });
  const lines = normalLines(channels);
  // A locked line keeps its spend whatever its bounds say: they cannot get in the way.
  for (const line of lines.filter((l) => !l.locked)) {
    if (line.min > line.max) issues.push({ code: 'min-above-max', id: line.id });
    if (line.minimumBuy > line.max) issues.push({ code: 'minimum-buy-above-max', id: line.id });
  }
  if (objective.kind === 'target-cpa') {
    for (const channel of channels) {
      if (!hasCustomers(channel)) issues.push({ code: 'cpa-needs-customers', id: channel.id });
    }
  }
  if (issues.length === 0 && objective.kind === 'max-return') {
    issues.push(...budgetIssues(lines, Math.round(objective.budget)));
  }
  return issues;
}

const returnCurve = (line: NormalLine): HillCurve => line.curve;

/** Customers instead of cents: the same Hill curve with Rmax divided by the return per customer. */
const customerCurve = (line: NormalLine): HillCurve => ({
  ...line.curve,
  rmax: line.curve.rmax / (line.returnPerCustomer ?? 1),
});

function answerOf(answer: TargetAnswer): Result<Solved, AllocationIssue[]> {
  return answer.kind === 'found'
    ? ok(answer.solved)
    : err([{ code: 'target-unreachable', best: answer.best }]);
}

function search(ctx: Context, objective: AllocatorObjective): Result<Solved, AllocationIssue[]> {
  const ceiling = (curve: (l: NormalLine) => HillCurve): number =>
    ctx.lines.reduce((total, line) => total + Math.max(0, curve(line).rmax), 0);
  switch (objective.kind) {
    case 'max-return': {
      const budget = Math.round(objective.budget);
      const solved = solveAt(ctx, budget);
      // Only reached past the exhaustive minimum-buy check (more than 16 such lines).
      return solved
        ? ok(solved)
        : err([{ code: 'minimums-above-budget', minimums: budget + 1, budget }]);
    }
    case 'target-return':
      return answerOf(
        leastTotalReaching(ctx, objective.value, (s) => measure(ctx, s.after, returnCurve)),
      );
    case 'target-roas':
      return answerOf(
        largestTotalKeeping(ctx, objective.value, ceiling(returnCurve), (s) =>
          measure(ctx, s.after, returnCurve),
        ),
      );
    case 'target-cpa': {
      // spend ÷ customers ≤ cpa ⇔ customers ÷ spend ≥ 1 ÷ cpa; the best split maximises customers.
      const found = largestTotalKeeping(ctx, 1 / objective.value, ceiling(customerCurve), (s) =>
        measure(ctx, s.after, customerCurve),
      );
      if (found.kind === 'found') return ok(found.solved);
      const best = found.best > 0 ? 1 / found.best : 0;
      return err([{ code: 'target-unreachable', best: Number.isFinite(best) ? best : 0 }]);
    }
  }
}

/**
 * The best split for the objective. Water-filling (exact) when every unlocked curve has
 * shape ≤ 1, else greedy on a grid from several starts. Σ after is whole cents and equals the
 * budget exactly (targets: the spend found); locked lines keep their current spend. For a
 * CPA target the split maximises customers (return ÷ return per customer, per line): the
 * marginals it equalises are customers per cent, and marginalLevel is null.
 */
export function allocate(
  channels: readonly AllocationChannel[],
  objective: AllocatorObjective,
): Result<Allocation, AllocationIssue[]> {
  const issues = allocationIssues(channels, objective);
  if (issues.length > 0) return err(issues);
  const lines = normalLines(channels);
  const ctx = context(lines, objective.kind === 'target-cpa' ? customerCurve : returnCurve);
  const solved = search(ctx, objective);
  if (!solved.ok) return solved;
  const allocation = explain(
    lines,
    solved.value,
    ctx.concave ? 'water-filling' : 'greedy-multistart',
  );
  // For a CPA target the common level is in customers per cent, not a return: not shown.
  return ok(objective.kind === 'target-cpa' ? { ...allocation, marginalLevel: null } : allocation);
}
