// Each red flag on and off, with the numbers it carries, and turned off by the user.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BENCHMARKS } from '../../../src/domain/influencers/benchmarks';
import {
  DISCLOSURE_ITEMS,
  type DisclosureChecklist,
} from '../../../src/domain/influencers/disclosure';
import { DEFAULT_ENGAGEMENT_OPTIONS } from '../../../src/domain/influencers/engagement';
import {
  DEFAULT_RED_FLAG_OPTIONS as options,
  disclosureFlag,
  implausibleLikesFlag,
  likesCommentsFlag,
  lowEngagementFlag,
  priceFlag,
  realFollowersFlag,
  redFlags,
} from '../../../src/domain/influencers/red-flags';
import type { Influencer } from '../../../src/domain/influencers/model';
import { euros, influencer } from './fixtures';

const engagement = DEFAULT_ENGAGEMENT_OPTIONS;
const low = (row: Influencer) => lowEngagementFlag(row, DEFAULT_BENCHMARKS, options, engagement);

describe('low engagement', () => {
  // HypeAuditor 20K–100K band: low end 1.62 %, so the flag shows under 0.81 %.
  it('is on under half the band’s low end, with the band and the formula', () => {
    const row = influencer({ followers: 50_000, avgLikes: 380, avgComments: 20 }); // 0.8 %
    expect(low(row)).toEqual({
      code: 'low-engagement',
      rate: 0.008,
      formulaId: 'mean(likes+comments)/followers',
      bandLow: 0.0162,
      threshold: 0.0081,
      minFollowers: 20_000,
      maxFollowers: 100_000,
    });
  });

  it('is off at or above the threshold, and without a benchmark for the platform', () => {
    expect(low(influencer({ followers: 50_000, avgLikes: 390, avgComments: 20 }))).toBeNull(); // 0.82 %
    expect(
      low(influencer({ platform: 'linkedin', followers: 50_000, avgLikes: 1, avgComments: 0 })),
    ).toBeNull();
  });

  it('uses the benchmark’s own denominator (TikTok: views)', () => {
    const tiktok = {
      platform: 'tiktok' as const,
      followers: 20_000,
      avgComments: 10,
      avgShares: 10,
    };
    // 10K–50K band low 4 %, threshold 2 %: 280 interactions ÷ 20 000 views = 1.4 %.
    expect(low(influencer({ ...tiktok, avgLikes: 260, avgViews: 20_000 }))).toMatchObject({
      formulaId: 'mean(likes+comments+shares)/views',
    });
    expect(low(influencer({ ...tiktok, avgLikes: 460, avgViews: 20_000 }))).toBeNull(); // 2.4 %
    expect(low(influencer({ ...tiktok, avgLikes: 260, avgViews: null }))).toBeNull(); // cannot tell
  });
});

describe('likes-to-comments ratio', () => {
  it('is on above 250 likes per comment and below 10', () => {
    expect(likesCommentsFlag(influencer({ avgLikes: 3_000, avgComments: 10 }), options)).toEqual({
      code: 'likes-comments-ratio',
      likes: 3_000,
      comments: 10,
      ratio: 300,
      min: 10,
      max: 250,
    });
    expect(
      likesCommentsFlag(influencer({ avgLikes: 200, avgComments: 40 }), options),
    ).toMatchObject({ ratio: 5 });
  });

  it('is off inside the range, and below 100 likes where the ratio is noise', () => {
    expect(likesCommentsFlag(influencer({ avgLikes: 2_500, avgComments: 10 }), options)).toBeNull();
    expect(likesCommentsFlag(influencer({ avgLikes: 100, avgComments: 10 }), options)).toBeNull();
    expect(likesCommentsFlag(influencer({ avgLikes: 99, avgComments: 0 }), options)).toBeNull();
  });

  it('flags many likes with no comment at all without dividing by zero', () => {
    expect(likesCommentsFlag(influencer({ avgLikes: 500, avgComments: 0 }), options)).toMatchObject(
      { ratio: null },
    );
  });

  it('reads the last posts’ totals when the averages are missing', () => {
    const posts = [1, 2, 3].map(() => ({ likes: 1_000, comments: 1, shares: null, views: null }));
    expect(likesCommentsFlag(influencer({ posts }), options)).toMatchObject({
      likes: 3_000,
      comments: 3,
    });
  });
});

