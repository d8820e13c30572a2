// This tab's undo log of the open plan, in memory: the steps Ctrl+Z and Ctrl+Y walk through.
// The database keeps the same log (PlanWrites writes each step with its changes), which is
// how a reloaded tab gets it back.
import type { HistoryEntry } from '../../domain/plan-changes';
import type { TabHistory } from '../../state/plan-writes.svelte';

export class TabUndoLog {
  #undo: HistoryEntry[];
  #redo: HistoryEntry[];
  #lastOrder: number;
  /** How many steps each way: what the Undo and Redo buttons read. */
  size = $state({ undo: 0, redo: 0 });

  constructor(history: TabHistory) {
    this.#undo = [...history.undo];
    this.#redo = [...history.redo];
    this.#lastOrder = Math.max(0, ...this.#undo.map((e) => e.order));
    this.#count();
  }

  /** A new step; the redo list ends here. `now` keeps steps in time order across reloads. */
  push(step: Omit<HistoryEntry, 'order' | 'state'>, now: number): HistoryEntry {
    this.#lastOrder = Math.max(this.#lastOrder + 1, now);
    const entry: HistoryEntry = { ...step, order: this.#lastOrder, state: 'done' };
    this.#undo.push(entry);
    this.#redo = [];
    this.#count();
    return entry;
  }

  /** The step to undo, moved to the redo list. */
  takeUndo(): HistoryEntry | undefined {
    const entry = this.#undo.pop();
    if (entry) this.#redo.push(entry);
    this.#count();
    return entry;
  }

  /** The step to redo, moved back to the undo list. */
  takeRedo(): HistoryEntry | undefined {
    const entry = this.#redo.pop();
    if (entry) this.#undo.push(entry);
    this.#count();
    return entry;
  }

  /** None of the steps are this tab's (it shared its name with a duplicated tab). */
  forget(): void {
    this.#undo = [];
    this.#redo = [];
    this.#count();
  }

  /** The log as it stands, for the next session of the same plan. */
  get history(): TabHistory {
    return { undo: [...this.#undo], redo: [...this.#redo] };
  }

  #count(): void {
    this.size = { undo: this.#undo.length, redo: this.#redo.length };
  }
}
