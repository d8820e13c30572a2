// The published reference: the CDNOW sample (2 357 customers of the first quarter of 1997,
// 39 weeks of calibration, Fader, Hardie & Lee 2005), as lifetimes ships it
// (lifetimes/datasets/cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar;
// lifetimes is Apache-2.0, the sample is Fader and Hardie's teaching data set). Published:
// r 0.243, α 4.414, a 0.793, b 2.426, log-likelihood −9 582.4; Gamma-Gamma p 6.25, q 3.74,
// v 15.45 (lifetimes' documentation).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../src/domain/clv/bgnbd';
import { fitGammaGamma, frequencySpendCorrelation } from '../../../src/domain/clv/gamma-gamma';

const file = fileURLToPath(new URL('../../fixtures/clv/cdnow-summary.csv', import.meta.url));
const customers = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [, x = NaN, tx = NaN, T = NaN, mean = NaN] = line.split(',').map(Number);
    return { x, tx, T, mean };
  });

/** Equal to n significant digits, as a published figure is. */
function expectDigits(actual: number, published: number, digits: number): void {
  expect(Number(actual.toPrecision(digits))).toBe(published);
}

describe('CDNOW', () => {
  it('is the sample the papers use: 2 357 customers, 946 repeat buyers, 2 457 repeat purchases', () => {
    expect(customers).toHaveLength(2357);
    expect(customers.filter((c) => c.x > 0)).toHaveLength(946);
    expect(customers.reduce((sum, c) => sum + c.x, 0)).toBe(2457);
  });

  it('fits the BG/NBD of Fader, Hardie & Lee: r 0.243, α 4.41, a 0.793, b 2.43, ℓ −9 582.4', () => {
    const fit = fitBgNbd(customers);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expectDigits(fit.params.r, 0.243, 3);
    expectDigits(fit.params.alpha, 4.41, 3);
    expectDigits(fit.params.a, 0.793, 3);
    expectDigits(fit.params.b, 2.43, 3);
    expect(Number(fit.logLikelihood.toFixed(1))).toBe(-9582.4);
  });

  it('fits the Gamma-Gamma of the lifetimes docs: p 6.25, q 3.74, v 15.45', () => {
    const fit = fitGammaGamma(customers);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.customers).toBe(946);
    expectDigits(fit.params.p, 6.25, 3);
    expectDigits(fit.params.q, 3.74, 3);
    expectDigits(fit.params.v, 15.45, 4);
  });

  it('finds frequency and spend weakly correlated (ρ ≈ 0.11, as lifetimes shows)', () => {
    const check = frequencySpendCorrelation(customers);
    expect(check?.verdict).toBe('independent-enough');
    expectDigits(check?.rho ?? NaN, 0.114, 3);
  });
});
