// Campaign ROI from likely values: costs (media, creative, staff pro rata), gains on revenue or
// on gross margin, ROI, ROAS, break-even, and the funnel's rates and unit costs, per line and
// for a whole scenario. Money is float cents here (hours × rate may be fractional); the UI rounds.
import type { CampaignLine, Estimate, GainBasis, RoiScenario } from './model';

/** The likely value of every input of a line, plain numbers (money in cents). */
export interface CampaignValues {
  mediaCost: number;
  creativeCost: number;
  staffHours: number;
  staffHourlyCost: number;
  gains:
    | { kind: 'figure'; revenue: number }
    | {
        kind: 'funnel';
        impressions: number;
        clickRate: number;
        leadRate: number;
        closeRate: number;
        averageBasket: number;
        /** What the first count is; 'impressions' when left out. */
        audience?: 'impressions' | 'reach';
      };
}

export interface FunnelFigures {
  audience: 'impressions' | 'reach';
  impressions: number;
  clicks: number;
  leads: number;
  customers: number;
  clickRate: number;
  leadRate: number;
  closeRate: number;
  /** customers ÷ impressions (the product of the three rates, so also defined for 0 impressions). */
  conversionRate: number;
  /**
   * Unit costs on the line's full cost (media + creative + staff), the cost the ROI counts: a
   * platform's CPM or CPC counts media only. Cents; null when the count is 0.
   */
  cpm: number | null;
  cpc: number | null;
  cpl: number | null;
  cac: number | null;
  /**
   * Close rate at which ROI is exactly 0 (null when leads, basket or margin rate are 0); may
   * exceed 1, and then no close rate reaches break-even: `breakEvenReachable` is false.
   */
  breakEvenCloseRate: number | null;
  breakEvenReachable: boolean;
  /** Customers needed for ROI = 0 (null when the gain per customer is 0). */
  breakEvenCustomers: number | null;
}

export interface CampaignFigures {
  basis: GainBasis;
  /** The scenario's margin rate, stored even on a revenue basis (where gains do not use it). */
  marginRate: number;
  mediaCost: number;
  creativeCost: number;
  staffCost: number;
  cost: number;
  revenue: number;
  /** revenue, or revenue × marginRate. */
  gains: number;
  /** gains − cost. */
  netGain: number;
  /** (gains − cost) ÷ cost; null when cost is 0. Break-even is 0, not 1. */
  roi: number | null;
  /** revenue ÷ cost, always on revenue; null when cost is 0. */
  roas: number | null;
  /** Revenue at which ROI = 0: cost, or cost ÷ marginRate (null when that rate is 0). */
  breakEvenRevenue: number | null;
  /** null for a 'figure' line and for totals. */
  funnel: FunnelFigures | null;
}

/** a ÷ b, or null when b is 0 or the quotient overflows (a tiny divisor): never NaN or Infinity. */
function ratio(a: number, b: number): number | null {
  if (b === 0) return null;
  const quotient = a / b;
  return Number.isFinite(quotient) ? quotient : null;
}

/** A line's cost: media + creative + staff hours × hourly cost. */
export function lineCost(media: number, creative: number, hours: number, hourly: number): number {
  return media + creative + hours * hourly;
}

/** Revenue at the end of the funnel: impressions × CTR × lead rate × close rate × basket. */
export function funnelRevenue(
  impressions: number,
  clickRate: number,
  leadRate: number,
  closeRate: number,
  averageBasket: number,
): number {
  return impressions * clickRate * leadRate * closeRate * averageBasket;
}

/** The share of revenue that counts as gains: all of it, or the gross margin. */
export function gainShare(basis: GainBasis, marginRate: number): number {
  return basis === 'revenue' ? 1 : marginRate;
}

export function likelyValues(line: CampaignLine): CampaignValues {
  const g = line.gains;
  return {
    mediaCost: line.mediaCost.likely,
    creativeCost: line.creativeCost.likely,
    staffHours: line.staffHours.likely,
    staffHourlyCost: line.staffHourlyCost.likely,
    gains:
      g.kind === 'figure'
        ? { kind: 'figure', revenue: g.revenue.likely }
        : {
            kind: 'funnel',
            impressions: g.impressions.likely,
            clickRate: g.clickRate.likely,
            leadRate: g.leadRate.likely,
            closeRate: g.closeRate.likely,
            averageBasket: g.averageBasket.likely,
            audience: g.audience,
          },
  };
}

function scaledSpend(estimate: Estimate, planned: number): Estimate {
  // A range around 0 cannot be scaled to the new spend: it is dropped rather than invented.
  if (estimate.likely === 0) return { likely: planned, low: null, high: null };
  const factor = planned / estimate.likely;
  const scale = (v: number | null) => (v === null ? null : Math.round(v * factor));
  return { likely: planned, low: scale(estimate.low), high: scale(estimate.high) };
}

