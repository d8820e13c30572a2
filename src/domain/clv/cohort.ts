// One acquired customer over time against their CAC: the cohort chart year by year and month by
// month in the first year, the CAC payback in months, and the short view (first purchase only)
// against the long one (the horizon). Money is float cents, per acquired customer.
import { ok } from '../result';
import type { ClvInputs, MarginConvention } from './model';
import {
  clvBasis,
  discountedClv,
  finiteRatio,
  type ClvResult,
  type EffectiveRetention,
  type YearlyMargin,
} from './simulator';

export interface CohortYear {
  /** 1 for the first year after acquisition. */
  year: number;
  /** year − 1, the exponent of rᵗ. */
  t: number;
  /** rᵗ: share of acquired customers still active at the start of the year. */
  activeShare: number;
  /** Share whose margin the year counts: rᵗ up front, r^(t+1) after one retention step. */
  payingShare: number;
  /** 1/(1+d)ᵗ up front, 1/(1+d)^(t+1) after one retention step. */
  discountFactor: number;
  /** m × payingShare, per acquired customer. */
  margin: number;
  /** margin × discountFactor: this year's term of the discounted CLV. */
  discountedMargin: number;
  cumulativeMargin: number;
  cumulativeDiscountedMargin: number;
  /** cumulative − CAC: below 0 until the customer has paid back their acquisition. */
  net: number;
  discountedNet: number;
}

export interface CohortMonth {
  /** 1 to 12. */
  month: number;
  /** r^((month−1)/12): churn spread evenly (geometrically) over the year. */
  activeShare: number;
  /** (1+d)^(−(month−1)/12). */
  discountFactor: number;
  /** m/12 × activeShare. */
  margin: number;
  discountedMargin: number;
  cumulativeMargin: number;
  cumulativeDiscountedMargin: number;
  net: number;
  discountedNet: number;
}

export interface Cohort {
  convention: MarginConvention;
  cac: number;
  margin: YearlyMargin;
  retention: EffectiveRetention;
  discountRate: number;
  /** t = 0..T−1; the last cumulativeDiscountedMargin is the discounted CLV. */
  years: CohortYear[];
  /**
   * The first year month by month, the same in both conventions. Churn here is spread over the
   * months where the yearly rows count it at year ends, so the twelve months add up to
   * m·(1−r)/(12·(1−r^(1/12))) (for r > 0), a little under the first yearly row's m·1.
   */
  months: CohortMonth[];
  /** The first year whose cumulative margin reaches the CAC, or null within the horizon. */
  paybackYear: number | null;
  discountedPaybackYear: number | null;
}

type Running = { cumulativeMargin: number; cumulativeDiscountedMargin: number };

/** Cumulates margins and sets them against the CAC, row after row. */
function accumulate<T extends { margin: number; discountedMargin: number }>(
  rows: T[],
  cac: number,
): (T & Running & { net: number; discountedNet: number })[] {
  let cumulativeMargin = 0;
  let cumulativeDiscountedMargin = 0;
  return rows.map((row) => {
    cumulativeMargin += row.margin;
    cumulativeDiscountedMargin += row.discountedMargin;
    return {
      ...row,
      cumulativeMargin,
      cumulativeDiscountedMargin,
      net: cumulativeMargin - cac,
      discountedNet: cumulativeDiscountedMargin - cac,
    };
  });
}

function firstMonthOfYear(r: number, d: number, monthlyMargin: number) {
  return Array.from({ length: 12 }, (_, k) => {
    // 0⁰ = 1: at r = 0 every customer is active in the first month, and none after.
    const activeShare = r ** (k / 12);
    const discountFactor = (1 + d) ** (-k / 12);
    const margin = monthlyMargin * activeShare;
    return {
      month: k + 1,
      activeShare,
      discountFactor,
      margin,
      discountedMargin: margin * discountFactor,
    };
  });
}

