// Variance defined once: actual − planned over the months that have actuals, table-driven,
// then read from a real budget sheet as the summary and the chart read it.
import { describe, expect, it } from 'vitest';
import { emptyBudget, withAmount } from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { toCents } from '../../../src/domain/money';
import { planVariance, sheetVariance } from '../../../src/domain/variance';
import type { Channel } from '../../../src/domain/plan';
import { makePlan, month } from './budget-arbitraries';

const c = (values: (number | null)[]) => values.map((v) => (v === null ? null : toCents(v)));
const planned = (values: number[]) => values.map((v) => toCents(v));

describe('planVariance', () => {
  it.each([
    {
      name: 'a year under way: the months to come are not an underspend',
      planned: [1_000, 1_000, 1_000, 1_000, 1_000, 1_000],
      actual: [900, 1_154, null, null, null, null],
      expected: { plannedWithActuals: 2_000, actual: 2_054, variance: 54, monthsWithActuals: 2 },
    },
    {
      name: 'no actual yet: the variance is 0, not minus the whole plan',
      planned: [1_000, 2_000],
      actual: [null, null],
      expected: { plannedWithActuals: 0, actual: 0, variance: 0, monthsWithActuals: 0 },
    },
    {
      name: 'a month where nothing was spent (0) counts; a month not entered (null) does not',
      planned: [1_000, 800, 900],
      actual: [1_100, 0, null],
      expected: { plannedWithActuals: 1_800, actual: 1_100, variance: -700, monthsWithActuals: 2 },
    },
    {
      name: 'spending in a month with nothing planned is all overspend',
      planned: [0, 500],
      actual: [300, null],
      expected: { plannedWithActuals: 0, actual: 300, variance: 300, monthsWithActuals: 1 },
    },
    {
      name: 'months with actuals need not follow each other',
      planned: [100, 200, 400, 800],
      actual: [100, null, 500, null],
      expected: { plannedWithActuals: 500, actual: 600, variance: 100, monthsWithActuals: 2 },
    },
  ])('$name', ({ planned: p, actual, expected }) => {
    const result = planVariance(planned(p), c(actual));
    expect(result).toMatchObject({
      ...expected,
      plannedTotal: p.reduce((a, b) => a + b, 0),
      monthCount: p.length,
    });
    // Each month's variance is its actual − planned, or nothing without an actual.
    expect(result.months.map((m) => m.variance)).toEqual(
      actual.map((a, i) => (a === null ? null : a - (p[i] ?? 0))),
    );
  });
});

describe('sheetVariance', () => {
  const channel = (id: string): Channel => ({
    id,
    planId: 'plan-1',
    name: id,
    family: 'media',
    category: 'press',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  });
  const amount = (m: number, layer: 'planned' | 'actual', cents: number) =>
    [month(2026, m), layer, toCents(cents)] as const;

  it('takes a month with an actual on any channel, and every channel’s plan of that month', () => {
    const cells = {
      press: [amount(1, 'planned', 1_000), amount(1, 'actual', 1_200), amount(2, 'planned', 700)],
      radio: [amount(1, 'planned', 500), amount(3, 'planned', 900)],
    };
    const budgets = Object.entries(cells).map(([id, list]) =>
      list.reduce(
        (budget, [m, layer, cents]) => withAmount(budget, m, layer, cents),
        emptyBudget('plan-1', id),
      ),
    );
    const sheet = new BudgetSheet(
      makePlan(month(2026, 1), 12, null),
      [channel('press'), channel('radio')],
      budgets,
    );
    // January has an actual (press): radio's January plan counts too. 1 200 − 1 500 = −300,
    // where the cell-by-cell total over the year would say 1 200 − 3 100 = −1 900.
    const result = sheetVariance(sheet);
    expect(result).toMatchObject({
      plannedTotal: 3_100,
      plannedWithActuals: 1_500,
      actual: 1_200,
      variance: -300,
      monthsWithActuals: 1,
      monthCount: 12,
    });
    expect(result.months.slice(0, 3).map((m) => [m.planned, m.actual])).toEqual([
      [1_500, 1_200],
      [700, null],
      [900, null],
    ]);
    expect(sheet.grandTotal('variance')).toBe(-1_900);
  });
});

describe('sheetVariance of a plan without channels', () => {
  it('is 0 over no month with actuals, as a new empty plan shows it', () => {
    const sheet = new BudgetSheet(makePlan(month(2026, 1), 12, null), [], []);
    expect(sheetVariance(sheet)).toMatchObject({
      plannedTotal: 0,
      actual: 0,
      variance: 0,
      monthsWithActuals: 0,
      monthCount: 12,
    });
  });
});
