import { describe, expect, it } from 'vitest';
import { handleKey, type GridKeyContext } from '../../../src/ui/grid/keyboard';
import type { GridModel } from '../../../src/ui/grid/model';
import {
  INTEGER,
  MONEY,
  PERCENT,
  TEXT,
  TOTAL,
  emptyMoneyGrid,
  key,
  makeGrid,
  valuesOf,
} from './model-fixtures';

const BROWSING: GridKeyContext = { editing: false, pageRows: 10 };
const TYPING: GridKeyContext = { editing: true, editMode: 'enter', pageRows: 10 };
const EDITING: GridKeyContext = { editing: true, editMode: 'edit', pageRows: 10 };
const HANDLED = { type: 'handled' };
const NONE = { type: 'none' };

// Ctrl on Windows and Linux, Cmd on a Mac: every shortcut is tested with both.
const MODIFIERS = [
  ['Ctrl', { ctrlKey: true }],
  ['Cmd', { metaKey: true }],
] as const;

/** A 30 × 8 money grid, active cell at (5, 3). */
function gridAt(row = 5, col = 3): GridModel {
  const { grid } = emptyMoneyGrid(30, 8);
  grid.select({ row, col });
  return grid;
}

function press(grid: GridModel, name: string, modifiers = {}, context = BROWSING) {
  return grid.handleKey(key(name, modifiers), context);
}

describe('arrows', () => {
  it.each([
    ['ArrowUp', { row: 4, col: 3 }],
    ['ArrowDown', { row: 6, col: 3 }],
    ['ArrowLeft', { row: 5, col: 2 }],
    ['ArrowRight', { row: 5, col: 4 }],
  ])('%s moves the active cell one step and collapses the selection', (name, to) => {
    const grid = gridAt();
    grid.select({ row: 6, col: 4 }, { extend: true });
    expect(press(grid, name)).toEqual(HANDLED);
    expect(grid.active).toEqual(to);
    expect(grid.selection).toEqual({ top: to.row, left: to.col, bottom: to.row, right: to.col });
  });

  it('stops at the edges of the grid, still handling the key so the page does not scroll', () => {
    const grid = gridAt(0, 0);
    expect(press(grid, 'ArrowUp')).toEqual(HANDLED);
    expect(press(grid, 'ArrowLeft')).toEqual(HANDLED);
    expect(grid.active).toEqual({ row: 0, col: 0 });
  });

  it('Shift+arrows extend the selection from the anchor and can shrink it back', () => {
    const grid = gridAt();
    press(grid, 'ArrowDown', { shiftKey: true });
    press(grid, 'ArrowDown', { shiftKey: true });
    press(grid, 'ArrowRight', { shiftKey: true });
    expect(grid.selection).toEqual({ top: 5, left: 3, bottom: 7, right: 4 });
    expect(grid.active).toEqual({ row: 5, col: 3 });
    press(grid, 'ArrowUp', { shiftKey: true });
    press(grid, 'ArrowUp', { shiftKey: true });
    press(grid, 'ArrowUp', { shiftKey: true });
    expect(grid.selection).toEqual({ top: 4, left: 3, bottom: 5, right: 4 });
  });

  it('Alt+arrows are left to the browser', () => {
    const grid = gridAt();
    expect(press(grid, 'ArrowDown', { altKey: true })).toEqual(NONE);
    expect(grid.active).toEqual({ row: 5, col: 3 });
  });
});

describe.each(MODIFIERS)('%s+arrows jump to the edge of the data, as Excel', (_, mod) => {
  // Column 0: filled rows 2–4 and 8; everything else empty.
  function column(): GridModel {
    const { grid } = emptyMoneyGrid(12, 3);
    for (const row of [2, 3, 4, 8]) grid.setCell({ row, col: 0 }, '1');
    return grid;
  }

  it.each([
    ['from an empty cell to the next filled one', 0, 'ArrowDown', 2],
    ['inside a block to its last cell', 2, 'ArrowDown', 4],
    ['from the end of a block over the gap to the next block', 4, 'ArrowDown', 8],
    ['past the last data to the grid edge', 8, 'ArrowDown', 11],
    ['upwards inside a block', 4, 'ArrowUp', 2],
    ['upwards from an empty cell to the edge', 1, 'ArrowUp', 0],
  ])('%s', (_name, from, arrow, to) => {
    const grid = column();
    grid.select({ row: from, col: 0 });
    expect(press(grid, arrow, mod)).toEqual(HANDLED);
    expect(grid.active).toEqual({ row: to, col: 0 });
  });

  it('sideways along a row', () => {
    const { grid } = emptyMoneyGrid(1, 8);
    grid.setCell({ row: 0, col: 5 }, '1');
    press(grid, 'ArrowRight', mod);
    expect(grid.active).toEqual({ row: 0, col: 5 });
    press(grid, 'ArrowRight', mod);
    expect(grid.active).toEqual({ row: 0, col: 7 });
    press(grid, 'ArrowLeft', mod);
    expect(grid.active).toEqual({ row: 0, col: 5 });
  });

  it('with Shift, extending the selection to the edge', () => {
    const grid = column();
    grid.select({ row: 2, col: 1 });
    grid.select({ row: 2, col: 0 }, { extend: true });
    press(grid, 'ArrowDown', { ...mod, shiftKey: true });
    expect(grid.selection).toEqual({ top: 2, left: 0, bottom: 4, right: 1 });
    expect(grid.active).toEqual({ row: 2, col: 1 });
  });
});

