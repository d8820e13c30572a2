// The plan in wide form, as people keep budgets in Excel: one row per channel, one column per
// month, one budget layer per file. A total row or column is recognised, checked against the
// imported cells and never imported as a channel.
import { budgetAmount, type ChannelBudget } from '../domain/budget';
import { toCents } from '../domain/money';
import { formatMonth, monthRange } from '../domain/months';
import { isTotalLabel, readMonthHeader } from './cells';
import {
  CATEGORY_COLUMN,
  FAMILY_COLUMN,
  NAME_COLUMN,
  headerText,
  totalKind,
  localeOf,
  readFamilyAndCategory,
  readName,
} from './plan-columns';
import { categoryLabel, familyLabel, plannerRowOrder } from './labels';
import { PlanCollector, type PlanCell, type PlanImportBatch, type PlanRow } from './plan-rows';
import type { ColumnSpec, CsvTarget, ExtraColumn, ReadOptions, RowReader } from './target';
import { moneyCell, type CsvCell } from './write';

const TOTAL_COLUMN = {
  key: 'total',
  type: 'total',
  required: false,
  header: { fr: 'Total', en: 'Total' },
  synonyms: [],
  matchHeader: isTotalLabel,
} as const satisfies ColumnSpec<'total'>;

const FIXED_KEYS = new Set<string>([
  NAME_COLUMN.key,
  FAMILY_COLUMN.key,
  CATEGORY_COLUMN.key,
  'total',
]);

function monthCells(
  reader: RowReader,
  options: ReadOptions,
  extras: readonly ExtraColumn[],
  type: 'amount' | 'total',
): PlanCell[] {
  const cells: PlanCell[] = [];
  for (const extra of extras) {
    if (!reader.has(extra.key)) continue;
    const cents = reader.read(extra.key, type);
    if (cents === null) continue;
    // Months outside the plan are kept: the report shows the file's period beside the plan's
    // and the user chooses (set the plan's period, extend it, or keep the months inside).
    cells.push({ column: extra.key, month: extra.month, layer: options.layer, cents });
  }
  return cells;
}

function readWideRow(reader: RowReader, options: ReadOptions, extras: readonly ExtraColumn[]) {
  const kind = totalKind(reader.raw('name'));
  // A total row's cells are sums: they may exceed what one cell may hold.
  const cells = monthCells(reader, options, extras, kind ? 'total' : 'amount');
  const total = reader.read('total', 'total');
  if (kind === 'subtotal')
    return { kind: 'total' as const, row: { name: '', attributes: {}, cells: [] } };
  if (kind === 'total') {
    const all =
      total === null ? [] : [{ column: 'total', month: null, layer: options.layer, cents: total }];
    const row: PlanRow = { name: '', attributes: {}, cells: [...cells, ...all] };
    return { kind: 'total' as const, row };
  }
  const name = readName(reader);
  const attributes = readFamilyAndCategory(reader);
  const sum = cells.reduce((s, cell) => s + cell.cents, 0);
  if (total !== null && total !== sum) {
    reader.fail({
      column: 'total',
      code: 'total-mismatch',
      params: { expected: total, found: sum },
    });
  }
  return name === null ? null : { kind: 'data' as const, row: { name, attributes, cells } };
}

export const planWideTarget: CsvTarget<PlanRow, PlanImportBatch> = {
  id: 'plan-wide',
  hasLayer: true,
  hasDates: false,
  columns: [NAME_COLUMN, FAMILY_COLUMN, CATEGORY_COLUMN, TOTAL_COLUMN],
  extraColumn(header) {
    const month = readMonthHeader(header);
    if (month === null) return null;
    return {
      key: month,
      type: 'amount',
      required: false,
      header: { fr: month, en: month },
      synonyms: [],
      month,
    };
  },
  readRow: readWideRow,
  // Any mapped column but the fixed ones is a month of the chosen layer.
  collector: (options, mapped) =>
    new PlanCollector(true, [...mapped].some((key) => !FIXED_KEYS.has(key)) ? [options.layer] : []),
  write(source, options): CsvCell[][] {
    const { plan } = source;
    const { language } = options;
    // The planner's row order, not the database's: see plannerRowOrder.
    const channels = plannerRowOrder(source.channels);
    const months = monthRange(plan.firstMonth, plan.monthCount);
    const money = (cents: number) => moneyCell(toCents(cents), options.numberStyle);
    const budgets = new Map<string, ChannelBudget>(source.budgets.map((b) => [b.channelId, b]));
    const monthTotals = months.map(() => 0);
    const header: CsvCell[] = [
      headerText(NAME_COLUMN, language),
      headerText(FAMILY_COLUMN, language),
      headerText(CATEGORY_COLUMN, language),
      // Machine style keeps ISO months; the locale style writes them as Excel shows them.
      ...months.map((m) =>
        options.numberStyle === 'machine' ? m : formatMonth(m, localeOf(language), 'short'),
      ),
      headerText(TOTAL_COLUMN, language),
    ];
    const rows = channels.map((channel): CsvCell[] => {
      const budget = budgets.get(channel.id);
      const amounts = months.map((m): number =>
        budget ? budgetAmount(budget, m, options.layer) : 0,
      );
      amounts.forEach((cents, i) => (monthTotals[i] = (monthTotals[i] ?? 0) + cents));
      const total = amounts.reduce((s, cents) => s + cents, 0);
      return [
        channel.name,
        familyLabel(channel.family, language),
        categoryLabel(channel.category, language),
        ...amounts.map(money),
        money(total),
      ];
    });
    const grand = monthTotals.reduce((s, cents) => s + cents, 0);
    const totalRow: CsvCell[] = [
      headerText(TOTAL_COLUMN, language),
      null,
      null,
      ...monthTotals.map(money),
      money(grand),
    ];
    return [header, ...rows, totalRow];
  },
};
