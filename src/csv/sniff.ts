// Guessing how a CSV file was written: delimiter, line break, number style, date style.
// Ours rather than PapaParse's guess, which picks ',' for a two-column French file "Nom;Montant".
import { parseDecimal, type DecimalSeparator } from '../domain/number-parse';

export type Delimiter = ';' | ',' | '\t';
export type LineBreak = '\r\n' | '\n' | '\r';
/** How slash dates are written; 'ambiguous' means the UI has to ask. ISO dates are always ymd. */
export type DateStyle = 'dmy' | 'ymd' | 'mdy' | 'ambiguous';

// In the order that breaks ties: French Excel writes ';', then tab exports, then ','.
const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];
// The header and about 20 rows, within the first 64 KiB whatever the rows hold.
const SAMPLE_RECORDS = 21;
const SAMPLE_CHARS = 64 * 1024;

interface ScannedRecord {
  fields: string[];
  /** Index just after the record's line break. */
  end: number;
  lineBreak: LineBreak | null;
}

/**
 * Reads one record from start as PapaParse does: a quote opens a quoted field only at the start
 * of a field, "" inside it is a quote, and line breaks inside it belong to the field.
 */
function scanRecord(text: string, delimiter: string, start: number): ScannedRecord {
  const fields: string[] = [];
  let field = '';
  let atFieldStart = true;
  let i = start;
  while (i < text.length) {
    const char = text.charAt(i);
    if (atFieldStart && char === '"') {
      atFieldStart = false;
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          field += text.slice(i);
          i = text.length;
          break;
        }
        field += text.slice(i, close);
        i = close + 1;
        if (text.charAt(i) !== '"') break;
        field += '"';
        i += 1;
      }
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
    } else if (char === '\r' || char === '\n') {
      fields.push(field);
      const lineBreak = char === '\r' && text.charAt(i + 1) === '\n' ? '\r\n' : char;
      return { fields, end: i + lineBreak.length, lineBreak };
    } else {
      atFieldStart = false;
      field += char;
      i += 1;
    }
  }
  fields.push(field);
  return { fields, end: text.length, lineBreak: null };
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** Field counts of the sampled non-blank records, as this delimiter would split them. */
function columnCounts(text: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  let start = 0;
  while (start < text.length && start <= SAMPLE_CHARS && counts.length < SAMPLE_RECORDS) {
    const record = scanRecord(text, delimiter, start);
    if (!isBlank(record.fields)) counts.push(record.fields.length);
    start = record.end;
  }
  return counts;
}

/** The share of records having the most frequent column count above 1: 1 when consistent. */
function consistency(counts: readonly number[]): number {
  const frequencies = new Map<number, number>();
  for (const count of counts) {
    if (count > 1) frequencies.set(count, (frequencies.get(count) ?? 0) + 1);
  }
  const best = Math.max(0, ...frequencies.values());
  return counts.length === 0 ? 0 : best / counts.length;
}

/**
 * The delimiter that splits the header and first rows into the same number of columns (more
 * than one); ties go to ';', then tab, then ','. When none is consistent (a title line above
 * the header, ragged rows), the one consistent over the most rows; ';' when nothing splits.
 */
