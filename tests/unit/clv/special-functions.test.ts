// Log-gamma and ₂F₁ against known values: closed forms (Γ at integers and ½, elementary cases
// of ₂F₁) and, where there is none, 30-digit values from mpmath (hyp2f1, loggamma).
import { describe, expect, it } from 'vitest';
import { hypergeometric2F1, lnGamma } from '../../../src/domain/clv/special-functions';

/** |actual − expected| ≤ tolerance × |expected|. */
function expectRelative(actual: number | null, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('lnGamma', () => {
  it.each([
    // Γ(½) = √π, so lnΓ(½) = ½·ln π.
    { x: 0.5, expected: 0.5 * Math.log(Math.PI) },
    // Γ(10) = 9! = 362 880.
    { x: 10, expected: Math.log(362_880) },
    // Γ(100) = 99!; mpmath.loggamma(100).
    { x: 100, expected: 359.1342053695754 },
    // A large argument, where Stirling's series is exact to the last digit: mpmath.loggamma(1e6).
    { x: 1e6, expected: 12_815_504.569147613 },
    // Γ(0.1) = 9.513507698668732; mpmath.loggamma(0.1).
    { x: 0.1, expected: 2.252712651734206 },
    // Near 0, Γ(x) ≈ 1/x − γ: mpmath.loggamma(1e-5).
    { x: 1e-5, expected: 11.512919692895826 },
  ])('gives ln Γ($x) to 15 digits', ({ x, expected }) => {
    expectRelative(lnGamma(x), expected, 2e-15);
  });

  it('is zero at 1 and 2, where Γ is 1', () => {
    expect(Math.abs(lnGamma(1) ?? NaN)).toBeLessThan(1e-15);
    expect(Math.abs(lnGamma(2) ?? NaN)).toBeLessThan(1e-15);
  });

  it.each([0, -1, -2.5, NaN, Infinity])('refuses %s, where it has a pole or no value', (x) => {
    expect(lnGamma(x)).toBeNull();
  });
});

describe('hypergeometric2F1', () => {
  it.each([
    // ₂F₁(1, 1; 2; z) = −ln(1 − z)/z.
    { a: 1, b: 1, c: 2, z: 0.5, expected: 2 * Math.log(2) },
    { a: 1, b: 1, c: 2, z: 0.9, expected: Math.log(10) / 0.9 },
    { a: 1, b: 1, c: 2, z: 0.99, expected: Math.log(100) / 0.99 },
    { a: 1, b: 1, c: 2, z: -0.5, expected: Math.log(1.5) / 0.5 },
    // ₂F₁(a, b; b; z) = (1 − z)^−a: 0.01^−0.3 = 100^0.3.
    { a: 0.3, b: 2.5, c: 2.5, z: 0.99, expected: Math.pow(100, 0.3) },
    // ₂F₁(½, ½; 3/2; z²) = arcsin(z)/z, z = 0.9.
    { a: 0.5, b: 0.5, c: 1.5, z: 0.81, expected: Math.asin(0.9) / 0.9 },
    // ₂F₁(½, 1; 3/2; −z²) = arctan(z)/z, z = 0.8: the negative side, through Pfaff.
    { a: 0.5, b: 1, c: 1.5, z: -0.64, expected: Math.atan(0.8) / 0.8 },
  ])('matches the closed form at ($a, $b; $c; $z)', ({ a, b, c, z, expected }) => {
    expectRelative(hypergeometric2F1(a, b, c, z), expected, 1e-13);
  });

  it.each([
    // c − a − b < 0 near z = 1, the Euler branch: the function is large there.
    { a: 2, b: 3, c: 2.5, z: 0.99, expected: 88_503.62652707052 },
    { a: 0.5, b: 1.5, c: 3, z: 0.95, expected: 1.5474761828216259 },
    // The shape E[Y] asks for, ₂F₁(a+b−1−r, a−1; a+b+x−1; z), CDNOW's a = 0.793 and x = 0.
    { a: 2.976, b: -0.207, c: 2.219, z: 0.5, expected: 0.8067378840446252 },
    { a: -1.5, b: 2.5, c: 0.7, z: -0.8, expected: 6.772599787576169 },
    { a: 1.2, b: 0.3, c: 4.5, z: 0.999, expected: 1.1174505259762129 },
  ])('matches mpmath.hyp2f1($a, $b, $c, $z)', ({ a, b, c, z, expected }) => {
    expectRelative(hypergeometric2F1(a, b, c, z), expected, 1e-11);
  });

  it('sums a terminating series exactly: ₂F₁(−2, 1; 3; ½) = 1 − 2·½/3 + 2·¼/12 = 17/24', () => {
    // Terms: 1, (−2)(1)/(3·1)·½ = −1/3, (−2)(−1)(1)(2)/(3·4·2)·¼ = 1/24.
    expectRelative(hypergeometric2F1(-2, 1, 3, 0.5), 17 / 24, 1e-15);
  });

  it('is 1 at z = 0', () => {
    expect(hypergeometric2F1(3.7, -1.2, 0.4, 0)).toBe(1);
  });

  it.each([
    { what: 'z = 1', a: 1, b: 1, c: 3, z: 1 },
    { what: 'z = −1', a: 1, b: 1, c: 3, z: -1 },
    { what: 'c a pole (−1) the series reaches', a: 1, b: 1, c: -1, z: 0.5 },
    { what: 'a not finite', a: NaN, b: 1, c: 2, z: 0.5 },
  ])('refuses $what', ({ a, b, c, z }) => {
    expect(hypergeometric2F1(a, b, c, z)).toBeNull();
  });

  it('accepts a pole in c when the series stops before it: ₂F₁(−1, 1; −3; ½) = 1 + 1/6', () => {
    // One term besides 1: (−1)(1)/((−3)·1)·½ = 1/6.
    expectRelative(hypergeometric2F1(-1, 1, -3, 0.5), 7 / 6, 1e-15);
  });
});
