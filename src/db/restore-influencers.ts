// The restore step of the influencer sheet (see restore.ts for the idea): every influencer and
// every sheet-settings record read from the database or a backup passes here, so the sheet
// only ever computes with finite, non-negative numbers. Texts are kept exactly as stored (a
// name like `<img src=x onerror=alert(1)>` is a name; the screen shows it as text). A number
// that is not one (NaN, a string, a negative count, cents that are not whole) becomes
// unknown (null) on read, which a backup check sees as a change and refuses. A platform or a
// pipeline status that this version does not know drops the record rather than guess: a
// "booked" read as "to contact" would drop its cost from the budget.
import {
  DEFAULT_BENCHMARKS,
  validateBenchmarks,
  type BenchmarkSource,
  type BenchmarkTable,
  type EngagementBand,
  type EngagementBenchmark,
  type PriceRange,
} from '../domain/influencers/benchmarks';
import {
  DISCLOSURE_ITEMS,
  OPTIONAL_DISCLOSURE_ITEMS,
  emptyChecklist,
  type DisclosureChecklist,
  type DisclosureItem,
  type DisclosureState,
} from '../domain/influencers/disclosure';
import {
  DEFAULT_ENGAGEMENT_OPTIONS,
  type EngagementOptions,
} from '../domain/influencers/engagement';
import {
  isPipelineStatus,
  isPlatform,
  type Influencer,
  type PostStats,
  type PriceFormat,
} from '../domain/influencers/model';
import {
  DEFAULT_RED_FLAG_OPTIONS,
  type RedFlagCode,
  type RedFlagOptions,
} from '../domain/influencers/red-flags';
import { CRITERIA, validateWeights, type ScoreWeights } from '../domain/influencers/score';
import { defaultInfluencerSettings, type InfluencerSettings } from '../domain/influencers/settings';
import { DEFAULT_SHEET_OPTIONS } from '../domain/influencers/sheet';
import { TIERS, type Tier } from '../domain/influencers/tiers';
import type { Cents } from '../domain/money';

/**
 * An influencer as stored: the domain record plus its place in the sheet. Influencer has no
 * creation date, and ids are random, so the order the user added rows in is kept here, in the
 * database layer only: `addedAt` (the clock at the add) then `addedIndex` (its place within
 * one bulk add, say an import), then the id for two tabs adding in the same millisecond.
 */
export type StoredInfluencer = Influencer & { addedAt: number; addedIndex: number };

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A count or an average: finite, not negative; whole for counts of people or orders. */
function count(value: unknown, whole = false): number | null {
  if (!isAmount(value)) return null;
  return whole && !Number.isSafeInteger(value) ? null : value;
}

function cents(value: unknown): Cents | null {
  return Number.isSafeInteger(value) && (value as number) >= 0
    ? (((value as number) + 0) as Cents)
    : null;
}

function share(value: unknown): number | null {
  return isAmount(value) && value <= 1 ? value : null;
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

const DISCLOSURE_STATES: readonly DisclosureState[] = ['to-do', 'done', 'not-applicable'];

/** Each item's state; unknown, missing, or "not applicable" where it must apply: to do. */
function checklist(raw: unknown): DisclosureChecklist {
  if (!isRecord(raw)) return emptyChecklist();
  const out: Record<DisclosureItem, DisclosureState> = { ...emptyChecklist() };
  for (const item of DISCLOSURE_ITEMS) {
    const state = raw[item];
    if (typeof state !== 'string' || !(DISCLOSURE_STATES as readonly string[]).includes(state))
      continue;
    const applicable = state !== 'not-applicable' || OPTIONAL_DISCLOSURE_ITEMS.includes(item);
    if (applicable) out[item] = state as DisclosureState;
  }
  return { ...raw, ...out };
}

/** A post needs its likes and comments; one that has no usable ones is dropped. */
function post(raw: unknown): PostStats | null {
  if (!isRecord(raw)) return null;
  const likes = count(raw.likes);
  const comments = count(raw.comments);
  if (likes === null || comments === null) return null;
  return { ...raw, likes, comments, shares: count(raw.shares), views: count(raw.views) };
}

function posts(raw: unknown): PostStats[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const read = post(item);
    return read ? [read] : [];
  });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A stored influencer made well-formed, or null without an id, a plan, a known platform or a
 * known status (a missing status is "to contact"). Texts are kept as they are.
 */
