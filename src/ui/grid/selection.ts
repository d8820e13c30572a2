// Geometry of the grid's selection, with no state: ranges from two corners, clamping, Excel's
// moves inside a multi-cell selection (Enter, Tab) and its Ctrl+arrow jump to the edge of data.
import type { CellAddress, CellRange, CellValue, GridRow } from './types';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The selection as Excel keeps it: the corner a Shift-extension started from, the moving
 * corner, and the active cell (the anchor, except while Enter/Tab walk inside the range). */
export interface SelectionState {
  anchor: CellAddress;
  focus: CellAddress;
  active: CellAddress;
}

const STEPS: Record<Direction, { dr: number; dc: number }> = {
  up: { dr: -1, dc: 0 },
  down: { dr: 1, dc: 0 },
  left: { dr: 0, dc: -1 },
  right: { dr: 0, dc: 1 },
};

export function stepOf(direction: Direction): { dr: number; dc: number } {
  return STEPS[direction];
}

export function rangeOf(a: CellAddress, b: CellAddress): CellRange {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeContains(range: CellRange, addr: CellAddress): boolean {
  return (
    addr.row >= range.top &&
    addr.row <= range.bottom &&
    addr.col >= range.left &&
    addr.col <= range.right
  );
}

export function rangeHeight(range: CellRange): number {
  return range.bottom - range.top + 1;
}

export function rangeWidth(range: CellRange): number {
  return range.right - range.left + 1;
}

export function isSingleCell(range: CellRange): boolean {
  return range.top === range.bottom && range.left === range.right;
}

/** Keeps an address inside the grid; an empty grid still answers row 0, as Excel's A1. */
export function clampAddress(addr: CellAddress, rowCount: number, colCount: number): CellAddress {
  return {
    row: Math.max(0, Math.min(addr.row, rowCount - 1)),
    col: Math.max(0, Math.min(addr.col, colCount - 1)),
  };
}

export function clampSelection(
  state: SelectionState,
  rowCount: number,
  colCount: number,
): SelectionState {
  return {
    anchor: clampAddress(state.anchor, rowCount, colCount),
    focus: clampAddress(state.focus, rowCount, colCount),
    active: clampAddress(state.active, rowCount, colCount),
  };
}

export function collapsedAt(addr: CellAddress): SelectionState {
  return { anchor: { ...addr }, focus: { ...addr }, active: { ...addr } };
}

/**
 * Enter and Tab inside a multi-cell selection walk its cells without losing it, as Excel does:
 * Enter goes down the column then on to the top of the next one, Tab along the row then on to
 * the next row; both wrap from the last cell to the first, and Shift walks backwards.
 */
export function nextInRange(
  range: CellRange,
  from: CellAddress,
  direction: Direction,
): CellAddress {
  const height = rangeHeight(range);
  const width = rangeWidth(range);
  const total = height * width;
  const vertical = direction === 'up' || direction === 'down';
  const forward = direction === 'down' || direction === 'right';
  const r = from.row - range.top;
  const c = from.col - range.left;
  const index = vertical ? c * height + r : r * width + c;
  const next = (((index + (forward ? 1 : -1)) % total) + total) % total;
  return vertical
    ? { row: range.top + (next % height), col: range.left + Math.floor(next / height) }
    : { row: range.top + Math.floor(next / width), col: range.left + (next % width) };
}

/**
 * Ctrl+arrow as in Excel: inside a block of filled cells, go to its last cell; otherwise go to
 * the next filled cell in that direction, or to the grid's edge when there is none.
 */
export function edgeOfData(
  isFilled: (row: number, col: number) => boolean,
  from: CellAddress,
  direction: Direction,
  rowCount: number,
  colCount: number,
): CellAddress {
  const { dr, dc } = STEPS[direction];
  const inside = (row: number, col: number) =>
    row >= 0 && row < rowCount && col >= 0 && col < colCount;
  let row = from.row;
  let col = from.col;
  if (!inside(row + dr, col + dc)) return { row, col };
  if (isFilled(row, col) && isFilled(row + dr, col + dc)) {
    while (inside(row + dr, col + dc) && isFilled(row + dr, col + dc)) {
      row += dr;
      col += dc;
    }
    return { row, col };
  }
  row += dr;
  col += dc;
  while (!isFilled(row, col) && inside(row + dr, col + dc)) {
    row += dr;
    col += dc;
  }
  return { row, col };
}

/** Ctrl+End: the last row holding data crossed with the last column holding data. */
export function lastDataCell(rows: readonly GridRow[]): CellAddress {
  let lastRow = 0;
  let lastCol = 0;
  rows.forEach((row, index) => {
    row.cells.forEach((value: CellValue, col) => {
      if (value === null) return;
      lastRow = index;
      if (col > lastCol) lastCol = col;
    });
  });
  return { row: lastRow, col: lastCol };
}
