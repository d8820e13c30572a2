// Columns the plan sheets share (channel name, family, category) and how their cells are
// read, so that the wide form, the long form and the channel list agree on them.
import type { LocalizedText } from '../domain/catalogue';
import { MAX_NAME_LENGTH } from '../domain/plan';
import { isTotalLabel } from './cells';
import { textKey } from './text-key';
import type { ChannelAttributes } from './plan-rows';
import type { ColumnSpec, RowReader, UiLanguage } from './target';

export const NAME_COLUMN = {
  key: 'name',
  type: 'name',
  required: true,
  header: { fr: 'Canal', en: 'Channel' },
  synonyms: [
    'canaux',
    'nom',
    'nom du canal',
    'libellé',
    'levier',
    'action',
    'poste',
    'support',
    'name',
    'channel name',
    'channels',
    'item',
    'line item',
  ],
} as const satisfies ColumnSpec<'name'>;

export const FAMILY_COLUMN = {
  key: 'family',
  type: 'family',
  required: false,
  header: { fr: 'Famille', en: 'Family' },
  synonyms: ['média / hors-média', 'media / hors-media', 'type de média', 'media type'],
} as const satisfies ColumnSpec<'family'>;

export const CATEGORY_COLUMN = {
  key: 'category',
  type: 'category',
  required: false,
  header: { fr: 'Catégorie', en: 'Category' },
  synonyms: ['categorie', 'sous-famille', 'type de canal', 'channel type', 'type'],
} as const satisfies ColumnSpec<'category'>;

export type TotalKind = 'total' | 'subtotal' | null;

// The family subtotals the planner's own grid shows ("Total Média", "Sous-total hors-média"):
// rows of a sheet copied from it, partial sums that cannot be checked against the whole.
const FAMILY_SUBTOTAL = /^(?:sous-?\s?)?tota(?:l|ux)\s(?:hors[-\s]?)?medias?$/;

const totalNames = new Map<string, TotalKind>();

/** Whether a name cell labels a total row; remembered, as long files repeat their names. */
export function totalKind(raw: string): TotalKind {
  let kind = totalNames.get(raw);
  if (kind === undefined) {
    if (isTotalLabel(raw.trim())) kind = 'total';
    else kind = FAMILY_SUBTOTAL.test(textKey(raw)) ? 'subtotal' : null;
    if (totalNames.size >= 50_000) totalNames.clear();
    totalNames.set(raw, kind);
  }
  return kind;
}

/** The channel name, required and at most MAX_NAME_LENGTH characters. */
export function readName(reader: RowReader): string | null {
  const name = reader.read('name', 'name');
  if (name === null) {
    reader.fail({ column: 'name', code: 'required' });
    return null;
  }
  if (name.length > MAX_NAME_LENGTH) {
    reader.fail({ column: 'name', code: 'too-long', params: { max: MAX_NAME_LENGTH } });
    return null;
  }
  return name;
}

/** Family and category when the file gives them. */
export function readFamilyAndCategory(reader: RowReader): ChannelAttributes {
  const attributes: ChannelAttributes = {};
  const family = reader.read('family', 'family');
  if (family !== null) attributes.family = family;
  const category = reader.read('category', 'category');
  if (category !== null) attributes.category = category;
  return attributes;
}

export function headerText(column: { header: LocalizedText }, language: UiLanguage): string {
  return column.header[language];
}

export function localeOf(language: UiLanguage): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
