// The Hill response curve: its shape (half saturation at K, rising, concave for s ≤ 1), its
// marginal return, its calibration from today's point and a doubling statement, and the table
// and chart figures built on it. Money in cents: 10 000 € is 1 000 000.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calibrateCurve,
  curvePoints,
  doublingLimit,
  hillMarginal,
  hillReturn,
  profitableSpendLimit,
  spendMultiples,
  type HillCurve,
} from '../../../src/domain/roi/response-curve';

// The worked example of the issue: 10 000 € spent today return 40 000 €, and doubling the
// budget would add +40 %. With s = 1: u = (2 − 1 − 0.4)/(2 × 0.4) = 0.75,
// K = 10 000 / 0.75 = 13 333,33 €, Rmax = 40 000 × 1.75 / 0.75 = 93 333,33 €.
const example: HillCurve = { rmax: 280_000_000 / 30, k: 4_000_000 / 3, shape: 1 };

const curves = fc.record({
  rmax: fc.double({ min: 1_000, max: 1e9, noNaN: true }),
  k: fc.double({ min: 1_000, max: 1e8, noNaN: true }),
  shape: fc.double({ min: 0.3, max: 5, noNaN: true }),
});
const concaveCurves = curves.map((c) => ({ ...c, shape: Math.min(c.shape, 1) }));

describe('hillReturn', () => {
  it('returns half of Rmax at K, the half-saturation spend', () => {
    expect(hillReturn({ rmax: 5_000_000, k: 200_000, shape: 2.5 }, 200_000)).toBeCloseTo(
      2_500_000,
      6,
    );
    expect(hillReturn(example, example.k)).toBeCloseTo(example.rmax / 2, 6);
  });

  it('returns nothing for no spend or a negative one', () => {
    expect(hillReturn(example, 0)).toBe(0);
    expect(hillReturn(example, -500)).toBe(0);
  });

  it('never falls as spend rises, and never passes Rmax', () => {
    fc.assert(
      fc.property(
        curves,
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (c, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(hillReturn(c, low)).toBeLessThanOrEqual(hillReturn(c, high));
          expect(hillReturn(c, high)).toBeLessThanOrEqual(c.rmax);
        },
      ),
    );
  });

  it('is concave for s ≤ 1: each extra step returns no more than the one before', () => {
    fc.assert(
      fc.property(concaveCurves, fc.double({ min: 1, max: 1e8, noNaN: true }), (c, x) => {
        const h = x / 10;
        const second = hillReturn(c, x + h) - 2 * hillReturn(c, x) + hillReturn(c, x - h);
        expect(second).toBeLessThanOrEqual(1e-9 * c.rmax);
      }),
    );
  });

  it('never gives NaN or Infinity, even for extreme spends', () => {
    for (const spend of [1e-300, 1e-3, 1, 1e300, Infinity]) {
      for (const shape of [0.3, 1, 5]) {
        const value = hillReturn({ rmax: 1e6, k: 1e5, shape }, spend);
        expect(Number.isFinite(value)).toBe(true);
      }
    }
  });
});

describe('hillMarginal', () => {
  it('agrees with a central finite difference of the return', () => {
    fc.assert(
      fc.property(curves, fc.double({ min: 0.05, max: 20, noNaN: true }), (c, ratio) => {
        const x = c.k * ratio;
        const h = x * 1e-5;
        const difference = (hillReturn(c, x + h) - hillReturn(c, x - h)) / (2 * h);
        const marginal = hillMarginal(c, x);
        expect(Math.abs(marginal - difference)).toBeLessThanOrEqual(
          1e-4 * Math.max(marginal, (1e-12 * c.rmax) / c.k),
        );
      }),
    );
  });

  it('at K with s = 1 is Rmax ÷ 4K: R′ = Rmax·K/(2K)²', () => {
    // 93 333,33 × 13 333,33 / (26 666,67)² = 93 333,33 / (4 × 13 333,33) = 1.75
    expect(hillMarginal(example, example.k)).toBeCloseTo(1.75, 10);
  });

  it('at zero spend is Rmax/K for s = 1, 0 for an S-shape, and large but finite for s < 1', () => {
    expect(hillMarginal(example, 0)).toBeCloseTo(7, 10); // 93 333,33 / 13 333,33 = 7
    expect(hillMarginal({ rmax: 1e6, k: 1e5, shape: 2 }, 0)).toBe(0);
    const steep = hillMarginal({ rmax: 1e6, k: 1e5, shape: 0.3 }, 0);
    expect(Number.isFinite(steep)).toBe(true);
    expect(steep).toBeGreaterThan(hillMarginal({ rmax: 1e6, k: 1e5, shape: 0.3 }, 1));
  });

  it('never gives NaN or Infinity', () => {
    for (const spend of [0, 1e-300, 1, 1e300, Infinity, -1]) {
      for (const shape of [0.3, 0.9, 1, 1.5, 5]) {
        expect(Number.isFinite(hillMarginal({ rmax: 1e6, k: 1e5, shape }, spend))).toBe(true);
      }
    }
  });
});