export function sniffDelimiter(text: string): Delimiter {
  let best: Delimiter = ';';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const score = consistency(columnCounts(text, delimiter));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The line break ending the first record (quotes respected), to hand to PapaParse: Excel
 * writes CRLF between records and a bare LF for a line break inside a cell.
 */
export function sniffLineBreak(text: string, delimiter: Delimiter): LineBreak {
  return scanRecord(text, delimiter, 0).lineBreak ?? '\r\n';
}

const DECIMALS: readonly DecimalSeparator[] = [',', '.'];
const SPACE_GROUPED = /\d[ \u00A0\u202F]\d{3}(?!\d)/;

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * What one cell says: a separator it proves, 'either' when its value depends on the style but
 * the cell cannot tell which ("1,234" is 1.234 or 1234), null when no style changes its value
 * (integers, "1 234" grouped with spaces, text).
 */
type NumberVote = DecimalSeparator | 'either' | null;

/**
 * A single mark is a decimal separator unless it could be grouping thousands: "1,234" and
 * "1.234" are a thousand in one style and a decimal in the other, so they prove nothing.
 */
function singleMarkVote(core: string, mark: DecimalSeparator, spaceGrouped: boolean): NumberVote {
  const [before = '', after = ''] = core.split(mark);
  const couldGroup = after.length === 3 && /^[1-9]\d{0,2}$/.test(before) && !spaceGrouped;
  return couldGroup ? 'either' : mark;
}

/** Numbers in either style, and those our parser refuses only as written in the other style. */
function looksNumeric(text: string): boolean {
  return DECIMALS.some((decimal) => {
    const parsed = parseDecimal(text, decimal);
    return parsed.ok || parsed.error.code === 'ambiguous';
  });
}

/** What one cell says about the decimal separator. */
function numberVote(sample: string): NumberVote {
  const text = sample.trim();
  if (!/\d/.test(text) || !looksNumeric(text)) return null;
  const core = text.replace(/[^\d.,]/g, '');
  const commas = count(core, ',');
  const dots = count(core, '.');
  if (commas > 0 && dots > 0) return core.lastIndexOf(',') > core.lastIndexOf('.') ? ',' : '.';
  if (commas > 1) return '.';
  if (dots > 1) return ',';
  const spaceGrouped = SPACE_GROUPED.test(text);
  if (commas === 1) return singleMarkVote(core, ',', spaceGrouped);
  if (dots === 1) return singleMarkVote(core, '.', spaceGrouped);
  return null;
}

/**
 * The decimal separator the numeric cells use: "1 234,56" and "12,5" say ',', "1,234.56" and
 * "12.5" say '.'. When nothing depends on the separator (no cell, integers, "1 234"), the
 * fallback (the user's locale separator) is confident: either answer reads the same numbers.
 * When a cell depends on it but no cell decides ("1,234" alone), or cells disagree, the answer
 * is not confident and the UI asks.
 */
export function sniffNumberStyle(
  samples: readonly string[],
  fallback: DecimalSeparator,
): { decimal: DecimalSeparator; confident: boolean } {
  let commas = 0;
  let dots = 0;
  let undecided = 0;
  for (const sample of samples) {
    const vote = numberVote(sample);
    if (vote === ',') commas += 1;
    if (vote === '.') dots += 1;
    if (vote === 'either') undecided += 1;
  }
  if (commas > 0 && dots === 0) return { decimal: ',', confident: true };
  if (dots > 0 && commas === 0) return { decimal: '.', confident: true };
  if (commas === 0 && dots === 0) return { decimal: fallback, confident: undecided === 0 };
  if (commas === dots) return { decimal: fallback, confident: false };
  return { decimal: commas > dots ? ',' : '.', confident: false };
}

// A time after the date is allowed and ignored: Excel writes "31/12/2026 00:00".
const TIME = '(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
/** 2026-12-31, 2026/12/31, 2026.12.31: the year first is always year, month, day. */
export const YEAR_FIRST = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}$`);
/** 31/12/2026, 12/31/2026, 31-12-26, 31.12.2026: day and month in an order to find out. */
export const YEAR_LAST = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME}$`);

/**
 * How the date cells are written: 31/12/2026 proves dmy, 12/31/2026 proves mdy, ISO dates are
 * ymd. Dates whose first two parts are all ≤ 12 (or that prove both orders) are 'ambiguous',
 * and the UI asks.
 */
export function sniffDateStyle(samples: readonly string[]): DateStyle {
  let isoDates = 0;
  let slashDates = 0;
  let dayFirst = false;
  let monthFirst = false;
  for (const sample of samples) {
    const text = sample.trim();
    if (YEAR_FIRST.test(text)) isoDates += 1;
    const match = YEAR_LAST.exec(text);
    if (!match) continue;
    slashDates += 1;
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12 && second <= 12) dayFirst = true;
    if (second > 12 && first <= 12) monthFirst = true;
  }
  if (slashDates === 0) return isoDates > 0 ? 'ymd' : 'ambiguous';
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy';
  return 'ambiguous';
}
