// Campaign ROI against hand-computed figures: the worked example of DESIGN.md, break-even at
// ROI 0 %, ROAS = ROI + 100 % on revenue, the funnel's rates and unit costs, totals, and the
// planned spend read by linked lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  campaignFigures,
  likelyValues,
  scenarioFigures,
  withPlannedSpend,
  type CampaignFigures,
  type CampaignValues,
} from '../../../src/domain/roi/campaign';
import { newLine } from '../../../src/domain/roi/examples';
import { exact, type CampaignLine } from '../../../src/domain/roi/model';

function figureLine(
  media: number,
  revenue: number,
  extra: Partial<CampaignValues> = {},
): CampaignValues {
  return {
    mediaCost: media,
    creativeCost: 0,
    staffHours: 0,
    staffHourlyCost: 0,
    gains: { kind: 'figure', revenue },
    ...extra,
  };
}

/** 200 000 impressions, CTR 2 %, 5 % leads, 25 % close, 80 € basket; 1 000 € media, 200 € creative, 10 h at 30 €. */
const funnelGains = {
  kind: 'funnel',
  impressions: 200_000,
  clickRate: 0.02,
  leadRate: 0.05,
  closeRate: 0.25,
  averageBasket: 8_000,
  audience: 'reach',
} satisfies CampaignValues['gains'];
const funnelValues: CampaignValues = {
  mediaCost: 100_000,
  creativeCost: 20_000,
  staffHours: 10,
  staffHourlyCost: 3_000,
  gains: funnelGains,
};

function numbersOf(f: CampaignFigures): number[] {
  const own = [f.mediaCost, f.creativeCost, f.staffCost, f.cost, f.revenue, f.gains, f.netGain];
  const maybe = [f.roi, f.roas, f.breakEvenRevenue];
  const funnel = f.funnel
    ? [
        f.funnel.clicks,
        f.funnel.leads,
        f.funnel.customers,
        f.funnel.conversionRate,
        f.funnel.cpm,
        f.funnel.cpc,
        f.funnel.cpl,
        f.funnel.cac,
        f.funnel.breakEvenCloseRate,
        f.funnel.breakEvenCustomers,
      ]
    : [];
  return [...own, ...maybe, ...funnel].filter((v): v is number => v !== null);
}

describe('the worked example of DESIGN.md', () => {
  it('10 000 € spent and 40 000 € generated read ROI 300 %, ROAS 400 %, net gain 30 000 €', () => {
    const f = campaignFigures(figureLine(1_000_000, 4_000_000), 'revenue', 0.4);
    // ROI = (4 000 000 − 1 000 000) / 1 000 000 = 3; ROAS = 4 000 000 / 1 000 000 = 4.
    expect(f).toMatchObject({
      cost: 1_000_000,
      revenue: 4_000_000,
      gains: 4_000_000,
      netGain: 3_000_000,
      roi: 3,
      roas: 4,
      breakEvenRevenue: 1_000_000,
      funnel: null,
      basis: 'revenue',
      marginRate: 0.4,
    });
  });

  it('on a margin basis of 40 %, the same campaign returns 16 000 € of gains: ROI 60 %, ROAS still 400 %', () => {
    const f = campaignFigures(figureLine(1_000_000, 4_000_000), 'margin', 0.4);
    // gains = 4 000 000 × 0.4 = 1 600 000; ROI = 600 000 / 1 000 000; break-even = 1 000 000 / 0.4.
    expect(f.gains).toBeCloseTo(1_600_000, 6);
    expect(f.netGain).toBeCloseTo(600_000, 6);
    expect(f.roi).toBeCloseTo(0.6, 12);
    expect(f.roas).toBe(4);
    expect(f.breakEvenRevenue).toBeCloseTo(2_500_000, 6);
  });
});

