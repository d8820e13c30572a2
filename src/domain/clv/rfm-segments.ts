// Named RFM segments as editable rules (ranges of scores, checked in order, first match wins),
// the suggested action of each, and the size and revenue of every segment. Only ids here:
// the UI names segments and actions in the user's language.
import { toCents, type Cents } from '../money';
import type { CustomerRfm, RfmScore } from './rfm';

/** Scores from min to max inclusive; FM moves in half steps, so 2.5 is a valid bound. */
export interface ScoreRange {
  min: number;
  max: number;
}

/** A segment: every range given must hold (a range left out accepts any score). */
export interface SegmentRule {
  /** Stable id ('champions'), also the key of its name in the UI's dictionaries. */
  id: string;
  /** Stable id of the suggested action ('reward'). */
  action: string;
  r?: ScoreRange;
  /** On FM = (F + M) / 2: 1, 1.5, 2 … 5. */
  fm?: ScoreRange;
  f?: ScoreRange;
  m?: ScoreRange;
}

export interface SegmentRules {
  /** Checked in order; the first rule that matches wins. */
  rules: readonly SegmentRule[];
  /** For customers no rule matches. */
  fallback: { id: string; action: string };
}

/**
 * The default rules: the R × FM grid widely used with these eleven names (Putler's table of
 * segments and actions; the R × F map of many RFM notebooks), FM being the mean of F and M,
 * with Lost split from Hibernating at R = 1. They tile the whole grid, so the fallback only
 * catches what an edited rule set leaves out:
 *
 *   R \ FM   1–1.5           2–2.5            3–3.5            4            4.5–5
 *   5        new             potential loyal. potential loyal. champions    champions
 *   4        promising       potential loyal. potential loyal. loyal        loyal
 *   3        about to sleep  about to sleep   need attention   loyal        loyal
 *   2        hibernating     hibernating      at risk          at risk      can't lose them
 *   1        lost            lost             at risk          at risk      can't lose them
 */
export const DEFAULT_SEGMENT_RULES: SegmentRules = {
  rules: [
    { id: 'champions', action: 'reward', r: { min: 5, max: 5 }, fm: { min: 4, max: 5 } },
    { id: 'loyal', action: 'upsell', r: { min: 3, max: 4 }, fm: { min: 4, max: 5 } },
    {
      id: 'potential-loyalists',
      action: 'offer-membership',
      r: { min: 4, max: 5 },
      fm: { min: 2, max: 3.5 },
    },
    { id: 'new', action: 'onboard', r: { min: 5, max: 5 }, fm: { min: 1, max: 1.5 } },
    { id: 'promising', action: 'build-awareness', r: { min: 4, max: 4 }, fm: { min: 1, max: 1.5 } },
    {
      id: 'need-attention',
      action: 'limited-time-offer',
      r: { min: 3, max: 3 },
      fm: { min: 3, max: 3.5 },
    },
    { id: 'about-to-sleep', action: 'reconnect', r: { min: 3, max: 3 }, fm: { min: 1, max: 2.5 } },
    {
      id: 'at-risk',
      action: 'personal-win-back',
      r: { min: 1, max: 2 },
      fm: { min: 3, max: 4 },
    },
    {
      id: 'cant-lose-them',
      action: 'win-back-now',
      r: { min: 1, max: 2 },
      fm: { min: 4.5, max: 5 },
    },
    {
      id: 'hibernating',
      action: 'relevant-offer',
      r: { min: 2, max: 2 },
      fm: { min: 1, max: 2.5 },
    },
    { id: 'lost', action: 'revive-or-let-go', r: { min: 1, max: 1 }, fm: { min: 1, max: 2.5 } },
  ],
  fallback: { id: 'other', action: 'review-rules' },
};

/** FM: the mean of the frequency and monetary scores. */
export function fmScore(f: RfmScore, m: RfmScore): number {
  return (f + m) / 2;
}

function within(range: ScoreRange | undefined, value: number): boolean {
  return range === undefined || (value >= range.min && value <= range.max);
}