/**
 * Linked lines read their media spend from the plan: lines whose mediaCost.likely is the
 * planned spend (cents) of their channel, the range scaled by the same ratio and rounded to
 * the cent (dropped when the old likely spend was 0). Free-standing lines, lines whose channel
 * is missing from the map and lines already in step are returned unchanged (same object).
 */
export function withPlannedSpend(
  lines: readonly CampaignLine[],
  plannedByChannel: ReadonlyMap<string, number>,
): CampaignLine[] {
  return lines.map((line) => {
    if (line.channelId === null) return line;
    const planned = plannedByChannel.get(line.channelId);
    if (planned === undefined || planned === line.mediaCost.likely) return line;
    return { ...line, mediaCost: scaledSpend(line.mediaCost, planned) };
  });
}

function figuresOf(
  basis: GainBasis,
  marginRate: number,
  costs: { mediaCost: number; creativeCost: number; staffCost: number },
  revenue: number,
  funnel: FunnelFigures | null,
): CampaignFigures {
  const cost = costs.mediaCost + costs.creativeCost + costs.staffCost;
  const gains = revenue * gainShare(basis, marginRate);
  const netGain = gains - cost;
  return {
    basis,
    marginRate,
    ...costs,
    cost,
    revenue,
    gains,
    netGain,
    roi: ratio(netGain, cost),
    roas: ratio(revenue, cost),
    breakEvenRevenue: ratio(cost, gainShare(basis, marginRate)),
    funnel,
  };
}

function funnelFigures(
  gains: Extract<CampaignValues['gains'], { kind: 'funnel' }>,
  cost: number,
  share: number,
): FunnelFigures {
  const { impressions, clickRate, leadRate, closeRate, averageBasket } = gains;
  const clicks = impressions * clickRate;
  const leads = clicks * leadRate;
  const customers = leads * closeRate;
  // ROI = 0 when leads × close rate × basket × share = cost.
  const breakEvenCloseRate = ratio(cost, leads * averageBasket * share);
  return {
    audience: gains.audience ?? 'impressions',
    impressions,
    clicks,
    leads,
    customers,
    clickRate,
    leadRate,
    closeRate,
    conversionRate: clickRate * leadRate * closeRate,
    cpm: ratio(cost * 1000, impressions),
    cpc: ratio(cost, clicks),
    cpl: ratio(cost, leads),
    cac: ratio(cost, customers),
    breakEvenCloseRate,
    breakEvenReachable: breakEvenCloseRate !== null && breakEvenCloseRate <= 1,
    breakEvenCustomers: ratio(cost, averageBasket * share),
  };
}

export function campaignFigures(
  values: CampaignValues,
  basis: GainBasis,
  marginRate: number,
): CampaignFigures {
  const costs = {
    mediaCost: values.mediaCost,
    creativeCost: values.creativeCost,
    staffCost: values.staffHours * values.staffHourlyCost,
  };
  const g = values.gains;
  if (g.kind === 'figure') return figuresOf(basis, marginRate, costs, g.revenue, null);
  const cost = lineCost(
    costs.mediaCost,
    costs.creativeCost,
    values.staffHours,
    values.staffHourlyCost,
  );
  const revenue = funnelRevenue(
    g.impressions,
    g.clickRate,
    g.leadRate,
    g.closeRate,
    g.averageBasket,
  );
  const funnel = funnelFigures(g, cost, gainShare(basis, marginRate));
  return figuresOf(basis, marginRate, costs, revenue, funnel);
}

/**
 * The sum of some lines' figures: costs and revenue added up, gains and ROI recomputed from
 * the totals (total gains against total cost), no funnel.
 */
export function totalFigures(
  lines: readonly CampaignFigures[],
  basis: GainBasis,
  marginRate: number,
): CampaignFigures {
  let mediaCost = 0;
  let creativeCost = 0;
  let staffCost = 0;
  let revenue = 0;
  for (const f of lines) {
    mediaCost += f.mediaCost;
    creativeCost += f.creativeCost;
    staffCost += f.staffCost;
    revenue += f.revenue;
  }
  return figuresOf(basis, marginRate, { mediaCost, creativeCost, staffCost }, revenue, null);
}

/** Figures of every line and of their sum (the total's funnel is null; its ROI is total gains vs total cost). */
export function scenarioFigures(
  scenario: Pick<RoiScenario, 'lines' | 'gainBasis' | 'marginRate'>,
): {
  lines: { id: string; figures: CampaignFigures }[];
  total: CampaignFigures;
} {
  const basis = scenario.gainBasis;
  const marginRate = scenario.marginRate.likely;
  const lines = scenario.lines.map((line) => ({
    id: line.id,
    figures: campaignFigures(likelyValues(line), basis, marginRate),
  }));
  const total = totalFigures(
    lines.map((l) => l.figures),
    basis,
    marginRate,
  );
  return { lines, total };
}
