// Engagement by followers and by views, mean against median, and the formula each rate names.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENGAGEMENT_OPTIONS,
  engagementByFollowers,
  engagementByViews,
  formulaId,
  median,
  typicalInteractions,
  type EngagementOptions,
} from '../../../src/domain/influencers/engagement';
import type { PostStats } from '../../../src/domain/influencers/model';
import { influencer } from './fixtures';

const meanOnly: EngagementOptions = { ...DEFAULT_ENGAGEMENT_OPTIONS, preferMedian: false };
const withShares: EngagementOptions = {
  ...DEFAULT_ENGAGEMENT_OPTIONS,
  interactions: 'likes+comments+shares',
};
const post = (
  likes: number,
  comments: number,
  views: number | null = null,
  shares: number | null = null,
): PostStats => ({
  likes,
  comments,
  shares,
  views,
});

describe('engagement by followers', () => {
  it('is (likes + comments) ÷ followers from the averages, named as a mean', () => {
    const row = influencer({ followers: 10_000, avgLikes: 300, avgComments: 20 });
    const rate = engagementByFollowers(row, meanOnly);
    expect(rate.ok && rate.value.rate).toBeCloseTo(0.032, 12);
    expect(rate.ok && rate.value.formula).toEqual({
      statistic: 'mean',
      interactions: 'likes+comments',
      denominator: 'followers',
    });
    expect(rate.ok && rate.value.formulaId).toBe('mean(likes+comments)/followers');
  });

  it('adds shares/saves when asked', () => {
    const row = influencer({ followers: 10_000, avgLikes: 300, avgComments: 20, avgShares: 80 });
    const rate = engagementByFollowers(row, { ...withShares, preferMedian: false });
    expect(rate.ok && rate.value.rate).toBeCloseTo(0.04, 12);
    expect(rate.ok && rate.value.formulaId).toBe('mean(likes+comments+shares)/followers');
  });

  it('says which interaction is missing rather than counting it as zero', () => {
    const row = influencer({ followers: 10_000, avgLikes: 300, avgComments: null });
    expect(engagementByFollowers(row, withShares)).toEqual({
      ok: false,
      error: { code: 'missing-interactions', missing: ['comments', 'shares'] },
    });
  });

  it('has no rate without followers, with zero followers, or with a broken count', () => {
    const base = { avgLikes: 10, avgComments: 1 };
    expect(engagementByFollowers(influencer({ ...base, followers: null }))).toEqual({
      ok: false,
      error: { code: 'no-followers' },
    });
    expect(engagementByFollowers(influencer({ ...base, followers: 0 }))).toEqual({
      ok: false,
      error: { code: 'zero-followers' },
    });
    expect(engagementByFollowers(influencer({ ...base, followers: 10.5 }))).toEqual({
      ok: false,
      error: { code: 'followers-invalid', followers: 10.5 },
    });
  });

  it('takes the median of the last posts, so one viral post does not make a nano a star', () => {
    // Four ordinary posts and a viral one: the averages the user copied include the viral post.
    const posts = [post(200, 10), post(180, 12), post(20_000, 900), post(220, 8), post(190, 10)];
    const row = influencer({ followers: 5_000, avgLikes: 4_158, avgComments: 188, posts });
    const mean = engagementByFollowers(row, meanOnly);
    const med = engagementByFollowers(row);
    expect(mean.ok && mean.value.rate).toBeCloseTo(4_346 / 5_000, 12); // 86.9 %
    // Interactions per post: 210, 192, 20 900, 228, 200 → median 210.
    expect(med.ok && med.value.rate).toBeCloseTo(210 / 5_000, 12); // 4.2 %
    expect(med.ok && med.value.formulaId).toBe('median(likes+comments)/followers');
    expect(med.ok && med.value.posts).toBe(5);
  });

  it('falls back to the mean below three posts, and says so', () => {
    const row = influencer({
      followers: 1_000,
      avgLikes: 50,
      avgComments: 5,
      posts: [post(1, 0), post(2, 0)],
    });
    const rate = engagementByFollowers(row);
    expect(rate.ok && rate.value.formula.statistic).toBe('mean');
    expect(rate.ok && rate.value.rate).toBeCloseTo(0.055, 12);
  });

  it('leaves out posts without shares when shares are counted', () => {
    const posts = [
      post(10, 0, null, 5),
      post(20, 0, null, null),
      post(30, 0, null, 5),
      post(40, 0, null, 5),
    ];
    const typical = typicalInteractions(influencer({ posts }), withShares);
    // Usable posts: 15, 35, 45 → median 35.
    expect(typical).toEqual({ ok: true, value: { value: 35, statistic: 'median', posts: 3 } });
  });
});

describe('engagement by views', () => {
  it('is interactions ÷ average views from the averages', () => {
    const row = influencer({
      followers: 50_000,
      avgLikes: 900,
      avgComments: 100,
      avgViews: 20_000,
    });
    const rate = engagementByViews(row, meanOnly);
    expect(rate.ok && rate.value.rate).toBeCloseTo(0.05, 12);
    expect(rate.ok && rate.value.formulaId).toBe('mean(likes+comments)/views');
  });

  it('is the median of each post’s own rate when posts have views', () => {
    const posts = [post(90, 10, 1_000), post(40, 10, 1_000), post(900, 100, 100_000)];
    const rate = engagementByViews(influencer({ posts }));
    // Rates 0.1, 0.05, 0.01 → median 0.05.
    expect(rate.ok && rate.value.rate).toBeCloseTo(0.05, 12);
    expect(rate.ok && rate.value.formulaId).toBe('median(likes+comments)/views');
  });

  it('has no rate without views or with zero views', () => {
    const base = { followers: 1_000, avgLikes: 10, avgComments: 1 };
    for (const avgViews of [null, 0]) {
      expect(engagementByViews(influencer({ ...base, avgViews }))).toEqual({
        ok: false,
        error: { code: 'no-views' },
      });
    }
  });
});

describe('helpers', () => {
  it('median of odd, even and empty lists, leaving the input alone', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('formula ids are stable strings', () => {
    expect(
      formulaId({
        statistic: 'median',
        interactions: 'likes+comments+shares',
        denominator: 'views',
      }),
    ).toBe('median(likes+comments+shares)/views');
  });
});
