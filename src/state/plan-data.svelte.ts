// The open plan's channels and budgets for the planner: a live snapshot from the database,
// and the writes the planner makes. A failed write is kept and retried with the next one,
// so that what the user typed reaches the disk as soon as the disk allows it.
import { ChannelsRepository, PlansRepository, type PlanSnapshot, type PlanVersion } from '../db';

export type { PlanSnapshot, PlanVersion };
import { emptyBudget, type ChannelBudget } from '../domain/budget';
import { channelDefaults } from '../domain/catalogue';
import type { Channel, Plan } from '../domain/plan';
import { LiveQuery } from './live-query.svelte';
import type { AppState } from './app-state.svelte';

export class PlanData {
  readonly #app: AppState;
  readonly #channels: ChannelsRepository;
  readonly #plans: PlansRepository;
  /** The open plan's record and revision: when either moves, the planner reloads. */
  readonly version: LiveQuery<PlanVersion | null>;
  #unsavedBudgets = new Map<string, ChannelBudget>();
  #unsavedChannels = new Map<string, Channel>();
  /** True while a write failed and its data waits for the next attempt. */
  unsaved = $state(false);

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState, planId: () => string | null) {
    this.#app = app;
    this.#channels = new ChannelsRepository(app.db);
    const plans = new PlansRepository(app.db, () => ({
      now: app.env.now(),
      month: app.workspace.thisMonth(),
    }));
    this.#plans = plans;
    this.version = new LiveQuery(() => {
      const id = planId();
      return id === null ? null : () => plans.version(id);
    });
  }

  /** The plan with its channels and budgets, read once in one transaction. */
  async load(planId: string): Promise<PlanSnapshot | null> {
    const result = await this.#plans.snapshot(planId);
    if (!result.ok) {
      await this.#app.report(Promise.resolve(result));
      return null;
    }
    return result.value;
  }

  /**
   * Stores the budgets an action changed. A write starts at once when none is under way;
   * edits made while one is are grouped into the next, so typing never queues up writes.
   */
  saveBudgets(budgets: readonly ChannelBudget[]): void {
    for (const budget of budgets) this.#unsavedBudgets.set(budget.channelId, budget);
    this.#scheduleFlush();
  }

  saveChannels(channels: readonly Channel[]): void {
    for (const channel of channels) this.#unsavedChannels.set(channel.id, channel);
    this.#scheduleFlush();
  }

  #writing = false;

  #scheduleFlush(): void {
    this.unsaved = true;
    if (!this.#writing) void this.flush();
  }

  /** Writes what is queued now (also called when the page is hidden or closed). */
  async flush(): Promise<boolean> {
    if (this.#writing) return false;
    const budgets = [...this.#unsavedBudgets.values()];
    const channels = [...this.#unsavedChannels.values()];
    if (budgets.length === 0 && channels.length === 0) return true;
    this.#writing = true;
    const ok =
      (channels.length === 0 || (await this.#app.report(this.#channels.saveChannels(channels)))) &&
      (budgets.length === 0 || (await this.#app.report(this.#channels.saveBudgets(budgets))));
    if (ok) {
      // Only what was written leaves the queue: an edit made meanwhile waits for the next flush.
      for (const b of budgets)
        if (this.#unsavedBudgets.get(b.channelId) === b) this.#unsavedBudgets.delete(b.channelId);
      for (const c of channels)
        if (this.#unsavedChannels.get(c.id) === c) this.#unsavedChannels.delete(c.id);
    }
    this.#writing = false;
    const left = this.#unsavedBudgets.size + this.#unsavedChannels.size;
    this.unsaved = left > 0;
    // Edits made during the write go now; after a failure they wait for the next edit.
    if (ok && left > 0) void this.flush();
    return ok;
  }

  /** A new channel of a catalogue category, with its defaults, at the end of the plan. */
  async addChannel(
    plan: Plan,
    category: string,
    name: string,
    sortOrder: number,
  ): Promise<Channel | null> {
    const defaults = channelDefaults(category);
    const channel: Channel = {
      id: this.#app.env.newId(),
      planId: plan.id,
      name: name.trim(),
      family: defaults?.family ?? 'hors-media',
      category,
      poe: defaults?.poe ?? 'paid',
      costModel: defaults?.costModel ?? { kind: 'fixed' },
      objective: null,
      stage: defaults?.stage ?? null,
      kpi: defaults?.kpi ?? null,
      sortOrder,
    };
    const ok = await this.#app.report(
      this.#channels.add(channel, emptyBudget(plan.id, channel.id)),
    );
    if (!ok) return null;
    this.#app.toasts.show(this.#app.i18n.t('channels.added', { name: channel.name }));
    return channel;
  }

  /** Deletes a channel and its amounts, and offers to put both back. */
  async deleteChannel(channel: Channel): Promise<boolean> {
    // A queued write must not bring the deleted channel's record back.
    this.#unsavedBudgets.delete(channel.id);
    this.#unsavedChannels.delete(channel.id);
    const result = await this.#channels.delete(channel.id);
    if (!result.ok) return this.#app.report(Promise.resolve(result));
    const removed = result.value;
    if (!removed) return false;
    const { t } = this.#app.i18n;
    this.#app.toasts.show(t('channels.deleted', { name: channel.name }), {
      action: {
        label: t('common.undo'),
        run: () => {
          void this.#app
            .report(this.#channels.add(removed.channel, removed.budget))
            .then(
              (ok) => ok && this.#app.toasts.show(t('channels.restored', { name: channel.name })),
            );
        },
      },
    });
    return true;
  }
}
