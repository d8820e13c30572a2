// The CLV figures of one customer against values worked out by hand: yearly margin, retention
// from a lifetime, simple CLV, the horizon sum and its limit in both conventions, the textbook
// margin-multiple table, CLV : CAC verdicts, and the properties a user relies on when moving inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCents } from '../../../src/domain/money';
import type { ClvInputs, MarginConvention } from '../../../src/domain/clv/model';
import {
  CLV_CAC_THRESHOLDS,
  clvToCac,
  discountedClv,
  effectiveRetention,
  infiniteClv,
  marginMultiple,
  marginMultipleTable,
  simpleClv,
  yearlyMargin,
} from '../../../src/domain/clv/simulator';

/** 20 € basket, 10 purchases a year, 40 % margin: m = 2 000 × 10 × 0.4 = 8 000 cents (80 €). */
const inputs: ClvInputs = {
  averageBasket: toCents(2_000),
  purchasesPerYear: 10,
  marginRate: 0.4,
  retention: 0.6,
  lifetimeYears: null,
  discountRate: 0.1,
  horizonYears: 5,
  cac: toCents(5_000),
};

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected a figure, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function clvOf(fields: Partial<ClvInputs>, convention: MarginConvention): number {
  return value(discountedClv({ ...inputs, ...fields }, convention)).clv;
}

describe('yearly margin and retention', () => {
  it('a 20 € basket bought 10 times a year at 40 % margin earns 80 € a year, 6,67 € a month', () => {
    const m = value(yearlyMargin(inputs));
    // 2 000 × 10 = 20 000 cents of revenue; × 0.4 = 8 000; ÷ 12 = 666.67.
    expect(m.yearlyRevenue).toBe(20_000);
    expect(m.yearlyMargin).toBe(8_000);
    expect(m.monthlyMargin).toBeCloseTo(8_000 / 12, 9);
  });

  it('a typed retention of 60 % means 2,5 years of margin on average', () => {
    // Σ 0.6ᵗ = 1 / (1 − 0.6) = 2.5.
    expect(value(effectiveRetention(inputs))).toEqual({
      retention: 0.6,
      source: 'retention',
      expectedLifetimeYears: 2.5,
    });
  });

  it('a 4-year lifetime reads as a 75 % retention', () => {
    const r = value(effectiveRetention({ ...inputs, retention: null, lifetimeYears: 4 }));
    // r = 1 − 1/4 = 0.75.
    expect(r).toEqual({ retention: 0.75, source: 'lifetime', expectedLifetimeYears: 4 });
  });

  it('neither a retention nor a lifetime: the retention is required', () => {
    expect(effectiveRetention({ ...inputs, retention: null, lifetimeYears: null })).toEqual({
      ok: false,
      error: [{ field: 'retention', code: 'required' }],
    });
  });
});

describe('simple CLV', () => {
  it('80 € a year over the 2,5 expected years of a 60 % retention is 200 €', () => {
    const clv = value(simpleClv(inputs));
    // 8 000 × 1 / (1 − 0.6) = 20 000 cents.
    expect(clv.years).toBe(2.5);
    expect(clv.yearsSource).toBe('retention');
    expect(clv.clv).toBe(20_000);
  });

  it('with a 3-year lifetime typed, it counts those 3 years', () => {
    const clv = value(simpleClv({ ...inputs, retention: null, lifetimeYears: 3 }));
    // 8 000 × 3 = 24 000 cents; the retention behind it is 1 − 1/3.
    expect(clv.years).toBe(3);
    expect(clv.yearsSource).toBe('lifetime');
    expect(clv.clv).toBe(24_000);
    expect(clv.retention.retention).toBeCloseTo(2 / 3, 15);
  });

  it('ignores the discount rate and the horizon, and says nothing while they are wrong', () => {
    expect(value(simpleClv({ ...inputs, horizonYears: 0, discountRate: -1 })).clv).toBe(20_000);
  });
});

