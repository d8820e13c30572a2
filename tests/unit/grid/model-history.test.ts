import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeTsv } from '../../../src/ui/grid/clipboard';
import type { GridChange } from '../../../src/ui/grid/commands';
import { fillTargetFor } from '../../../src/ui/grid/fill';
import type { GridModel } from '../../../src/ui/grid/model';
import type { CellValue, GridRow } from '../../../src/ui/grid/types';
import { CHOICE, INTEGER, MONEY, PERCENT, SIGNED, TEXT, TOTAL, makeGrid } from './model-fixtures';

const COLUMNS = [TEXT, MONEY, SIGNED, PERCENT, INTEGER, CHOICE, TOTAL];
const WIDTH = COLUMNS.length;

/** Texts a user types or pastes: valid for some columns, refused by others. */
const typed = fc.constantFrom(
  '12',
  '=2*3,5',
  'abc',
  '',
  '-5',
  '3,5',
  'Média',
  '0,1',
  '1 234,56',
  'x\ty',
  '"Salon"\nParis',
);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 100_000 }),
);

const index = fc.nat({ max: 12 });

const operation = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    row: index,
    col: fc.nat({ max: WIDTH - 1 }),
    text: typed,
  }),
  fc.record({ op: fc.constant('select' as const), row: index, col: index, extend: fc.boolean() }),
  fc.record({ op: fc.constant('clear' as const) }),
  fc.record({ op: fc.constant('cut' as const) }),
  fc.record({ op: fc.constant('fill-down' as const) }),
  fc.record({ op: fc.constant('fill-right' as const) }),
  fc.record({ op: fc.constant('fill-to' as const), row: index, col: index }),
  fc.record({
    op: fc.constant('insert' as const),
    at: index,
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    at: index,
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    op: fc.constant('sort' as const),
    col: fc.nat({ max: WIDTH - 1 }),
    direction: fc.constantFrom('ascending' as const, 'descending' as const),
  }),
  fc.record({
    op: fc.constant('paste' as const),
    block: fc.array(fc.array(typed, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
    grow: fc.boolean(),
  }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({ op: fc.constant('redo' as const) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function run(grid: GridModel, operation: Operation): void {
  switch (operation.op) {
    case 'set':
      if (operation.row < grid.rowCount) grid.setCell(operation, operation.text);
      return;
    case 'select':
      grid.select(operation, { extend: operation.extend });
      return;
    case 'clear':
      grid.clearSelection();
      return;
    case 'cut':
      grid.cut();
      return;
    case 'fill-down':
      grid.fillDown();
      return;
    case 'fill-right':
      grid.fillRight();
      return;
    case 'fill-to': {
      const pointer = {
        row: Math.min(operation.row, grid.rowCount - 1),
        col: Math.min(operation.col, WIDTH - 1),
      };
      grid.fillTo(fillTargetFor(grid.selection, pointer));
      return;
    }
    case 'insert':
      grid.insertRows(operation.at, operation.count);
      return;
    case 'delete':
      grid.deleteRows(operation.at, operation.count);
      return;
    case 'sort':
      grid.sortBy(operation.col, operation.direction);
      return;
    case 'paste':
      grid.paste(serializeTsv(operation.block), { growRows: operation.grow });
      return;
    case 'undo':
      grid.undo();
      return;
    case 'redo':
      grid.redo();
      return;
  }
}

function snapshot(grid: GridModel): GridRow[] {
  return Array.from({ length: grid.rowCount }, (_, row) => {
    const { id, label, cells } = grid.row(row);
    return { id, label, cells: [...cells] };
  });
}

/**
 * A caller that knows the grid only through onChange, as the planner will: it checks each
 * change's `before` against what it holds, then applies the change.
 */
function mirror(rows: GridRow[], change: GridChange): void {
  for (const step of change.steps) {
    switch (step.kind) {
      case 'cells':
        for (const cell of step.cells) {
          const row = rows[cell.row];
          expect(row?.id).toBe(cell.rowId);
          expect(row?.cells[cell.col]).toBe(cell.before);
          if (row) row.cells[cell.col] = cell.after;
        }
        break;
      case 'rows-inserted':
        rows.splice(step.at, 0, ...step.rows.map((row) => ({ ...row, cells: [...row.cells] })));
        break;
      case 'rows-deleted':
        expect(rows.slice(step.at, step.at + step.rows.length)).toEqual(step.rows);
        rows.splice(step.at, step.rows.length);
        break;
      case 'rows-reordered': {
        const before = rows.slice();
        expect([...step.order].sort((a, b) => a - b)).toEqual(before.map((_, i) => i));
        step.order.forEach((from, to) => {
          const row = before[from];
          if (row) rows[to] = row;
        });
        break;
      }
    }
  }
}

const start = fc.array(fc.array(cellValue, { minLength: WIDTH, maxLength: WIDTH }), {
  minLength: 0,
  maxLength: 8,
});

describe('undo and redo (property)', () => {
  it('undoing every command restores the start exactly; redoing them gives the end', () => {
    fc.assert(
      fc.property(start, fc.array(operation, { maxLength: 25 }), (values, operations) => {
        const { grid, changes } = makeGrid(COLUMNS, values, { canGrowRows: true });
        const initial = snapshot(grid);
        const heard = snapshot(grid);
        for (const operation of operations) {
          const before = changes.length;
          run(grid, operation);
          // Each user action is at most one command, reported once.
          expect(changes.length - before).toBeLessThanOrEqual(1);
          for (const change of changes.slice(before)) mirror(heard, change);
          const { top, left, bottom, right } = grid.selection;
          expect(top >= 0 && left >= 0 && right < WIDTH).toBe(true);
          expect(bottom < Math.max(1, grid.rowCount)).toBe(true);
        }
        const end = snapshot(grid);
        expect(heard).toEqual(end);

        let undone = 0;
        while (grid.undo()) undone += 1;
        expect(snapshot(grid)).toEqual(initial);
        for (let i = 0; i < undone; i += 1) expect(grid.redo()).toBe(true);
        expect(snapshot(grid)).toEqual(end);
        for (const change of changes.slice(changes.length - 2 * undone)) mirror(heard, change);
        expect(heard).toEqual(end);
      }),
      { numRuns: 300 },
    );
  });
});

describe('undo of each command', () => {
  const values: CellValue[][] = [
    ['Salon', 1000, 5, 0.1, 3, 'media', 7],
    ['Radio', null, -5, null, 1, 'hors-media', 8],
    [null, 300, null, 0.2, null, null, 9],
  ];

  it.each<[string, (grid: GridModel) => void]>([
    ['setCell', (grid) => grid.setCell({ row: 1, col: 1 }, '42')],
    [
      'clearSelection',
      (grid) => {
        grid.selectAll();
        grid.clearSelection();
      },
    ],
    [
      'cut',
      (grid) => {
        grid.selectRange({ top: 0, left: 0, bottom: 1, right: 6 });
        grid.cut();
      },
    ],
    [
      'fillDown',
      (grid) => {
        grid.selectAll();
        grid.fillDown();
      },
    ],
    [
      'fillRight',
      (grid) => {
        grid.selectRange({ top: 0, left: 1, bottom: 2, right: 2 });
        grid.fillRight();
      },
    ],
    [
      'fillTo (a series 5, -5 → -15)',
      (grid) => {
        grid.selectRange({ top: 0, left: 2, bottom: 1, right: 2 });
        grid.fillTo({ top: 0, left: 2, bottom: 2, right: 2 });
      },
    ],
    ['insertRows', (grid) => grid.insertRows(1, 2)],
    ['deleteRows', (grid) => grid.deleteRows(0, 2)],
    ['sortBy', (grid) => grid.sortBy(2, 'ascending')],
    [
      'paste, growing the grid',
      (grid) => {
        grid.select({ row: 2, col: 0 });
        grid.paste('TV\t1\nWeb\t2\n', { growRows: true });
      },
    ],
  ])('%s is undone and redone in one step', (_, act) => {
    const { grid } = makeGrid(COLUMNS, values, { canGrowRows: true });
    const initial = snapshot(grid);
    act(grid);
    const done = snapshot(grid);
    expect(done).not.toEqual(initial);
    expect(grid.undo()).toBe(true);
    expect(snapshot(grid)).toEqual(initial);
    expect(grid.canUndo).toBe(false);
    expect(grid.redo()).toBe(true);
    expect(snapshot(grid)).toEqual(done);
    expect(grid.canRedo).toBe(false);
  });
});
