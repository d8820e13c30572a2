// Where a pasted block lands and what each of its cells means in its column. All or nothing:
// one refused cell refuses the paste, and every refusal is listed so the user can fix them all.
import { err, ok, type Result } from '../../domain/result';
import { parseCellInput } from './cell-input';
import type { RefusedCell } from './commands';
import { rangeHeight, rangeWidth } from './selection';
import type { CellRange, CellValue, GridColumn, GridLocale } from './types';

export type PasteError =
  /** The clipboard held no cell. */
  | { code: 'empty' }
  /**
   * The block does not fit: `needRows` and `needCols` count the rows and columns missing.
   * `canGrow` says whether pasting again with `growRows` would add the rows.
   */
  | { code: 'too-large'; needRows: number; needCols: number; canGrow: boolean }
  | { code: 'refused'; cells: RefusedCell[] };

export interface PastePlan {
  range: CellRange;
  /** Rows to add at the end of the grid before writing the values. */
  rowsToAdd: number;
  values: { row: number; col: number; value: CellValue }[];
}

export interface PasteInput {
  block: readonly (readonly string[])[];
  selection: CellRange;
  columns: readonly GridColumn[];
  rowCount: number;
  locale: GridLocale;
  /** The grid may gain rows at all (the model's `canGrowRows`). */
  canGrowRows: boolean;
  /** The user agreed to add the rows the block needs. */
  growRows: boolean;
}

/**
 * A block lands at the selection's top-left corner; when the selection is a larger multiple
 * of the block (a single value into a range, say), the block is repeated over it, as Excel does.
 */
export function pasteRange(height: number, width: number, selection: CellRange): CellRange {
  const rows = rangeHeight(selection);
  const cols = rangeWidth(selection);
  const tiles = rows % height === 0 && cols % width === 0 && rows * cols > height * width;
  return tiles
    ? { ...selection }
    : {
        top: selection.top,
        left: selection.left,
        bottom: selection.top + height - 1,
        right: selection.left + width - 1,
      };
}

export function planPaste(input: PasteInput): Result<PastePlan, PasteError> {
  const { block, columns, locale } = input;
  const height = block.length;
  // A loop, not Math.max(...block): spreading 200 000 rows would overflow the call stack.
  let width = 0;
  for (const line of block) width = Math.max(width, line.length);
  if (height === 0 || width === 0) return err({ code: 'empty' });
  const range = pasteRange(height, width, input.selection);
  const needRows = Math.max(0, range.bottom + 1 - input.rowCount);
  const needCols = Math.max(0, range.right + 1 - columns.length);
  const mayGrow = input.canGrowRows && needCols === 0;
  if (needCols > 0 || (needRows > 0 && !(mayGrow && input.growRows))) {
    return err({ code: 'too-large', needRows, needCols, canGrow: mayGrow });
  }
  const values: PastePlan['values'] = [];
  const refused: RefusedCell[] = [];
  for (let row = range.top; row <= range.bottom; row += 1) {
    const line = block[(row - range.top) % height] ?? [];
    for (let col = range.left; col <= range.right; col += 1) {
      const text = line[(col - range.left) % width];
      const column = columns[col];
      // A short line in a ragged block leaves the cells past its end as they are.
      if (text === undefined || column === undefined) continue;
      const parsed = parseCellInput(column, text, locale);
      if (parsed.ok) values.push({ row, col, value: parsed.value });
      else refused.push({ row, col, error: parsed.error });
    }
  }
  if (refused.length > 0) return err({ code: 'refused', cells: refused });
  return ok({ range, rowsToAdd: needRows, values });
}
