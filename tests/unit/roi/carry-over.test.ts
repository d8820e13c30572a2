// Carry-over: a month's spend keeps working afterwards (a_t = x_t + θ·a_{t−1}), a constant
// spend settles at x ÷ (1 − θ), and the θ guidance the screen shows per channel type.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  carryOver,
  carryOverGuidance,
  shareWithin,
  steadyStateAdstock,
  THETA_MAX,
} from '../../../src/domain/roi/carry-over';

describe('carryOver', () => {
  it('carries half of each month into the next at θ = 0.5', () => {
    // 1 000; 0 + 500; 0 + 250; 2 000 + 125
    expect(carryOver([1000, 0, 0, 2000], 0.5)).toEqual([1000, 500, 250, 2125]);
  });

  it('changes nothing without carry-over', () => {
    expect(carryOver([300, 0, 700], 0)).toEqual([300, 0, 700]);
  });

  it('reads a month that is not a number as no spend, and θ outside [0, 1) as clamped', () => {
    expect(carryOver([100, Number.NaN, 100], 0.5)).toEqual([100, 50, 125]);
    expect(carryOver([100, 0], -0.3)).toEqual([100, 0]);
    expect(carryOver([100, 0], 2)).toEqual([100, 100 * THETA_MAX]);
    expect(carryOver([], 0.5)).toEqual([]);
  });

  it('reaches the steady state x ÷ (1 − θ) under a constant spend', () => {
    // θ = 0.6: 1 000 / 0.4 = 2 500
    const series = carryOver(
      Array.from({ length: 200 }, () => 1000),
      0.6,
    );
    expect(series.at(-1)).toBeCloseTo(2500, 9);
    expect(steadyStateAdstock(1000, 0.6)).toBeCloseTo(2500, 12);
  });

  it('never loses or invents effect: the total of a finite burst is spend ÷ (1 − θ) in the limit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.integer({ min: 1, max: 1e7 }),
        (theta, spend) => {
          const series = carryOver([spend, ...Array.from({ length: 400 }, () => 0)], theta);
          const total = series.reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(spend / (1 - theta), 3);
        },
      ),
    );
  });
});

describe('steadyStateAdstock and shareWithin', () => {
  it('has no steady state beyond x itself without carry-over', () => {
    expect(steadyStateAdstock(1000, 0)).toBe(1000);
    expect(steadyStateAdstock(Number.NaN, 0.5)).toBe(0);
    expect(steadyStateAdstock(1000, 1)).toBeCloseTo(1000 / (1 - THETA_MAX), 9);
  });

  it('puts 1 − θ^m of the effect within m months', () => {
    // θ = 0.5: 1 − 0.5³ = 87.5 % within three months
    expect(shareWithin(0.5, 3)).toBeCloseTo(0.875, 12);
    expect(shareWithin(0, 1)).toBe(1);
    expect(shareWithin(0.5, 0)).toBe(0);
    expect(shareWithin(0.5, Infinity)).toBe(1);
  });
});

describe('carryOverGuidance', () => {
  it.each([
    { category: 'tv', group: 'tv', low: 0.3, high: 0.8, suggested: 0.55 },
    { category: 'cinema', group: 'tv', low: 0.3, high: 0.8, suggested: 0.55 },
    { category: 'outdoor', group: 'outdoor-press-radio', low: 0.1, high: 0.4, suggested: 0.25 },
    { category: 'press', group: 'outdoor-press-radio', low: 0.1, high: 0.4, suggested: 0.25 },
    { category: 'radio', group: 'outdoor-press-radio', low: 0.1, high: 0.4, suggested: 0.25 },
    { category: 'search-ads', group: 'digital', low: 0, high: 0.3, suggested: 0.15 },
    { category: 'social-ads', group: 'digital', low: 0, high: 0.3, suggested: 0.15 },
    { category: 'programmatic', group: 'digital', low: 0, high: 0.3, suggested: 0.15 },
    { category: 'emailing', group: 'digital', low: 0, high: 0.3, suggested: 0.15 },
    { category: 'sms', group: 'digital', low: 0, high: 0.3, suggested: 0.15 },
  ])('gives Robyn’s range for $category', ({ category, group, low, high, suggested }) => {
    expect(carryOverGuidance(category)).toEqual({ low, high, suggested, group, source: 'robyn' });
  });

  it.each(['trade-show', 'sponsorship', 'influence', 'unknown', 'constructor', ''])(
    'has no published guidance for %s: no carry-over suggested',
    (category) => {
      expect(carryOverGuidance(category)).toEqual({
        low: 0,
        high: 0,
        suggested: 0,
        group: 'other',
        source: 'none',
      });
    },
  );

  it('hands out a copy: editing it does not change the next answer', () => {
    const first = carryOverGuidance('tv');
    first.suggested = 0.9;
    expect(carryOverGuidance('tv').suggested).toBe(0.55);
  });
});
