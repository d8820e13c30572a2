// Engagement rate, always with the formula it used: the paid tools each define it their own
// way (HypeAuditor (likes + comments) ÷ followers over 12 posts, Modash median likes ÷
// followers on Instagram but ÷ views on TikTok), so a bare "4 %" means nothing. Here every
// rate carries its statistic, its interactions and its denominator, and an id for exports.
import { err, ok, type Result } from '../result';
import type { Influencer, PostStats } from './model';
import { isFollowerCount } from './tiers';

export type EngagementStatistic = 'mean' | 'median';
export type InteractionSet = 'likes+comments' | 'likes+comments+shares';
export type EngagementDenominator = 'followers' | 'views';

export interface EngagementFormula {
  statistic: EngagementStatistic;
  interactions: InteractionSet;
  denominator: EngagementDenominator;
}

/** 'median(likes+comments)/followers': stable, language-free, for CSV headers and exports. */
export function formulaId(formula: EngagementFormula): string {
  return `${formula.statistic}(${formula.interactions})/${formula.denominator}`;
}

export interface EngagementOptions {
  interactions: InteractionSet;
  /** Use the median of the last posts when there are enough of them; else the averages' mean. */
  preferMedian: boolean;
  /** Fewest usable posts for a median: with two, a median is just their mean. */
  minPostsForMedian: number;
}

export const DEFAULT_ENGAGEMENT_OPTIONS: EngagementOptions = {
  interactions: 'likes+comments',
  preferMedian: true,
  minPostsForMedian: 3,
};

export type InteractionField = 'likes' | 'comments' | 'shares';

export type EngagementProblem =
  | { code: 'no-followers' }
  | { code: 'followers-invalid'; followers: number }
  | { code: 'zero-followers' }
  /** Views (or reach) unknown or zero: no rate by views. */
  | { code: 'no-views' }
  | { code: 'missing-interactions'; missing: InteractionField[] };

/** Interactions of a typical post, and how "typical" was taken. */
export interface TypicalInteractions {
  value: number;
  statistic: EngagementStatistic;
  /** Posts the median was taken over; 0 for a mean from the averages. */
  posts: number;
}

export interface EngagementRate {
  /** A fraction: 0.034 for 3.4 %. */
  rate: number;
  formula: EngagementFormula;
  formulaId: string;
  posts: number;
}

/** Middle value (mean of the two middle ones for an even count); the input is not modified. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[middle] ?? null;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function postInteractions(post: PostStats, set: InteractionSet): number | null {
  if (set === 'likes+comments') return post.likes + post.comments;
  return post.shares === null ? null : post.likes + post.comments + post.shares;
}

/** The posts a median can use: every interaction asked for is known. */
function usablePosts(influencer: Influencer, options: EngagementOptions): PostStats[] {
  if (!options.preferMedian) return [];
  const usable = influencer.posts.filter((p) => postInteractions(p, options.interactions) !== null);
  return usable.length >= options.minPostsForMedian ? usable : [];
}

/**
 * Interactions of a typical post: the median over the last posts when there are enough (one
 * viral post then no longer makes a nano look like a star), else the averages' sum.
 */
export function typicalInteractions(
  influencer: Influencer,
  options: EngagementOptions,
): Result<TypicalInteractions, EngagementProblem> {
  const posts = usablePosts(influencer, options);
  if (posts.length > 0) {
    const values = posts.map((p) => postInteractions(p, options.interactions) ?? 0);
    return ok({ value: median(values) ?? 0, statistic: 'median', posts: posts.length });
  }
  const missing: InteractionField[] = [];
  if (influencer.avgLikes === null) missing.push('likes');
  if (influencer.avgComments === null) missing.push('comments');
  const withShares = options.interactions === 'likes+comments+shares';
  if (withShares && influencer.avgShares === null) missing.push('shares');
  if (missing.length > 0) return err({ code: 'missing-interactions', missing });
  const shares = withShares ? (influencer.avgShares ?? 0) : 0;
  const value = (influencer.avgLikes ?? 0) + (influencer.avgComments ?? 0) + shares;
  return ok({ value, statistic: 'mean', posts: 0 });
}

function rateOf(
  rate: number,
  typical: TypicalInteractions,
  options: EngagementOptions,
  denominator: EngagementDenominator,
): EngagementRate {
  const formula = { statistic: typical.statistic, interactions: options.interactions, denominator };
  return { rate, formula, formulaId: formulaId(formula), posts: typical.posts };
}

/** Typical interactions ÷ followers. */
export function engagementByFollowers(
  influencer: Influencer,
  options: EngagementOptions = DEFAULT_ENGAGEMENT_OPTIONS,
): Result<EngagementRate, EngagementProblem> {
  const followers = influencer.followers;
  if (followers === null) return err({ code: 'no-followers' });
  if (!isFollowerCount(followers)) return err({ code: 'followers-invalid', followers });
  if (followers === 0) return err({ code: 'zero-followers' });
  const typical = typicalInteractions(influencer, options);
  if (!typical.ok) return typical;
  return ok(rateOf(typical.value.value / followers, typical.value, options, 'followers'));
}

/**
 * Interactions ÷ views (or reach). The median is taken over each post's own rate, so that
 * a post's interactions are set against that post's audience; the mean is the averages'
 * interactions ÷ average views.
 */
export function engagementByViews(
  influencer: Influencer,
  options: EngagementOptions = DEFAULT_ENGAGEMENT_OPTIONS,
): Result<EngagementRate, EngagementProblem> {
  const viewed = usablePosts(influencer, options).filter((p) => p.views !== null && p.views > 0);
  if (viewed.length >= options.minPostsForMedian) {
    const rates = viewed.map(
      (p) => (postInteractions(p, options.interactions) ?? 0) / (p.views ?? 1),
    );
    const typical: TypicalInteractions = { value: 0, statistic: 'median', posts: viewed.length };
    return ok(rateOf(median(rates) ?? 0, typical, options, 'views'));
  }
  const views = influencer.avgViews;
  if (views === null || !(views > 0) || !Number.isFinite(views)) return err({ code: 'no-views' });
  const typical = typicalInteractions(influencer, { ...options, preferMedian: false });
  if (!typical.ok) return typical;
  return ok(rateOf(typical.value.value / views, typical.value, options, 'views'));
}
