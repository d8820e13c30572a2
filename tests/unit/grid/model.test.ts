import { describe, expect, it } from 'vitest';
import { formatCellValue } from '../../../src/ui/grid/cell-input';
import { GridModel } from '../../../src/ui/grid/model';
import {
  CHOICE,
  EN,
  FR,
  INTEGER,
  MONEY,
  PERCENT,
  SIGNED,
  TEXT,
  TOTAL,
  makeGrid,
  rowIds,
  valuesOf,
} from './model-fixtures';

const BUDGET = [TEXT, MONEY, PERCENT, TOTAL];

function budgetGrid() {
  return makeGrid(BUDGET, [
    ['Salon professionnel', 120000, 0.25, 120000],
    ['Radio locale', 50000, 0.1, 50000],
    ['Emailing', null, null, 0],
  ]);
}

describe('GridModel reading', () => {
  it('exposes sizes, rows, values and the displayed text', () => {
    const { grid } = budgetGrid();
    expect(grid.rowCount).toBe(3);
    expect(grid.columnCount).toBe(4);
    expect(grid.row(1).label).toBe('Ligne 2');
    expect(grid.value(0, 1)).toBe(120000);
    expect(grid.value(9, 9)).toBeNull();
    expect(grid.displayText(0, 1)).toBe(formatCellValue(MONEY, 120000, FR));
    expect(grid.displayText(0, 1)).toMatch(/^1\s200,00$/u);
    expect(grid.displayText(2, 1)).toBe('');
    expect(() => grid.row(3)).toThrow(RangeError);
  });

  it('names each cell by its column then its row, for screen readers', () => {
    const { grid } = makeGrid([{ id: '2026-06', label: 'Juin 2026', type: 'money' }], [[null]]);
    grid.setRowLabel(0, 'Salon professionnel');
    expect(grid.cellName(0, 0)).toBe('Juin 2026, Salon professionnel');
  });

  it('copies the rows it is given, padding short rows with empty cells', () => {
    const source = [{ id: 'a', label: 'A', cells: [5] }];
    const grid = new GridModel({
      columns: [MONEY, MONEY],
      rows: source,
      locale: FR,
      newRowId: () => 'x',
    });
    grid.setCell({ row: 0, col: 0 }, '7');
    expect(source[0]?.cells).toEqual([5]);
    expect(valuesOf(grid)).toEqual([[700, null]]);
  });

  it('reads the editor text exactly even when the display rounds', () => {
    const { grid } = makeGrid([PERCENT], [[0.123456]]);
    expect(grid.displayText(0, 0)).toMatch(/^12,35\s%$/u);
    expect(grid.editableText(0, 0)).toMatch(/^12,3456\s%$/u);
  });
});

describe('GridModel selection', () => {
  it('selects a cell, extends from the anchor, and keeps the active cell at the anchor', () => {
    const { grid } = budgetGrid();
    grid.select({ row: 1, col: 1 });
    grid.select({ row: 2, col: 3 }, { extend: true });
    expect(grid.selection).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(grid.active).toEqual({ row: 1, col: 1 });
    grid.select({ row: 0, col: 0 }, { extend: true });
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(grid.isSelected(0, 0)).toBe(true);
    expect(grid.isSelected(2, 2)).toBe(false);
  });

  it('clamps addresses and ranges to the grid', () => {
    const { grid } = budgetGrid();
    grid.select({ row: 99, col: -4 });
    expect(grid.active).toEqual({ row: 2, col: 0 });
    grid.selectRange({ top: -1, left: 1, bottom: 50, right: 50 });
    expect(grid.selection).toEqual({ top: 0, left: 1, bottom: 2, right: 3 });
    expect(grid.active).toEqual({ row: 0, col: 1 });
  });

  it('selects all without moving the active cell, and collapses back to it', () => {
    const { grid } = budgetGrid();
    grid.select({ row: 1, col: 2 });
    grid.selectAll();
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 2, right: 3 });
    expect(grid.active).toEqual({ row: 1, col: 2 });
    expect(grid.collapseSelection()).toBe(true);
    expect(grid.selection).toEqual({ top: 1, left: 2, bottom: 1, right: 2 });
    expect(grid.collapseSelection()).toBe(false);
  });

  it('bumps the version and tells listeners on a move, but not the data version', () => {
    const { grid } = budgetGrid();
    let heard = 0;
    const stop = grid.subscribe(() => (heard += 1));
    const { version, dataVersion } = grid;
    grid.select({ row: 1, col: 1 });
    grid.select({ row: 1, col: 1 });
    expect(heard).toBe(1);
    expect(grid.version).toBe(version + 1);
    expect(grid.dataVersion).toBe(dataVersion);
    stop();
    grid.select({ row: 2, col: 1 });
    expect(heard).toBe(1);
  });
});

