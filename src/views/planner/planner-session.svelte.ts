// One editing session of the open plan: the budget sheet (every total, kept incrementally),
// one grid model per layer and one for the channels, this tab's undo log across all of them,
// and the changes each action sends to the database. What other tabs write arrives through
// mergeStored, without closing an editor or forgetting the undo log.
import type { PlanSnapshot, PlanVersion } from '../../state/plan-data.svelte';
import type { PlanWrites, TabHistory } from '../../state/plan-writes.svelte';
import {
  BUDGET_LAYERS,
  MAX_CELL_CENTS,
  type BudgetLayer,
  type BudgetMeasure,
  type ChannelBudget,
} from '../../domain/budget';
import { BudgetSheet } from '../../domain/budget-sheet';
import { toCents } from '../../domain/money';
import {
  fieldChange,
  invertChanges,
  sameChannelFields,
  isEmpty,
  patchChannel,
  type CellChange,
  type FieldChange,
  type HistoryEntry,
  type PlanChanges,
} from '../../domain/plan-changes';
import { samePlanSettings, type Channel } from '../../domain/plan';
import type { Language, MessageKey, MessageParams } from '../../i18n';
import type { GridChange } from '../../ui/grid/commands';
import { GridModel } from '../../ui/grid/model';
import type { GridColumn, GridLocale } from '../../ui/grid/types';
import { budgetRows, CHANNEL_FIELDS, channelRow, monthColumns, withField } from './planner-columns';
import { StoredCells } from './session-merge';
import { replay } from './session-replay';
import { TabUndoLog } from './undo-log.svelte';
import { plannerOrder } from '../../domain/channel-order';

type Translate = (key: MessageKey, params?: MessageParams) => string;

// Re-exported: the planner's row order lives in domain, where the CSV exports use it too.
export { plannerOrder };

export interface SessionOptions {
  writes: PlanWrites;
  language: Language;
  t: Translate;
  /** This tab's undo log of the plan, as stored or as a previous session of the plan left it. */
  history: TabHistory;
  now: () => number;
  newId: () => string;
}

export class PlannerSession {
  readonly language: Language;
  /** The plan's revision when this session was built (a shift of its months moves it). */
  readonly revision: number;
  readonly #writes: PlanWrites;
  readonly #t: Translate;
  readonly #now: () => number;
  readonly #newId: () => string;
  /**
   * Replaced (new channels, plan settings) as Svelte state, changed in place otherwise: what
   * reads its figures also reads `version`, or follows the grid models as the totals do.
   */
  sheet: BudgetSheet;
  /** Bumped after every change of the sheet: totals, matrices and charts read it. */
  version = $state(0);
  layer = $state<BudgetMeasure>('planned');
  message = $state<string | null>(null);
  readonly models: Record<BudgetLayer, GridModel>;
  readonly derived: GridModel;
  /** Built when the Channels tab first shows (see channelsModel). */
  #channelsModel: GridModel | null = null;
  readonly #gridLocale: GridLocale;
  readonly #log: TabUndoLog;
  readonly #storedCells = new StoredCells();

  constructor(stored: PlanVersion, options: SessionOptions) {
    this.language = options.language;
    this.revision = stored.revision;
    this.#writes = options.writes;
    this.#t = options.t;
    this.#now = options.now;
    this.#newId = options.newId;
    this.#log = new TabUndoLog(options.history);
    const shown = options.writes.withPending(stored);
    this.sheet = $state.raw(
      new BudgetSheet(shown.plan, plannerOrder(shown.channels), shown.budgets),
    );
    const plan = shown.plan;
    const grid = { locale: plan.locale, decimal: plan.locale === 'fr-FR' ? ',' : '.' } as const;
    const newRowId = () => crypto.randomUUID();
    const t = options.t;
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
    this.#gridLocale = grid;
  }

