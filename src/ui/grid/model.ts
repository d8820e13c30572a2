// The grid's model in plain TypeScript: every edit as one undoable command (typing, clear, fill,
// paste, rows, sort) on top of the rows and selection that GridNavigator holds and reads.
import { err, ok, type Result } from '../../domain/result';
import { parseCellInput } from './cell-input';
import { parseClipboardTsv } from './clipboard';
import {
  applyStep,
  History,
  invertSteps,
  type CellChange,
  type CommandName,
  type GridChange,
  type GridStep,
} from './commands';
import { fillDirection, fillDownRanges, fillRightRanges, planFill, type FillError } from './fill';
import {
  handleKey,
  type AfterCommit,
  type GridKeyContext,
  type GridKeyEvent,
  type KeyAction,
} from './keyboard';
import { GridNavigator, type ClipboardPayload } from './navigation';
import { planPaste, type PasteError } from './paste';
import { clampSelection, collapsedAt, type Direction, type SelectionState } from './selection';
import { sortOrder, type SortDirection } from './sort';
import type {
  CellAddress,
  CellInputError,
  CellRange,
  CellValue,
  GridColumn,
  GridLocale,
  GridRow,
} from './types';

export type { ClipboardPayload } from './navigation';

export interface GridModelOptions {
  columns: readonly GridColumn[];
  /** Copied: the model never writes into the caller's rows. */
  rows: readonly GridRow[];
  locale: GridLocale;
  /** Ids for rows the grid adds (insert, a paste that grows the grid). */
  newRowId: () => string;
  /** Whether a paste may add rows at the end; `insertRows` is always allowed. */
  canGrowRows?: boolean;
  /** Called once per user action, undo and redo, after the rows changed. */
  onChange?: (change: GridChange) => void;
  /** Commands kept for undo; the oldest are forgotten first. */
  historyLimit?: number;
}

export interface PasteDone {
  /** The cells written, now the selection. */
  range: CellRange;
  rowsAdded: number;
}

const DEFAULT_HISTORY_LIMIT = 500;

function rangeSelection(range: CellRange): SelectionState {
  const anchor = { row: range.top, col: range.left };
  return { anchor, focus: { row: range.bottom, col: range.right }, active: anchor };
}

export class GridModel extends GridNavigator {
  readonly canGrowRows: boolean;
  readonly #newRowId: () => string;
  readonly #onChange: ((change: GridChange) => void) | undefined;
  readonly #history: History;

  constructor(options: GridModelOptions) {
    super(options.columns, options.rows, options.locale);
    this.canGrowRows = options.canGrowRows === true;
    this.#newRowId = options.newRowId;
    this.#onChange = options.onChange;
    this.#history = new History(options.historyLimit ?? DEFAULT_HISTORY_LIMIT);
  }

  handleKey(event: GridKeyEvent, context: GridKeyContext): KeyAction {
    return handleKey(this, event, context);
  }

  /** Stores typed text in a cell; a refused text leaves the cell as it was. */
  setCell(addr: CellAddress, text: string): Result<CellValue, CellInputError> {
    const column = this.columns[addr.col];
    if (!column || !this.rows[addr.row]) {
      throw new RangeError(`No cell at ${addr.row}, ${addr.col}`);
    }
    const parsed = parseCellInput(column, text, this.gridLocale);
    if (parsed.ok) this.#runCells('edit', [{ ...addr, value: parsed.value }]);
    return parsed;
  }

  /** The editor's Enter, Tab or arrow: store the text, then move only if it was accepted. */
  commitEdit(text: string, after: AfterCommit | null): Result<CellValue, CellInputError> {
    const result = this.setCell(this.selectionState.active, text);
    if (result.ok && after) {
      if (after.withinSelection) this.advance(after.direction);
      else this.move(after.direction);
    }
    return result;
  }

  /** Delete / Backspace: empties the selected cells; computed and read-only cells stay. */
  clearSelection(): void {
    this.#clear('clear');
  }

  /** Ctrl+D: the selection's top row copied down; a one-row selection copies the row above. */
  fillDown(): Result<CellRange, FillError> {
    const { source, target } = fillDownRanges(this.selection);
    return this.#fill(source, target, 'down', false);
  }

