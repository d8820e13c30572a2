// The CLV of one customer from the simulator's inputs: yearly margin, retention, the simple CLV,
// the retention-discounted CLV over the horizon and its infinite limit in both margin conventions
// (DESIGN "Calculations"), the margin-multiple table and CLV : CAC. Money is float cents (the UI
// rounds); each figure returns its terms so that the UI can print its formula with the numbers.
import { err, ok, type Result } from '../result';
import { validInputs, type ClvField, type ClvFieldError } from './clv-validation';
import type { ClvInputs, MarginConvention } from './model';

/** A figure, or the errors of the fields it reads (never NaN or Infinity). */
export type ClvResult<T> = Result<T, ClvFieldError[]>;

export const MARGIN_FIELDS = [
  'averageBasket',
  'purchasesPerYear',
  'marginRate',
] as const satisfies readonly ClvField[];
export const RETENTION_FIELDS = [
  'retention',
  'lifetimeYears',
] as const satisfies readonly ClvField[];

export interface YearlyMargin {
  averageBasket: number;
  purchasesPerYear: number;
  marginRate: number;
  /** basket × purchases per year, cents. */
  yearlyRevenue: number;
  /** m = basket × purchases per year × margin rate, cents. */
  yearlyMargin: number;
  /** m ÷ 12, cents. */
  monthlyMargin: number;
}

export interface EffectiveRetention {
  /** r, in [0, 1). */
  retention: number;
  /** 'retention': typed; 'lifetime': r = 1 − 1/lifetime from the expected lifetime typed. */
  source: 'retention' | 'lifetime';
  /** Years of margin a customer is expected to pay, Σ rᵗ = 1/(1 − r), or the lifetime typed. */
  expectedLifetimeYears: number;
}

/** Validated margin and retention: what every CLV figure starts from. */
export interface ClvBasis {
  inputs: ClvInputs;
  margin: YearlyMargin;
  retention: EffectiveRetention;
}

/** m = basket × purchases per year × margin rate (reads those three fields only). */
export function yearlyMargin(inputs: ClvInputs): ClvResult<YearlyMargin> {
  const valid = validInputs(inputs, MARGIN_FIELDS);
  if (!valid.ok) return valid;
  const { averageBasket, purchasesPerYear, marginRate } = inputs;
  const yearlyRevenue = averageBasket * purchasesPerYear;
  const margin = yearlyRevenue * marginRate;
  return ok({
    averageBasket,
    purchasesPerYear,
    marginRate,
    yearlyRevenue,
    yearlyMargin: margin,
    monthlyMargin: margin / 12,
  });
}

/**
 * The retention typed, or r = 1 − 1/lifetime when only a lifetime is (so that the expected
 * lifetime Σ rᵗ is that lifetime); both missing is 'required' on retention.
 */
export function effectiveRetention(inputs: ClvInputs): ClvResult<EffectiveRetention> {
  const valid = validInputs(inputs, RETENTION_FIELDS);
  if (!valid.ok) return valid;
  if (inputs.retention !== null) {
    const r = inputs.retention;
    return ok({ retention: r, source: 'retention', expectedLifetimeYears: 1 / (1 - r) });
  }
  // Validation guarantees a lifetime in [1, 1000] here; the check narrows the type.
  const lifetime = inputs.lifetimeYears;
  if (lifetime === null) return err([{ field: 'retention', code: 'required' }]);
  return ok({ retention: 1 - 1 / lifetime, source: 'lifetime', expectedLifetimeYears: lifetime });
}

/** Margin and retention once the margin, retention and `fields` inputs are all valid. */
export function clvBasis(inputs: ClvInputs, fields: readonly ClvField[] = []): ClvResult<ClvBasis> {
  const valid = validInputs(inputs, [...MARGIN_FIELDS, ...RETENTION_FIELDS, ...fields]);
  if (!valid.ok) return valid;
  const margin = yearlyMargin(inputs);
  if (!margin.ok) return margin;
  const retention = effectiveRetention(inputs);
  if (!retention.ok) return retention;
  return ok({ inputs, margin: margin.value, retention: retention.value });
}

