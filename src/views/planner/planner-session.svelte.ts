// One editing session of the open plan: the budget sheet (every total, kept incrementally),
// one grid model per layer and one for the channels, one undo history across all of them,
// and the writes each action sends to the database.
import type { PlanSnapshot } from '../../state/plan-data.svelte';
import {
  BUDGET_LAYERS,
  MAX_CELL_CENTS,
  type BudgetLayer,
  type BudgetMeasure,
} from '../../domain/budget';
import { BudgetSheet } from '../../domain/budget-sheet';
import { CATALOGUE } from '../../domain/catalogue';
import { toCents } from '../../domain/money';
import type { Channel } from '../../domain/plan';
import type { Language, MessageKey, MessageParams } from '../../i18n';
import type { PlanData } from '../../state/plan-data.svelte';
import type { GridChange } from '../../ui/grid/commands';
import { GridModel } from '../../ui/grid/model';
import {
  budgetRows,
  CHANNEL_FIELDS,
  channelColumns,
  channelRow,
  monthColumns,
  withField,
} from './planner-columns';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const CATEGORY_ORDER = new Map<string, number>(
  CATALOGUE.map((entry, index) => [entry.category, index]),
);

/** Media first, then hors-média; inside a family, catalogue order, then the user's order. */
export function plannerOrder(channels: readonly Channel[]): Channel[] {
  const familyRank = (c: Channel) => (c.family === 'media' ? 0 : 1);
  const categoryRank = (c: Channel) => CATEGORY_ORDER.get(c.category) ?? CATALOGUE.length;
  return [...channels].sort(
    (a, b) =>
      familyRank(a) - familyRank(b) ||
      categoryRank(a) - categoryRank(b) ||
      a.sortOrder - b.sortOrder,
  );
}

export class PlannerSession {
  readonly snapshot: PlanSnapshot;
  readonly revision: number;
  readonly epoch: number;
  readonly language: Language;
  readonly #data: PlanData;
  readonly #t: Translate;
  sheet: BudgetSheet;
  /** Bumped after every change of the sheet: totals, matrices and charts read it. */
  version = $state(0);
  layer = $state<BudgetMeasure>('planned');
  message = $state<string | null>(null);
  readonly models: Record<BudgetLayer, GridModel>;
  readonly derived: GridModel;
  readonly channelsModel: GridModel;
  #undo: GridModel[] = [];
  #redo: GridModel[] = [];
  historySize = $state({ undo: 0, redo: 0 });
  #replaying = false;

  constructor(
    snapshot: PlanSnapshot,
    loadedAt: { revision: number; epoch: number },
    data: PlanData,
    language: Language,
    t: Translate,
  ) {
    this.snapshot = snapshot;
    this.revision = loadedAt.revision;
    this.epoch = loadedAt.epoch;
    this.language = language;
    this.#data = data;
    this.#t = t;
    this.sheet = new BudgetSheet(snapshot.plan, plannerOrder(snapshot.channels), snapshot.budgets);
    const grid = {
      locale: snapshot.plan.locale,
      decimal: snapshot.plan.locale === 'fr-FR' ? ',' : '.',
    } as const;
    const newRowId = () => crypto.randomUUID();
    const layerModel = (layer: BudgetLayer) =>
      new GridModel({
        columns: monthColumns(this.sheet, layer, t),
        rows: budgetRows(this.sheet, layer),
        locale: grid,
        newRowId,
        onChange: (change) => this.#budgetChanged(layer, change),
      });
    this.models = {
      planned: layerModel('planned'),
      committed: layerModel('committed'),
      actual: layerModel('actual'),
    };
    this.derived = new GridModel({
      columns: monthColumns(this.sheet, 'available', t),
      rows: budgetRows(this.sheet, 'available'),
      locale: grid,
      newRowId,
    });
    this.channelsModel = new GridModel({
      columns: channelColumns(language, t),
      rows: this.sheet.channels.map(channelRow),
      locale: grid,
      newRowId,
      onChange: (change) => this.#channelsChanged(change),
    });
  }

  get plan() {
    return this.sheet.plan;
  }

  /** The grid of the layer shown; available and variance are computed, read-only. */
  get model(): GridModel {
    const layer = this.layer;
    return layer === 'available' || layer === 'variance' ? this.derived : this.models[layer];
  }

