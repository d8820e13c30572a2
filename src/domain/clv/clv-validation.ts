// Every bad CLV simulator input named with its field and reason, before anything is computed,
// so that no figure ever shows NaN or Infinity. Only the UI words the reasons.
import { err, ok, type Result } from '../result';
import type { ClvInputs } from './model';

export type ClvField = keyof ClvInputs;

export type ClvErrorCode =
  | 'required'
  | 'not-finite'
  | 'negative'
  | 'rate-above-one'
  | 'retention-one-no-horizon'
  | 'not-positive'
  | 'horizon-out-of-range'
  | 'too-large';

export interface ClvFieldError {
  field: ClvField;
  code: ClvErrorCode;
  /** The bound that was crossed, when there is one (e.g. 50 for a 60-year horizon). */
  limit?: number;
}

/**
 * The largest amount or count accepted: beyond it cents stop being exact. With every input
 * under it, every figure stays finite (yearly margin < 2^106, times at most 2^53 years).
 */
export const LARGEST_INPUT = Number.MAX_SAFE_INTEGER;

/** Whole years, 1 to 50. */
export const HORIZON_RANGE = { min: 1, max: 50 } as const;

/**
 * An expected lifetime L gives r = 1 − 1/L: under 1 year r would be negative (every customer
 * pays at least the first year), and beyond 1 000 years (r > 0.999) it says nothing a user means.
 */
export const LIFETIME_RANGE = { min: 1, max: 1000 } as const;

type Issue = Pick<ClvFieldError, 'code' | 'limit'>;

/** The common checks of a number: readable, not beyond LARGEST_INPUT, not negative. */
function numberIssue(value: number): Issue | null {
  if (!Number.isFinite(value)) return { code: 'not-finite' };
  if (Math.abs(value) > LARGEST_INPUT) return { code: 'too-large', limit: LARGEST_INPUT };
  if (value < 0) return { code: 'negative' };
  return null;
}

function rateIssue(value: number): Issue | null {
  const issue = numberIssue(value);
  if (issue) return issue;
  return value > 1 ? { code: 'rate-above-one', limit: 1 } : null;
}

function retentionIssue(value: number): Issue | null {
  const issue = numberIssue(value);
  if (issue) return issue;
  // r = 1 means no customer ever leaves: the simple CLV and the infinite limit (which have no
  // horizon) are infinite. r > 1 is not a share of customers at all.
  return value >= 1 ? { code: 'retention-one-no-horizon', limit: 1 } : null;
}

function lifetimeIssue(value: number): Issue | null {
  if (!Number.isFinite(value)) return { code: 'not-finite' };
  if (value < LIFETIME_RANGE.min) return { code: 'not-positive', limit: LIFETIME_RANGE.min };
  if (value > LIFETIME_RANGE.max) return { code: 'too-large', limit: LIFETIME_RANGE.max };
  return null;
}

function horizonIssue(value: number): Issue | null {
  if (!Number.isFinite(value)) return { code: 'not-finite' };
  if (value < HORIZON_RANGE.min) return { code: 'horizon-out-of-range', limit: HORIZON_RANGE.min };
  if (value > HORIZON_RANGE.max) return { code: 'horizon-out-of-range', limit: HORIZON_RANGE.max };
  // A fraction inside the range has no single bound: the UI states the whole range.
  if (!Number.isInteger(value)) return { code: 'horizon-out-of-range' };
  return null;
}

/**
 * Every error of the inputs, at most one per field, in the order of the form:
 * - averageBasket, purchasesPerYear, cac: finite, ≤ LARGEST_INPUT ('too-large'), ≥ 0;
 * - marginRate: in [0, 1] ('negative', 'rate-above-one');
 * - retention, when given: in [0, 1); r ≥ 1 is 'retention-one-no-horizon' (limit 1);
 * - lifetimeYears, read only when retention is null: in [1, 1000] ('not-positive' with limit 1
 *   below, 'too-large' above); both null is 'required' on retention;
 * - discountRate: ≥ 0;
 * - horizonYears: a whole number in 1..50 ('horizon-out-of-range', limit the bound crossed).
 */
export function clvErrors(inputs: ClvInputs): ClvFieldError[] {
  const errors: ClvFieldError[] = [];
  const check = (field: ClvField, issue: Issue | null) => {
    if (issue) errors.push({ field, ...issue });
  };
  check('averageBasket', numberIssue(inputs.averageBasket));
  check('purchasesPerYear', numberIssue(inputs.purchasesPerYear));
  check('marginRate', rateIssue(inputs.marginRate));
  if (inputs.retention !== null) check('retention', retentionIssue(inputs.retention));
  else if (inputs.lifetimeYears !== null)
    check('lifetimeYears', lifetimeIssue(inputs.lifetimeYears));
  else check('retention', { code: 'required' });
  check('discountRate', numberIssue(inputs.discountRate));
  check('horizonYears', horizonIssue(inputs.horizonYears));
  check('cac', numberIssue(inputs.cac));
  return errors;
}

/** The errors of some fields only: a figure that does not read the horizon shows while it is wrong. */
export function clvErrorsFor(inputs: ClvInputs, fields: readonly ClvField[]): ClvFieldError[] {
  return clvErrors(inputs).filter((e) => fields.includes(e.field));
}

/** The inputs back when the given fields are all valid, else those fields' errors. */
export function validInputs(
  inputs: ClvInputs,
  fields: readonly ClvField[],
): Result<ClvInputs, ClvFieldError[]> {
  const errors = clvErrorsFor(inputs, fields);
  return errors.length === 0 ? ok(inputs) : err(errors);
}