export interface SimpleClv {
  margin: YearlyMargin;
  retention: EffectiveRetention;
  /** The expected lifetime: 1/(1 − r) when retention is typed, else the lifetime typed. */
  years: number;
  yearsSource: EffectiveRetention['source'];
  /** basket × purchases per year × margin rate × years, cents; no discount, no horizon. */
  clv: number;
}

export function simpleClv(inputs: ClvInputs): ClvResult<SimpleClv> {
  const basis = clvBasis(inputs);
  if (!basis.ok) return basis;
  const { margin, retention } = basis.value;
  const years = retention.expectedLifetimeYears;
  return ok({
    margin,
    retention,
    years,
    yearsSource: retention.source,
    clv: margin.yearlyMargin * years,
  });
}

/** One year's term of the horizon sum: m·rᵗ/(1+d)ᵗ. */
export interface ClvTerm {
  t: number;
  /** rᵗ: the share of acquired customers whose margin the term counts. */
  retained: number;
  /** 1/(1+d)ᵗ. */
  discountFactor: number;
  /** m·rᵗ/(1+d)ᵗ, cents. */
  value: number;
}

export interface DiscountedClv {
  convention: MarginConvention;
  margin: YearlyMargin;
  retention: EffectiveRetention;
  discountRate: number;
  horizonYears: number;
  /** t = 0..T−1 (first margin up front) or t = 1..T (after one retention step). */
  terms: ClvTerm[];
  /** Σ terms, cents. */
  clv: number;
  /** clv ÷ m, the CLV in years of margin; null when m is 0. */
  marginMultiple: number | null;
}

/** a ÷ b, or null when the quotient is not a finite number (b = 0). */
export function finiteRatio(a: number, b: number): number | null {
  if (b === 0) return null;
  const quotient = a / b;
  return Number.isFinite(quotient) ? quotient : null;
}

/** The horizon sum's terms. Powers are running products, so that each term is monotone in r and d. */
function horizonTerms(
  m: number,
  r: number,
  d: number,
  horizon: number,
  convention: MarginConvention,
): ClvTerm[] {
  const first = convention === 'first-margin-up-front' ? 0 : 1;
  const terms: ClvTerm[] = [];
  // rᵗ with 0⁰ = 1: at r = 0 the up-front convention still collects the first year.
  let retained = 1;
  let discountFactor = 1;
  for (let t = 0; t < first + horizon; t += 1) {
    if (t >= first)
      terms.push({ t, retained, discountFactor, value: m * retained * discountFactor });
    retained *= r;
    discountFactor /= 1 + d;
  }
  return terms;
}

/**
 * Retention-discounted CLV over the horizon T: Σ_{t=0}^{T−1} m·rᵗ/(1+d)ᵗ with the first margin
 * up front, or Σ_{t=1}^{T} m·rᵗ/(1+d)ᵗ after one retention step.
 */
export function discountedClv(
  inputs: ClvInputs,
  convention: MarginConvention,
): ClvResult<DiscountedClv> {
  const basis = clvBasis(inputs, ['discountRate', 'horizonYears']);
  if (!basis.ok) return basis;
  const { margin, retention } = basis.value;
  const d = inputs.discountRate;
  const terms = horizonTerms(
    margin.yearlyMargin,
    retention.retention,
    d,
    inputs.horizonYears,
    convention,
  );
  const clv = terms.reduce((sum, term) => sum + term.value, 0);
  return ok({
    convention,
    margin,
    retention,
    discountRate: d,
    horizonYears: inputs.horizonYears,
    terms,
    clv,
    marginMultiple: finiteRatio(clv, margin.yearlyMargin),
  });
}

/**
 * The margin multiple: r/(1+d−r) after one retention step (the textbook's), (1+d)/(1+d−r) =
 * 1 + r/(1+d−r) with the first margin up front. null when 1+d−r ≤ 0 (r = 1 with d = 0: the sum
 * never ends) or an input is not a finite number.
 */
