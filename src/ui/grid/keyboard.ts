// The grid's keyboard map (DESIGN.md, Excel's keys; Cmd works where Ctrl does on a Mac). A key
// either acts on the model at once or tells the view what only it can do: the editor, the clipboard.
import type { FillError } from './fill';
import type { GridModel } from './model';
import { isSingleCell, type Direction } from './selection';
import type { CellInputError } from './types';

/** The fields of a KeyboardEvent the map reads; `code` helps on non-Latin layouts. */
export interface GridKeyEvent {
  key: string;
  code?: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * 'enter': editing began by typing over the cell, so arrows commit and move, as in Excel.
 * 'edit': editing began with F2 or a double-click, so arrows move the caret in the text.
 */
export type EditMode = 'enter' | 'edit';

export interface GridKeyContext {
  editing: boolean;
  /** How editing began; 'edit' when absent. */
  editMode?: EditMode;
  /** Rows that fit in the viewport, for Page Up / Page Down. */
  pageRows: number;
}

/** Where the active cell goes once an edit is stored: Enter and Tab stay inside a range. */
export interface AfterCommit {
  direction: Direction;
  withinSelection: boolean;
}

/**
 * What the view does after the model has seen a key:
 * - none: not the grid's key; let the browser have it (caret moves, typing in the editor…).
 * - handled: the model did it (moved, cleared, filled, undid…); prevent the default.
 * - start-edit: open the editor on the active cell with `text`. An empty `text` comes from a
 *   dead key or an IME: let that key reach the editor instead of preventing it.
 * - cancel-edit: close the editor, storing nothing.
 * - commit-edit: call `model.commitEdit(editorText, after)`; keep the editor open if refused.
 * - copy / cut / paste: the view owns the clipboard (it is async and needs the browser). Let
 *   the native copy/cut/paste event fire, then call `model.copy()`, `cut()` or `paste(text)`.
 * - read-only: typing or F2 on a computed cell; say why nothing happens.
 * - refused: Ctrl+D / Ctrl+R would write values their columns refuse; nothing changed.
 */
export type KeyAction =
  | { type: 'none' }
  | { type: 'handled' }
  | { type: 'start-edit'; text: string; mode: EditMode }
  | { type: 'cancel-edit' }
  | { type: 'commit-edit'; after: AfterCommit }
  | { type: 'copy' }
  | { type: 'cut' }
  | { type: 'paste' }
  | { type: 'read-only'; error: CellInputError }
  | { type: 'refused'; error: FillError };

const NONE: KeyAction = { type: 'none' };
const HANDLED: KeyAction = { type: 'handled' };

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

function arrowOf(key: string): Direction | undefined {
  return Object.hasOwn(ARROWS, key) ? ARROWS[key] : undefined;
}

function commit(direction: Direction, withinSelection: boolean): KeyAction {
  return { type: 'commit-edit', after: { direction, withinSelection } };
}

/** The letter of a shortcut, from `code` when the layout's `key` is not Latin (Ctrl+я is Ctrl+Z). */
function letterOf(event: GridKeyEvent): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const match = /^Key([A-Z])$/.exec(event.code ?? '');
  return match?.[1]?.toLowerCase() ?? '';
}

/** One character typed; AltGr arrives as Ctrl+Alt on Windows and still types (€, @). */
export function isPrintable(event: GridKeyEvent): boolean {
  return [...event.key].length === 1 && !event.metaKey && (!event.ctrlKey || event.altKey);
}

function startEdit(grid: GridModel, text: string | null, mode: EditMode): KeyAction {
  if (grid.rowCount === 0 || grid.columnCount === 0) return NONE;
  const { row, col } = grid.active;
  const column = grid.columns[col];
  if (!column) return NONE;
  if (grid.isReadOnly(col)) {
    return {
      type: 'read-only',
      error: { code: 'read-only', input: text ?? '', column: column.label },
    };
  }
  return { type: 'start-edit', text: text ?? grid.editableText(row, col), mode };
}

