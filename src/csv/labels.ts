// What the exports write for a channel's codes and what the imports read back: the labels the
// planner shows, in the export's language, and every word a spreadsheet may hold for each code
// (the code itself, the French and English labels, and known synonyms in both languages).
// Also the planner's row order, which the exports follow.
//
// csv depends on domain only, never on i18n: the labels that exist only in src/i18n are
// copied here and MUST match these keys of src/i18n/fr*.ts and src/i18n/en*.ts —
// family.media, family.hors-media, poe.paid, poe.owned, poe.earned, cost.fixed, cost.monthly,
// cost.sample, cost.attendee, cost.thousand-impressions, cost.click, cost.day, channels.custom.
// Category, stage, objective and KPI labels come from the catalogue (src/domain/catalogue.ts),
// as the planner's channel sheet shows them.
import {
  AARRR_STAGES,
  CATALOGUE,
  CUSTOM_CATEGORY,
  KPIS,
  OBJECTIVES,
  catalogueEntry,
  kpiDefinition,
  objectiveDefinition,
  type LocalizedText,
} from '../domain/catalogue';
import type { AarrrStage, CostModel, Family, PaidOwnedEarned } from '../domain/plan';

export type LabelLanguage = keyof LocalizedText;

/** A code and every word that names it on import (compared by textKey), labels first. */
export type Lexicon<T> = readonly (readonly [T, readonly string[]])[];

// ---- Families --------------------------------------------------------------------------

/** As i18n family.media and family.hors-media. */
export const FAMILY_LABELS: Readonly<Record<Family, LocalizedText>> = {
  media: { fr: 'Média', en: 'Media' },
  'hors-media': { fr: 'Hors-média', en: 'Hors-média' },
};

/**
 * The family words a file may hold, French and English. Only words that name one family
 * whatever the channel are here; a doubtful one is left out on purpose, so that the import
 * preview asks the user what it means (once per distinct value). Left out:
 * - "Paid media", "Owned media", "Earned media", "Média payant", "Médias gagnés": POE terms,
 *   not families — paid sponsorship and events are hors-média, earned press is hors-média.
 * - "Offline" / "Online", "Hors ligne" / "En ligne", "Digital", "Digital media", "Médias
 *   digitaux", "Social media": a split between digital and non-digital, not media and
 *   hors-média (TV is offline media; e-mailing is online hors-média; social ads are media
 *   and community management is not).
 * - "TTL", "Through the line", "360": both families at once.
 * - "Publicité", "Advertising", "Pub": people use them for either side.
 * - "M", "NM": too short to be sure of.
 */
export const FAMILY_WORDS: Lexicon<Family> = [
  [
    'media',
    [
      // French
      'Média',
      'Médias',
      'Grands médias',
      'Médias de masse',
      'Médias traditionnels', // TV, radio, press, outdoor, cinema: all media
      'Achat média',
      'Achat d’espace',
      'Achat d’espace publicitaire',
      // English
      'Media',
      'Medias',
      'Above the line',
      'Above-the-line',
      'ATL',
      'Mass media',
      'Traditional media',
      'Media buying',
      'Media buy',
    ],
  ],
  [
    'hors-media',
    [
      // French
      'Hors-média',
      'Hors média',
      'Hors-médias',
      'Hors médias',
      'Horsmédia',
      'Horsmédias',
      'HM', // the French abbreviation of hors-média; only ever read in a family column
      'Non-média',
      'Non média',
      'Non-médias',
      'Non médias',
      // English
      'Below the line',
      'Below-the-line',
      'BTL',
      'Non-media',
      'Non media',
      'Off-media',
      'Off media',
    ],
  ],
];

// ---- Categories ------------------------------------------------------------------------

/** As i18n channels.custom: the planner's label of a channel outside the catalogue. */
export const CUSTOM_CATEGORY_LABEL: LocalizedText = {
  fr: 'Autre (mon propre canal)',
  en: 'Other (my own channel)',
};

export const CATEGORY_WORDS: Lexicon<string> = [
  ...CATALOGUE.map((e) => [e.category, [e.name.fr, e.name.en]] as const),
  [
    CUSTOM_CATEGORY,
    [
      CUSTOM_CATEGORY_LABEL.fr,
      CUSTOM_CATEGORY_LABEL.en,
      'Autre',
      'Personnalisé',
      'Mon propre canal',
      'Other',
      'Custom',
      'My own channel',
    ],
  ],
];

// ---- Paid / owned / earned -------------------------------------------------------------

/** As i18n poe.paid, poe.owned and poe.earned. */
export const POE_LABELS: Readonly<Record<PaidOwnedEarned, LocalizedText>> = {
  paid: { fr: 'Payé', en: 'Paid' },
  owned: { fr: 'Possédé', en: 'Owned' },
  earned: { fr: 'Gagné', en: 'Earned' },
};

// In a POE column "Paid media" is no longer doubtful: it is this column's own vocabulary.
export const POE_WORDS: Lexicon<PaidOwnedEarned> = [
  [
    'paid',
    [
      'Payé',
      'Payant',
      'Acheté',
      'Achat',
      'Média payant',
      'Médias payants',
      'Paid',
      'Paid media',
      'Bought',
    ],
  ],
  [
    'owned',
    [
      'Possédé',
      'Propre',
      'Détenu',
      'Propriétaire',
      'Média propre',
      'Médias propres',
      'Médias possédés',
      'Owned',
      'Owned media',
    ],
  ],
  [
    'earned',
    [
      'Gagné',
      'Obtenu',
      'Mérité',
      'Média gagné',
      'Médias gagnés',
      'Médias obtenus',
      'Earned',
      'Earned media',
    ],
  ],
];