/** The id of the first rule the scores match, else the fallback's. */
export function segmentOf(
  scores: { r: RfmScore; f: RfmScore; m: RfmScore },
  rules: SegmentRules,
): string {
  const fm = fmScore(scores.f, scores.m);
  const rule = rules.rules.find(
    (candidate) =>
      within(candidate.r, scores.r) &&
      within(candidate.fm, fm) &&
      within(candidate.f, scores.f) &&
      within(candidate.m, scores.m),
  );
  return rule?.id ?? rules.fallback.id;
}

export interface SegmentedCustomer extends CustomerRfm {
  segmentId: string;
}

/** Each scored customer with its segment, in the same order. */
export function assignSegments(
  scores: readonly CustomerRfm[],
  rules: SegmentRules,
): SegmentedCustomer[] {
  return scores.map((customer) => ({ ...customer, segmentId: segmentOf(customer, rules) }));
}

export interface SegmentTotal {
  segmentId: string;
  action: string;
  customers: number;
  revenue: Cents;
  /** customers ÷ all customers; null when there are none. */
  customerShare: number | null;
  /** revenue ÷ all revenue; null when all revenue is zero or less (refunds), where a share means nothing. */
  revenueShare: number | null;
}

/**
 * Size and revenue of every segment of the rules, in their order, then the fallback; empty
 * segments included (a chart shows them at zero). A segment id the rules do not know (an
 * assignment made with other rules) comes last, with an empty action.
 */
export function segmentTotals(
  customers: readonly SegmentedCustomer[],
  rules: SegmentRules,
): SegmentTotal[] {
  const tallies = new Map<string, { action: string; customers: number; revenue: number }>();
  for (const rule of [...rules.rules, rules.fallback]) {
    if (!tallies.has(rule.id))
      tallies.set(rule.id, { action: rule.action, customers: 0, revenue: 0 });
  }
  let revenue = 0;
  for (const customer of customers) {
    let tally = tallies.get(customer.segmentId);
    if (!tally) tallies.set(customer.segmentId, (tally = { action: '', customers: 0, revenue: 0 }));
    tally.customers++;
    tally.revenue += customer.revenue;
    revenue += customer.revenue;
  }
  return [...tallies].map(([segmentId, tally]) => ({
    segmentId,
    action: tally.action,
    customers: tally.customers,
    revenue: toCents(tally.revenue),
    customerShare: customers.length > 0 ? tally.customers / customers.length : null,
    revenueShare: revenue > 0 ? tally.revenue / revenue : null,
  }));
}

export type SegmentRuleIssue =
  | { code: 'empty-id'; index: number }
  | { code: 'duplicate-id'; index: number; id: string }
  | { code: 'empty-action'; index: number }
  /** min > max, a bound outside 1 … 5, or not a number. */
  | { code: 'bad-range'; index: number; dimension: 'r' | 'fm' | 'f' | 'm' };

function isRangeValid(range: ScoreRange): boolean {
  return (
    Number.isFinite(range.min) &&
    Number.isFinite(range.max) &&
    range.min >= 1 &&
    range.max <= 5 &&
    range.min <= range.max
  );
}

/** What is wrong with edited rules, rule by rule (index = rules.length for the fallback). */
export function segmentRuleIssues(rules: SegmentRules): SegmentRuleIssue[] {
  const issues: SegmentRuleIssue[] = [];
  const seen = new Set<string>();
  const named: readonly { id: string; action: string }[] = [...rules.rules, rules.fallback];
  named.forEach((rule, index) => {
    const id = rule.id.trim();
    if (id === '') issues.push({ code: 'empty-id', index });
    else if (seen.has(id)) issues.push({ code: 'duplicate-id', index, id });
    seen.add(id);
    if (rule.action.trim() === '') issues.push({ code: 'empty-action', index });
  });
  rules.rules.forEach((rule, index) => {
    for (const dimension of ['r', 'fm', 'f', 'm'] as const) {
      const range = rule[dimension];
      if (range && !isRangeValid(range)) issues.push({ code: 'bad-range', index, dimension });
    }
  });
  return issues;
}