describe('ROI and ROAS', () => {
  it('ROI is exactly 0 % at break-even (revenue equal to cost), and ROAS exactly 100 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (cost) => {
        const f = campaignFigures(figureLine(cost, cost), 'revenue', 0.4);
        expect(f.roi).toBe(0);
        expect(f.roas).toBe(1);
        expect(f.breakEvenRevenue).toBe(cost);
      }),
    );
  });

  it('on revenue, ROAS is always ROI + 100 % (integer cents)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        (cost, revenue) => {
          const f = campaignFigures(figureLine(cost, revenue), 'revenue', 0.3);
          expect((f.roas ?? NaN) - (f.roi ?? NaN)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('at the break-even revenue of a margin basis, ROI is 0 %', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (cost, margin) => {
          const breakEven = campaignFigures(figureLine(cost, 0), 'margin', margin).breakEvenRevenue;
          const f = campaignFigures(figureLine(cost, breakEven ?? NaN), 'margin', margin);
          expect(f.roi).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('a line that costs nothing has no ROI, ROAS or break-even of a zero margin: null, never NaN or Infinity', () => {
    const free = campaignFigures(figureLine(0, 500_000), 'margin', 0);
    expect(free).toMatchObject({ cost: 0, roi: null, roas: null, breakEvenRevenue: null });
  });

  it('a loss shows as a negative ROI: 10 000 € spent for 8 000 € is −20 %, ROAS 80 %', () => {
    const f = campaignFigures(figureLine(1_000_000, 800_000), 'revenue', 1);
    // (800 000 − 1 000 000) / 1 000 000 = −0.2
    expect(f).toMatchObject({ netGain: -200_000, roi: -0.2, roas: 0.8 });
  });

  it('costs add media, creative and staff time pro rata (7,5 h at 42,50 € = 318,75 €)', () => {
    const f = campaignFigures(
      figureLine(50_000, 200_000, {
        creativeCost: 12_000,
        staffHours: 7.5,
        staffHourlyCost: 4_250,
      }),
      'revenue',
      1,
    );
    // staff = 7.5 × 4 250 = 31 875; cost = 50 000 + 12 000 + 31 875 = 93 875 (fractions kept).
    expect(f).toMatchObject({
      mediaCost: 50_000,
      creativeCost: 12_000,
      staffCost: 31_875,
      cost: 93_875,
    });
  });
});

describe('the funnel', () => {
  const f = campaignFigures(funnelValues, 'revenue', 0.4);
  const funnel = f.funnel;

  it('carries impressions to revenue: 200 000 → 4 000 clicks → 200 leads → 50 customers → 4 000 €', () => {
    // 200 000 × 0.02 = 4 000; × 0.05 = 200; × 0.25 = 50; × 8 000 cents = 400 000 cents.
    expect(funnel?.clicks).toBeCloseTo(4_000, 9);
    expect(funnel?.leads).toBeCloseTo(200, 9);
    expect(funnel?.customers).toBeCloseTo(50, 9);
    expect(f.revenue).toBeCloseTo(400_000, 6);
    expect(funnel).toMatchObject({
      audience: 'reach',
      clickRate: 0.02,
      leadRate: 0.05,
      closeRate: 0.25,
    });
    // 50 / 200 000 = 0.000 25
    expect(funnel?.conversionRate).toBeCloseTo(0.000_25, 12);
  });

  it('shows CPM 7,50 €, CPC 0,375 €, CPL 7,50 €, CAC 30 € on the full cost of 1 500 €', () => {
    // cost = 100 000 + 20 000 + 10 × 3 000 = 150 000 cents.
    expect(f.cost).toBe(150_000);
    // CPM = 150 000 / 200 000 × 1 000 = 750; CPC = 150 000 / 4 000 = 37.5;
    // CPL = 150 000 / 200 = 750; CAC = 150 000 / 50 = 3 000.
    expect(funnel?.cpm).toBeCloseTo(750, 9);
    expect(funnel?.cpc).toBeCloseTo(37.5, 9);
    expect(funnel?.cpl).toBeCloseTo(750, 9);
    expect(funnel?.cac).toBeCloseTo(3_000, 9);
  });

  it('names the break-even: a close rate of 9,375 %, or 18,75 customers, on revenue', () => {
    // 150 000 / (200 leads × 8 000) = 0.093 75; 150 000 / 8 000 = 18.75.
    expect(funnel?.breakEvenCloseRate).toBeCloseTo(0.093_75, 12);
    expect(funnel?.breakEvenReachable).toBe(true);
    expect(funnel?.breakEvenCustomers).toBeCloseTo(18.75, 12);
    // ROI = (400 000 − 150 000) / 150 000 = 5/3.
    expect(f.roi).toBeCloseTo(5 / 3, 12);
  });

  it('on a 40 % margin the break-even needs a 23,4375 % close rate and 46,875 customers', () => {
    const m = campaignFigures(funnelValues, 'margin', 0.4);
    // 150 000 / (200 × 8 000 × 0.4) = 0.234 375; 150 000 / (8 000 × 0.4) = 46.875;
    // gains = 400 000 × 0.4 = 160 000; ROI = 10 000 / 150 000; break-even revenue = 375 000.
    expect(m.funnel?.breakEvenCloseRate).toBeCloseTo(0.234_375, 12);
    expect(m.funnel?.breakEvenCustomers).toBeCloseTo(46.875, 9);
    expect(m.roi).toBeCloseTo(1 / 15, 12);
    expect(m.breakEvenRevenue).toBeCloseTo(375_000, 6);
  });

  it('says when no close rate can reach break-even (it would take 125 %)', () => {
    const dear = campaignFigures({ ...funnelValues, mediaCost: 1_950_000 }, 'revenue', 1);
    // cost = 1 950 000 + 20 000 + 30 000 = 2 000 000; 2 000 000 / (200 × 8 000) = 1.25.
    expect(dear.funnel?.breakEvenCloseRate).toBeCloseTo(1.25, 12);
    expect(dear.funnel?.breakEvenReachable).toBe(false);
  });

  it('with no impressions, every unit cost and break-even is null rather than Infinity', () => {
    const empty = campaignFigures(
      { ...funnelValues, gains: { ...funnelGains, impressions: 0 } },
      'revenue',
      1,
    );
    expect(empty.funnel).toMatchObject({
      impressions: 0,
      customers: 0,
      cpm: null,
      cpc: null,
      cpl: null,
      cac: null,
      breakEvenCloseRate: null,
      breakEvenReachable: false,
      // 150 000 / 8 000 still stands: that many customers would pay for it.
      breakEvenCustomers: 18.75,
    });
    expect(empty.revenue).toBe(0);
    expect(empty.roi).toBe(-1);
  });

  it('never gives NaN or Infinity for inputs the validation accepts', () => {
    const amount = fc.double({ min: 0, max: Number.MAX_SAFE_INTEGER, noNaN: true });
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ media: amount, creative: amount, hours: amount, hourly: amount }),
        fc.record({ impressions: amount, click: rate, lead: rate, close: rate, basket: amount }),
        rate,
        fc.constantFrom('revenue' as const, 'margin' as const),
        (c, g, margin, basis) => {
          const values: CampaignValues = {
            mediaCost: c.media,
            creativeCost: c.creative,
            staffHours: c.hours,
            staffHourlyCost: c.hourly,
            gains: {
              kind: 'funnel',
              impressions: g.impressions,
              clickRate: g.click,
              leadRate: g.lead,
              closeRate: g.close,
              averageBasket: g.basket,
            },
          };
          for (const v of numbersOf(campaignFigures(values, basis, margin)))
            expect(Number.isFinite(v)).toBe(true);
        },
      ),
    );
  });
});