describe('GridModel.setCell', () => {
  it('parses the text for its column and stores exact cents', () => {
    const { grid, changes } = budgetGrid();
    const result = grid.setCell({ row: 2, col: 1 }, '1 234,56');
    expect(result).toEqual({ ok: true, value: 123456 });
    expect(grid.value(2, 1)).toBe(123456);
    expect(changes).toEqual([
      {
        cause: 'do',
        command: 'edit',
        steps: [
          { kind: 'cells', cells: [{ row: 2, col: 1, rowId: 'r3', before: null, after: 123456 }] },
        ],
      },
    ]);
  });

  it('evaluates = arithmetic and reads percents in the locale', () => {
    const { grid } = budgetGrid();
    grid.setCell({ row: 2, col: 1 }, '=1200*3+450');
    grid.setCell({ row: 2, col: 2 }, '12,5');
    expect(grid.value(2, 1)).toBe(405000);
    expect(grid.value(2, 2)).toBe(0.125);
  });

  it.each([
    ['abc', MONEY, 'not-a-number'],
    ['-5', MONEY, 'negative'],
    ['1,5', INTEGER, 'not-an-integer'],
    ['=1/0', MONEY, 'division-by-zero'],
    ['=2*', MONEY, 'bad-expression'],
    ['Radio', CHOICE, 'not-a-choice'],
    ['12', TOTAL, 'read-only'],
  ] as const)('refuses "%s" in a %s column, leaving the cell unchanged', (text, column, code) => {
    const { grid, changes } = makeGrid([column], [[null]]);
    const result = grid.setCell({ row: 0, col: 0 }, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, input: text, column: column.label });
    expect(grid.value(0, 0)).toBeNull();
    expect(grid.canUndo).toBe(false);
    expect(changes).toEqual([]);
  });

  it('empties a cell with blank text, and records nothing when the value is unchanged', () => {
    const { grid } = budgetGrid();
    grid.setCell({ row: 0, col: 1 }, '1200');
    expect(grid.canUndo).toBe(false);
    grid.setCell({ row: 0, col: 1 }, '   ');
    expect(grid.value(0, 1)).toBeNull();
    expect(grid.canUndo).toBe(true);
  });

  it('is undone and redone, the selection returning to where the edit happened', () => {
    const { grid, changes } = budgetGrid();
    grid.setCell({ row: 1, col: 1 }, '600');
    grid.select({ row: 2, col: 0 });
    expect(grid.undo()).toBe(true);
    expect(grid.value(1, 1)).toBe(50000);
    expect(grid.active).toEqual({ row: 0, col: 0 });
    expect(grid.canRedo).toBe(true);
    expect(grid.redo()).toBe(true);
    expect(grid.value(1, 1)).toBe(60000);
    expect(changes.map((change) => change.cause)).toEqual(['do', 'undo', 'redo']);
    expect(changes[1]?.steps).toEqual([
      { kind: 'cells', cells: [{ row: 1, col: 1, rowId: 'r2', before: 60000, after: 50000 }] },
    ]);
    expect(grid.redo()).toBe(false);
  });

  it('forgets what was undone once a new edit is made', () => {
    const { grid } = budgetGrid();
    grid.setCell({ row: 0, col: 1 }, '1');
    grid.undo();
    grid.setCell({ row: 0, col: 1 }, '2');
    expect(grid.canRedo).toBe(false);
    expect(grid.redo()).toBe(false);
    expect(grid.value(0, 1)).toBe(200);
  });

  it('throws on an address outside the grid, a bug in the caller', () => {
    const { grid } = budgetGrid();
    expect(() => grid.setCell({ row: 3, col: 0 }, 'x')).toThrow(RangeError);
  });

  it('keeps only the last commands up to the history limit', () => {
    const { grid } = makeGrid([INTEGER], [[0]], { historyLimit: 2 });
    for (const text of ['1', '2', '3']) grid.setCell({ row: 0, col: 0 }, text);
    expect(grid.undo()).toBe(true);
    expect(grid.undo()).toBe(true);
    expect(grid.undo()).toBe(false);
    expect(grid.value(0, 0)).toBe(1);
  });
});

