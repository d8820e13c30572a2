// Plan management for the views: the live list of plans, the open plan and its channels,
// and the user's actions on plans. Failures come back as messages in the user's language,
// shown as toasts; nothing the user typed is thrown away on failure.
import {
  PlanShiftRepository,
  type PlanSnapshot,
  type PlansRepository,
  type StorageError,
  type StorageResult,
} from '../db';
import type { ChannelBudget } from '../domain/budget';
import { addMonths, monthAtTime, type Month } from '../domain/months';
import type { Channel, Plan } from '../domain/plan';
import { LiveQuery } from './live-query.svelte';
import { planLocaleDefault } from '../domain/plan-locale-default';
import type { Settings } from './settings.svelte';
import type { Toasts } from './toasts.svelte';
import type { Translator } from './i18n.svelte';
import type { AppState } from './app-state.svelte';

export interface Environment {
  now: () => number;
  newId: () => string;
  /** The browser's preferred languages (navigator.languages): a new plan's locale and currency. */
  languages?: () => readonly string[];
}

export type PlanDraft = Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'scenarioOf'>;

export class PlanWorkspace {
  readonly #repo: PlansRepository;
  readonly #settings: Settings;
  readonly #toasts: Toasts;
  readonly #i18n: Translator;
  readonly #env: Environment;

  readonly plans: LiveQuery<Plan[]>;
  readonly channels: LiveQuery<Channel[]>;

  /** The open plan: the one chosen in settings, else the most recently changed one. */
  readonly current: Plan | null = $derived.by(() => {
    const plans = this.plans.current ?? [];
    return plans.find((p) => p.id === this.#settings.currentPlanId) ?? plans[0] ?? null;
  });
  /**
   * Its id alone: every write to the plan record (an import's updatedAt) makes a new
   * `current` object, and the channels query must not start over for it (it would read
   * every channel a second time, alongside its own re-run).
   */
  readonly #currentId: string | undefined = $derived(this.current?.id);

  constructor(
    repo: PlansRepository,
    settings: Settings,
    toasts: Toasts,
    i18n: Translator,
    env: Environment,
  ) {
    this.#repo = repo;
    this.#settings = settings;
    this.#toasts = toasts;
    this.#i18n = i18n;
    this.#env = env;
    this.plans = new LiveQuery(() => () => repo.list());
    this.channels = new LiveQuery(() => {
      const id = this.#currentId;
      return id === undefined ? null : () => repo.channelsOf(id);
    });
  }

  /** A first visit: there is no database yet, so no plan to wait for. */
  assumeNoPlans(): void {
    this.plans.assume([]);
  }

  /** True once we know there are no plans at all: the first-visit screen. */
  get isEmpty(): boolean {
    return this.plans.current !== undefined && this.plans.current.length === 0;
  }

  #fail(error: StorageError): null {
    this.#toasts.show(this.#i18n.storageMessage(error), { kind: 'error' });
    return null;
  }

