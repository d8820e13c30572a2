import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BUDGET_MEASURES, FAMILIES, PAID_OWNED_EARNED } from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { AARRR_STAGES } from '../../../src/domain/catalogue';
import { demoBudgets } from '../../../src/domain/demo-budget';
import { demoPlan } from '../../../src/domain/demo-plan';
import { toCents } from '../../../src/domain/money';
import {
  aarrrMatrix,
  familyPoeMatrix,
  objectiveMatrix,
  type MatrixCell,
} from '../../../src/domain/matrices';
import { editedSheet, month, scenarioArb, sumOfRows, type Model } from './budget-arbitraries';

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function demoSheet(): BudgetSheet {
  let next = 0;
  const { plan, channels } = demoPlan({
    language: 'fr',
    planId: 'demo',
    newId: () => `ch-${next++}`,
    now: 0,
    firstMonth: month(2026, 1),
  });
  return new BudgetSheet(plan, channels, demoBudgets(plan, channels, month(2026, 5)));
}

/** A cell is what its rows add up to, and names them by id too. */
function expectCellOfRows(
  cell: MatrixCell,
  sheet: BudgetSheet,
  model: Model,
  measure: (typeof BUDGET_MEASURES)[number],
) {
  expect(cell.amount).toBe(sumOfRows(model, measure, cell.rows, sheet.monthCount));
  expect(cell.channelIds).toEqual(cell.rows.map((r) => sheet.channels[r]?.id));
}

describe('the demo plan through the matrices', () => {
  it('splits the planned year by family and paid / owned / earned', () => {
    const matrix = familyPoeMatrix(demoSheet());
    // Social ads 10 900 €, search ads 6 100 €, press 4 500 €: all paid media.
    expect(matrix.cells.media.paid.amount).toBe(2_150_000);
    expect(matrix.cells.media.owned.rows).toEqual([]);
    // Workshops 3 700 €, loyalty 3 300 €, e-mailing 2 750 €.
    expect(matrix.cells['hors-media'].owned.amount).toBe(975_000);
    // Pop-up 8 500 €, influencers 4 100 €.
    expect(matrix.cells['hors-media'].paid.amount).toBe(1_260_000);
    expect(matrix.cells['hors-media'].earned).toMatchObject({ amount: 230_000, rows: [8] });
    expect(matrix.total).toBe(4_615_000);
    expect(matrix.mediaLead).toBe(2_150_000 - 2_465_000);
    expect(matrix.families.media.share + matrix.families['hors-media'].share).toBeCloseTo(1, 12);
  });

  it('lists each objective with its channels, their KPIs and the budget behind them', () => {
    const matrix = objectiveMatrix(demoSheet());
    expect(matrix.objectives.map((o) => o.objective)).toEqual([
      'grow-online-sales',
      'build-awareness',
      'retain-customers',
    ]);
    const retain = matrix.objectives[2];
    expect(retain?.channels.map((c) => c.kpi)).toEqual([
      'event-reach',
      'retention-rate',
      'conversion-rate',
    ]);
    expect(retain?.cell.amount).toBe(975_000);
    expect(retain?.suggestedKpis).toContain('retention-rate');
    expect(retain?.kpis.find((k) => k.kpi === 'retention-rate')?.amount).toBe(330_000);
  });

  it('shows all five AARRR stages in funnel order, with their KPIs', () => {
    const matrix = aarrrMatrix(demoSheet(), 'planned');
    expect(matrix.stages.map((s) => s.stage)).toEqual([
      'acquisition',
      'activation',
      'retention',
      'referral',
      'revenue',
    ]);
    expect(matrix.stages[0]?.kpis).toEqual(['reach', 'ctr', 'cpc', 'cpl', 'cac']);
    expect(matrix.stages[3]).toMatchObject({ cell: { amount: 410_000 } });
    expect(matrix.unstaged.amount).toBe(0);
  });

  it('takes the layer as a parameter: actuals exist only for the months already past', () => {
    const sheet = demoSheet();
    const actual = familyPoeMatrix(sheet, 'actual');
    expect(actual.measure).toBe('actual');
    expect(actual.total).toBe(sheet.grandTotal('actual'));
    expect(actual.total).toBeGreaterThan(0);
    expect(actual.total).toBeLessThan(familyPoeMatrix(sheet).total);
  });
});

