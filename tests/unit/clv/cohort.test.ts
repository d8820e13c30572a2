// One acquired customer of the worked example over time against the 50 € CAC: year by year in
// both conventions, month by month in the first year, the payback in months, and the first
// purchase against the horizon, all against hand-computed values.
import { describe, expect, it } from 'vitest';
import { toCents } from '../../../src/domain/money';
import type { ClvInputs } from '../../../src/domain/clv/model';
import { cacPaybackMonths, cohort, shortTermView } from '../../../src/domain/clv/cohort';

/** m = 2 000 × 10 × 0.4 = 8 000 cents a year; r = 0.6; d = 0.1; T = 5; CAC 5 000 cents. */
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

function expectClose(actual: number[], expected: number[], digits = 9) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i] ?? Number.NaN, digits));
}

describe('cohort year by year, first margin up front', () => {
  const c = value(cohort(inputs, 'first-margin-up-front'));

  it('shows 100 %, 60 %, 36 %, 21,6 % and 12,96 % of customers still active', () => {
    expect(c.years.map((y) => y.year)).toEqual([1, 2, 3, 4, 5]);
    expect(c.years.map((y) => y.t)).toEqual([0, 1, 2, 3, 4]);
    expectClose(
      c.years.map((y) => y.activeShare),
      [1, 0.6, 0.36, 0.216, 0.1296],
      15,
    );
    expectClose(
      c.years.map((y) => y.payingShare),
      [1, 0.6, 0.36, 0.216, 0.1296],
      15,
    );
  });

  it('collects 80 €, 48 €, 28,80 €, 17,28 € and 10,37 € per acquired customer', () => {
    // 8 000 × 0.6ᵗ; cumulated: 8 000, 12 800, 15 680, 17 408, 18 444.8.
    expectClose(
      c.years.map((y) => y.margin),
      [8_000, 4_800, 2_880, 1_728, 1_036.8],
    );
    expectClose(
      c.years.map((y) => y.cumulativeMargin),
      [8_000, 12_800, 15_680, 17_408, 18_444.8],
    );
    expectClose(
      c.years.map((y) => y.net),
      [3_000, 7_800, 10_680, 12_408, 13_444.8],
    );
  });

  it('ends its discounted curve on the discounted CLV, 167,50 €', () => {
    // 8 000 × (1 + 6/11 + 36/121 + 216/1331 + 1296/14641): cumulated 8 000, 12 363.64,
    // 14 743.80, 16 042.07, 16 750.22.
    expectClose(
      c.years.map((y) => y.cumulativeDiscountedMargin),
      [
        8_000,
        8_000 + 48_000 / 11,
        8_000 + 48_000 / 11 + 288_000 / 121,
        8_000 + 48_000 / 11 + 288_000 / 121 + 1_728_000 / 1331,
        245_240_000 / 14_641,
      ],
      8,
    );
    expect(c.years[4]?.discountedNet).toBeCloseTo(245_240_000 / 14_641 - 5_000, 8);
  });

  it('pays the CAC back within the first year', () => {
    expect(c.paybackYear).toBe(1);
    expect(c.discountedPaybackYear).toBe(1);
  });
});

describe('cohort year by year, after one retention step', () => {
  const c = value(cohort(inputs, 'after-one-retention-step'));

  it('counts each year the margin of those retained at its end', () => {
    // Active at the start: 0.6ᵗ; paying: 0.6^(t+1); margin 8 000 × 0.6^(t+1).
    expectClose(
      c.years.map((y) => y.activeShare),
      [1, 0.6, 0.36, 0.216, 0.1296],
      15,
    );
    expectClose(
      c.years.map((y) => y.margin),
      [4_800, 2_880, 1_728, 1_036.8, 622.08],
    );
    expect(c.years[0]?.discountFactor).toBeCloseTo(1 / 1.1, 15);
  });

  it('pays the CAC back in year 2: 48 € first, then 76,80 €', () => {
    // Undiscounted 4 800 < 5 000, then 7 680. Discounted 4 363.64, then 6 743.80.
    expect(c.paybackYear).toBe(2);
    expect(c.discountedPaybackYear).toBe(2);
    expect(c.years[1]?.cumulativeDiscountedMargin).toBeCloseTo(48_000 / 11 + 288_000 / 121, 8);
    expect(c.years[4]?.cumulativeDiscountedMargin).toBeCloseTo(1_471_440_000 / 161_051, 8);
  });
});

