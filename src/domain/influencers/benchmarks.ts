// The reference figures the red flags compare with: engagement by follower band per platform,
// and the usual price of a post by tier. Plain data the user may edit (validateBenchmarks says
// what is wrong with an edited table), each figure with its source as found, and "unverified"
// where we could not check the study behind a page. Rates are fractions (0.0426 for 4.26 %).
import { toCents, type Cents } from '../money';
import { err, ok, type Result } from '../result';
import type { EngagementDenominator, InteractionSet } from './engagement';
import type { Platform } from './model';
import { TIERS, type Tier } from './tiers';

export interface BenchmarkSource {
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
  /** False when the figures come from a secondary page or are our own assumption. */
  verified: boolean;
  /** How the figures were read: what low and high mean, currency, caveats. */
  note: string;
}

/** A follower band [minFollowers, maxFollowers) and its typical engagement range. */
export interface EngagementBand {
  minFollowers: number;
  /** Exclusive; null for the open top band. */
  maxFollowers: number | null;
  low: number;
  high: number;
}

export interface EngagementBenchmark {
  platform: Platform;
  /** The interactions and denominator the source used: the flag recomputes the rate the same way. */
  interactions: InteractionSet;
  denominator: EngagementDenominator;
  source: BenchmarkSource;
  bands: EngagementBand[];
}

/** The usual price of one post for a tier; null bounds are open (a mega has no ceiling). */
export interface PriceRange {
  tier: Tier;
  low: Cents | null;
  high: Cents | null;
  source: BenchmarkSource;
}

export interface BenchmarkTable {
  engagement: EngagementBenchmark[];
  prices: PriceRange[];
}

const HYPEAUDITOR_2018: BenchmarkSource = {
  title:
    'What is Instagram Engagement Rate and How to Calculate it — Instagram Engagement Rate Benchmark 2018',
  publisher: 'HypeAuditor',
  year: 2018,
  url: 'https://hypeauditor.com/blog/what-is-instagram-engagement-rate-and-how-to-calculate-it/',
  verified: true,
  note:
    'March 2018, about 37 000 accounts, last 90 days, ER = (likes + comments) ÷ followers. ' +
    'The study publishes an average and a median per band, no range: low is its average ER, ' +
    'high its median ER. Its bands (0–1K, 1K–5K, 5K–20K, 20K–100K, 100K–1M, >1M) are kept.',
};

const UNTAPPER_TIKTOK: BenchmarkSource = {
  title:
    'Influencer Marketing Benchmarks & KPIs (2026) — TikTok engagement rate benchmarks by tier',
  publisher: 'Untapper',
  year: 2026,
  url: 'https://untapper.com/influencer-marketing-benchmarks',
  verified: false,
  note:
    'Unverified: a vendor page with no published method. Its "Average ER" range per tier is ' +
    'taken as low–high; it says TikTok ER is measured against views but not which ' +
    'interactions, so likes + comments + shares is our assumption.',
};

const PRICE_PAGES: BenchmarkSource = {
  title:
    'Pricing guide when working with influencers (nano $10–$100, micro $100–$500, mid $500–$5K, macro $5K–$10K per post)',
  publisher: 'Ainfluencer (figures commonly attributed to Influencer Marketing Hub)',
  year: null,
  url: 'https://ainfluencer.freshdesk.com/support/solutions/articles/72000513860-pricing-guide-when-working-with-influencers',
  verified: false,
  note: 'Unverified: US dollars on a secondary page, read at par as euros (our assumption).',
};

const ISSUE_SEEDS: BenchmarkSource = {
  title:
    'Mixplan issue 13 seeds: a micro-influencer post usually costs 100 € to 1 000 €, a star’s can exceed 10 000 €',
  publisher: 'Mixplan',
  year: null,
  url: null,
  verified: false,
  note: 'Our assumption, no study behind it; edit it to your market.',
};

const band = (minFollowers: number, maxFollowers: number | null, low: number, high: number) => ({
  minFollowers,
  maxFollowers,
  low,
  high,
});

