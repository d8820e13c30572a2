// What a CSV target declares: its columns (type, French and English headers and synonyms),
// how a row of the file is read and how the sheet is written. The pipeline knows nothing
// else about a target, so a new sheet (influencers, orders) is one more declaration.
import type { BudgetLayer } from '../domain/budget';
import type { LocalizedText } from '../domain/catalogue';
import type { Month } from '../domain/months';
import type { Channel, Plan } from '../domain/plan';
import type { ChannelBudget } from '../domain/budget';
import type { CellIssueCode, CellOutputs, CellReadOptions, CellType } from './cell-schemas';
import type { Delimiter } from './sniff';
import type { CsvCell, NumberStyle } from './write';

export type TargetId = 'plan-wide' | 'plan-long' | 'channels';
export type UiLanguage = keyof LocalizedText;

export interface ColumnSpec<T extends CellType = CellType> {
  key: string;
  type: T;
  required: boolean;
  /** What the export writes, and the first synonym. */
  header: LocalizedText;
  /** Other headers people give this column, French and English, compared by headerKey. */
  synonyms: readonly string[];
  /** Recognises a header synonyms cannot list, such as "Total 2026". */
  matchHeader?: (header: string) => boolean;
}

/** A column known by its header alone, such as one month of the wide form. */
export interface ExtraColumn extends ColumnSpec<'amount'> {
  month: Month;
}

/** Why a row was refused, beyond its cells: the UI words each code. */
export type RowIssueCode =
  | CellIssueCode
  | 'required'
  | 'too-long'
  | 'total-mismatch'
  | 'duplicate-channel'
  | 'duplicate-month'
  | 'inconsistent-channel'
  | 'month-required'
  | 'unclosed-quote'
  | 'short-row'
  | 'long-row';

export interface RowIssue {
  /** The target column (or extra column) key the issue is about. */
  column: string;
  code: RowIssueCode;
  /** Figures the message shows, e.g. the expected and found totals in cents. */
  params?: Record<string, number | string>;
}

/** Per askable column key, per textKey of a value the file writes, the code the user chose. */
export type ValueAnswers = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface ReadOptions extends CellReadOptions {
  /** The layer a wide sheet holds: its cells are planned, committed or actual amounts. */
  layer: BudgetLayer;
  /** The user's answers for values the lexicons do not know ("Digital" → media). */
  answers?: ValueAnswers;
  /** Rows shorter or longer than the header: imported (the default) or refused. */
  oddRows?: 'import' | 'refuse';
}

/** Reads the cells of one row by column, recording why a cell was refused. */
export interface RowReader {
  /** Whether the file has this column (mapped). */
  has(key: string): boolean;
  /** The typed value; null when empty, not mapped, or refused (the issue is recorded). */
  read<T extends CellType>(key: string, type: T): CellOutputs[T] | null;
  /** The cell as written in the file. */
  raw(key: string): string;
  fail(issue: RowIssue): void;
}

/** The plan a sheet is read into or written from. */
export interface PlanSource {
  plan: Plan;
  channels: readonly Channel[];
  budgets: readonly ChannelBudget[];
}

export interface SheetOptions {
  delimiter: Delimiter;
  /** 'machine' writes 1234.5; a separator writes the user's locale numbers. */
  numberStyle: NumberStyle;
  language: UiLanguage;
  layer: BudgetLayer;
}

/** A row is data, a total to check, or refused (the reader holds why). */
export type ReadResult<Row> = { kind: 'data'; row: Row } | { kind: 'total'; row: Row } | null;

export interface RowCollector<Row, Batch> {
  /** Keeps an accepted row; returns the issues that refuse it after all (a duplicate…). */
  add(row: Row, line: number): RowIssue[];
  /** Remembers a total row to check at the end. */
  addTotal(row: Row, line: number): void;
  finish(): { batch: Batch; warnings: ImportWarning[] };
}

/** Found in a file but not a reason to refuse a row: a total that does not add up. */
export type ImportWarning =
  | {
      line: number;
      column: string;
      code: 'total-mismatch';
      /** The total as the file writes it, and the sum of the imported cells, in cents. */
      expected: number;
      found: number;
    }
  /** A total row whose cells cannot be read: not checked, and never a refused data row. */
  | { line: number; column: string; code: 'total-unreadable' };

export interface CsvTarget<Row, Batch> {
  id: TargetId;
  /** Whether the user picks the budget layer the sheet holds (the wide form). */
  hasLayer: boolean;
  /** Whether the file holds dates or months whose style may need asking. */
  hasDates: boolean;
  columns: readonly ColumnSpec[];
  extraColumn?: (header: string, options: Pick<ReadOptions, 'plan'>) => ExtraColumn | null;
  readRow(reader: RowReader, options: ReadOptions, extras: readonly ExtraColumn[]): ReadResult<Row>;
  /** mapped: the keys of the columns the file has, as the user confirmed them. */
  collector(options: ReadOptions, mapped: ReadonlySet<string>): RowCollector<Row, Batch>;
  write(source: PlanSource, options: SheetOptions): CsvCell[][];
}
