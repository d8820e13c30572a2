// The grid model's change counters as Svelte state, so that any `$derived` or template reading
// the model (its active cell, selection, rows) follows it. Only two numbers are reactive: the
// rows stay plain arrays, so an edit costs what it cost before (the 16 ms bench budget).
export class GridSignals {
  /** Bumped when the selection, the active cell or the highlighted rows move. */
  selection = $state(0);
  /** Bumped when cells, rows or the locale change. */
  data = $state(0);
  /**
   * Bumped when rows come, go, move or are renamed: row headers and cell names read this one,
   * so that typing an amount does not re-render every cell's accessible name.
   */
  rows = $state(0);
}
