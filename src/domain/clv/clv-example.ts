// The seeds' worked example, loaded in one click: a 50 € CAC for a 20 € purchase looks like a
// loss, ten 20 € purchases a year for several years do not.
import { toCents } from '../money';
import { shortTermView, type ShortTermView } from './cohort';
import type { ClvInputs, MarginConvention } from './model';

export interface ClvWorkedExample {
  inputs: ClvInputs;
  convention: MarginConvention;
  /** The first purchase's margin against the CAC, then the discounted CLV over the horizon. */
  shortTermView: ShortTermView;
}

/**
 * The seeds give the CAC (50 €), the basket (20 €) and ten purchases a year; the rest is ours,
 * chosen as ordinary values: a 40 % gross margin (retail), 60 % of customers buying again each
 * year (the lowest row of the margin-multiple table), a 10 % discount rate, five years.
 * First purchase: 20 € × 40 % = 8 € against 50 €, a loss of 42 €; over five years the
 * discounted CLV is about 167,50 €, a gain of about 117,50 €.
 */
export const WORKED_EXAMPLE_INPUTS: Readonly<ClvInputs> = {
  averageBasket: toCents(2_000),
  purchasesPerYear: 10,
  marginRate: 0.4,
  retention: 0.6,
  lifetimeYears: null,
  discountRate: 0.1,
  horizonYears: 5,
  cac: toCents(5_000),
};

export function clvWorkedExample(): ClvWorkedExample {
  const inputs: ClvInputs = { ...WORKED_EXAMPLE_INPUTS };
  const convention: MarginConvention = 'first-margin-up-front';
  const view = shortTermView(inputs, convention);
  // Fixed, valid inputs (a test checks them against clvErrors): failing here is a bug, not a
  // user's mistake.
  if (!view.ok) throw new Error('The CLV worked example does not validate');
  return { inputs, convention, shortTermView: view.value };
}
