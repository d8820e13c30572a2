// The minimiser behind the forecast fits: it finds known minima, says when it ran out of
// iterations, copes with regions where the function has no value, and the log-space wrapper
// refuses a maximum at the edge of the parameter range.
import { describe, expect, it } from 'vitest';
import { maximiseInLogSpace, minimise } from '../../../src/domain/clv/nelder-mead';

/** Rosenbrock's valley: minimum 0 at (1, 1), reached along a long curved floor. */
function rosenbrock([x = 0, y = 0]: readonly number[]): number {
  return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
}

describe('minimise', () => {
  it('finds the bottom of Rosenbrock’s valley from the classic start (−1.2, 1)', () => {
    const result = minimise(rosenbrock, [-1.2, 1], { pointTolerance: 1e-8, tolerance: 1e-14 });
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.point[1]).toBeCloseTo(1, 5);
    expect(result.value).toBeLessThan(1e-10);
  });

  it('finds the centre of a four-dimensional bowl, each axis with its own scale', () => {
    // Σ kᵢ(xᵢ − cᵢ)² with k = 1, 10, 100, 0.1: minimum 0 at c = (3, −2, 0.5, 7).
    const centre = [3, -2, 0.5, 7];
    const weights = [1, 10, 100, 0.1];
    const bowl = (p: readonly number[]): number =>
      p.reduce((sum, v, i) => sum + (weights[i] ?? 0) * (v - (centre[i] ?? 0)) ** 2, 0);
    const result = minimise(bowl, [0, 0, 0, 0], { step: 1 });
    expect(result.converged).toBe(true);
    result.point.forEach((v, i) => expect(v).toBeCloseTo(centre[i] ?? NaN, 4));
  });

  it('says it has not converged when the iterations run out', () => {
    const result = minimise(rosenbrock, [-1.2, 1], { maxIterations: 10 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(10);
  });

  it('treats a region without a value as worse than any point, and still finds the minimum', () => {
    // (x − 2)², with no value below 0 (as a log-likelihood has none for a negative rate).
    const f = ([x = 0]: readonly number[]): number => (x < 0 ? NaN : (x - 2) ** 2);
    const result = minimise(f, [0.5], { step: -1 });
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(2, 5);
  });

  it('returns no value, not NaN, when the function has none anywhere', () => {
    const result = minimise(() => NaN, [1, 2]);
    expect(result.value).toBeNull();
    expect(result.converged).toBe(false);
  });

  it('refuses a start that is empty or not finite', () => {
    expect(minimise(rosenbrock, []).converged).toBe(false);
    expect(minimise(rosenbrock, [NaN, 1]).value).toBeNull();
  });
});

describe('maximiseInLogSpace', () => {
  it('finds the rate of an exponential sample: λ̂ = n / Σx', () => {
    // Three waits 1, 2 and 3: ℓ(λ) = 3·ln λ − 6λ, maximal at λ = 3/6 = 0.5 where
    // ℓ = 3·ln 0.5 − 3.
    const fit = maximiseInLogSpace(([rate = 1]) => 3 * Math.log(rate) - 6 * rate, [1]);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.params[0]).toBeCloseTo(0.5, 5);
    expect(fit.logLikelihood).toBeCloseTo(3 * Math.log(0.5) - 3, 9);
  });

  it('reports a likelihood that keeps growing towards 0 as not converged', () => {
    // ℓ(θ) = −θ grows as θ → 0: there is no maximum to show.
    const fit = maximiseInLogSpace(([theta = 1]) => -theta, [1]);
    expect(fit).toMatchObject({ ok: false, reason: 'not-converged' });
  });

  it('reports a likelihood without a value anywhere as not converged', () => {
    expect(maximiseInLogSpace(() => null, [1, 1])).toMatchObject({ ok: false });
  });
});