describe('GridModel.commitEdit', () => {
  it('stores the text then moves; a refused text neither stores nor moves', () => {
    const { grid } = budgetGrid();
    grid.select({ row: 0, col: 1 });
    expect(grid.commitEdit('oops', { direction: 'down', withinSelection: true }).ok).toBe(false);
    expect(grid.active).toEqual({ row: 0, col: 1 });
    expect(grid.commitEdit('10', { direction: 'down', withinSelection: true }).ok).toBe(true);
    expect(grid.value(0, 1)).toBe(1000);
    expect(grid.active).toEqual({ row: 1, col: 1 });
    grid.commitEdit('11', null);
    expect(grid.active).toEqual({ row: 1, col: 1 });
  });

  it('walks inside a multi-cell selection with Enter, and collapses it with an arrow', () => {
    const { grid } = budgetGrid();
    grid.selectRange({ top: 0, left: 1, bottom: 1, right: 2 });
    grid.commitEdit('1', { direction: 'down', withinSelection: true });
    expect(grid.active).toEqual({ row: 1, col: 1 });
    expect(grid.selection).toEqual({ top: 0, left: 1, bottom: 1, right: 2 });
    grid.commitEdit('2', { direction: 'right', withinSelection: false });
    expect(grid.selection).toEqual({ top: 1, left: 2, bottom: 1, right: 2 });
  });
});

