// The grid columns and rows of the planner: one money column per month of the plan and a
// share column for the budget sheet; the channel attributes sheet's rows and fields (its
// columns, with the catalogue's choice lists, are in channel-columns.ts: they load with the
// Channels tab).
import type { BudgetMeasure } from '../../domain/budget';
import type { BudgetSheet } from '../../domain/budget-sheet';
import { formatMonth } from '../../domain/months';
import { AARRR_STAGE_IDS, type Channel, type CostModel } from '../../domain/plan';
import type { MessageKey, MessageParams } from '../../i18n';
import type { CellValue, GridColumn, GridRow } from '../../ui/grid/types';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export const SHARE_COLUMN = 'share';

export function monthColumns(
  sheet: BudgetSheet,
  measure: BudgetMeasure,
  t: Translate,
): GridColumn[] {
  const derived = measure === 'available' || measure === 'variance';
  return [
    ...sheet.months.map((month): GridColumn => ({
      id: month,
      label: formatMonth(month, sheet.plan.locale, 'short'),
      type: 'money',
      readOnly: derived,
      allowNegative: derived,
      width: 108,
    })),
    { id: SHARE_COLUMN, label: t('planner.share'), type: 'percent', readOnly: true, width: 96 },
  ];
}

export function budgetRows(sheet: BudgetSheet, measure: BudgetMeasure): GridRow[] {
  const layer = measure === 'available' || measure === 'variance' ? 'planned' : measure;
  return sheet.channels.map((channel, row) => ({
    id: channel.id,
    label: channel.name,
    cells: [
      ...sheet.months.map((_, m): CellValue => {
        const cents = sheet.amount(measure, row, m);
        // An empty cell reads better than a wall of zeros in a plan being drafted.
        return cents === 0 && measure !== 'variance' && measure !== 'available' ? null : cents;
      }),
      sheet.shareOfTotal(layer, row),
    ],
  }));
}

export function costChoice(model: CostModel): string {
  return model.kind === 'per-unit' ? `per-unit:${model.unit}` : model.kind;
}

export function costModelOf(choice: string): CostModel {
  if (choice === 'monthly') return { kind: 'monthly' };
  const unit = choice.startsWith('per-unit:') ? choice.slice('per-unit:'.length) : '';
  if (
    unit === 'sample' ||
    unit === 'attendee' ||
    unit === 'thousand-impressions' ||
    unit === 'click' ||
    unit === 'day'
  )
    return { kind: 'per-unit', unit };
  return { kind: 'fixed' };
}

export const CHANNEL_FIELDS = [
  'name',
  'family',
  'category',
  'poe',
  'stage',
  'objective',
  'kpi',
  'cost',
] as const;
export type ChannelField = (typeof CHANNEL_FIELDS)[number];

export function channelRow(channel: Channel): GridRow {
  return {
    id: channel.id,
    label: channel.name,
    cells: [
      channel.name,
      channel.family,
      channel.category,
      channel.poe,
      channel.stage,
      channel.objective,
      channel.kpi,
      costChoice(channel.costModel),
    ],
  };
}

/** A channel with one field changed from the channel sheet; null when the value is unusable. */
export function withField(channel: Channel, field: ChannelField, value: CellValue): Channel | null {
  const text = typeof value === 'string' ? value : null;
  switch (field) {
    case 'name':
      return text && text.trim() !== '' ? { ...channel, name: text.trim() } : null;
    case 'family':
      return text === 'media' || text === 'hors-media' ? { ...channel, family: text } : null;
    case 'category':
      return text ? { ...channel, category: text } : null;
    case 'poe':
      return text === 'paid' || text === 'owned' || text === 'earned'
        ? { ...channel, poe: text }
        : null;
    case 'stage': {
      const stage = AARRR_STAGE_IDS.find((id) => id === text) ?? null;
      return { ...channel, stage };
    }
    case 'objective':
      return { ...channel, objective: text };
    case 'kpi':
      return { ...channel, kpi: text };
    case 'cost':
      return text ? { ...channel, costModel: costModelOf(text) } : null;
  }
}
