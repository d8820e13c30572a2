// Draws of a low / likely / high estimate: the triangular inverse CDF at hand-picked points,
// PERT's mean and spread over many seeded draws, draws kept inside the range, and the seeded
// source itself.
import { describe, expect, it } from 'vitest';
import { sampleEstimate, standardNormal } from '../../../src/domain/roi/distributions';
import { exact, type Distribution, type Estimate } from '../../../src/domain/roi/model';
import { seededRandom } from '../../../src/domain/roi/random';

/** A "random" source that returns the values given, in turn. */
function fixed(...values: number[]) {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

function draws(estimate: Estimate, distribution: Distribution, count: number, seed = 7) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => sampleEstimate(estimate, distribution, random));
}

function meanAndVariance(xs: number[]) {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, and floats in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 1_000 }, () => a());
    expect(Array.from({ length: 1_000 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('spreads evenly: the mean of 100 000 draws is 0.5 within 0.005, each tenth holds about 10 %', () => {
    const random = seededRandom(3);
    const tenths = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      sum += u;
      tenths[Math.floor(u * 10)] = (tenths[Math.floor(u * 10)] ?? 0) + 1;
    }
    // Standard error of the mean: √(1/12) / √100 000 ≈ 0.000 9.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
    for (const count of tenths) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('starts another sequence for another seed', () => {
    const one = seededRandom(1);
    const two = seededRandom(2);
    const pairs = Array.from({ length: 100 }, () => [one(), two()] as const);
    expect(pairs.filter(([x, y]) => x === y)).toEqual([]);
  });
});

describe('standardNormal', () => {
  it('has mean 0, variance 1 and the tails of a normal, the far tail included', () => {
    const normal = standardNormal(seededRandom(11));
    const n = 1_000_000;
    let sum = 0;
    let squares = 0;
    let beyond2 = 0;
    let beyond35 = 0;
    for (let i = 0; i < n; i++) {
      const x = normal();
      sum += x;
      squares += x * x;
      if (Math.abs(x) > 2) beyond2 += 1;
      if (Math.abs(x) > 3.5) beyond35 += 1;
    }
    // Standard errors: mean 0.001, variance 0.0014; P(|x| > 2) = 0.0455 ± 0.0002;
    // P(|x| > 3.5) = 0.000 465 ± 0.000 022, past the ziggurat's last layer (3.44).
    expect(Math.abs(sum / n)).toBeLessThan(0.005);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.007);
    expect(Math.abs(beyond2 / n - 0.0455)).toBeLessThan(0.001);
    expect(Math.abs(beyond35 / n - 0.000_465)).toBeLessThan(0.000_1);
  });
});

describe('sampleEstimate without a range', () => {
  it.each<Distribution>(['pert', 'triangular'])(
    '%s gives the likely value every time',
    (distribution) => {
      expect(draws(exact(1_234), distribution, 50)).toEqual(new Array(50).fill(1_234));
      expect(draws({ likely: 5, low: 5, high: 5 }, distribution, 5)).toEqual([5, 5, 5, 5, 5]);
    },
  );
});

describe('triangular', () => {
  it.each([
    // Symmetric 0 / 5 / 10: F(5) = 0.5; below, x = √(u·10·5); above, x = 10 − √((1−u)·10·5).
    [{ likely: 5, low: 0, high: 10 }, 0.5, 5],
    [{ likely: 5, low: 0, high: 10 }, 0.125, 2.5], // √(0.125 × 50) = √6.25
    [{ likely: 5, low: 0, high: 10 }, 0.875, 7.5], // 10 − √6.25
    [{ likely: 5, low: 0, high: 10 }, 0, 0],
    // Skewed 0 / 2 / 10: F(2) = 0.2; √(0.2 × 10 × 2) = 2; 10 − √(0.5 × 10 × 8) = 10 − √40.
    [{ likely: 2, low: 0, high: 10 }, 0.2, 2],
    [{ likely: 2, low: 0, high: 10 }, 0.5, 10 - Math.sqrt(40)],
    // No low: the left side is likely itself, 100 / 100 / 200; 200 − √(0.75 × 100 × 100) = 200 − 86.60…
    [{ likely: 100, low: null, high: 200 }, 0.25, 200 - Math.sqrt(7_500)],
  ])('%o at u = %d draws %d', (estimate, u, expected) => {
    expect(sampleEstimate(estimate, 'triangular', fixed(u))).toBeCloseTo(expected, 12);
  });

  it('has mean (a + m + b) / 3 = 4 for 0 / 2 / 10 over 100 000 draws', () => {
    // Variance (a² + b² + m² − ab − am − bm) / 18 = (0 + 100 + 4 − 0 − 0 − 20) / 18 = 4.67.
    const { mean, variance } = meanAndVariance(
      draws({ likely: 2, low: 0, high: 10 }, 'triangular', 100_000),
    );
    expect(mean).toBeCloseTo(4, 1);
    expect(variance).toBeCloseTo(84 / 18, 1);
  });
});

describe('PERT', () => {
  it('has mean (a + 4m + b) / 6 = 3 and variance (μ−a)(b−μ)/7 = 3 for 0 / 2 / 10', () => {
    // α = 1 + 4·2/10 = 1.8, β = 1 + 4·8/10 = 4.2; mean = 10 · 1.8 / 6 = 3; var = 3 · 7 / 7 = 3.
    const { mean, variance } = meanAndVariance(
      draws({ likely: 2, low: 0, high: 10 }, 'pert', 100_000),
    );
    expect(Math.abs(mean - 3)).toBeLessThan(0.03);
    expect(Math.abs(variance - 3)).toBeLessThan(0.1);
  });

  it('is symmetric for a symmetric range: median 40 000 € for 30 000 / 40 000 / 50 000 €', () => {
    const xs = draws({ likely: 4_000_000, low: 3_000_000, high: 5_000_000 }, 'pert', 50_001).sort(
      (a, b) => a - b,
    );
    // Standard deviation (b − a) / 6 ≈ 166 667; the median's error is a few thousand cents.
    expect(Math.abs((xs[25_000] ?? 0) - 4_000_000)).toBeLessThan(10_000);
    expect(Math.abs(meanAndVariance(xs).mean - 4_000_000)).toBeLessThan(5_000);
  });

  it('concentrates near likely more than triangular does (PERT weights the mode 4 ×)', () => {
    const estimate = { likely: 50, low: 0, high: 100 };
    // Var PERT = 50 · 50 / 7 = 357; var triangular = (0 + 10 000 + 2 500 − 0 − 0 − 5 000) / 18 = 417.
    expect(meanAndVariance(draws(estimate, 'pert', 50_000)).variance).toBeCloseTo(2_500 / 7, -1);
    expect(meanAndVariance(draws(estimate, 'triangular', 50_000)).variance).toBeCloseTo(
      7_500 / 18,
      -1,
    );
  });
});

describe('every draw stays in its range', () => {
  it.each<[Distribution, Estimate]>([
    ['pert', { likely: 0.02, low: 0.01, high: 0.05 }],
    ['triangular', { likely: 0.02, low: 0.01, high: 0.05 }],
    ['pert', { likely: 1_000, low: null, high: 3_000 }],
    ['triangular', { likely: 1_000, low: 200, high: null }],
    // A range with likely at an end: PERT's α or β is 1 (no division by a zero shape).
    ['pert', { likely: 0, low: 0, high: 10 }],
    ['pert', { likely: 10, low: 0, high: 10 }],
  ])('%s %o', (distribution, estimate) => {
    const low = estimate.low ?? estimate.likely;
    const high = estimate.high ?? estimate.likely;
    const xs = draws(estimate, distribution, 20_000);
    expect(xs.filter((x) => !(x >= low && x <= high))).toEqual([]);
  });
});