// ---- Cost models -----------------------------------------------------------------------

type Unit = Extract<CostModel, { kind: 'per-unit' }>['unit'];
export type CostKey = 'fixed' | 'monthly' | `per-unit:${Unit}`;

/** The cost model's code, as the planner's choice list keys it: "fixed", "per-unit:click". */
export function costKey(model: CostModel): CostKey {
  return model.kind === 'per-unit' ? `per-unit:${model.unit}` : model.kind;
}

/** The cost models in the order the planner's choice list shows them, with i18n cost.*. */
export const COST_LABELS: readonly (readonly [CostKey, CostModel, LocalizedText])[] = [
  ['fixed', { kind: 'fixed' }, { fr: 'Forfait', en: 'Fixed fee' }],
  ['monthly', { kind: 'monthly' }, { fr: 'Mensuel', en: 'Monthly' }],
  [
    'per-unit:sample',
    { kind: 'per-unit', unit: 'sample' },
    { fr: 'Par échantillon', en: 'Per sample' },
  ],
  [
    'per-unit:attendee',
    { kind: 'per-unit', unit: 'attendee' },
    { fr: 'Par participant', en: 'Per attendee' },
  ],
  [
    'per-unit:thousand-impressions',
    { kind: 'per-unit', unit: 'thousand-impressions' },
    { fr: 'Pour mille impressions (CPM)', en: 'Per thousand impressions (CPM)' },
  ],
  [
    'per-unit:click',
    { kind: 'per-unit', unit: 'click' },
    { fr: 'Par clic (CPC)', en: 'Per click (CPC)' },
  ],
  ['per-unit:day', { kind: 'per-unit', unit: 'day' }, { fr: 'Par jour', en: 'Per day' }],
];

const COST_SYNONYMS: Readonly<Record<CostKey, readonly string[]>> = {
  fixed: ['Fixe', 'Forfaitaire', 'Prix fixe', 'Fixed', 'Flat fee', 'Lump sum'],
  monthly: ['Par mois', 'Mensualité', 'Per month', 'Monthly fee'],
  'per-unit:sample': ['Échantillon', 'Sample'],
  'per-unit:attendee': ['Participant', 'Par personne', 'Attendee', 'Per person'],
  'per-unit:thousand-impressions': ['CPM', 'Coût pour mille', 'Cost per mille', 'Per mille'],
  'per-unit:click': ['CPC', 'Coût par clic', 'Par clic', 'Cost per click', 'Per click'],
  'per-unit:day': ['Journée', 'À la journée', 'Par journée', 'Day', 'Daily', 'Day rate'],
};

export const COST_WORDS: Lexicon<CostKey> = COST_LABELS.map(
  ([key, , label]) => [key, [label.fr, label.en, ...COST_SYNONYMS[key]]] as const,
);

const COST_BY_KEY = new Map<string, CostModel>(COST_LABELS.map(([key, model]) => [key, model]));

/** The cost model of a key; a fresh object, so that no two channels share one. */
export function costModelOfKey(key: CostKey): CostModel {
  const model = COST_BY_KEY.get(key) ?? { kind: 'fixed' };
  return { ...model };
}

// ---- AARRR stages, objectives, KPIs ----------------------------------------------------

// The planner's channel sheet shows the catalogue's stage labels; i18n stage.revenue says
// "Revenu" where the catalogue says "Revenus": both are read.
export const STAGE_WORDS: Lexicon<AarrrStage> = AARRR_STAGES.map((s) => {
  const extra = s.id === 'revenue' ? ['Revenu', 'Chiffre d’affaires', 'Revenues'] : [];
  return [s.id, [s.label.fr, s.label.en, ...extra]] as const;
});

export const OBJECTIVE_WORDS: Lexicon<string> = OBJECTIVES.map(
  (o) => [o.id, [o.label.fr, o.label.en]] as const,
);

export const KPI_WORDS: Lexicon<string> = KPIS.map(
  (k) => [k.id, [k.label.fr, k.label.en]] as const,
);

// ---- What the export writes ------------------------------------------------------------

export function familyLabel(family: Family, language: LabelLanguage): string {
  return FAMILY_LABELS[family][language];
}

/** The catalogue name, the planner's "Other" label for 'custom'; an unknown code as it is. */
export function categoryLabel(category: string, language: LabelLanguage): string {
  if (category === CUSTOM_CATEGORY) return CUSTOM_CATEGORY_LABEL[language];
  return catalogueEntry(category)?.name[language] ?? category;
}

export function poeLabel(poe: PaidOwnedEarned, language: LabelLanguage): string {
  return POE_LABELS[poe][language];
}

export function costModelLabel(model: CostModel, language: LabelLanguage): string {
  const key = costKey(model);
  const found = COST_LABELS.find(([k]) => k === key);
  return found ? found[2][language] : key;
}

export function stageLabel(stage: AarrrStage | null, language: LabelLanguage): string | null {
  if (stage === null) return null;
  return AARRR_STAGES.find((s) => s.id === stage)?.label[language] ?? stage;
}

/** A catalogue objective by its label; the user's own words as they are. */
export function objectiveLabel(objective: string | null, language: LabelLanguage): string | null {
  if (objective === null) return null;
  return objectiveDefinition(objective)?.label[language] ?? objective;
}

/** A catalogue KPI by its label; the user's own words as they are. */
export function kpiLabel(kpi: string | null, language: LabelLanguage): string | null {
  if (kpi === null) return null;
  return kpiDefinition(kpi)?.label[language] ?? kpi;
}

// The planner's row order, which the exports follow, is domain's plannerOrder.
export { plannerOrder as plannerRowOrder } from '../domain/channel-order';
