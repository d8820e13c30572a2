// The ROI screen's working state: the open plan's channels with their planned spend, its saved
// scenarios as the database holds them (observed: other tabs' edits arrive) with this tab's
// edits on top until written (pending-changes.svelte.ts), the scenario on screen, and the user's
// actions on scenarios.
import '../i18n/roi-catalogue';
import { observe, type StorageError } from '../db';
import { RoiScenariosRepository, scenariosOf } from '../db/roi-scenarios-repository';
import type { ChannelBudget } from '../domain/budget';
import type { Plan } from '../domain/plan';
import { err, type Result } from '../domain/result';
import { scenarioFigures, withPlannedSpend } from '../domain/roi/campaign';
import { applyScenarioChange, type ScenarioChange } from '../domain/roi/changes';
import type { RoiScenario } from '../domain/roi/model';
import { scenarioErrors } from '../domain/roi/validation';
import type { AppState } from './app-state.svelte';
import { UnansweredRows } from './unanswered-rows.svelte';
import { PendingChanges, withPending } from './pending-changes.svelte';
import {
  exampleScenario,
  plannedChannels,
  readScenarioFile,
  scenarioFile,
  scenarioFromPlan,
  type ImportFailure,
  type PlannedChannel,
  type ScenarioIds,
} from './roi-scenario-actions';
import { writeSplitPlan } from './roi-split';

export type { ImportFailure, PlannedChannel };

// The scenario chosen on each plan, for the life of the tab: leaving the screen keeps it.
const choices = new WeakMap<AppState, Map<string, string>>();

export class RoiWorkspace {
  readonly #app: AppState;
  readonly #repo: RoiScenariosRepository;
  readonly #memory: Map<string, string>;
  #stored = $state.raw<{ planId: string; list: RoiScenario[] } | undefined>(undefined);
  #budgets = $state.raw<{ planId: string; list: ChannelBudget[] } | undefined>(undefined);
  #readError = $state.raw<StorageError | null>(null);
  readonly #pending: PendingChanges<RoiScenario, ScenarioChange>;
  // Created (or put back) here but not yet in the database's answer, and deleted here while
  // the answer may still hold them: shown as this tab made them until an answer read after.
  readonly #unanswered = new UnansweredRows<RoiScenario>();
  #choice = $state.raw<ReadonlyMap<string, string>>(new Map());