function editingKey(event: GridKeyEvent, context: GridKeyContext): KeyAction {
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  if (event.key === 'Escape') return { type: 'cancel-edit' };
  // Alt+Enter and Ctrl+Enter are left to the editor (a new line in a text cell).
  if (event.key === 'Enter' && plain) return commit(event.shiftKey ? 'up' : 'down', true);
  if (event.key === 'Tab' && plain) return commit(event.shiftKey ? 'left' : 'right', true);
  const arrow = arrowOf(event.key);
  if (arrow && plain && !event.shiftKey && context.editMode === 'enter')
    return commit(arrow, false);
  return NONE;
}

function shortcutKey(grid: GridModel, event: GridKeyEvent): KeyAction {
  const extend = event.shiftKey;
  if (event.key === 'Home') {
    grid.select({ row: 0, col: 0 }, { extend });
    return HANDLED;
  }
  if (event.key === 'End') {
    grid.select(grid.lastDataCell(), { extend });
    return HANDLED;
  }
  switch (letterOf(event)) {
    case 'a':
      grid.selectAll();
      return HANDLED;
    case 'c':
      return { type: 'copy' };
    case 'x':
      return { type: 'cut' };
    case 'v':
      return { type: 'paste' };
    case 'z':
      if (event.shiftKey) grid.redo();
      else grid.undo();
      return HANDLED;
    case 'y':
      grid.redo();
      return HANDLED;
    case 'd': {
      const filled = grid.fillDown();
      return filled.ok ? HANDLED : { type: 'refused', error: filled.error };
    }
    case 'r': {
      const filled = grid.fillRight();
      return filled.ok ? HANDLED : { type: 'refused', error: filled.error };
    }
    default:
      return NONE;
  }
}

function navigationKey(grid: GridModel, event: GridKeyEvent, context: GridKeyContext): KeyAction {
  const mod = event.ctrlKey || event.metaKey;
  const extend = event.shiftKey;
  const arrow = arrowOf(event.key);
  if (arrow) {
    if (event.altKey) return NONE;
    grid.move(arrow, { extend, jump: mod });
    return HANDLED;
  }
  if (mod && !event.altKey) return shortcutKey(grid, event);
  const from = extend ? grid.focus : grid.active;
  switch (event.key) {
    case 'Tab': {
      // At the row's edge Tab leaves the grid, to the control before or after it: focus must
      // never be trapped in it (WCAG 2.1.2), and Tab is how a keyboard user goes on.
      const edge = extend ? 0 : grid.columnCount - 1;
      if (isSingleCell(grid.selection) && grid.active.col === edge) return NONE;
      grid.advance(extend ? 'left' : 'right');
      return HANDLED;
    }
    case 'Enter':
      grid.advance(extend ? 'up' : 'down');
      return HANDLED;
    case 'F2':
      return startEdit(grid, null, 'edit');
    case 'Escape':
      return grid.collapseSelection() ? HANDLED : NONE;
    case 'Delete':
    case 'Backspace':
      grid.clearSelection();
      return HANDLED;
    case 'Home':
      grid.select({ row: from.row, col: 0 }, { extend });
      return HANDLED;
    case 'End':
      grid.select({ row: from.row, col: grid.columnCount - 1 }, { extend });
      return HANDLED;
    case 'PageUp':
      grid.moveBy(-context.pageRows, 0, { extend });
      return HANDLED;
    case 'PageDown':
      grid.moveBy(context.pageRows, 0, { extend });
      return HANDLED;
    case 'Dead':
    case 'Process':
      return startEdit(grid, '', 'enter');
    default:
      return isPrintable(event) ? startEdit(grid, event.key, 'enter') : NONE;
  }
}

export function handleKey(
  grid: GridModel,
  event: GridKeyEvent,
  context: GridKeyContext,
): KeyAction {
  return context.editing ? editingKey(event, context) : navigationKey(grid, event, context);
}