describe('discounted CLV over the horizon', () => {
  it('first margin up front: 80 € + 80 € × 0,6/1,1 + … over 5 years is 167,50 €', () => {
    const clv = value(discountedClv(inputs, 'first-margin-up-front'));
    // q = 0.6 / 1.1 = 6/11; 8 000 × (1 + 6/11 + 36/121 + 216/1331 + 1296/14641)
    // = 8 000 × 30 655 / 14 641 = 245 240 000 / 14 641 ≈ 16 750.22 cents.
    expect(clv.terms.map((t) => t.t)).toEqual([0, 1, 2, 3, 4]);
    expect(clv.terms[0]).toEqual({ t: 0, retained: 1, discountFactor: 1, value: 8_000 });
    expect(clv.terms[2]?.retained).toBeCloseTo(0.36, 15);
    expect(clv.terms[2]?.discountFactor).toBeCloseTo(1 / 1.21, 15);
    expect(clv.terms[2]?.value).toBeCloseTo((8_000 * 36) / 121, 9);
    expect(clv.clv).toBeCloseTo(245_240_000 / 14_641, 8);
    expect(clv.marginMultiple).toBeCloseTo(30_655 / 14_641, 12);
  });

  it('after one retention step: the same sum from t = 1 to 5, about 91,36 €', () => {
    const clv = value(discountedClv(inputs, 'after-one-retention-step'));
    // 8 000 × (6/11 + 36/121 + 216/1331 + 1296/14641 + 7776/161051) = 6/11 × 16 750.22
    // = 1 471 440 000 / 161 051 ≈ 9 136.48 cents.
    expect(clv.terms.map((t) => t.t)).toEqual([1, 2, 3, 4, 5]);
    expect(clv.terms[0]?.value).toBeCloseTo((8_000 * 6) / 11, 9);
    expect(clv.clv).toBeCloseTo(1_471_440_000 / 161_051, 8);
  });

  it('a retention of 0 gives exactly one year of margin up front, and nothing a step later', () => {
    expect(clvOf({ retention: 0 }, 'first-margin-up-front')).toBe(8_000);
    expect(clvOf({ retention: 0 }, 'after-one-retention-step')).toBe(0);
  });

  it('with no discount it is the plain geometric sum: 80 € × (1 + 0,5 + 0,25 + 0,125)', () => {
    // 8 000 × 1.875 = 15 000 cents.
    expect(
      clvOf({ retention: 0.5, discountRate: 0, horizonYears: 4 }, 'first-margin-up-front'),
    ).toBe(15_000);
  });

  it('a retention a hair under 100 % stays finite over a horizon: about 5 years of margin', () => {
    const clv = clvOf({ retention: 1 - 2 ** -52, discountRate: 0 }, 'first-margin-up-front');
    // Every customer stays (almost): 5 × 8 000 = 40 000 cents.
    expect(Number.isFinite(clv)).toBe(true);
    expect(clv).toBeCloseTo(40_000, 6);
  });

  it('refuses inputs it cannot count: the errors of the fields it reads', () => {
    expect(
      discountedClv({ ...inputs, horizonYears: 0, cac: toCents(-1) }, 'first-margin-up-front'),
    ).toEqual({
      ok: false,
      error: [{ field: 'horizonYears', code: 'horizon-out-of-range', limit: 1 }],
    });
  });
});