  /** Ctrl+R: the left column copied right; a one-column selection copies the column to its left. */
  fillRight(): Result<CellRange, FillError> {
    const { source, target } = fillRightRanges(this.selection);
    return this.#fill(source, target, 'right', false);
  }

  /**
   * The fill handle: `target` is the selection grown on one side (see `fillTargetFor`). Numbers
   * stepping evenly continue as a series, anything else repeats; the target becomes the selection.
   */
  fillTo(target: CellRange): Result<CellRange, FillError> {
    const source = this.selection;
    const unchanged =
      target.top === source.top &&
      target.left === source.left &&
      target.bottom === source.bottom &&
      target.right === source.right;
    if (unchanged) return ok(source);
    const direction = fillDirection(source, target);
    const inside =
      target.top >= 0 &&
      target.left >= 0 &&
      target.bottom < this.rowCount &&
      target.right < this.columnCount;
    if (!direction || !inside) return err({ code: 'bad-fill-target' });
    return this.#fill(source, target, direction, true);
  }

  /** Adds empty rows before index `at`; returns their ids. The first one becomes active. */
  insertRows(at: number, count: number): string[] {
    const index = Math.max(0, Math.min(at, this.rowCount));
    if (count < 1) return [];
    const rows = this.#newRows(count);
    const after = collapsedAt({ row: index, col: this.selectionState.active.col });
    this.#run('insert-rows', [{ kind: 'rows-inserted', at: index, rows }], after);
    return rows.map((row) => row.id);
  }

  deleteRows(at: number, count: number): void {
    const index = Math.max(0, at);
    const rows = this.rows.slice(index, index + Math.max(0, count));
    if (rows.length === 0) return;
    const after = collapsedAt({ row: index, col: this.selectionState.active.col });
    this.#run('delete-rows', [{ kind: 'rows-deleted', at: index, rows }], after);
  }

  /** Sorts every row by one column, empty cells last; undo restores the previous order. */
  sortBy(col: number, direction: SortDirection): void {
    const column = this.columns[col];
    if (!column) return;
    const order = sortOrder(this.rows, col, column, direction, this.gridLocale.locale);
    if (order.every((from, to) => from === to)) return;
    this.#run('sort', [{ kind: 'rows-reordered', order }]);
  }

  /**
   * Pastes TSV (Excel, LibreOffice, Google Sheets) at the selection. All or nothing: any
   * refused cell, a block wider than the grid, or one too tall (unless `growRows` and the grid
   * may grow) changes nothing. Adding rows and writing cells are one command.
   */
  paste(text: string, options: { growRows?: boolean } = {}): Result<PasteDone, PasteError> {
    const plan = planPaste({
      block: parseClipboardTsv(text),
      selection: this.selection,
      columns: this.columns,
      rowCount: this.rowCount,
      locale: this.gridLocale,
      canGrowRows: this.canGrowRows,
      growRows: options.growRows === true,
    });
    if (!plan.ok) return plan;
    const { range, rowsToAdd, values } = plan.value;
    const firstNew = this.rowCount;
    const added = this.#newRows(rowsToAdd);
    const steps: GridStep[] = [];
    if (added.length > 0) steps.push({ kind: 'rows-inserted', at: firstNew, rows: added });
    // Cells of the added rows are empty, and their ids are known before they are inserted.
    const rowAt = (row: number) => this.rows[row] ?? added[row - firstNew];
    const cells = this.#cellChanges(values, rowAt);
    if (cells.length > 0) steps.push({ kind: 'cells', cells });
    this.#run('paste', steps, rangeSelection(range));
    return ok({ range, rowsAdded: added.length });
  }