describe('Tab and Enter', () => {
  it.each([
    ['Tab', {}, { row: 5, col: 4 }],
    ['Tab', { shiftKey: true }, { row: 5, col: 2 }],
    ['Enter', {}, { row: 6, col: 3 }],
    ['Enter', { shiftKey: true }, { row: 4, col: 3 }],
  ])('%s %o moves the active cell', (name, modifiers, to) => {
    const grid = gridAt();
    expect(press(grid, name, modifiers)).toEqual(HANDLED);
    expect(grid.active).toEqual(to);
  });

  it('Enter walks down a multi-cell selection, column after column, and wraps', () => {
    const grid = gridAt(1, 1);
    grid.select({ row: 2, col: 2 }, { extend: true });
    const visited = [grid.active];
    for (let i = 0; i < 4; i += 1) {
      press(grid, 'Enter');
      visited.push(grid.active);
    }
    expect(visited).toEqual([
      { row: 1, col: 1 },
      { row: 2, col: 1 },
      { row: 1, col: 2 },
      { row: 2, col: 2 },
      { row: 1, col: 1 },
    ]);
    expect(grid.selection).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    press(grid, 'Enter', { shiftKey: true });
    expect(grid.active).toEqual({ row: 2, col: 2 });
  });

  it('Tab walks along the rows of a multi-cell selection, Shift+Tab back', () => {
    const grid = gridAt(1, 1);
    grid.select({ row: 2, col: 2 }, { extend: true });
    press(grid, 'Tab');
    expect(grid.active).toEqual({ row: 1, col: 2 });
    press(grid, 'Tab');
    expect(grid.active).toEqual({ row: 2, col: 1 });
    press(grid, 'Tab', { shiftKey: true });
    press(grid, 'Tab', { shiftKey: true });
    press(grid, 'Tab', { shiftKey: true });
    expect(grid.active).toEqual({ row: 2, col: 2 });
  });
});

describe('Home, End, Page Up and Page Down', () => {
  it('Home and End go to the start and end of the row', () => {
    const grid = gridAt();
    expect(press(grid, 'End')).toEqual(HANDLED);
    expect(grid.active).toEqual({ row: 5, col: 7 });
    expect(press(grid, 'Home')).toEqual(HANDLED);
    expect(grid.active).toEqual({ row: 5, col: 0 });
  });

  it('Shift+Home and Shift+End extend along the row', () => {
    const grid = gridAt();
    press(grid, 'End', { shiftKey: true });
    expect(grid.selection).toEqual({ top: 5, left: 3, bottom: 5, right: 7 });
    press(grid, 'Home', { shiftKey: true });
    expect(grid.selection).toEqual({ top: 5, left: 0, bottom: 5, right: 3 });
  });

  it.each(MODIFIERS)(
    '%s+Home goes to the first cell, %s+End to the last cell with data',
    (_, mod) => {
      const grid = gridAt();
      grid.setCell({ row: 12, col: 1 }, '5');
      grid.setCell({ row: 3, col: 6 }, '5');
      expect(press(grid, 'End', mod)).toEqual(HANDLED);
      expect(grid.active).toEqual({ row: 12, col: 6 });
      expect(press(grid, 'Home', mod)).toEqual(HANDLED);
      expect(grid.active).toEqual({ row: 0, col: 0 });
      press(grid, 'End', { ...mod, shiftKey: true });
      expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 12, right: 6 });
    },
  );

  it('Ctrl+End on a grid without data stays at the first cell', () => {
    const grid = gridAt();
    press(grid, 'End', { ctrlKey: true });
    expect(grid.active).toEqual({ row: 0, col: 0 });
  });

  it('Page Down and Page Up move by the rows in view and stop at the ends', () => {
    const grid = gridAt();
    expect(press(grid, 'PageDown')).toEqual(HANDLED);
    expect(grid.active).toEqual({ row: 15, col: 3 });
    press(grid, 'PageDown');
    press(grid, 'PageDown');
    expect(grid.active).toEqual({ row: 29, col: 3 });
    expect(press(grid, 'PageUp')).toEqual(HANDLED);
    expect(grid.active).toEqual({ row: 19, col: 3 });
    press(grid, 'PageUp', {}, { editing: false, pageRows: 50 });
    expect(grid.active).toEqual({ row: 0, col: 3 });
  });

  it('Shift+Page Down extends the selection', () => {
    const grid = gridAt();
    press(grid, 'PageDown', { shiftKey: true });
    expect(grid.selection).toEqual({ top: 5, left: 3, bottom: 15, right: 3 });
  });
});

