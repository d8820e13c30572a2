// A leads CSV (already decoded) read into new leads: the built-in fields found by their headers
// (French or English), every other column kept as a custom field under its key, values as text
// (trimmed, a spreadsheet's protective apostrophe taken off), the dates' day order decided once
// for the file as orders-read.ts does, and every refused row kept as problems at its line with
// the cell as written. Pure and synchronous; the screen stores nothing before the user confirms.
import type { Lead, LeadBuiltInField } from '../domain/leads/model';
import { restoreNeutralised } from './escape';
import { delimiterBy, headerRowBy } from './header-search';
import {
  mapLeadHeader,
  type BuiltInColumn,
  type CustomColumn,
  type IgnoredLeadColumn,
} from './leads-columns';
import {
  dateColumnReader,
  dayOfCell,
  type DateColumnReader,
  type DateOrder,
  type DateOrderSource,
} from './order-dates';
import { parseCsvText, type RowNote } from './parse';
import { rowFitProblem } from './row-fit';
import type { Delimiter } from './sniff';

export type LeadRowProblemCode =
  | 'missing-column' // no name, e-mail or phone column: no row could be a lead
  | 'unclosed-quote' // a quoted cell never closed: the line was read alone
  | 'malformed-quotes' // quotes that do not hold: the cells cannot be trusted
  | 'long-row' // more filled cells than the header has: a delimiter inside an unquoted value
  | 'empty-lead' // no name, no e-mail and no phone
  | 'bad-date' // a date cell that is no calendar day
  | 'ambiguous-date'; // the file shows both day orders and this date reads both ways

export interface LeadRowProblem {
  /** The 1-based line of the file where the row starts. */
  line: number;
  /** The header as the file writes it; null for a whole row. */
  column: string | null;
  field: LeadBuiltInField | null;
  code: LeadRowProblemCode;
  /** The cell as written; the whole row (cells joined by the delimiter) for a row problem. */
  value: string;
}

/** A lead as read, before the screen gives it an id and a plan. */
export type NewLead = Omit<Lead, 'id' | 'planId'>;

export interface LeadsReadOptions {
  /**
   * The export's language. Only breaks a tie: when every date of the file reads both ways
   * (03/04/2026), it is read day first in both languages, as France, the UK and most English
   * files outside the US write it; a file with 12/31/2026 in it shows it is month first.
   */
  language: 'fr' | 'en';
}

export interface LeadsReadResult {
  delimiter: Delimiter;
  /** The line of the header row (0 for an empty text). */
  headerLine: number;
  /** The built-in fields found, in file order. */
  found: BuiltInColumn[];
  /** The custom fields, in file order (the order the export writes them back). */
  custom: CustomColumn[];
  ignored: IgnoredLeadColumn[];
  /** The rows that read, in file order. */
  leads: NewLead[];
  /** lines[i]: the line leads[i] was read from. */
  lines: number[];
  /** In line order, every problem of each refused row. */
  problems: LeadRowProblem[];
  /** Non-blank rows under the header: leads.length + refused rows. */
  rowCount: number;
  /** How day-and-month dates were read; null when none needed it (ISO dates only). */
  dateOrder: DateOrder | null;
  dateOrderSource: DateOrderSource;
}

// Day first in both languages when the file does not tell (see LeadsReadOptions).
const TIE_LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;
const CONTACT_FIELDS = new Set<LeadBuiltInField>(['name', 'email', 'phone']);
const DATE_FIELDS = new Set<LeadBuiltInField>(['createdOn', 'lastContactOn']);

/** A row's count as a header: the built-in fields it names. */
function builtInFieldsIn(row: readonly string[]): number {
  return mapLeadHeader(row).found.length;
}

/** A text cell as the lead keeps it: trimmed, the export's anti-formula apostrophe taken off. */
function textOf(raw: string | undefined): string {
  return restoreNeutralised((raw ?? '').trim());
}

interface RowContext {
  found: BuiltInColumn[];
  custom: CustomColumn[];
  width: number;
  delimiter: Delimiter;
  dates: DateColumnReader;
  order: DateOrder | null;
}

