// The valibot schema of every cell type an import reads: text as written in the file in,
// a typed value (cents, month, catalogue code…) or a reason code out. Empty cells are null.
import * as v from 'valibot';
import { MAX_CELL_CENTS } from '../domain/budget';
import { toCents, type Cents } from '../domain/money';
import type { Month } from '../domain/months';
import type { DecimalSeparator, NumberParseErrorCode } from '../domain/number-parse';
import {
  MAX_NAME_LENGTH,
  type AarrrStage,
  type CostModel,
  type Family,
  type PaidOwnedEarned,
  type Plan,
} from '../domain/plan';
import { err, ok, type Result } from '../domain/result';
import { readAmount, readDate, readMonthHeader, type DateErrorCode } from './cells';
import { restoreNeutralised } from './escape';
import {
  CATEGORY_WORDS,
  COST_WORDS,
  FAMILY_WORDS,
  KPI_WORDS,
  OBJECTIVE_WORDS,
  POE_WORDS,
  STAGE_WORDS,
  costModelOfKey,
  type CostKey,
  type Lexicon,
} from './labels';
import type { DateStyle } from './sniff';
import { textKey } from './text-key';

export interface CellOutputs {
  name: string;
  text: string;
  amount: Cents;
  /** A sum of amounts (a total row or column): no per-cell ceiling. */
  total: Cents;
  month: Month;
  family: Family;
  category: string;
  poe: PaidOwnedEarned;
  'cost-model': CostModel;
  stage: AarrrStage;
  objective: string;
  kpi: string;
}
export type CellType = keyof CellOutputs;

/** Why a cell was refused; the UI words each code in the user's language. */
export type CellIssueCode =
  | Exclude<NumberParseErrorCode, 'empty'>
  | Exclude<DateErrorCode, 'ambiguous'>
  | 'ambiguous-date'
  | 'month-outside-plan'
  | 'unknown-family'
  | 'unknown-category'
  | 'unknown-poe'
  | 'unknown-cost-model'
  | 'unknown-stage';

export const CELL_ISSUE_CODES: readonly CellIssueCode[] = [
  'not-a-number',
  'bad-grouping',
  'ambiguous',
  'too-many-decimals',
  'negative',
  'too-large',
  'not-a-date',
  'invalid-date',
  'ambiguous-date',
  'month-outside-plan',
  'unknown-family',
  'unknown-category',
  'unknown-poe',
  'unknown-cost-model',
  'unknown-stage',
];

export interface CellReadOptions {
  decimal: DecimalSeparator;
  dateStyle: DateStyle;
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>;
}

type Read<T> = (text: string) => Result<T, CellIssueCode>;

/**
 * Words → code, compared by textKey: the code, its French and English labels (what the
 * export writes in either language) and the synonyms of labels.ts.
 */
function lexicon<T extends string>(entries: Lexicon<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, words] of entries) {
    map.set(textKey(code), code);
    for (const word of words) map.set(textKey(word), code);
  }
  return map;
}

const FAMILIES = lexicon<Family>(FAMILY_WORDS);
const CATEGORIES = lexicon<string>(CATEGORY_WORDS);
const POE = lexicon<PaidOwnedEarned>(POE_WORDS);
// "fixed", "per-unit:click", "Forfait", "Per click (CPC)", "CPC"… → the cost model.
const COST_MODELS = new Map<string, CostModel>(
  [...lexicon<CostKey>(COST_WORDS)].map(([word, key]) => [word, costModelOfKey(key)]),
);
const STAGES = lexicon<AarrrStage>(STAGE_WORDS);
const OBJECTIVE_IDS = lexicon<string>(OBJECTIVE_WORDS);
const KPI_IDS = lexicon<string>(KPI_WORDS);

function fromLexicon<T>(map: ReadonlyMap<string, T>, code: CellIssueCode): Read<T> {
  return (text) => {
    const found = map.get(textKey(text));
    return found === undefined ? err(code) : ok(found);
  };
}

/** A code of ours when the words name one, else the user's own text, kept as written. */
function codeOrText(map: ReadonlyMap<string, string>): Read<string> {
  return (text) => ok(map.get(textKey(text)) ?? text);
}

// The amounts almost every row holds ("12 345,67", "1,234.50", "0"), read in one pass; any
// other spelling goes through parseMoney. At most 13 integer digits, so that the cents stay
// exact integers. A unit test checks both agree on every amount the fast path accepts.
const PLAIN_AMOUNT: Record<DecimalSeparator, RegExp> = {
  ',': /^(\d{1,13}|\d{1,3}(?:[ \u00A0\u202F]\d{3}){1,3})(?:,(\d{1,2}))?(?:[ \u00A0\u202F]?€)?$/,
  '.': /^(\d{1,13}|\d{1,3}(?:,\d{3}){1,3})(?:\.(\d{1,2}))?$/,
};

function digitsValue(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) value = value * 10 + (code - 48);
  }
  return value;
}

/** The cents of a plain amount, or null to let parseMoney read (or refuse) it. */
export function plainCents(text: string, decimal: DecimalSeparator): number | null {
  const match = PLAIN_AMOUNT[decimal].exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  return digitsValue(match[1] ?? '') * 100 + digitsValue(fraction.padEnd(2, '0'));
}

