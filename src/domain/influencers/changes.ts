// The change messages that edit a plan's influencers, applied to the stored record inside the
// repository's transaction (as CLV and ROI scenarios are): two tabs editing different fields
// of one influencer never overwrite each other.
import type { Influencer } from './model';

/** What an edit may set: everything but the record's identity. */
export type InfluencerFields = Partial<Omit<Influencer, 'id' | 'planId'>>;

export interface InfluencerChange {
  kind: 'fields';
  fields: InfluencerFields;
}

/**
 * The influencer with the change applied; the same object when the change sets nothing, so
 * that the caller can skip the write. Never touches id or planId.
 */
export function applyInfluencerChange(
  influencer: Influencer,
  change: InfluencerChange,
): Influencer {
  if (Object.keys(change.fields).length === 0) return influencer;
  const { id, planId } = influencer;
  return { ...influencer, ...change.fields, id, planId };
}
