// The readable half of the grid model: its rows, what each cell shows and copies, the selection
// and every move across it, the rows highlighted for the user, the versions a view follows.
// Undoable edits live in model.ts.
import { clipboardText, editableText, formatCellValue } from './cell-input';
import { serializeHtmlTable, serializeTsv } from './clipboard';
import { GridSignals } from './grid-signals.svelte';
import {
  clampAddress,
  clampSelection,
  collapsedAt,
  edgeOfData,
  isSingleCell,
  lastDataCell,
  nextInRange,
  rangeContains,
  rangeOf,
  stepOf,
  type Direction,
  type SelectionState,
} from './selection';
import type { CellAddress, CellRange, CellValue, GridColumn, GridLocale, GridRow } from './types';

export interface MoveOptions {
  /** Shift: move the selection's far corner and keep the anchor. */
  extend?: boolean;
  /** Ctrl/Cmd: jump to the edge of the data, as Excel's Ctrl+arrow. */
  jump?: boolean;
}

export interface ClipboardPayload {
  tsv: string;
  html: string;
}

export function isReadOnlyColumn(column: GridColumn): boolean {
  return column.type === 'computed' || column.readOnly === true;
}

function sameSelection(a: SelectionState, b: SelectionState): boolean {
  return (
    a.anchor.row === b.anchor.row &&
    a.anchor.col === b.anchor.col &&
    a.focus.row === b.focus.row &&
    a.focus.col === b.focus.col &&
    a.active.row === b.active.row &&
    a.active.col === b.active.col
  );
}

const NO_ROWS: ReadonlySet<string> = new Set();

/**
 * Every public reader below (active, selection, rowCount, value, displayText…) is reactive: a
 * Svelte `$derived` or template that calls it runs again when what it read changes. Selection
 * readers follow the selection only, so moving it does not re-render every cell's text.
 */
export class GridNavigator {
  readonly columns: readonly GridColumn[];
  /** Plain arrays, mutated in place by commands: never handed to deep reactive state. */
  protected rows: GridRow[];
  protected gridLocale: GridLocale;
  /** Replaced, never mutated: the history keeps references to earlier states. */
  protected selectionState: SelectionState = collapsedAt({ row: 0, col: 0 });
  readonly #listeners = new Set<() => void>();
  readonly #signals = new GridSignals();
  /** The selection the view last heard of: the selection signal moves only when this does. */
  #announced: SelectionState = this.selectionState;
  /** Row ids shown as highlighted while the selection is still `#highlightedWith`. */
  #highlighted: ReadonlySet<string> = NO_ROWS;
  #highlightedWith: SelectionState | null = null;
  #version = 0;
  #dataVersion = 0;

  constructor(columns: readonly GridColumn[], rows: readonly GridRow[], locale: GridLocale) {
    this.columns = columns;
    this.gridLocale = locale;
    this.rows = rows.map((row) => this.copyRow(row));
  }

  /** Bumped by every change, data or selection. */
  get version(): number {
    void this.#signals.selection;
    void this.#signals.data;
    return this.#version;
  }

  /** Bumped only when cells, rows or the locale change (not when the selection moves). */
  get dataVersion(): number {
    void this.#signals.data;
    void this.#signals.cells;
    return this.#dataVersion;
  }

  get rowCount(): number {
    void this.#signals.rows;
    return this.rows.length;
  }

  get columnCount(): number {
    return this.columns.length;
  }

  get locale(): GridLocale {
    void this.#signals.data;
    return this.gridLocale;
  }

  /** The model's own row: read it, never write it (go through the commands). */
  row(index: number): Readonly<GridRow> {
    void this.#signals.rows;
    void this.#signals.data;
    const row = this.rows[index];
    if (!row) throw new RangeError(`No row ${index}`);
    return row;
  }

  /** The row's header, which follows renames and reloads but not edits of its cells. */
  rowLabel(index: number): string {
    void this.#signals.rows;
    return this.rows[index]?.label ?? '';
  }

  value(row: number, col: number): CellValue {
    this.#signals.readCell(row, this.isReadOnly(col));
    return this.rows[row]?.cells[col] ?? null;
  }

  /**
   * For a row's total: makes the reader follow the typed cells of that row (and reloads), not
   * edits of other rows nor computed cells. A total depending on more reads that itself.
   */
  followRow(row: number): void {
    // What a typed cell of the row follows (GridSignals.readCell).
    this.#signals.readCell(row, false);
  }

  /** For a column's totals: as followRow, for the typed cells of one column. */
  followColumn(col: number): void {
    this.#signals.readColumn(col);
  }

