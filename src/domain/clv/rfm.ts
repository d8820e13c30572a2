// RFM scores 1–5 by quintile from the customer summaries, and the rule that gave them, as
// data: for each dimension and score, the range of values it covers, so the UI can print it.
import type { Cents } from '../money';
import type { CustomerSummary } from './customers';

export type RfmScore = 1 | 2 | 3 | 4 | 5;
export type RfmDimension = 'recency' | 'frequency' | 'monetary';

export interface RfmOptions {
  /** What frequency counts: order rows (default) or distinct purchase days. */
  frequency?: 'orders' | 'purchase-days';
  /** What monetary value is: the customer's total (default) or mean order amount. */
  monetary?: 'total' | 'mean';
}

export interface CustomerRfm {
  customerId: string;
  /** Days since the last order (the value R scores). */
  recencyDays: number;
  /** The value F scores: orders or purchase days, as chosen. */
  frequency: number;
  /** The value M scores: total or mean amount, as chosen. */
  monetary: Cents;
  /** The customer's total, whatever M scores: what segment revenue adds up. */
  revenue: Cents;
  r: RfmScore;
  f: RfmScore;
  m: RfmScore;
}

/** The values that received one score: min … max inclusive, and how many customers. */
export interface ScoreBand {
  score: RfmScore;
  min: number;
  max: number;
  customers: number;
}

export interface DimensionScale {
  dimension: RfmDimension;
  /** What the values are: days since the last order, orders, purchase days, cents. */
  basis: 'days-since-last-order' | 'orders' | 'purchase-days' | 'total' | 'mean';
  /** False for recency: fewer days since the last order scores higher. */
  higherIsBetter: boolean;
  /** Scores ascending, only those some customer received. */
  bands: ScoreBand[];
}

export interface RfmScoring {
  /** One per summary, in the same order. */
  customers: CustomerRfm[];
  recency: DimensionScale;
  frequency: DimensionScale;
  monetary: DimensionScale;
}

const SCORES = [1, 2, 3, 4, 5] as const;

function scoreAt(k: number): RfmScore {
  return SCORES[Math.min(Math.max(k, 1), 5) - 1] ?? 3;
}

/**
 * Scores of one dimension by the rule of rfmScores; `keys` are oriented so that larger is
 * better (recency comes in negated).
 */
function scoreDimension(keys: Float64Array): { scores: RfmScore[]; bands: ScoreBand[] } {
  const n = keys.length;
  const sorted = Float64Array.from(keys).sort();
  const scoreOf = new Map<number, RfmScore>();
  const bands = new Map<RfmScore, ScoreBand>();
  for (let start = 0; start < n;) {
    const key = sorted[start] ?? 0;
    let end = start + 1;
    while (end < n && sorted[end] === key) end++;
    // The fifth in which the group's middle, (start + end) / 2 of n, falls; exact in
    // floating point since both sides are small integers.
    const score = scoreAt(Math.ceil((5 * (start + end)) / (2 * n)));
    scoreOf.set(key, score);
    const band = bands.get(score);
    if (band) {
      band.max = key;
      band.customers += end - start;
    } else bands.set(score, { score, min: key, max: key, customers: end - start });
    start = end;
  }
  const scores = Array.from(keys, (key) => scoreOf.get(key) ?? 3);
  return { scores, bands: [...bands.values()] };
}

/** Bands of negated keys read back in days: best score first in keys is the fewest days. */
function recencyBands(bands: ScoreBand[]): ScoreBand[] {
  return bands.map((b) => ({ ...b, min: -b.max + 0, max: -b.min + 0 }));
}

/**
 * Scores recency, frequency and monetary value 1–5 by quintile, recent = high.
 *
 * The rule: in each dimension the customers are sorted from worst to best (recency: most days
 * since the last order first; frequency and monetary: smallest first). Customers with the same
 * value form one group, never split: the group at positions start … end − 1 of the n sorted
 * customers scores ⌈5 · (start + end) / (2n)⌉, the fifth of the list in which the middle of
 * the group falls. Without ties this is plain quintiles (the first fifth scores 1, the last
 * scores 5). A group whose middle falls exactly on a boundary takes the lower score. One
 * customer, or all customers equal, sit in the middle of the list: 3 (neither best nor worst,
 * since there is nobody to compare with). A large group scores by its middle: when 60 % of
 * customers ordered once, they all score 2 on frequency and nobody scores 1; the bands
 * returned say so.
 */
export function rfmScores(
  summaries: readonly CustomerSummary[],
  options: RfmOptions = {},
): RfmScoring {
  const frequencyBasis = options.frequency ?? 'orders';
  const monetaryBasis = options.monetary ?? 'total';
  const n = summaries.length;
  const recencyKeys = new Float64Array(n);
  const frequencyKeys = new Float64Array(n);
  const monetaryKeys = new Float64Array(n);
  summaries.forEach((s, i) => {
    recencyKeys[i] = -s.recencyDays;
    frequencyKeys[i] = frequencyBasis === 'orders' ? s.orders : s.purchaseDays;
    monetaryKeys[i] = monetaryBasis === 'total' ? s.total : s.meanAmount;
  });
  const recency = scoreDimension(recencyKeys);
  const frequency = scoreDimension(frequencyKeys);
  const monetary = scoreDimension(monetaryKeys);
  const customers = summaries.map((s, i): CustomerRfm => ({
    customerId: s.customerId,
    recencyDays: s.recencyDays,
    frequency: frequencyBasis === 'orders' ? s.orders : s.purchaseDays,
    monetary: monetaryBasis === 'total' ? s.total : s.meanAmount,
    revenue: s.total,
    r: recency.scores[i] ?? 3,
    f: frequency.scores[i] ?? 3,
    m: monetary.scores[i] ?? 3,
  }));
  return {
    customers,
    recency: {
      dimension: 'recency',
      basis: 'days-since-last-order',
      higherIsBetter: false,
      bands: recencyBands(recency.bands),
    },
    frequency: {
      dimension: 'frequency',
      basis: frequencyBasis,
      higherIsBetter: true,
      bands: frequency.bands,
    },
    monetary: {
      dimension: 'monetary',
      basis: monetaryBasis,
      higherIsBetter: true,
      bands: monetary.bands,
    },
  };
}
