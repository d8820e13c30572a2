// What the CLV simulator works on: orders as imported (money in integer cents, days as
// 'YYYY-MM-DD'), and the inputs of a saved CLV simulation (its outputs are recomputed).
import type { Cents } from '../money';

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;

export interface Order {
  /** The customer's id as the file gives it (trimmed). */
  customerId: string;
  date: Day;
  amount: Cents;
  /** The order's own id when the file has one, else null. */
  orderId: string | null;
}

/** How a customer's yearly margin is counted over the horizon (DESIGN "Calculations"). */
export type MarginConvention =
  /** Σ_{t=0}^{T−1} m·rᵗ/(1+d)ᵗ: the first year's margin is collected up front. */
  | 'first-margin-up-front'
  /** The textbook margin multiple r/(1+d−r): the first margin after one retention step. */
  | 'after-one-retention-step';

export interface ClvInputs {
  /** Average basket, cents. */
  averageBasket: Cents;
  purchasesPerYear: number;
  /** Gross margin ÷ revenue. */
  marginRate: number;
  /** Yearly retention r in [0, 1), or null when an expected lifetime is given instead. */
  retention: number | null;
  /** Expected lifetime in years, used when retention is null (r = 1 − 1/lifetime). */
  lifetimeYears: number | null;
  /** Yearly discount rate d ≥ 0. */
  discountRate: number;
  /** Horizon T in whole years (1–50). */
  horizonYears: number;
  /** Cost to acquire one customer, cents. */
  cac: Cents;
}