describe('scenario totals', () => {
  const lines: CampaignLine[] = [
    {
      ...newLine({ id: 'a', name: 'Radio', mediaCost: 1_000_000 }),
      gains: { kind: 'figure', revenue: exact(4_000_000) },
    },
    {
      ...newLine({ id: 'b', name: 'Salon', mediaCost: 500_000 }),
      gains: { kind: 'figure', revenue: exact(200_000) },
    },
  ];

  it('add up costs and revenue and read ROI on the totals: 15 000 € for 42 000 € is ROI 180 %', () => {
    const { lines: each, total } = scenarioFigures({
      lines,
      gainBasis: 'revenue',
      marginRate: exact(0.4),
    });
    expect(each.map((l) => [l.id, l.figures.roi])).toEqual([
      ['a', 3],
      // (200 000 − 500 000) / 500 000 = −0.6
      ['b', -0.6],
    ]);
    // (4 200 000 − 1 500 000) / 1 500 000 = 1.8; ROAS = 4 200 000 / 1 500 000 = 2.8.
    expect(total).toMatchObject({
      cost: 1_500_000,
      revenue: 4_200_000,
      netGain: 2_700_000,
      funnel: null,
    });
    expect(total.roi).toBeCloseTo(1.8, 12);
    expect(total.roas).toBeCloseTo(2.8, 12);
  });

  it('on a margin basis use the likely margin rate: 42 000 € × 50 % against 15 000 € is ROI 40 %', () => {
    const { total } = scenarioFigures({
      lines,
      gainBasis: 'margin',
      marginRate: { likely: 0.5, low: 0.3, high: 0.6 },
    });
    // 4 200 000 × 0.5 = 2 100 000; (2 100 000 − 1 500 000) / 1 500 000 = 0.4.
    expect(total).toMatchObject({ basis: 'margin', marginRate: 0.5, gains: 2_100_000 });
    expect(total.roi).toBeCloseTo(0.4, 12);
    expect(total.breakEvenRevenue).toBe(3_000_000);
  });

  it('an empty scenario has no ROI (nothing spent), not NaN', () => {
    const { lines: each, total } = scenarioFigures({
      lines: [],
      gainBasis: 'revenue',
      marginRate: exact(1),
    });
    expect(each).toEqual([]);
    expect(total).toMatchObject({ cost: 0, revenue: 0, roi: null, roas: null });
  });
});

