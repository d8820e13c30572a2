// Which rows and columns of the grid are inside the scrolled viewport: only those are put in
// the DOM, so a 200 × 60 grid costs what its visible window costs.

export interface Span {
  /** First index rendered (inclusive). */
  start: number;
  /** One past the last index rendered. */
  end: number;
}

/** Cumulative left edges of columns: offsets[i] is where column i starts; the last is the total. */
export function columnOffsets(widths: readonly number[]): Float64Array {
  const offsets = new Float64Array(widths.length + 1);
  for (let i = 0; i < widths.length; i++) offsets[i + 1] = offsets[i]! + widths[i]!;
  return offsets;
}

/** Rows of a fixed height visible between scrollTop and scrollTop + height, plus overscan. */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 3,
): Span {
  if (rowCount === 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight);
  return {
    start: Math.max(0, Math.min(rowCount - 1, first - overscan)),
    end: Math.min(rowCount, last + overscan),
  };
}

/** The first column whose right edge is past x (binary search over the offsets). */
function columnAt(offsets: Float64Array, x: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1]! <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Columns of varying widths visible between scrollLeft and scrollLeft + width, plus overscan. */
export function visibleColumns(
  scrollLeft: number,
  viewportWidth: number,
  offsets: Float64Array,
  overscan = 1,
): Span {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = columnAt(offsets, Math.max(0, scrollLeft));
  const last = columnAt(offsets, Math.max(0, scrollLeft + viewportWidth - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/** The scroll position that brings a span [start, end) into a viewport, or null if it is in. */
export function scrollToReveal(
  start: number,
  end: number,
  scroll: number,
  viewport: number,
): number | null {
  if (start < scroll) return start;
  if (end > scroll + viewport) return Math.max(0, end - viewport);
  return null;
}

/** The indices of a span, for keyed {#each} blocks. */
export function indicesOf(span: Span): number[] {
  const out: number[] = [];
  for (let i = span.start; i < span.end; i++) out.push(i);
  return out;
}

export interface MessageAnchor {
  /** The cell's box in the viewport, past the frozen header and first column. */
  cellTop: number;
  cellBottom: number;
  cellLeft: number;
  /** Where the rows' area ends and begins (above the frozen totals, below the header). */
  bodyTop: number;
  bodyBottom: number;
  viewportWidth: number;
  messageWidth: number;
  /** Room a two-line message needs under the cell. */
  messageHeight: number;
}

/**
 * Where a message about a cell goes: just under the cell, or just over it (`above`, the view
 * then shifts it up by its own height) when the rows' area ends too soon; always inside the
 * viewport, so that it is seen without scrolling.
 */
export function messagePlacement(anchor: MessageAnchor): {
  top: number;
  left: number;
  above: boolean;
} {
  const { cellTop, cellBottom, bodyTop, bodyBottom } = anchor;
  const above = cellBottom + anchor.messageHeight > bodyBottom && cellTop > bodyTop;
  const top = Math.max(bodyTop, Math.min(above ? cellTop : cellBottom, bodyBottom));
  const left = Math.max(0, Math.min(anchor.cellLeft, anchor.viewportWidth - anchor.messageWidth));
  return { top, left, above };
}
