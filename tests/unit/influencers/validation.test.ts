// Per-field reasons for a row, and hostile text kept exactly as text.
import { describe, expect, it } from 'vitest';
import {
  fieldProblems,
  validateInfluencer,
  type InfluencerDraft,
} from '../../../src/domain/influencers/validation';
import { influencer } from './fixtures';

const draft = (overrides: Partial<InfluencerDraft> = {}): InfluencerDraft => ({
  ...influencer({ followers: 1_000 }),
  ...overrides,
});

describe('fieldProblems', () => {
  it('accepts a sound row', () => {
    expect(fieldProblems(draft())).toEqual([]);
  });

  it('requires followers, a whole number ≥ 0', () => {
    expect(fieldProblems(draft({ followers: null }))).toEqual([
      { field: 'followers', code: 'missing' },
    ]);
    expect(fieldProblems(draft({ followers: 12.5 }))).toEqual([
      { field: 'followers', code: 'not-whole', value: 12.5 },
    ]);
    expect(fieldProblems(draft({ followers: -3 }))).toEqual([
      { field: 'followers', code: 'negative', value: -3 },
    ]);
    expect(fieldProblems(draft({ followers: Number.NaN }))).toEqual([
      { field: 'followers', code: 'not-a-number', value: Number.NaN },
    ]);
  });

  it('refuses negative prices and amounts that are not whole cents', () => {
    expect(fieldProblems(draft({ pricePost: -100, priceVideo: 10.5 }))).toEqual([
      { field: 'pricePost', code: 'negative', value: -100 },
      { field: 'priceVideo', code: 'not-cents', value: 10.5 },
    ]);
  });

  it('refuses likes above followers × 10', () => {
    expect(fieldProblems(draft({ followers: 100, avgLikes: 1_001 }))).toEqual([
      {
        field: 'avgLikes',
        code: 'likes-above-followers',
        likes: 1_001,
        followers: 100,
        limit: 1_000,
      },
    ]);
    expect(fieldProblems(draft({ followers: 100, avgLikes: 1_000 }))).toEqual([]);
  });

  it('refuses shares outside 0–1', () => {
    expect(fieldProblems(draft({ audienceMatch: 1.2, realFollowerShare: -0.1 }))).toEqual([
      { field: 'audienceMatch', code: 'share-out-of-range', value: 1.2 },
      { field: 'realFollowerShare', code: 'share-out-of-range', value: -0.1 },
    ]);
    expect(fieldProblems(draft({ audienceMatch: 0, realFollowerShare: 1 }))).toEqual([]);
  });

  it('refuses an unknown platform or status, an empty name and a bad month', () => {
    expect(
      fieldProblems(
        draft({ platform: 'myspace', name: '  ', status: 'maybe', bookedMonth: '2026-13' }),
      ),
    ).toEqual([
      { field: 'name', code: 'empty' },
      { field: 'platform', code: 'unknown-platform', value: 'myspace' },
      { field: 'status', code: 'unknown-status', value: 'maybe' },
      { field: 'bookedMonth', code: 'month-invalid', value: '2026-13' },
    ]);
  });

  it('checks counts and the last posts', () => {
    const posts = [{ likes: -1, comments: 2, shares: null, views: Infinity }];
    expect(fieldProblems(draft({ avgComments: -2, attributedOrders: 1.5, posts }))).toEqual([
      { field: 'attributedOrders', code: 'not-whole', value: 1.5 },
      { field: 'avgComments', code: 'negative', value: -2 },
      { field: 'posts', index: 0, post: 'likes', code: 'negative', value: -1 },
      { field: 'posts', index: 0, post: 'views', code: 'not-a-number', value: Infinity },
    ]);
  });
});

describe('validateInfluencer', () => {
  it('keeps hostile-looking text exactly as typed', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const result = validateInfluencer(
      draft({
        name: hostile,
        handle: '"><script>x</script>',
        notes: '=HYPERLINK("x")',
        niche: hostile,
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.name).toBe(hostile);
    expect(result.ok && result.value.handle).toBe('"><script>x</script>');
    expect(result.ok && result.value.notes).toBe('=HYPERLINK("x")');
  });

  it('returns every problem and no row when anything is wrong', () => {
    const result = validateInfluencer(draft({ followers: null, pricePost: -1 }));
    expect(result).toEqual({
      ok: false,
      error: [
        { field: 'followers', code: 'missing' },
        { field: 'pricePost', code: 'negative', value: -1 },
      ],
    });
  });

  it('brands amounts as cents', () => {
    const result = validateInfluencer(draft({ pricePost: 12_345 }));
    expect(result.ok && result.value.pricePost).toBe(12_345);
  });
});
