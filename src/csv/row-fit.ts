// Whether a data row can be read against its header at all, for the readers that refuse a
// whole row rather than guess (orders, leads, influencers): quotes that did not hold, or more
// filled cells than the header has (a delimiter inside an unquoted value shifts every cell
// after it). One check, so that the readers refuse the same rows for the same reasons.
import type { RowNote } from './parse';

/** Why a whole row is refused before its cells are read. */
export type RowFitProblem = 'unclosed-quote' | 'malformed-quotes' | 'long-row';

function hasFilledCellFrom(row: readonly string[], from: number): boolean {
  for (let i = from; i < row.length; i += 1) if ((row[i] ?? '').trim() !== '') return true;
  return false;
}

/**
 * The row's problem as a whole, or null when its cells can be read: its parse note first,
 * then a filled cell beyond the header's `width` (empty trailing cells are a spreadsheet's).
 */
export function rowFitProblem(
  row: readonly string[],
  note: RowNote | null,
  width: number,
): RowFitProblem | null {
  if (note) return note === 'unclosed-quote' ? 'unclosed-quote' : 'malformed-quotes';
  if (row.length > width && hasFilledCellFrom(row, width)) return 'long-row';
  return null;
}
