// The open plan for the planner: what the database holds now (observed, so that another
// tab's edits, an import or a restore arrive within a second), and channel add / delete.
// Cell and field edits go through the app's PlanWrites, which outlives the screen.
import { ChannelsRepository, PlansRepository, type PlanSnapshot, type PlanVersion } from '../db';
import { emptyBudget } from '../domain/budget';
import { samePlanSettings, type Channel, type Plan } from '../domain/plan';
import type { AppState } from './app-state.svelte';
import { LiveQuery } from './live-query.svelte';
import type { PlanWrites } from './plan-writes.svelte';

export type { TabHistory } from './plan-writes.svelte';
export type { PlanSnapshot, PlanVersion };

export class PlanData {
  readonly #app: AppState;
  readonly #channels: ChannelsRepository;
  readonly #plans: PlansRepository;
  /** The open plan as stored, with its channels and cells; null when it does not exist. */
  readonly version: LiveQuery<PlanVersion | null>;

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
      // Observed again once storage is back: the old subscription died with the connection.
      if (!app.storage.writable) return null;
      const id = planId();
      if (id === null) return null;
      let last: PlanVersion | null = null;
      return async () => {
        // After this tab's own writes, the plan holds what the tab shows: answer with the
        // same picture (nothing re-renders) instead of reading 200 channels back.
        const head = await plans.head(id);
        const writes = app.writes;
        if (head && last && writes.isOwnEcho(id, head) && samePlanSettings(head.plan, last.plan)) {
          writes.markSeen(id, head);
          return last;
        }
        last = await plans.version(id);
        if (head && last) writes.markSeen(id, { ...head, revision: last.revision });
        return last;
      };
    });
  }

  /** Where this tab's edits go: kept by the app, so that leaving the planner loses none. */
  get writes(): PlanWrites {
    return this.#app.writes;
  }

  /** A plan with its channels and budgets, read once in one transaction (to compare with). */
  async load(planId: string): Promise<PlanSnapshot | null> {
    const result = await this.#plans.snapshot(planId);
    if (!result.ok) {
      await this.#app.report(Promise.resolve(result));
      return null;
    }
    return result.value;
  }

  /** A new channel of a catalogue category, with its defaults, at the end of the plan. */
  async addChannel(
    plan: Plan,
    category: string,
    name: string,
    sortOrder: number,
  ): Promise<Channel | null> {
    // The catalogue loads with the forms that offer its categories, not with the planner.
    const { channelDefaults } = await import('../domain/catalogue');
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
    // Queued edits must not bring the deleted channel's record back.
    this.#app.writes.forget(channel.planId, channel.id);
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
