// The whole import of one file, target-generic: parse in chunks, read and validate every row
// through the target's declaration, gather accepted rows, list rejected ones with their line,
// column and reason. Pure and synchronous: the worker runs it, tests call it directly.
import { isMonth, type Month } from '../domain/months';
import { cellReader } from './cell-schemas';
import type { ColumnMapping } from './mapping';
import { extraColumns } from './mapping';
import { parseCsvChunks, type CsvParseError, type RowNote } from './parse';
import { CellReader, type PendingValue } from './row-reader';
import { textKey } from './text-key';
import type { Delimiter } from './sniff';
import type {
  ExtraColumn,
  ImportWarning,
  ReadOptions,
  RowIssue,
  RowIssueCode,
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
  /** Rows held until the user says what an unknown value stands for. */
  heldRowCount: number;
  /** textKey of the channel names of refused or held rows. */
  heldNames: string[];
  /** Values no lexicon knows, once each, with the file's header of their column. */
  pendingValues: (PendingValue & { header: string })[];
  oddRows: OddRow[];
  oddRowCount: number;
  /** The months the accepted rows give; null when they give none. */
  monthSpan: { first: Month; last: Month } | null;
  /** Currency marks the amounts carry ("$", "€", "CHF"), as written. */
  currencies: string[];
}

export type OnProgress = (share: number, rowCount: number) => void;

/** A row shorter or longer than the header, listed with its line for the user to decide. */
export interface OddRow {
  line: number;
  kind: 'short' | 'long';
  cells: number;
  expected: number;
}

/** The report keeps the first odd rows by line; the count says how many there were. */
export const ODD_ROWS_LISTED = 200;

/** The first and last months the accepted rows give, to compare with the plan's period. */
export function monthSpan(batch: ImportBatch): { first: Month; last: Month } | null {
  let first: Month | null = null;
  let last: Month | null = null;
  for (const channel of batch.channels) {
    for (const month of Object.keys(channel.months)) {
      if (!isMonth(month)) continue;
      if (first === null || month < first) first = month;
      if (last === null || month > last) last = month;
    }
  }
  return first !== null && last !== null ? { first, last } : null;
}

/** How a row's length compares with the header's, where the difference carries data. */
function oddRowOf(
  cells: readonly string[],
  expected: number,
  lastMapped: number,
): Omit<OddRow, 'line'> | null {
  if (cells.length < expected && lastMapped >= cells.length) {
    return { kind: 'short', cells: cells.length, expected };
  }
  // Empty cells past the header (a trailing delimiter) carry nothing.
  if (cells.length > expected && cells.slice(expected).some((cell) => cell.trim() !== '')) {
    return { kind: 'long', cells: cells.length, expected };
  }
  return null;
}

export function runImport(
  job: ImportJob,
  onProgress: OnProgress = () => {},
  shouldContinue: () => boolean = () => true,
  chunkRows = 2000,
): ImportOutcome | null {
  const target = targetById(job.targetId);
  const reader = new CellReader(cellReader(job.options), job.mapping, job.options.answers);
  const mapped = new Set(job.mapping.filter((key) => key !== null));
  // The last file column that feeds something: a short row that stops before it lacks data.
  const lastMapped = job.mapping.reduce<number>((last, key, i) => (key === null ? last : i), -1);
  const refuseOdd = job.options.oddRows === 'refuse';
  const collector = target.collector(job.options, mapped);
  const rejected: RejectedRow[] = [];
  const oddRows: OddRow[] = [];
  const heldNames = new Set<string>();
  const warnings: ImportWarning[] = [];
  let header: string[] = [];
  let extras: ExtraColumn[] = [];
  let index = 0;
  let rowCount = 0;
  let heldRowCount = 0;
  let oddRowCount = 0;
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
  // The channel a refused or held row names: a replace never deletes it unasked.
  const holdName = () => {
    const name = reader.raw('name').trim();
    if (name !== '') heldNames.add(textKey(name));
  };

  const readRow = (cells: string[], line: number, note: RowNote | null) => {
    reader.start(cells, line);
    if (note === 'unclosed-quote') {
      rowCount += 1;
      holdName();
      rejected.push({ line, cells, issues: [{ column: '', value: '', code: 'unclosed-quote' }] });
      return;
    }
    const result = target.readRow(reader, job.options, extras);
    if (result?.kind === 'total') {
      // A total row is checked, never imported and never a refused data row.
      totalRowCount += 1;
      const [unreadable] = reader.issues;
      if (!unreadable) collector.addTotal(result.row, line);
      else warnings.push({ line, column: report(unreadable).column, code: 'total-unreadable' });
      return;
    }
    rowCount += 1;
    const odd = oddRowOf(cells, header.length, lastMapped);
    if (odd) {
      oddRowCount += 1;
      if (oddRows.length < ODD_ROWS_LISTED) oddRows.push({ ...odd, line });
      if (refuseOdd) {
        reader.fail({ column: '', code: odd.kind === 'short' ? 'short-row' : 'long-row' });
      }
    }
    if (reader.held && reader.issues.length === 0) {
      heldRowCount += 1;
      holdName();
      return;
    }
    const issues =
      reader.issues.length > 0 || !result ? reader.issues : collector.add(result.row, line);
    if (issues.length > 0) {
      holdName();
      rejected.push({ line, cells, issues: issues.map(report) });
    }
  };

  const parsed = parseCsvChunks(
    job.text,
    job.delimiter,
    (rows, share, lines, notes) => {
      rows.forEach((cells, i) => {
        if (index === job.headerRow) {
          header = cells;
          extras = extraColumns(target, header, job.options).filter((e) => e !== null);
        } else if (index > job.headerRow) {
          readRow(cells, lines[i] ?? 0, notes[i] ?? null);
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
  // Warnings and questions name the file's own header, as the rejected rows do.
  const headerOf = (key: string) => {
    const column = reader.columnOf(key);
    return column === undefined ? key : (header[column] ?? '');
  };
  for (const warning of finished.warnings) {
    warnings.push({ ...warning, column: headerOf(warning.column) });
  }
  return {
    header,
    batch: finished.batch,
    rowCount,
    acceptedCount: rowCount - rejected.length - heldRowCount,
    rejected,
    warnings,
    totalRowCount,
    parseErrors: parsed.errors,
    heldRowCount,
    heldNames: [...heldNames],
    pendingValues: reader
      .pendingValues()
      .map((pending) => ({ ...pending, header: headerOf(pending.column) })),
    oddRows,
    oddRowCount,
    monthSpan: monthSpan(finished.batch),
    currencies: reader.currencies(),
  };
}