  /** These cells changed (not their rows): told when the command settles. */
  protected cellsChangedIn(cells: Iterable<CellAddress>): void {
    this.#signals.cellsChangedIn(cells);
  }

  displayText(row: number, col: number): string {
    const column = this.columns[col];
    return column ? formatCellValue(column, this.value(row, col), this.locale) : '';
  }

  /** What the editor opens with (F2): the exact value, in the locale's style. */
  editableText(row: number, col: number): string {
    const column = this.columns[col];
    return column ? editableText(column, this.value(row, col), this.locale) : '';
  }

  isReadOnly(col: number): boolean {
    const column = this.columns[col];
    return column === undefined || isReadOnlyColumn(column);
  }

  /** The accessible name of a cell: "Juin 2026, Salon professionnel". */
  cellName(row: number, col: number): string {
    void this.#signals.rows;
    return `${this.columns[col]?.label ?? ''}, ${this.rows[row]?.label ?? ''}`;
  }

  /** Ctrl+End: the last row holding data crossed with the last column holding data. */
  lastDataCell(): CellAddress {
    return lastDataCell(this.rows);
  }

  /** The listener runs after every change; read `version` or `dataVersion` from it. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get active(): CellAddress {
    void this.#signals.selection;
    return { ...this.selectionState.active };
  }

  /** The corner that moves when the selection is extended (Shift+arrow, shift-click). */
  get focus(): CellAddress {
    void this.#signals.selection;
    return { ...this.selectionState.focus };
  }

  get selection(): CellRange {
    void this.#signals.selection;
    return rangeOf(this.selectionState.anchor, this.selectionState.focus);
  }

  isSelected(row: number, col: number): boolean {
    this.#signals.rowSelection.read(row);
    const { anchor, focus } = this.selectionState;
    return rangeContains(rangeOf(anchor, focus), { row, col });
  }

  /** Whether the cell is the active one; per cell, it follows the rows the selection touches. */
  isActiveCell(row: number, col: number): boolean {
    this.#signals.rowSelection.read(row);
    const { active } = this.selectionState;
    return active.row === row && active.col === col;
  }

  /** Whether the cell carries the fill handle: the selection's bottom-right corner. */
  isFillCorner(row: number, col: number): boolean {
    this.#signals.rowSelection.read(row);
    const { anchor, focus } = this.selectionState;
    const range = rangeOf(anchor, focus);
    return range.bottom === row && range.right === col;
  }

