// Variance, defined once for every screen: actual − planned over the months that have
// actuals. Over all months, a year under way would read as a huge underspend (the months to
// come are planned, not spent yet); the summary card, its tip, the planned-vs-actual chart and
// table and the printed summary all show this figure, so they agree to the cent.
import { toCents, type Cents } from './money';

/** What variance reads of a budget sheet (BudgetSheet fits). */
export interface MonthlyTotals {
  readonly rowCount: number;
  readonly monthCount: number;
  monthTotal(measure: 'planned' | 'actual', m: number): Cents;
}

export interface MonthVariance {
  planned: Cents;
  /** null for a month with no actual yet: it is left out of the variance. */
  actual: Cents | null;
  /** actual − planned of that month; null with no actual. */
  variance: Cents | null;
}

export interface PlanVariance {
  months: MonthVariance[];
  /** Planned over every month, for reference: not what the variance compares with. */
  plannedTotal: Cents;
  /** Planned over the months that have actuals: what the actuals are compared with. */
  plannedWithActuals: Cents;
  actual: Cents;
  /** actual − plannedWithActuals. */
  variance: Cents;
  monthsWithActuals: number;
  monthCount: number;
}

/**
 * A month of a sheet has actuals when its actual total is not 0. Actual cells are never
 * negative (checkBudgetCell refuses it), so a 0 total means nothing was recorded for any
 * channel, and an all-zero month is not even stored: "nothing spent" and "not entered yet"
 * are one state there.
 */
function hasActuals(actual: Cents): boolean {
  return actual !== 0;
}

/**
 * Variance from per-month planned and actual totals, in the same month order; an actual of
 * null is a month with no actual yet, and 0 a month where nothing was spent.
 */
export function planVariance(
  planned: readonly Cents[],
  actual: readonly (Cents | null)[],
): PlanVariance {
  const count = Math.max(planned.length, actual.length);
  const months: MonthVariance[] = [];
  let plannedTotal = 0;
  let plannedWithActuals = 0;
  let actualTotal = 0;
  let monthsWithActuals = 0;
  for (let m = 0; m < count; m++) {
    const p = planned[m] ?? toCents(0);
    const a = actual[m] ?? null;
    plannedTotal += p;
    if (a === null) {
      months.push({ planned: p, actual: null, variance: null });
      continue;
    }
    plannedWithActuals += p;
    actualTotal += a;
    monthsWithActuals += 1;
    months.push({ planned: p, actual: a, variance: toCents(a - p) });
  }
  return {
    months,
    plannedTotal: toCents(plannedTotal),
    plannedWithActuals: toCents(plannedWithActuals),
    actual: toCents(actualTotal),
    variance: toCents(actualTotal - plannedWithActuals),
    monthsWithActuals,
    monthCount: count,
  };
}

/** The variance of a whole sheet: its month totals of planned and actual. */
export function sheetVariance(sheet: MonthlyTotals): PlanVariance {
  const months = Array.from({ length: sheet.monthCount }, (_, m) => m);
  // A sheet without channels has no month totals to read (BudgetSheet refuses them): all 0.
  if (sheet.rowCount === 0)
    return planVariance(
      months.map(() => toCents(0)),
      months.map(() => null),
    );
  return planVariance(
    months.map((m) => sheet.monthTotal('planned', m)),
    months.map((m) => {
      const actual = sheet.monthTotal('actual', m);
      return hasActuals(actual) ? actual : null;
    }),
  );
}
