// Whether a snapshot read from the database says the same as the open session: our own
// writes come back through the live query and must not reset the grids and their undo;
// anything else (an import, another tab, a settings change) must.
import type { PlanSnapshot } from '../../state/plan-data.svelte';
import type { MonthAmounts } from '../../domain/budget';
import type { BudgetSheet } from '../../domain/budget-sheet';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A month with nothing in it may be stored as zeros or left out: both mean the same. */
function amounts(value: MonthAmounts | undefined): string {
  if (!value || (value.planned === 0 && value.committed === 0 && value.actual === 0)) return '';
  return `${value.planned}/${value.committed}/${value.actual}`;
}

export function snapshotMatches(sheet: BudgetSheet, snapshot: PlanSnapshot): boolean {
  const { plan, channels, budgets } = snapshot;
  if (!sameJson({ ...plan, updatedAt: 0 }, { ...sheet.plan, updatedAt: 0 })) return false;
  if (channels.length !== sheet.rowCount) return false;
  const months = new Map(budgets.map((b) => [b.channelId, b.months]));
  for (const channel of channels) {
    const row = sheet.rowOf(channel.id);
    if (row < 0 || !sameJson(channel, sheet.channels[row])) return false;
    const stored = months.get(channel.id) ?? {};
    const shown = sheet.budgetOf(row).months;
    // Only the plan's months are in the sheet; the record may keep others, untouched.
    for (const month of sheet.months) {
      if (amounts(stored[month]) !== amounts(shown[month])) return false;
    }
  }
  return true;
}
