// The influencer tier by follower count, from the industry's usual bands (nano 1k–10k,
// micro 10k–100k, macro 100k–1M, mega ≥ 1M). Lower bounds are inclusive: 10 000 followers
// is micro, 9 999 is nano. Below 1 000 an account is not called an influencer at all.
import { err, ok, type Result } from '../result';

export const TIERS = ['below-nano', 'nano', 'micro', 'macro', 'mega'] as const;

export type Tier = (typeof TIERS)[number];

/** Lowest follower count of each tier, in ascending order (below-nano starts at 0). */
export const TIER_FLOORS: Readonly<Record<Tier, number>> = {
  'below-nano': 0,
  nano: 1_000,
  micro: 10_000,
  macro: 100_000,
  mega: 1_000_000,
};

export type TierProblem =
  { code: 'no-followers' } | { code: 'followers-invalid'; followers: number };

/** A follower count the sheet can compute with: a whole number ≥ 0. */
export function isFollowerCount(followers: number): boolean {
  return Number.isSafeInteger(followers) && followers >= 0;
}

export function tierOf(followers: number | null): Result<Tier, TierProblem> {
  if (followers === null) return err({ code: 'no-followers' });
  if (!isFollowerCount(followers)) return err({ code: 'followers-invalid', followers });
  if (followers >= TIER_FLOORS.mega) return ok('mega');
  if (followers >= TIER_FLOORS.macro) return ok('macro');
  if (followers >= TIER_FLOORS.micro) return ok('micro');
  if (followers >= TIER_FLOORS.nano) return ok('nano');
  return ok('below-nano');
}
