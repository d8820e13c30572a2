// The plan in long form, the shape pivot tables want: one row per channel and month with
// the three layers side by side (plan; channel; family; category; month; planned;
// committed; actual). A channel's rows gather into one record with all its months.
import { BUDGET_LAYERS, monthAmounts, type BudgetLayer } from '../domain/budget';
import { toCents } from '../domain/money';
import { monthRange } from '../domain/months';
import {
  CATEGORY_COLUMN,
  FAMILY_COLUMN,
  NAME_COLUMN,
  headerText,
  totalKind,
  readFamilyAndCategory,
  readName,
} from './plan-columns';
import { categoryLabel, familyLabel, plannerRowOrder } from './labels';
import { PlanCollector, type PlanCell, type PlanImportBatch, type PlanRow } from './plan-rows';
import type { ColumnSpec, CsvTarget, ReadOptions, RowReader } from './target';
import { moneyCell, type CsvCell } from './write';

const PLAN_COLUMN = {
  key: 'plan',
  type: 'text',
  required: false,
  header: { fr: 'Plan', en: 'Plan' },
  synonyms: ['nom du plan', 'plan name', 'scénario', 'scenario'],
} as const satisfies ColumnSpec<'text'>;

const MONTH_COLUMN = {
  key: 'month',
  type: 'month',
  required: false,
  header: { fr: 'Mois', en: 'Month' },
  synonyms: ['période', 'date', 'mois de dépense', 'period'],
} as const satisfies ColumnSpec<'month'>;

export const LAYER_COLUMNS: Record<BudgetLayer, ColumnSpec<'amount'>> = {
  planned: {
    key: 'planned',
    type: 'amount',
    required: false,
    header: { fr: 'Prévu', en: 'Planned' },
    synonyms: ['budget', 'budget prévu', 'prévisionnel', 'montant prévu', 'budgeted', 'forecast'],
  },
  committed: {
    key: 'committed',
    type: 'amount',
    required: false,
    header: { fr: 'Engagé', en: 'Committed' },
    synonyms: ['engagements', 'montant engagé', 'commandé', 'commitments', 'ordered'],
  },
  actual: {
    key: 'actual',
    type: 'amount',
    required: false,
    header: { fr: 'Réalisé', en: 'Actual' },
    synonyms: ['réel', 'dépensé', 'facturé', 'montant réalisé', 'actuals', 'spent', 'spend'],
  },
};

function layerCells(
  reader: RowReader,
  month: PlanCell['month'],
  type: 'amount' | 'total',
): PlanCell[] {
  const cells: PlanCell[] = [];
  for (const layer of BUDGET_LAYERS) {
    const cents = reader.read(layer, type);
    if (cents !== null) cells.push({ column: layer, month, layer, cents });
  }
  return cells;
}

function readLongRow(reader: RowReader, _options: ReadOptions) {
  const month = reader.read('month', 'month');
  const kind = totalKind(reader.raw('name'));
  // A total row's cells are sums: they may exceed what one cell may hold.
  const cells = layerCells(reader, month, kind ? 'total' : 'amount');
  if (kind) {
    // A family subtotal is a partial sum: recognised and left out, not checked.
    const checked = kind === 'total' ? cells : [];
    return { kind: 'total' as const, row: { name: '', attributes: {}, cells: checked } };
  }
  const name = readName(reader);
  const attributes = readFamilyAndCategory(reader);
  // A row without a month may only name a channel; amounts need their month.
  if (month === null && cells.length > 0 && reader.raw('month').trim() === '') {
    reader.fail({ column: 'month', code: 'month-required' });
  }
  return name === null ? null : { kind: 'data' as const, row: { name, attributes, cells } };
}

export const planLongTarget: CsvTarget<PlanRow, PlanImportBatch> = {
  id: 'plan-long',
  hasLayer: false,
  hasDates: true,
  columns: [
    PLAN_COLUMN,
    NAME_COLUMN,
    FAMILY_COLUMN,
    CATEGORY_COLUMN,
    MONTH_COLUMN,
    LAYER_COLUMNS.planned,
    LAYER_COLUMNS.committed,
    LAYER_COLUMNS.actual,
  ],
  readRow: readLongRow,
  collector: (_options, mapped) =>
    new PlanCollector(
      false,
      BUDGET_LAYERS.filter((layer) => mapped.has(layer)),
    ),
  write(source, options): CsvCell[][] {
    const { plan } = source;
    const language = options.language;
    // The planner's row order, not the database's: see plannerRowOrder.
    const channels = plannerRowOrder(source.channels);
    const months = monthRange(plan.firstMonth, plan.monthCount);
    const budgets = new Map(source.budgets.map((b) => [b.channelId, b]));
    const money = (cents: number) => moneyCell(toCents(cents), options.numberStyle);
    const header: CsvCell[] = planLongTarget.columns.map((column) => headerText(column, language));
    const rows: CsvCell[][] = [header];
    for (const channel of channels) {
      const budget = budgets.get(channel.id);
      for (const month of months) {
        const amounts = budget ? monthAmounts(budget, month) : null;
        rows.push([
          plan.name,
          channel.name,
          familyLabel(channel.family, language),
          categoryLabel(channel.category, language),
          // ISO in every style: unambiguous, and sorted right by a pivot table.
          month,
          ...BUDGET_LAYERS.map((layer) => money(amounts?.[layer] ?? 0)),
        ]);
      }
    }
    return rows;
  },
};
