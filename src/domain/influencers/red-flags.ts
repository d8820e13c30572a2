// Warnings on a row, each with a reason code and the numbers behind it, so that the screen
// can say "engagement 0.6 % is under half of 1.62 %" rather than a bare red dot. Every
// threshold is an option with a documented default; each flag can be turned off.
import type { Cents } from '../money';
import { engagementByFollowers, engagementByViews, type EngagementOptions } from './engagement';
import { engagementBandFor, priceRangeFor, type BenchmarkTable } from './benchmarks';
import { isComplete, missingItems, type DisclosureItem } from './disclosure';
import { priceOf, type Influencer, type PipelineStatus, type PriceFormat } from './model';
import { tierOf, type Tier } from './tiers';

export type RedFlag =
  | {
      code: 'low-engagement';
      rate: number;
      formulaId: string;
      /** The band's low end and the rate under which the flag shows (low × factor). */
      bandLow: number;
      threshold: number;
      minFollowers: number;
      maxFollowers: number | null;
    }
  | {
      code: 'likes-comments-ratio';
      likes: number;
      comments: number;
      ratio: number | null;
      min: number;
      max: number;
    }
  | { code: 'few-real-followers'; share: number; threshold: number }
  | {
      code: 'price-above-range';
      price: Cents;
      format: PriceFormat;
      tier: Tier;
      high: Cents;
      threshold: number;
    }
  | { code: 'missing-disclosure'; status: PipelineStatus; missing: DisclosureItem[] }
  | { code: 'implausible-likes'; likes: number; followers: number; limit: number };

export type RedFlagCode = RedFlag['code'];

export interface RedFlagOptions {
  /**
   * Flag engagement under this share of the band's low end. 0.5: the sources' ranges already
   * spread by about 1.5× (HypeAuditor's average against its median), so half the low end is
   * clearly outside the usual spread, not an ordinary weak month.
   */
  lowEngagementFactor: number;
  /**
   * Usual likes per comment. Mention's Instagram Engagement Report 2018 (110 million posts)
   * found comments were 1.9 % of engagements, about 51 likes per comment (read in a copy,
   * https://vdocuments.us/2018-instagram-report-18-info-engagement-report-2018-mentionpdf-instagram.html,
   * unverified); we allow a factor of 5 either side (10 to 250). Far more likes per comment
   * suggests bought likes, far fewer comment pods or giveaways ("comment to win").
   */
  likesPerComment: { min: number; max: number };
  /** Under this many likes per post the ratio is noise (one comment moves it a lot). */
  likesPerCommentFromLikes: number;
  /** Share of real followers under which to flag (0.8: one in five fake is already a lot). */
  minRealFollowerShare: number;
  /** Flag a price above the tier's usual high × this factor (2: twice the top of the range). */
  priceFactor: number;
  /** Likes above followers × this are implausible data (a typing slip, or the wrong account). */
  implausibleLikesFactor: number;
  /** Flags turned off by the user. */
  disabled: readonly RedFlagCode[];
}

export const DEFAULT_RED_FLAG_OPTIONS: RedFlagOptions = {
  lowEngagementFactor: 0.5,
  likesPerComment: { min: 10, max: 250 },
  likesPerCommentFromLikes: 100,
  minRealFollowerShare: 0.8,
  priceFactor: 2,
  implausibleLikesFactor: 10,
  disabled: [],
};

/** Engagement computed the way the platform's benchmark was, under factor × its band's low end. */
export function lowEngagementFlag(
  influencer: Influencer,
  table: BenchmarkTable,
  options: RedFlagOptions,
  engagement: EngagementOptions,
): RedFlag | null {
  if (influencer.followers === null) return null;
  const found = engagementBandFor(table, influencer.platform, influencer.followers);
  if (!found) return null;
  const asBenchmark = { ...engagement, interactions: found.benchmark.interactions };
  const rate =
    found.benchmark.denominator === 'followers'
      ? engagementByFollowers(influencer, asBenchmark)
      : engagementByViews(influencer, asBenchmark);
  if (!rate.ok) return null;
  const threshold = found.band.low * options.lowEngagementFactor;
  if (!(rate.value.rate < threshold)) return null;
  const { minFollowers, maxFollowers, low } = found.band;
  const { formulaId } = rate.value;
  return {
    code: 'low-engagement',
    rate: rate.value.rate,
    formulaId,
    bandLow: low,
    threshold,
    minFollowers,
    maxFollowers,
  };
}

