// The default benchmark table is sound and sourced; an edited table is checked field by field.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BENCHMARKS,
  engagementBandFor,
  priceRangeFor,
  validateBenchmarks,
  type BenchmarkTable,
} from '../../../src/domain/influencers/benchmarks';
import { toCents } from '../../../src/domain/money';

describe('default benchmarks', () => {
  it('pass their own validation', () => {
    expect(validateBenchmarks(DEFAULT_BENCHMARKS).ok).toBe(true);
  });

  it('name a source for every figure, and say "unverified" where not checked', () => {
    const sources = [
      ...DEFAULT_BENCHMARKS.engagement.map((b) => b.source),
      ...DEFAULT_BENCHMARKS.prices.map((p) => p.source),
    ];
    for (const source of sources) {
      expect(source.title.length).toBeGreaterThan(0);
      if (!source.verified) expect(source.note).toMatch(/unverified|assumption/i);
    }
    const instagram = DEFAULT_BENCHMARKS.engagement.find((b) => b.platform === 'instagram');
    expect(instagram?.source.url).toContain('hypeauditor.com');
    expect(instagram?.source.verified).toBe(true);
  });

  it('finds the HypeAuditor 2018 band of an account (lower bound inclusive)', () => {
    expect(engagementBandFor(DEFAULT_BENCHMARKS, 'instagram', 20_000)?.band).toEqual({
      minFollowers: 20_000,
      maxFollowers: 100_000,
      low: 0.0162,
      high: 0.0263,
    });
    expect(engagementBandFor(DEFAULT_BENCHMARKS, 'instagram', 19_999)?.band.low).toBe(0.0228);
    expect(engagementBandFor(DEFAULT_BENCHMARKS, 'instagram', 5_000_000)?.band.low).toBe(0.0154);
    expect(engagementBandFor(DEFAULT_BENCHMARKS, 'linkedin', 5_000)).toBeNull();
  });

  it('keeps the issue’s seeds for micro and mega prices', () => {
    expect(priceRangeFor(DEFAULT_BENCHMARKS, 'micro')).toMatchObject({
      low: 10_000,
      high: 100_000,
    });
    expect(priceRangeFor(DEFAULT_BENCHMARKS, 'mega')).toMatchObject({ low: 1_000_000, high: null });
    expect(priceRangeFor(DEFAULT_BENCHMARKS, 'below-nano')).toBeNull();
  });
});

describe('validateBenchmarks', () => {
  const instagram = DEFAULT_BENCHMARKS.engagement[0]!;
  const micro = DEFAULT_BENCHMARKS.prices[1]!;

  it('reports overlapping bands, bad bounds, inverted rates and duplicates', () => {
    const table: BenchmarkTable = {
      engagement: [
        {
          ...instagram,
          bands: [
            { minFollowers: 0, maxFollowers: 5_000, low: 0.05, high: 0.02 },
            { minFollowers: 4_000, maxFollowers: 4_000, low: 0.01, high: 0.02 },
          ],
        },
        { ...instagram, bands: [] },
      ],
      prices: [{ ...micro, low: toCents(200), high: toCents(100) }, { ...micro }],
    };
    const result = validateBenchmarks(table);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual([
      { code: 'rate-range', platform: 'instagram', index: 0 },
      { code: 'band-bounds', platform: 'instagram', index: 1 },
      { code: 'bands-overlap', platform: 'instagram', index: 1 },
      { code: 'duplicate-platform', platform: 'instagram' },
      { code: 'no-bands', platform: 'instagram' },
      { code: 'price-range', tier: 'micro' },
      { code: 'duplicate-tier', tier: 'micro' },
    ]);
  });
});
