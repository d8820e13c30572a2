// The order of rows sorted by one column, as a permutation the sort command can store and undo.
// Empty cells go last in both directions, as in Excel; equal cells keep their order.
import type { CellValue, GridColumn, GridRow } from './types';

export type SortDirection = 'ascending' | 'descending';

function sortKey(column: GridColumn, value: CellValue): CellValue {
  // A choice sorts by the label the user reads, not by its stored code.
  if (column.type !== 'choice' || typeof value !== 'string') return value;
  return column.choices?.find((choice) => choice.value === value)?.label ?? value;
}

function compareFilled(a: string | number, b: string | number, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  // Numbers before text, as Excel sorts a mixed column.
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a, b);
}

/** `order[i]` is the index of the row that goes to position i. */
export function sortOrder(
  rows: readonly GridRow[],
  col: number,
  column: GridColumn,
  direction: SortDirection,
  locale: string,
): number[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  const keys = rows.map((row) => sortKey(column, row.cells[col] ?? null));
  return keys
    .map((_, index) => index)
    .sort((i, j) => {
      const a = keys[i] ?? null;
      const b = keys[j] ?? null;
      if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
      return sign * compareFilled(a, b, collator);
    });
}