describe('editing keys while browsing', () => {
  const sheet = () =>
    makeGrid(
      [TEXT, MONEY, PERCENT, TOTAL],
      [
        ['Salon', 120000, 0.123456, 1],
        ['Radio', 5000, 0.1, 2],
      ],
    ).grid;

  it('F2 opens the editor on the exact value, arrows moving the caret', () => {
    const grid = sheet();
    grid.select({ row: 0, col: 2 });
    const action = press(grid, 'F2');
    expect(action).toEqual({ type: 'start-edit', text: grid.editableText(0, 2), mode: 'edit' });
    expect(action).toMatchObject({ text: expect.stringMatching(/^12,3456\s%$/u) });
  });

  it('a printable key starts editing with that character, arrows then committing', () => {
    const grid = sheet();
    grid.select({ row: 0, col: 1 });
    expect(press(grid, '5')).toEqual({ type: 'start-edit', text: '5', mode: 'enter' });
    expect(press(grid, '=')).toEqual({ type: 'start-edit', text: '=', mode: 'enter' });
    expect(press(grid, ' ')).toEqual({ type: 'start-edit', text: ' ', mode: 'enter' });
    expect(press(grid, 'é')).toEqual({ type: 'start-edit', text: 'é', mode: 'enter' });
  });

  it('AltGr characters (Ctrl+Alt on Windows) and Option characters on a Mac still type', () => {
    const grid = sheet();
    expect(press(grid, '€', { ctrlKey: true, altKey: true })).toMatchObject({ text: '€' });
    expect(press(grid, '™', { altKey: true })).toMatchObject({ text: '™' });
  });

  it('a dead key or an IME starts an empty editor for the composed character', () => {
    const grid = sheet();
    expect(press(grid, 'Dead')).toEqual({ type: 'start-edit', text: '', mode: 'enter' });
    expect(press(grid, 'Process')).toEqual({ type: 'start-edit', text: '', mode: 'enter' });
  });

  it('F2 or typing on a computed cell says it is read-only', () => {
    const grid = sheet();
    grid.select({ row: 0, col: 3 });
    expect(press(grid, 'F2')).toEqual({
      type: 'read-only',
      error: { code: 'read-only', input: '', column: 'Total' },
    });
    expect(press(grid, '7')).toMatchObject({ type: 'read-only', error: { input: '7' } });
  });

  it('other keys and browser shortcuts are not the grid’s', () => {
    const grid = sheet();
    expect(press(grid, 'p', { ctrlKey: true })).toEqual(NONE);
    expect(press(grid, 'F5')).toEqual(NONE);
    expect(press(grid, 'Shift', { shiftKey: true })).toEqual(NONE);
    expect(press(grid, 'a', { ctrlKey: true, altKey: true })).toMatchObject({ text: 'a' });
  });

  it.each(['Delete', 'Backspace'])('%s clears the editable cells of the selection', (name) => {
    const grid = sheet();
    grid.selectAll();
    expect(press(grid, name)).toEqual(HANDLED);
    expect(valuesOf(grid)).toEqual([
      [null, null, null, 1],
      [null, null, null, 2],
    ]);
    grid.undo();
    expect(grid.value(0, 0)).toBe('Salon');
  });

  it('Escape collapses a selection, and is left alone when there is none', () => {
    const grid = sheet();
    grid.select({ row: 1, col: 1 }, { extend: true });
    expect(press(grid, 'Escape')).toEqual(HANDLED);
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(press(grid, 'Escape')).toEqual(NONE);
  });

  it('an empty grid opens no editor', () => {
    const { grid } = makeGrid([MONEY], []);
    expect(press(grid, 'F2')).toEqual(NONE);
    expect(press(grid, '5')).toEqual(NONE);
    expect(press(grid, 'ArrowDown')).toEqual(HANDLED);
  });
});

