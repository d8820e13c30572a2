// The CLV screen's working state: the open plan's saved CLV scenarios as the database holds
// them (observed: other tabs' edits arrive), this tab's edits applied on top at once and written
// in order as change messages, the scenario on screen, and create / rename / delete.
import '../i18n/clv-catalogue';
import { observe, type StorageError } from '../db';
import { ClvScenariosRepository, clvScenariosOf } from '../db/clv-scenarios-repository';
import type { ChannelBudget } from '../domain/budget';
import { inputsWithCac, scenarioCac, type ScenarioCac } from '../domain/clv/cac';
import { WORKED_EXAMPLE_INPUTS } from '../domain/clv/clv-example';
import type { ClvInputs } from '../domain/clv/model';
import { applyClvChange, type ClvChange, type ClvScenario } from '../domain/clv/scenario';
import { toCents } from '../domain/money';
import type { Plan } from '../domain/plan';
import type { AppState } from './app-state.svelte';
import { UnansweredRows } from './unanswered-rows.svelte';
import { PendingChanges, withPending } from './pending-changes.svelte';
import { plannedChannels, type PlannedChannel } from './roi-scenario-actions';

/** What a blank scenario starts from: the example's rates, no money typed yet. */
const BLANK_INPUTS: Readonly<ClvInputs> = {
  ...WORKED_EXAMPLE_INPUTS,
  averageBasket: toCents(0),
  purchasesPerYear: 1,
  cac: toCents(0),
};

// The scenario chosen on each plan, for the life of the tab: leaving the screen keeps it.
const choices = new WeakMap<AppState, Map<string, string>>();

export class ClvWorkspace {
  readonly #app: AppState;
  readonly #repo: ClvScenariosRepository;
  readonly #memory: Map<string, string>;
  #stored = $state.raw<{ planId: string; list: ClvScenario[] } | undefined>(undefined);
  #readError = $state.raw<StorageError | null>(null);
  #budgets = $state.raw<{ planId: string; list: ChannelBudget[] } | undefined>(undefined);
  // Created (or put back) here but not yet in the database's answer, and deleted here while
  // the answer may still hold them: shown as this tab made them until an answer read after.
  readonly #unanswered = new UnansweredRows<ClvScenario>();
  #choice = $state.raw<ReadonlyMap<string, string>>(new Map());
  // This tab's edits on their way: shown at once, written in the order typed, kept on screen
  // (and counted) when a write fails, until the database's answer holds them.
  readonly #pending: PendingChanges<ClvScenario, ClvChange>;

