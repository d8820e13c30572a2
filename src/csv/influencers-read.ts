// An influencer sheet CSV (already decoded) read into new influencers: columns found by their
// headers (French or English), computed columns left out with the reason, the decimal
// separator decided once for the file, and every refused row kept as problems at its line
// with the cell as written. Pure and synchronous; the screen shows the report and adds the
// influencers only once the user has confirmed. A text cell is text: a name such as
// `<img src=x onerror=alert(1)>` is kept exactly, the screen shows it as text.
import { emptyChecklist } from '../domain/influencers/disclosure';
import type { Influencer } from '../domain/influencers/model';
import {
  validateInfluencer,
  type FieldProblem,
  type InfluencerDraft,
} from '../domain/influencers/validation';
import { parseMoney } from '../domain/money';
import { decimalSeparatorOf, type DecimalSeparator } from '../domain/number-parse';
import { restoreNeutralised } from './escape';
import { delimiterBy, headerRowBy } from './header-search';
import { fastCents, hasCountSuffix, readNumberCell, readShareCell } from './influencer-cells';
import {
  FIELD_KINDS,
  mapInfluencerHeader,
  readPlatform,
  readStatus,
  REQUIRED_INFLUENCER_FIELDS,
  type FoundColumn,
  type IgnoredColumn,
  type InfluencerCsvField,
} from './influencers-columns';
import { decimalVotes, type DecimalSource } from './orders-columns';
import { parseCsvText, type RowNote } from './parse';
import { rowFitProblem } from './row-fit';
import type { Delimiter } from './sniff';

export type InfluencerProblemCode =
  | 'missing-column' // column: the field needed ('name', 'platform' or 'followers')
  | 'unclosed-quote' // a quoted cell never closed: the line was read alone
  | 'malformed-quotes' // quotes that do not hold: the cells cannot be trusted
  | 'long-row' // more filled cells than the header has: a delimiter inside an unquoted value
  | 'missing-name'
  | 'missing-followers'
  | 'missing-platform'
  | 'unknown-platform'
  | 'unknown-status'
  | 'not-a-number'
  | 'not-whole' // a count of people or orders with decimals
  | 'negative'
  | 'too-many-decimals' // money with more than two decimals
  | 'share-out-of-range' // a percent below 0 or above 100
  | 'likes-above-followers'; // limit: followers × LIKES_PER_FOLLOWER_LIMIT

export interface InfluencerProblem {
  /** The 1-based line of the file where the row starts. */
  line: number;
  /** The header as the file writes it; the field for 'missing-column'; null for a whole row. */
  column: string | null;
  field: InfluencerCsvField | null;
  code: InfluencerProblemCode;
  /** The cell as written, the whole row (cells joined by the delimiter) for a row problem. */
  value: string;
  /** For 'likes-above-followers': the most likes the followers allow. */
  limit?: number;
}

/** An influencer as read, before the sheet gives it an id and a plan. */
export type NewInfluencer = Omit<Influencer, 'id' | 'planId'>;

export interface InfluencersReadOptions {
  /** The plan's locale: its decimal separator stands in when the file does not tell. */
  locale: string;
}

export interface InfluencersReadResult {
  delimiter: Delimiter;
  /** The line of the header row (0 for an empty text). */
  headerLine: number;
  /** The columns imported, in file order. */
  found: FoundColumn[];
  /** The columns left out, with why (an engagement rate: computed by the sheet). */
  ignored: IgnoredColumn[];
  /** The rows that read, in file order. */
  influencers: NewInfluencer[];
  /** lines[i]: the line influencers[i] was read from. */
  lines: number[];
  /** In line order, every problem of each refused row. */
  problems: InfluencerProblem[];
  /** Non-blank rows under the header: influencers.length + refused rows. */
  rowCount: number;
  decimalSeparator: DecimalSeparator;
  decimalSource: DecimalSource;
}

function localeDecimal(locale: string): DecimalSeparator {
  try {
    return decimalSeparatorOf(locale);
  } catch {
    return ',';
  }
}

/** A row's count as a header: the fields it names. */
function fieldsIn(row: readonly string[]): number {
  return mapInfluencerHeader(row).found.length;
}

const NUMERIC_KINDS = new Set(['count', 'average', 'money', 'share']);

/** The draft's value of one field, or the problem of its cell. */
type CellRead =
  { ok: true; value: string | number | null } | { ok: false; code: InfluencerProblemCode };