describe('cohort month by month in the first year', () => {
  const c = value(cohort(inputs, 'first-margin-up-front'));

  it('spreads churn over the months: 0,6^(k/12) active in month k + 1', () => {
    // 0.6^(1/12) = e^(ln 0.6 / 12) = e^(−0.0425688) ≈ 0.9583245; month 7: 0.6^(1/2) ≈ 0.7745967.
    expect(c.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(c.months[0]?.activeShare).toBe(1);
    expect(c.months[1]?.activeShare).toBeCloseTo(0.9583245, 7);
    expect(c.months[6]?.activeShare).toBeCloseTo(Math.sqrt(0.6), 15);
    expect(c.months[1]?.margin).toBeCloseTo((8_000 / 12) * 0.9583245, 4);
  });

  it('reaches the 50 € CAC in month 9: 46,17 € after 8 months, 50,91 € after 9', () => {
    // (8 000 / 12) × Σ_{k<K} 0.6^(k/12): K = 8 → 4 616.97, K = 9 → 5 091.22.
    expect(c.months[7]?.cumulativeMargin).toBeCloseTo(4_616.97, 1);
    expect(c.months[8]?.cumulativeMargin).toBeCloseTo(5_091.22, 1);
    expect(c.months[7]?.net).toBeLessThan(0);
    expect(c.months[8]?.net).toBeGreaterThan(0);
  });

  it('adds up to (8 000/12) × (1 − 0,6) / (1 − 0,6^(1/12)) ≈ 63,99 € over the year', () => {
    // 666.667 × 0.4 / 0.0416755 ≈ 6 398.65: under the yearly row's 80 €, which counts churn at year end.
    expect(c.months[11]?.cumulativeMargin).toBeCloseTo(6_398.65, 1);
  });

  it('discounts month k + 1 by 1,1^(−k/12)', () => {
    expect(c.months[6]?.discountFactor).toBeCloseTo(1 / Math.sqrt(1.1), 15);
    expect(c.months[6]?.discountedMargin).toBeCloseTo((8_000 / 12) * Math.sqrt(0.6 / 1.1), 9);
  });

  it('at retention 0, only the first month is active', () => {
    const none = value(cohort({ ...inputs, retention: 0 }, 'first-margin-up-front'));
    expect(none.months.map((m) => m.activeShare)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(none.years.map((y) => y.margin)).toEqual([8_000, 0, 0, 0, 0]);
  });
});

describe('CAC payback in months', () => {
  it('50 € at 6,67 € of margin a month is 7,5 months; with 60 % retention, month 9', () => {
    const p = value(cacPaybackMonths(inputs));
    // 5 000 / (8 000 / 12) = 7.5. Month 9: see the cohort's cumulative margins above.
    expect(p.months).toBeCloseTo(7.5, 12);
    expect(p.retainedMonth).toBe(9);
    expect(p.horizonMonths).toBe(60);
  });

  it('never pays back a 1 000 € CAC within five years: at most 147,53 € of margin', () => {
    // (8 000 / 12) × (1 − 0.6⁵) / (1 − 0.6^(1/12)) ≈ 14 752.72 cents < 100 000.
    const p = value(cacPaybackMonths({ ...inputs, cac: toCents(100_000) }));
    expect(p.months).toBeCloseTo(150, 12);
    expect(p.retainedMonth).toBeNull();
  });

  it('a free customer is paid back at once; no margin never pays back', () => {
    expect(value(cacPaybackMonths({ ...inputs, cac: toCents(0) }))).toMatchObject({
      months: 0,
      retainedMonth: 0,
    });
    expect(value(cacPaybackMonths({ ...inputs, marginRate: 0 }))).toMatchObject({
      months: null,
      retainedMonth: null,
    });
  });

  it('ignores the discount rate but needs the CAC and the horizon', () => {
    expect(cacPaybackMonths({ ...inputs, discountRate: -1 }).ok).toBe(true);
    expect(cacPaybackMonths({ ...inputs, cac: toCents(-1), horizonYears: 51 })).toEqual({
      ok: false,
      error: [
        { field: 'horizonYears', code: 'horizon-out-of-range', limit: 50 },
        { field: 'cac', code: 'negative' },
      ],
    });
  });
});

describe('short-term view against the horizon', () => {
  it('the first 20 € purchase earns 8 € against a 50 € CAC; five years earn 167,50 €', () => {
    const v = value(shortTermView(inputs, 'first-margin-up-front'));
    // 2 000 × 0.4 = 800; 800 − 5 000 = −4 200; 245 240 000 / 14 641 − 5 000 ≈ 11 750.22.
    expect(v.firstPurchaseMargin).toBe(800);
    expect(v.firstPurchaseNet).toBe(-4_200);
    expect(v.horizonClv).toBeCloseTo(245_240_000 / 14_641, 8);
    expect(v.horizonNet).toBeCloseTo(245_240_000 / 14_641 - 5_000, 8);
  });

  it('names every wrong field at once', () => {
    const result = shortTermView(
      { ...inputs, marginRate: 2, cac: toCents(-5) },
      'first-margin-up-front',
    );
    expect(result).toEqual({
      ok: false,
      error: [
        { field: 'marginRate', code: 'rate-above-one', limit: 1 },
        { field: 'cac', code: 'negative' },
      ],
    });
  });
});