/** One data row: its lead, or its problems pushed (in the file's column order). */
function readRow(
  row: readonly string[],
  line: number,
  note: RowNote | null,
  context: RowContext,
  problems: LeadRowProblem[],
): NewLead | null {
  const rowProblem = (code: LeadRowProblemCode) => {
    problems.push({ line, column: null, field: null, code, value: row.join(context.delimiter) });
    return null;
  };
  const fit = rowFitProblem(row, note, context.width);
  if (fit) return rowProblem(fit);
  const lead: NewLead = {
    name: '',
    email: '',
    phone: '',
    createdOn: null,
    lastContactOn: null,
    fields: {},
  };
  const rowProblems: LeadRowProblem[] = [];
  for (const column of context.found) {
    const raw = row[column.index] ?? '';
    if (!DATE_FIELDS.has(column.field)) {
      lead[column.field as 'name' | 'email' | 'phone'] = textOf(raw);
      continue;
    }
    if (raw.trim() === '') continue;
    const cell = context.dates.read(raw);
    const day = cell === null ? null : dayOfCell(cell, context.order);
    if (day === null || day === 'ambiguous') {
      const code = day === 'ambiguous' ? 'ambiguous-date' : 'bad-date';
      rowProblems.push({ line, column: column.header, field: column.field, code, value: raw });
    } else lead[column.field as 'createdOn' | 'lastContactOn'] = day;
  }
  const fields: Record<string, string> = {};
  for (const column of context.custom) {
    // An empty cell is no value: a missing key reads as empty, and 50 000 leads stay small.
    const value = textOf(row[column.index]);
    if (value !== '') fields[column.key] = value;
  }
  lead.fields = fields;
  if (lead.name === '' && lead.email === '' && lead.phone === '') {
    rowProblems.unshift({
      line,
      column: null,
      field: null,
      code: 'empty-lead',
      value: row.join(context.delimiter),
    });
  }
  if (rowProblems.length === 0) return lead;
  problems.push(...rowProblems);
  return null;
}

/**
 * The leads a leads CSV holds, and every row it refuses with the reasons, at the file's own
 * line numbers; nothing is stored here. Never throws. A file without any name, e-mail or
 * phone column reads no lead and says so once ('missing-column').
 */
export function readLeadsCsv(text: string, options: LeadsReadOptions): LeadsReadResult {
  const delimiter = delimiterBy(text, builtInFieldsIn);
  const { rows, lines, notes } = parseCsvText(text, delimiter);
  const at = headerRowBy(rows, builtInFieldsIn).index;
  const header = rows[at] ?? [];
  const headerLine = lines[at] ?? 0;
  const { found, custom, ignored } = mapLeadHeader(header);
  const base = {
    delimiter,
    headerLine,
    found,
    custom,
    ignored,
    rowCount: Math.max(0, rows.length - at - 1),
  };
  if (rows.length > 0 && !found.some((c) => CONTACT_FIELDS.has(c.field))) {
    return {
      ...base,
      leads: [],
      lines: [],
      problems: [
        { line: headerLine || 1, column: null, field: null, code: 'missing-column', value: '' },
      ],
      dateOrder: null,
      dateOrderSource: null,
    };
  }

  // First pass: what the dates say of the day order; the whole file decides, once.
  const dates = dateColumnReader();
  const dateColumns = found.filter((c) => DATE_FIELDS.has(c.field));
  for (let r = at + 1; r < rows.length; r += 1) {
    if (notes[r]) continue;
    const row = rows[r] ?? [];
    for (const column of dateColumns) {
      const cell = row[column.index];
      if (cell !== undefined && cell.trim() !== '') dates.read(cell);
    }
  }
  const { order, source } = dates.decide(undefined, TIE_LOCALES[options.language]);

  const context: RowContext = { found, custom, width: header.length, delimiter, dates, order };
  const leads: NewLead[] = [];
  const readLines: number[] = [];
  const problems: LeadRowProblem[] = [];
  for (let r = at + 1; r < rows.length; r += 1) {
    const line = lines[r] ?? 0;
    const lead = readRow(rows[r] ?? [], line, notes[r] ?? null, context, problems);
    if (lead) {
      leads.push(lead);
      readLines.push(line);
    }
  }
  return {
    ...base,
    leads,
    lines: readLines,
    problems,
    dateOrder: order,
    dateOrderSource: source,
  };
}
