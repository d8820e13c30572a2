import { describe, expect, it } from 'vitest';
import { fillTargetFor, lineFill } from '../../../src/ui/grid/fill';
import type { CellValue, GridColumn } from '../../../src/ui/grid/types';
import {
  CHOICE,
  INTEGER,
  MONEY,
  MONEY_2,
  PERCENT,
  SIGNED,
  TEXT,
  TOTAL,
  makeGrid,
  valuesOf,
} from './model-fixtures';

/** A one-column grid holding `source` at the top, then `extra` empty rows. */
function column(type: GridColumn, source: CellValue[], extra: number) {
  return makeGrid(
    [type],
    [...source, ...new Array<CellValue>(extra).fill(null)].map((value) => [value]),
  );
}

function columnValues(values: CellValue[][]): CellValue[] {
  return values.map((row) => row[0] ?? null);
}

/** Selects the source rows and drags the fill handle down to the last row. */
function dragDown(type: GridColumn, source: CellValue[], extra: number) {
  const fixture = column(type, source, extra);
  const { grid } = fixture;
  grid.selectRange({ top: 0, left: 0, bottom: source.length - 1, right: 0 });
  const result = grid.fillTo({ top: 0, left: 0, bottom: grid.rowCount - 1, right: 0 });
  return { ...fixture, result };
}

describe('the fill handle continues a numeric series', () => {
  it.each([
    ['1, 2 → 3, 4, 5', INTEGER, [1, 2], 3, [1, 2, 3, 4, 5]],
    ['100, 90 → 80', INTEGER, [100, 90], 1, [100, 90, 80]],
    ['5, 10, 15 → 20, 25', INTEGER, [5, 10, 15], 2, [5, 10, 15, 20, 25]],
    [
      'money cents: 10,50 €, 11,00 € → 11,50 €, 12,00 €',
      MONEY,
      [1050, 1100],
      2,
      [1050, 1100, 1150, 1200],
    ],
    ['money odd cents: 0,01 €, 0,04 € → 0,07 €', MONEY, [1, 4], 1, [1, 4, 7]],
    ['percents exactly: 10 %, 20 % → 30 %, 40 %', PERCENT, [0.1, 0.2], 2, [0.1, 0.2, 0.3, 0.4]],
    ['3,5 %, 7 % → 10,5 %', PERCENT, [0.035, 0.07], 1, [0.035, 0.07, 0.105]],
    ['a constant pair repeats: 7, 7 → 7', INTEGER, [7, 7], 1, [7, 7, 7]],
  ] as const)('%s', (_, type, source, extra, expected) => {
    const { grid, result } = dragDown(type, [...source], extra);
    expect(result.ok).toBe(true);
    expect(columnValues(valuesOf(grid))).toEqual(expected);
  });

  it('goes below zero only where the column allows negatives', () => {
    const { grid, result } = dragDown(SIGNED, [200, 100], 2);
    expect(result.ok).toBe(true);
    expect(columnValues(valuesOf(grid))).toEqual([200, 100, 0, -100]);
  });

  it('refuses a series that turns negative in a column that does not allow it, listing each cell', () => {
    const { grid, result, changes } = dragDown(MONEY, [200, 100], 3);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'refused',
        cells: [
          { row: 3, col: 0, error: { code: 'negative', column: 'Janvier 2026' } },
          { row: 4, col: 0, error: { code: 'negative' } },
        ],
      },
    });
    expect(columnValues(valuesOf(grid))).toEqual([200, 100, null, null, null]);
    expect(changes).toEqual([]);
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 1, right: 0 });
  });

  it('continues upwards when dragged above the source', () => {
    const { grid } = column(INTEGER, [null, null, 3, 4], 0);
    grid.selectRange({ top: 2, left: 0, bottom: 3, right: 0 });
    expect(grid.fillTo({ top: 0, left: 0, bottom: 3, right: 0 }).ok).toBe(true);
    expect(columnValues(valuesOf(grid))).toEqual([1, 2, 3, 4]);
  });

  it('continues along a row of months, each row with its own step', () => {
    const months = [MONEY, MONEY_2, { ...MONEY, id: 'mar' }, { ...MONEY, id: 'apr' }];
    const { grid } = makeGrid(months, [
      [100, 200, null, null],
      [500, 500, null, null],
    ]);
    grid.selectRange({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(grid.fillTo({ top: 0, left: 0, bottom: 1, right: 3 }).ok).toBe(true);
    expect(valuesOf(grid)).toEqual([
      [100, 200, 300, 400],
      [500, 500, 500, 500],
    ]);
  });
});

