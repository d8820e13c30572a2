// The grid view's behaviour, kept out of the component so it reads as a list of decisions:
// which key does what, what the editor holds, what the clipboard gets, what the user is told.
// One controller per model: the view builds a new one when it is given another model.
import { fillTargetFor } from './fill';
import { isPrintable, type GridKeyEvent, type KeyAction } from './keyboard';
import type { GridModel } from './model';
import type { PasteError } from './paste';
import type { FillError } from './fill';
import { acceptedIn, isMarked, refusalAt, standingRefusal, type Refusal } from './refusal';
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
  editing = $state(false);
  editMode = $state<EditMode>('edit');
  draft = $state('');
  /** The last refusal and the cells it marks; see refusal.ts for how long each lasts. */
  refusal = $state.raw<Refusal | null>(null);
  pendingGrow = $state<PendingGrowPaste | null>(null);
  fillTarget = $state<CellRange | null>(null);
  #dragging: 'select' | 'fill' | null = null;

  constructor(model: GridModel, messages: () => GridMessages) {
    this.model = model;
    this.#messages = messages;
  }

  /** The refusal to show now, beside its cell; null once every refused cell got a value. */
  get shownRefusal(): Refusal | null {
    return standingRefusal(this.refusal, this.model);
  }

  /** Whether the cell is marked as refused (aria-invalid and its style). */
  isInvalid(row: number, col: number): boolean {
    return isMarked(this.refusal, this.model, row, col);
  }

  /** Runs a key through the model; true when the view must prevent the browser's default. */
  key(event: KeyboardEvent, pageRows: number): boolean {
    // Escape is how the user says "never mind": it takes the refusal and its marks away.
    if (event.key === 'Escape') this.refusal = null;
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
        this.#dropNotice();
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
        this.#refuse(this.#messages().cellError(action.error), [this.model.active], false);
        return true;
      case 'refused':
        this.#fillRefused(action.error);
        return true;
    }
  }

  /**
   * A character typed after the key that opened the editor but before the editor has the
   * focus (it appears on the next render): without this it would reach no input and be lost.
   */
  typeAhead(event: GridKeyEvent): boolean {
    if (!this.editing || !isPrintable(event)) return false;
    this.draft += event.key;
    return true;
  }

  startEdit(text: string, mode: EditMode): void {
    this.draft = text;
    this.editMode = mode;
    this.editing = true;
    this.#dropNotice();
  }

  /** Stores the editor's text; a refused value keeps the editor open and says why. */
  commit(after: Parameters<GridModel['commitEdit']>[1]): boolean {
    const at = this.model.active;
    const result = this.model.commitEdit(this.draft, after);
    if (!result.ok) {
      this.#refuse(this.#messages().cellError(result.error), [at], true);
      return false;
    }
    this.editing = false;
    this.refusal = acceptedIn(this.refusal, {
      top: at.row,
      left: at.col,
      bottom: at.row,
      right: at.col,
    });
    return true;
  }

  #refuse(text: string, cells: readonly CellAddress[], lasting: boolean): void {
    this.refusal = refusalAt(this.model, text, cells, lasting);
  }

  /** A notice is read once the user goes on; a refused value waits to be fixed. */
  #dropNotice(): void {
    if (this.refusal && !this.refusal.lasting) this.refusal = null;
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
      this.refusal = acceptedIn(this.refusal, result.value.range);
      this.pendingGrow = null;
      return;
    }
    this.#pasteFailed(text, result.error);
  }

  #pasteFailed(text: string, error: PasteError): void {
    const messages = this.#messages();
    if (error.code === 'empty') this.#refuse(messages.clipboardEmpty, [], false);
    else if (error.code === 'refused') {
      const first = error.cells[0];
      const text = messages.pasteRefused(
        error.cells.length,
        first ? messages.cellError(first.error) : '',
      );
      this.#refuse(text, error.cells, true);
    } else if (error.canGrow && error.needCols === 0) {
      this.pendingGrow = { text, question: messages.pasteGrowQuestion(error.needRows) };
    } else {
      this.#refuse(messages.pasteTooLarge(error.needRows, error.needCols), [], false);
    }
  }

  confirmGrow(): void {
    const pending = this.pendingGrow;
    this.pendingGrow = null;
    if (pending) this.paste(pending.text, true);
  }

  #fillRefused(error: FillError): void {
    const messages = this.#messages();
    if (error.code !== 'refused') {
      this.#refuse(messages.clipboardEmpty, [], false);
      return;
    }
    const first = error.cells[0];
    const text = messages.fillRefused(
      error.cells.length,
      first ? messages.cellError(first.error) : '',
    );
    this.#refuse(text, error.cells, true);
  }

  // ── Pointer ─────────────────────────────────────────────────────────────────────────

  pointerDown(cell: CellAddress, shiftKey: boolean): void {
    if (this.editing && !this.commit(null)) return;
    this.model.select(cell, { extend: shiftKey });
    this.#dropNotice();
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
      if (result.ok) this.refusal = acceptedIn(this.refusal, result.value);
      else this.#fillRefused(result.error);
    }
    this.#dragging = null;
    this.fillTarget = null;
  }

  isInFillTarget(row: number, col: number): boolean {
    return this.fillTarget !== null && rangeContains(this.fillTarget, { row, col });
  }
}