function readCell(field: InfluencerCsvField, raw: string, decimal: DecimalSeparator): CellRead {
  const cell = raw.trim();
  const kind = FIELD_KINDS[field];
  if (kind === 'text') return { ok: true, value: restoreNeutralised(cell) };
  if (kind === 'platform') {
    if (cell === '') return { ok: false, code: 'missing-platform' };
    const platform = readPlatform(cell);
    return platform ? { ok: true, value: platform } : { ok: false, code: 'unknown-platform' };
  }
  if (kind === 'status') {
    // No status yet: a new name on the list is one to contact.
    if (cell === '') return { ok: true, value: 'to-contact' };
    const status = readStatus(cell);
    return status ? { ok: true, value: status } : { ok: false, code: 'unknown-status' };
  }
  if (cell === '') return { ok: true, value: null };
  if (kind === 'money') {
    const fast = fastCents(cell, decimal);
    if (fast !== null) return { ok: true, value: fast };
    const cents = parseMoney(cell, decimal, { allowNegative: true });
    if (cents.ok) return { ok: true, value: cents.value };
    return {
      ok: false,
      code: cents.error.code === 'too-many-decimals' ? 'too-many-decimals' : 'not-a-number',
    };
  }
  const read = kind === 'share' ? readShareCell(cell, decimal) : readNumberCell(cell, decimal);
  return read.ok ? { ok: true, value: read.value } : { ok: false, code: read.code };
}

/** The reader's code for a problem validation found (the cell read, its value refused). */
function problemCode(problem: FieldProblem): InfluencerProblemCode {
  switch (problem.code) {
    case 'empty':
      return 'missing-name';
    case 'missing':
      return 'missing-followers';
    case 'not-cents':
      return 'too-many-decimals';
    case 'month-invalid':
      return 'not-a-number';
    default:
      return problem.code;
  }
}

function blankDraft(): InfluencerDraft {
  return {
    id: '',
    planId: '',
    name: '',
    handle: '',
    platform: '',
    followers: null,
    avgLikes: null,
    avgComments: null,
    avgShares: null,
    avgViews: null,
    impressions: null,
    pricePost: null,
    priceStory: null,
    priceVideo: null,
    niche: '',
    audienceMatch: null,
    realFollowerShare: null,
    promoCode: '',
    attributedOrders: null,
    attributedRevenue: null,
    disclosure: emptyChecklist(),
    status: 'to-contact',
    notes: '',
    posts: [],
    bookedMonth: null,
    bookedCost: null,
  };
}

function setField(
  draft: InfluencerDraft,
  field: InfluencerCsvField,
  value: string | number | null,
) {
  // Each field's kind fixes its type (text and enumerations strings, the others numbers).
  (draft as unknown as Record<InfluencerCsvField, string | number | null>)[field] = value;
}

/**
 * The influencer as the sheet's add takes it (the sheet gives the id and the plan), field by
 * field: a rest spread or a delete would leave 10 000 objects in slow dictionary mode.
 */
function withoutIds(i: Influencer): NewInfluencer {
  return {
    name: i.name,
    handle: i.handle,
    platform: i.platform,
    followers: i.followers,
    avgLikes: i.avgLikes,
    avgComments: i.avgComments,
    avgShares: i.avgShares,
    avgViews: i.avgViews,
    impressions: i.impressions,
    pricePost: i.pricePost,
    priceStory: i.priceStory,
    priceVideo: i.priceVideo,
    niche: i.niche,
    audienceMatch: i.audienceMatch,
    realFollowerShare: i.realFollowerShare,
    promoCode: i.promoCode,
    attributedOrders: i.attributedOrders,
    attributedRevenue: i.attributedRevenue,
    disclosure: i.disclosure,
    status: i.status,
    notes: i.notes,
    posts: i.posts,
    bookedMonth: i.bookedMonth,
    bookedCost: i.bookedCost,
  };
}

interface RowContext {
  found: FoundColumn[];
  /** The column feeding each field, by field name (as FieldProblem names it). */
  columnOf: ReadonlyMap<string, FoundColumn>;
  width: number;
  delimiter: Delimiter;
  decimal: DecimalSeparator;
}

