// The period step of an import: the months a file covers against the plan's, and the window
// the user's choice gives — keep the plan's (only the months inside are imported), take the
// file's, or extend the plan's to hold both.
import { MAX_PLAN_MONTHS, type Plan } from '../domain/plan';
import { addMonths, monthIndexIn, monthsBetween, type Month } from '../domain/months';

export type PeriodChoice = 'inside' | 'file' | 'extend';

export interface PlanPeriod {
  firstMonth: Month;
  monthCount: number;
}

export interface MonthSpan {
  first: Month;
  last: Month;
}

/** Whether every month of the file lies inside the plan: then nothing is asked. */
export function spanInside(period: PlanPeriod, span: MonthSpan | null): boolean {
  if (span === null) return true;
  const { firstMonth, monthCount } = period;
  return (
    monthIndexIn(firstMonth, monthCount, span.first) >= 0 &&
    monthIndexIn(firstMonth, monthCount, span.last) >= 0
  );
}

function periodFrom(first: Month, last: Month): PlanPeriod | null {
  const monthCount = monthsBetween(first, last) + 1;
  return monthCount <= MAX_PLAN_MONTHS ? { firstMonth: first, monthCount } : null;
}

export function lastMonthOf(period: PlanPeriod): Month {
  return addMonths(period.firstMonth, period.monthCount - 1);
}

/**
 * The plan's period once the choice is applied; null when the choice would need more than
 * MAX_PLAN_MONTHS months (the UI does not offer it).
 */
export function chosenPeriod(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  span: MonthSpan | null,
  choice: PeriodChoice,
): PlanPeriod | null {
  const current = { firstMonth: plan.firstMonth, monthCount: plan.monthCount };
  if (span === null || choice === 'inside') return current;
  if (choice === 'file') return periodFrom(span.first, span.last);
  const last = lastMonthOf(current);
  const first = span.first < current.firstMonth ? span.first : current.firstMonth;
  return periodFrom(first, span.last > last ? span.last : last);
}