  readonly plan: Plan | null = $derived.by(() => this.#app.workspace.current);
  readonly planId: string | null = $derived.by(() => this.#app.workspace.current?.id ?? null);

  /**
   * The plan's channels with their planned spend over the plan's months (the ROI screen's
   * source): a scenario's CAC may be one channel's spend ÷ the customers it acquired.
   */
  readonly channels: PlannedChannel[] = $derived.by(() => {
    const plan = this.plan;
    const channels = this.#app.workspace.channels.current;
    if (!plan || !channels) return [];
    const budgets = this.#budgets?.planId === plan.id ? this.#budgets.list : [];
    return plannedChannels(plan, channels, budgets);
  });

  /** The plan's scenarios, oldest first, with this tab's edits on top. */
  readonly scenarios: ClvScenario[] = $derived.by(() => {
    const planId = this.planId;
    const stored = this.#stored?.planId === planId ? this.#stored.list : [];
    const list = planId === null ? [] : this.#unanswered.over(planId, stored);
    return withPending(list, this.#pending.list, applyClvChange);
  });

  readonly scenario: ClvScenario | null = $derived.by(() => {
    const id = this.planId === null ? undefined : this.#choice.get(this.planId);
    return this.scenarios.find((s) => s.id === id) ?? this.scenarios[0] ?? null;
  });

  /** The scenarios as the simulator computes them: each with the CAC it uses. */
  readonly resolved: ClvScenario[] = $derived.by(() =>
    this.scenarios.map((s) => {
      const inputs = inputsWithCac(s.inputs, this.cacOf(s));
      return inputs === s.inputs ? s : { ...s, inputs };
    }),
  );

  /** The CAC a scenario uses: typed, or its channel's spend ÷ customers (or why not). */
  cacOf(scenario: ClvScenario): ScenarioCac {
    return scenarioCac(scenario, this.channels);
  }

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState) {
    this.#app = app;
    this.#repo = new ClvScenariosRepository(app.db, app.env.now);
    this.#pending = new PendingChanges({
      write: (id, change) => this.#repo.apply(id, change),
      canWrite: () => app.storage.writable,
      failed: (error) => app.toasts.show(app.i18n.storageMessage(error), { kind: 'error' }),
    });
    let memory = choices.get(app);
    if (!memory) choices.set(app, (memory = new Map()));
    this.#memory = memory;
    this.#choice = new Map(memory);

    $effect(() => {
      if (!app.storage.writable) return;
      const planId = this.planId;
      if (planId === null) return;
      const fail = (error: StorageError) => (this.#readError = error);
      const stopScenarios = observe(
        () => clvScenariosOf(app.db, planId),
        (list, readAfter) => this.#receive(planId, list, readAfter),
        fail,
      );
      // Observed, so that a CAC taken from a channel follows the plan's budget as it is edited.
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
    // Before this tab reloads (a new version), its edits reach the disk; leaving the page
    // while some are on their way asks first (the shell counts the planner's writes only).
    $effect(() => app.onBeforeReload(() => this.flush()));
    $effect(() => {
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        void this.flush();
        if (this.#pending.unwritten > 0) event.preventDefault();
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => window.removeEventListener('beforeunload', onBeforeUnload);
    });
  }

  get loading(): boolean {
    const id = this.planId;
    if (id === null || this.#readError !== null) return false;
    // The channels and budgets too: a CAC taken from a channel must not flash "channel gone".
    return (
      this.#stored?.planId !== id ||
      this.#budgets?.planId !== id ||
      this.#app.workspace.channels.current === undefined
    );
  }

  get readError(): string | null {
    return this.#readError ? this.#app.i18n.storageMessage(this.#readError) : null;
  }

  /** Edits shown on screen whose write failed (they stay, and are sent again). */
  get unsaved(): number {
    return this.#pending.unsaved;
  }

  /** Edits not on disk yet: waiting, on their way, or held back by a failed write. */
  get unwritten(): number {
    return this.#pending.unwritten;
  }

  /** Sends what is not stored yet; true when nothing is left unwritten. */
  flush(): Promise<boolean> {
    return this.#pending.flush();
  }

  select(id: string): void {
    const planId = this.planId;
    if (planId === null) return;
    this.#memory.set(planId, id);
    this.#choice = new Map(this.#choice).set(planId, id);
  }

  /** Shows the change at once, then stores it as a change applied to the stored record. */
  change(change: ClvChange): void {
    const target = this.scenario;
    if (!target) return;
    const now = this.#app.env.now();
    if (applyClvChange(target, change, now) === target) return;
    this.#pending.add(target.id, change, now);
  }

  setInputs(fields: Partial<ClvInputs>): void {
    this.change({ kind: 'inputs', fields });
  }

  rename(name: string): boolean {
    const trimmed = name.trim();
    if (trimmed === '') return false;
    this.change({ kind: 'fields', fields: { name: trimmed } });
    return true;
  }

  /** Waits for the edits on their way (tests, and delete before its undo copy is read). */
  settled(): Promise<unknown> {
    return this.#pending.send();
  }

  createBlank(): Promise<boolean> {
    const { t } = this.#app.i18n;
    const n = this.scenarios.length + 1;
    return this.#create({ ...BLANK_INPUTS }, t('clv.scenario.defaultName', { n }));
  }

  loadExample(): Promise<boolean> {
    return this.#create({ ...WORKED_EXAMPLE_INPUTS }, this.#app.i18n.t('clv.scenario.exampleName'));
  }

  /**
   * The given inputs into the scenario on screen, or into a new scenario (named for the
   * orders) when the plan has none: the orders' figures reach the simulator in one click.
   */
  async useInputs(fields: Partial<ClvInputs>): Promise<boolean> {
    if (this.scenario) {
      this.setInputs(fields);
      return true;
    }
    return this.#create(
      { ...BLANK_INPUTS, ...fields },
      this.#app.i18n.t('clv.scenario.fromOrders'),
    );
  }

  #create(inputs: ClvInputs, name: string): Promise<boolean> {
    const planId = this.planId;
    if (planId === null) return Promise.resolve(false);
    const now = this.#app.env.now();
    return this.#store(
      {
        id: this.#app.env.newId(),
        planId,
        name,
        inputs,
        convention: 'first-margin-up-front',
        cacChannelId: null,
        cacCustomers: null,
        createdAt: now,
        updatedAt: now,
      },
      'created',
    );
  }

  async #store(scenario: ClvScenario, said: 'created' | 'restored'): Promise<boolean> {
    const { t } = this.#app.i18n;
    const result =
      said === 'restored' ? await this.#repo.restore(scenario) : await this.#repo.create(scenario);
    if (!result.ok) {
      this.#app.toasts.show(this.#app.i18n.storageMessage(result.error), { kind: 'error' });
      return false;
    }
    if (result.value === null) {
      this.#app.toasts.show(t('clv.scenario.planGone'), { kind: 'error' });
      return false;
    }
    const stored = result.value;
    this.#unanswered.added([stored]);
    this.select(stored.id);
    this.#app.toasts.show(t(`clv.scenario.${said}`, { name: stored.name }));
    return true;
  }

  /** Deletes the scenario on screen, and offers to put it back as it was. */
  async remove(): Promise<boolean> {
    const target = this.scenario;
    if (!target) return false;
    await this.#pending.send();
    const result = await this.#repo.remove(target.id);
    if (!result.ok) {
      this.#app.toasts.show(this.#app.i18n.storageMessage(result.error), { kind: 'error' });
      return false;
    }
    this.#unanswered.removed([target.id]);
    this.#pending.forget(target.id);
    const removed = result.value;
    if (!removed) return false;
    const { t } = this.#app.i18n;
    this.#app.toasts.show(t('clv.scenario.deleted', { name: removed.name }), {
      action: { label: t('common.undo'), run: () => void this.#store(removed, 'restored') },
    });
    return true;
  }

  #receive(planId: string, list: ClvScenario[], readAfter: number): void {
    this.#stored = { planId, list };
    this.#readError = null;
    this.#unanswered.received(readAfter);
    this.#pending.received(readAfter);
  }
}
