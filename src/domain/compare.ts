// Two plans side by side (a plan and its scenario): totals, families, calendar months and
// channels, each as A, B and B − A in integer cents, and which plan is the reference A.
// Pure: the view only formats the result.
import type { BudgetMeasure, ChannelBudget } from './budget';
import { BudgetSheet } from './budget-sheet';
import { toCents, type Cents } from './money';
import type { Month } from './months';
import type { Channel, Family, Plan } from './plan';

/** A plan as stored: what comparePlans reads, whatever it was loaded from. */
export interface PlanSnapshot {
  plan: Plan;
  channels: readonly Channel[];
  budgets: readonly ChannelBudget[];
}

/** One line of the comparison. */
export interface AmountDifference {
  a: Cents;
  b: Cents;
  /** b − a. */
  difference: Cents;
  /**
   * difference ÷ |a|, so that its sign is the sign of the difference even when a is negative
   * (available and variance may be); null when a is 0, where no ratio exists.
   */
  change: number | null;
}

export interface MonthDifference extends AmountDifference {
  month: Month;
  /** Whether the month is one of each plan's months: outside a plan, its side counts 0. */
  inA: boolean;
  inB: boolean;
}

/** 'added': only in B; 'removed': only in A. */
export type ChannelPresence = 'both' | 'added' | 'removed';

export interface ChannelDifference extends AmountDifference {
  name: string;
  category: string;
  /** B's family when the channel is in B, A's otherwise. */
  family: Family;
  presence: ChannelPresence;
  channelIdA: string | null;
  channelIdB: string | null;
}

export interface PlanComparison {
  measure: BudgetMeasure;
  /** Amounts in two currencies do not compare: the view says so instead of subtracting them. */
  sameCurrency: boolean;
  total: AmountDifference;
  families: Record<Family, AmountDifference>;
  /** Every month of either plan, in calendar order. */
  months: MonthDifference[];
  /** A's channels in A's order, each matched with B's, then the channels only B has. */
  channels: ChannelDifference[];
}

function difference(a: Cents, b: Cents): AmountDifference {
  const diff = toCents(b - a);
  return { a, b, difference: diff, change: a === 0 ? null : diff / Math.abs(a) };
}

/**
 * How a channel is recognised in the other plan: a duplicated plan gets new channel ids, so
 * ids cannot match. The name ignores case and surrounding spaces ("SMS" and "sms " are one
 * channel); the category must be the same.
 */
function channelKey(channel: Channel): string {
  return `${channel.category}\u0000${channel.name.normalize('NFC').trim().toLowerCase()}`;
}

