// The channel list of a plan: one row per channel with its attributes (family, category,
// paid/owned/earned, cost model, objective, AARRR stage, KPI). Codes are written as the
// planner labels them in the export's language; the import reads the labels of both
// languages and the ids (labels.ts), so the file reads back the same whatever its language.
import {
  CATEGORY_COLUMN,
  FAMILY_COLUMN,
  NAME_COLUMN,
  headerText,
  readFamilyAndCategory,
  readName,
} from './plan-columns';
import {
  categoryLabel,
  costModelLabel,
  familyLabel,
  kpiLabel,
  objectiveLabel,
  plannerRowOrder,
  poeLabel,
  stageLabel,
} from './labels';
import { PlanCollector, type ChannelAttributes, type PlanImportBatch } from './plan-rows';
import type { PlanRow } from './plan-rows';
import type { ColumnSpec, CsvTarget, RowReader } from './target';
import type { CsvCell } from './write';

const POE_COLUMN = {
  key: 'poe',
  type: 'poe',
  required: false,
  header: { fr: 'Payé / possédé / gagné', en: 'Paid / owned / earned' },
  synonyms: ['poe', 'type d’espace', 'paid owned earned', 'payant / propre / gagné'],
} as const satisfies ColumnSpec<'poe'>;

const COST_COLUMN = {
  key: 'costModel',
  type: 'cost-model',
  required: false,
  header: { fr: 'Modèle de coût', en: 'Cost model' },
  synonyms: ['mode d’achat', 'tarification', 'pricing', 'cost'],
} as const satisfies ColumnSpec<'cost-model'>;

const OBJECTIVE_COLUMN = {
  key: 'objective',
  type: 'objective',
  required: false,
  header: { fr: 'Objectif', en: 'Objective' },
  synonyms: ['objectifs', 'goal', 'objectives'],
} as const satisfies ColumnSpec<'objective'>;

const STAGE_COLUMN = {
  key: 'stage',
  type: 'stage',
  required: false,
  header: { fr: 'Étape AARRR', en: 'AARRR stage' },
  synonyms: ['étape', 'aarrr', 'étape du funnel', 'stage', 'funnel stage'],
} as const satisfies ColumnSpec<'stage'>;

const KPI_COLUMN = {
  key: 'kpi',
  type: 'kpi',
  required: false,
  header: { fr: 'KPI', en: 'KPI' },
  synonyms: ['indicateur', 'indicateur clé', 'kpis', 'key indicator'],
} as const satisfies ColumnSpec<'kpi'>;

/** The optional fields: a mapped column with an empty cell clears the field (null). */
function readOptional(reader: RowReader): ChannelAttributes {
  const attributes: ChannelAttributes = {};
  const poe = reader.read('poe', 'poe');
  if (poe !== null) attributes.poe = poe;
  const costModel = reader.read('costModel', 'cost-model');
  if (costModel !== null) attributes.costModel = costModel;
  if (reader.has('objective')) attributes.objective = reader.read('objective', 'objective');
  if (reader.has('stage')) attributes.stage = reader.read('stage', 'stage');
  if (reader.has('kpi')) attributes.kpi = reader.read('kpi', 'kpi');
  return attributes;
}

export const channelsTarget: CsvTarget<PlanRow, PlanImportBatch> = {
  id: 'channels',
  hasLayer: false,
  hasDates: false,
  columns: [
    NAME_COLUMN,
    FAMILY_COLUMN,
    CATEGORY_COLUMN,
    POE_COLUMN,
    COST_COLUMN,
    OBJECTIVE_COLUMN,
    STAGE_COLUMN,
    KPI_COLUMN,
  ],
  readRow(reader) {
    const name = readName(reader);
    const attributes = { ...readFamilyAndCategory(reader), ...readOptional(reader) };
    return name === null ? null : { kind: 'data', row: { name, attributes, cells: [] } };
  },
  collector: () => new PlanCollector(true, []),
  write(source, options): CsvCell[][] {
    const { language } = options;
    const header = channelsTarget.columns.map((c) => headerText(c, language));
    return [
      header,
      // The planner's row order, not the database's: see plannerRowOrder.
      ...plannerRowOrder(source.channels).map((c): CsvCell[] => [
        c.name,
        familyLabel(c.family, language),
        categoryLabel(c.category, language),
        poeLabel(c.poe, language),
        costModelLabel(c.costModel, language),
        objectiveLabel(c.objective, language),
        stageLabel(c.stage, language),
        kpiLabel(c.kpi, language),
      ]),
    ];
  },
};
