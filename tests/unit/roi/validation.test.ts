// Every bad ROI input refused with its reason at its field, one table per rule, and the
// inputs a user would type for a real campaign accepted without a word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCents } from '../../../src/domain/money';
import { newLine, workedExampleScenario } from '../../../src/domain/roi/examples';
import { exact, type CampaignLine, type RoiScenario } from '../../../src/domain/roi/model';
import { lineErrors, scenarioErrors } from '../../../src/domain/roi/validation';

const base: CampaignLine = {
  ...newLine({ id: 'l1', name: 'Radio locale', mediaCost: 500_000 }),
  gains: { kind: 'figure', revenue: exact(1_200_000) },
};

const funnelLine: CampaignLine = {
  ...base,
  gains: {
    kind: 'funnel',
    impressions: exact(100_000),
    audience: 'impressions',
    clickRate: exact(0.02),
    leadRate: exact(0.1),
    closeRate: exact(0.3),
    averageBasket: exact(5_000),
  },
};

const scenario = workedExampleScenario({
  scenarioId: 's',
  lineId: 'l1',
  planId: 'p',
  now: 0,
  name: 'Exemple',
  lineName: "Campagne d'exemple",
});

function withFunnel(
  fields: Partial<Extract<CampaignLine['gains'], { kind: 'funnel' }>>,
): CampaignLine {
  const g = funnelLine.gains;
  if (g.kind !== 'funnel') throw new Error('fixture');
  return { ...funnelLine, gains: { ...g, ...fields } };
}

describe('lines a user would type', () => {
  it.each([
    ['a revenue figure', base],
    ['a funnel', funnelLine],
    [
      'staff time only (no media)',
      { ...base, mediaCost: exact(0), staffHours: exact(12.5), staffHourlyCost: exact(3_500) },
    ],
    ['ranges in order', { ...base, mediaCost: { likely: 500_000, low: 400_000, high: 650_000 } }],
    [
      'a range on one side only',
      { ...base, mediaCost: { likely: 500_000, low: null, high: 650_000 } },
    ],
    ['rates of exactly 0 and 1', withFunnel({ clickRate: exact(0), closeRate: exact(1) })],
    [
      'an S-curve with carry-over',
      { ...base, curve: { doublingGain: 2.5, shape: 2, carryOver: 0.95 } },
    ],
    [
      'a minimum buy under the maximum',
      {
        ...base,
        bounds: {
          min: toCents(0),
          max: toCents(900_000),
          locked: true,
          minimumBuy: toCents(100_000),
        },
      },
    ],
  ])('%s is accepted', (_, line) => {
    expect(lineErrors(line)).toEqual([]);
  });
});

describe('money and counts', () => {
  it.each([
    [
      'a negative media cost',
      { ...base, mediaCost: exact(-1) },
      { field: 'mediaCost', code: 'negative', part: 'likely' },
    ],
    [
      'an infinite creative cost',
      { ...base, creativeCost: exact(Infinity) },
      { field: 'creativeCost', code: 'not-finite', part: 'likely' },
    ],
    [
      'NaN staff hours',
      { ...base, staffHours: exact(NaN) },
      { field: 'staffHours', code: 'not-finite', part: 'likely' },
    ],
    [
      'a negative hourly cost',
      { ...base, staffHourlyCost: exact(-3_000) },
      { field: 'staffHourlyCost', code: 'negative', part: 'likely' },
    ],
    [
      'a negative revenue',
      { ...base, gains: { kind: 'figure', revenue: exact(-5) } },
      { field: 'revenue', code: 'negative', part: 'likely' },
    ],
    [
      'negative impressions',
      withFunnel({ impressions: exact(-100) }),
      { field: 'impressions', code: 'negative', part: 'likely' },
    ],
    [
      'a NaN basket',
      withFunnel({ averageBasket: exact(NaN) }),
      { field: 'averageBasket', code: 'not-finite', part: 'likely' },
    ],
    [
      'a negative low value',
      { ...base, mediaCost: { likely: 500_000, low: -1, high: null } },
      { field: 'mediaCost', code: 'negative', part: 'low' },
    ],
    [
      'an infinite high value',
      { ...base, gains: { kind: 'figure', revenue: { likely: 1, low: null, high: Infinity } } },
      { field: 'revenue', code: 'not-finite', part: 'high' },
    ],
    [
      'a revenue past 2^53 cents',
      { ...base, gains: { kind: 'figure', revenue: exact(2 ** 60) } },
      { field: 'revenue', code: 'not-finite', part: 'likely', limit: Number.MAX_SAFE_INTEGER },
    ],
  ] satisfies [string, CampaignLine, object][])('%s is refused', (_, line, expected) => {
    expect(lineErrors(line)).toEqual([{ lineId: 'l1', ...expected }]);
  });
});