describe('infinite limit', () => {
  it('up front: 80 € × 1,1 / 0,5 = 176 €; after one step: 80 € × 0,6 / 0,5 = 96 €', () => {
    const upFront = value(infiniteClv(inputs, 'first-margin-up-front'));
    expect(upFront.numerator).toBeCloseTo(1.1, 15);
    expect(upFront.denominator).toBeCloseTo(0.5, 15);
    expect(upFront.multiple).toBeCloseTo(2.2, 12);
    expect(upFront.clv).toBeCloseTo(17_600, 8);
    const after = value(infiniteClv(inputs, 'after-one-retention-step'));
    expect(after.numerator).toBe(0.6);
    expect(after.multiple).toBeCloseTo(1.2, 12);
    expect(after.clv).toBeCloseTo(9_600, 8);
  });

  it('needs no horizon', () => {
    expect(infiniteClv({ ...inputs, horizonYears: 80 }, 'first-margin-up-front').ok).toBe(true);
  });

  it('is the horizon sum of 50 years within a cent when retention is modest', () => {
    const fifty = clvOf({ horizonYears: 50 }, 'first-margin-up-front');
    // (6/11)⁵⁰ × 17 600 is about 1e-9 cents.
    expect(fifty).toBeCloseTo(17_600, 2);
  });

  it('a retention a hair under 100 % without discount gives a huge but finite limit', () => {
    const clv = value(
      infiniteClv({ ...inputs, retention: 0.999999, discountRate: 0 }, 'after-one-retention-step'),
    );
    // 8 000 × 0.999999 / 0.000001 ≈ 7 999 992 000 cents.
    expect(clv.clv).toBeCloseTo(7_999_992_000, -3);
  });
});

describe('margin multiple r / (1 + d − r)', () => {
  it('the textbook table for r 60–90 % and d 10–16 %', () => {
    const table = marginMultipleTable();
    expect(table.retentions).toEqual([0.6, 0.7, 0.8, 0.9]);
    expect(table.discountRates).toEqual([0.1, 0.12, 0.14, 0.16]);
    // r / (1 + d − r), e.g. 0.6 / 0.5 = 6/5, 0.6 / 0.52 = 15/13, 0.9 / 0.26 = 45/13.
    const byHand = [
      [6 / 5, 15 / 13, 10 / 9, 15 / 14],
      [7 / 4, 5 / 3, 35 / 22, 35 / 23],
      [8 / 3, 5 / 2, 40 / 17, 20 / 9],
      [9 / 2, 45 / 11, 15 / 4, 45 / 13],
    ];
    byHand.forEach((row, i) =>
      row.forEach((expected, j) => expect(table.rows[i]?.[j]).toBeCloseTo(expected, 12)),
    );
  });

  it('r 0,9 and d 0,16 reads 3,4615…', () => {
    expect(marginMultiple(0.9, 0.16)).toBeCloseTo(3.461538, 6);
  });

  it('counting the first margin up front adds exactly one year: (1 + d) / (1 + d − r)', () => {
    // 1.1 / 0.5 = 2.2 = 1 + 1.2.
    expect(marginMultiple(0.6, 0.1, 'first-margin-up-front')).toBeCloseTo(2.2, 12);
  });

  it('has no value when the sum never ends (r = 1, d = 0) or an input is unreadable', () => {
    expect(marginMultiple(1, 0)).toBeNull();
    expect(marginMultiple(1.2, 0.1)).toBeNull();
    expect(marginMultiple(Number.NaN, 0.1)).toBeNull();
  });
});

describe('CLV : CAC', () => {
  it.each([
    // clv, cac, ratio, verdict
    [4_000, 5_000, 0.8, 'below-one'],
    [5_000, 5_000, 1, 'below-three'],
    [14_000, 5_000, 2.8, 'below-three'],
    [15_000, 5_000, 3, 'healthy'],
    [24_000, 5_000, 4.8, 'healthy'],
    [25_000, 5_000, 5, 'very-high'],
  ])('a CLV of %i cents for a CAC of %i is %f : 1, %s', (clv, cac, ratio, verdict) => {
    const result = clvToCac(clv, cac);
    expect(result.ratio).toBeCloseTo(ratio, 12);
    expect(result.verdict).toBe(verdict);
  });

  it('the thresholds are 1, 3 and 5', () => {
    expect(CLV_CAC_THRESHOLDS).toEqual({ paysBack: 1, ruleOfThumb: 3, veryHigh: 5 });
  });

  it('a free customer (CAC 0) has no ratio and no verdict', () => {
    expect(clvToCac(16_750, 0)).toEqual({ clv: 16_750, cac: 0, ratio: null, verdict: null });
  });
});

