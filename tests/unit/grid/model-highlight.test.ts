// Rows shown together (the channels a matrix figure sums): highlighted even when they are not
// adjacent, with the range spanning them selected, until the user moves the selection.
import { describe, expect, it } from 'vitest';
import { MONEY, MONEY_2, TEXT, makeGrid } from './model-fixtures';

function grid() {
  return makeGrid(
    [TEXT, MONEY, MONEY_2],
    ['Presse', 'Radio', 'Salon', 'Pop-up', 'Sampling'].map((name) => [name, null, null]),
  ).grid;
}

const highlighted = (g: ReturnType<typeof grid>) =>
  Array.from({ length: g.rowCount }, (_, row) => row).filter((row) => g.isHighlighted(row));

describe('GridModel.highlightRows', () => {
  it('highlights rows that are not adjacent and selects every row between the first and last', () => {
    const g = grid();
    g.highlightRows([3, 1]);
    expect(highlighted(g)).toEqual([1, 3]);
    expect(g.selection).toEqual({ top: 1, left: 0, bottom: 3, right: 2 });
    expect(g.active).toEqual({ row: 1, col: 0 });
  });

  it('keeps the highlight on the same channels when rows are reloaded in another order', () => {
    const g = grid();
    g.highlightRows([1, 3]);
    const rows = Array.from({ length: g.rowCount }, (_, i) => g.row(i));
    g.load([rows[0]!, rows[3]!, rows[2]!, rows[1]!, rows[4]!]);
    // Radio and Pop-up swapped places: they are still the two highlighted.
    expect(highlighted(g).map((row) => g.value(row, 0))).toEqual(['Pop-up', 'Radio']);
  });

  it('drops the highlight once the user moves the selection', () => {
    const g = grid();
    g.highlightRows([0, 4]);
    g.move('right');
    expect(highlighted(g)).toEqual([]);
  });

  it('ignores rows the grid does not have', () => {
    const g = grid();
    g.highlightRows([7, -1]);
    expect(highlighted(g)).toEqual([]);
    expect(g.active).toEqual({ row: 0, col: 0 });
  });
});
