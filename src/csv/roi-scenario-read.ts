// The cells of a scenario CSV, read back: its header (the columns of roi-scenario-write.ts,
// in French or English, any case and accents) and each row's cells by column, every refusal
// kept as a problem with the line the file shows. roi-scenario-csv.ts assembles the scenario.
import { MAX_NAME_LENGTH } from '../domain/plan';
import { parseMoney, toCents, type Cents } from '../domain/money';
import { decimalToNumber, parseDecimal, type DecimalSeparator } from '../domain/number-parse';
import type { Estimate } from '../domain/roi/model';
import { restoreNeutralised } from './escape';
import { textKey } from './text-key';
import {
  ROI_COLUMNS,
  ROI_WORDS,
  type ColumnId,
  type ColumnUnit,
  type EstimateField,
  type RoiColumn,
  type WordCodes,
  type WordEntry,
  type WordField,
} from './roi-scenario-write';

export type RoiCsvProblemCode =
  | 'missing-column' // a required column is not in the header
  | 'duplicate-column' // two headers name the same column
  | 'malformed-row' // broken quotes (detail: the parser's note)
  | 'no-rows' // a header and nothing under it, or nothing at all
  | 'too-many-rows' // more lines than a scenario holds (detail: the limit)
  | 'decimal-ambiguous' // the numbers could be read with ',' or '.' decimals
  | 'not-a-number' // detail: the number parser's code ('bad-grouping', 'too-many-decimals'…)
  | 'bad-value' // detail: 'required', 'negative', 'out-of-range', 'unknown-word', 'too-long',
  //              'not-an-integer', 'above-likely', 'below-likely', 'min-above-max'
  | 'unknown-channel' // a linked channel the plan does not have
  | 'mixed-scenarios'; // a scenario field that differs from the first row's

export interface RoiCsvProblem {
  /** The 1-based line of the file. */
  line: number;
  /** The header as the file writes it (in the file's language when the column is absent). */
  column: string | null;
  code: RoiCsvProblemCode;
  detail?: string;
}

export interface RoiCsvReadOptions {
  locale: string;
  /** The plan's channels, name → id. */
  channelIds: ReadonlyMap<string, string>;
  newId: () => string;
  now: number;
  planId: string;
}