describe('real followers', () => {
  it('is on under 80 % and off at 80 % or unknown', () => {
    expect(realFollowersFlag(influencer({ realFollowerShare: 0.79 }), options)).toEqual({
      code: 'few-real-followers',
      share: 0.79,
      threshold: 0.8,
    });
    expect(realFollowersFlag(influencer({ realFollowerShare: 0.8 }), options)).toBeNull();
    expect(realFollowersFlag(influencer({ realFollowerShare: null }), options)).toBeNull();
  });
});

describe('price far above the tier', () => {
  it('is on above twice the tier’s usual high (micro: 2 000 €)', () => {
    const row = influencer({ followers: 30_000, pricePost: euros(2_000.01) });
    expect(priceFlag(row, DEFAULT_BENCHMARKS, options, 'post')).toEqual({
      code: 'price-above-range',
      price: 200_001,
      format: 'post',
      tier: 'micro',
      high: 100_000,
      threshold: 200_000,
    });
  });

  it('is off at the threshold, for another format, and for a mega (no ceiling)', () => {
    const row = influencer({
      followers: 30_000,
      pricePost: euros(2_000),
      priceVideo: euros(5_000),
    });
    expect(priceFlag(row, DEFAULT_BENCHMARKS, options, 'post')).toBeNull();
    expect(priceFlag(row, DEFAULT_BENCHMARKS, options, 'video')).not.toBeNull();
    const star = influencer({ followers: 3_000_000, pricePost: euros(90_000) });
    expect(priceFlag(star, DEFAULT_BENCHMARKS, options, 'post')).toBeNull();
  });
});

describe('missing disclosure', () => {
  const done = Object.fromEntries(DISCLOSURE_ITEMS.map((i) => [i, 'done'])) as DisclosureChecklist;

  it('is on for a booked or published influencer with items left', () => {
    expect(disclosureFlag(influencer({ status: 'booked' }))).toEqual({
      code: 'missing-disclosure',
      status: 'booked',
      missing: [...DISCLOSURE_ITEMS],
    });
    const published = influencer({
      status: 'published',
      disclosure: { ...done, 'every-format': 'to-do' },
    });
    expect(disclosureFlag(published)).toMatchObject({ missing: ['every-format'] });
  });

  it('is off before booking, or with the checklist complete', () => {
    expect(disclosureFlag(influencer({ status: 'negotiating' }))).toBeNull();
    expect(disclosureFlag(influencer({ status: 'booked', disclosure: done }))).toBeNull();
  });
});

describe('implausible likes', () => {
  it('is on above followers × 10, from the averages or any post', () => {
    expect(implausibleLikesFlag(influencer({ followers: 100, avgLikes: 1_001 }), options)).toEqual({
      code: 'implausible-likes',
      likes: 1_001,
      followers: 100,
      limit: 1_000,
    });
    const posts = [{ likes: 5_000, comments: 0, shares: null, views: null }];
    expect(implausibleLikesFlag(influencer({ followers: 100, posts }), options)).toMatchObject({
      likes: 5_000,
    });
  });

  it('is off at followers × 10 and without followers', () => {
    expect(
      implausibleLikesFlag(influencer({ followers: 100, avgLikes: 1_000 }), options),
    ).toBeNull();
    expect(implausibleLikesFlag(influencer({ avgLikes: 1_000 }), options)).toBeNull();
  });
});

describe('redFlags', () => {
  const bad = influencer({
    followers: 100,
    avgLikes: 2_000,
    avgComments: 1,
    realFollowerShare: 0.5,
    status: 'booked',
  });

  it('lists every flag that is on, in a fixed order', () => {
    expect(redFlags(bad, DEFAULT_BENCHMARKS, 'post', engagement).map((f) => f.code)).toEqual([
      'implausible-likes',
      'likes-comments-ratio',
      'few-real-followers',
      'missing-disclosure',
    ]);
  });

  it('leaves out the flags the user turned off', () => {
    const some = { ...options, disabled: ['implausible-likes', 'missing-disclosure'] as const };
    expect(redFlags(bad, DEFAULT_BENCHMARKS, 'post', engagement, some).map((f) => f.code)).toEqual([
      'likes-comments-ratio',
      'few-real-followers',
    ]);
  });
});