export const DEFAULT_BENCHMARKS: BenchmarkTable = {
  engagement: [
    {
      platform: 'instagram',
      interactions: 'likes+comments',
      denominator: 'followers',
      source: HYPEAUDITOR_2018,
      bands: [
        band(0, 1_000, 0.1058, 0.1699),
        band(1_000, 5_000, 0.0426, 0.0645),
        band(5_000, 20_000, 0.0228, 0.0376),
        band(20_000, 100_000, 0.0162, 0.0263),
        band(100_000, 1_000_000, 0.0155, 0.0257),
        band(1_000_000, null, 0.0154, 0.0256),
      ],
    },
    {
      platform: 'tiktok',
      interactions: 'likes+comments+shares',
      denominator: 'views',
      source: UNTAPPER_TIKTOK,
      bands: [
        band(1_000, 10_000, 0.06, 0.1),
        band(10_000, 50_000, 0.04, 0.07),
        band(50_000, 500_000, 0.03, 0.05),
        band(500_000, 1_000_000, 0.02, 0.035),
        band(1_000_000, null, 0.01, 0.02),
      ],
    },
  ],
  prices: [
    { tier: 'nano', low: toCents(1_000), high: toCents(10_000), source: PRICE_PAGES },
    { tier: 'micro', low: toCents(10_000), high: toCents(100_000), source: ISSUE_SEEDS },
    // Our macro (100K–1M) spans the page's mid-tier and macro rows.
    { tier: 'macro', low: toCents(50_000), high: toCents(1_000_000), source: PRICE_PAGES },
    { tier: 'mega', low: toCents(1_000_000), high: null, source: ISSUE_SEEDS },
  ],
};

/** The band an account falls in, with its benchmark; null when none covers it. */
export function engagementBandFor(
  table: BenchmarkTable,
  platform: Platform,
  followers: number,
): { benchmark: EngagementBenchmark; band: EngagementBand } | null {
  const benchmark = table.engagement.find((b) => b.platform === platform);
  const found = benchmark?.bands.find(
    (b) => followers >= b.minFollowers && (b.maxFollowers === null || followers < b.maxFollowers),
  );
  return benchmark && found ? { benchmark, band: found } : null;
}

export function priceRangeFor(table: BenchmarkTable, tier: Tier): PriceRange | null {
  return table.prices.find((p) => p.tier === tier) ?? null;
}

export type BenchmarkProblem =
  | { code: 'duplicate-platform'; platform: Platform }
  | { code: 'no-bands'; platform: Platform }
  | { code: 'band-bounds'; platform: Platform; index: number }
  | { code: 'bands-overlap'; platform: Platform; index: number }
  | { code: 'rate-range'; platform: Platform; index: number }
  | { code: 'duplicate-tier'; tier: Tier }
  | { code: 'unknown-tier'; tier: string }
  | { code: 'price-range'; tier: Tier };

const isRate = (r: number) => Number.isFinite(r) && r >= 0;
const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;
const isAmount = (c: number | null) => c === null || (Number.isSafeInteger(c) && c >= 0);

function bandProblems(benchmark: EngagementBenchmark): BenchmarkProblem[] {
  const { platform, bands } = benchmark;
  if (bands.length === 0) return [{ code: 'no-bands', platform }];
  const problems: BenchmarkProblem[] = [];
  bands.forEach((b, index) => {
    const top = b.maxFollowers;
    if (!isCount(b.minFollowers) || (top !== null && (!isCount(top) || top <= b.minFollowers)))
      problems.push({ code: 'band-bounds', platform, index });
    if (!isRate(b.low) || !isRate(b.high) || b.low > b.high)
      problems.push({ code: 'rate-range', platform, index });
    const previous = bands[index - 1];
    // Bands are listed in ascending order; a gap is allowed (no benchmark there), an overlap not.
    if (previous && (previous.maxFollowers === null || previous.maxFollowers > b.minFollowers))
      problems.push({ code: 'bands-overlap', platform, index });
  });
  return problems;
}

/** Every problem of an edited table, or the table itself when it is sound. */
export function validateBenchmarks(
  table: BenchmarkTable,
): Result<BenchmarkTable, BenchmarkProblem[]> {
  const problems: BenchmarkProblem[] = [];
  const platforms = new Set<Platform>();
  for (const benchmark of table.engagement) {
    if (platforms.has(benchmark.platform))
      problems.push({ code: 'duplicate-platform', platform: benchmark.platform });
    platforms.add(benchmark.platform);
    problems.push(...bandProblems(benchmark));
  }
  const tiers = new Set<Tier>();
  for (const range of table.prices) {
    if (!(TIERS as readonly string[]).includes(range.tier)) {
      problems.push({ code: 'unknown-tier', tier: range.tier });
      continue;
    }
    if (tiers.has(range.tier)) problems.push({ code: 'duplicate-tier', tier: range.tier });
    tiers.add(range.tier);
    const { low, high } = range;
    if (!isAmount(low) || !isAmount(high) || (low !== null && high !== null && low > high))
      problems.push({ code: 'price-range', tier: range.tier });
  }
  return problems.length > 0 ? err(problems) : ok(table);
}
