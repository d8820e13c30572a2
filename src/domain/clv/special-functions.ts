// The special functions the customer-base forecasts need: log-gamma (Lanczos) and the Gauss
// hypergeometric ₂F₁ on |z| < 1 (power series, moved by Pfaff or Euler where it is slow).

// Lanczos (1964) with g = 7 and nine coefficients (as tabulated by Numerical Recipes and
// Boost): about 15 significant digits for every positive argument, with no table of values.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0; null for x ≤ 0 or a non-finite x (Γ has poles at 0, −1, −2… and the
 * models only ever ask for positive arguments, so a negative one is a caller's error).
 */
export function lnGamma(x: number): number | null {
  if (!(x > 0) || !Number.isFinite(x)) return null;
  // Below ½ the Lanczos sum loses digits; Γ(x) = Γ(x+1)/x moves the argument to [½, 1.5).
  if (x < 0.5) return lnGammaLanczos(x + 1) - Math.log(x);
  return lnGammaLanczos(x);
}

function lnGammaLanczos(x: number): number {
  const z = x - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LN_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Terms summed at most: enough for z = 0.9999 with a slowly decaying tail. */
const MAX_TERMS = 1_000_000;
const RELATIVE_TOLERANCE = 1e-16;

function isNonPositiveInteger(n: number): boolean {
  return n <= 0 && Number.isInteger(n);
}

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) = Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for real
 * |z| < 1. Null when it is not defined there or not reached within a million terms: c a
 * non-positive integer (a pole, unless the series stops first), |z| ≥ 1, a non-finite
 * argument, or a value past the range of a double.
 *
 * Where the series is slow, an exact transformation takes its place:
 * - z < 0: Pfaff, ₂F₁(a, b; c; z) = (1−z)^−a ₂F₁(a, c−b; c; z/(z−1)), whose argument lies in
 *   [0, ½) and whose terms no longer alternate in sign;
 * - z > ½ with c − a − b < 0 (the function grows without bound as z → 1): Euler,
 *   ₂F₁(a, b; c; z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z), whose terms fall like n^(c−a−b−1)·zⁿ
 *   instead of n^(a+b−c−1)·zⁿ. Pfaff does not help there: it sends z close to 1 to a large
 *   negative argument, outside the disc.
 * The 1 − z connection formula is not used: it is singular whenever c − a − b is an integer,
 * which the BG/NBD parameters cross freely.
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number): number | null {
  if (![a, b, c, z].every(Number.isFinite) || !(Math.abs(z) < 1)) return null;
  const terminates = isNonPositiveInteger(a) || isNonPositiveInteger(b);
  if (isNonPositiveInteger(c)) {
    // A pole, unless the series ends before the zero in the denominator: the terms vanish
    // from n = 1 − a on when a is 0, −1, −2…, and (c)ₙ is zero from n = 1 − c on.
    const stopA = isNonPositiveInteger(a) ? -a : Infinity;
    const stopB = isNonPositiveInteger(b) ? -b : Infinity;
    if (!(Math.min(stopA, stopB) < -c)) return null;
    return finiteOrNull(series(a, b, c, z));
  }
  if (z === 0 || terminates) return finiteOrNull(series(a, b, c, z));
  if (z < 0) {
    const w = z / (z - 1);
    const rest = series(a, c - b, c, w);
    return rest === null ? null : finiteOrNull(Math.pow(1 - z, -a) * rest);
  }
  if (z > 0.5 && c - a - b < 0) {
    const rest = series(c - a, c - b, c, z);
    return rest === null ? null : finiteOrNull(Math.pow(1 - z, c - a - b) * rest);
  }
  return finiteOrNull(series(a, b, c, z));
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/**
 * The power series itself, with Neumaier's compensated sum (terms of both signs appear after
 * a transformation). It stops when a term is below 1e-16 of the sum once the terms have
 * started to shrink for good, that is once n is past the largest of |a|, |b|, |c|.
 */
function series(a: number, b: number, c: number, z: number): number | null {
  let sum = 1;
  let compensation = 0;
  let term = 1;
  const shrinkingFrom = Math.max(Math.abs(a), Math.abs(b), Math.abs(c)) + 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    if (term === 0) return sum + compensation;
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
    if (!Number.isFinite(sum)) return null;
    if (n > shrinkingFrom && Math.abs(term) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
      return sum + compensation;
    }
  }
  return null;
}
