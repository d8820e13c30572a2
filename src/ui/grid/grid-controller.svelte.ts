// The grid view's behaviour, kept out of the component so it reads as a list of decisions:
// which key does what, what the editor holds, what the clipboard gets, what the user is told.
import { fillTargetFor } from './fill';
import type { KeyAction } from './keyboard';
import type { GridModel } from './model';
import type { PasteError } from './paste';
import type { FillError } from './fill';
import { rangeContains } from './selection';
import type { CellAddress, CellInputError, CellRange } from './types';
import type { EditMode } from './keyboard';

/** Sentences the grid shows; the caller supplies them in the user's language. */
export interface GridMessages {
  cellError: (error: CellInputError) => string;
  pasteRefused: (count: number, first: string) => string;
  pasteTooLarge: (needRows: number, needCols: number) => string;
  pasteGrowQuestion: (needRows: number) => string;
  fillRefused: (count: number, first: string) => string;
  clipboardEmpty: string;
}

export interface PendingGrowPaste {
  text: string;
  question: string;
}

export class GridController {
  readonly model: GridModel;
  readonly #messages: () => GridMessages;
  /** Bumped on every model change: the view reads it to know when to repaint. */
  version = $state(0);
  /**
   * Bumped only when cells or rows changed. Cell texts and totals read this one, so that
   * moving the selection does not re-render every visible cell's text, and an edit does not
   * re-run every cell's selection state.
   */
  dataVersion = $state(0);
  /** Bumped only when the selection or the active cell moved. */
  selectionVersion = $state(0);
  #seenData = -1;
  #seenSelection = '';
  editing = $state(false);
  editMode = $state<EditMode>('edit');
  draft = $state('');
  /** The last refusal, shown under the grid until the next successful action. */
  message = $state<string | null>(null);
  pendingGrow = $state<PendingGrowPaste | null>(null);
  fillTarget = $state<CellRange | null>(null);
  #dragging: 'select' | 'fill' | null = null;

  constructor(model: GridModel, messages: () => GridMessages) {
    this.model = model;
    this.#messages = messages;
  }

  /** Follows the model; returns the unsubscribe function for an effect's cleanup. */
  connect(): () => void {
    return this.model.subscribe(() => {
      this.version += 1;
      if (this.model.dataVersion !== this.#seenData) {
        this.#seenData = this.model.dataVersion;
        this.dataVersion += 1;
      }
      const { top, left, bottom, right } = this.model.selection;
      const { row, col } = this.model.active;
      const selection = `${top},${left},${bottom},${right},${row},${col}`;
      if (selection !== this.#seenSelection) {
        this.#seenSelection = selection;
        this.selectionVersion += 1;
      }
    });
  }

  /** Runs a key through the model; true when the view must prevent the browser's default. */
  key(event: KeyboardEvent, pageRows: number): boolean {
    const action: KeyAction = this.model.handleKey(event, {
      editing: this.editing,
      editMode: this.editMode,
      pageRows,
    });
    switch (action.type) {
      case 'none':
      case 'copy':
      case 'cut':
      case 'paste':
        // Clipboard keys: the browser fires copy/cut/paste events, handled below.
        return false;
      case 'handled':
        this.message = null;
        return true;
      case 'start-edit':
        this.startEdit(action.text, action.mode);
        // An empty text is a dead key or an IME: let it reach the editor.
        return action.text !== '';
      case 'cancel-edit':
        this.editing = false;
        return true;
      case 'commit-edit':
        this.commit(action.after);
        return true;
      case 'read-only':
        this.message = this.#messages().cellError(action.error);
        return true;
      case 'refused':
        this.message = this.#fillMessage(action.error);
        return true;
    }
  }

  startEdit(text: string, mode: EditMode): void {
    this.draft = text;
    this.editMode = mode;
    this.editing = true;
    this.message = null;
  }

  /** Stores the editor's text; a refused value keeps the editor open and says why. */
  commit(after: Parameters<GridModel['commitEdit']>[1]): boolean {
    const result = this.model.commitEdit(this.draft, after);
    if (!result.ok) {
      this.message = this.#messages().cellError(result.error);
      return false;
    }
    this.editing = false;
    this.message = null;
    return true;
  }

  copy(): { tsv: string; html: string } {
    return this.model.copy();
  }

  cut(): { tsv: string; html: string } {
    return this.model.cut();
  }

  paste(text: string, growRows = false): void {
    const result = this.model.paste(text, { growRows });
    if (result.ok) {
      this.message = null;
      this.pendingGrow = null;
      return;
    }
    this.#pasteFailed(text, result.error);
  }

  #pasteFailed(text: string, error: PasteError): void {
    const messages = this.#messages();
    if (error.code === 'empty') this.message = messages.clipboardEmpty;
    else if (error.code === 'refused') {
      const first = error.cells[0];
      this.message = messages.pasteRefused(
        error.cells.length,
        first ? messages.cellError(first.error) : '',
      );
    } else if (error.canGrow && error.needCols === 0) {
      this.pendingGrow = { text, question: messages.pasteGrowQuestion(error.needRows) };
    } else {
      this.message = messages.pasteTooLarge(error.needRows, error.needCols);
    }
  }

  confirmGrow(): void {
    const pending = this.pendingGrow;
    this.pendingGrow = null;
    if (pending) this.paste(pending.text, true);
  }

  #fillMessage(error: FillError): string {
    if (error.code !== 'refused') return this.#messages().clipboardEmpty;
    const first = error.cells[0];
    return this.#messages().fillRefused(
      error.cells.length,
      first ? this.#messages().cellError(first.error) : '',
    );
  }

  // ── Pointer ─────────────────────────────────────────────────────────────────────────

  pointerDown(cell: CellAddress, shiftKey: boolean): void {
    if (this.editing && !this.commit(null)) return;
    this.model.select(cell, { extend: shiftKey });
    this.#dragging = 'select';
  }

  startFill(): void {
    this.#dragging = 'fill';
    this.fillTarget = this.model.selection;
  }

  pointerOver(cell: CellAddress): void {
    if (this.#dragging === 'select') this.model.select(cell, { extend: true });
    else if (this.#dragging === 'fill') this.fillTarget = fillTargetFor(this.model.selection, cell);
  }

  pointerUp(): void {
    const target = this.fillTarget;
    if (this.#dragging === 'fill' && target) {
      const result = this.model.fillTo(target);
      this.message = result.ok ? null : this.#fillMessage(result.error);
    }
    this.#dragging = null;
    this.fillTarget = null;
  }

  isInFillTarget(row: number, col: number): boolean {
    return this.fillTarget !== null && rangeContains(this.fillTarget, { row, col });
  }
}
