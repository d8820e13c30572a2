import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BUDGET_LAYERS, type ChannelBudget } from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { demoBudgets } from '../../../src/domain/demo-budget';
import { DEMO_TARGET_BUDGET_CENTS, demoPlan } from '../../../src/domain/demo-plan';
import { addMonths, monthsBetween, parseMonth, type Month } from '../../../src/domain/months';
import { month } from './budget-arbitraries';

function demo(firstMonth: Month, today: Month) {
  let next = 0;
  const { plan, channels } = demoPlan({
    language: 'fr',
    planId: 'demo',
    newId: () => `ch-${next++}`,
    now: 0,
    firstMonth,
  });
  const budgets = demoBudgets(plan, channels, today);
  return { plan, channels, budgets, sheet: new BudgetSheet(plan, channels, budgets) };
}

function cells(budgets: readonly ChannelBudget[]) {
  return budgets.flatMap((b) =>
    Object.entries(b.months).flatMap(([m, amounts]) =>
      BUDGET_LAYERS.map((layer) => ({
        channelId: b.channelId,
        month: m,
        layer,
        cents: amounts[layer],
      })),
    ),
  );
}

const JAN = month(2026, 1);

describe('demoBudgets', () => {
  it('plans a year within 10 % of the 48 000 € target, and under it', () => {
    const { sheet } = demo(JAN, month(2026, 5));
    const planned = sheet.grandTotal('planned');
    expect(Math.abs(planned - DEMO_TARGET_BUDGET_CENTS)).toBeLessThanOrEqual(
      DEMO_TARGET_BUDGET_CENTS / 10,
    );
    expect(sheet.isOverBudget()).toBe(false);
  });

  it('gives every demo channel a budget, in round euros, never negative', () => {
    const { channels, budgets, sheet } = demo(JAN, month(2026, 7));
    expect(budgets.map((b) => b.channelId)).toEqual(channels.map((c) => c.id));
    for (let row = 0; row < sheet.rowCount; row++) {
      expect(sheet.rowTotal('planned', row)).toBeGreaterThan(0);
    }
    for (const cell of cells(budgets)) {
      expect(cell.cents).toBeGreaterThanOrEqual(0);
      expect(cell.cents % 100).toBe(0);
    }
  });

  it('follows the shop calendar: Black Friday and Christmas above the quiet months', () => {
    const { sheet } = demo(JAN, JAN);
    const [jan, feb, , , , , jul, , , , nov, dec] = sheet.months.map((_, m) =>
      sheet.monthTotal('planned', m),
    );
    expect(nov).toBeGreaterThan(2 * (feb ?? 0));
    expect(dec).toBeGreaterThan(2 * (feb ?? 0));
    expect(jan).toBeGreaterThan(feb ?? 0); // winter sales
    expect(jul).toBeGreaterThan(feb ?? 0); // summer sales
    const popUpRow = sheet.channels.findIndex((c) => c.category === 'pop-up');
    const popUpMonths = sheet.months.filter((_, m) => sheet.amount('planned', popUpRow, m) > 0);
    expect(popUpMonths.length).toBeLessThanOrEqual(4);
  });

  it('has actuals only before today and commitments only for this month and the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 15 }), (offset) => {
        const today = addMonths(JAN, offset);
        const { budgets } = demo(JAN, today);
        for (const cell of cells(budgets)) {
          const at = parseMonth(cell.month);
          expect(at).not.toBeNull();
          const fromToday = at === null ? NaN : monthsBetween(today, at);
          if (cell.layer === 'actual' && cell.cents > 0) expect(fromToday).toBeLessThan(0);
          if (cell.layer === 'committed' && cell.cents > 0) {
            expect(fromToday === 0 || fromToday === 1).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps actuals close to the plan for the months already past', () => {
    const { sheet } = demo(JAN, month(2026, 7));
    const past = [0, 1, 2, 3, 4, 5];
    const planned = past.reduce((s, m) => s + sheet.monthTotal('planned', m), 0);
    const actual = past.reduce((s, m) => s + sheet.monthTotal('actual', m), 0);
    expect(actual).toBeGreaterThan(0);
    expect(Math.abs(actual - planned)).toBeLessThan(planned * 0.05);
    expect(sheet.monthTotal('committed', 6)).toBeGreaterThan(0);
    expect(sheet.monthTotal('committed', 8)).toBe(0);
  });

  it('is deterministic, and keeps to the calendar when the plan starts mid-year', () => {
    const a = demo(JAN, month(2026, 4)).budgets;
    expect(demo(JAN, month(2026, 4)).budgets).toEqual(a);
    const fromSeptember = demo(month(2026, 9), month(2026, 9)).sheet;
    expect(fromSeptember.grandTotal('planned')).toBe(demo(JAN, JAN).sheet.grandTotal('planned'));
  });
});
