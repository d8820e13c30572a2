// The grid model's change counters as Svelte state, so that any `$derived` or template reading
// the model (its active cell, selection, rows) follows it. Only two numbers are reactive: the
// rows stay plain arrays, so an edit costs what it cost before (the 16 ms bench budget).
export class GridSignals {
  /** Bumped when the selection, the active cell or the highlighted rows move. */
  selection = $state(0);
  /** Bumped when every cell may have changed: rows reloaded, the locale changed. */
  data = $state(0);
  /** Bumped when any cell changed: for readers of "some data moved" (totals, announcements). */
  cells = $state(0);
  /** Bumped when computed cells (shares, totals from the caller) changed. */
  computed = $state(0);
  /**
   * Bumped when rows come, go, move or are renamed: row headers and cell names read this one,
   * so that typing an amount does not re-render every cell's accessible name.
   */
  rows = $state(0);
}

/**
 * Change counters for groups of rows (row r belongs to group r % ROW_GROUPS): an edit
 * re-renders the cells of the rows in its group, about one visible row, not every visible
 * cell. A fixed set made up front: Svelte does not track state created inside the reaction
 * that reads it, so counters cannot be made lazily by the cells that read them.
 */
export const ROW_GROUPS = 64;

export class RowSignal {
  version = $state(0);
}
