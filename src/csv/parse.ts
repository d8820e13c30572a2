// Decoded CSV text → rows of strings, through PapaParse with the delimiter we sniffed. Every row
// keeps the physical line it starts on, so that a rejected row can be reported by line.
import Papa from 'papaparse';
import { sniffLineBreak, type Delimiter } from './sniff';

/** PapaParse's code; with a known delimiter and no header only the quote codes occur. */
export type CsvParseErrorCode = Papa.ParseError['code'];

export interface CsvParseError {
  /** 1-based physical line, counting the line breaks inside quoted cells. */
  line: number;
  code: CsvParseErrorCode;
  /** PapaParse's English wording, for logs; the UI words the code itself. */
  message: string;
}

export interface ParsedCsv {
  /** Every row but the blank ones (only spaces or empty cells), cells as written: no typing. */
  rows: string[][];
  /** lines[i] is the 1-based physical line rows[i] starts on. */
  lines: number[];
  errors: CsvParseError[];
}

/**
 * Receives the next rows; returns false to cancel. progress is the share of the text read
 * (0 … 1); lines[i] is the line rows[i] starts on.
 */
export type OnRows = (rows: string[][], progress: number, lines: number[]) => boolean;

export interface ChunkedParse {
  /** True when onRows returned false: the caller must not keep what it received. */
  cancelled: boolean;
  errors: CsvParseError[];
}

/** Counts line breaks (CRLF, CR or LF) up to an index; forward moves continue where it stopped. */
function lineCounter(text: string): (index: number) => number {
  let position = 0;
  let line = 1;
  return (index) => {
    if (index < position) {
      position = 0;
      line = 1;
    }
    for (; position < index; position += 1) {
      const code = text.charCodeAt(position);
      // The LF of a CRLF was counted with its CR.
      if (code === 13 || (code === 10 && text.charCodeAt(position - 1) !== 13)) line += 1;
    }
    return line;
  };
}

// Skipped as PapaParse's skipEmptyLines: 'greedy' skips them, but here, where each row's start
// is still known: PapaParse's own skipping hides where the next row starts.
function isBlankRow(row: readonly string[]): boolean {
  return row.join('').trim() === '';
}

/** Feeds each non-blank row to onRow until it returns false. */
function scanRows(
  text: string,
  delimiter: Delimiter,
  onRow: (row: string[], line: number, progress: number) => boolean,
  errors: CsvParseError[],
): void {
  // PapaParse drops one leading BOM (decodeBytes already took a file's off; pasted text may
  // have one), and its offsets then count from the character after it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineAt = lineCounter(body);
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: sniffLineBreak(body, delimiter),
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (results, parser) => {
      const line = lineAt(rowStart);
      for (const error of results.errors) {
        const at = error.index === undefined ? line : lineAt(error.index);
        errors.push({ line: at, code: error.code, message: error.message });
      }
      const end = results.meta.cursor;
      if (!isBlankRow(results.data) && !onRow(results.data, line, end / body.length)) {
        parser.abort();
      }
      rowStart = end;
    },
  });
}

/** The whole text at once: for pasted text, previews and files small enough for one go. */
export function parseCsvText(text: string, delimiter: Delimiter): ParsedCsv {
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: CsvParseError[] = [];
  scanRows(
    text,
    delimiter,
    (row, line) => {
      rows.push(row);
      lines.push(line);
      return true;
    },
    errors,
  );
  return { rows, lines, errors };
}

/**
 * The same rows handed over chunkRows at a time, for the import worker to validate, report
 * progress and stop on cancel between chunks. Synchronous: the worker owns its own thread.
 */
export function parseCsvChunks(
  text: string,
  delimiter: Delimiter,
  onRows: OnRows,
  chunkRows = 5000,
): ChunkedParse {
  const size = Math.max(1, Math.floor(chunkRows));
  const errors: CsvParseError[] = [];
  let rows: string[][] = [];
  let lines: number[] = [];
  let cancelled = false;
  const flush = (progress: number) => {
    cancelled = !onRows(rows, progress, lines);
    rows = [];
    lines = [];
    return !cancelled;
  };
  scanRows(
    text,
    delimiter,
    (row, line, progress) => {
      rows.push(row);
      lines.push(line);
      return rows.length < size || flush(progress);
    },
    errors,
  );
  if (!cancelled && rows.length > 0) flush(1);
  return { cancelled, errors };
}