describe('likelyValues', () => {
  it('reads the likely value of every input, ranges aside', () => {
    const line: CampaignLine = {
      ...newLine({ id: 'l', name: 'Web' }),
      mediaCost: { likely: 300_000, low: 250_000, high: 400_000 },
      staffHours: { likely: 4, low: 2, high: null },
      staffHourlyCost: exact(5_000),
      gains: {
        kind: 'funnel',
        impressions: { likely: 10_000, low: 8_000, high: 12_000 },
        audience: 'impressions',
        clickRate: exact(0.01),
        leadRate: exact(0.1),
        closeRate: { likely: 0.2, low: 0.1, high: 0.3 },
        averageBasket: exact(6_000),
      },
    };
    expect(likelyValues(line)).toEqual({
      mediaCost: 300_000,
      creativeCost: 0,
      staffHours: 4,
      staffHourlyCost: 5_000,
      gains: {
        kind: 'funnel',
        impressions: 10_000,
        clickRate: 0.01,
        leadRate: 0.1,
        closeRate: 0.2,
        averageBasket: 6_000,
        audience: 'impressions',
      },
    });
  });
});

describe('withPlannedSpend', () => {
  const linked: CampaignLine = {
    ...newLine({ id: 'tv', name: 'TV', channelId: 'ch-tv', mediaCost: 1_000_000 }),
    mediaCost: { likely: 1_000_000, low: 800_000, high: 1_300_000 },
  };
  const free = newLine({ id: 'free', name: 'Flyers', mediaCost: 20_000 });
  const missing = newLine({ id: 'gone', name: 'Radio', channelId: 'ch-radio', mediaCost: 50_000 });

  it("a linked line reads its channel's planned spend, its range scaled by the same ratio", () => {
    const [tv] = withPlannedSpend([linked], new Map([['ch-tv', 1_500_000]]));
    // ratio 1 500 000 / 1 000 000 = 1.5: low 800 000 × 1.5 = 1 200 000, high 1 300 000 × 1.5 = 1 950 000.
    expect(tv?.mediaCost).toEqual({ likely: 1_500_000, low: 1_200_000, high: 1_950_000 });
    expect(linked.mediaCost.likely).toBe(1_000_000);
  });

  it('scaled ranges stay whole cents', () => {
    const [tv] = withPlannedSpend([linked], new Map([['ch-tv', 333_333]]));
    // 800 000 × 0.333 333 = 266 666.4 → 266 666; 1 300 000 × 0.333 333 = 433 332.9 → 433 333.
    expect(tv?.mediaCost).toEqual({ likely: 333_333, low: 266_666, high: 433_333 });
  });

  it('free-standing lines and lines whose channel is not in the plan are left as they were', () => {
    const out = withPlannedSpend([free, missing, linked], new Map([['ch-tv', 1_000_000]]));
    expect(out[0]).toBe(free);
    expect(out[1]).toBe(missing);
    expect(out[2]).toBe(linked);
  });

  it('a range around a spend of 0 is dropped, not multiplied by infinity', () => {
    const zero: CampaignLine = { ...linked, mediaCost: { likely: 0, low: 0, high: 100_000 } };
    const [line] = withPlannedSpend([zero], new Map([['ch-tv', 400_000]]));
    expect(line?.mediaCost).toEqual({ likely: 400_000, low: null, high: null });
  });
});
