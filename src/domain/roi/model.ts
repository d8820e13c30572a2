// What a saved ROI simulation holds: its inputs only (outputs are recomputed). Money is in
// integer cents as everywhere; rates are fractions (0.02 for 2 %); counts are plain numbers.
// Any number a user may be unsure of is an Estimate: a likely value, with an optional low
// and high that only the uncertainty simulation reads.
import type { Cents } from '../money';

/** A value with its optional range; low ≤ likely ≤ high when given. */
export interface Estimate {
  likely: number;
  low: number | null;
  high: number | null;
}

/** Whether the gains of a scenario count revenue, or the gross margin on that revenue. */
export type GainBasis = 'revenue' | 'margin';

/** A campaign's gains: one typed figure, or a funnel from impressions to revenue. */
export type GainsInput =
  | { kind: 'figure'; revenue: Estimate /* cents */ }
  | {
      kind: 'funnel';
      /** Impressions, or reach when the user only knows reach (`audience` says which). */
      impressions: Estimate;
      audience: 'impressions' | 'reach';
      /** Clicks ÷ impressions. */
      clickRate: Estimate;
      /** Leads ÷ clicks. */
      leadRate: Estimate;
      /** Customers ÷ leads (the close rate). */
      closeRate: Estimate;
      /** Revenue per customer, in cents. */
      averageBasket: Estimate;
    };

/** A response curve R(x) = Rmax·xˢ/(xˢ+Kˢ), calibrated from today's point (see response-curve.ts). */
export interface CurveInput {
  /**
   * The user's saturation statement: doubling today's spend would add this share to today's
   * return (0.4 = "+40 %"). Fixes K together with the shape.
   */
  doublingGain: number;
  /** s: 1 is concave (the default), above 1 an S-shape. */
  shape: number;
  /** Geometric carry-over θ in [0, 1), or null when the channel has none. */
  carryOver: number | null;
}

/** The allocator's constraints for one line, in cents. */
export interface LineBounds {
  min: Cents;
  /** null: no maximum. */
  max: Cents | null;
  /** A locked line keeps its current spend. */
  locked: boolean;
  /** When set, the line gets either nothing or at least this much. */
  minimumBuy: Cents | null;
}

/** One campaign or channel of a scenario. */
export interface CampaignLine {
  id: string;
  name: string;
  /** The planner channel this line reads its media spend from, or null when free-standing. */
  channelId: string | null;
  /** Media buying, in cents. Linked lines store the planned spend read when last synced. */
  mediaCost: Estimate;
  /** Creative and production, in cents. */
  creativeCost: Estimate;
  /** Staff time pro rata: hours spent on the campaign × the hourly cost (cents). */
  staffHours: Estimate;
  staffHourlyCost: Estimate;
  gains: GainsInput;
  curve: CurveInput;
  bounds: LineBounds;
}

export type AllocationObjective =
  | { kind: 'max-return'; budget: Cents }
  /** The least spend whose best split reaches this return (cents of gains). */
  | { kind: 'target-return'; value: Cents }
  /** The largest spend whose best split still keeps ROAS at or above this ratio (4 = 400 %). */
  | { kind: 'target-roas'; value: number }
  /** The largest spend whose best split still keeps the cost per customer at or below this. */
  | { kind: 'target-cpa'; value: Cents };

export type Distribution = 'pert' | 'triangular';

export interface UncertaintySettings {
  distribution: Distribution;
  draws: number;
  seed: number;
  /** "Chance of beating" this ROI (0.5 = 50 %), or null. */
  targetRoi: number | null;
}

export interface RoiScenario {
  id: string;
  planId: string;
  name: string;
  gainBasis: GainBasis;
  /** Gross margin ÷ revenue, used when gainBasis is 'margin'. */
  marginRate: Estimate;
  lines: CampaignLine[];
  objective: AllocationObjective;
  uncertainty: UncertaintySettings;
  createdAt: number;
  updatedAt: number;
}

/** An estimate known exactly. */
export function exact(likely: number): Estimate {
  return { likely, low: null, high: null };
}