/** Channels by key, in plan order; a key used twice lists both, matched in turn. */
function channelsByKey(channels: readonly Channel[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  channels.forEach((channel, row) => {
    const key = channelKey(channel);
    const rows = byKey.get(key);
    if (rows) rows.push(row);
    else byKey.set(key, [row]);
  });
  return byKey;
}

function sheetOf(snapshot: PlanSnapshot): BudgetSheet {
  return new BudgetSheet(snapshot.plan, snapshot.channels, snapshot.budgets);
}

function monthTotalIn(sheet: BudgetSheet, measure: BudgetMeasure, month: Month): Cents {
  const m = sheet.monthIndex(month);
  return m === -1 ? toCents(0) : sheet.monthTotal(measure, m);
}

function compareMonths(a: BudgetSheet, b: BudgetSheet, measure: BudgetMeasure): MonthDifference[] {
  // 'YYYY-MM' strings sort in calendar order.
  const months = [...new Set([...a.months, ...b.months])].sort();
  return months.map((month) => ({
    month,
    inA: a.monthIndex(month) !== -1,
    inB: b.monthIndex(month) !== -1,
    ...difference(monthTotalIn(a, measure, month), monthTotalIn(b, measure, month)),
  }));
}

function compareChannels(
  a: BudgetSheet,
  b: BudgetSheet,
  measure: BudgetMeasure,
): ChannelDifference[] {
  const unmatchedB = channelsByKey(b.channels);
  const zero = toCents(0);
  const lines: ChannelDifference[] = a.channels.map((channel, rowA) => {
    const rowB = unmatchedB.get(channelKey(channel))?.shift();
    const inB = rowB === undefined ? null : (b.channels[rowB] ?? null);
    const amountA = a.rowTotal(measure, rowA);
    const amountB = rowB === undefined ? zero : b.rowTotal(measure, rowB);
    return {
      name: channel.name,
      category: channel.category,
      family: inB?.family ?? channel.family,
      presence: inB ? 'both' : 'removed',
      channelIdA: channel.id,
      channelIdB: inB?.id ?? null,
      ...difference(amountA, amountB),
    };
  });
  // What is left in B was not in A, listed in B's order.
  const added = [...unmatchedB.values()].flat().sort((x, y) => x - y);
  for (const rowB of added) {
    const channel = b.channels[rowB];
    if (!channel) continue;
    lines.push({
      name: channel.name,
      category: channel.category,
      family: channel.family,
      presence: 'added',
      channelIdA: null,
      channelIdB: channel.id,
      ...difference(zero, b.rowTotal(measure, rowB)),
    });
  }
  return lines;
}

/**
 * B against A for one measure. Only each plan's own months count (as in its grid): amounts
 * stored for months outside a plan are left out. Months are aligned by calendar month, so
 * plans that start at different months still compare month by month. Throws a RangeError
 * for amounts that are not whole cents, as BudgetSheet does.
 */
export function comparePlans(
  a: PlanSnapshot,
  b: PlanSnapshot,
  measure: BudgetMeasure = 'planned',
): PlanComparison {
  const sheetA = sheetOf(a);
  const sheetB = sheetOf(b);
  const byFamily = (family: Family) =>
    difference(sheetA.familyTotal(measure, family), sheetB.familyTotal(measure, family));
  return {
    measure,
    sameCurrency: a.plan.currency === b.plan.currency,
    total: difference(sheetA.grandTotal(measure), sheetB.grandTotal(measure)),
    families: { media: byFamily('media'), 'hors-media': byFamily('hors-media') },
    months: compareMonths(sheetA, sheetB, measure),
    channels: compareChannels(sheetA, sheetB, measure),
  };
}

/**
 * The plans `plan` was duplicated from as a scenario, nearest first: its `scenarioOf`, that
 * plan's own `scenarioOf`, and so on. A link to a deleted plan ends the chain, and a loop
 * (which no action makes, but a restored backup might hold) is followed once.
 */
function originalsOf(plan: Plan, plans: readonly Plan[]): Plan[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const chain: Plan[] = [];
  const seen = new Set([plan.id]);
  let next = plan.scenarioOf === null ? undefined : byId.get(plan.scenarioOf);
  while (next && !seen.has(next.id)) {
    chain.push(next);
    seen.add(next.id);
    next = next.scenarioOf === null ? undefined : byId.get(next.scenarioOf);
  }
  return chain;
}

/** Which side of a comparison the open plan takes: A, the reference, or B, compared with it. */
export type ComparisonSide = 'reference' | 'compared';

/**
 * The open plan's side when compared with `other`. A scenario is compared against the plan it
 * was duplicated from, whichever of the two is open: right after "Duplicate as a scenario" the
 * scenario is the open plan, and taking it as the reference would show what it adds as
 * "removed". Between plans that are not scenarios of one another, the open plan is A.
 */
export function openPlanSide(open: Plan, other: Plan, plans: readonly Plan[]): ComparisonSide {
  return originalsOf(open, plans).some((p) => p.id === other.id) ? 'compared' : 'reference';
}

/**
 * The plans the open plan can be compared with, most likely first: the plans it is a
 * scenario of (nearest first), then its own scenarios, then the others in the order given.
 */
export function comparisonCandidates(open: Plan, plans: readonly Plan[]): Plan[] {
  const others = plans.filter((p) => p.id !== open.id);
  const originals = originalsOf(open, plans).filter((p) => p.id !== open.id);
  const listed = new Set(originals.map((p) => p.id));
  const scenarios = others.filter((p) => p.scenarioOf === open.id && !listed.has(p.id));
  for (const p of scenarios) listed.add(p.id);
  return [...originals, ...scenarios, ...others.filter((p) => !listed.has(p.id))];
}
