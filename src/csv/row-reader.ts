// The reader the pipeline hands a target for each row: typed cells through the valibot
// schemas, the user's answers for values the lexicons do not know, and what the whole file
// tells beyond its rows (the values still to ask about, the currencies its amounts name).
import type { CellRead, CellType } from './cell-schemas';
import type { ColumnMapping } from './mapping';
import type { RowIssue, RowReader, ValueAnswers } from './target';
import { textKey } from './text-key';

/** The cell types whose values come from a closed list: an unknown value is asked, once. */
export const ASKABLE_TYPES = ['family', 'category', 'poe', 'cost-model', 'stage'] as const;
export type AskableType = (typeof ASKABLE_TYPES)[number];

const UNKNOWN_CODES: Record<AskableType, string> = {
  family: 'unknown-family',
  category: 'unknown-category',
  poe: 'unknown-poe',
  'cost-model': 'unknown-cost-model',
  stage: 'unknown-stage',
};

function isAskable(type: CellType): type is AskableType {
  return ASKABLE_TYPES.some((askable) => askable === type);
}

/** A value of the file that no lexicon knows, and the rows held until the user answers. */
export interface PendingValue {
  /** The target column key. */
  column: string;
  type: AskableType;
  /** As the file first writes it. */
  value: string;
  /** textKey(value): how answers are keyed. */
  key: string;
  rows: number;
  firstLine: number;
}

// A currency symbol ("$", "US$", "£") or a three-letter code beside a number ("USD", "CHF").
const CURRENCY_MARK = /[A-Z]{0,3}\p{Sc}[A-Z]{0,3}|(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/u;
// Digits, separators, spaces and a sign only: most amounts, and no currency in them.
const BARE_AMOUNT = /^[\d\s.,\u00A0\u202F+-]*$/;

export class CellReader implements RowReader {
  readonly #read: CellRead;
  readonly #columns: Map<string, number>;
  readonly #answers: ValueAnswers;
  readonly #pending = new Map<string, PendingValue>();
  readonly #currencies = new Set<string>();
  cells: readonly string[] = [];
  issues: RowIssue[] = [];
  /** Whether this row holds a value still to ask about. */
  held = false;
  line = 0;

  constructor(read: CellRead, mapping: ColumnMapping, answers: ValueAnswers = {}) {
    this.#read = read;
    this.#answers = answers;
    this.#columns = new Map();
    mapping.forEach((key, index) => {
      if (key !== null && !this.#columns.has(key)) this.#columns.set(key, index);
    });
  }

  start(cells: readonly string[], line: number): void {
    this.cells = cells;
    this.issues = [];
    this.held = false;
    this.line = line;
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
    const raw = this.raw(key);
    const result = this.#read(type, raw);
    if (result.ok) {
      if ((type === 'amount' || type === 'total') && !BARE_AMOUNT.test(raw))
        this.#noteCurrency(raw);
      return result.value;
    }
    if (isAskable(type) && result.error === UNKNOWN_CODES[type])
      return this.#answered(key, type, raw);
    this.issues.push({ column: key, code: result.error });
    return null;
  }

  /** The user's answer for an unknown value, read as its code; the row is held without one. */
  #answered<T extends AskableType>(key: string, type: T, raw: string) {
    const valueKey = textKey(raw);
    const answer = this.#answers[key]?.[valueKey];
    if (answer !== undefined && answer !== '') {
      const coded = this.#read(type, answer);
      if (coded.ok) return coded.value;
    }
    if (answer === '') {
      // The user chose to refuse the rows that give this value.
      this.issues.push({ column: key, code: UNKNOWN_CODES[type] as RowIssue['code'] });
      return null;
    }
    const id = `${key}|${valueKey}`;
    const pending = this.#pending.get(id);
    if (pending) pending.rows += 1;
    else {
      const value = raw.trim();
      this.#pending.set(id, {
        column: key,
        type,
        value,
        key: valueKey,
        rows: 1,
        firstLine: this.line,
      });
    }
    this.held = true;
    return null;
  }

  #noteCurrency(raw: string): void {
    const mark = CURRENCY_MARK.exec(raw);
    if (mark) this.#currencies.add(mark[0]);
  }

  fail(issue: RowIssue): void {
    this.issues.push(issue);
  }

  pendingValues(): PendingValue[] {
    return [...this.#pending.values()];
  }

  currencies(): string[] {
    return [...this.#currencies];
  }
}
