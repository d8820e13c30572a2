// Spreading a new channel total over its months: the months add up to the total to the cent,
// keep the shape of the planned spend, and never go negative.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCents, type Cents } from '../../../src/domain/money';
import { rescaleMonths } from '../../../src/domain/roi/rescale';

const cents = (values: readonly number[]): Cents[] => values.map(toCents);

describe('rescaleMonths', () => {
  it.each([
    // 10 × 100/1000 = 1, 10 × 200/1000 = 2, 10 × 700/1000 = 7: exact shares.
    ['exact shares', [100, 200, 700], 10, [1, 2, 7]],
    // 1000 × 300/400 = 750, 0, 1000 × 100/400 = 250: an empty month stays empty.
    ['an empty month stays empty', [300, 0, 100], 1000, [750, 0, 250]],
    // 10/3 = 3.33 and 20/3 = 6.67: floors 3 + 6 = 9, the cent left goes to the larger remainder.
    ['the cent left to the largest remainder', [1, 2], 10, [3, 7]],
    // 100/3 = 33.33 three times: floors 99, equal remainders, the first month gets the cent.
    ['ties to the earliest month', [1, 1, 1], 100, [34, 33, 33]],
    // Nothing planned: 10 / 4 = 2 each, the 2 cents left to the first two months.
    ['nothing planned: evenly', [0, 0, 0, 0], 10, [3, 3, 2, 2]],
    // A negative planned month counts as nothing: 60 × 30/30 = 60.
    ['a negative month counts as zero', [-50, 30], 60, [0, 60]],
    ['a zero total: zeros', [120, 80], 0, [0, 0]],
    ['no months', [], 500, []],
  ])('%s', (_, planned, target, expected) => {
    expect(rescaleMonths(cents(planned), toCents(target))).toEqual(expected);
  });

  it('stays exact where target × a month passes 2^53', () => {
    // (2^52 + 1) split over two equal months: 2^51 + 0.5 each, the odd cent to the first.
    const half = 2 ** 52;
    expect(rescaleMonths(cents([half, half]), toCents(half + 1))).toEqual([2 ** 51 + 1, 2 ** 51]);
  });

  it('refuses a negative total', () => {
    expect(() => rescaleMonths(cents([1, 2]), toCents(-1))).toThrow(RangeError);
  });

  const months = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), {
    minLength: 1,
    maxLength: 60,
  });
  const total = fc.integer({ min: 0, max: 100_000_000_000 });

  it('always adds up to the total, to the cent, with no month below zero', () => {
    fc.assert(
      fc.property(months, total, (planned, target) => {
        const spread = rescaleMonths(cents(planned), toCents(target));
        expect(spread).toHaveLength(planned.length);
        expect(spread.reduce((a, b) => a + b, 0)).toBe(target);
        expect(spread.every((m) => Number.isSafeInteger(m) && m >= 0)).toBe(true);
      }),
    );
  });

  it('gives each month its exact share within one cent', () => {
    fc.assert(
      fc.property(months, total, (planned, target) => {
        const sum = BigInt(planned.reduce((a, b) => a + b, 0));
        fc.pre(sum > 0n);
        const spread = rescaleMonths(cents(planned), toCents(target));
        spread.forEach((month, i) => {
          // |month − target × planned / sum| < 1, multiplied through by sum to stay exact.
          const gap = BigInt(month) * sum - BigInt(target) * BigInt(planned[i] ?? 0);
          expect(gap < sum && gap > -sum).toBe(true);
        });
      }),
    );
  });

  it('spreads a zero total as zeros', () => {
    fc.assert(
      fc.property(months, (planned) => {
        expect(rescaleMonths(cents(planned), toCents(0))).toEqual(planned.map(() => 0));
      }),
    );
  });
});