export function marginMultiple(
  r: number,
  d: number,
  convention: MarginConvention = 'after-one-retention-step',
): number | null {
  if (!Number.isFinite(r) || !Number.isFinite(d)) return null;
  const denominator = 1 + d - r;
  if (!(denominator > 0)) return null;
  return finiteRatio(convention === 'first-margin-up-front' ? 1 + d : r, denominator);
}

export interface InfiniteClv {
  convention: MarginConvention;
  margin: YearlyMargin;
  retention: EffectiveRetention;
  discountRate: number;
  /** 1 + d (first margin up front) or r (after one retention step). */
  numerator: number;
  /** 1 + d − r. */
  denominator: number;
  /** numerator ÷ denominator; null when the denominator is not above 0. */
  multiple: number | null;
  /** m·(1+d)/(1+d−r) or m·r/(1+d−r), cents; null with the multiple. */
  clv: number | null;
}

/** The horizon sum's limit as T → ∞ (reads no horizon). */
export function infiniteClv(
  inputs: ClvInputs,
  convention: MarginConvention,
): ClvResult<InfiniteClv> {
  const basis = clvBasis(inputs, ['discountRate']);
  if (!basis.ok) return basis;
  const { margin, retention } = basis.value;
  const r = retention.retention;
  const d = inputs.discountRate;
  const multiple = marginMultiple(r, d, convention);
  const clv = multiple === null ? null : margin.yearlyMargin * multiple;
  return ok({
    convention,
    margin,
    retention,
    discountRate: d,
    numerator: convention === 'first-margin-up-front' ? 1 + d : r,
    denominator: 1 + d - r,
    multiple,
    clv: clv !== null && Number.isFinite(clv) ? clv : null,
  });
}

/** The textbook table's rows and columns. */
export const MARGIN_MULTIPLE_RETENTIONS: readonly number[] = [0.6, 0.7, 0.8, 0.9];
export const MARGIN_MULTIPLE_DISCOUNT_RATES: readonly number[] = [0.1, 0.12, 0.14, 0.16];

export interface MarginMultipleTable {
  convention: MarginConvention;
  retentions: number[];
  discountRates: number[];
  /** rows[i][j] = marginMultiple(retentions[i], discountRates[j]). */
  rows: (number | null)[][];
}

export function marginMultipleTable(
  retentions: readonly number[] = MARGIN_MULTIPLE_RETENTIONS,
  discountRates: readonly number[] = MARGIN_MULTIPLE_DISCOUNT_RATES,
  convention: MarginConvention = 'after-one-retention-step',
): MarginMultipleTable {
  return {
    convention,
    retentions: [...retentions],
    discountRates: [...discountRates],
    rows: retentions.map((r) => discountRates.map((d) => marginMultiple(r, d, convention))),
  };
}

/**
 * CLV : CAC verdicts: below 1 the customer costs more than they bring; from 1 to 3 they pay back
 * but under the 3 : 1 rule of thumb; 3 to 5 is healthy; from 5 on, acquisition may be starved.
 */
export type ClvCacVerdict = 'below-one' | 'below-three' | 'healthy' | 'very-high';

/** The lower bound of each verdict above 'below-one'. */
export const CLV_CAC_THRESHOLDS = { paysBack: 1, ruleOfThumb: 3, veryHigh: 5 } as const;

export interface ClvToCac {
  clv: number;
  cac: number;
  /** clv ÷ cac; null when CAC is 0 (nothing to pay back) or a figure is not finite. */
  ratio: number | null;
  /** null with the ratio. */
  verdict: ClvCacVerdict | null;
}

export function clvToCac(clv: number, cac: number): ClvToCac {
  const ratio =
    Number.isFinite(clv) && Number.isFinite(cac) && cac > 0 ? finiteRatio(clv, cac) : null;
  return { clv, cac, ratio, verdict: ratio === null ? null : verdictOf(ratio) };
}

function verdictOf(ratio: number): ClvCacVerdict {
  if (ratio < CLV_CAC_THRESHOLDS.paysBack) return 'below-one';
  if (ratio < CLV_CAC_THRESHOLDS.ruleOfThumb) return 'below-three';
  if (ratio < CLV_CAC_THRESHOLDS.veryHigh) return 'healthy';
  return 'very-high';
}
