// Amounts a plan window leaves out, and budgets moved in time: what the plan settings say
// before a new first month or length hides amounts, and the shift they offer instead.
import { BUDGET_LAYERS, isMonthInPlan, type BudgetLayer, type ChannelBudget } from './budget';
import { toCents, type Cents } from './money';
import { addMonths, isMonth, monthsBetween, type Month } from './months';
import type { Plan } from './plan';
import { err, ok, type Result } from './result';

export type PlanWindow = Pick<Plan, 'firstMonth' | 'monthCount'>;

export interface AmountsOutside {
  /** Non-zero cells (one per channel, month and layer) stored outside the window. */
  count: number;
  /** Their sum per layer. */
  totals: Record<BudgetLayer, Cents>;
  /** The earliest and latest month they are in; null when there are none. */
  first: Month | null;
  last: Month | null;
}

/**
 * What a window does not show of the stored budgets. They stay stored (the grid never writes
 * months it does not show): the count is what the user stops seeing, not what is lost.
 * Keys that are not months cannot be shown by any window and are not counted.
 */
export function amountsOutside(
  budgets: readonly ChannelBudget[],
  window: PlanWindow,
): AmountsOutside {
  const totals = { planned: 0, committed: 0, actual: 0 };
  let count = 0;
  let first: Month | null = null;
  let last: Month | null = null;
  for (const budget of budgets) {
    for (const [key, amounts] of Object.entries(budget.months)) {
      if (!isMonth(key) || isMonthInPlan(window, key)) continue;
      let cells = 0;
      for (const layer of BUDGET_LAYERS) {
        if (amounts[layer] === 0) continue;
        cells += 1;
        totals[layer] += amounts[layer];
      }
      if (cells === 0) continue;
      count += cells;
      // 'YYYY-MM' strings sort in calendar order.
      if (first === null || key < first) first = key;
      if (last === null || key > last) last = key;
    }
  }
  return {
    count,
    totals: {
      planned: toCents(totals.planned),
      committed: toCents(totals.committed),
      actual: toCents(totals.actual),
    },
    first,
    last,
  };
}

/** How far "shift every amount" moves them: the months from the old first month to the new. */
export function shiftBetween(from: PlanWindow, to: PlanWindow): number {
  return monthsBetween(from.firstMonth, to.firstMonth);
}

export interface ShiftError {
  code: 'month-out-of-range';
  /** The stored month that would leave 1000-01 … 9999-12. */
  month: Month;
}

/**
 * The budget with every month moved n months later (earlier when n < 0), amounts unchanged.
 * A shift is one-to-one, so no two months land on the same key. Keys that are not months are
 * kept as they are. n must be a whole number.
 */
export function shiftBudget(budget: ChannelBudget, n: number): Result<ChannelBudget, ShiftError> {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`);
  if (n === 0) return ok(budget);
  const months: ChannelBudget['months'] = {};
  for (const [key, amounts] of Object.entries(budget.months)) {
    if (!isMonth(key)) {
      months[key] = amounts;
      continue;
    }
    try {
      months[addMonths(key, n)] = amounts;
    } catch (error) {
      if (error instanceof RangeError) return err({ code: 'month-out-of-range', month: key });
      throw error;
    }
  }
  return ok({ ...budget, months });
}

/** Every budget shifted by n months, or the first month that cannot move: all or nothing. */
export function shiftBudgets(
  budgets: readonly ChannelBudget[],
  n: number,
): Result<ChannelBudget[], ShiftError> {
  const shifted: ChannelBudget[] = [];
  for (const budget of budgets) {
    const moved = shiftBudget(budget, n);
    if (!moved.ok) return moved;
    shifted.push(moved.value);
  }
  return ok(shifted);
}
