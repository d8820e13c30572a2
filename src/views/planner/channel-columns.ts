// The channel attributes sheet's columns, with the catalogue's choice lists in the user's
// language: built when the Channels tab first shows, so the catalogue (5 KB gzip) stays out
// of the planner's first load.
import { AARRR_STAGES, CATALOGUE, KPIS, OBJECTIVES } from '../../domain/catalogue';
import { MAX_NAME_LENGTH } from '../../domain/plan';
import type { Language, MessageKey, Translate } from '../../i18n';
import type { GridColumn } from '../../ui/grid/types';
import { CHANNEL_FIELDS, type ChannelField } from './planner-columns';

const COST_CHOICES = [
  'fixed',
  'monthly',
  'per-unit:sample',
  'per-unit:attendee',
  'per-unit:thousand-impressions',
  'per-unit:click',
  'per-unit:day',
] as const;

function costLabel(choice: string, t: Translate): string {
  const key = choice.replace('per-unit:', '');
  return t(`cost.${key}` as MessageKey);
}

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
