// What the fill handle and Ctrl+D / Ctrl+R put in each cell: a numeric series continued when the
// source steps evenly (1, 2 → 3, 4), otherwise the source repeated, as Excel does. No state.
import { err, ok, type Result } from '../../domain/result';
import { editableText, parseCellInput } from './cell-input';
import type { RefusedCell } from './commands';
import { isReadOnlyColumn } from './navigation';
import { rangeContains, type Direction } from './selection';
import type {
  CellAddress,
  CellInputError,
  CellRange,
  CellValue,
  GridColumn,
  GridLocale,
} from './types';

export type FillError =
  /** Some cells would get a value their column refuses (a series going negative, say). */
  | { code: 'refused'; cells: RefusedCell[] }
  /** The fill handle's target is not the selection grown on one side, or leaves the grid. */
  | { code: 'bad-fill-target' };

/** One line of a fill (a column when filling up or down, a row otherwise). */
export interface LineFill {
  /** True when the values continue an arithmetic series rather than repeat the source. */
  series: boolean;
  /** The value at `offset` cells from the first source cell, along the grid's order. */
  at: (offset: number) => CellValue;
}

// Beyond this many decimals a step is noise from an earlier computation, not a series.
const MAX_SERIES_DECIMALS = 12;

/** Decimals of the shortest text that reads back as this double: 0.035 → 3, 1e-7 → 7. */
function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = value.toExponential().split('e');
  const fractionDigits = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fractionDigits - Number(exponent));
}

/**
 * The series through the values when two or more numbers step evenly. Steps are compared in
 * scaled integers, so 0.1, 0.2 continues with 0.3 and never 0.30000000000000004.
 */
function seriesOf(values: readonly CellValue[]): ((offset: number) => number) | null {
  if (values.length < 2) return null;
  const numbers: number[] = [];
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    numbers.push(value);
  }
  const decimals = Math.max(...numbers.map(decimalsOf));
  if (decimals > MAX_SERIES_DECIMALS) return null;
  const scale = 10 ** decimals;
  const scaled = numbers.map((n) => Math.round(n * scale));
  if (!scaled.every((n) => Number.isSafeInteger(n))) return null;
  const first = scaled[0] ?? 0;
  const step = (scaled[1] ?? first) - first;
  if (scaled.some((n, i) => n !== first + step * i)) return null;
  // A whole number divided by a power of ten is the double nearest the decimal, as if typed.
  // Past the safe range the value is NaN, which the column then refuses.
  return (offset) => {
    const n = first + step * offset;
    return Number.isSafeInteger(n) ? n / scale + 0 : Number.NaN;
  };
}

export function lineFill(source: readonly CellValue[]): LineFill {
  const series = seriesOf(source);
  if (series) return { series: true, at: series };
  const n = source.length;
  return { series: false, at: (offset) => source[((offset % n) + n) % n] ?? null };
}

/** The side a fill grows the source on, or null unless target is source grown on one side. */
export function fillDirection(source: CellRange, target: CellRange): Direction | null {
  const sameColumns = target.left === source.left && target.right === source.right;
  const sameRows = target.top === source.top && target.bottom === source.bottom;
  if (sameColumns && target.top === source.top && target.bottom > source.bottom) return 'down';
  if (sameColumns && target.bottom === source.bottom && target.top < source.top) return 'up';
  if (sameRows && target.left === source.left && target.right > source.right) return 'right';
  if (sameRows && target.right === source.right && target.left < source.left) return 'left';
  return null;
}

/**
 * The range a fill-handle drag covers when the pointer is over `pointer`: the selection grown
 * towards it along the axis where the pointer went further, as Excel constrains the drag.
 */
export function fillTargetFor(selection: CellRange, pointer: CellAddress): CellRange {
  if (rangeContains(selection, pointer)) return { ...selection };
  const rowExcess = Math.max(selection.top - pointer.row, pointer.row - selection.bottom, 0);
  const colExcess = Math.max(selection.left - pointer.col, pointer.col - selection.right, 0);
  if (rowExcess >= colExcess) {
    return {
      ...selection,
      top: Math.min(selection.top, pointer.row),
      bottom: Math.max(selection.bottom, pointer.row),
    };
  }
  return {
    ...selection,
    left: Math.min(selection.left, pointer.col),
    right: Math.max(selection.right, pointer.col),
  };
}