describe.each(MODIFIERS)('%s shortcuts', (_, mod) => {
  it('A selects all', () => {
    const grid = gridAt();
    expect(press(grid, 'a', mod)).toEqual(HANDLED);
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 29, right: 7 });
  });

  it.each([
    ['c', 'copy'],
    ['x', 'cut'],
    ['v', 'paste'],
  ])('%s asks the view for the clipboard (%s) and changes nothing yet', (letter, type) => {
    const grid = gridAt();
    grid.setCell({ row: 5, col: 3 }, '1');
    expect(press(grid, letter, mod)).toEqual({ type });
    expect(grid.value(5, 3)).toBe(100);
  });

  it('Z undoes; Y and Shift+Z redo', () => {
    const { grid } = makeGrid([INTEGER], [[1]]);
    grid.setCell({ row: 0, col: 0 }, '2');
    grid.setCell({ row: 0, col: 0 }, '3');
    expect(press(grid, 'z', mod)).toEqual(HANDLED);
    expect(grid.value(0, 0)).toBe(2);
    press(grid, 'z', mod);
    expect(grid.value(0, 0)).toBe(1);
    expect(press(grid, 'z', mod)).toEqual(HANDLED);
    expect(press(grid, 'y', mod)).toEqual(HANDLED);
    expect(grid.value(0, 0)).toBe(2);
    expect(press(grid, 'Z', { ...mod, shiftKey: true })).toEqual(HANDLED);
    expect(grid.value(0, 0)).toBe(3);
  });

  it('D fills down and R fills right', () => {
    const { grid } = makeGrid(
      [INTEGER, INTEGER],
      [
        [1, null],
        [null, null],
      ],
    );
    grid.selectRange({ top: 0, left: 0, bottom: 1, right: 0 });
    expect(press(grid, 'd', mod)).toEqual(HANDLED);
    grid.selectRange({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(press(grid, 'r', mod)).toEqual(HANDLED);
    expect(valuesOf(grid)).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('R reports a refused fill and changes nothing', () => {
    const { grid } = makeGrid([TEXT, INTEGER], [['douze', null]]);
    grid.selectRange({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(press(grid, 'r', mod)).toMatchObject({
      type: 'refused',
      error: { code: 'refused', cells: [{ row: 0, col: 1, error: { code: 'not-a-number' } }] },
    });
    expect(grid.value(0, 1)).toBeNull();
  });
});

describe('shortcuts on other keyboard layouts', () => {
  it('reads the physical key when the layout is not Latin (Ctrl+я is Ctrl+Z)', () => {
    const { grid } = makeGrid([INTEGER], [[1]]);
    grid.setCell({ row: 0, col: 0 }, '2');
    expect(press(grid, 'я', { ctrlKey: true, code: 'KeyZ' })).toEqual(HANDLED);
    expect(grid.value(0, 0)).toBe(1);
  });
});

describe('keys while editing', () => {
  it.each([
    ['Enter', {}, 'down'],
    ['Enter', { shiftKey: true }, 'up'],
    ['Tab', {}, 'right'],
    ['Tab', { shiftKey: true }, 'left'],
  ] as const)('%s %o commits and moves within the selection', (name, modifiers, direction) => {
    for (const context of [TYPING, EDITING]) {
      expect(press(gridAt(), name, modifiers, context)).toEqual({
        type: 'commit-edit',
        after: { direction, withinSelection: true },
      });
    }
  });

  it.each([
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down'],
    ['ArrowLeft', 'left'],
    ['ArrowRight', 'right'],
  ] as const)('%s commits and moves after typing over a cell', (name, direction) => {
    expect(press(gridAt(), name, {}, TYPING)).toEqual({
      type: 'commit-edit',
      after: { direction, withinSelection: false },
    });
  });

  it.each(['ArrowLeft', 'ArrowRight', 'Home', 'End'])(
    '%s moves the caret after F2 (left to the editor)',
    (name) => {
      const grid = gridAt();
      expect(press(grid, name, {}, EDITING)).toEqual(NONE);
      expect(press(grid, name, {}, { editing: true, pageRows: 10 })).toEqual(NONE);
      expect(grid.active).toEqual({ row: 5, col: 3 });
    },
  );

  it('Escape cancels the edit', () => {
    expect(press(gridAt(), 'Escape', {}, TYPING)).toEqual({ type: 'cancel-edit' });
  });

  it('text keys, Delete, Alt+Enter and shortcuts belong to the editor', () => {
    const grid = gridAt();
    grid.setCell({ row: 5, col: 3 }, '1');
    for (const [name, modifiers] of [
      ['a', {}],
      ['Delete', {}],
      ['Backspace', {}],
      ['Enter', { altKey: true }],
      ['z', { ctrlKey: true }],
      ['v', { metaKey: true }],
      ['ArrowLeft', { shiftKey: true }],
      ['F2', {}],
    ] as const) {
      expect(press(grid, name, modifiers, TYPING)).toEqual(NONE);
    }
    expect(grid.value(5, 3)).toBe(100);
    expect(grid.canRedo).toBe(false);
  });
});

it('the handleKey function and the model method agree', () => {
  const a = gridAt();
  const b = gridAt();
  handleKey(a, key('ArrowDown', { shiftKey: true }), BROWSING);
  b.handleKey(key('ArrowDown', { shiftKey: true }), BROWSING);
  expect(a.selection).toEqual(b.selection);
});
