// Decoded CSV text → rows of strings, through PapaParse with the delimiter we sniffed. Every row
// keeps the physical line it starts on, so that a rejected row can be reported by line.
//
// Broken quotes are contained to their line. PapaParse alone would let one stray quote swallow
// the lines after it (`=HYPERLINK("http://x";"clic")` in a ';' file opens a quoted field at
// `"clic")` that runs on to the next quote, lines later). So record-scan.ts first finds, from
// quote to quote, the records whose quotes do not hold; PapaParse reads the text between them in
// big pieces, and each broken record's first line is read alone, split on the delimiter with its
// quotes kept as characters, and flagged; reading goes on at the next line.
import Papa from 'papaparse';
import { RecordScanner, type RowShape } from './record-scan';
import { sniffLineBreak, type Delimiter } from './sniff';

/** How a row whose quotes are broken was read (see ParsedCsv.notes). */
export type RowNote = 'literal-quotes' | 'unclosed-quote';

/**
 * A row note, or PapaParse's code: with a known delimiter and no header only its quote codes
 * could occur, and the lines they would concern are the ones read alone and noted.
 */
export type CsvParseErrorCode = Papa.ParseError['code'] | RowNote;

export interface CsvParseError {
  /** 1-based physical line, counting the line breaks inside quoted cells. */
  line: number;
  code: CsvParseErrorCode;
  /** English wording, for logs; the UI words the code itself. */
  message: string;
}

export interface ParsedCsv {
  /** Every row but the blank ones (only spaces or empty cells), cells as written: no typing. */
  rows: string[][];
  /** lines[i] is the 1-based physical line rows[i] starts on. */
  lines: number[];
  /**
   * notes[i] says how rows[i] was read when its quotes were broken, null for a clean row:
   * 'literal-quotes', its quotes kept as characters ('ab"cd', '=HYPERLINK("http://x"');
   * 'unclosed-quote', a quoted field that never closes, its line read literally for the report.
   */
  notes: (RowNote | null)[];
  /** One per noted line, in line order. */
  errors: CsvParseError[];
}

/**
 * Receives the next rows; returns false to cancel. progress is the share of the text read
 * (0 … 1); lines[i] is the line rows[i] starts on, notes[i] its note (see ParsedCsv).
 */
export type OnRows = (
  rows: string[][],
  progress: number,
  lines: number[],
  notes: (RowNote | null)[],
) => boolean;

export interface ChunkedParse {
  /** True when onRows returned false: the caller must not keep what it received. */
  cancelled: boolean;
  errors: CsvParseError[];
}

type OnRow = (row: string[], line: number, note: RowNote | null, progress: number) => boolean;

const MESSAGES: Record<RowNote, string> = {
  'literal-quotes': 'Malformed quotes: the line was read with its quotes as plain characters',
  'unclosed-quote': 'Quoted field never closed: the line was read alone, quotes as characters',
};

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
function scanRows(text: string, delimiter: Delimiter, onRow: OnRow, errors: CsvParseError[]): void {
  // PapaParse drops one leading BOM (decodeBytes already took a file's off; pasted text may
  // have one), and its offsets then count from the character after it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const newline = sniffLineBreak(body, delimiter);
  const lineAt = lineCounter(body);
  const scanner = new RecordScanner(body, delimiter, newline);
  const shape: RowShape | null = scanner.headerShape();
  const reported = new Set<number>();
  const report = (line: number, code: CsvParseErrorCode, message: string) => {
    if (reported.has(line)) return;
    reported.add(line);
    errors.push({ line, code, message });
  };

  /** PapaParse over [from, to), records whose start is in noted flagged 'literal-quotes'. */
  const parseSegment = (from: number, to: number, noted: readonly number[]): boolean => {
    let input = body.slice(from, to);
    // PapaParse would take a BOM starting this piece for the file's own.
    if (input.startsWith('\uFEFF')) input = `\uFEFF${input}`;
    let going = true;
    let rowStart = 0;
    let next = 0;
    Papa.parse<string[]>(input, {
      delimiter,
      newline,
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step: (results, parser) => {
        const start = from + rowStart;
        const line = lineAt(start);
        for (const error of results.errors) {
          const at = error.index === undefined ? line : lineAt(from + error.index);
          report(at, error.code, error.message);
        }
        while (next < noted.length && (noted[next] ?? 0) < start) next += 1;
        const note = noted[next] === start ? 'literal-quotes' : null;
        const end = from + results.meta.cursor;
        if (!isBlankRow(results.data)) {
          if (note) report(line, note, MESSAGES[note]);
          if (!onRow(results.data, line, note, end / body.length)) {
            going = false;
            parser.abort();
          }
        }
        rowStart = results.meta.cursor;
      },
    });
    return going;
  };

  let position = 0;
  while (position < body.length) {
    const { noted, broken } = scanner.plan(position, shape);
    const end = broken ? broken.start : body.length;
    if (end > position && !parseSegment(position, end, noted)) return;
    if (!broken) return;
    // The broken record's first line alone, its quotes as characters. Never blank: a broken
    // record starts after the last line break before a quote, so its first line holds one.
    const line = scanner.lineAt(broken.start);
    const cells = body.slice(broken.start, line.end).split(delimiter);
    position = line.next;
    if (isBlankRow(cells)) continue;
    const { note } = broken;
    const at = lineAt(broken.start);
    report(at, note, MESSAGES[note]);
    if (!onRow(cells, at, note, position / body.length)) return;
  }
}

/** The whole text at once: for pasted text, previews and files small enough for one go. */
export function parseCsvText(text: string, delimiter: Delimiter): ParsedCsv {
  const rows: string[][] = [];
  const lines: number[] = [];
  const notes: (RowNote | null)[] = [];
  const errors: CsvParseError[] = [];
  scanRows(
    text,
    delimiter,
    (row, line, note) => {
      rows.push(row);
      lines.push(line);
      notes.push(note);
      return true;
    },
    errors,
  );
  return { rows, lines, notes, errors };
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
  let notes: (RowNote | null)[] = [];
  let cancelled = false;
  const flush = (progress: number) => {
    cancelled = !onRows(rows, progress, lines, notes);
    rows = [];
    lines = [];
    notes = [];
    return !cancelled;
  };
  scanRows(
    text,
    delimiter,
    (row, line, note, progress) => {
      rows.push(row);
      lines.push(line);
      notes.push(note);
      return rows.length < size || flush(progress);
    },
    errors,
  );
  if (!cancelled && rows.length > 0) flush(1);
  return { cancelled, errors };
}