/** The year by year rows are the discounted CLV's terms, so that the chart ends on that CLV. */
export function cohort(inputs: ClvInputs, convention: MarginConvention): ClvResult<Cohort> {
  // Every field first, so that all errors are named at once; the CLV below is then valid.
  const valid = clvBasis(inputs, ['discountRate', 'horizonYears', 'cac']);
  if (!valid.ok) return valid;
  const clv = discountedClv(inputs, convention);
  if (!clv.ok) return clv;
  const { margin, retention, discountRate, terms } = clv.value;
  const r = retention.retention;
  const cac = inputs.cac;
  const shift = convention === 'first-margin-up-front' ? 0 : 1;
  const years = accumulate(
    terms.map((term) => {
      const t = term.t - shift;
      return {
        year: t + 1,
        t,
        activeShare: r ** t,
        payingShare: term.retained,
        discountFactor: term.discountFactor,
        margin: margin.yearlyMargin * term.retained,
        discountedMargin: term.value,
      };
    }),
    cac,
  );
  const months = accumulate(firstMonthOfYear(r, discountRate, margin.monthlyMargin), cac);
  return ok({
    convention,
    cac,
    margin,
    retention,
    discountRate,
    years,
    months,
    paybackYear: years.find((y) => y.net >= 0)?.year ?? null,
    discountedPaybackYear: years.find((y) => y.discountedNet >= 0)?.year ?? null,
  });
}

export interface CacPayback {
  cac: number;
  margin: YearlyMargin;
  /** CAC ÷ (m/12), months (a fraction); 0 when CAC is 0, null when the margin is 0 (and CAC is not). */
  months: number | null;
  /**
   * Counting retention, spread over the months as in the cohort (month k pays
   * m/12 × r^((k−1)/12), no discount): the first month whose cumulative margin reaches the CAC,
   * 0 when CAC is 0, null when that never happens within the horizon.
   */
  retainedMonth: number | null;
  /** 12 × T, the last month looked at. */
  horizonMonths: number;
}

export function cacPaybackMonths(inputs: ClvInputs): ClvResult<CacPayback> {
  const basis = clvBasis(inputs, ['cac', 'horizonYears']);
  if (!basis.ok) return basis;
  const { margin, retention } = basis.value;
  const cac = inputs.cac;
  const horizonMonths = 12 * inputs.horizonYears;
  return ok({
    cac,
    margin,
    months: cac === 0 ? 0 : finiteRatio(cac, margin.monthlyMargin),
    retainedMonth: retainedPaybackMonth(
      cac,
      margin.monthlyMargin,
      retention.retention,
      horizonMonths,
    ),
    horizonMonths,
  });
}

function retainedPaybackMonth(
  cac: number,
  monthlyMargin: number,
  r: number,
  horizonMonths: number,
): number | null {
  if (cac <= 0) return 0;
  let cumulative = 0;
  for (let k = 0; k < horizonMonths; k += 1) {
    cumulative += monthlyMargin * r ** (k / 12);
    if (cumulative >= cac) return k + 1;
  }
  return null;
}

/** The lesson of the seeds: the first purchase alone against the CAC, then the horizon's CLV. */
export interface ShortTermView {
  convention: MarginConvention;
  cac: number;
  averageBasket: number;
  marginRate: number;
  /** basket × margin rate, cents. */
  firstPurchaseMargin: number;
  /** firstPurchaseMargin − CAC: a loss when negative. */
  firstPurchaseNet: number;
  horizonYears: number;
  /** The discounted CLV over the horizon. */
  horizonClv: number;
  /** horizonClv − CAC. */
  horizonNet: number;
}

export function shortTermView(
  inputs: ClvInputs,
  convention: MarginConvention,
): ClvResult<ShortTermView> {
  // Every field first, so that all errors are named at once; the CLV below is then valid.
  const valid = clvBasis(inputs, ['discountRate', 'horizonYears', 'cac']);
  if (!valid.ok) return valid;
  const clv = discountedClv(inputs, convention);
  if (!clv.ok) return clv;
  const firstPurchaseMargin = inputs.averageBasket * inputs.marginRate;
  return ok({
    convention,
    cac: inputs.cac,
    averageBasket: inputs.averageBasket,
    marginRate: inputs.marginRate,
    firstPurchaseMargin,
    firstPurchaseNet: firstPurchaseMargin - inputs.cac,
    horizonYears: inputs.horizonYears,
    horizonClv: clv.value.clv,
    horizonNet: clv.value.clv - inputs.cac,
  });
}
