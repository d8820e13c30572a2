// The marketing vocabulary a plan is tagged with, in French and English: the channel
// catalogue (entries in catalogue-entries.ts), the objectives, the KPIs and the AARRR stages.
import { CATALOGUE_ENTRIES } from './catalogue-entries';
import type { AarrrStage, CostModel, Family, PaidOwnedEarned } from './plan';

export interface LocalizedText {
  fr: string;
  en: string;
}

const KPI_LIST = [
  { id: 'reach', label: { fr: 'Portée', en: 'Reach' } },
  { id: 'awareness', label: { fr: 'Notoriété', en: 'Brand awareness' } },
  { id: 'cpm', label: { fr: 'Coût pour mille (CPM)', en: 'Cost per thousand impressions (CPM)' } },
  { id: 'ctr', label: { fr: 'Taux de clics (CTR)', en: 'Click-through rate (CTR)' } },
  { id: 'cpc', label: { fr: 'Coût par clic (CPC)', en: 'Cost per click (CPC)' } },
  { id: 'leads', label: { fr: 'Prospects générés', en: 'Leads' } },
  { id: 'cpl', label: { fr: 'Coût par prospect (CPL)', en: 'Cost per lead (CPL)' } },
  {
    id: 'cac',
    label: { fr: 'Coût d’acquisition client (CAC)', en: 'Customer acquisition cost (CAC)' },
  },
  { id: 'conversion-rate', label: { fr: 'Taux de conversion', en: 'Conversion rate' } },
  { id: 'sign-up-rate', label: { fr: 'Taux d’inscription', en: 'Sign-up rate' } },
  { id: 'first-purchase-rate', label: { fr: 'Taux de premier achat', en: 'First-purchase rate' } },
  { id: 'open-rate', label: { fr: 'Taux d’ouverture', en: 'Open rate' } },
  { id: 'retention-rate', label: { fr: 'Taux de rétention', en: 'Retention rate' } },
  { id: 'repeat-purchase-rate', label: { fr: 'Taux de réachat', en: 'Repeat purchase rate' } },
  { id: 'churn-rate', label: { fr: 'Taux d’attrition (churn)', en: 'Churn rate' } },
  { id: 'referral-rate', label: { fr: 'Taux de recommandation', en: 'Referral rate' } },
  { id: 'nps', label: { fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' } },
  { id: 'shares', label: { fr: 'Partages', en: 'Shares' } },
  { id: 'engagement', label: { fr: 'Taux d’engagement', en: 'Engagement rate' } },
  { id: 'media-mentions', label: { fr: 'Retombées presse', en: 'Media mentions' } },
  { id: 'event-reach', label: { fr: 'Audience de l’événement', en: 'Event reach' } },
  { id: 'store-visits', label: { fr: 'Visites en magasin', en: 'Store visits' } },
  { id: 'average-basket', label: { fr: 'Panier moyen', en: 'Average basket' } },
  {
    id: 'roas',
    label: { fr: 'Retour sur dépenses publicitaires (ROAS)', en: 'Return on ad spend (ROAS)' },
  },
  { id: 'roi', label: { fr: 'Retour sur investissement (ROI)', en: 'Return on investment (ROI)' } },
  { id: 'clv', label: { fr: 'Valeur vie client (CLV)', en: 'Customer lifetime value (CLV)' } },
] as const satisfies readonly { id: string; label: LocalizedText }[];

export type KpiId = (typeof KPI_LIST)[number]['id'];

export interface KpiDefinition {
  id: KpiId;
  label: LocalizedText;
}

/** The KPIs a channel may be tagged with, in the order a picker lists them. */
export const KPIS: readonly KpiDefinition[] = KPI_LIST;

const OBJECTIVE_LIST = [
  {
    id: 'grow-online-sales',
    label: { fr: 'Développer les ventes en ligne', en: 'Grow online sales' },
    kpis: ['conversion-rate', 'roas', 'roi', 'cac'],
  },
  {
    id: 'build-awareness',
    label: { fr: 'Développer la notoriété', en: 'Build awareness' },
    kpis: ['reach', 'awareness', 'media-mentions', 'engagement'],
  },
  {
    id: 'retain-customers',
    label: { fr: 'Fidéliser les clients', en: 'Retain customers' },
    kpis: ['retention-rate', 'repeat-purchase-rate', 'nps', 'clv'],
  },
  {
    id: 'generate-leads',
    label: { fr: 'Générer des prospects', en: 'Generate leads' },
    kpis: ['leads', 'cpl', 'conversion-rate'],
  },
  {
    id: 'launch-product',
    label: { fr: 'Lancer un produit', en: 'Launch a product' },
    kpis: ['reach', 'awareness', 'media-mentions', 'first-purchase-rate'],
  },
  {
    id: 'drive-store-traffic',
    label: { fr: 'Générer du trafic en magasin', en: 'Drive store traffic' },
    kpis: ['store-visits', 'conversion-rate', 'average-basket'],
  },
] as const satisfies readonly { id: string; label: LocalizedText; kpis: readonly KpiId[] }[];

export type ObjectiveId = (typeof OBJECTIVE_LIST)[number]['id'];

export interface ObjectiveDefinition {
  id: ObjectiveId;
  label: LocalizedText;
  /** The KPIs that best measure progress towards this objective, suggested first. */
  kpis: readonly KpiId[];
}

export const OBJECTIVES: readonly ObjectiveDefinition[] = OBJECTIVE_LIST;

export interface StageDefinition {
  id: AarrrStage;
  label: LocalizedText;
  definition: LocalizedText;
  kpis: readonly KpiId[];
}

/** The pirate funnel (Dave McClure's AARRR), in funnel order, with the KPIs of each stage. */
export const AARRR_STAGES: readonly StageDefinition[] = [
  {
    id: 'acquisition',
    label: { fr: 'Acquisition', en: 'Acquisition' },
    definition: {
      fr: 'Faire venir des visiteurs et des prospects jusqu’à l’offre.',
      en: 'Bring visitors and prospects to the offer.',
    },
    kpis: ['reach', 'ctr', 'cpc', 'cpl', 'cac'],
  },
  {
    id: 'activation',
    label: { fr: 'Activation', en: 'Activation' },
    definition: {
      fr: 'Leur faire vivre une première expérience réussie : inscription ou premier achat.',
      en: 'Give them a good first experience: a sign-up or a first purchase.',
    },
    kpis: ['sign-up-rate', 'first-purchase-rate'],
  },
  {
    id: 'retention',
    label: { fr: 'Rétention', en: 'Retention' },
    definition: {
      fr: 'Les faire revenir et racheter au fil du temps.',
      en: 'Bring them back to buy again over time.',
    },
    kpis: ['retention-rate', 'repeat-purchase-rate', 'churn-rate'],
  },
  {
    id: 'referral',
    label: { fr: 'Recommandation', en: 'Referral' },
    definition: {
      fr: 'Les amener à recommander la marque à leur entourage.',
      en: 'Get them to recommend the brand to people they know.',
    },
    kpis: ['referral-rate', 'nps', 'shares'],
  },
  {
    id: 'revenue',
    label: { fr: 'Revenus', en: 'Revenue' },
    definition: {
      fr: 'Transformer cette relation en chiffre d’affaires rentable.',
      en: 'Turn the relationship into profitable revenue.',
    },
    kpis: ['average-basket', 'roas', 'roi', 'clv'],
  },
];

export type Category = (typeof CATALOGUE_ENTRIES)[number]['category'];

/** The category of a channel the user describes themselves, outside the catalogue. */
export const CUSTOM_CATEGORY = 'custom';

export interface CatalogueEntry {
  category: Category;
  name: LocalizedText;
  family: Family;
  /** Paid, owned or earned: the default for a new channel of this category. */
  poe: PaidOwnedEarned;
  costModel: Readonly<CostModel>;
  stage: AarrrStage;
  /** Suggested KPIs, the most telling first. */
  kpis: readonly KpiId[];
  /** One line for the info tip, starting with the family ("Média : …", "Hors-média : …"). */
  description: LocalizedText;
}

/** Every channel type, media first, in the order a picker lists them. */
export const CATALOGUE: readonly CatalogueEntry[] = CATALOGUE_ENTRIES;

const byCategory = new Map<string, CatalogueEntry>(CATALOGUE.map((e) => [e.category, e]));
const byKpi = new Map<string, KpiDefinition>(KPIS.map((k) => [k.id, k]));
const byObjective = new Map<string, ObjectiveDefinition>(OBJECTIVES.map((o) => [o.id, o]));
const byStage = new Map<string, StageDefinition>(AARRR_STAGES.map((s) => [s.id, s]));

export function isCategory(category: string): category is Category {
  return byCategory.has(category);
}

/** The catalogue entry of a channel's category; null for 'custom' and anything unknown. */
export function catalogueEntry(category: string): CatalogueEntry | null {
  return byCategory.get(category) ?? null;
}

/** The categories of one family, in catalogue order. */
export function categoriesOf(family: Family): Category[] {
  return CATALOGUE.filter((e) => e.family === family).map((e) => e.category);
}

export function kpiDefinition(id: string): KpiDefinition | null {
  return byKpi.get(id) ?? null;
}

export function objectiveDefinition(id: string): ObjectiveDefinition | null {
  return byObjective.get(id) ?? null;
}

export function stageDefinition(stage: AarrrStage): StageDefinition {
  const found = byStage.get(stage);
  if (!found) throw new RangeError(`Unknown AARRR stage: ${stage}`);
  return found;
}

/**
 * What a new channel of this category starts with: the catalogue's defaults and its first
 * suggested KPI. Null outside the catalogue, where the user fills every field.
 */
export function channelDefaults(category: string): {
  family: Family;
  poe: PaidOwnedEarned;
  costModel: CostModel;
  stage: AarrrStage;
  kpi: KpiId | null;
} | null {
  const entry = catalogueEntry(category);
  if (!entry) return null;
  return {
    family: entry.family,
    poe: entry.poe,
    // A copy: channels are edited, the catalogue must not be.
    costModel: { ...entry.costModel },
    stage: entry.stage,
    kpi: entry.kpis[0] ?? null,
  };
}
