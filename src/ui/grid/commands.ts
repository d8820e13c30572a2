// Edits as data: the steps a command applies to the rows, their inverses, and the undo/redo
// history. A command keeps only what it changed, never a copy of the whole grid.
import type { SelectionState } from './selection';
import type { CellInputError, CellValue, GridRow } from './types';

/** A cell that a paste or a fill would have set to a value its column refuses. */
export interface RefusedCell {
  row: number;
  col: number;
  error: CellInputError;
}

/** One cell's change; `row` is its index when the step applies, `rowId` names it for storage. */
export interface CellChange {
  row: number;
  col: number;
  rowId: string;
  before: CellValue;
  after: CellValue;
}

/**
 * The smallest changes the grid makes. In a reported change, rows are copies of the rows as
 * they were when the step applied: a caller may keep them.
 */
export type GridStep =
  | { kind: 'cells'; cells: readonly CellChange[] }
  | { kind: 'rows-inserted'; at: number; rows: readonly GridRow[] }
  | { kind: 'rows-deleted'; at: number; rows: readonly GridRow[] }
  /** After the step, the row at index i is the one that was at `order[i]`. */
  | { kind: 'rows-reordered'; order: readonly number[] };

export type CommandName =
  'edit' | 'clear' | 'cut' | 'fill' | 'paste' | 'insert-rows' | 'delete-rows' | 'sort';

/**
 * What `onChange` receives once per user action, undo or redo: the steps in the order they
 * were applied (for an undo, already inverted), so that a caller can store them in one
 * transaction and update its totals from the changed cells alone.
 */
export interface GridChange {
  cause: 'do' | 'undo' | 'redo';
  command: CommandName;
  steps: readonly GridStep[];
}

export interface Command {
  name: CommandName;
  steps: readonly GridStep[];
  selectionBefore: SelectionState;
  selectionAfter: SelectionState;
}

export function applyStep(rows: GridRow[], step: GridStep): void {
  switch (step.kind) {
    case 'cells':
      for (const change of step.cells) {
        const row = rows[change.row];
        if (row) row.cells[change.col] = change.after;
      }
      return;
    case 'rows-inserted':
      rows.splice(step.at, 0, ...step.rows);
      return;
    case 'rows-deleted':
      rows.splice(step.at, step.rows.length);
      return;
    case 'rows-reordered': {
      const before = rows.slice();
      step.order.forEach((from, to) => {
        const row = before[from];
        if (row) rows[to] = row;
      });
      return;
    }
  }
}

export function invertStep(step: GridStep): GridStep {
  switch (step.kind) {
    case 'cells':
      return {
        kind: 'cells',
        cells: step.cells
          .map((change) => ({ ...change, before: change.after, after: change.before }))
          .reverse(),
      };
    case 'rows-inserted':
      return { kind: 'rows-deleted', at: step.at, rows: step.rows };
    case 'rows-deleted':
      return { kind: 'rows-inserted', at: step.at, rows: step.rows };
    case 'rows-reordered': {
      const order: number[] = new Array<number>(step.order.length);
      step.order.forEach((from, to) => {
        order[from] = to;
      });
      return { kind: 'rows-reordered', order };
    }
  }
}

/** The inverse of a whole command: each step inverted, last step first. */
export function invertSteps(steps: readonly GridStep[]): GridStep[] {
  return steps.map(invertStep).reverse();
}

/** Linear undo/redo: a new command forgets what was undone, as in every spreadsheet. */
export class History {
  readonly #limit: number;
  #done: Command[] = [];
  #undone: Command[] = [];

  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  push(command: Command): void {
    this.#done.push(command);
    this.#undone = [];
    if (this.#done.length > this.#limit) this.#done.shift();
  }

  /** The command to undo, moved to the redo side; undefined when there is none. */
  takeUndo(): Command | undefined {
    const command = this.#done.pop();
    if (command) this.#undone.push(command);
    return command;
  }

  takeRedo(): Command | undefined {
    const command = this.#undone.pop();
    if (command) this.#done.push(command);
    return command;
  }

  clear(): void {
    this.#done = [];
    this.#undone = [];
  }
}