export function restoreInfluencer(raw: unknown): StoredInfluencer | null {
  if (!isRecord(raw) || !isKey(raw.id) || !isKey(raw.planId)) return null;
  if (typeof raw.platform !== 'string' || !isPlatform(raw.platform)) return null;
  const status = raw.status === undefined ? 'to-contact' : raw.status;
  if (typeof status !== 'string' || !isPipelineStatus(status)) return null;
  const bookedMonth = textOrNull(raw.bookedMonth);
  return {
    ...raw,
    id: raw.id,
    planId: raw.planId,
    name: text(raw.name),
    handle: text(raw.handle),
    platform: raw.platform,
    followers: count(raw.followers, true),
    avgLikes: count(raw.avgLikes),
    avgComments: count(raw.avgComments),
    avgShares: count(raw.avgShares),
    avgViews: count(raw.avgViews),
    impressions: count(raw.impressions),
    pricePost: cents(raw.pricePost),
    priceStory: cents(raw.priceStory),
    priceVideo: cents(raw.priceVideo),
    niche: text(raw.niche),
    audienceMatch: share(raw.audienceMatch),
    realFollowerShare: share(raw.realFollowerShare),
    promoCode: text(raw.promoCode),
    attributedOrders: count(raw.attributedOrders, true),
    attributedRevenue: cents(raw.attributedRevenue),
    disclosure: checklist(raw.disclosure),
    status,
    notes: text(raw.notes),
    posts: posts(raw.posts),
    bookedMonth: bookedMonth !== null && MONTH.test(bookedMonth) ? bookedMonth : null,
    bookedCost: cents(raw.bookedCost),
    addedAt: finiteOr(raw.addedAt, 0),
    addedIndex: finiteOr(raw.addedIndex, 0),
  };
}

// ---- Settings ------------------------------------------------------------------------------

const FORMATS: readonly PriceFormat[] = ['post', 'story', 'video'];
const INTERACTION_SETS = ['likes+comments', 'likes+comments+shares'] as const;
const DENOMINATORS = ['followers', 'views'] as const;
const RED_FLAG_CODES: readonly RedFlagCode[] = [
  'low-engagement',
  'likes-comments-ratio',
  'few-real-followers',
  'price-above-range',
  'missing-disclosure',
  'implausible-likes',
];

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function engagement(raw: unknown): EngagementOptions {
  const d = DEFAULT_ENGAGEMENT_OPTIONS;
  if (!isRecord(raw)) return d;
  const posts = raw.minPostsForMedian;
  return {
    ...raw,
    interactions: oneOf(raw.interactions, INTERACTION_SETS) ? raw.interactions : d.interactions,
    preferMedian: typeof raw.preferMedian === 'boolean' ? raw.preferMedian : d.preferMedian,
    minPostsForMedian:
      Number.isSafeInteger(posts) && (posts as number) >= 1
        ? (posts as number)
        : d.minPostsForMedian,
  };
}

function redFlagOptions(raw: unknown): RedFlagOptions {
  const d = DEFAULT_RED_FLAG_OPTIONS;
  if (!isRecord(raw)) return d;
  const amount = (value: unknown, fallback: number) => (isAmount(value) ? value : fallback);
  const ratio = isRecord(raw.likesPerComment) ? raw.likesPerComment : {};
  const min = amount(ratio.min, d.likesPerComment.min);
  const max = amount(ratio.max, d.likesPerComment.max);
  const disabled = Array.isArray(raw.disabled)
    ? raw.disabled.filter((code): code is RedFlagCode => oneOf(code, RED_FLAG_CODES))
    : d.disabled;
  return {
    ...raw,
    lowEngagementFactor: amount(raw.lowEngagementFactor, d.lowEngagementFactor),
    likesPerComment: min <= max ? { ...ratio, min, max } : d.likesPerComment,
    likesPerCommentFromLikes: amount(raw.likesPerCommentFromLikes, d.likesPerCommentFromLikes),
    minRealFollowerShare: share(raw.minRealFollowerShare) ?? d.minRealFollowerShare,
    priceFactor: amount(raw.priceFactor, d.priceFactor),
    implausibleLikesFactor: amount(raw.implausibleLikesFactor, d.implausibleLikesFactor),
    disabled: [...new Set(disabled)],
  };
}

/** Weights as stored, or null when present but not accepted by validateWeights. */
function weights(raw: unknown): ScoreWeights | null {
  if (raw === undefined) return DEFAULT_SHEET_OPTIONS.weights;
  if (!isRecord(raw)) return null;
  const read = {} as Record<(typeof CRITERIA)[number], number>;
  for (const c of CRITERIA) {
    const w = raw[c];
    if (typeof w !== 'number') return null;
    read[c] = w;
  }
  const valid = validateWeights(read);
  return valid.ok ? valid.value : null;
}