describe('a line that costs nothing', () => {
  it.each([
    ['no cost at all', { ...base, mediaCost: exact(0) }],
    ['staff hours without an hourly cost', { ...base, mediaCost: exact(0), staffHours: exact(10) }],
    [
      'an hourly cost without hours',
      { ...base, mediaCost: exact(0), staffHourlyCost: exact(4_000) },
    ],
  ])('%s has no ROI: refused as zero cost on the media cost', (_, line) => {
    expect(lineErrors(line)).toEqual([
      { lineId: 'l1', field: 'mediaCost', code: 'zero-cost', part: 'likely' },
    ]);
  });

  it('a cost already wrong is reported once, not also as zero cost', () => {
    expect(lineErrors({ ...base, mediaCost: exact(-5) }).map((e) => e.code)).toEqual(['negative']);
  });
});

describe('rates', () => {
  it.each([
    [
      'a click rate of 120 %',
      withFunnel({ clickRate: exact(1.2) }),
      { field: 'clickRate', code: 'rate-above-one', limit: 1, part: 'likely' },
    ],
    [
      'a negative lead rate',
      withFunnel({ leadRate: exact(-0.1) }),
      { field: 'leadRate', code: 'negative', part: 'likely' },
    ],
    [
      'a close rate high of 101 %',
      withFunnel({ closeRate: { likely: 0.5, low: null, high: 1.01 } }),
      { field: 'closeRate', code: 'rate-above-one', limit: 1, part: 'high' },
    ],
  ] satisfies [string, CampaignLine, object][])('%s is refused', (_, line, expected) => {
    expect(lineErrors(line)).toEqual([{ lineId: 'l1', ...expected }]);
  });
});

describe('ranges', () => {
  it.each([
    [
      'a low above likely',
      { likely: 500_000, low: 600_000, high: null },
      { code: 'low-above-likely', part: 'low', limit: 500_000 },
    ],
    [
      'a high below likely',
      { likely: 500_000, low: null, high: 400_000 },
      { code: 'likely-above-high', part: 'high', limit: 500_000 },
    ],
  ])('%s is refused on its part', (_, mediaCost, expected) => {
    expect(lineErrors({ ...base, mediaCost })).toEqual([
      { lineId: 'l1', field: 'mediaCost', ...expected },
    ]);
  });

  it('a low above likely is named on a rate too', () => {
    const line = withFunnel({ clickRate: { likely: 0.02, low: 0.03, high: 0.04 } });
    expect(lineErrors(line)).toEqual([
      { lineId: 'l1', field: 'clickRate', code: 'low-above-likely', part: 'low', limit: 0.02 },
    ]);
  });
});

