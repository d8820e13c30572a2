// The grid columns and rows of the planner: one money column per month of the plan and a
// share column for the budget sheet; the channel attributes sheet with its choice lists.
import { AARRR_STAGES, CATALOGUE, KPIS, OBJECTIVES } from '../../domain/catalogue';
import type { BudgetMeasure } from '../../domain/budget';
import type { BudgetSheet } from '../../domain/budget-sheet';
import { formatMonth } from '../../domain/months';
import { MAX_NAME_LENGTH, type Channel, type CostModel } from '../../domain/plan';
import type { Language, MessageKey, MessageParams } from '../../i18n';
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

const COST_CHOICES = [
  'fixed',
  'monthly',
  'per-unit:sample',
  'per-unit:attendee',
  'per-unit:thousand-impressions',
  'per-unit:click',
  'per-unit:day',
] as const;

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

function costLabel(choice: string, t: Translate): string {
  const key = choice.replace('per-unit:', '');
  return t(`cost.${key}` as MessageKey);
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

export function channelColumns(language: Language, t: Translate): GridColumn[] {
  const label = (text: { fr: string; en: string }) => text[language];
  const choices: Record<Exclude<ChannelField, 'name'>, { value: string; label: string }[]> = {
    family: [
      { value: 'media', label: t('family.media') },
      { value: 'hors-media', label: t('family.hors-media') },
    ],
    category: [
      ...CATALOGUE.map((e) => ({ value: e.category, label: label(e.name) })),
      { value: 'custom', label: t('channels.custom') },
    ],
    poe: ['paid', 'owned', 'earned'].map((p) => ({ value: p, label: t(`poe.${p}` as MessageKey) })),
    stage: AARRR_STAGES.map((s) => ({ value: s.id, label: label(s.label) })),
    objective: OBJECTIVES.map((o) => ({ value: o.id, label: label(o.label) })),
    kpi: KPIS.map((k) => ({ value: k.id, label: label(k.label) })),
    cost: COST_CHOICES.map((c) => ({ value: c, label: costLabel(c, t) })),
  };
  const widths: Record<ChannelField, number> = {
    name: 220,
    family: 110,
    category: 170,
    poe: 110,
    stage: 130,
    objective: 200,
    kpi: 170,
    cost: 200,
  };
  return CHANNEL_FIELDS.map((field) => ({
    id: field,
    label: t(`channels.col.${field}`),
    type: field === 'name' ? 'text' : 'choice',
    // The CSV import refuses longer names: the app's own export must read back whole.
    ...(field === 'name' ? { maxLength: MAX_NAME_LENGTH } : { choices: choices[field] }),
    width: widths[field],
  }));
}

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
      const stage = AARRR_STAGES.find((s) => s.id === text)?.id ?? null;
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
