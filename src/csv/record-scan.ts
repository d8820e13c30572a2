// Finding the records whose quotes are broken, before PapaParse reads the rest. The scan reads
// records as PapaParse does (a quote opens a quoted field only at the start of a field, "" is a
// quote inside it, a closing quote may be followed by spaces before the delimiter or the line
// break) but builds no cells: it only says where a record ends and whether its quotes hold. It
// jumps from quote to quote, so a file without quotes costs one indexOf.
import type { RowNote } from './parse';
import type { Delimiter, LineBreak } from './sniff';

/** The header's shape: its cell count, and the count up to its last non-empty cell. */
export interface RowShape {
  cells: number;
  filled: number;
}

export interface ScannedRecord extends RowShape {
  /**
   * 'ok': every quoted field closes before a delimiter, a line break or the end of the text;
   * 'unclosed': a quoted field runs to the end of the text; 'malformed': a closing quote is
   * followed by something else (`"clic")`).
   */
  kind: 'ok' | 'unclosed' | 'malformed';
  /** 'ok': the index just after the record's line break (or the text's length). */
  end: number;
  /** 'ok': a quoted cell holds a line break; 'malformed': the failing quoted field does. */
  multiline: boolean;
  /**
   * An unquoted field with an odd number of quotes (`ab"cd`): a quote opening nothing, which
   * PapaParse keeps as a character.
   */
  stray: boolean;
  /** Only spaces or empty cells (computed when asked for). */
  blank: boolean;
}

/** What the scan found from a position on, for parse.ts to act on. */
export interface ScanPlan {
  /** Starts of records PapaParse reads well but with a stray quote, taken literally. */
  noted: number[];
  /** The first record to read line by line, with its note; null when none up to the end. */
  broken: { start: number; note: RowNote } | null;
}

const QUOTE = 34;
const NON_BLANK = /\S/;

/** The next index of a needle, remembered while the queries move forward. */
class NextIndex {
  private from = 0;
  private at = -2;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  get(position: number): number {
    const known =
      this.at !== -2 && position >= this.from && (this.at === -1 || this.at >= position);
    if (!known) {
      this.from = position;
      this.at = this.text.indexOf(this.needle, position);
    }
    return this.at;
  }
}

/** The first of two next indexes (-1 for none). */
function first(a: number, b: number): number {
  if (a < 0) return b;
  if (b < 0) return a;
  return Math.min(a, b);
}

/**
 * Accepts a record that matches the header's shape: the same count, or the same after dropping
 * trailing empty cells from either. Only asked of records whose quoted cells span lines.
 */
export function fitsShape(row: RowShape, shape: RowShape | null): boolean {
  if (shape === null) return true;
  return Math.max(row.filled, shape.filled) <= Math.min(row.cells, shape.cells);
}

export class RecordScanner {
  private readonly quotes: NextIndex;
  private readonly delimiters: NextIndex;
  private readonly newlines: NextIndex;
  private readonly lineFeeds: NextIndex;
  private readonly carriageReturns: NextIndex;

  constructor(
    private readonly text: string,
    private readonly delimiter: Delimiter,
    private readonly newline: LineBreak,
  ) {
    this.quotes = new NextIndex(text, '"');
    this.delimiters = new NextIndex(text, delimiter);
    this.newlines = new NextIndex(text, newline);
    this.lineFeeds = new NextIndex(text, '\n');
    this.carriageReturns = new NextIndex(text, '\r');
  }

  /**
   * The line at start, ended as PapaParse ends records (by the file's line break: in a CRLF
   * file a bare LF stays in the line, as in an unquoted cell): its end and the next line's start.
   */
  lineAt(start: number): { end: number; next: number } {
    const end = this.newlines.get(start);
    if (end < 0) return { end: this.text.length, next: this.text.length };
    return { end, next: end + this.newline.length };
  }

  /** The next CR or LF from a position on, -1 for none. */
  private nextBreak(from: number): number {
    return first(this.lineFeeds.get(from), this.carriageReturns.get(from));
  }