  /** Copy, then empty the editable cells of the selection (one undoable command). */
  cut(): ClipboardPayload {
    const payload = this.copy();
    this.#clear('cut');
    return payload;
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** Undoes the last command and puts the selection back where it was before it. */
  undo(): boolean {
    const command = this.#history.takeUndo();
    if (!command) return false;
    this.#apply({ cause: 'undo', command: command.name, steps: invertSteps(command.steps) });
    this.#settle(command.selectionBefore);
    return true;
  }

  redo(): boolean {
    const command = this.#history.takeRedo();
    if (!command) return false;
    this.#apply({ cause: 'redo', command: command.name, steps: command.steps });
    this.#settle(command.selectionAfter);
    return true;
  }

  /** Replaces every row (data reloaded from elsewhere); the undo history no longer applies. */
  load(rows: readonly GridRow[]): void {
    this.rows = rows.map((row) => this.copyRow(row));
    this.rowsChanged();
    this.#history.clear();
    this.selectionState = clampSelection(this.selectionState, this.rowCount, this.columnCount);
    this.changed(true);
  }

  #newRows(count: number): GridRow[] {
    return Array.from({ length: count }, () => ({
      id: this.#newRowId(),
      label: '',
      cells: new Array<CellValue>(this.columnCount).fill(null),
    }));
  }

  /** The changes that set these values, leaving out cells that already hold them. */
  #cellChanges(
    values: readonly { row: number; col: number; value: CellValue }[],
    rowAt: (row: number) => GridRow | undefined = (row) => this.rows[row],
  ): CellChange[] {
    const cells: CellChange[] = [];
    for (const { row, col, value } of values) {
      const target = rowAt(row);
      if (!target) continue;
      const before = target.cells[col] ?? null;
      if (!Object.is(before, value))
        cells.push({ row, col, rowId: target.id, before, after: value });
    }
    return cells;
  }

  #clear(name: CommandName): void {
    const range = this.selection;
    const values: { row: number; col: number; value: CellValue }[] = [];
    for (let col = range.left; col <= range.right; col += 1) {
      if (this.isReadOnly(col)) continue;
      for (let row = range.top; row <= range.bottom && row < this.rowCount; row += 1) {
        values.push({ row, col, value: null });
      }
    }
    this.#runCells(name, values);
  }

  #fill(
    source: CellRange,
    target: CellRange,
    direction: Direction,
    selectTarget: boolean,
  ): Result<CellRange, FillError> {
    const planned = planFill({
      columns: this.columns,
      value: (row, col) => this.value(row, col),
      locale: this.gridLocale,
      source,
      target,
      direction,
    });
    if (!planned.ok) return planned;
    this.#runCells('fill', planned.value, selectTarget ? rangeSelection(target) : undefined);
    return ok(selectTarget ? target : this.selection);
  }

  #runCells(
    name: CommandName,
    values: readonly { row: number; col: number; value: CellValue }[],
    after?: SelectionState,
  ): void {
    const cells = this.#cellChanges(values);
    this.#run(name, cells.length > 0 ? [{ kind: 'cells', cells }] : [], after);
  }

  /** Applies and records a new command; without steps it only moves the selection. */
  #run(name: CommandName, steps: GridStep[], after?: SelectionState): void {
    if (steps.length === 0) {
      if (after) this.setSelection(after);
      return;
    }
    const selectionBefore = this.selectionState;
    this.#apply({ cause: 'do', command: name, steps });
    this.#history.push({
      name,
      steps,
      selectionBefore,
      selectionAfter: clampSelection(after ?? selectionBefore, this.rowCount, this.columnCount),
    });
    this.#settle(after ?? selectionBefore);
  }

  /**
   * Applies the steps, then tells the caller before the view repaints, so totals are ready.
   * Rows in the change are copies taken as each step applied: a later step of the same
   * command (the cells of a paste that grew the grid) must not show through an earlier one.
   */
  #apply(change: GridChange): void {
    const steps = change.steps.map((step) => {
      const reported =
        step.kind === 'rows-inserted' || step.kind === 'rows-deleted'
          ? { ...step, rows: step.rows.map((row) => this.copyRow(row)) }
          : step;
      applyStep(this.rows, step);
      if (step.kind !== 'cells') this.rowsChanged();
      else this.cellsChangedIn(step.cells);
      return reported;
    });
    this.#onChange?.({ ...change, steps });
  }

  /** After a change: the selection where it belongs, and one notification to the view. */
  #settle(selection: SelectionState): void {
    this.selectionState = clampSelection(selection, this.rowCount, this.columnCount);
    this.changed(true);
  }
}