describe('GridModel.clearSelection and cut', () => {
  it('empties the editable cells of the selection in one command, skipping computed ones', () => {
    const { grid, changes } = budgetGrid();
    grid.selectRange({ top: 0, left: 1, bottom: 1, right: 3 });
    grid.clearSelection();
    expect(valuesOf(grid)).toEqual([
      ['Salon professionnel', null, null, 120000],
      ['Radio locale', null, null, 50000],
      ['Emailing', null, null, 0],
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.command).toBe('clear');
    grid.undo();
    expect(valuesOf(grid)).toEqual(valuesOf(budgetGrid().grid));
    grid.redo();
    expect(grid.value(1, 2)).toBeNull();
  });

  it('records nothing when every selected cell is already empty', () => {
    const { grid } = budgetGrid();
    grid.selectRange({ top: 2, left: 1, bottom: 2, right: 2 });
    grid.clearSelection();
    expect(grid.canUndo).toBe(false);
  });

  it('cut copies the cells, then clears as one undoable command', () => {
    const { grid, changes } = budgetGrid();
    grid.selectRange({ top: 0, left: 0, bottom: 0, right: 1 });
    const payload = grid.cut();
    expect(payload.tsv).toBe('Salon professionnel\t1200,00\r\n');
    expect(payload.html).toContain('<td>Salon professionnel</td>');
    expect(grid.value(0, 0)).toBeNull();
    expect(grid.value(0, 1)).toBeNull();
    expect(changes.map((change) => change.command)).toEqual(['cut']);
    grid.undo();
    expect(grid.value(0, 1)).toBe(120000);
  });
});

describe('GridModel rows', () => {
  it('inserts empty rows with new ids, as one undoable command', () => {
    const { grid, changes } = budgetGrid();
    expect(grid.insertRows(1, 2)).toEqual(['new-1', 'new-2']);
    expect(rowIds(grid)).toEqual(['r1', 'new-1', 'new-2', 'r2', 'r3']);
    expect(valuesOf(grid)[1]).toEqual([null, null, null, null]);
    expect(grid.active.row).toBe(1);
    expect(changes[0]).toMatchObject({ cause: 'do', command: 'insert-rows' });
    expect(changes[0]?.steps[0]).toMatchObject({ kind: 'rows-inserted', at: 1 });
    grid.undo();
    expect(rowIds(grid)).toEqual(['r1', 'r2', 'r3']);
    expect(changes[1]?.steps[0]).toMatchObject({ kind: 'rows-deleted', at: 1 });
    grid.redo();
    expect(rowIds(grid)).toEqual(['r1', 'new-1', 'new-2', 'r2', 'r3']);
  });

  it('inserts at the end when asked past it, and ignores a count below one', () => {
    const { grid } = budgetGrid();
    expect(grid.insertRows(0, 0)).toEqual([]);
    grid.insertRows(99, 1);
    expect(rowIds(grid)).toEqual(['r1', 'r2', 'r3', 'new-1']);
  });

  it('deletes rows and brings them back, values included, on undo', () => {
    const { grid, changes } = budgetGrid();
    const before = valuesOf(grid);
    grid.select({ row: 2, col: 1 });
    grid.deleteRows(0, 2);
    expect(rowIds(grid)).toEqual(['r3']);
    expect(grid.active).toEqual({ row: 0, col: 1 });
    expect(changes[0]?.steps[0]).toMatchObject({ kind: 'rows-deleted', at: 0 });
    grid.undo();
    expect(valuesOf(grid)).toEqual(before);
    expect(rowIds(grid)).toEqual(['r1', 'r2', 'r3']);
    expect(grid.active).toEqual({ row: 2, col: 1 });
    grid.redo();
    expect(rowIds(grid)).toEqual(['r3']);
  });

  it('deletes every row and keeps working on an empty grid', () => {
    const { grid } = budgetGrid();
    grid.deleteRows(0, 10);
    expect(grid.rowCount).toBe(0);
    grid.move('down');
    grid.selectAll();
    grid.clearSelection();
    expect(grid.copy().tsv).toBe('');
    grid.undo();
    expect(grid.rowCount).toBe(3);
  });
});

describe('GridModel.sortBy', () => {
  const rows = [
    ['Radio', 5000, 0.1, null],
    ['affichage', null, 0.2, null],
    ['Cinéma', 12000, null, null],
    ['bus', 5000, 0.05, null],
  ];

  it('sorts numbers ascending with empty cells last, equal cells keeping their order', () => {
    const { grid } = makeGrid(BUDGET, rows);
    grid.sortBy(1, 'ascending');
    expect(rowIds(grid)).toEqual(['r1', 'r4', 'r3', 'r2']);
  });

  it('sorts descending with empty cells still last', () => {
    const { grid } = makeGrid(BUDGET, rows);
    grid.sortBy(2, 'descending');
    expect(rowIds(grid)).toEqual(['r2', 'r1', 'r4', 'r3']);
  });

  it('sorts text in the locale, ignoring case and accents', () => {
    const { grid } = makeGrid(BUDGET, rows);
    grid.sortBy(0, 'ascending');
    expect(rowIds(grid)).toEqual(['r2', 'r4', 'r3', 'r1']);
  });

  it('sorts choices by the label the user reads', () => {
    const { grid } = makeGrid([CHOICE], [['media'], ['hors-media'], [null]], { locale: EN });
    grid.sortBy(0, 'ascending');
    expect(rowIds(grid)).toEqual(['r2', 'r1', 'r3']);
  });

  it('is one command: undo restores the order, redo sorts again', () => {
    const { grid, changes } = makeGrid(BUDGET, rows);
    grid.sortBy(1, 'ascending');
    expect(changes[0]?.steps).toEqual([{ kind: 'rows-reordered', order: [0, 3, 2, 1] }]);
    grid.undo();
    expect(rowIds(grid)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(changes[1]?.steps).toEqual([{ kind: 'rows-reordered', order: [0, 3, 2, 1] }]);
    grid.redo();
    expect(rowIds(grid)).toEqual(['r1', 'r4', 'r3', 'r2']);
  });

  it('records nothing when the rows are already in order', () => {
    const { grid } = makeGrid([INTEGER], [[1], [2], [null]]);
    grid.sortBy(0, 'ascending');
    expect(grid.canUndo).toBe(false);
  });

  it('edits after a sort are undone at the right rows', () => {
    const { grid } = makeGrid([SIGNED], [[3], [1], [2]]);
    grid.sortBy(0, 'ascending');
    grid.setCell({ row: 0, col: 0 }, '9');
    grid.undo();
    grid.undo();
    expect(valuesOf(grid)).toEqual([[3], [1], [2]]);
  });
});

describe('GridModel updates from the caller', () => {
  it('writes computed cells without undo or onChange, and refuses editable ones', () => {
    const { grid, changes } = budgetGrid();
    const dataVersion = grid.dataVersion;
    grid.setComputed([{ row: 0, col: 3, value: 999 }]);
    expect(grid.value(0, 3)).toBe(999);
    expect(grid.dataVersion).toBe(dataVersion + 1);
    expect(grid.canUndo).toBe(false);
    expect(changes).toEqual([]);
    expect(() => grid.setComputed([{ row: 0, col: 1, value: 1 }])).toThrow(RangeError);
  });

  it('reloads rows, clearing the history and keeping the selection inside', () => {
    const { grid } = budgetGrid();
    grid.setCell({ row: 0, col: 1 }, '1');
    grid.select({ row: 2, col: 3 });
    grid.load([{ id: 'x', label: 'X', cells: ['Seul', 1, null, null] }]);
    expect(grid.rowCount).toBe(1);
    expect(grid.canUndo).toBe(false);
    expect(grid.active).toEqual({ row: 0, col: 3 });
  });

  it('shows values in a new locale', () => {
    const { grid } = budgetGrid();
    grid.setLocale(EN);
    expect(grid.displayText(0, 1)).toBe('1,200.00');
    expect(grid.setCell({ row: 0, col: 1 }, '1,234.5').ok).toBe(true);
    expect(grid.value(0, 1)).toBe(123450);
  });
});