describe('the response curve', () => {
  it.each([
    // 2^1 − 1 = 1: doubling a concave curve adds less than 100 %.
    [
      'doubling adds 100 % on a concave curve',
      { doublingGain: 1, shape: 1, carryOver: null },
      { field: 'doublingGain', code: 'doubling-out-of-range', limit: 1 },
    ],
    // 2^2 − 1 = 3
    [
      'doubling adds 350 % with shape 2',
      { doublingGain: 3.5, shape: 2, carryOver: null },
      { field: 'doublingGain', code: 'doubling-out-of-range', limit: 3 },
    ],
    [
      'doubling adds nothing',
      { doublingGain: 0, shape: 1, carryOver: null },
      { field: 'doublingGain', code: 'doubling-out-of-range', limit: 1 },
    ],
    [
      'doubling loses return',
      { doublingGain: -0.2, shape: 1, carryOver: null },
      { field: 'doublingGain', code: 'doubling-out-of-range', limit: 1 },
    ],
    [
      'a NaN doubling gain',
      { doublingGain: NaN, shape: 1, carryOver: null },
      { field: 'doublingGain', code: 'not-finite' },
    ],
    [
      'a shape of 0.2',
      { doublingGain: 0.1, shape: 0.2, carryOver: null },
      { field: 'shape', code: 'shape-out-of-range', limit: 0.3 },
    ],
    [
      'a shape of 6',
      { doublingGain: 0.4, shape: 6, carryOver: null },
      { field: 'shape', code: 'shape-out-of-range', limit: 5 },
    ],
    [
      'a carry-over of 0.96',
      { doublingGain: 0.4, shape: 1, carryOver: 0.96 },
      { field: 'carryOver', code: 'carry-over-out-of-range', limit: 0.95 },
    ],
    [
      'a negative carry-over',
      { doublingGain: 0.4, shape: 1, carryOver: -0.1 },
      { field: 'carryOver', code: 'carry-over-out-of-range', limit: 0 },
    ],
  ] satisfies [string, CampaignLine['curve'], object][])('%s is refused', (_, curve, expected) => {
    expect(lineErrors({ ...base, curve })).toEqual([{ lineId: 'l1', ...expected }]);
  });

  it('an unreadable shape gives no limit to the doubling gain it cannot bound', () => {
    expect(
      lineErrors({ ...base, curve: { doublingGain: 0, shape: NaN, carryOver: null } }),
    ).toEqual([
      { lineId: 'l1', field: 'shape', code: 'not-finite' },
      { lineId: 'l1', field: 'doublingGain', code: 'doubling-out-of-range' },
    ]);
  });
});

describe('allocator bounds', () => {
  const bounds = (min: number, max: number | null, minimumBuy: number | null = null) => ({
    ...base,
    bounds: {
      min: toCents(min),
      max: max === null ? null : toCents(max),
      locked: false,
      minimumBuy: minimumBuy === null ? null : toCents(minimumBuy),
    },
  });
  it.each([
    ['a negative minimum', bounds(-100, null), { field: 'min', code: 'negative' }],
    [
      'a minimum above the maximum',
      bounds(300_000, 200_000),
      { field: 'min', code: 'min-above-max', limit: 200_000 },
    ],
    ['a negative maximum', bounds(0, -1), { field: 'max', code: 'negative' }],
    [
      'a minimum buy above the maximum',
      bounds(0, 200_000, 250_000),
      { field: 'minimumBuy', code: 'minimum-buy-above-max', limit: 200_000 },
    ],
    ['a negative minimum buy', bounds(0, null, -5), { field: 'minimumBuy', code: 'negative' }],
  ] satisfies [string, CampaignLine, object][])('%s is refused', (_, line, expected) => {
    expect(lineErrors(line)).toEqual([{ lineId: 'l1', ...expected }]);
  });

  it.each([
    ['a minimum equal to the maximum', bounds(200_000, 200_000)],
    ['no maximum with a minimum buy', bounds(0, null, 1_000_000)],
  ])('%s is accepted', (_, line) => {
    expect(lineErrors(line)).toEqual([]);
  });
});

describe('the name', () => {
  it.each(['', '   '])('a blank name (%j) is required', (name) => {
    expect(lineErrors({ ...base, name })).toEqual([
      { lineId: 'l1', field: 'name', code: 'required' },
    ]);
  });
});