describe('the fill handle copies what is not a series', () => {
  it.each([
    ['a single number', INTEGER, [5], 2, [5, 5, 5]],
    ['uneven steps repeat the source', INTEGER, [1, 2, 4], 2, [1, 2, 4, 1, 2]],
    ['text', TEXT, ['Salon'], 2, ['Salon', 'Salon', 'Salon']],
    ['a text pattern', TEXT, ['a', 'b'], 3, ['a', 'b', 'a', 'b', 'a']],
    ['numbers around an empty cell', INTEGER, [1, null, 3], 2, [1, null, 3, 1, null]],
    ['choices', CHOICE, ['media', 'hors-media'], 1, ['media', 'hors-media', 'media']],
  ] as const)('%s', (_, type, source, extra, expected) => {
    const { grid, result } = dragDown(type, [...source], extra);
    expect(result.ok).toBe(true);
    expect(columnValues(valuesOf(grid))).toEqual(expected);
  });

  it('repeats the pattern upwards aligned with the source, as Excel does', () => {
    const { grid } = column(TEXT, [null, null, null, 'a', 'b'], 0);
    grid.selectRange({ top: 3, left: 0, bottom: 4, right: 0 });
    grid.fillTo({ top: 0, left: 0, bottom: 4, right: 0 });
    expect(columnValues(valuesOf(grid))).toEqual(['b', 'a', 'b', 'a', 'b']);
  });
});

describe('fillTo as a command', () => {
  it('selects the filled range, reports one change, and is undone in one step', () => {
    const { grid, changes } = column(INTEGER, [1, 2], 3);
    grid.selectRange({ top: 0, left: 0, bottom: 1, right: 0 });
    const result = grid.fillTo({ top: 0, left: 0, bottom: 4, right: 0 });
    expect(result).toEqual({ ok: true, value: { top: 0, left: 0, bottom: 4, right: 0 } });
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 4, right: 0 });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ cause: 'do', command: 'fill' });
    expect(changes[0]?.steps[0]).toMatchObject({ kind: 'cells', cells: { length: 3 } });
    grid.undo();
    expect(columnValues(valuesOf(grid))).toEqual([1, 2, null, null, null]);
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 1, right: 0 });
    grid.redo();
    expect(columnValues(valuesOf(grid))).toEqual([1, 2, 3, 4, 5]);
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 4, right: 0 });
  });

  it('leaves computed cells in the target alone', () => {
    const { grid } = makeGrid(
      [INTEGER, TOTAL, INTEGER],
      [
        [4, 10, 4],
        [null, 20, null],
      ],
    );
    grid.selectRange({ top: 0, left: 0, bottom: 0, right: 2 });
    grid.fillTo({ top: 0, left: 0, bottom: 1, right: 2 });
    expect(valuesOf(grid)[1]).toEqual([4, 20, 4]);
  });

  it.each([
    ['grown on two sides', { top: 0, left: 0, bottom: 3, right: 1 }],
    ['not containing the source', { top: 2, left: 0, bottom: 3, right: 0 }],
    ['leaving the grid', { top: 0, left: 0, bottom: 9, right: 0 }],
  ])('refuses a target %s', (_, target) => {
    const { grid } = column(INTEGER, [1, 2], 2);
    grid.selectRange({ top: 0, left: 0, bottom: 1, right: 0 });
    expect(grid.fillTo(target)).toEqual({ ok: false, error: { code: 'bad-fill-target' } });
    expect(grid.canUndo).toBe(false);
  });

  it('does nothing when the target is the selection itself', () => {
    const { grid } = column(INTEGER, [1, 2], 2);
    grid.selectRange({ top: 0, left: 0, bottom: 1, right: 0 });
    expect(grid.fillTo({ top: 0, left: 0, bottom: 1, right: 0 }).ok).toBe(true);
    expect(grid.canUndo).toBe(false);
  });
});