describe('calibrateCurve', () => {
  it('passes through today and answers +40 % for doubling: 10 000 € → 40 000 €, ×2 → 56 000 €', () => {
    const result = calibrateCurve(
      { spend: 1_000_000, return: 4_000_000 },
      { doublingGain: 0.4, shape: 1 },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const curve = result.value;
    expect(curve.k).toBeCloseTo(1_333_333.333, 2); // 13 333,33 €
    expect(curve.rmax).toBeCloseTo(9_333_333.333, 2); // 93 333,33 €
    expect(hillReturn(curve, 1_000_000)).toBeCloseTo(4_000_000, 4);
    // R(20 000 €) = 93 333,33 × 20 000 / 33 333,33 = 56 000 €: less than double.
    expect(hillReturn(curve, 2_000_000)).toBeCloseTo(5_600_000, 4);
  });

  it('with an S-shape (s = 2) keeps the same two points', () => {
    // u = (4 − 1 − 1)/(4 × 1) = 0.5: K = 10 000 × 0.5^(−1/2) = 14 142,14 €, Rmax = 40 000 × 3 = 120 000 €.
    const result = calibrateCurve(
      { spend: 1_000_000, return: 4_000_000 },
      { doublingGain: 1, shape: 2 },
    );
    if (!result.ok) throw new Error('refused');
    expect(result.value.k).toBeCloseTo(1_414_213.562, 2);
    expect(result.value.rmax).toBeCloseTo(12_000_000, 4);
    expect(hillReturn(result.value, 2_000_000)).toBeCloseTo(8_000_000, 4);
  });

  // Doubling multiplies the return by (1 + g), always less than 2ˢ, what a curve far from
  // saturation would give; for s ≤ 1 that is less than double. (An S-shape may more than
  // double while spend is still on its rising foot: that is what s > 1 says.)
  it('never answers "double" when a concave budget doubles, nor 2ˢ for an S-shape', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 1e9, noNaN: true }),
        fc.double({ min: 100, max: 1e10, noNaN: true }),
        fc.double({ min: 0.3, max: 5, noNaN: true }),
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        (spend, current, shape, fraction) => {
          const g = fraction * doublingLimit(shape);
          const result = calibrateCurve({ spend, return: current }, { doublingGain: g, shape });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const doubled = hillReturn(result.value, 2 * spend);
          expect(doubled).toBeLessThan(Math.pow(2, shape) * current);
          if (shape <= 1) expect(doubled).toBeLessThan(2 * current);
          expect(doubled / current - 1).toBeCloseTo(g, 4);
        },
      ),
    );
  });

  it.each([
    {
      name: 'no spend today',
      point: { spend: 0, return: 4_000_000 },
      input: { doublingGain: 0.4, shape: 1 },
      code: 'spend-not-positive',
    },
    {
      name: 'a negative spend',
      point: { spend: -5, return: 4_000_000 },
      input: { doublingGain: 0.4, shape: 1 },
      code: 'spend-not-positive',
    },
    {
      name: 'no return today',
      point: { spend: 1_000_000, return: 0 },
      input: { doublingGain: 0.4, shape: 1 },
      code: 'return-not-positive',
    },
    {
      name: 'a doubling that adds nothing',
      point: { spend: 1_000_000, return: 4_000_000 },
      input: { doublingGain: 0, shape: 1 },
      code: 'doubling-out-of-range',
    },
    {
      name: 'a negative doubling gain',
      point: { spend: 1_000_000, return: 4_000_000 },
      input: { doublingGain: -0.1, shape: 1 },
      code: 'doubling-out-of-range',
    },
    {
      name: 'doubling that doubles (2¹ − 1 = 100 %)',
      point: { spend: 1_000_000, return: 4_000_000 },
      input: { doublingGain: 1, shape: 1 },
      code: 'doubling-out-of-range',
    },
    {
      name: 'a shape below 0.3',
      point: { spend: 1_000_000, return: 4_000_000 },
      input: { doublingGain: 0.1, shape: 0.2 },
      code: 'shape-out-of-range',
    },
    {
      name: 'a shape above 5',
      point: { spend: 1_000_000, return: 4_000_000 },
      input: { doublingGain: 0.1, shape: 6 },
      code: 'shape-out-of-range',
    },
  ])('refuses $name', ({ point, input, code }) => {
    const result = calibrateCurve(point, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('names the largest gain the shape allows: 2ˢ − 1', () => {
    const result = calibrateCurve(
      { spend: 1_000_000, return: 4_000_000 },
      { doublingGain: 3, shape: 2 },
    );
    expect(result).toEqual({ ok: false, error: { code: 'doubling-out-of-range', max: 3 } }); // 2² − 1
    expect(calibrateCurve({ spend: 1, return: 1 }, { doublingGain: 1, shape: 9 })).toEqual({
      ok: false,
      error: { code: 'shape-out-of-range', min: 0.3, max: 5 },
    });
    expect(doublingLimit(1)).toBe(1);
    expect(doublingLimit(0.5)).toBeCloseTo(0.414_213_56, 8); // √2 − 1
  });
});

describe('spendMultiples', () => {
  it('shows the ×0.5 ×1 ×1.5 ×2 table with return growing slower than spend', () => {
    const rows = spendMultiples(example, 1_000_000);
    expect(rows.map((r) => r.multiple)).toEqual([0.5, 1, 1.5, 2]);
    // R(5 000 €) = 93 333,33 × 5 000 / 18 333,33 = 25 454,55 €; R(15 000 €) = 93 333,33 × 15 / 28,33 = 49 411,76 €.
    expect(rows.map((r) => r.spend)).toEqual([500_000, 1_000_000, 1_500_000, 2_000_000]);
    expect(rows[0]?.return).toBeCloseTo(2_545_454.545, 2);
    expect(rows[1]?.return).toBeCloseTo(4_000_000, 4);
    expect(rows[2]?.return).toBeCloseTo(4_941_176.471, 2);
    expect(rows[3]?.return).toBeCloseTo(5_600_000, 4);
    expect(rows[3]?.returnMultiple).toBeCloseTo(1.4, 10);
    expect(rows[0]?.returnMultiple).toBeCloseTo(0.636_363_64, 8); // 25 454,55 / 40 000
    // ROI at ×1: (40 000 − 10 000) / 10 000 = 300 %; at ×2: (56 000 − 20 000) / 20 000 = 180 %.
    expect(rows[1]?.roi).toBeCloseTo(3, 10);
    expect(rows[3]?.roi).toBeCloseTo(1.8, 10);
    // R′(10 000 €) = 93 333,33 × 13 333,33 / 23 333,33² = 2,2857.
    expect(rows[1]?.marginal).toBeCloseTo(2.285_714_29, 7);
  });

  it('has no ROI and a zero multiple without spend today', () => {
    const rows = spendMultiples(example, 0, [0, 2]);
    expect(rows.map((r) => [r.spend, r.return, r.returnMultiple, r.roi])).toEqual([
      [0, 0, 0, null],
      [0, 0, 0, null],
    ]);
  });
});

describe('curvePoints', () => {
  it('spreads the points evenly from 0 to the largest spend', () => {
    const points = curvePoints(example, 2_000_000, 5);
    expect(points.map((p) => p.spend)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000]);
    expect(points[0]?.return).toBe(0);
    expect(points[0]?.marginal).toBeCloseTo(7, 10); // Rmax/K = 93 333,33 / 13 333,33
    expect(points[4]?.return).toBeCloseTo(5_600_000, 4);
  });

  it('gives nothing for no point or a spend that is not a number', () => {
    expect(curvePoints(example, 2_000_000, 0)).toEqual([]);
    expect(curvePoints(example, Number.NaN, 10)).toEqual([]);
    expect(curvePoints(example, -1, 10)).toEqual([]);
    expect(curvePoints(example, 0, 10)).toHaveLength(1);
  });
});

