// What the plan's charts draw, read from its budget sheet, and how they write amounts and
// shares: one reading for the planner's charts (ChartsPanel) and presenter mode's, so a slide
// and the planner show the same figures, in the plan's own locale and currency.
import type { BudgetSheet } from '../../domain/budget-sheet';
import { formatMoney, toCents } from '../../domain/money';
import { formatMonth, type Month } from '../../domain/months';
import type { AarrrStage, Plan } from '../../domain/plan';
import { sheetVariance } from '../../domain/variance';

export interface PlanFormats {
  /** Cents as the plan writes an amount ("1 234,56 €" in fr-FR). */
  money: (cents: number) => string;
  /** Cents as an axis tick, without the cents ("1 235 €"). */
  tick: (cents: number) => string;
  /** A fraction (0.25) as the plan's locale writes a percentage ("25 %" in fr-FR, "25%" in en-US). */
  share: (fraction: number) => string;
}

/** Made once per plan: a chart given new formatters rebuilds its options. */
export function planFormats({ locale, currency }: Pick<Plan, 'locale' | 'currency'>): PlanFormats {
  const ticks = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    money: (cents) => formatMoney(toCents(cents), currency, locale),
    tick: (cents) => ticks.format(cents / 100),
    share: (fraction) => percent.format(fraction),
  };
}

// A sheet's month names are the same at every edit: written once per sheet and locale (the
// 60 date formats were most of planSeries' time at each edit of a 60-month plan).
const monthNames = new WeakMap<readonly Month[], { locale: string; names: readonly string[] }>();

function monthLabels(sheet: BudgetSheet): readonly string[] {
  const { locale } = sheet.plan;
  const known = monthNames.get(sheet.months);
  if (known?.locale === locale) return known.names;
  const names = sheet.months.map((m) => formatMonth(m, locale, 'short'));
  monthNames.set(sheet.months, { locale, names });
  return names;
}

export interface PlanSeries {
  /** Each month's short name in the plan's locale. */
  months: readonly string[];
  media: number[];
  hors: number[];
  planned: number[];
  /** null for a month without any actual yet: a gap in the line, not a drop to zero. */
  actual: (number | null)[];
  mediaTotal: number;
  horsTotal: number;
  stages: Record<AarrrStage, number>;
  unassigned: number;
}

/** The planned budget by month and family, planned against actual, and by AARRR stage. */
export function planSeries(sheet: BudgetSheet): PlanSeries {
  const range = sheet.months.map((_, m) => m);
  // Which months have actuals is decided once, in domain/variance.ts, as the summary does.
  const variance = sheetVariance(sheet);
  const stage = (id: AarrrStage) => sheet.groupTotal('planned', 'stage', id);
  return {
    months: monthLabels(sheet),
    media: range.map((m) => sheet.familyMonthTotal('planned', 'media', m)),
    hors: range.map((m) => sheet.familyMonthTotal('planned', 'hors-media', m)),
    planned: variance.months.map((m) => m.planned),
    actual: variance.months.map((m) => m.actual),
    mediaTotal: sheet.familyTotal('planned', 'media'),
    horsTotal: sheet.familyTotal('planned', 'hors-media'),
    stages: {
      acquisition: stage('acquisition'),
      activation: stage('activation'),
      retention: stage('retention'),
      referral: stage('referral'),
      revenue: stage('revenue'),
    },
    unassigned: sheet.groupTotal('planned', 'stage', null),
  };
}