describe('fillDown (Ctrl+D) and fillRight (Ctrl+R)', () => {
  it('copies the top row of the selection down, never as a series', () => {
    const { grid } = makeGrid(
      [INTEGER, TEXT],
      [
        [1, 'a'],
        [2, 'b'],
        [null, null],
      ],
    );
    grid.selectRange({ top: 0, left: 0, bottom: 2, right: 1 });
    expect(grid.fillDown().ok).toBe(true);
    expect(valuesOf(grid)).toEqual([
      [1, 'a'],
      [1, 'a'],
      [1, 'a'],
    ]);
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
    grid.undo();
    expect(valuesOf(grid)[1]).toEqual([2, 'b']);
  });

  it('on a one-row selection, copies the row above; on the first row does nothing', () => {
    const { grid } = makeGrid([INTEGER], [[8], [null]]);
    grid.select({ row: 1, col: 0 });
    grid.fillDown();
    expect(grid.value(1, 0)).toBe(8);
    grid.select({ row: 0, col: 0 });
    expect(grid.fillDown().ok).toBe(true);
    expect(grid.value(0, 0)).toBe(8);
  });

  it('copies the left column right, reading the value again in a column of another type', () => {
    const { grid } = makeGrid([INTEGER, MONEY, TEXT], [[12, null, null]]);
    grid.selectRange({ top: 0, left: 0, bottom: 0, right: 2 });
    expect(grid.fillRight().ok).toBe(true);
    expect(valuesOf(grid)).toEqual([[12, 1200, '12']]);
  });

  it('on a one-column selection, copies the column to its left; on the first column does nothing', () => {
    const { grid } = makeGrid([MONEY, MONEY_2], [[450, null]]);
    grid.select({ row: 0, col: 1 });
    grid.fillRight();
    expect(grid.value(0, 1)).toBe(450);
    grid.select({ row: 0, col: 0 });
    expect(grid.fillRight().ok).toBe(true);
    expect(grid.canUndo).toBe(true);
    grid.undo();
    expect(grid.canUndo).toBe(false);
  });

  it('copies a computed value into an editable column as the text it shows', () => {
    const { grid } = makeGrid([TOTAL, MONEY], [[1234, null]]);
    grid.selectRange({ top: 0, left: 0, bottom: 0, right: 1 });
    grid.fillRight();
    expect(grid.displayText(0, 0)).toBe('1234');
    expect(grid.value(0, 1)).toBe(123400);
  });
});

describe('fill helpers', () => {
  it('drags constrain to the axis the pointer went further along', () => {
    const selection = { top: 2, left: 2, bottom: 3, right: 3 };
    expect(fillTargetFor(selection, { row: 8, col: 4 })).toEqual({ ...selection, bottom: 8 });
    expect(fillTargetFor(selection, { row: 4, col: 9 })).toEqual({ ...selection, right: 9 });
    expect(fillTargetFor(selection, { row: 0, col: 2 })).toEqual({ ...selection, top: 0 });
    expect(fillTargetFor(selection, { row: 2, col: 0 })).toEqual({ ...selection, left: 0 });
    expect(fillTargetFor(selection, { row: 3, col: 3 })).toEqual(selection);
  });

  it('never shows binary noise in a decimal series', () => {
    const fill = lineFill([0.1, 0.2]);
    expect(fill.series).toBe(true);
    expect([2, 3, 6, -1].map(fill.at)).toEqual([0.3, 0.4, 0.7, 0]);
    expect(Object.is(lineFill([2, 1]).at(2), 0)).toBe(true);
  });

  it('gives up a series past the safe integers, so that the column refuses it', () => {
    const fill = lineFill([Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER]);
    expect(fill.at(1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(fill.at(2)).toBeNaN();
  });
});