function source(raw: unknown): BenchmarkSource | null {
  if (!isRecord(raw)) return null;
  const { title, publisher, year, url, verified, note } = raw;
  if (typeof title !== 'string' || typeof publisher !== 'string' || typeof note !== 'string')
    return null;
  if (typeof verified !== 'boolean') return null;
  if (year !== null && !Number.isSafeInteger(year)) return null;
  if (url !== null && typeof url !== 'string') return null;
  return { ...raw, title, publisher, year: year as number | null, url, verified, note };
}

function engagementBand(raw: unknown): EngagementBand | null {
  if (!isRecord(raw)) return null;
  const { minFollowers, maxFollowers, low, high } = raw;
  if (typeof minFollowers !== 'number' || typeof low !== 'number' || typeof high !== 'number')
    return null;
  if (maxFollowers !== null && typeof maxFollowers !== 'number') return null;
  return { ...raw, minFollowers, maxFollowers, low, high };
}

function engagementBenchmark(raw: unknown): EngagementBenchmark | null {
  if (!isRecord(raw) || typeof raw.platform !== 'string' || !isPlatform(raw.platform)) return null;
  if (!oneOf(raw.interactions, INTERACTION_SETS) || !oneOf(raw.denominator, DENOMINATORS))
    return null;
  const read = source(raw.source);
  if (!read || !Array.isArray(raw.bands)) return null;
  const bands = raw.bands.map(engagementBand);
  if (bands.some((b) => b === null)) return null;
  return {
    ...raw,
    platform: raw.platform,
    interactions: raw.interactions,
    denominator: raw.denominator,
    source: read,
    bands: bands as EngagementBand[],
  };
}

function priceRange(raw: unknown): PriceRange | null {
  if (!isRecord(raw) || !oneOf<Tier>(raw.tier, TIERS)) return null;
  const read = source(raw.source);
  const low = raw.low === null ? null : cents(raw.low);
  const high = raw.high === null ? null : cents(raw.high);
  // A bound that is present but not cents is refused, not read as "open".
  if (!read || (raw.low !== null && low === null) || (raw.high !== null && high === null))
    return null;
  return { ...raw, tier: raw.tier, low, high, source: read };
}

/** A benchmark table as stored, or null when present but malformed or refused by the domain. */
function benchmarks(raw: unknown): BenchmarkTable | null {
  if (raw === undefined) return DEFAULT_BENCHMARKS;
  if (!isRecord(raw) || !Array.isArray(raw.engagement) || !Array.isArray(raw.prices)) return null;
  const engagementRows = raw.engagement.map(engagementBenchmark);
  const prices = raw.prices.map(priceRange);
  if (engagementRows.some((e) => e === null) || prices.some((p) => p === null)) return null;
  const table: BenchmarkTable = {
    ...raw,
    engagement: engagementRows as EngagementBenchmark[],
    prices: prices as PriceRange[],
  };
  const valid = validateBenchmarks(table);
  return valid.ok ? valid.value : null;
}

/**
 * A stored settings record made well-formed, or null without a plan or with weights or a
 * benchmark table that the domain refuses: those change every score and flag the user saw, so
 * they are dropped whole (the defaults apply) as the CLV rules are, rather than repaired.
 * Missing fields (an older record) take their defaults; bad thresholds take theirs too.
 */
export function restoreInfluencerSettings(raw: unknown): InfluencerSettings | null {
  if (!isRecord(raw) || !isKey(raw.planId)) return null;
  const readWeights = weights(raw.weights);
  const readBenchmarks = benchmarks(raw.benchmarks);
  if (!readWeights || !readBenchmarks) return null;
  const d = defaultInfluencerSettings(raw.planId, 0);
  const shortlist = Array.isArray(raw.shortlist) ? raw.shortlist.filter(isKey) : d.shortlist;
  return {
    ...raw,
    planId: raw.planId,
    format: oneOf(raw.format, FORMATS) ? raw.format : d.format,
    engagement: engagement(raw.engagement),
    benchmarks: readBenchmarks,
    redFlags: redFlagOptions(raw.redFlags),
    emvCpm: cents(raw.emvCpm) ?? d.emvCpm,
    weights: readWeights,
    shortlist: [...new Set(shortlist)],
    updatedAt: finiteOr(raw.updatedAt, 0),
  };
}
