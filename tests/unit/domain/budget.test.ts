import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BUDGET_MEASURES,
  budgetAmount,
  checkBudgetCell,
  computeTotals,
  emptyBudget,
  isMonthInPlan,
  layerGrid,
  MAX_CELL_CENTS,
  measureOf,
  monthsOutsidePlan,
  setBudgetAmount,
  withAmount,
  type BudgetMeasure,
  type ChannelBudget,
} from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { toCents, type Cents } from '../../../src/domain/money';
import type { Channel } from '../../../src/domain/plan';
import {
  editedSheet,
  makePlan,
  measureCell,
  modelGrid,
  month,
  scenarioArb,
} from './budget-arbitraries';

const JAN = month(2026, 1);
const FEB = month(2026, 2);
const DEC = month(2026, 12);
const plan = makePlan(JAN, 12, 1_000_000);
const c = toCents;

function channel(id: string, fields: Partial<Channel> = {}): Channel {
  return {
    id,
    planId: plan.id,
    name: id,
    family: 'media',
    category: 'social-ads',
    poe: 'paid',
    costModel: { kind: 'monthly' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
    ...fields,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

describe('stored budgets', () => {
  it('reads a month never filled as zeros, in every layer and measure', () => {
    const budget = emptyBudget(plan.id, 'c1');
    for (const measure of BUDGET_MEASURES) expect(budgetAmount(budget, JAN, measure)).toBe(0);
  });

  it('replaces one amount without touching the record it came from', () => {
    const before = withAmount(emptyBudget(plan.id, 'c1'), JAN, 'planned', c(120_000));
    const after = withAmount(before, JAN, 'actual', c(90_000));
    expect(before.months).toEqual({ [JAN]: { planned: 120_000, committed: 0, actual: 0 } });
    expect(after.months).toEqual({ [JAN]: { planned: 120_000, committed: 0, actual: 90_000 } });
  });

  it('drops a month once all its layers are back to zero', () => {
    const filled = withAmount(emptyBudget(plan.id, 'c1'), FEB, 'committed', c(5_000));
    expect(Object.keys(withAmount(filled, FEB, 'committed', c(0)).months)).toEqual([]);
  });

  it.each([
    // planned, committed, actual → available, variance
    [100_000, 30_000, 20_000, 50_000, -80_000],
    [100_000, 0, 130_000, -30_000, 30_000], // overspent
    [0, 0, 4_500, -4_500, 4_500], // spent without a plan
    [0, 0, 0, 0, 0],
  ])('P %d, C %d, A %d → available %d, variance %d', (p, cm, a, available, variance) => {
    const amounts = { planned: c(p), committed: c(cm), actual: c(a) };
    expect(measureOf('available', amounts)).toBe(available);
    expect(measureOf('variance', amounts)).toBe(variance);
  });

  it.each([
    ['2025-12', false],
    ['2026-01', true],
    ['2026-12', true],
    ['2027-01', false],
  ])('says whether %s is in a plan of 2026', (m, inPlan) => {
    expect(isMonthInPlan(plan, month(Number(m.slice(0, 4)), Number(m.slice(5))))).toBe(inPlan);
  });

  it('lists the stored months the plan no longer shows', () => {
    let budget = withAmount(emptyBudget(plan.id, 'c1'), JAN, 'planned', c(1));
    budget = withAmount(budget, month(2027, 3), 'planned', c(1));
    budget = withAmount(budget, month(2025, 6), 'actual', c(1));
    expect(monthsOutsidePlan(plan, budget)).toEqual(['2025-06', '2027-03']);
  });
});

describe('checkBudgetCell', () => {
  it.each([
    ['2026-03', 12_345, { ok: true, value: { month: '2026-03', cents: 12_345 } }],
    ['2026-03', 0, { ok: true, value: { month: '2026-03', cents: 0 } }],
    ['2026-03', MAX_CELL_CENTS, { ok: true, value: { month: '2026-03', cents: MAX_CELL_CENTS } }],
    ['2027-01', 100, { ok: false, error: { code: 'month-outside-plan', month: '2027-01' } }],
    ['2025-12', 100, { ok: false, error: { code: 'month-outside-plan', month: '2025-12' } }],
    ['mars', 100, { ok: false, error: { code: 'month-outside-plan', month: 'mars' } }],
    ['2026-03', -1, { ok: false, error: { code: 'negative' } }],
    ['2026-03', 12.5, { ok: false, error: { code: 'not-whole-cents' } }],
    ['2026-03', Number.NaN, { ok: false, error: { code: 'not-whole-cents' } }],
    ['2026-03', MAX_CELL_CENTS + 1, { ok: false, error: { code: 'too-large' } }],
  ])('month %s, %d cents → %j', (m, cents, expected) => {
    expect(checkBudgetCell(plan, m, cents)).toEqual(expected);
  });

  it('refuses an edit with its reason and writes nothing', () => {
    const budget = withAmount(emptyBudget(plan.id, 'c1'), JAN, 'planned', c(100));
    expect(setBudgetAmount(plan, budget, '2027-01', 'planned', 500)).toEqual({
      ok: false,
      error: { code: 'month-outside-plan', month: '2027-01' },
    });
    const done = setBudgetAmount(plan, budget, '2026-01', 'actual', 80);
    expect(done.ok && done.value.months).toEqual({
      [JAN]: { planned: 100, committed: 0, actual: 80 },
    });
    expect(budget.months[JAN]?.actual).toBe(0);
  });
});

describe('BudgetSheet, worked example', () => {
  const channels = [
    channel('ads', { stage: 'acquisition', objective: 'grow-online-sales' }),
    channel('fair', { family: 'hors-media', category: 'trade-show', poe: 'owned' }),
  ];
  function budgets(): ChannelBudget[] {
    let ads = emptyBudget(plan.id, 'ads');
    ads = withAmount(ads, JAN, 'planned', c(300_000));
    ads = withAmount(ads, JAN, 'actual', c(250_000));
    ads = withAmount(ads, FEB, 'planned', c(100_000));
    ads = withAmount(ads, FEB, 'committed', c(40_000));
    // Outside the plan: kept in the record, left out of the sheet.
    ads = withAmount(ads, month(2025, 12), 'planned', c(999_999));
    const fair = withAmount(emptyBudget(plan.id, 'fair'), DEC, 'planned', c(600_000));
    return [ads, fair];
  }

  it('adds up rows, months, families and the grand total', () => {
    const sheet = new BudgetSheet(plan, channels, budgets());
    expect(sheet.rowTotal('planned', 0)).toBe(400_000);
    expect(sheet.monthTotal('planned', 0)).toBe(300_000);
    expect(sheet.monthTotal('planned', 11)).toBe(600_000);
    expect(sheet.grandTotal('planned')).toBe(1_000_000);
    expect(sheet.familyTotal('planned', 'media')).toBe(400_000);
    expect(sheet.familyMonthTotal('planned', 'hors-media', 11)).toBe(600_000);
    expect(sheet.familyPoeTotal('planned', 'hors-media', 'owned')).toBe(600_000);
    expect(sheet.groupTotal('planned', 'category', 'trade-show')).toBe(600_000);
    expect(sheet.groupTotal('planned', 'stage', null)).toBe(600_000);
    expect(sheet.groupTotal('planned', 'objective', 'grow-online-sales')).toBe(400_000);
    expect(sheet.groupTotal('planned', 'category', 'tv')).toBe(0);
    expect(sheet.shareOfTotal('planned', 1)).toBeCloseTo(0.6, 12);
  });

  it('derives available and variance per cell and in every total', () => {
    const sheet = new BudgetSheet(plan, channels, budgets());
    expect(sheet.available(0, 0)).toBe(50_000); // 3 000 − 0 − 2 500 €
    expect(sheet.variance(0, 0)).toBe(-50_000);
    expect(sheet.available(0, 1)).toBe(60_000); // 1 000 − 400 €
    expect(sheet.grandTotal('available')).toBe(1_000_000 - 40_000 - 250_000);
    expect(sheet.grandTotal('variance')).toBe(250_000 - 1_000_000);
    expect(sheet.rowTotal('variance', 1)).toBe(-600_000);
  });

  it('measures the gap to the target and says when the plan is over it', () => {
    const sheet = new BudgetSheet(plan, channels, budgets());
    expect(sheet.gapToTarget()).toBe(0);
    expect(sheet.isOverBudget()).toBe(false);
    sheet.set('planned', 1, 11, c(600_001));
    expect(sheet.gapToTarget()).toBe(-1);
    expect(sheet.isOverBudget()).toBe(true);
    const noTarget = new BudgetSheet({ ...plan, targetBudget: null }, channels, budgets());
    expect(noTarget.gapToTarget()).toBeNull();
    expect(noTarget.isOverBudget()).toBe(false);
  });

  it('gives a share of 0, not NaN, while the total is 0', () => {
    const sheet = new BudgetSheet(plan, channels, []);
    expect(sheet.shareOfTotal('actual', 0)).toBe(0);
  });

  it('gives back the stored records after edits, months outside the window kept as they were', () => {
    const sheet = new BudgetSheet(plan, channels, budgets());
    const version = sheet.version;
    sheet.set('committed', 0, 1, c(0));
    sheet.set('actual', 1, 11, c(550_000));
    expect(sheet.version).toBe(version + 2);
    expect(sheet.budgetOf(0).months).toEqual({
      [month(2025, 12)]: { planned: 999_999, committed: 0, actual: 0 },
      [JAN]: { planned: 300_000, committed: 0, actual: 250_000 },
      [FEB]: { planned: 100_000, committed: 0, actual: 0 },
    });
    expect(sheet.budgetOf(1)).toEqual({
      channelId: 'fair',
      planId: plan.id,
      months: { [DEC]: { planned: 600_000, committed: 0, actual: 550_000 } },
    });
  });

  it('refuses a row or month outside the sheet, and totals past exact cents', () => {
    const sheet = new BudgetSheet(plan, channels, []);
    expect(() => sheet.set('planned', 2, 0, c(1))).toThrow(RangeError);
    expect(() => sheet.set('planned', 0, 12, c(1))).toThrow(RangeError);
    expect(() => sheet.amount('planned', -1, 0)).toThrow(RangeError);
    sheet.set('planned', 0, 0, c(Number.MAX_SAFE_INTEGER - 10));
    expect(() => sheet.set('actual', 1, 0, c(11))).toThrow(RangeError);
    expect(sheet.grandTotal('actual')).toBe(0);
    // Corrupt data, as a damaged store could hold it: only a cast can make such cents.
    const halfCent = { planned: 0.5 as Cents, committed: c(0), actual: c(0) };
    const broken = { ...emptyBudget(plan.id, 'ads'), months: { [JAN]: halfCent } };
    expect(() => new BudgetSheet(plan, channels, [broken])).toThrow(RangeError);
    expect(sheet.rowOf('fair')).toBe(1);
    expect(sheet.rowOf('nope')).toBe(-1);
  });
});

describe('BudgetSheet against the from-scratch reference, over random plans', () => {
  it('keeps every total equal to computeTotals after any sequence of edits', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { sheet, model } = editedSheet(scenario);
        for (const measure of BUDGET_MEASURES) {
          expect(sheet.totals(measure)).toEqual(computeTotals(modelGrid(scenario, model, measure)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('updates the edited row and month totals at every single edit', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const sheet = new BudgetSheet(scenario.plan, scenario.channels, scenario.budgets);
        const { model } = editedSheet({ ...scenario, edits: [] });
        for (const { layer, row, m, cents } of scenario.edits) {
          sheet.set(layer, row, m, toCents(cents));
          const line = model[layer][row];
          if (line) line[m] = cents;
          expect(sheet.rowTotal(layer, row)).toBe(sum(line ?? []));
          expect(sheet.monthTotal(layer, m)).toBe(sum(model[layer].map((r) => r[m] ?? 0)));
        }
      }),
    );
  });

  it('adds rows, months and families up to the grand total, and shares up to 1', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { sheet } = editedSheet(scenario);
        for (const measure of BUDGET_MEASURES) {
          const grand = sheet.grandTotal(measure);
          const totals = sheet.totals(measure);
          expect(sum(totals.rows)).toBe(grand);
          expect(sum(totals.months)).toBe(grand);
          expect(totals.families.media + totals.families['hors-media']).toBe(grand);
          expect(sum([...totals.stages.values()])).toBe(grand);
          expect(sum([...totals.categories.values()])).toBe(grand);
        }
        for (const layer of ['planned', 'committed', 'actual'] as const) {
          const shares = sheet.channels.map((_, row) => sheet.shareOfTotal(layer, row));
          if (sheet.grandTotal(layer) > 0) expect(Math.abs(sum(shares) - 1)).toBeLessThan(1e-9);
          else expect(shares.every((s) => s === 0)).toBe(true);
        }
      }),
    );
  });

  it('derives available and variance by their definitions, to the cent', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { sheet, model } = editedSheet(scenario);
        for (let row = 0; row < sheet.rowCount; row++) {
          for (let m = 0; m < sheet.monthCount; m++) {
            const [p, cm, a] = (['planned', 'committed', 'actual'] as const).map((l) =>
              sheet.amount(l, row, m),
            );
            expect(sheet.available(row, m)).toBe((p ?? 0) - (cm ?? 0) - (a ?? 0));
            expect(sheet.variance(row, m)).toBe((a ?? 0) - (p ?? 0));
            expect(sheet.amount('available', row, m)).toBe(measureCell(model, 'available', row, m));
          }
        }
        const grand = (measure: BudgetMeasure): Cents => sheet.grandTotal(measure);
        expect(grand('available')).toBe(grand('planned') - grand('committed') - grand('actual'));
        expect(grand('variance')).toBe(grand('actual') - grand('planned'));
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips through the stored records: a sheet rebuilt from budgetOf is the same', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { sheet } = editedSheet(scenario);
        const stored = scenario.channels.map((_, row) => sheet.budgetOf(row));
        const rebuilt = new BudgetSheet(scenario.plan, scenario.channels, stored);
        for (const measure of BUDGET_MEASURES) {
          const fromRecords = computeTotals(
            layerGrid(scenario.plan, scenario.channels, stored, measure),
          );
          expect(rebuilt.totals(measure)).toEqual(fromRecords);
          expect(sheet.totals(measure)).toEqual(fromRecords);
        }
      }),
      { numRuns: 50 },
    );
  });
});
