// The open plan for the planner: what the database holds now (observed, so that another
// tab's edits, an import or a restore arrive within a second), the edits on their way to it
// (one ChangeQueue per plan), this tab's undo log, and channel add / delete.
import {
  ChannelsRepository,
  PlanChangesRepository,
  PlansRepository,
  type BatchWritten,
  type HistoryOp,
  type PlanSnapshot,
  type PlanVersion,
  type StorageError,
} from '../db';
import { emptyBudget } from '../domain/budget';
import { channelDefaults } from '../domain/catalogue';
import {
  isEmpty,
  patchBudget,
  patchChannel,
  type HistoryEntry,
  type PlanChanges,
} from '../domain/plan-changes';
import type { Channel, Plan } from '../domain/plan';
import type { AppState } from './app-state.svelte';
import { ChangeQueue } from './change-queue.svelte';
import { LiveQuery } from './live-query.svelte';

export type { PlanSnapshot, PlanVersion };

export interface PlanDataOptions {
  /** This tab's name in the undo log (kept across reloads of the tab). */
  tab: string;
  /** False while the database must not be written (lost, or a newer version is open). */
  canWrite?: () => boolean;
}

/** A tab's undo log of one plan: what Ctrl+Z undoes next is last in `undo`. */
export interface TabHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export class PlanData {
  readonly #app: AppState;
  readonly #channels: ChannelsRepository;
  readonly #changes: PlanChangesRepository;
  readonly #canWrite: () => boolean;
  readonly #plans: PlansRepository;
  readonly #queues = new Map<string, ChangeQueue>();
  #queueList = $state.raw<ChangeQueue[]>([]);
  readonly tab: string;
  /** The open plan as stored, with its channels and cells; null when it does not exist. */
  readonly version: LiveQuery<PlanVersion | null>;
  /** Changes deleted channels could not take, for the planner to say so. */
  lastMissing = $state.raw<string[]>([]);

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState, planId: () => string | null, options: PlanDataOptions) {
    this.#app = app;
    this.tab = options.tab;
    this.#canWrite = options.canWrite ?? (() => true);
    this.#channels = new ChannelsRepository(app.db);
    this.#changes = new PlanChangesRepository(app.db, () => app.env.now());
    const plans = new PlansRepository(app.db, () => ({
      now: app.env.now(),
      month: app.workspace.thisMonth(),
    }));
    this.#plans = plans;
    this.version = new LiveQuery(() => {
      // Observed again once storage is back: the old subscription died with the connection.
      if (!app.storage.writable) return null;
      const id = planId();
      return id === null ? null : () => plans.version(id);
    });
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

  #queue(planId: string): ChangeQueue {
    let queue = this.#queues.get(planId);
    if (!queue) {
      queue = new ChangeQueue(planId, {
        write: (batch) => this.#changes.apply(batch),
        canWrite: this.#canWrite,
        written: (result: BatchWritten) => {
          if (result.missingChannels.length > 0) this.lastMissing = result.missingChannels;
        },
      });
      this.#queues.set(planId, queue);
      this.#queueList = [...this.#queues.values()];
    }
    return queue;
  }

  /** Queues what one action changed and its step in the undo log; written at once. */
  write(planId: string, changes: PlanChanges, history: HistoryOp | null): void {
    if (isEmpty(changes) && !history) return;
    this.#queue(planId).push(changes, history);
  }

  isPending(
    planId: string,
    channelId: string,
    month: string,
    layer: 'planned' | 'committed' | 'actual',
  ) {
    return this.#queues.get(planId)?.isPending(channelId, month, layer) ?? false;
  }

  /** The stored plan with this tab's unsaved changes laid over it: what the tab must show. */
  withPending(stored: PlanSnapshot): PlanSnapshot {
    const queue = this.#queues.get(stored.plan.id);
    if (!queue || queue.unsaved === 0) return stored;
    const { cells, fields } = queue.pending();
    const channelIds = new Set(stored.channels.map((c) => c.id));
    const budgetIds = new Set(stored.budgets.map((b) => b.channelId));
    const missing = [...new Set(cells.map((c) => c.channelId))]
      .filter((id) => channelIds.has(id) && !budgetIds.has(id))
      .map((id) => emptyBudget(stored.plan.id, id));
    return {
      plan: stored.plan,
      channels: stored.channels.map((c) => patchChannel(c, fields)),
      budgets: [...stored.budgets, ...missing].map((b) => patchBudget(b, cells)),
    };
  }

  /** This tab's undo log of a plan, as stored. */
  async history(planId: string): Promise<TabHistory> {
    const result = await this.#changes.historyOf(planId, this.tab);
    if (!result.ok) return { undo: [], redo: [] };
    return {
      undo: result.value.filter((e) => e.state === 'done'),
      // The most recently undone is replayed first: last in the list.
      redo: result.value.filter((e) => e.state === 'undone').reverse(),
    };
  }

  /** Changes of every plan not yet on disk. */
  get unsaved(): number {
    return this.#queueList.reduce((sum, q) => sum + q.unsaved, 0);
  }

  /** The error of a write that failed and waits for its retry; null when all is well. */
  get failure(): StorageError | null {
    return this.#queueList.find((q) => q.failure !== null)?.failure ?? null;
  }

  /** Writes what is queued now (also when the page is hidden or closed); true when all is on disk. */
  async flush(): Promise<boolean> {
    const results = await Promise.all([...this.#queues.values()].map((q) => q.flush()));
    return results.every(Boolean);
  }

  retryNow(): Promise<boolean> {
    return Promise.all([...this.#queues.values()].map((q) => q.retryNow())).then((r) =>
      r.every(Boolean),
    );
  }

  dispose(): void {
    for (const queue of this.#queues.values()) queue.dispose();
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
    // Queued edits must not bring the deleted channel's record back.
    this.#queues.get(channel.planId)?.forget(channel.id);
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
