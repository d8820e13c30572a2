// How behaviour points fade with the age of the action: halved every half-life, or kept
// whole inside a window and dropped after it. Fit points never decay (rules.ts decides).
import type { Decay } from './model';

/**
 * The share of a behaviour's points left at `ageDays`: 0.5^(age/half-life), 1 inside the
 * window (its last day included) and 0 after it, 1 without decay. Always finite and within
 * 0…1: a non-positive half-life or window (validateModel reports it) keeps only age 0.
 */
export function decayFactor(decay: Decay, ageDays: number): number {
  switch (decay.kind) {
    case 'none':
      return 1;
    case 'half-life':
      if (!(decay.days > 0)) return ageDays <= 0 ? 1 : 0;
      return Math.pow(0.5, ageDays / decay.days);
    case 'window':
      return ageDays <= decay.days ? 1 : 0;
  }
}