// Excel's accounting format writes a zero as a dash: "-", "- €", " -   € ".
const ACCOUNTING_ZERO = /^[-–—][ \u00A0\u202F]*[€$£]?$/;

function readCents(options: CellReadOptions, max = MAX_CELL_CENTS): Read<Cents> {
  return (text) => {
    if (ACCOUNTING_ZERO.test(text)) return ok(toCents(0));
    const plain = plainCents(text, options.decimal);
    if (plain !== null) return plain > max ? err('too-large') : ok(toCents(plain));
    const read = readAmount(text, options.decimal, { allowNegative: false });
    if (!read.ok) return err(read.error.code === 'empty' ? 'not-a-number' : read.error.code);
    if (read.value === null) return err('not-a-number');
    return read.value > max ? err('too-large') : ok(read.value);
  };
}

/** A month as a header writes it ("janv. 2026", "01/2026"), or any date in it. */
function readMonthCell(options: CellReadOptions): Read<Month> {
  return (text) => {
    let month = readMonthHeader(text);
    if (month === null) {
      const date = readDate(text, options.dateStyle);
      if (!date.ok) {
        return err(date.error.code === 'ambiguous' ? 'ambiguous-date' : date.error.code);
      }
      month = readMonthHeader((date.value ?? '').slice(0, 7));
    }
    // A month outside the plan is read all the same: the period step decides what it becomes.
    return month === null ? err('not-a-date') : ok(month);
  };
}

function readText(maxLength: number): Read<string> {
  return (text) => ok(text.slice(0, maxLength));
}

function schemaOf<T>(read: Read<T>): v.GenericSchema<string, T> {
  return v.pipe(
    v.string(),
    v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
      const result = read(dataset.value);
      if (result.ok) return result.value;
      addIssue({ message: result.error });
      return NEVER;
    }),
  );
}

export type CellSchemas = { readonly [T in CellType]: v.GenericSchema<string, CellOutputs[T]> };

/** The schemas of one import: amounts and months depend on the styles the user confirmed. */
export function cellSchemas(options: CellReadOptions): CellSchemas {
  return {
    // Longer names are refused by the target with its own reason; see readName there.
    name: schemaOf(readText(Number.MAX_SAFE_INTEGER)),
    text: schemaOf(readText(MAX_NAME_LENGTH * 4)),
    amount: schemaOf(readCents(options)),
    total: schemaOf(readCents(options, Number.MAX_SAFE_INTEGER)),
    month: schemaOf(readMonthCell(options)),
    family: schemaOf(fromLexicon(FAMILIES, 'unknown-family')),
    category: schemaOf(fromLexicon(CATEGORIES, 'unknown-category')),
    poe: schemaOf(fromLexicon(POE, 'unknown-poe')),
    'cost-model': schemaOf(fromLexicon(COST_MODELS, 'unknown-cost-model')),
    stage: schemaOf(fromLexicon(STAGES, 'unknown-stage')),
    objective: schemaOf(codeOrText(OBJECTIVE_IDS)),
    kpi: schemaOf(codeOrText(KPI_IDS)),
  };
}

function isIssueCode(message: string): message is CellIssueCode {
  return CELL_ISSUE_CODES.some((code) => code === message);
}

/** Reads typed cells; the same text met again (a name, a month, "0,00") is not read twice. */
export type CellRead = <T extends CellType>(
  type: T,
  raw: string,
) => Result<CellOutputs[T] | null, CellIssueCode>;

type Memo = { [T in CellType]: Map<string, Result<CellOutputs[T] | null, CellIssueCode>> };
// Enough for every distinct name and month of a large file, little enough to stay small.
const MEMO_LIMIT = 50_000;

/** readCell with a memo per cell type, for the rows of one import. */
export function cellReader(options: CellReadOptions): CellRead {
  const schemas = cellSchemas(options);
  const memo: Memo = {
    name: new Map(),
    text: new Map(),
    amount: new Map(),
    total: new Map(),
    month: new Map(),
    family: new Map(),
    category: new Map(),
    poe: new Map(),
    'cost-model': new Map(),
    stage: new Map(),
    objective: new Map(),
    kpi: new Map(),
  };
  return <T extends CellType>(type: T, raw: string) => {
    // Amounts are nearly all different in a big file (100 000 in a 12-month plan of 8 334
    // channels): a memo of them misses, fills, is cleared, and only makes garbage.
    if (type === 'amount' || type === 'total') return readCell(schemas, type, raw);
    const map: Memo[T] = memo[type];
    const known = map.get(raw);
    if (known) return known;
    const result = readCell(schemas, type, raw);
    if (map.size >= MEMO_LIMIT) map.clear();
    map.set(raw, result);
    return result;
  };
}

/**
 * The typed value of one cell: null for an empty cell ("no value", not 0). The text is taken
 * as the file holds it, less the apostrophe our export adds before formula-like text.
 */
export function readCell<T extends CellType>(
  schemas: CellSchemas,
  type: T,
  raw: string,
): Result<CellOutputs[T] | null, CellIssueCode> {
  const text = restoreNeutralised(raw).trim();
  if (text === '') return ok(null);
  const schema: v.GenericSchema<string, CellOutputs[T]> = schemas[type];
  const parsed = v.safeParse(schema, text);
  if (parsed.success) return ok(parsed.output);
  const message = parsed.issues[0]?.message ?? '';
  return err(isIssueCode(message) ? message : 'not-a-number');
}
