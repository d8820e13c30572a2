// The seeds' worked example as the simulator shows it after one click: 50 € to acquire a
// customer whose first 20 € purchase earns 8 € looks like a loss; five years of ten purchases
// do not. Every figure worked out by hand.
import { describe, expect, it } from 'vitest';
import { clvErrors } from '../../../src/domain/clv/clv-validation';
import { clvWorkedExample } from '../../../src/domain/clv/clv-example';
import { cacPaybackMonths } from '../../../src/domain/clv/cohort';
import { clvToCac, discountedClv, infiniteClv, simpleClv } from '../../../src/domain/clv/simulator';

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected a figure, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('clvWorkedExample', () => {
  const example = clvWorkedExample();

  it('loads CAC 50 €, basket 20 €, ten purchases a year, 40 % margin, r 60 %, d 10 %, 5 years', () => {
    expect(example.inputs).toEqual({
      averageBasket: 2_000,
      purchasesPerYear: 10,
      marginRate: 0.4,
      retention: 0.6,
      lifetimeYears: null,
      discountRate: 0.1,
      horizonYears: 5,
      cac: 5_000,
    });
    expect(example.convention).toBe('first-margin-up-front');
    expect(clvErrors(example.inputs)).toEqual([]);
  });

  it('short term: the first purchase earns 8 € against 50 €, a loss of 42 €', () => {
    // 20 € × 40 % = 8 €; 8 € − 50 € = −42 €.
    expect(example.shortTermView.firstPurchaseMargin).toBe(800);
    expect(example.shortTermView.cac).toBe(5_000);
    expect(example.shortTermView.firstPurchaseNet).toBe(-4_200);
  });

  it('long term: five years earn 167,50 €, a gain of 117,50 €', () => {
    // 80 € × (1 + 6/11 + 36/121 + 216/1331 + 1296/14641) = 245 240 000 / 14 641 cents.
    expect(example.shortTermView.horizonYears).toBe(5);
    expect(example.shortTermView.horizonClv).toBeCloseTo(245_240_000 / 14_641, 8);
    expect(example.shortTermView.horizonNet).toBeCloseTo(245_240_000 / 14_641 - 5_000, 8);
    expect(Math.round(example.shortTermView.horizonNet)).toBe(11_750);
  });

  it('is healthy by the 3 : 1 rule: 167,50 € ÷ 50 € = 3,35', () => {
    const ratio = clvToCac(example.shortTermView.horizonClv, example.inputs.cac);
    // 245 240 000 / 14 641 / 5 000 = 49 048 / 14 641 ≈ 3.35.
    expect(ratio.ratio).toBeCloseTo(49_048 / 14_641, 12);
    expect(ratio.verdict).toBe('healthy');
  });

  it('counted after one retention step it is 91,36 €, under the rule of thumb', () => {
    const clv = value(discountedClv(example.inputs, 'after-one-retention-step')).clv;
    // 6/11 × 245 240 000 / 14 641 = 1 471 440 000 / 161 051 ≈ 9 136.48; ÷ 5 000 ≈ 1.83.
    expect(clv).toBeCloseTo(1_471_440_000 / 161_051, 8);
    expect(clvToCac(clv, example.inputs.cac).verdict).toBe('below-three');
  });

  it('its other figures: simple 200 €, limit 176 € or 96 €, payback 7,5 months or month 9', () => {
    // 80 € × 1/(1 − 0.6) = 200 €; 80 × 1.1/0.5 = 176 €; 80 × 0.6/0.5 = 96 €; 50 / (80/12) = 7.5.
    expect(value(simpleClv(example.inputs)).clv).toBe(20_000);
    expect(value(infiniteClv(example.inputs, 'first-margin-up-front')).clv).toBeCloseTo(17_600, 8);
    expect(value(infiniteClv(example.inputs, 'after-one-retention-step')).clv).toBeCloseTo(
      9_600,
      8,
    );
    const payback = value(cacPaybackMonths(example.inputs));
    expect(payback.months).toBeCloseTo(7.5, 12);
    expect(payback.retainedMonth).toBe(9);
  });

  it('gives fresh inputs each time: editing the loaded form does not change the example', () => {
    const first = clvWorkedExample();
    first.inputs.purchasesPerYear = 1;
    expect(clvWorkedExample().inputs.purchasesPerYear).toBe(10);
  });
});
