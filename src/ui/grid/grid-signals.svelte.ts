// The grid model's change counters as Svelte state, so that any `$derived` or template reading
// the model (its active cell, selection, rows) follows it, and which readers a change reaches:
// an edit re-renders the rows it changed, a move the rows the selection left and entered. The
// rows themselves stay plain arrays, so an edit costs what it cost before (the 16 ms budget).
import type { CellAddress } from './types';

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
  /** Cells of typed (not computed) columns follow their row's group. */
  readonly rowData = new IndexGroups();
  /** A column's totals follow its group: an edit re-renders its own column's, not every one. */
  readonly columnData = new IndexGroups();
  /** Same groups for the selection. */
  readonly rowSelection = new IndexGroups();
  /** Rows and columns whose cells the change under way changed, told when it settles. */
  #changedRows: Set<number> | null = null;
  #changedColumns: Set<number> | null = null;
  #computedChanged = false;
  /** Set when a change is not confined to some rows' cells (rows moved, the locale changed). */
  #wholeChange = false;

  /** Makes the reader of one cell follow it: computed cells change together, typed ones by row. */
  readCell(row: number, computed: boolean): void {
    void this.data;
    if (computed) void this.computed;
    else this.rowData.read(row);
  }

  /** Makes the reader follow the typed cells of one column (its totals), and whole changes. */
  readColumn(col: number): void {
    void this.data;
    this.columnData.read(col);
  }

  cellsChangedIn(cells: Iterable<CellAddress>): void {
    this.#changedRows ??= new Set();
    this.#changedColumns ??= new Set();
    for (const { row, col } of cells) {
      this.#changedRows.add(row);
      this.#changedColumns.add(col);
    }
  }

  computedChanged(): void {
    this.#computedChanged = true;
  }

  /** Every cell may read differently (the locale changed). */
  wholeChange(): void {
    this.#wholeChange = true;
  }

  /** Rows came, went, moved or were renamed: row indices moved, every cell re-renders. */
  rowsMoved(): void {
    this.rows += 1;
    this.#wholeChange = true;
  }

  /** The data change under way is over: tell the readers it concerns, and only them. */
  settleData(): void {
    const rows = this.#changedRows;
    const columns = this.#changedColumns;
    const computed = this.#computedChanged;
    this.#changedRows = null;
    this.#changedColumns = null;
    this.#computedChanged = false;
    if ((rows || computed) && !this.#wholeChange) {
      this.cells += 1;
      if (computed) this.computed += 1;
      if (rows) this.rowData.bump(rows);
      if (columns) this.columnData.bump(columns);
    } else {
      this.data += 1;
    }
    this.#wholeChange = false;
  }
}

/**
 * Change counters for groups of rows (row r belongs to group r % GROUPS), or of columns the
 * same way: an edit or a move re-renders the cells of the rows in its groups, about one
 * visible row each, not every visible cell. A fixed set made up front: Svelte does not track
 * state created inside the reaction that reads it, so counters cannot be made lazily by the
 * cells that read them.
 */
const GROUPS = 64;

class Counter {
  version = $state(0);
}

export class IndexGroups {
  readonly #counters = Array.from({ length: GROUPS }, () => new Counter());

  /** Makes the reader follow the group of row (or column) `index`. */
  read(index: number): void {
    void this.#counters[index % GROUPS]?.version;
  }

  /** Tells the readers of these rows' (or columns') groups. */
  bump(indices: Iterable<number>): void {
    const groups = new Set<number>();
    for (const index of indices) groups.add(index % GROUPS);
    for (const group of groups) {
      const counter = this.#counters[group];
      if (counter) counter.version += 1;
    }
  }

  /** Tells the readers of every row from `top` to `bottom`: all groups past GROUPS rows. */
  bumpSpan(top: number, bottom: number): void {
    if (bottom - top + 1 >= GROUPS) {
      for (const counter of this.#counters) counter.version += 1;
      return;
    }
    this.bump(Array.from({ length: bottom - top + 1 }, (_, i) => top + i));
  }
}
