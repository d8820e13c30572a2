// Named RFM segments: hand-picked scores land in the segment the default grid shows, the grid
// leaves no score unnamed, edited rules apply in order, and the totals per segment add up.
import { describe, expect, it } from 'vitest';
import type { CustomerRfm, RfmScore } from '../../../src/domain/clv/rfm';
import {
  assignSegments,
  DEFAULT_SEGMENT_RULES,
  segmentOf,
  segmentRuleIssues,
  segmentTotals,
  type SegmentRules,
} from '../../../src/domain/clv/rfm-segments';
import { toCents } from '../../../src/domain/money';

const SCORES: readonly RfmScore[] = [1, 2, 3, 4, 5];

function scored(
  customerId: string,
  r: RfmScore,
  f: RfmScore,
  m: RfmScore,
  revenue = 0,
): CustomerRfm {
  return {
    customerId,
    recencyDays: 0,
    frequency: 1,
    monetary: toCents(revenue),
    revenue: toCents(revenue),
    r,
    f,
    m,
  };
}

describe('segmentOf with the default rules', () => {
  it.each([
    [5, 5, 5, 'champions'],
    [5, 4, 4, 'champions'],
    [5, 1, 1, 'new'],
    // FM = (1 + 2) / 2 = 1.5: still a single low purchase.
    [5, 1, 2, 'new'],
    [4, 1, 2, 'promising'],
    [5, 3, 2, 'potential-loyalists'],
    [4, 3, 4, 'potential-loyalists'],
    [4, 5, 4, 'loyal'],
    [3, 4, 4, 'loyal'],
    [3, 3, 3, 'need-attention'],
    [3, 2, 1, 'about-to-sleep'],
    [3, 3, 2, 'about-to-sleep'],
    [2, 4, 3, 'at-risk'],
    [1, 3, 5, 'at-risk'],
    [1, 5, 4, 'cant-lose-them'],
    [2, 5, 5, 'cant-lose-them'],
    [2, 1, 2, 'hibernating'],
    [2, 3, 2, 'hibernating'],
    [1, 1, 1, 'lost'],
    [1, 2, 3, 'lost'],
  ] as const)('R %i F %i M %i is %s', (r, f, m, segment) => {
    expect(segmentOf({ r, f, m }, DEFAULT_SEGMENT_RULES)).toBe(segment);
  });

  it('names every one of the 125 score combinations, and uses all eleven segments', () => {
    const seen = new Set<string>();
    for (const r of SCORES) {
      for (const f of SCORES) {
        for (const m of SCORES) seen.add(segmentOf({ r, f, m }, DEFAULT_SEGMENT_RULES));
      }
    }
    expect(seen.has('other')).toBe(false);
    expect([...seen].sort()).toEqual(
      [
        'about-to-sleep',
        'at-risk',
        'cant-lose-them',
        'champions',
        'hibernating',
        'lost',
        'loyal',
        'need-attention',
        'new',
        'potential-loyalists',
        'promising',
      ].sort(),
    );
  });

  it('default rules have no issue', () => {
    expect(segmentRuleIssues(DEFAULT_SEGMENT_RULES)).toEqual([]);
  });
});

describe('edited rules', () => {
  const rules: SegmentRules = {
    rules: [
      { id: 'whales', action: 'call', m: { min: 5, max: 5 } },
      { id: 'fresh', action: 'welcome', r: { min: 4, max: 5 }, f: { min: 1, max: 2 } },
    ],
    fallback: { id: 'rest', action: 'nothing' },
  };

  it('the first rule that matches wins, the fallback takes the rest', () => {
    // R 5, F 1, M 5 matches both: whales comes first.
    expect(segmentOf({ r: 5, f: 1, m: 5 }, rules)).toBe('whales');
    expect(segmentOf({ r: 5, f: 1, m: 2 }, rules)).toBe('fresh');
    expect(segmentOf({ r: 3, f: 1, m: 2 }, rules)).toBe('rest');
  });

  it('names what is wrong: an empty id, a repeated id, no action, a range out of 1 … 5 or upside down', () => {
    expect(
      segmentRuleIssues({
        rules: [
          { id: ' ', action: 'a', r: { min: 0, max: 3 } },
          { id: 'x', action: '', fm: { min: 4, max: 2 } },
          { id: 'x', action: 'b', f: { min: 1, max: Number.NaN } },
        ],
        fallback: { id: 'x', action: 'c' },
      }),
    ).toEqual([
      { code: 'empty-id', index: 0 },
      { code: 'empty-action', index: 1 },
      { code: 'duplicate-id', index: 2, id: 'x' },
      { code: 'duplicate-id', index: 3, id: 'x' },
      { code: 'bad-range', index: 0, dimension: 'r' },
      { code: 'bad-range', index: 1, dimension: 'fm' },
      { code: 'bad-range', index: 2, dimension: 'f' },
    ]);
  });
});

describe('assignSegments and segmentTotals', () => {
  const customers = assignSegments(
    [
      scored('a', 5, 5, 5, 10_000),
      scored('b', 5, 4, 5, 30_000),
      scored('c', 1, 1, 1, 10_000),
      scored('d', 5, 1, 1, 0),
    ],
    DEFAULT_SEGMENT_RULES,
  );

  it('keeps each customer with its scores and adds its segment', () => {
    expect(customers.map((c) => [c.customerId, c.segmentId])).toEqual([
      ['a', 'champions'],
      ['b', 'champions'],
      ['c', 'lost'],
      ['d', 'new'],
    ]);
    expect(customers[1]).toMatchObject({ r: 5, f: 4, m: 5, revenue: 30_000 });
  });

  it('counts customers and revenue per segment, with their shares, empty segments at zero', () => {
    const totals = segmentTotals(customers, DEFAULT_SEGMENT_RULES);
    // 4 customers, 500 € in all: champions 2 (50 %) with 100 + 300 = 400 € (80 %),
    // lost 1 (25 %) with 100 € (20 %), new 1 (25 %) with nothing.
    const byId = new Map(totals.map((t) => [t.segmentId, t]));
    expect(byId.get('champions')).toEqual({
      segmentId: 'champions',
      action: 'reward',
      customers: 2,
      revenue: 40_000,
      customerShare: 0.5,
      revenueShare: 0.8,
    });
    expect(byId.get('lost')).toMatchObject({ customers: 1, revenue: 10_000, revenueShare: 0.2 });
    expect(byId.get('new')).toMatchObject({ customers: 1, customerShare: 0.25, revenueShare: 0 });
    expect(byId.get('at-risk')).toMatchObject({ customers: 0, revenue: 0, customerShare: 0 });
    expect(totals.map((t) => t.segmentId)).toEqual([
      'champions',
      'loyal',
      'potential-loyalists',
      'new',
      'promising',
      'need-attention',
      'about-to-sleep',
      'at-risk',
      'cant-lose-them',
      'hibernating',
      'lost',
      'other',
    ]);
  });

  it('lists a segment the rules do not know last, and gives no share of nothing', () => {
    const stray = [{ ...scored('z', 3, 3, 3), segmentId: 'old-rule' }];
    const totals = segmentTotals(stray, DEFAULT_SEGMENT_RULES);
    expect(totals.at(-1)).toEqual({
      segmentId: 'old-rule',
      action: '',
      customers: 1,
      revenue: 0,
      customerShare: 1,
      revenueShare: null,
    });
    expect(segmentTotals([], DEFAULT_SEGMENT_RULES)[0]).toMatchObject({
      customerShare: null,
      revenueShare: null,
    });
  });
});
