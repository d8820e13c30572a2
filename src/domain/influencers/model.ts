// What one row of the influencer comparison sheet holds: the figures the user collects or
// imports, never the computed ones (tier, engagement, costs, flags and score are recomputed by
// sheet.ts so that they always match the inputs). Money is in integer cents; shares are
// fractions (0.85 for 85 %); counts are plain numbers, null when unknown.
import type { Cents } from '../money';
import type { DisclosureChecklist } from './disclosure';

export const PLATFORMS = [
  'instagram',
  'tiktok',
  'youtube',
  'linkedin',
  'x',
  'twitch',
  'pinterest',
  'blog',
] as const;

export type Platform = (typeof PLATFORMS)[number];

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/** Where the brand stands with the influencer; 'booked' and 'published' call for disclosure. */
export const PIPELINE_STATUSES = [
  'to-contact',
  'contacted',
  'negotiating',
  'booked',
  'published',
] as const;

export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

export function isPipelineStatus(value: string): value is PipelineStatus {
  return (PIPELINE_STATUSES as readonly string[]).includes(value);
}

/** The formats an influencer prices; the cost columns say which one they used. */
export type PriceFormat = 'post' | 'story' | 'video';

/** One of the influencer's last posts, when the user has them: medians then replace means. */
export interface PostStats {
  likes: number;
  comments: number;
  /** Shares or saves, whichever the platform shows; null when unknown. */
  shares: number | null;
  /** Views (video) or reach (image); null when unknown. */
  views: number | null;
}

export interface Influencer {
  id: string;
  planId: string;
  /** Free text, shown as text: a name such as `<img src=x onerror=alert(1)>` is kept as typed. */
  name: string;
  handle: string;
  platform: Platform;
  followers: number | null;
  /** Averages per post, as the user read them (or a tool showed them); null when unknown. */
  avgLikes: number | null;
  avgComments: number | null;
  /** Shares or saves per post. */
  avgShares: number | null;
  /** Views or reach per post. */
  avgViews: number | null;
  /** Impressions of one post, when known (CPM prefers them to reach). */
  impressions: number | null;
  pricePost: Cents | null;
  priceStory: Cents | null;
  priceVideo: Cents | null;
  niche: string;
  /** Share of the audience that matches the brand's target, 0–1. */
  audienceMatch: number | null;
  /** Share of real (not bot, not inactive) followers, as a tool such as HypeAuditor reports it, 0–1. */
  realFollowerShare: number | null;
  promoCode: string;
  attributedOrders: number | null;
  /** Revenue of the orders that used the promo code, cents. */
  attributedRevenue: Cents | null;
  disclosure: DisclosureChecklist;
  status: PipelineStatus;
  notes: string;
  /** The last posts, newest first; empty when the user only has averages. */
  posts: PostStats[];
  /** The plan month a booking falls in ('YYYY-MM'); written by the booking flow, later. */
  bookedMonth: string | null;
  /** What the booking actually costs; when set, ROI and ROAS use it rather than a list price. */
  bookedCost: Cents | null;
}

/** The price of the format asked for, or null when the influencer has not given one. */
export function priceOf(influencer: Influencer, format: PriceFormat): Cents | null {
  if (format === 'post') return influencer.pricePost;
  if (format === 'story') return influencer.priceStory;
  return influencer.priceVideo;
}