describe('profitableSpendLimit', () => {
  it('for s = 1 is √(Rmax·K) − K: beyond 21 943,35 € each euro returns less than a euro', () => {
    // √(93 333,33 × 13 333,33) = √(112e12 / 9) cents = 35 276,68 €; minus 13 333,33 € = 21 943,35 €.
    const limit = profitableSpendLimit(example);
    expect(limit).toBeCloseTo(Math.sqrt(112e12 / 9) - 4e6 / 3, 4);
    if (limit !== null) expect(hillMarginal(example, limit)).toBeCloseTo(1, 10);
  });

  it('is null when not even the first euro returns a euro (Rmax/K ≤ 1)', () => {
    expect(profitableSpendLimit({ rmax: 1_000_000, k: 2_000_000, shape: 1 })).toBeNull();
    // s = 2: R′ peaks at K/√3 with Rmax·(3√3/8)/K = 0.65 × Rmax/K: below 1 for Rmax/K = 1.5.
    expect(profitableSpendLimit({ rmax: 1_500_000, k: 1_000_000, shape: 2 })).toBeNull();
  });

  it('for s < 1 and s > 1 lands where the marginal return is 1, on its falling side', () => {
    for (const shape of [0.5, 2, 3]) {
      const curve = { rmax: 10_000_000, k: 1_000_000, shape };
      const limit = profitableSpendLimit(curve);
      expect(limit).not.toBeNull();
      if (limit === null) continue;
      expect(hillMarginal(curve, limit)).toBeCloseTo(1, 8);
      expect(hillMarginal(curve, limit * 1.01)).toBeLessThan(1);
    }
  });
});