/** One data row: its influencer, or its problems pushed. */
function readRow(
  row: readonly string[],
  line: number,
  note: RowNote | null,
  context: RowContext,
  problems: InfluencerProblem[],
): NewInfluencer | null {
  const rowProblem = (code: InfluencerProblemCode) => {
    problems.push({ line, column: null, field: null, code, value: row.join(context.delimiter) });
    return null;
  };
  const fit = rowFitProblem(row, note, context.width);
  if (fit) return rowProblem(fit);
  const draft = blankDraft();
  const rowProblems: InfluencerProblem[] = [];
  const refused = new Set<string>();
  const { columnOf } = context;
  for (const column of context.found) {
    const raw = row[column.index] ?? '';
    const read = readCell(column.field, raw, context.decimal);
    if (read.ok) setField(draft, column.field, read.value);
    else {
      refused.add(column.field);
      rowProblems.push({
        line,
        column: column.header,
        field: column.field,
        code: read.code,
        value: raw,
      });
    }
  }
  const valid = validateInfluencer(draft);
  if (valid.ok && rowProblems.length === 0) return withoutIds(valid.value);
  for (const problem of valid.ok ? [] : valid.error) {
    if (refused.has(problem.field)) continue;
    const column = columnOf.get(problem.field);
    const field = column?.field ?? null;
    rowProblems.push({
      line,
      column: column?.header ?? null,
      field,
      code: problemCode(problem),
      value: column ? (row[column.index] ?? '') : '',
      ...(problem.code === 'likes-above-followers' ? { limit: problem.limit } : {}),
    });
  }
  // In the file's column order, as the user reads the row.
  const order = (p: InfluencerProblem) => (p.field ? (columnOf.get(p.field)?.index ?? 0) : 0);
  problems.push(...rowProblems.sort((a, b) => order(a) - order(b)));
  return null;
}

/**
 * The influencers an influencer CSV holds, and every row it refuses with the reasons, at the
 * file's own line numbers; nothing is stored here. Never throws, and no figure is ever NaN:
 * a cell that does not read refuses its row.
 */
export function readInfluencersCsv(
  text: string,
  options: InfluencersReadOptions,
): InfluencersReadResult {
  const delimiter = delimiterBy(text, fieldsIn);
  const { rows, lines, notes } = parseCsvText(text, delimiter);
  const at = headerRowBy(rows, fieldsIn).index;
  const header = rows[at] ?? [];
  const headerLine = lines[at] ?? 0;
  const { found, ignored } = mapInfluencerHeader(header);
  const fallback = localeDecimal(options.locale);
  const base = {
    delimiter,
    headerLine,
    found,
    ignored,
    rowCount: Math.max(0, rows.length - at - 1),
  };
  const missing = REQUIRED_INFLUENCER_FIELDS.filter((f) => !found.some((c) => c.field === f));
  if (missing.length > 0) {
    return {
      ...base,
      influencers: [],
      lines: [],
      problems: missing.map((field) => ({
        line: headerLine || 1,
        column: field,
        field,
        code: 'missing-column',
        value: '',
      })),
      decimalSeparator: fallback,
      decimalSource: 'locale',
    };
  }

  // First pass: what the numbers say of the decimal separator; the whole file decides.
  const numeric = found.filter((c) => NUMERIC_KINDS.has(FIELD_KINDS[c.field]));
  const votes = decimalVotes();
  for (let r = at + 1; r < rows.length; r += 1) {
    if (notes[r]) continue;
    const row = rows[r] ?? [];
    for (const column of numeric) {
      const cell = row[column.index];
      if (cell !== undefined && !hasCountSuffix(cell)) votes.add(cell);
    }
  }
  const { decimal, source } = votes.decide(undefined, fallback);

  const context: RowContext = {
    found,
    columnOf: new Map(found.map((column) => [column.field, column])),
    width: header.length,
    delimiter,
    decimal,
  };
  const influencers: NewInfluencer[] = [];
  const readLines: number[] = [];
  const problems: InfluencerProblem[] = [];
  for (let r = at + 1; r < rows.length; r += 1) {
    const line = lines[r] ?? 0;
    const read = readRow(rows[r] ?? [], line, notes[r] ?? null, context, problems);
    if (read) {
      influencers.push(read);
      readLines.push(line);
    }
  }
  return {
    ...base,
    influencers,
    lines: readLines,
    problems,
    decimalSeparator: decimal,
    decimalSource: source,
  };
}
