// A refusal as the grid shows it: the sentence, the cell it is shown beside, and the cells it
// marks. A refused value stays marked until a value is accepted there (or Escape); a notice
// (a computed cell, an empty clipboard) goes with the next action. Pure: the controller holds it.
import type { GridNavigator } from './navigation';
import { rangeContains } from './selection';
import type { CellAddress, CellRange, CellValue } from './types';

export interface RefusalMark {
  row: number;
  col: number;
  /** The row's id, so that a mark does not move to another row when rows are reloaded. */
  rowId: string;
  /** What the cell held when the input was refused: any other value was accepted there. */
  value: CellValue;
}

export interface Refusal {
  text: string;
  /** The cell the sentence is shown beside. */
  anchor: CellAddress;
  marks: readonly RefusalMark[];
  /** True for a refused value (kept until fixed), false for a notice. */
  lasting: boolean;
}

export function refusalAt(
  grid: GridNavigator,
  text: string,
  cells: readonly CellAddress[],
  lasting: boolean,
): Refusal {
  const marks = cells
    .filter(({ row, col }) => row >= 0 && row < grid.rowCount && col >= 0 && col < grid.columnCount)
    .map(({ row, col }) => ({ row, col, rowId: grid.row(row).id, value: grid.value(row, col) }));
  const first = marks[0];
  const anchor = first ? { row: first.row, col: first.col } : grid.active;
  return { text, anchor, marks, lasting };
}

/** Fewer marks: the sentence moves beside the first cell still refused. */
function withMarks(refusal: Refusal, marks: readonly RefusalMark[]): Refusal {
  const first = marks[0];
  return { ...refusal, marks, anchor: first ? { row: first.row, col: first.col } : refusal.anchor };
}

function standing(grid: GridNavigator, mark: RefusalMark): boolean {
  return (
    mark.row < grid.rowCount &&
    grid.row(mark.row).id === mark.rowId &&
    Object.is(grid.value(mark.row, mark.col), mark.value)
  );
}

export function isMarked(
  refusal: Refusal | null,
  grid: GridNavigator,
  row: number,
  col: number,
): boolean {
  if (refusal === null) return false;
  return refusal.marks.some((mark) => mark.row === row && mark.col === col && standing(grid, mark));
}

/** The refusal still to show: a refused value whose cells all got a value is gone. */
export function standingRefusal(refusal: Refusal | null, grid: GridNavigator): Refusal | null {
  if (refusal === null || !refusal.lasting) return refusal;
  const marks = refusal.marks.filter((mark) => standing(grid, mark));
  if (marks.length === 0) return null;
  return marks.length === refusal.marks.length ? refusal : withMarks(refusal, marks);
}

/** After a value was accepted in `range`: its cells are fixed, and a notice has been read. */
export function acceptedIn(refusal: Refusal | null, range: CellRange): Refusal | null {
  if (refusal === null || !refusal.lasting) return null;
  const marks = refusal.marks.filter((mark) => !rangeContains(range, mark));
  return marks.length === 0 ? null : withMarks(refusal, marks);
}