  async #open<T extends Plan>(result: StorageResult<T | null>): Promise<T | null> {
    if (!result.ok) return this.#fail(result.error);
    if (result.value) await this.#settings.setCurrentPlan(result.value.id);
    return result.value;
  }

  thisMonth(): Month {
    return monthAtTime(this.#env.now());
  }

  async createDemo(): Promise<Plan | null> {
    // Fetched on the click: most visits never open the demo (it stays out of the first load).
    const [{ demoPlan }, { demoBudgets }] = await Promise.all([
      import('../domain/demo-plan'),
      import('../domain/demo-budget'),
    ]);
    const month = this.thisMonth();
    const january = addMonths(month, 1 - Number(month.slice(5, 7)));
    const { plan, channels } = demoPlan({
      language: this.#i18n.language,
      planId: this.#env.newId(),
      newId: this.#env.newId,
      now: this.#env.now(),
      firstMonth: january,
      languages: this.#env.languages?.(),
    });
    const budgets = demoBudgets(plan, channels, month);
    return this.#open(await this.#repo.create({ plan, channels, budgets }));
  }

  async createEmpty(name = this.#i18n.t('plans.defaultName')): Promise<Plan | null> {
    const now = this.#env.now();
    const { locale, currency } = planLocaleDefault(
      this.#env.languages?.() ?? [],
      this.#i18n.language,
    );
    const plan: Plan = {
      id: this.#env.newId(),
      name,
      currency,
      locale,
      firstMonth: this.thisMonth(),
      monthCount: 12,
      targetBudget: null,
      scenarioOf: null,
      createdAt: now,
      updatedAt: now,
    };
    const created = await this.#open(await this.#repo.create({ plan, channels: [], budgets: [] }));
    if (created) this.#toasts.show(this.#i18n.t('plans.created', { name: created.name }));
    return created;
  }

  open(id: string): Promise<unknown> {
    return this.#settings.setCurrentPlan(id);
  }

  /** Saves plan settings; on failure the caller keeps its draft on screen. */
  async update(id: string, draft: Partial<PlanDraft>): Promise<boolean> {
    const result = await this.#repo.update(id, draft);
    if (!result.ok) return this.#fail(result.error) ?? false;
    return result.value;
  }

  /** A plan's stored budgets, months outside its window included. Only reads: liveQuery-safe. */
  storedBudgets(planId: string): Promise<ChannelBudget[]> {
    return this.#repo.budgetsOf(planId);
  }

  rename(id: string, name: string): Promise<boolean> {
    return this.update(id, { name: name.trim() });
  }

  /** A copy of a plan; as a scenario, it is named so and remembers its original. */
  async duplicate(plan: Plan, options: { scenario?: boolean } = {}): Promise<Plan | null> {
    const scenario = options.scenario === true;
    const name = this.#i18n.t(scenario ? 'planner.scenarioName' : 'plans.copyName', {
      name: plan.name,
    });
    const copy = await this.#open(
      await this.#repo.duplicate(
        plan.id,
        { id: this.#env.newId(), name, scenarioOf: scenario ? plan.id : null },
        this.#env.newId,
      ),
    );
    if (copy) this.#toasts.show(this.#i18n.t('plans.duplicated', { name: copy.name }));
    return copy;
  }

  /** Deletes at once and offers an undo that puts back the plan and its channels. */
  async remove(plan: Plan): Promise<PlanSnapshot | null> {
    const result = await this.#repo.delete(plan.id);
    if (!result.ok) return this.#fail(result.error);
    const snapshot = result.value;
    if (!snapshot) return null;
    this.#toasts.show(this.#i18n.t('plans.deleted', { name: plan.name }), {
      action: { label: this.#i18n.t('common.undo'), run: () => void this.undoRemove(snapshot) },
    });
    return snapshot;
  }

  async undoRemove(snapshot: PlanSnapshot): Promise<Plan | null> {
    const restored = await this.#open(await this.#repo.restore(snapshot));
    if (restored) this.#toasts.show(this.#i18n.t('plans.restored', { name: restored.name }));
    return restored;
  }

  channelCount(planId: string): Promise<number> {
    return this.#repo.channelsOf(planId).then((c) => c.length);
  }
}

/**
 * Saves plan settings and moves every stored amount of the plan `months` later (earlier when
 * negative), in one transaction that bumps the plan's revision (db/plan-shift.ts). A function
 * of the app state rather than a workspace method: the workspace is given a PlansRepository
 * only, and this write needs the database itself.
 */
export async function updateShifted(
  app: Pick<AppState, 'db' | 'env' | 'toasts' | 'i18n' | 'writes'>,
  planId: string,
  draft: Partial<PlanDraft>,
  months: number,
): Promise<boolean> {
  // Edits still on their way name the old months: they land before the amounts move.
  if (!(await app.writes.flush())) {
    app.toasts.show(app.i18n.t('fixes.window.unsaved'), { kind: 'error' });
    return false;
  }
  const shifts = new PlanShiftRepository(app.db, () => app.env.now());
  const result = await shifts.shiftWindow(planId, draft, months);
  if (!result.ok) {
    app.toasts.show(app.i18n.storageMessage(result.error), { kind: 'error' });
    return false;
  }
  const outcome = result.value;
  if (outcome.status === 'month-out-of-range') {
    app.toasts.show(app.i18n.t('fixes.window.outOfRange', { month: outcome.month }), {
      kind: 'error',
    });
  }
  return outcome.status === 'shifted';
}
