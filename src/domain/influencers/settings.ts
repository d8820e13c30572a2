// A plan's choices for its influencer sheet, kept with the plan: the price format the cost
// columns use, the engagement formula, the benchmark table, the red-flag thresholds, the CPM
// the earned media value assumes, the score's weights, and the shortlist.
import { DEFAULT_SHEET_OPTIONS, type SheetOptions } from './sheet';

export interface InfluencerSettings extends SheetOptions {
  planId: string;
  /** Ids of the shortlisted influencers, in the order they were added. */
  shortlist: string[];
  updatedAt: number;
}

export function defaultInfluencerSettings(planId: string, now: number): InfluencerSettings {
  return { ...DEFAULT_SHEET_OPTIONS, planId, shortlist: [], updatedAt: now };
}
