// The whole import of one file, target-generic: parse in chunks, read and validate every row
// through the target's declaration, gather accepted rows, list rejected ones with their line,
// column and reason. Pure and synchronous: the worker runs it, tests call it directly.
import { cellReader, type CellRead, type CellType } from './cell-schemas';
import type { ColumnMapping } from './mapping';
import { extraColumns } from './mapping';
import { parseCsvChunks, type CsvParseError } from './parse';
import type { Delimiter } from './sniff';
import type {
  ExtraColumn,
  ImportWarning,
  ReadOptions,
  RowIssue,
  RowIssueCode,
  RowReader,
  TargetId,
} from './target';
import { targetById, type ImportBatch } from './targets';

export interface ImportJob {
  targetId: TargetId;
  /** The decoded file. */
  text: string;
  delimiter: Delimiter;
  /** The header's index among the non-blank rows; rows above it (a title) are skipped. */
  headerRow: number;
  mapping: ColumnMapping;
  options: ReadOptions;
}

export interface ReportedIssue {
  /** The file's own header of the column, as the user knows it. */
  column: string;
  value: string;
  code: RowIssueCode;
  params?: Record<string, number | string>;
}

export interface RejectedRow {
  /** 1-based physical line of the file where the row starts. */
  line: number;
  /** The row as written, for the CSV of rejected rows. */
  cells: string[];
  issues: ReportedIssue[];
}

export interface ImportOutcome {
  header: string[];
  batch: ImportBatch;
  /** Data rows read: the header, rows above it and total rows are not counted. */
  rowCount: number;
  acceptedCount: number;
  rejected: RejectedRow[];
  warnings: ImportWarning[];
  totalRowCount: number;
  parseErrors: CsvParseError[];
}

export type OnProgress = (share: number, rowCount: number) => void;

/** The reader handed to the target for each row: typed cells through the valibot schemas. */
class CellReader implements RowReader {
  readonly #read: CellRead;
  readonly #columns: Map<string, number>;
  cells: readonly string[] = [];
  issues: RowIssue[] = [];

  constructor(read: CellRead, mapping: ColumnMapping) {
    this.#read = read;
    this.#columns = new Map();
    mapping.forEach((key, index) => {
      if (key !== null && !this.#columns.has(key)) this.#columns.set(key, index);
    });
  }

  start(cells: readonly string[]): void {
    this.cells = cells;
    this.issues = [];
  }

  columnOf(key: string): number | undefined {
    return this.#columns.get(key);
  }

  has(key: string): boolean {
    return this.#columns.has(key);
  }

  raw(key: string): string {
    const index = this.#columns.get(key);
    return index === undefined ? '' : (this.cells[index] ?? '');
  }

  read<T extends CellType>(key: string, type: T) {
    if (!this.#columns.has(key)) return null;
    const result = this.#read(type, this.raw(key));
    if (result.ok) return result.value;
    this.issues.push({ column: key, code: result.error });
    return null;
  }

  fail(issue: RowIssue): void {
    this.issues.push(issue);
  }
}

export function runImport(
  job: ImportJob,
  onProgress: OnProgress = () => {},
  shouldContinue: () => boolean = () => true,
  chunkRows = 2000,
): ImportOutcome | null {
  const target = targetById(job.targetId);
  const reader = new CellReader(cellReader(job.options), job.mapping);
  const mapped = new Set(job.mapping.filter((key) => key !== null));
  const collector = target.collector(job.options, mapped);
  const rejected: RejectedRow[] = [];
  let header: string[] = [];
  let extras: ExtraColumn[] = [];
  let index = 0;
  let rowCount = 0;
  let totalRowCount = 0;

  const report = (issue: RowIssue): ReportedIssue => {
    const column = reader.columnOf(issue.column);
    const reported: ReportedIssue = {
      column: column === undefined ? issue.column : (header[column] ?? issue.column),
      value: column === undefined ? '' : (reader.cells[column] ?? ''),
      code: issue.code,
    };
    if (issue.params) reported.params = issue.params;
    return reported;
  };

  const readRow = (cells: string[], line: number) => {
    reader.start(cells);
    const result = target.readRow(reader, job.options, extras);
    if (result?.kind === 'total' && reader.issues.length === 0) {
      totalRowCount += 1;
      collector.addTotal(result.row, line);
      return;
    }
    rowCount += 1;
    const issues =
      reader.issues.length > 0 || !result ? reader.issues : collector.add(result.row, line);
    if (issues.length > 0) rejected.push({ line, cells, issues: issues.map(report) });
  };

  const parsed = parseCsvChunks(
    job.text,
    job.delimiter,
    (rows, share, lines) => {
      rows.forEach((cells, i) => {
        if (index === job.headerRow) {
          header = cells;
          extras = extraColumns(target, header, job.options).filter((e) => e !== null);
        } else if (index > job.headerRow) {
          readRow(cells, lines[i] ?? 0);
        }
        index += 1;
      });
      onProgress(share, rowCount);
      return shouldContinue();
    },
    chunkRows,
  );
  if (parsed.cancelled) return null;
  const finished = collector.finish();
  // Warnings name the file's own header, as the rejected rows do.
  const warnings = finished.warnings.map((warning) => {
    const column = reader.columnOf(warning.column);
    return { ...warning, column: column === undefined ? warning.column : (header[column] ?? '') };
  });
  return {
    header,
    batch: finished.batch,
    rowCount,
    acceptedCount: rowCount - rejected.length,
    rejected,
    warnings,
    totalRowCount,
    parseErrors: parsed.errors,
  };
}