describe('scenarioErrors', () => {
  it('accepts the worked example as it loads', () => {
    expect(scenarioErrors(scenario)).toEqual([]);
  });

  it('names each line by its id', () => {
    const other = { ...base, id: 'l2', staffHours: exact(-1) };
    expect(scenarioErrors({ ...scenario, lines: [...scenario.lines, other] })).toEqual([
      { lineId: 'l2', field: 'staffHours', code: 'negative', part: 'likely' },
    ]);
  });

  it.each([
    ['a margin of 0', exact(0), { code: 'not-positive', part: 'likely' }],
    ['a margin of 110 %', exact(1.1), { code: 'rate-above-one', part: 'likely', limit: 1 }],
    ['a negative margin', exact(-0.2), { code: 'negative', part: 'likely' }],
    [
      'a margin low above likely',
      { likely: 0.3, low: 0.4, high: null },
      { code: 'low-above-likely', part: 'low', limit: 0.3 },
    ],
  ])('on a margin basis, %s is refused', (_, marginRate, expected) => {
    expect(scenarioErrors({ ...scenario, gainBasis: 'margin', marginRate })).toEqual([
      { lineId: null, field: 'marginRate', ...expected },
    ]);
  });

  it('on a revenue basis the unused margin rate is not checked', () => {
    expect(scenarioErrors({ ...scenario, gainBasis: 'revenue', marginRate: exact(0) })).toEqual([]);
  });

  it.each([
    [
      'a budget of 0',
      { kind: 'max-return', budget: toCents(0) },
      { field: 'budget', code: 'not-positive' },
    ],
    [
      'a negative target return',
      { kind: 'target-return', value: toCents(-100) },
      { field: 'target', code: 'not-positive' },
    ],
    [
      'a target ROAS of 0',
      { kind: 'target-roas', value: 0 },
      { field: 'target', code: 'not-positive' },
    ],
    [
      'an infinite target ROAS',
      { kind: 'target-roas', value: Infinity },
      { field: 'target', code: 'not-finite' },
    ],
    [
      'a target CPA of 0',
      { kind: 'target-cpa', value: toCents(0) },
      { field: 'target', code: 'not-positive' },
    ],
  ] satisfies [string, RoiScenario['objective'], object][])(
    '%s is refused',
    (_, objective, expected) => {
      expect(scenarioErrors({ ...scenario, objective })).toEqual([{ lineId: null, ...expected }]);
    },
  );

  it.each([
    [
      '200 000 draws',
      { draws: 200_000 },
      { field: 'draws', code: 'too-many-draws', limit: 100_000 },
    ],
    ['50 draws', { draws: 50 }, { field: 'draws', code: 'not-positive', limit: 100 }],
    ['1 000,5 draws', { draws: 1_000.5 }, { field: 'draws', code: 'not-positive', limit: 100 }],
    ['NaN draws', { draws: NaN }, { field: 'draws', code: 'not-finite' }],
    ['an infinite target ROI', { targetRoi: Infinity }, { field: 'targetRoi', code: 'not-finite' }],
  ])('%s is refused', (_, fields, expected) => {
    const uncertainty = { ...scenario.uncertainty, ...fields };
    expect(scenarioErrors({ ...scenario, uncertainty })).toEqual([{ lineId: null, ...expected }]);
  });

  it.each([100, 100_000])('%i draws are accepted', (draws) => {
    expect(
      scenarioErrors({ ...scenario, uncertainty: { ...scenario.uncertainty, draws } }),
    ).toEqual([]);
  });

  it('whatever number lands in the media cost, it is refused exactly when it is not a usable cost', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constant(NaN), fc.constant(-0), fc.integer());
    fc.assert(
      fc.property(anyNumber, (media) => {
        // The base line has no other cost: a media cost of 0 leaves it costing nothing.
        const usable = Number.isFinite(media) && media > 0 && media <= Number.MAX_SAFE_INTEGER;
        const onMedia = lineErrors({ ...base, mediaCost: exact(media) }).filter(
          (e) => e.field === 'mediaCost',
        );
        expect(onMedia.length).toBe(usable ? 0 : 1);
      }),
    );
  });
});