  showLayer(measure: BudgetMeasure): void {
    this.layer = measure;
    if (measure === 'available' || measure === 'variance') {
      this.derived.load(budgetRows(this.sheet, measure));
    }
  }

  #budgetChanged(layer: BudgetLayer, change: GridChange): void {
    const rows = new Set<number>();
    for (const step of change.steps) {
      if (step.kind !== 'cells') continue;
      for (const cell of step.cells) {
        const row = this.sheet.rowOf(cell.rowId);
        if (row < 0 || cell.col >= this.sheet.monthCount) continue;
        const cents = typeof cell.after === 'number' ? cell.after : 0;
        if (cents > MAX_CELL_CENTS) {
          // The sheet keeps every total exact only below this bound: refuse, as a cell would.
          this.message = this.#t('parse.too-large', { input: String(cents / 100) });
          queueMicrotask(() => this.models[layer].undo());
          return;
        }
        this.sheet.set(layer, row, cell.col, toCents(cents));
        rows.add(row);
      }
    }
    this.#recorded(this.models[layer], change);
    this.#refreshShares(layer);
    this.version += 1;
    this.#data.saveBudgets([...rows].map((row) => this.sheet.budgetOf(row)));
  }

  #refreshShares(layer: BudgetLayer): void {
    const col = this.sheet.monthCount;
    this.models[layer].setComputed(
      this.sheet.channels.map((_, row) => ({
        row,
        col,
        value: this.sheet.shareOfTotal(layer, row),
      })),
    );
  }

  #channelsChanged(change: GridChange): void {
    const channels = [...this.sheet.channels];
    const changed = new Map<string, Channel>();
    for (const step of change.steps) {
      if (step.kind !== 'cells') continue;
      for (const cell of step.cells) {
        const row = channels.findIndex((c) => c.id === cell.rowId);
        const field = CHANNEL_FIELDS[cell.col];
        const current = channels[row];
        if (!current || !field) continue;
        const next = withField(current, field, cell.after);
        if (!next) continue;
        channels[row] = next;
        changed.set(next.id, next);
      }
    }
    this.#recorded(this.channelsModel, change);
    if (changed.size === 0) return;
    // Tags changed: the sheet regroups its totals; rows keep their place during the session.
    const budgets = channels.map((_, row) => this.sheet.budgetOf(row));
    this.sheet = new BudgetSheet(this.sheet.plan, channels, budgets);
    channels.forEach((channel, row) => {
      for (const model of [...Object.values(this.models), this.derived, this.channelsModel])
        model.setRowLabel(row, channel.name);
    });
    this.version += 1;
    this.#data.saveChannels([...changed.values()]);
  }

  #recorded(model: GridModel, change: GridChange): void {
    if (change.cause !== 'do' || this.#replaying) return;
    this.#undo.push(model);
    this.#redo = [];
    this.historySize = { undo: this.#undo.length, redo: 0 };
  }

  /** Undoes the last action of any layer or of the channels, showing where it happened. */
  undo(): void {
    const model = this.#undo.pop();
    if (!model) return;
    this.#showModel(model);
    this.#replaying = true;
    model.undo();
    this.#replaying = false;
    this.#redo.push(model);
    this.historySize = { undo: this.#undo.length, redo: this.#redo.length };
  }

  redo(): void {
    const model = this.#redo.pop();
    if (!model) return;
    this.#showModel(model);
    this.#replaying = true;
    model.redo();
    this.#replaying = false;
    this.#undo.push(model);
    this.historySize = { undo: this.#undo.length, redo: this.#redo.length };
  }

  #showModel(model: GridModel): void {
    const layer = BUDGET_LAYERS.find((l) => this.models[l] === model);
    if (layer && this.layer !== layer) this.showLayer(layer);
  }

  /**
   * Undo and redo belong to the whole plan, not to the grid shown: a wrapper catches them
   * before the grid does. True when the key was one of them (the caller stops the event).
   */
  historyKey(event: KeyboardEvent): boolean {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.getAttribute('role') !== 'grid') return false;
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) this.redo();
    else return false;
    return true;
  }

  /** The channel of the active row of the grid shown, for the cost helper and delete. */
  activeChannel(): Channel | null {
    void this.version;
    return this.sheet.channels[this.model.active.row] ?? null;
  }
}
