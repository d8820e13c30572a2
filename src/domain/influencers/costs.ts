// What an influencer costs per result: per engagement, per thousand impressions, per view,
// the earned media value (an estimate at a CPM the user sets) and the return on the promo
// code's revenue. Every figure names the price it used (the format chosen, or the booked
// cost) and its audience basis; a zero or unknown denominator is a reason, never Infinity.
import { toCents, type Cents } from '../money';
import { err, ok, type Result } from '../result';
import {
  DEFAULT_ENGAGEMENT_OPTIONS,
  typicalInteractions,
  type EngagementOptions,
  type EngagementProblem,
  type TypicalInteractions,
} from './engagement';
import { priceOf, type Influencer, type PriceFormat } from './model';

/** Which price a cost figure used. */
export type CostSource = { kind: 'price'; format: PriceFormat } | { kind: 'booked' };

export interface CostBasis {
  cents: Cents;
  source: CostSource;
}

export type PriceProblem = { code: 'no-price'; format: PriceFormat };

/** The list price of the format chosen: what a comparison before booking sets side by side. */
export function formatPrice(
  influencer: Influencer,
  format: PriceFormat,
): Result<CostBasis, PriceProblem> {
  const cents = priceOf(influencer, format);
  if (cents === null) return err({ code: 'no-price', format });
  return ok({ cents, source: { kind: 'price', format } });
}

/** What is actually paid: the booked cost once known, else the chosen format's list price. */
export function actualCost(
  influencer: Influencer,
  format: PriceFormat,
): Result<CostBasis, PriceProblem> {
  if (influencer.bookedCost !== null)
    return ok({ cents: influencer.bookedCost, source: { kind: 'booked' } });
  return formatPrice(influencer, format);
}

/** A cost per unit in cents, fractional on purpose (a like may cost 0.4 cent). */
export interface UnitCost {
  cents: number;
  cost: CostBasis;
}

export type CpeProblem = PriceProblem | EngagementProblem | { code: 'no-interactions' };

/** CPE = price ÷ the typical post's interactions (same interactions and statistic as engagement). */
export function costPerEngagement(
  influencer: Influencer,
  format: PriceFormat,
  options: EngagementOptions = DEFAULT_ENGAGEMENT_OPTIONS,
): Result<UnitCost & { interactions: TypicalInteractions }, CpeProblem> {
  const price = formatPrice(influencer, format);
  if (!price.ok) return price;
  const interactions = typicalInteractions(influencer, options);
  if (!interactions.ok) return interactions;
  if (!(interactions.value.value > 0)) return err({ code: 'no-interactions' });
  const cents = price.value.cents / interactions.value.value;
  return ok({ cents, cost: price.value, interactions: interactions.value });
}

/** Which audience a per-thousand figure counted: impressions, or reach where none are known. */
export type AudienceBasis = 'impressions' | 'reach';

export type AudienceProblem = { code: 'no-audience' };

/** Impressions when known and positive, else reach (avgViews), else nothing. */
export function audienceOf(
  influencer: Influencer,
): Result<{ count: number; basis: AudienceBasis }, AudienceProblem> {
  const { impressions, avgViews } = influencer;
  if (impressions !== null && impressions > 0)
    return ok({ count: impressions, basis: 'impressions' });
  if (avgViews !== null && avgViews > 0) return ok({ count: avgViews, basis: 'reach' });
  return err({ code: 'no-audience' });
}

/** CPM = price ÷ impressions × 1 000 (÷ reach where no impressions, `basis` says which). */
export function costPerThousand(
  influencer: Influencer,
  format: PriceFormat,
): Result<UnitCost & { basis: AudienceBasis }, PriceProblem | AudienceProblem> {
  const price = formatPrice(influencer, format);
  if (!price.ok) return price;
  const audience = audienceOf(influencer);
  if (!audience.ok) return audience;
  const cents = (price.value.cents / audience.value.count) * 1000;
  return ok({ cents, cost: price.value, basis: audience.value.basis });
}

/** CPV = price ÷ views (or reach) per post. */
export function costPerView(
  influencer: Influencer,
  format: PriceFormat,
): Result<UnitCost, PriceProblem | { code: 'no-views' }> {
  const price = formatPrice(influencer, format);
  if (!price.ok) return price;
  const views = influencer.avgViews;
  if (views === null || !(views > 0)) return err({ code: 'no-views' });
  return ok({ cents: price.value.cents / views, cost: price.value });
}

export interface EarnedMediaValue {
  cents: Cents;
  /** Always true: EMV is what the same audience would cost as paid ads, at an assumed CPM. */
  estimate: true;
  basis: AudienceBasis;
  cpm: Cents;
}

/** EMV = impressions × CPM ÷ 1 000, rounded to the cent; the CPM is the user's (editable). */
export function earnedMediaValue(
  influencer: Influencer,
  cpm: Cents,
): Result<EarnedMediaValue, AudienceProblem | { code: 'cpm-invalid' } | { code: 'too-large' }> {
  if (!Number.isSafeInteger(cpm) || cpm < 0) return err({ code: 'cpm-invalid' });
  const audience = audienceOf(influencer);
  if (!audience.ok) return audience;
  // With a whole count, count × cpm is whole and ÷ 1 000 lands exactly on any half cent, so
  // Math.round rounds half up as a person would.
  const cents = Math.round((audience.value.count * cpm) / 1000);
  if (!Number.isSafeInteger(cents)) return err({ code: 'too-large' });
  return ok({ cents: toCents(cents), estimate: true, basis: audience.value.basis, cpm });
}

export interface ReturnOnCost {
  /** (revenue − cost) ÷ cost: 0.5 is +50 %. */
  roi: number;
  /** revenue ÷ cost. */
  roas: number;
  revenue: Cents;
  cost: CostBasis;
}

export type ReturnProblem = PriceProblem | { code: 'no-revenue' } | { code: 'zero-cost' };

/** ROI and ROAS from the promo code's attributed revenue, on the actual cost. */
export function returnOnCost(
  influencer: Influencer,
  format: PriceFormat,
): Result<ReturnOnCost, ReturnProblem> {
  const cost = actualCost(influencer, format);
  if (!cost.ok) return cost;
  const revenue = influencer.attributedRevenue;
  if (revenue === null) return err({ code: 'no-revenue' });
  if (!(cost.value.cents > 0)) return err({ code: 'zero-cost' });
  const spent = cost.value.cents;
  return ok({ roi: (revenue - spent) / spent, roas: revenue / spent, revenue, cost: cost.value });
}
