// The answers the import offers for a value no lexicon knows: the codes of its column, in
// the user's words. The pipeline reads the chosen code back through the same lexicon.
import '../../i18n/data-catalogue';
import type { AskableType } from '../../csv/row-reader';
import { AARRR_STAGES, CATALOGUE, CUSTOM_CATEGORY } from '../../domain/catalogue';
import type { MessageKey, MessageParams } from '../../i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface ValueChoice {
  code: string;
  label: string;
}

const UNITS = ['sample', 'attendee', 'thousand-impressions', 'click', 'day'] as const;

export function valueChoices(
  type: AskableType,
  t: Translate,
  language: 'fr' | 'en',
): ValueChoice[] {
  switch (type) {
    case 'family':
      return (['media', 'hors-media'] as const).map((code) => ({
        code,
        label: t(`family.${code}`),
      }));
    case 'poe':
      return (['paid', 'owned', 'earned'] as const).map((code) => ({
        code,
        label: t(`poe.${code}`),
      }));
    case 'cost-model':
      return [
        { code: 'fixed', label: t('cost.fixed') },
        { code: 'monthly', label: t('cost.monthly') },
        ...UNITS.map((unit) => ({ code: `per-unit:${unit}`, label: t(`cost.${unit}`) })),
      ];
    case 'stage':
      return AARRR_STAGES.map((stage) => ({ code: stage.id, label: stage.label[language] }));
    case 'category':
      return [
        ...CATALOGUE.map((entry) => ({ code: entry.category, label: entry.name[language] })),
        { code: CUSTOM_CATEGORY, label: t('import.values.custom') },
      ];
  }
}