describe('the matrices over random plans', () => {
  it('family × POE: cells partition the rows and add up to the grand total', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...BUDGET_MEASURES), (scenario, measure) => {
        const { sheet, model } = editedSheet(scenario);
        const matrix = familyPoeMatrix(sheet, measure);
        const cells = FAMILIES.flatMap((f) => PAID_OWNED_EARNED.map((p) => matrix.cells[f][p]));
        expect(sum(cells.map((c) => c.amount))).toBe(sheet.grandTotal(measure));
        expect(cells.flatMap((c) => c.rows).sort((a, b) => a - b)).toEqual(
          sheet.channels.map((_, row) => row),
        );
        for (const f of FAMILIES) {
          for (const p of PAID_OWNED_EARNED) {
            const cell = matrix.cells[f][p];
            expectCellOfRows(cell, sheet, model, measure);
            for (const row of cell.rows) {
              expect(sheet.channels[row]).toMatchObject({ family: f, poe: p });
            }
          }
          expectCellOfRows(matrix.families[f], sheet, model, measure);
        }
        for (const p of PAID_OWNED_EARNED) expectCellOfRows(matrix.poe[p], sheet, model, measure);
        expect(matrix.mediaLead).toBe(
          matrix.families.media.amount - matrix.families['hors-media'].amount,
        );
        if (matrix.total !== 0) {
          expect(Math.abs(sum(cells.map((c) => c.share)) - 1)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('objective × channel × KPI: objectives, their KPIs and channels add up', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...BUDGET_MEASURES), (scenario, measure) => {
        const { sheet, model } = editedSheet(scenario);
        const matrix = objectiveMatrix(sheet, measure);
        const groups = matrix.objectives;
        expect(sum(groups.map((g) => g.cell.amount))).toBe(sheet.grandTotal(measure));
        expect(groups.flatMap((g) => g.cell.rows).length).toBe(sheet.rowCount);
        for (const group of groups) {
          expectCellOfRows(group.cell, sheet, model, measure);
          expect(sum(group.kpis.map((k) => k.amount))).toBe(group.cell.amount);
          expect(sum(group.channels.map((c) => c.amount))).toBe(group.cell.amount);
          for (const kpiCell of group.kpis) {
            expectCellOfRows(kpiCell, sheet, model, measure);
            for (const row of kpiCell.rows) {
              expect(sheet.channels[row]).toMatchObject({
                objective: group.objective,
                kpi: kpiCell.kpi,
              });
            }
          }
        }
        if (groups.some((g) => g.objective === null)) expect(groups.at(-1)?.objective).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('AARRR: the five stages and "no stage" add up to the grand total', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...BUDGET_MEASURES), (scenario, measure) => {
        const { sheet, model } = editedSheet(scenario);
        const matrix = aarrrMatrix(sheet, measure);
        const cells = [...matrix.stages.map((s) => s.cell), matrix.unstaged];
        expect(sum(cells.map((c) => c.amount))).toBe(sheet.grandTotal(measure));
        expect(cells.flatMap((c) => c.rows).length).toBe(sheet.rowCount);
        for (const [i, stage] of matrix.stages.entries()) {
          expect(stage.stage).toBe(AARRR_STAGES[i]?.id);
          expectCellOfRows(stage.cell, sheet, model, measure);
          expect(stage.channels.map((c) => c.row)).toEqual(stage.cell.rows);
          for (const row of stage.cell.rows) expect(sheet.channels[row]?.stage).toBe(stage.stage);
        }
        expectCellOfRows(matrix.unstaged, sheet, model, measure);
      }),
      { numRuns: 150 },
    );
  });

  it('follows the sheet: an edit shows in the next reading, no copy left behind', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 1e9 }), (scenario, cents) => {
        const { sheet } = editedSheet(scenario);
        const before = aarrrMatrix(sheet).total;
        const old = sheet.amount('planned', 0, 0);
        sheet.set('planned', 0, 0, toCents(old + cents));
        expect(aarrrMatrix(sheet).total).toBe(before + cents);
        expect(familyPoeMatrix(sheet).total).toBe(before + cents);
      }),
      { numRuns: 30 },
    );
  });
});
