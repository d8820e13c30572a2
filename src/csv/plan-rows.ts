// What the three plan sheets read into: channels by name with their attributes and amounts,
// gathered one record per channel (never one per row), and the checks across rows —
// duplicates, a channel described two ways, totals that do not add up.
import type { BudgetLayer } from '../domain/budget';
import type { Cents } from '../domain/money';
import type { Month } from '../domain/months';
import type { AarrrStage, CostModel, Family, PaidOwnedEarned } from '../domain/plan';
import type { ImportWarning, RowCollector, RowIssue } from './target';
import { textKey } from './text-key';

/** The channel fields a sheet may give; absent means "not in this file". */
export interface ChannelAttributes {
  family?: Family;
  category?: string;
  poe?: PaidOwnedEarned;
  costModel?: CostModel;
  objective?: string | null;
  stage?: AarrrStage | null;
  kpi?: string | null;
}

export interface PlanCell {
  /** The column it was read from, for the report. */
  column: string;
  /** Null in a total row's grand total: all months. */
  month: Month | null;
  layer: BudgetLayer;
  cents: Cents;
}

export interface PlanRow {
  name: string;
  attributes: ChannelAttributes;
  cells: PlanCell[];
}

export type ImportedMonths = Record<string, Partial<Record<BudgetLayer, Cents>>>;

export interface ImportedChannel {
  /** textKey(name): how it is matched with the plan's channels. */
  key: string;
  name: string;
  /** The line of its first row. */
  line: number;
  attributes: ChannelAttributes;
  /** The amounts the file gives; a month or layer missing was not in the file. */
  months: ImportedMonths;
}

/** What a plan sheet import writes, once the user confirms. */
export interface PlanImportBatch {
  kind: 'plan';
  channels: ImportedChannel[];
  /** The layers the file's columns hold: what a replace clears before writing. */
  layers: BudgetLayer[];
}

const CHECKED: readonly (keyof ChannelAttributes)[] = ['family', 'category'];
const ATTRIBUTES: readonly (keyof ChannelAttributes)[] = [
  'family',
  'category',
  'poe',
  'costModel',
  'objective',
  'stage',
  'kpi',
];

interface TotalRow {
  line: number;
  cells: PlanCell[];
}

function sumKey(month: Month | null, layer: BudgetLayer): string {
  return `${month ?? '*'}|${layer}`;
}

/** Rows of the plan sheets → one ImportedChannel per channel, in the order first met. */
export class PlanCollector implements RowCollector<PlanRow, PlanImportBatch> {
  readonly #oneRowPerChannel: boolean;
  readonly #layers: BudgetLayer[];
  readonly #channels = new Map<string, ImportedChannel>();
  readonly #keys = new Map<string, string>();
  readonly #totals: TotalRow[] = [];

  /** oneRowPerChannel: the wide form and the channel list; the long form has a row per month. */
  constructor(oneRowPerChannel: boolean, layers: readonly BudgetLayer[]) {
    this.#oneRowPerChannel = oneRowPerChannel;
    this.#layers = [...layers];
  }

  // Long files repeat each name on many rows: the key is computed once per spelling.
  #keyOf(name: string): string {
    let key = this.#keys.get(name);
    if (key === undefined) {
      key = textKey(name);
      this.#keys.set(name, key);
    }
    return key;
  }

  add(row: PlanRow, line: number): RowIssue[] {
    const key = this.#keyOf(row.name);
    const known = this.#channels.get(key);
    if (known && this.#oneRowPerChannel) {
      return [{ column: 'name', code: 'duplicate-channel', params: { line: known.line } }];
    }
    const channel = known ?? { key, name: row.name, line, attributes: {}, months: {} };
    const issues: RowIssue[] = [];
    for (const field of CHECKED) {
      const given = row.attributes[field];
      const kept = channel.attributes[field];
      if (known && given !== undefined && kept !== undefined && given !== kept) {
        issues.push({ column: field, code: 'inconsistent-channel', params: { line: known.line } });
      }
    }
    for (const cell of row.cells) {
      const month = cell.month ?? '';
      if (channel.months[month]?.[cell.layer] !== undefined) {
        issues.push({ column: cell.column, code: 'duplicate-month', params: { month } });
      }
    }
    if (issues.length > 0) return issues;
    // The first row that gives a field wins; later rows may only repeat it (checked above).
    const adds = (field: keyof ChannelAttributes) =>
      channel.attributes[field] === undefined && row.attributes[field] !== undefined;
    if (!known) channel.attributes = { ...row.attributes };
    else if (ATTRIBUTES.some(adds)) {
      channel.attributes = { ...row.attributes, ...channel.attributes };
    }
    for (const cell of row.cells) {
      const month = cell.month ?? '';
      // Mutated in place: 100 000 rows must not copy a month record per cell.
      let layers = channel.months[month];
      if (!layers) {
        layers = {};
        channel.months[month] = layers;
      }
      layers[cell.layer] = cell.cents;
    }
    if (!known) this.#channels.set(key, channel);
    return [];
  }

  addTotal(row: PlanRow, line: number): void {
    this.#totals.push({ line, cells: row.cells });
  }

  #sums(): Map<string, number> {
    const sums = new Map<string, number>();
    for (const channel of this.#channels.values()) {
      for (const [month, layers] of Object.entries(channel.months)) {
        for (const [layer, cents] of Object.entries(layers)) {
          for (const key of [`${month}|${layer}`, `*|${layer}`]) {
            sums.set(key, (sums.get(key) ?? 0) + cents);
          }
        }
      }
    }
    return sums;
  }

  finish(): { batch: PlanImportBatch; warnings: ImportWarning[] } {
    const sums = this.#totals.length > 0 ? this.#sums() : new Map<string, number>();
    const warnings: ImportWarning[] = [];
    for (const total of this.#totals) {
      for (const cell of total.cells) {
        const found = sums.get(sumKey(cell.month, cell.layer)) ?? 0;
        if (found !== cell.cents) {
          warnings.push({
            line: total.line,
            column: cell.column,
            code: 'total-mismatch',
            expected: cell.cents,
            found,
          });
        }
      }
    }
    const channels = [...this.#channels.values()];
    return { batch: { kind: 'plan', channels, layers: this.#layers }, warnings };
  }
}