/** A header's key: textKey without the "(%)" that names the unit. */
function columnKey(header: string): string {
  return textKey(header)
    .replace(/\(\s*%\s*\)|%/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, { column: RoiColumn; language: 'fr' | 'en' | null }>();
for (const column of ROI_COLUMNS) {
  const fr = columnKey(column.fr);
  const en = columnKey(column.en);
  BY_KEY.set(fr, { column, language: fr === en ? null : 'fr' });
  if (en !== fr) BY_KEY.set(en, { column, language: 'en' });
}

export interface Header {
  at: Map<ColumnId, number>;
  names: Map<ColumnId, string>;
  language: 'fr' | 'en';
}

export function readHeader(
  cells: readonly string[],
  line: number,
  problems: RoiCsvProblem[],
): Header {
  const at = new Map<ColumnId, number>();
  const names = new Map<ColumnId, string>();
  const votes = { fr: 0, en: 0 };
  cells.forEach((cell, index) => {
    const text = restoreNeutralised(cell).trim();
    const found = BY_KEY.get(columnKey(text));
    if (!found) return; // a column of the user's own: ignored
    if (at.has(found.column.id)) {
      problems.push({ line, column: text, code: 'duplicate-column' });
      return;
    }
    at.set(found.column.id, index);
    names.set(found.column.id, text);
    if (found.language) votes[found.language] += 1;
  });
  const language = votes.en > votes.fr ? 'en' : 'fr';
  for (const column of ROI_COLUMNS) {
    if (!names.has(column.id)) names.set(column.id, column[language]);
    if (column.required && !at.has(column.id)) {
      problems.push({ line, column: column[language], code: 'missing-column' });
    }
  }
  return { at, names, language };
}

/** Why a value is refused (a bad-value detail), or null when it is fine. */
export type Check = (value: number) => string | null;
export const atLeastZero: Check = (v) => (v >= 0 ? null : 'negative');
export const aboveZero: Check = (v) => (v > 0 ? null : 'out-of-range');
/** A rate: 0 … 100 %. */
export const share: Check = (v) => (v >= 0 && v <= 1 ? null : 'out-of-range');
/** Carry-over θ: 0 … 100 % excluded (θ = 1 never forgets, its steady state is infinite). */
export const carry: Check = (v) => (v >= 0 && v < 1 ? null : 'out-of-range');
export const anything: Check = () => null;

/** The cells of one row, read by column; every refusal is kept in problems. */
export class RowReader {
  readonly #row: readonly string[];
  readonly #header: Header;
  readonly #decimal: DecimalSeparator;
  readonly #problems: RoiCsvProblem[];
  readonly #refused = new Set<ColumnId>();
  readonly line: number;

  constructor(row: readonly string[], line: number, header: Header, decimal: DecimalSeparator) {
    this.#row = row;
    this.line = line;
    this.#header = header;
    this.#decimal = decimal;
    this.#problems = [];
  }

  get problems(): readonly RoiCsvProblem[] {
    return this.#problems;
  }

  /** Whether a cell of these columns was refused already. */
  refusedIn(ids: readonly ColumnId[]): boolean {
    return ids.some((id) => this.#refused.has(id));
  }

  problem(id: ColumnId, code: RoiCsvProblemCode, detail?: string): void {
    this.#refused.add(id);
    const column = this.#header.names.get(id) ?? id;
    this.#problems.push({ line: this.line, column, code, ...(detail ? { detail } : {}) });
  }

  text(id: ColumnId): string {
    const index = this.#header.at.get(id);
    const text = restoreNeutralised(index === undefined ? '' : (this.#row[index] ?? ''));
    if (text.length > MAX_NAME_LENGTH) this.problem(id, 'bad-value', 'too-long');
    return text;
  }

  /** The code the cell's word stands for; the fallback when empty (required when null). */
  word<F extends WordField>(field: F, fallback: WordCodes[F] | null): WordCodes[F] | null {
    const key = textKey(this.text(field));
    if (key === '') {
      if (fallback === null) this.problem(field, 'bad-value', 'required');
      return fallback;
    }
    const entries: readonly WordEntry<WordCodes[F]>[] = ROI_WORDS[field];
    const entry = entries.find((e) =>
      [e.code, e.fr, e.en, ...e.also].some((w) => textKey(w) === key),
    );
    if (!entry) this.problem(field, 'bad-value', 'unknown-word');
    return entry?.code ?? fallback;
  }

  /** The number in the cell (percent columns as fractions); null when empty or refused. */
  number(id: ColumnId, unit: ColumnUnit, check: Check, required: boolean): number | null {
    const text = this.text(id).trim();
    if (text === '') {
      if (required) this.problem(id, 'bad-value', 'required');
      return null;
    }
    const value = this.#parse(id, text, unit);
    const refused = value === null ? null : check(value);
    if (refused) this.problem(id, 'bad-value', refused);
    return refused ? null : value;
  }

  #parse(id: ColumnId, text: string, unit: ColumnUnit): number | null {
    if (unit === 'money') {
      const money = parseMoney(text, this.#decimal);
      if (!money.ok) this.problem(id, 'not-a-number', money.error.code);
      return money.ok ? money.value : null;
    }
    const parsed = parseDecimal(text, this.#decimal);
    if (!parsed.ok) {
      this.problem(id, 'not-a-number', parsed.error.code);
      return null;
    }
    // A percent column reads 2,5 and 2,5 % alike; elsewhere a % or a currency is not the unit.
    const stray = parsed.value.currency !== null || (unit !== 'percent' && parsed.value.percent);
    const value = stray ? null : decimalToNumber({ ...parsed.value, percent: unit === 'percent' });
    if (value === null) this.problem(id, 'not-a-number', stray ? 'unit' : 'too-large');
    return value;
  }

  cents(id: ColumnId, required: boolean): Cents | null {
    const value = this.number(id, 'money', atLeastZero, required);
    return value === null ? null : toCents(value);
  }

  whole(id: ColumnId, check: Check): number | null {
    const value = this.number(id, 'number', check, false);
    if (value !== null && !Number.isSafeInteger(value))
      this.problem(id, 'bad-value', 'not-an-integer');
    return value;
  }

  estimate(id: EstimateField, check: Check): Estimate {
    const unit = ROI_COLUMNS.find((c) => c.id === id)?.unit ?? 'number';
    const likely = this.number(id, unit, check, true) ?? 0;
    const low = this.number(`${id}.low`, unit, check, false);
    const high = this.number(`${id}.high`, unit, check, false);
    if (low !== null && low > likely) this.problem(`${id}.low`, 'bad-value', 'above-likely');
    if (high !== null && high < likely) this.problem(`${id}.high`, 'bad-value', 'below-likely');
    return { likely, low, high };
  }
}
