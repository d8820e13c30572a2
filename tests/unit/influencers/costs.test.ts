// Cost per engagement, per thousand, per view, EMV, ROI and ROAS against hand-computed values.
import { describe, expect, it } from 'vitest';
import {
  actualCost,
  costPerEngagement,
  costPerThousand,
  costPerView,
  earnedMediaValue,
  returnOnCost,
} from '../../../src/domain/influencers/costs';
import { DEFAULT_ENGAGEMENT_OPTIONS } from '../../../src/domain/influencers/engagement';
import { toCents } from '../../../src/domain/money';
import { euros, influencer } from './fixtures';

const meanOnly = { ...DEFAULT_ENGAGEMENT_OPTIONS, preferMedian: false };

describe('cost per engagement', () => {
  it('is the chosen format’s price ÷ interactions per post, naming the format', () => {
    const row = influencer({
      avgLikes: 450,
      avgComments: 50,
      pricePost: euros(200),
      priceStory: euros(80),
    });
    const post = costPerEngagement(row, 'post', meanOnly);
    expect(post.ok && post.value.cents).toBe(40); // 20 000 cents ÷ 500
    expect(post.ok && post.value.cost.source).toEqual({ kind: 'price', format: 'post' });
    const story = costPerEngagement(row, 'story', meanOnly);
    expect(story.ok && story.value.cents).toBe(16);
  });

  it('says there is no price for a format the influencer has not priced', () => {
    const row = influencer({ avgLikes: 450, avgComments: 50, pricePost: euros(200) });
    expect(costPerEngagement(row, 'video')).toEqual({
      ok: false,
      error: { code: 'no-price', format: 'video' },
    });
  });

  it('has no CPE with zero interactions (never Infinity)', () => {
    const row = influencer({ avgLikes: 0, avgComments: 0, pricePost: euros(200) });
    expect(costPerEngagement(row, 'post')).toEqual({
      ok: false,
      error: { code: 'no-interactions' },
    });
  });
});

describe('CPM and cost per view', () => {
  it('CPM = price ÷ impressions × 1 000 when impressions are known', () => {
    const row = influencer({ impressions: 40_000, avgViews: 25_000, pricePost: euros(300) });
    const cpm = costPerThousand(row, 'post');
    expect(cpm.ok && cpm.value.cents).toBe(750); // 7,50 € per thousand
    expect(cpm.ok && cpm.value.basis).toBe('impressions');
  });

  it('falls back to reach, and says so', () => {
    const row = influencer({ impressions: null, avgViews: 25_000, pricePost: euros(300) });
    const cpm = costPerThousand(row, 'post');
    expect(cpm.ok && cpm.value.cents).toBe(1_200);
    expect(cpm.ok && cpm.value.basis).toBe('reach');
    const zero = influencer({ impressions: 0, avgViews: 0, pricePost: euros(300) });
    expect(costPerThousand(zero, 'post')).toEqual({ ok: false, error: { code: 'no-audience' } });
  });

  it('cost per view = price ÷ views; no views is a reason', () => {
    const row = influencer({ avgViews: 25_000, priceVideo: euros(500) });
    const cpv = costPerView(row, 'video');
    expect(cpv.ok && cpv.value.cents).toBe(2);
    expect(costPerView(influencer({ avgViews: 0, priceVideo: euros(500) }), 'video')).toEqual({
      ok: false,
      error: { code: 'no-views' },
    });
  });
});

describe('earned media value', () => {
  it('is impressions × CPM ÷ 1 000, rounded to the cent and flagged as an estimate', () => {
    const emv = earnedMediaValue(influencer({ impressions: 12_345 }), toCents(850));
    // 12 345 × 8,50 € ÷ 1 000 = 104,9325 € → 104,93 €.
    expect(emv).toEqual({
      ok: true,
      value: { cents: 10_493, estimate: true, basis: 'impressions', cpm: 850 },
    });
  });

  it('uses reach where there are no impressions, and refuses a negative CPM', () => {
    const emv = earnedMediaValue(influencer({ avgViews: 2_000 }), toCents(1_000));
    expect(emv.ok && emv.value).toMatchObject({ cents: 2_000, basis: 'reach' });
    expect(earnedMediaValue(influencer({ impressions: 1 }), toCents(-1))).toEqual({
      ok: false,
      error: { code: 'cpm-invalid' },
    });
  });
  it('says when the value leaves the safe range of cents', () => {
    const emv = earnedMediaValue(influencer({ impressions: 1e15 }), toCents(1_000_000));
    expect(emv).toEqual({ ok: false, error: { code: 'too-large' } });
  });
});

describe('ROI and ROAS', () => {
  it('ROI = (revenue − cost) ÷ cost and ROAS = revenue ÷ cost, on the list price', () => {
    const row = influencer({ pricePost: euros(400), attributedRevenue: euros(1_000) });
    expect(returnOnCost(row, 'post')).toEqual({
      ok: true,
      value: {
        roi: 1.5,
        roas: 2.5,
        revenue: 100_000,
        cost: { cents: 40_000, source: { kind: 'price', format: 'post' } },
      },
    });
  });

  it('uses the booked cost once there is one', () => {
    const row = influencer({
      pricePost: euros(400),
      bookedCost: euros(500),
      attributedRevenue: euros(250),
    });
    expect(actualCost(row, 'post')).toEqual({
      ok: true,
      value: { cents: 50_000, source: { kind: 'booked' } },
    });
    const r = returnOnCost(row, 'post');
    expect(r.ok && r.value.roi).toBe(-0.5);
    expect(r.ok && r.value.roas).toBe(0.5);
  });

  it('gives reasons for no revenue and a free post (no division by zero)', () => {
    expect(returnOnCost(influencer({ pricePost: euros(400) }), 'post')).toEqual({
      ok: false,
      error: { code: 'no-revenue' },
    });
    const free = influencer({ pricePost: toCents(0), attributedRevenue: euros(10) });
    expect(returnOnCost(free, 'post')).toEqual({ ok: false, error: { code: 'zero-cost' } });
  });
});