/**
 * Ctrl+D: the top row of the selection is copied down over it; a one-row selection copies the
 * row above it, as Excel does (on the first row, the source is the target and nothing changes).
 */
export function fillDownRanges(selection: CellRange): { source: CellRange; target: CellRange } {
  if (selection.top !== selection.bottom) {
    return { source: { ...selection, bottom: selection.top }, target: selection };
  }
  const top = Math.max(0, selection.top - 1);
  return { source: { ...selection, top, bottom: top }, target: { ...selection, top } };
}

/** Ctrl+R: the same across, from the left column or the column to the left of the selection. */
export function fillRightRanges(selection: CellRange): { source: CellRange; target: CellRange } {
  if (selection.left !== selection.right) {
    return { source: { ...selection, right: selection.left }, target: selection };
  }
  const left = Math.max(0, selection.left - 1);
  return { source: { ...selection, left, right: left }, target: { ...selection, left } };
}

export interface FillInput {
  columns: readonly GridColumn[];
  value: (row: number, col: number) => CellValue;
  locale: GridLocale;
  source: CellRange;
  /** The source grown on the side `direction` names. */
  target: CellRange;
  direction: Direction;
}

export interface PlannedValue {
  row: number;
  col: number;
  value: CellValue;
}

/**
 * A value taken to another column. A copy between alike editable columns is already valid; a
 * series value, or one crossing to another type, is read again by the target column, so that
 * a series going negative or a text into a money column is refused like typed text would be.
 */
function carry(
  value: CellValue,
  from: GridColumn,
  to: GridColumn,
  isSeries: boolean,
  locale: GridLocale,
): Result<CellValue, CellInputError> {
  if (value === null) return ok(null);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return err({ code: 'too-large', input: String(value), column: to.label });
  }
  const alike = from.type === to.type && (from.type !== 'choice' || from.choices === to.choices);
  if (alike && !isSeries && !isReadOnlyColumn(from)) return ok(value);
  return parseCellInput(to, editableText(from, value, locale), locale);
}

/**
 * The value of every writable target cell outside the source, or every refusal. Computed and
 * read-only cells in the target are left alone, as Delete leaves them.
 */
export function planFill(input: FillInput): Result<PlannedValue[], FillError> {
  const { columns, source, target, locale } = input;
  const vertical = input.direction === 'up' || input.direction === 'down';
  const [firstLine, lastLine] = vertical
    ? [source.left, source.right]
    : [source.top, source.bottom];
  const [start, end] = vertical ? [source.top, source.bottom] : [source.left, source.right];
  const [from, to] = vertical ? [target.top, target.bottom] : [target.left, target.right];
  const planned: PlannedValue[] = [];
  const refused: RefusedCell[] = [];
  for (let line = firstLine; line <= lastLine; line += 1) {
    const values: CellValue[] = [];
    for (let i = start; i <= end; i += 1) {
      values.push(vertical ? input.value(i, line) : input.value(line, i));
    }
    const fill = lineFill(values);
    for (let i = from; i <= to; i += 1) {
      if (i >= start && i <= end) continue;
      const [row, col] = vertical ? [i, line] : [line, i];
      const toColumn = columns[col];
      if (!toColumn || isReadOnlyColumn(toColumn)) continue;
      const offset = i - start;
      // The column the value comes from: a series is in the units of the first source column.
      const cycle = fill.series ? 0 : ((offset % values.length) + values.length) % values.length;
      const fromColumn = (vertical ? toColumn : columns[start + cycle]) ?? toColumn;
      const value = carry(fill.at(offset), fromColumn, toColumn, fill.series, locale);
      if (value.ok) planned.push({ row, col, value: value.value });
      else refused.push({ row, col, error: value.error });
    }
  }
  return refused.length > 0 ? err({ code: 'refused', cells: refused }) : ok(planned);
}
