// The vocabulary of the grid: columns and their types, cell values, addresses, ranges and
// the reasons an input is refused. Shared by the model, the clipboard and the view.
import type { DecimalSeparator, NumberParseErrorCode } from '../../domain/number-parse';

/**
 * money    — integer cents (Cents), shown with 2 decimals, no currency symbol
 * percent  — a fraction (0.035 for 3,5 %), shown as a percentage
 * integer  — a whole number (units, followers…)
 * choice   — one of the column's `choices` values (a string)
 * text     — free text
 * computed — read-only, supplied by the caller (never edited, pasted or filled)
 */
export type ColumnType = 'text' | 'money' | 'percent' | 'integer' | 'choice' | 'computed';

export interface GridColumn {
  id: string;
  /** Visible header, also the cell's accessible name ("Juin 2026"). */
  label: string;
  type: ColumnType;
  choices?: readonly { value: string; label: string }[];
  readOnly?: boolean;
  /** Money, percent and integer columns refuse negatives unless this is true. */
  allowNegative?: boolean;
  /** A text column refuses a text longer than this (spaces around it not counted). */
  maxLength?: number;
  /** Width in CSS pixels; the view uses a default when absent. */
  width?: number;
}

/** null is an empty cell; numbers for money (cents), percent (fraction) and integer. */
export type CellValue = string | number | null;

export interface GridRow {
  id: string;
  /** Visible row header (the first, frozen column), also part of each cell's name. */
  label: string;
  cells: CellValue[];
}

export interface CellAddress {
  row: number;
  col: number;
}

/** Inclusive on both ends; `anchor` is where a shift-extension started. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridLocale {
  /** BCP 47 tag used for formatting, e.g. 'fr-FR'. */
  locale: string;
  decimal: DecimalSeparator;
}

export type CellInputErrorCode =
  | NumberParseErrorCode
  | 'not-an-integer'
  | 'not-a-choice'
  | 'read-only'
  | 'bad-expression'
  | 'division-by-zero'
  | 'too-long';

/** Why an input was refused; the view turns it into a sentence in the user's language. */
export interface CellInputError {
  code: CellInputErrorCode;
  input: string;
  /** The column's label, so that the message can name the field. */
  column: string;
  /** Position of the problem inside an expression, when known. */
  at?: number;
  /** For 'too-long': the column's limit. */
  max?: number;
}

/**
 * A totals column or row the grid's caller supplies (GridView's rowTotals / columnTotals),
 * computed by the caller, shown by the grid. The grid re-reads `value(row)` of the totals
 * column when that row's typed cells change, `value(col)` of a totals row when that column's
 * do, `grand` when any cell does, and every one when the rows or the locale change: an edit
 * repaints its own totals only. A total that depends on anything else (computed cells, the
 * caller's settings) must read it as Svelte state, or come as a new object when it changes.
 */
export interface GridTotals {
  /** Header of the totals column / label of a totals row. */
  label: string;
  value: (index: number) => string;
  /** A totals row's value in the totals column. */
  grand?: () => string;
}
