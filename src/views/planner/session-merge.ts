// What another tab (or an import) changed in the stored cells, found without comparing every
// cell of a 200 × 60 plan at every write: a stored record equal to the one seen last time,
// for a channel this tab has nothing pending on, cannot differ from the sheet.
import { BUDGET_LAYERS, type ChannelBudget } from '../../domain/budget';
import type { BudgetSheet } from '../../domain/budget-sheet';
import { storedAmount, type CellChange } from '../../domain/plan-changes';

function sameMonths(a: ChannelBudget | undefined, b: ChannelBudget | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a.months);
  if (keys.length !== Object.keys(b.months).length) return false;
  return keys.every((month) => {
    const x = a.months[month];
    const y = b.months[month];
    return (
      x !== undefined &&
      y !== undefined &&
      x.planned === y.planned &&
      x.committed === y.committed &&
      x.actual === y.actual
    );
  });
}

export class StoredCells {
  /** Per channel, the stored record last compared while nothing of it was pending here. */
  #seen = new Map<string, ChannelBudget | undefined>();

  /** Forget what was seen: the next call compares every row (after the sheet is rebuilt). */
  reset(): void {
    this.#seen.clear();
  }

  /**
   * The cells where the stored plan (this tab's unsaved cells laid over it: `shown`) differs
   * from the sheet, old value → stored value.
   */
  changes(
    sheet: BudgetSheet,
    stored: readonly ChannelBudget[],
    shown: readonly ChannelBudget[],
    pendingChannels: ReadonlySet<string>,
  ): CellChange[] {
    const raw = new Map(stored.map((b) => [b.channelId, b]));
    const overlaid = new Map(shown.map((b) => [b.channelId, b]));
    const cells: CellChange[] = [];
    sheet.channels.forEach((channel, row) => {
      const id = channel.id;
      const record = raw.get(id);
      const pending = pendingChannels.has(id);
      if (!pending && this.#seen.has(id) && sameMonths(this.#seen.get(id), record)) return;
      const budget = overlaid.get(id);
      sheet.months.forEach((month, m) => {
        for (const layer of BUDGET_LAYERS) {
          const after = storedAmount(budget, month, layer);
          const before = sheet.amount(layer, row, m);
          if (after !== before) cells.push({ channelId: id, month, layer, before, after });
        }
      });
      // A row with edits on their way is compared again next time: its stored record may
      // come back unchanged (a write refused, an undo that met a newer value).
      if (pending) this.#seen.delete(id);
      else this.#seen.set(id, record);
    });
    return cells;
  }
}