describe('what moving an input does to the CLV', () => {
  const conventions = fc.constantFrom<MarginConvention>(
    'first-margin-up-front',
    'after-one-retention-step',
  );
  const someInputs = fc.record({
    averageBasket: fc.integer({ min: 100, max: 1_000_000 }).map(toCents),
    purchasesPerYear: fc.double({ min: 0.5, max: 50, noNaN: true }),
    marginRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
    // Thousandths: a retention such as 5e-324 adds less than a rounding step to any sum.
    retention: fc.integer({ min: 0, max: 990 }).map((permille) => permille / 1000),
    lifetimeYears: fc.constant(null),
    discountRate: fc.double({ min: 0, max: 1, noNaN: true }),
    horizonYears: fc.integer({ min: 2, max: 50 }),
    cac: fc.constant(toCents(5_000)),
  });
  const pair = (min: number, max: number) =>
    fc
      .tuple(fc.integer({ min: min * 1000, max: max * 1000 }), fc.integer({ min: 10, max: 1000 }))
      .filter(([low, gap]) => low + gap <= max * 1000)
      .map(([low, gap]) => [low / 1000, (low + gap) / 1000] as const);

  it('grows with retention', () => {
    fc.assert(
      fc.property(someInputs, pair(0, 0.99), conventions, (base, [low, high], convention) => {
        expect(clvOf({ ...base, retention: high }, convention)).toBeGreaterThan(
          clvOf({ ...base, retention: low }, convention),
        );
      }),
    );
  });

  it('grows with the margin rate', () => {
    fc.assert(
      fc.property(someInputs, pair(0, 1), conventions, (base, [low, high], convention) => {
        const atLow = clvOf({ ...base, marginRate: low }, convention);
        const atHigh = clvOf({ ...base, marginRate: high }, convention);
        // At retention 0 a step later nothing is counted: equal, both 0.
        if (convention === 'after-one-retention-step' && base.retention === 0)
          expect(atHigh).toBe(atLow);
        else expect(atHigh).toBeGreaterThan(atLow);
      }),
    );
  });

  it('falls as the discount rate rises', () => {
    fc.assert(
      fc.property(someInputs, pair(0, 1), conventions, (base, [low, high], convention) => {
        const atLow = clvOf({ ...base, discountRate: low }, convention);
        const atHigh = clvOf({ ...base, discountRate: high }, convention);
        if (base.retention === 0) expect(atHigh).toBe(atLow);
        else expect(atHigh).toBeLessThan(atLow);
      }),
    );
  });

  it('with no discount is m × (1 − rᵀ) / (1 − r) up front', () => {
    fc.assert(
      fc.property(someInputs, (base) => {
        const { averageBasket, purchasesPerYear, marginRate, retention: r, horizonYears } = base;
        const m = averageBasket * purchasesPerYear * marginRate;
        const sum = (m * (1 - r ** horizonYears)) / (1 - r);
        const clv = clvOf({ ...base, discountRate: 0 }, 'first-margin-up-front');
        expect(Math.abs(clv - sum)).toBeLessThanOrEqual(1e-9 * sum);
      }),
    );
  });

  it('at retention 0 is exactly one year of margin, up front', () => {
    fc.assert(
      fc.property(someInputs, (base) => {
        const m = base.averageBasket * base.purchasesPerYear * base.marginRate;
        expect(clvOf({ ...base, retention: 0 }, 'first-margin-up-front')).toBe(m);
      }),
    );
  });

  it('close to 100 % retention stays finite and below T years of margin', () => {
    fc.assert(
      fc.property(
        someInputs,
        fc.double({ min: 0.999, max: 1 - 2 ** -53, noNaN: true }),
        conventions,
        (base, r, convention) => {
          const m = base.averageBasket * base.purchasesPerYear * base.marginRate;
          const clv = clvOf({ ...base, retention: r }, convention);
          expect(Number.isFinite(clv)).toBe(true);
          expect(clv).toBeLessThanOrEqual(m * base.horizonYears * (1 + 1e-12));
        },
      ),
    );
  });
});