  readonly plan: Plan | null = $derived.by(() => this.#app.workspace.current);
  readonly planId: string | null = $derived.by(() => this.#app.workspace.current?.id ?? null);

  /** The plan's channels with their planned totals inside the plan's window. */
  readonly channels: PlannedChannel[] = $derived.by(() => {
    const plan = this.plan;
    const channels = this.#app.workspace.channels.current;
    if (!plan || !channels) return [];
    const budgets = this.#budgets?.planId === plan.id ? this.#budgets.list : [];
    return plannedChannels(plan, channels, budgets);
  });

  readonly #planned = $derived(new Map(this.channels.map((c) => [c.id, c.plannedCents])));

  /** The plan's scenarios, oldest first, with this tab's edits not yet stored applied. */
  readonly scenarios: RoiScenario[] = $derived.by(() => {
    const planId = this.planId;
    const stored = this.#stored?.planId === planId ? this.#stored.list : [];
    const list = planId === null ? [] : this.#unanswered.over(planId, stored);
    return withPending(list, this.#pending.list, applyScenarioChange);
  });

  /** The chosen scenario as edited (linked lines still hold their last synced spend). */
  readonly selected: RoiScenario | null = $derived.by(() => {
    const id = this.planId === null ? undefined : this.#choice.get(this.planId);
    return this.scenarios.find((s) => s.id === id) ?? this.scenarios[0] ?? null;
  });

  /** The scenario on screen: linked lines read their media spend from the plan. */
  readonly scenario: RoiScenario | null = $derived.by(() => {
    const selected = this.selected;
    return selected && this.withSpend(selected);
  });

  readonly errors = $derived(this.scenario ? scenarioErrors(this.scenario) : []);
  readonly figures = $derived(this.scenario ? scenarioFigures(this.scenario) : null);

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState) {
    this.#app = app;
    this.#repo = new RoiScenariosRepository(app.db, app.env.now);
    this.#pending = new PendingChanges({
      write: (id, change) => this.#repo.apply(id, change),
      canWrite: () => app.storage.writable,
      failed: (error) => this.#showError(error),
    });
    let memory = choices.get(app);
    if (!memory) choices.set(app, (memory = new Map()));
    this.#memory = memory;
    this.#choice = new Map(memory);

    $effect(() => {
      // Observed again once storage is back: the old subscription died with the connection.
      if (!app.storage.writable) return;
      const planId = this.planId;
      if (planId === null) return;
      const fail = (error: StorageError) => (this.#readError = error);
      const stopScenarios = observe(
        () => scenariosOf(app.db, planId),
        (list, readAfter) => this.#receive(planId, list, readAfter),
        fail,
      );
      const stopBudgets = observe(
        () => app.workspace.storedBudgets(planId),
        (list) => (this.#budgets = { planId, list }),
        fail,
      );
      return () => {
        stopScenarios();
        stopBudgets();
      };
    });
    // Before this tab reloads (a new version), its edits reach the disk.
    $effect(() => app.onBeforeReload(() => this.flush()));
    // The shell's leave-page warning counts the planner's writes only: this screen's edits on
    // their way start at once and make leaving the page ask first.
    $effect(() => {
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        void this.flush();
        if (this.#pending.unwritten > 0) event.preventDefault();
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => window.removeEventListener('beforeunload', onBeforeUnload);
    });
  }

  /** A scenario with its linked lines' media spend read from the plan. */
  withSpend(scenario: RoiScenario): RoiScenario {
    const lines = withPlannedSpend(scenario.lines, this.#planned);
    return lines.every((line, i) => line === scenario.lines[i]) ? scenario : { ...scenario, lines };
  }

  /** True until the open plan's scenarios, channels and amounts have been read once. */
  get loading(): boolean {
    const id = this.planId;
    if (id === null || this.#readError) return false;
    return (
      this.#stored?.planId !== id ||
      this.#budgets?.planId !== id ||
      this.#app.workspace.channels.current === undefined
    );
  }

  get readError(): string | null {
    return this.#readError ? this.#app.i18n.storageMessage(this.#readError) : null;
  }

  /** Edits shown on screen but not stored (a write failed); they are sent again with the next. */
  get unsaved(): number {
    return this.#pending.unsaved;
  }

  /** Edits not on disk yet, on their way or held back: leaving the page now would lose them. */
  get unwritten(): number {
    return this.#pending.unwritten;
  }

  select(id: string): void {
    const planId = this.planId;
    if (planId === null) return;
    this.#memory.set(planId, id);
    this.#choice = new Map(this.#choice).set(planId, id);
  }

  /** Shows the change at once and stores it (as a change, applied to the stored record). */
  patch(change: ScenarioChange): void {
    const target = this.selected;
    if (!target) return;
    this.#pending.add(target.id, change, this.#app.env.now());
  }

  /** Sends what is not stored yet; true when nothing is left unwritten. */
  flush(): Promise<boolean> {
    return this.#pending.flush();
  }

  #receive(planId: string, list: RoiScenario[], readAfter: number): void {
    this.#stored = { planId, list };
    this.#readError = null;
    this.#unanswered.received(readAfter);
    this.#pending.received(readAfter);
  }

  #showError(error: StorageError): void {
    this.#app.toasts.show(this.#app.i18n.storageMessage(error), { kind: 'error' });
  }

  #ids(planId: string): ScenarioIds {
    return { planId, newId: this.#app.env.newId, now: this.#app.env.now(), t: this.#app.i18n.t };
  }

  createFromPlan(): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return Promise.resolve(false);
    const { t } = this.#app.i18n;
    const name = t('roi.scenario.defaultName', { n: this.scenarios.length + 1 });
    return this.#create(scenarioFromPlan(this.#ids(planId), this.channels, name), 'created');
  }

  loadExample(): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return Promise.resolve(false);
    return this.#create(exampleScenario(this.#ids(planId)), 'created');
  }

  async #create(
    scenario: RoiScenario,
    said: 'created' | 'imported' | 'restored',
  ): Promise<boolean> {
    const { t } = this.#app.i18n;
    const result =
      said === 'restored' ? await this.#repo.restore(scenario) : await this.#repo.create(scenario);
    if (!result.ok) {
      this.#showError(result.error);
      return false;
    }
    if (result.value === null) {
      this.#app.toasts.show(t('roi.scenario.planGone'), { kind: 'error' });
      return false;
    }
    const stored = result.value;
    this.#unanswered.added([stored]);
    this.select(stored.id);
    this.#app.toasts.show(t(`roi.scenario.${said}`, { name: stored.name }));
    return true;
  }

  rename(name: string): boolean {
    const trimmed = name.trim();
    if (trimmed === '') return false;
    this.patch({ kind: 'scenario', fields: { name: trimmed } });
    return true;
  }

  /** Deletes the scenario on screen, and offers to put it back as it was. */
  async remove(): Promise<boolean> {
    const target = this.selected;
    if (!target) return false;
    // Its edits on their way are stored first, so that undo brings back the latest.
    await this.#pending.send();
    const result = await this.#repo.remove(target.id);
    if (!result.ok) {
      this.#showError(result.error);
      return false;
    }
    this.#pending.forget(target.id);
    this.#unanswered.removed([target.id]);
    const removed = result.value;
    if (!removed) return false;
    const { t } = this.#app.i18n;
    this.#app.toasts.show(t('roi.scenario.deleted', { name: removed.name }), {
      action: { label: t('common.undo'), run: () => void this.#create(removed, 'restored') },
    });
    return true;
  }

  /** The scenario on screen as a CSV file, "<plan> - <scenario>.csv"; null when none. */
  csvFile(): { text: string; name: string } | null {
    const plan = this.plan;
    const scenario = this.scenario;
    if (!plan || !scenario) return null;
    return scenarioFile(plan, scenario, this.channels, this.#app.i18n.language);
  }

  /** Reads a scenario file and stores it as a new scenario; nothing is written on any problem. */
  async importFile(file: Blob): Promise<Result<RoiScenario, ImportFailure | null>> {
    const plan = this.plan;
    if (!plan) return err(null);
    const read = await readScenarioFile(file, plan, this.channels, {
      newId: this.#app.env.newId,
      now: this.#app.env.now(),
    });
    if (!read.ok) return read;
    return (await this.#create(read.value, 'imported')) ? read : err(null);
  }

  /**
   * The allocator's split written as a copy of the plan (never over it), offering to open the
   * copy in the planner; true when written.
   */
  writeSplit(split: readonly { channelId: string; cents: number }[]): Promise<boolean> {
    const plan = this.plan;
    const scenario = this.scenario;
    if (!plan || !scenario) return Promise.resolve(false);
    return writeSplitPlan(this.#app, plan, scenario.name, split);
  }
}
