// The seeded random source of the uncertainty simulation: the same seed gives the same draws on
// every machine, so a saved scenario reproduces its P10 / P50 / P90 exactly.

/**
 * A seeded generator of floats in [0, 1): mulberry32 (Tommy Ettinger), 32 bits of state, fast
 * and statistically sound for a Monte Carlo of this size. Any number is accepted as a seed; it
 * is read as a 32-bit unsigned integer (NaN reads as 0).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
