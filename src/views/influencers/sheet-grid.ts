// The influencer sheet's grid model kept in step with the workspace. The rows shown (filtered
// and sorted) come in through `sync`: when they are the rows the grid already holds with the
// same inputs, only the computed cells that changed are set (the undo log stays, and a weight
// change repaints scores and ranks alone); otherwise the rows are reloaded. Edits, pastes that
// add rows and row deletions go out to the workspace through the handlers.
import { untrack } from 'svelte';
import type { InfluencerFields } from '../../domain/influencers/changes';
import type { GridChange } from '../../ui/grid/commands';
import { GridModel } from '../../ui/grid/model';
import type { CellValue, GridColumn, GridLocale, GridRow } from '../../ui/grid/types';
import { gridRowsOf, type ShownRows } from './sheet-view';
import {
  draftFromCells,
  fieldsOf,
  INPUT_COLUMNS,
  type InfluencerDraftRecord,
} from './sheet-columns';

export interface SheetGridHandlers {
  edit: (id: string, fields: InfluencerFields) => void;
  add: (drafts: InfluencerDraftRecord[]) => void;
  remove: (ids: string[]) => void;
  newRowId: () => string;
}

const INPUT_COUNT = INPUT_COLUMNS.length;

export class SheetGrid {
  readonly model: GridModel;
  readonly #columns: readonly GridColumn[];
  readonly #handlers: SheetGridHandlers;

  constructor(columns: readonly GridColumn[], locale: GridLocale, handlers: SheetGridHandlers) {
    this.#columns = columns;
    this.#handlers = handlers;
    this.model = new GridModel({
      columns,
      rows: [],
      locale,
      newRowId: handlers.newRowId,
      canGrowRows: true,
      onChange: (change) => this.#changed(change),
    });
  }

  // What the last sync showed, to skip by reference what did not change since.
  #lastInputs: readonly CellValue[][] = [];
  #lastComputed: readonly CellValue[][] = [];
  #lastShown: readonly number[] = [];

  /** Shows these rows: computed cells updated in place when the rows are the same. */
  sync(view: ShownRows): void {
    untrack(() => {
      const model = this.model;
      // Each model read is a signal read: the rows are taken once for every check below.
      const held: Readonly<GridRow>[] = [];
      for (let r = 0; r < model.rowCount; r++) held.push(model.row(r));
      const sameOrder = this.#sameRows(view, held);
      const lastComputed = this.#lastComputed;
      const lastShown = this.#lastShown;
      this.#lastInputs = view.inputs;
      this.#lastComputed = view.computed;
      this.#lastShown = view.shown;
      if (!sameOrder) {
        model.load(gridRowsOf(view));
        return;
      }
      const { shown } = view;
      for (let r = 0; r < shown.length; r++) {
        const label = view.labels[r] ?? '';
        if (held[r]?.label !== label) model.setRowLabel(r, label);
      }
      const updates: { row: number; col: number; value: CellValue }[] = [];
      view.computed.forEach((cells, c) => {
        // A column whose cells are the same array, over the same rows, has nothing new.
        if (cells === lastComputed[c] && shown === lastShown) return;
        const col = INPUT_COUNT + c;
        for (let r = 0; r < shown.length; r++) {
          const value = cells[shown[r] ?? -1] ?? null;
          if (!Object.is(held[r]?.cells[col] ?? null, value)) updates.push({ row: r, col, value });
        }
      });
      model.setComputed(updates);
    });
  }

  /** The same rows in the same order with the same inputs as the grid holds. */
  #sameRows(view: ShownRows, rows: readonly Readonly<GridRow>[]): boolean {
    if (rows.length !== view.ids.length) return false;
    for (let r = 0; r < view.ids.length; r++) {
      const held = rows[r];
      if (!held || held.id !== view.ids[r]) return false;
      const inputs = view.inputs[r];
      // The same cells as last time: the grid holds them already (or the user's edit of them).
      if (!inputs || inputs === this.#lastInputs[r]) continue;
      for (let c = 0; c < INPUT_COUNT; c++) {
        if (!Object.is(held.cells[c] ?? null, inputs[c] ?? null)) return false;
      }
    }
    return true;
  }

  #changed(change: GridChange): void {
    const edits = new Map<string, InfluencerFields>();
    const inserted = new Set<string>();
    const removed: string[] = [];
    for (const step of change.steps) {
      if (step.kind === 'rows-inserted') for (const row of step.rows) inserted.add(row.id);
      else if (step.kind === 'rows-deleted') {
        for (const row of step.rows) {
          if (!inserted.delete(row.id)) removed.push(row.id);
        }
      } else if (step.kind === 'cells') {
        for (const cell of step.cells) {
          if (inserted.has(cell.rowId)) continue;
          const fields = fieldsOf(this.#columns[cell.col]?.id ?? '', cell.after);
          if (fields) edits.set(cell.rowId, { ...edits.get(cell.rowId), ...fields });
        }
      }
    }
    for (const [id, fields] of edits) this.#handlers.edit(id, fields);
    if (removed.length > 0) this.#handlers.remove(removed);
    if (inserted.size > 0) {
      // The rows as the command left them: a paste fills the rows it added.
      const drafts: InfluencerDraftRecord[] = [];
      for (let r = 0; r < this.model.rowCount; r++) {
        const row = untrack(() => this.model.row(r));
        if (inserted.has(row.id)) drafts.push(draftFromCells(row.cells));
      }
      this.#handlers.add(drafts);
    }
  }
}
