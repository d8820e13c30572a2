// Undo and redo as the session replays them: the changes of a step, taken back only where
// they still stand. A cell or field that another tab (or an import) changed since keeps its
// newer value; the count of those is reported so that the user is told, not surprised.
import type { BudgetSheet } from '../../domain/budget-sheet';
import { invertChanges, splitStale, type PlanChanges } from '../../domain/plan-changes';

export interface Replay {
  /** What to apply and write: the inverse of the changes that still stand. */
  apply: PlanChanges;
  /** Cells and fields left alone because they were changed since. */
  staleCount: number;
}

export function replay(sheet: BudgetSheet, made: PlanChanges): Replay {
  const byId = new Map(sheet.channels.map((c) => [c.id, c]));
  const { current, stale } = splitStale(made, {
    cell: (change) => sheet.cellOf(change.layer, change.channelId, change.month),
    channel: (id) => byId.get(id) ?? null,
  });
  return {
    apply: invertChanges(current),
    staleCount: stale.cells.length + stale.fields.length,
  };
}
