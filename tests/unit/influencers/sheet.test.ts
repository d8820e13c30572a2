// computeSheet: every column of a row against hand-computed values, and rescore changing only
// scores and ranks.
import { describe, expect, it } from 'vitest';
import {
  DISCLOSURE_ITEMS,
  type DisclosureChecklist,
} from '../../../src/domain/influencers/disclosure';
import { DEFAULT_WEIGHTS } from '../../../src/domain/influencers/score';
import {
  computeSheet,
  DEFAULT_SHEET_OPTIONS,
  rescore,
} from '../../../src/domain/influencers/sheet';
import { euros, influencer } from './fixtures';

const done = Object.fromEntries(DISCLOSURE_ITEMS.map((i) => [i, 'done'])) as DisclosureChecklist;

const rows = [
  // Micro, 4 % by followers, 500 € post: CPE 500 € ÷ 800 = 62,5 cents.
  influencer({
    id: 'a',
    followers: 20_000,
    avgLikes: 760,
    avgComments: 40,
    avgViews: 8_000,
    impressions: 10_000,
    pricePost: euros(500),
    audienceMatch: 0.7,
    realFollowerShare: 0.9,
    attributedRevenue: euros(1_500),
    status: 'booked',
    disclosure: done,
  }),
  // Nano, 5 % by followers, 100 € post: CPE 100 € ÷ 250 = 40 cents; no views, no revenue.
  influencer({
    id: 'b',
    followers: 5_000,
    avgLikes: 240,
    avgComments: 10,
    pricePost: euros(100),
    audienceMatch: 0.9,
    realFollowerShare: 0.7,
  }),
  // Nothing known but the name: every column says why.
  influencer({ id: 'c' }),
];

describe('computeSheet', () => {
  const sheet = computeSheet(rows);

  it('computes every column of a complete row', () => {
    expect(sheet.ids).toEqual(['a', 'b', 'c']);
    expect(sheet.tier[0]).toEqual({ ok: true, value: 'micro' });
    const ef = sheet.engagementByFollowers[0];
    expect(ef?.ok && ef.value.rate).toBe(0.04);
    expect(ef?.ok && ef.value.formulaId).toBe('mean(likes+comments)/followers');
    const ev = sheet.engagementByViews[0];
    expect(ev?.ok && ev.value.rate).toBe(0.1);
    const cpe = sheet.cpe[0];
    expect(cpe?.ok && cpe.value.cents).toBe(62.5);
    const cpm = sheet.cpm[0];
    expect(cpm?.ok && [cpm.value.cents, cpm.value.basis]).toEqual([5_000, 'impressions']);
    const cpv = sheet.cpv[0];
    expect(cpv?.ok && cpv.value.cents).toBe(6.25);
    const emv = sheet.emv[0]; // 10 000 × 10 € ÷ 1 000 = 100 €
    expect(emv?.ok && emv.value).toMatchObject({ cents: 10_000, estimate: true });
    const returns = sheet.returns[0];
    expect(returns?.ok && [returns.value.roi, returns.value.roas]).toEqual([2, 3]);
    expect(sheet.flags[0]).toEqual([]);
  });

  it('gives a reason for every column it cannot compute', () => {
    expect(sheet.tier[2]).toEqual({ ok: false, error: { code: 'no-followers' } });
    expect(sheet.engagementByFollowers[2]).toEqual({ ok: false, error: { code: 'no-followers' } });
    expect(sheet.engagementByViews[1]).toEqual({ ok: false, error: { code: 'no-views' } });
    expect(sheet.cpe[2]).toEqual({ ok: false, error: { code: 'no-price', format: 'post' } });
    expect(sheet.emv[1]).toEqual({ ok: false, error: { code: 'no-audience' } });
    expect(sheet.returns[1]).toEqual({ ok: false, error: { code: 'no-revenue' } });
    expect(sheet.flags[1]?.map((f) => f.code)).toEqual(['few-real-followers']);
  });

  it('scores and ranks from the normalised columns', () => {
    // a: engagement 0, cost 0, match 0, quality 1, roi 1 → 2/5. b: 1, 1, 1, 0, missing → 3/5.
    // c: nothing known → 0.
    expect(sheet.scores.ok && [...sheet.scores.value.scores]).toEqual([0.4, 0.6, 0]);
    expect(sheet.scores.ok && [...sheet.scores.value.ranks]).toEqual([2, 1, 3]);
  });

  it('uses the format asked for and names it', () => {
    const stories = computeSheet(rows, { ...DEFAULT_SHEET_OPTIONS, format: 'story' });
    expect(stories.cpe[0]).toEqual({ ok: false, error: { code: 'no-price', format: 'story' } });
  });
});

describe('rescore', () => {
  it('changes scores and ranks only, keeping every other column as it was', () => {
    const sheet = computeSheet(rows);
    const next = rescore(sheet, { ...DEFAULT_WEIGHTS, audienceQuality: 10 });
    // a: (0 + 0 + 0 + 10 + 1) ÷ 14; b: (1 + 1 + 1 + 0 + 0) ÷ 14.
    expect(next.scores.ok && [...next.scores.value.ranks]).toEqual([1, 2, 3]);
    expect(next.scores.ok && next.scores.value.scores[0]).toBeCloseTo(11 / 14, 9);
    expect(next.cpe).toBe(sheet.cpe);
    expect(next.flags).toBe(sheet.flags);
    expect(next.options.weights.audienceQuality).toBe(10);
  });

  it('reports weights that cannot score', () => {
    const zero = { engagement: 0, costEfficiency: 0, audienceMatch: 0, audienceQuality: 0, roi: 0 };
    expect(rescore(computeSheet(rows), zero).scores).toEqual({
      ok: false,
      error: { code: 'no-weights' },
    });
  });
});