  /**
   * The channel attributes sheet's model, built the first time the Channels tab shows: its
   * columns carry the catalogue's choice lists, which load with that tab (channel-columns.ts)
   * and stay out of the planner's first load.
   */
  channelsModel(columns: (language: Language, t: Translate) => GridColumn[]): GridModel {
    this.#channelsModel ??= new GridModel({
      columns: columns(this.language, this.#t),
      rows: this.sheet.channels.map(channelRow),
      locale: this.#gridLocale,
      newRowId: () => crypto.randomUUID(),
      onChange: (change) => this.#channelsChanged(change),
    });
    return this.#channelsModel;
  }

  get plan() {
    return this.sheet.plan;
  }

  /** The plan as this tab shows it, unsaved edits included: what "save it again" writes. */
  onScreen(): PlanSnapshot {
    return {
      plan: this.plan,
      channels: [...this.sheet.channels],
      budgets: this.#budgetsNow(),
    };
  }

  /** This tab turned out to share its name with another (a duplicated tab): none of the
   * steps loaded under that name are this tab's to undo. */
  forgetHistory(): void {
    this.#log.forget();
  }

  /** The undo log as it stands, for the next session of the same plan (new settings). */
  get history(): TabHistory {
    return this.#log.history;
  }

  /** How many steps Undo and Redo can take. */
  get historySize(): { undo: number; redo: number } {
    return this.#log.size;
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
    const cells: CellChange[] = [];
    for (const step of change.steps) {
      if (step.kind !== 'cells') continue;
      for (const cell of step.cells) {
        const row = this.sheet.rowOf(cell.rowId);
        const month = this.sheet.months[cell.col];
        if (row < 0 || !month) continue;
        const cents = typeof cell.after === 'number' ? cell.after : 0;
        if (cents > MAX_CELL_CENTS) {
          // The sheet keeps every total exact only below this bound: refuse, as a cell would.
          this.message = this.#t('parse.too-large', { input: String(cents / 100) });
          queueMicrotask(() => this.models[layer].undo());
          return;
        }
        const before = this.sheet.amount(layer, row, cell.col);
        if (before === cents) continue;
        this.sheet.set(layer, row, cell.col, toCents(cents));
        cells.push({ channelId: cell.rowId, month, layer, before, after: toCents(cents) });
      }
    }
    this.#refreshShares(layer);
    this.version += 1;
    // The grid's own undo only takes back a refused value (above): not a step of the log.
    this.#record({ cells, fields: [] }, change.cause === 'do');
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
    const fields: FieldChange[] = [];
    for (const step of change.steps) {
      if (step.kind !== 'cells') continue;
      for (const cell of step.cells) {
        const row = channels.findIndex((c) => c.id === cell.rowId);
        const field = CHANNEL_FIELDS[cell.col];
        const current = channels[row];
        if (!current || !field) continue;
        const next = withField(current, field, cell.after);
        const diff = next && fieldChange(current, next);
        if (!next || !diff) continue;
        channels[row] = next;
        fields.push(diff);
      }
    }
    if (fields.length === 0) return;
    // Tags changed: the sheet regroups its totals; rows keep their place during the session.
    this.#rebuild(channels, this.#budgetsNow());
    this.#record({ cells: [], fields }, change.cause === 'do');
  }

  #budgetsNow(): ChannelBudget[] {
    return this.sheet.channels.map((_, row) => this.sheet.budgetOf(row));
  }

  /** Sends an action to the database; a new action is a step of the undo log. */
  #record(changes: PlanChanges, isNewStep: boolean): void {
    if (isEmpty(changes)) return;
    if (!isNewStep) {
      this.#writes.write(this.plan.id, changes, null);
      return;
    }
    const entry = this.#log.push(
      { id: this.#newId(), planId: this.plan.id, tab: this.#writes.tab, changes },
      this.#now(),
    );
    this.#writes.write(this.plan.id, changes, { kind: 'push', entry });
  }

  /**
   * Undoes this tab's last action, whichever layer or sheet it was on, showing where it
   * happened. Cells another tab has changed since keep their newer value, and a message says so.
   */
  undo(): void {
    const entry = this.#log.takeUndo();
    if (entry) this.#replay(entry.changes, entry, 'undone');
  }

  redo(): void {
    const entry = this.#log.takeRedo();
    if (entry) this.#replay(invertChanges(entry.changes), entry, 'done');
  }

  /** Takes back `made` (the changes as they were made) where they still stand. */
  #replay(made: PlanChanges, entry: HistoryEntry, state: HistoryEntry['state']): void {
    const result = replay(this.sheet, made);
    this.message =
      result.staleCount === 0
        ? null
        : this.#t(isEmpty(result.apply) ? 'sync.undoNothing' : 'sync.undoStale', {
            count: result.staleCount,
          });
    this.#applyHere(result.apply);
    this.#writes.write(this.plan.id, result.apply, { kind: 'mark', id: entry.id, state }, true);
    const first = result.apply.cells[0];
    if (first) {
      if (this.layer !== first.layer) this.showLayer(first.layer);
      const row = this.sheet.rowOf(first.channelId);
      const col = this.sheet.monthIndex(first.month);
      if (row >= 0 && col >= 0) this.models[first.layer].select({ row, col });
    }
  }

  /** Changes that did not come from the grids (undo, redo, another tab) put on screen. */
  #applyHere(changes: PlanChanges): void {
    if (changes.fields.length > 0) {
      const channels = this.sheet.channels.map((c) => patchChannel(c, changes.fields));
      this.#rebuild(channels, this.#budgetsNow());
    }
    const layers = new Set<BudgetLayer>();
    for (const cell of changes.cells) {
      const row = this.sheet.rowOf(cell.channelId);
      const m = this.sheet.monthIndex(cell.month);
      if (row < 0 || m < 0) continue;
      this.sheet.set(cell.layer, row, m, cell.after);
      layers.add(cell.layer);
    }
    if (layers.size === 0) return;
    for (const layer of layers) this.models[layer].load(budgetRows(this.sheet, layer));
    this.#reloadDerived();
    this.version += 1;
  }

  /**
   * What the database holds now (another tab's edit, an import, a channel added or deleted
   * anywhere), merged into the sheet: this tab's unsaved edits stay on top, the open editor
   * stays open, and the undo log is kept.
   */
  mergeStored(stored: PlanVersion): void {
    const shown = this.#writes.withPending(stored);
    if (!samePlanSettings(shown.plan, this.plan)) {
      // A new name or target: same grids, the summary reads the new plan.
      this.sheet = new BudgetSheet(shown.plan, this.sheet.channels, this.#budgetsNow());
      this.version += 1;
    }
    const byId = new Map(shown.channels.map((c) => [c.id, c]));
    const current = this.sheet.channels;
    const sameSet =
      shown.channels.length === current.length && current.every((c) => byId.has(c.id));
    if (!sameSet) {
      this.#rebuild(plannerOrder(shown.channels), shown.budgets);
      return;
    }
    const reordered = current.map((c) => byId.get(c.id) ?? c);
    if (reordered.some((c, row) => !sameChannelFields(current[row] ?? c, c))) {
      this.#rebuild(reordered, shown.budgets);
      return;
    }
    const cells = this.#storedCells.changes(
      this.sheet,
      stored.budgets,
      shown.budgets,
      this.#writes.pendingChannels(this.plan.id),
    );
    this.#applyHere({ cells, fields: [] });
  }

  /** A new sheet for a new list of channels; the grids keep their selection on the same row. */
  #rebuild(channels: readonly Channel[], budgets: readonly ChannelBudget[]): void {
    const before = this.sheet;
    const models = [...Object.values(this.models), this.derived, this.#channelsModel];
    const activeIds = new Map<GridModel, { id: string | undefined; col: number }>(
      models
        .filter((model) => model !== null)
        .map((model) => [
          model,
          { id: before.channels[model.active.row]?.id, col: model.active.col },
        ]),
    );
    this.sheet = new BudgetSheet(before.plan, channels, budgets);
    this.#storedCells.reset();
    for (const layer of BUDGET_LAYERS) this.models[layer].load(budgetRows(this.sheet, layer));
    this.#channelsModel?.load(this.sheet.channels.map(channelRow));
    this.#reloadDerived();
    for (const [model, { id, col }] of activeIds) {
      const row = id === undefined ? -1 : this.sheet.rowOf(id);
      if (row >= 0 && (row !== model.active.row || col !== model.active.col))
        model.select({ row, col });
    }
    this.version += 1;
  }

  #reloadDerived(): void {
    const layer = this.layer;
    this.derived.load(budgetRows(this.sheet, layer === 'variance' ? 'variance' : 'available'));
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