  /** The rows two selections cover (and their active cells) re-render their cells. */
  #selectionMoved(before: SelectionState, after: SelectionState): void {
    for (const { anchor, focus, active } of [before, after]) {
      const span = rangeOf(anchor, focus);
      this.#signals.rowSelection.bumpSpan(span.top, span.bottom);
      this.#signals.rowSelection.bump([active.row]);
    }
  }

  /**
   * Shows a set of rows, adjacent or not (the channels a matrix figure sums), as highlighted and
   * selects the range spanning them. The highlight lasts until the selection moves.
   */
  highlightRows(rows: readonly number[]): void {
    const inside = rows.filter((row) => Number.isInteger(row) && row >= 0 && row < this.rowCount);
    if (inside.length === 0) return;
    const top = Math.min(...inside);
    const bottom = Math.max(...inside);
    this.selectRange({ top, left: 0, bottom, right: this.columnCount - 1 });
    this.#highlighted = new Set(inside.map((row) => this.rows[row]?.id ?? ''));
    this.#highlightedWith = this.selectionState;
    this.#signals.selection += 1;
    this.changed(false);
  }

  isHighlighted(row: number): boolean {
    void this.#signals.selection;
    void this.#signals.rows;
    if (this.#highlightedWith === null) return false;
    const id = this.rows[row]?.id;
    return id !== undefined && this.#highlighted.has(id);
  }

  /** A click, or a shift-click with `extend`. */
  select(addr: CellAddress, options: { extend?: boolean } = {}): void {
    const target = this.clamp(addr);
    if (options.extend === true) {
      const { anchor } = this.selectionState;
      this.setSelection({ anchor, focus: target, active: anchor });
    } else {
      this.setSelection(collapsedAt(target));
    }
  }

  selectRange(range: CellRange): void {
    const anchor = this.clamp({ row: range.top, col: range.left });
    const focus = this.clamp({ row: range.bottom, col: range.right });
    this.setSelection({ anchor, focus, active: anchor });
  }

  /** Ctrl+A: every cell, the active cell staying where it was, as in Excel. */
  selectAll(): void {
    const focus = this.clamp({ row: this.rowCount - 1, col: this.columnCount - 1 });
    this.setSelection({ anchor: { row: 0, col: 0 }, focus, active: this.active });
  }

  /** Escape: back to the active cell alone; false when there was nothing to collapse. */
  collapseSelection(): boolean {
    if (isSingleCell(this.selection)) return false;
    this.setSelection(collapsedAt(this.selectionState.active));
    return true;
  }

  move(direction: Direction, options: MoveOptions = {}): void {
    const extend = options.extend === true;
    const from = extend ? this.selectionState.focus : this.selectionState.active;
    const isFilled = (row: number, col: number) => this.value(row, col) !== null;
    const { dr, dc } = stepOf(direction);
    const to =
      options.jump === true
        ? edgeOfData(isFilled, from, direction, this.rowCount, this.columnCount)
        : { row: from.row + dr, col: from.col + dc };
    this.select(to, { extend });
  }

  /** Page Up / Page Down: stops at the first or last row. */
  moveBy(rows: number, cols: number, options: { extend?: boolean } = {}): void {
    const from = options.extend === true ? this.selectionState.focus : this.selectionState.active;
    this.select({ row: from.row + rows, col: from.col + cols }, options);
  }

  /** Enter and Tab: inside a multi-cell selection the active cell walks it and wraps. */
  advance(direction: Direction): void {
    const range = this.selection;
    if (isSingleCell(range)) {
      this.move(direction);
      return;
    }
    const active = nextInRange(range, this.selectionState.active, direction);
    this.setSelection({ ...this.selectionState, active });
  }

  /**
   * The selection as TSV and an HTML table. Numbers are written exactly and without grouping
   * (see clipboardText), so that pasting them back, here or in a spreadsheet, changes nothing.
   */
  copy(): ClipboardPayload {
    const range = this.selection;
    const cells: string[][] = [];
    for (let row = range.top; row <= range.bottom && row < this.rowCount; row += 1) {
      const line: string[] = [];
      for (let col = range.left; col <= range.right; col += 1) {
        const column = this.columns[col];
        line.push(column ? clipboardText(column, this.value(row, col), this.gridLocale) : '');
      }
      cells.push(line);
    }
    return { tsv: serializeTsv(cells), html: serializeHtmlTable(cells) };
  }

  /** Values of computed or read-only cells (totals, shares), from the caller: no undo. */
  setComputed(updates: readonly { row: number; col: number; value: CellValue }[]): void {
    for (const { row, col, value } of updates) {
      const target = this.rows[row];
      if (!target || col >= this.columnCount || !this.isReadOnly(col)) {
        throw new RangeError(`Not a computed cell: ${row}, ${col}`);
      }
      target.cells[col] = value;
    }
    if (updates.length === 0) return;
    this.#signals.computedChanged();
    this.changed(true);
  }

  /** Renames a row (its header and the second half of its cells' names): no undo. */
  setRowLabel(row: number, label: string): void {
    const target = this.rows[row];
    if (!target || target.label === label) return;
    target.label = label;
    this.rowsChanged();
    this.changed(true);
  }

  setLocale(locale: GridLocale): void {
    this.gridLocale = locale;
    this.#signals.wholeChange();
    this.changed(true);
  }

  protected copyRow(row: GridRow): GridRow {
    const cells = Array.from({ length: this.columns.length }, (_, i) => row.cells[i] ?? null);
    return { id: row.id, label: row.label, cells };
  }

  protected clamp(addr: CellAddress): CellAddress {
    return clampAddress(addr, this.rowCount, this.columnCount);
  }

  protected setSelection(next: SelectionState): void {
    const clamped = clampSelection(next, this.rowCount, this.columnCount);
    if (sameSelection(clamped, this.selectionState)) return;
    this.selectionState = clamped;
    this.changed(false);
  }

  /** Rows were added, removed, reordered or renamed: call before `changed(true)`. */
  protected rowsChanged(): void {
    this.#signals.rowsMoved();
  }

  /**
   * Counts a change and tells the listeners; `data` when cells, rows or the locale changed.
   * Which cells re-render is GridSignals' business (only the changed rows, when it can).
   */
  protected changed(data: boolean): void {
    this.#version += 1;
    if (data) {
      this.#dataVersion += 1;
      this.#signals.settleData();
    }
    if (!sameSelection(this.#announced, this.selectionState)) {
      this.#selectionMoved(this.#announced, this.selectionState);
      this.#announced = this.selectionState;
      this.#signals.selection += 1;
      if (this.#highlightedWith && !sameSelection(this.#highlightedWith, this.selectionState)) {
        this.#highlightedWith = null;
        this.#highlighted = NO_ROWS;
      }
    }
    for (const listener of this.#listeners) listener();
  }
}
