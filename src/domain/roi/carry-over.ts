// Carry-over (adstock): part of a month's spend keeps working in the months after it,
// geometrically, a_t = x_t + θ·a_{t−1}; and the θ guidance by channel type, with its source.

/**
 * θ is read in [0, THETA_MAX]: a negative carry-over means nothing, and at θ = 1 an effect
 * would never fade (the steady state x ÷ (1 − θ) has no value).
 */
export const THETA_MAX = 0.99;

function clampTheta(theta: number): number {
  if (!(theta > 0)) return 0;
  return theta > THETA_MAX ? THETA_MAX : theta;
}

/** Geometric adstock a_t = x_t + θ·a_{t−1}, a_0 = x_0. Values that are not finite count as 0. */
export function carryOver(series: readonly number[], theta: number): number[] {
  const t = clampTheta(theta);
  const result: number[] = [];
  let previous = 0;
  for (const value of series) {
    previous = (Number.isFinite(value) ? value : 0) + t * previous;
    result.push(previous);
  }
  return result;
}

/** Steady state of a constant spend x: x ÷ (1 − θ), θ clamped as above; 0 for a spend that is not finite. */
export function steadyStateAdstock(spend: number, theta: number): number {
  if (!Number.isFinite(spend)) return 0;
  return spend / (1 - clampTheta(theta));
}

/**
 * Share of a euro's total carried effect that lands within `months` months of the spend,
 * 1 − θ^months (the month of the spend counts as the first). 0 for months ≤ 0.
 */
export function shareWithin(theta: number, months: number): number {
  if (!(months > 0)) return 0;
  if (months === Infinity) return 1;
  return 1 - Math.pow(clampTheta(theta), months);
}

export interface CarryOverGuidance {
  low: number;
  high: number;
  suggested: number;
  group: 'tv' | 'outdoor-press-radio' | 'digital' | 'other';
  source: 'robyn' | 'none';
}

// Meta's Robyn guidance for geometric θ. The suggestion is the middle of each range: Robyn
// gives ranges only, and the middle is the least committal single value.
const TV: CarryOverGuidance = {
  low: 0.3,
  high: 0.8,
  suggested: 0.55,
  group: 'tv',
  source: 'robyn',
};
const OUTDOOR_PRESS_RADIO: CarryOverGuidance = {
  low: 0.1,
  high: 0.4,
  suggested: 0.25,
  group: 'outdoor-press-radio',
  source: 'robyn',
};
const DIGITAL: CarryOverGuidance = {
  low: 0,
  high: 0.3,
  suggested: 0.15,
  group: 'digital',
  source: 'robyn',
};
const OTHER: CarryOverGuidance = { low: 0, high: 0, suggested: 0, group: 'other', source: 'none' };

const GROUPS: Readonly<Record<string, CarryOverGuidance>> = {
  tv: TV,
  cinema: TV,
  outdoor: OUTDOOR_PRESS_RADIO,
  press: OUTDOOR_PRESS_RADIO,
  radio: OUTDOOR_PRESS_RADIO,
  'search-ads': DIGITAL,
  'social-ads': DIGITAL,
  programmatic: DIGITAL,
  emailing: DIGITAL,
  sms: DIGITAL,
};

/**
 * θ guidance by planner catalogue category (catalogue-entries.ts): tv and cinema in the TV
 * group; outdoor, press, radio; search-ads, social-ads, programmatic, emailing, sms as
 * digital; anything else (hors-média, sponsored articles…) has no published guidance: 'other',
 * source 'none', suggested 0 (no carry-over unless the user sets one).
 */
export function carryOverGuidance(category: string): CarryOverGuidance {
  const found = Object.hasOwn(GROUPS, category) ? GROUPS[category] : undefined;
  return { ...(found ?? OTHER) };
}