/** Likes and comments per post: the averages, else the last posts' totals. */
function likesAndComments(influencer: Influencer): { likes: number; comments: number } | null {
  if (influencer.avgLikes !== null && influencer.avgComments !== null)
    return { likes: influencer.avgLikes, comments: influencer.avgComments };
  if (influencer.posts.length === 0) return null;
  let likes = 0;
  let comments = 0;
  for (const post of influencer.posts) {
    likes += post.likes;
    comments += post.comments;
  }
  return { likes, comments };
}

export function likesCommentsFlag(influencer: Influencer, options: RedFlagOptions): RedFlag | null {
  const counts = likesAndComments(influencer);
  if (!counts || counts.likes < options.likesPerCommentFromLikes) return null;
  const { min, max } = options.likesPerComment;
  // No comment at all: the ratio is unbounded, so only "too many likes" can be said.
  const ratio = counts.comments > 0 ? counts.likes / counts.comments : null;
  const outside = ratio === null ? counts.likes > max : ratio < min || ratio > max;
  return outside ? { code: 'likes-comments-ratio', ...counts, ratio, min, max } : null;
}

export function realFollowersFlag(influencer: Influencer, options: RedFlagOptions): RedFlag | null {
  const share = influencer.realFollowerShare;
  const threshold = options.minRealFollowerShare;
  return share !== null && share < threshold
    ? { code: 'few-real-followers', share, threshold }
    : null;
}

export function priceFlag(
  influencer: Influencer,
  table: BenchmarkTable,
  options: RedFlagOptions,
  format: PriceFormat,
): RedFlag | null {
  const price = priceOf(influencer, format);
  const tier = tierOf(influencer.followers);
  if (price === null || !tier.ok) return null;
  const high = priceRangeFor(table, tier.value)?.high ?? null;
  if (high === null) return null;
  const threshold = high * options.priceFactor;
  return price > threshold
    ? { code: 'price-above-range', price, format, tier: tier.value, high, threshold }
    : null;
}

export function disclosureFlag(influencer: Influencer): RedFlag | null {
  const { status, disclosure } = influencer;
  if (status !== 'booked' && status !== 'published') return null;
  return isComplete(disclosure)
    ? null
    : { code: 'missing-disclosure', status, missing: missingItems(disclosure) };
}

export function implausibleLikesFlag(
  influencer: Influencer,
  options: RedFlagOptions,
): RedFlag | null {
  const { followers } = influencer;
  if (followers === null) return null;
  const limit = followers * options.implausibleLikesFactor;
  const likes = Math.max(influencer.avgLikes ?? 0, ...influencer.posts.map((p) => p.likes));
  return likes > limit ? { code: 'implausible-likes', likes, followers, limit } : null;
}

/** Every flag of a row that is on, in a fixed order. */
export function redFlags(
  influencer: Influencer,
  table: BenchmarkTable,
  format: PriceFormat,
  engagement: EngagementOptions,
  options: RedFlagOptions = DEFAULT_RED_FLAG_OPTIONS,
): RedFlag[] {
  const flags = [
    implausibleLikesFlag(influencer, options),
    lowEngagementFlag(influencer, table, options, engagement),
    likesCommentsFlag(influencer, options),
    realFollowersFlag(influencer, options),
    priceFlag(influencer, table, options, format),
    disclosureFlag(influencer),
  ];
  return flags.filter((f): f is RedFlag => f !== null && !options.disabled.includes(f.code));
}