  /** Reads the record starting at start (a record boundary) as PapaParse would. */
  scanRecord(start: number, checkBlank = false): ScannedRecord {
    const { text, newline } = this;
    const length = text.length;
    const delimiterCode = this.delimiter.charCodeAt(0);
    const newlineCode = newline.charCodeAt(0);
    const record: ScannedRecord = {
      kind: 'ok',
      end: length,
      cells: 0,
      filled: 0,
      multiline: false,
      stray: false,
      blank: true,
    };
    // The first CR or LF not yet passed: most records have none before their own line break.
    let lineBreak = this.nextBreak(start);
    let i = start;
    for (;;) {
      record.cells += 1;
      if (text.charCodeAt(i) === QUOTE) {
        const open = i;
        let search = open + 1;
        for (;;) {
          const close = this.quotes.get(search);
          if (close < 0) {
            record.kind = 'unclosed';
            return record;
          }
          const last = close === length - 1;
          if (!last && text.charCodeAt(close + 1) === QUOTE) {
            search = close + 2;
            continue;
          }
          if (lineBreak >= 0 && lineBreak <= open) lineBreak = this.nextBreak(open + 1);
          const crossesLine = lineBreak >= 0 && lineBreak < close;
          const after = close + 1;
          const next = text.charCodeAt(after);
          // What ends the field: the delimiter, the record's line break (PapaParse lets spaces,
          // any whitespace, stand before either), or the end of the text right after the quote.
          let endsRecord = last;
          let resume = after + 1;
          if (!last && next !== delimiterCode) {
            if (next === newlineCode && text.startsWith(newline, after)) {
              endsRecord = true;
              resume = after + newline.length;
            } else {
              const nextDelimiter = this.delimiters.get(after);
              const nextNewline = this.newlines.get(after);
              const stop = first(nextDelimiter, nextNewline);
              if (stop < 0 || text.slice(after, stop).trim() !== '') {
                record.kind = 'malformed';
                record.multiline = crossesLine;
                return record;
              }
              endsRecord = stop === nextNewline;
              resume = stop + (endsRecord ? newline.length : 1);
            }
          }
          if (close > open + 1) {
            record.filled = record.cells;
            if (checkBlank && NON_BLANK.test(text.slice(open + 1, close))) record.blank = false;
          }
          if (crossesLine) record.multiline = true;
          if (endsRecord) {
            record.end = last ? length : resume;
            return record;
          }
          i = resume;
          break;
        }
        continue;
      }
      const nextDelimiter = this.delimiters.get(i);
      const nextNewline = this.newlines.get(i);
      const endsField = nextDelimiter >= 0 && (nextNewline < 0 || nextDelimiter < nextNewline);
      const fieldEnd = endsField ? nextDelimiter : nextNewline < 0 ? length : nextNewline;
      // An odd quote here (`ab"cd`) looks like one opening a cell; paired ones, as in
      // csv-spectrum's `37°36'37.8"N 121°2'17.9"W`, are plain text.
      let quotes = 0;
      for (let q = this.quotes.get(i); q >= 0 && q < fieldEnd; q = this.quotes.get(q + 1)) {
        quotes += 1;
      }
      if (quotes % 2 === 1) record.stray = true;
      if (fieldEnd > i) {
        record.filled = record.cells;
        if (checkBlank && NON_BLANK.test(text.slice(i, fieldEnd))) record.blank = false;
      }
      if (!endsField) {
        record.end = nextNewline < 0 ? length : nextNewline + newline.length;
        return record;
      }
      i = nextDelimiter + 1;
    }
  }

  /**
   * The first non-blank row's shape: the record as PapaParse reads it, or its first line read
   * literally when its quotes are broken (as scanRows will give it). Null for a blank text.
   */
  headerShape(): RowShape | null {
    const length = this.text.length;
    let position = 0;
    while (position < length) {
      const record = this.scanRecord(position, true);
      if (record.kind === 'ok') {
        if (!record.blank) return { cells: record.cells, filled: record.filled };
        position = record.end;
        continue;
      }
      const line = this.lineAt(position);
      const cells = this.text.slice(position, line.end).split(this.delimiter);
      if (cells.join('').trim() !== '') return shapeOf(cells);
      position = line.next;
    }
    return null;
  }

  /**
   * From a record boundary on, the records PapaParse can be trusted with (noting those with a
   * stray quote) up to the first broken one: a malformed closing quote, a quoted field left open
   * at the end, or a quoted line break giving a record that does not fit the header's shape.
   */
  plan(from: number, shape: RowShape | null): ScanPlan {
    const { text, newline } = this;
    const noted: number[] = [];
    let position = from;
    while (position < text.length) {
      const quote = this.quotes.get(position);
      if (quote < 0) break;
      // No quote between position and this one: the last line break before it ends a record.
      const lastBreak = quote > position ? text.lastIndexOf(newline, quote - newline.length) : -1;
      const start = lastBreak < 0 ? position : Math.max(position, lastBreak + newline.length);
      const record = this.scanRecord(start);
      if (record.kind === 'unclosed') return { noted, broken: { start, note: 'unclosed-quote' } };
      if (record.kind === 'malformed') {
        const note = record.multiline ? 'unclosed-quote' : 'literal-quotes';
        return { noted, broken: { start, note } };
      }
      if (record.multiline && !fitsShape(record, shape)) {
        return { noted, broken: { start, note: 'literal-quotes' } };
      }
      if (record.stray) noted.push(start);
      position = record.end;
    }
    return { noted, broken: null };
  }
}

export function shapeOf(cells: readonly string[]): RowShape {
  let filled = cells.length;
  while (filled > 0 && cells[filled - 1] === '') filled -= 1;
  return { cells: cells.length, filled };
}
