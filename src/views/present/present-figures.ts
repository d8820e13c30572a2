// The figures the presenter's slides show, read from the same budget sheet and formatted as
// the planner's summary cards format them (SummaryCards.svelte), so that a slide and the
// planner agree to the cent, in the plan's own locale and currency.
import type { BudgetSheet } from '../../domain/budget-sheet';
import { toCents, type Cents } from '../../domain/money';
import { formatMonth } from '../../domain/months';
import { AARRR_STAGE_IDS, type AarrrStage, type Family } from '../../domain/plan';
import { planFormats, type PlanFormats } from '../../ui/charts/plan-series';

/** The key figures slide: the planner's summary cards, as text. */
export interface KeyFigures {
  planned: string;
  committed: string;
  actual: string;
  /** null when the plan has no target budget. */
  target: string | null;
  /** What is left to allocate (target − planned); null without a target. */
  gap: string | null;
  over: boolean;
  media: string;
  horsMedia: string;
  mediaShare: string;
  horsShare: string;
}

export function keyFigures(
  sheet: BudgetSheet,
  formats: PlanFormats = planFormats(sheet.plan),
): KeyFigures {
  const { money, share } = formats;
  const planned = sheet.grandTotal('planned');
  const media = sheet.familyTotal('planned', 'media');
  const mediaShare = planned === 0 ? 0 : media / planned;
  const target = sheet.plan.targetBudget;
  const gap = sheet.gapToTarget();
  return {
    planned: money(planned),
    committed: money(sheet.grandTotal('committed')),
    actual: money(sheet.grandTotal('actual')),
    target: target === null ? null : money(target),
    gap: gap === null ? null : money(gap),
    over: sheet.isOverBudget(),
    media: money(media),
    horsMedia: money(sheet.familyTotal('planned', 'hors-media')),
    mediaShare: share(mediaShare),
    horsShare: share(planned === 0 ? 0 : 1 - mediaShare),
  };
}

/** The title slide's period: first and last month in the plan's locale. */
export function planPeriod(sheet: BudgetSheet): { first: string; last: string; months: number } {
  const { locale, firstMonth, monthCount } = sheet.plan;
  const months = sheet.months;
  return {
    first: formatMonth(months[0] ?? firstMonth, locale),
    last: formatMonth(months[months.length - 1] ?? firstMonth, locale),
    months: monthCount,
  };
}

/** The month with the largest planned total; null when nothing is planned. */
export function peakMonth(sheet: BudgetSheet): { month: string; cents: Cents } | null {
  let best = -1;
  let cents = 0;
  for (let m = 0; m < sheet.monthCount; m++) {
    const total = sheet.monthTotal('planned', m);
    if (total > cents) {
      best = m;
      cents = total;
    }
  }
  const month = sheet.months[best];
  return month === undefined
    ? null
    : { month: formatMonth(month, sheet.plan.locale), cents: toCents(cents) };
}

/** The stage with the largest planned budget and its share of the plan; null when none has any. */
export function topStage(sheet: BudgetSheet): { stage: AarrrStage; share: number } | null {
  const planned = sheet.grandTotal('planned');
  let found: { stage: AarrrStage; cents: number } | null = null;
  // In funnel order: on a tie the earlier stage is named.
  for (const stage of AARRR_STAGE_IDS) {
    const cents = sheet.groupTotal('planned', 'stage', stage);
    if (cents > (found?.cents ?? 0)) found = { stage, cents };
  }
  return found && planned > 0 ? { stage: found.stage, share: found.cents / planned } : null;
}

export interface ChannelLine {
  id: string;
  name: string;
  family: Family;
  planned: Cents;
  /** Share of the plan's planned total, 0 to 1. */
  share: number;
}

export interface TopChannels {
  lines: ChannelLine[];
  /** The channels left out, summed: null when every channel is listed. */
  rest: { count: number; planned: Cents; share: number } | null;
}

/** The channels with the largest planned budgets, largest first (ties in planner order). */
export function topChannels(sheet: BudgetSheet, limit: number): TopChannels {
  const total = sheet.grandTotal('planned');
  const shareOf = (cents: number) => (total === 0 ? 0 : cents / total);
  const all = sheet.channels
    .map((channel, row) => ({ channel, row, planned: sheet.rowTotal('planned', row) }))
    .sort((a, b) => b.planned - a.planned || a.row - b.row);
  const lines = all.slice(0, limit).map(({ channel, planned }) => ({
    id: channel.id,
    name: channel.name,
    family: channel.family,
    planned,
    share: shareOf(planned),
  }));
  const left = all.slice(limit);
  const restCents = left.reduce((sum, line) => sum + line.planned, 0);
  return {
    lines,
    rest:
      left.length === 0
        ? null
        : { count: left.length, planned: toCents(restCents), share: shareOf(restCents) },
  };
}
