// Tier boundaries exactly as the sheet shows them: a lower bound belongs to the higher tier.
import { describe, expect, it } from 'vitest';
import { tierOf } from '../../../src/domain/influencers/tiers';

describe('tierOf', () => {
  it.each([
    [0, 'below-nano'],
    [999, 'below-nano'],
    [1_000, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
    [250_000_000, 'mega'],
  ])('%i followers is %s', (followers, tier) => {
    expect(tierOf(followers)).toEqual({ ok: true, value: tier });
  });

  it('gives a reason instead of a tier for unknown or impossible counts', () => {
    expect(tierOf(null)).toEqual({ ok: false, error: { code: 'no-followers' } });
    for (const followers of [-1, 12.5, Number.NaN, Infinity]) {
      expect(tierOf(followers)).toEqual({
        ok: false,
        error: { code: 'followers-invalid', followers },
      });
    }
  });
});
