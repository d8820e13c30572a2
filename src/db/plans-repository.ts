// The only writer of plans and their channels. Every write is one transaction, and every
// failure comes back as a StorageError value: the caller keeps its data and says why.
import { err, ok, type Result } from '../domain/result';
import type { Month } from '../domain/months';
import type { ChannelBudget } from '../domain/budget';
import { withoutExampleMark, type Channel, type Plan } from '../domain/plan';
import type { ClvScenario } from '../domain/clv/scenario';
import type { RoiScenario } from '../domain/roi/model';
import type { MixplanDb } from './db';
import type { OrderBatch } from './restore-clv';
import type { ClvSettings } from './restore-clv-settings';
import type { InfluencerSettings } from '../domain/influencers/settings';
import type { StoredInfluencer } from './restore-influencers';
import type { ScoringModel } from '../domain/leads/model';
import type { LeadBatch } from './restore-leads';
import { restoreAll, restoreBudget, restoreChannel, restorePlan } from './restore';
import { isStamp, writesKey, type WriteStamp } from './plan-changes-repository';
import { toStorageError, type StorageError } from './storage-error';

/** Everything a deleted plan needs to come back exactly as it was. */
export interface PlanSnapshot {
  plan: Plan;
  channels: Channel[];
  budgets: ChannelBudget[];
  /** Its saved ROI scenarios: set by delete, so that undo brings them back; absent elsewhere. */
  roiScenarios?: RoiScenario[];
  /** Its imported orders, as stored (batches): set by delete, for undo; absent elsewhere. */
  orderBatches?: OrderBatch[];
  /** Its saved CLV scenarios: set by delete, for undo; absent elsewhere. */
  clvScenarios?: ClvScenario[];
  /** Its RFM rules and segment names (zero or one record): set by delete, for undo. */
  clvSettings?: ClvSettings[];
  /** Its influencer sheet, as stored (with each row's place): set by delete, for undo. */
  influencers?: StoredInfluencer[];
  /** Its influencer sheet settings (zero or one record): set by delete, for undo. */
  influencerSettings?: InfluencerSettings[];
  /** Its leads, as stored (batches): set by delete, for undo; absent elsewhere. */
  leads?: LeadBatch[];
  /** Its scoring model (zero or one record): set by delete, for undo. */
  leadCriteria?: ScoringModel[];
}

export type StorageResult<T> = Result<T, StorageError>;

/**
 * A plan's revision counts the changes that reshape it rather than edit a cell: adding or
 * deleting a channel, an import, a restore, a shift of its months. Each bumps it inside its
 * own transaction, so that any reader can tell its picture of the plan is older.
 */
export function revisionKey(planId: string): string {
  return `revision:${planId}`;
}

export async function bumpRevision(db: MixplanDb, planId: string): Promise<void> {
  const current = await db.meta.get(revisionKey(planId));
  const value = typeof current?.value === 'number' ? current.value + 1 : 1;
  await db.meta.put({ key: revisionKey(planId), value });
}

/** The cheap part of what the planner watches: the plan, its revision, its last batch. */
export interface PlanHead {
  plan: Plan;
  revision: number;
  stamp: WriteStamp | null;
}

/** What the planner watches: the plan's record, its revision, its channels and their cells. */
export interface PlanVersion extends PlanSnapshot {
  revision: number;
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(toStorageError(error));
  }
}

export class PlansRepository {
  readonly #db: MixplanDb;
  readonly #clock: () => { now: number; month: Month };

  /** The clock is injected so that tests and restore stay deterministic. */
  constructor(db: MixplanDb, clock: () => { now: number; month: Month }) {
    this.#db = db;
    this.#clock = clock;
  }

  /** Plans, most recently changed first. Read inside liveQuery, so it must not write. */
  async list(): Promise<Plan[]> {
    const { now, month } = this.#clock();
    const raws = await this.#db.plans.orderBy('updatedAt').reverse().toArray();
    return restoreAll(raws, (raw) => restorePlan(raw, now, month));
  }

  async channelsOf(planId: string): Promise<Channel[]> {
    const raws = await this.#db.channels.where('planId').equals(planId).toArray();
    return restoreAll(raws, restoreChannel).sort((a, b) => a.sortOrder - b.sortOrder);
  }

  /**
   * The plan's record, its revision and its last batch: enough, inside liveQuery, to tell
   * whether anything but this tab's own writes happened since the last full read.
   */
  head(planId: string): Promise<PlanHead | null> {
    return this.#db.transaction('r', [this.#db.plans, this.#db.meta], async () => {
      const { now, month } = this.#clock();
      const plan = restorePlan(await this.#db.plans.get(planId), now, month);
      if (!plan) return null;
      const [revision, stamp] = await this.#db.meta.bulkGet([
        revisionKey(planId),
        writesKey(planId),
      ]);
      return {
        plan,
        revision: typeof revision?.value === 'number' ? revision.value : 0,
        stamp: isStamp(stamp?.value) ? stamp.value : null,
      };
    });
  }

  /**
   * The plan as stored now, read in one transaction: what every open tab observes (inside
   * liveQuery, so it must not write) and merges into what it shows.
   */
  version(planId: string): Promise<PlanVersion | null> {
    return this.#db.transaction('r', [...this.#tables(), this.#db.meta], async () => {
      const { now, month } = this.#clock();
      const plan = restorePlan(await this.#db.plans.get(planId), now, month);
      if (!plan) return null;
      const revision = (await this.#db.meta.get(revisionKey(planId)))?.value;
      return {
        plan,
        revision: typeof revision === 'number' ? revision : 0,
        channels: await this.channelsOf(planId),
        budgets: await this.budgetsOf(planId),
      };
    });
  }

  async budgetsOf(planId: string): Promise<ChannelBudget[]> {
    const raws = await this.#db.budgets.where('planId').equals(planId).toArray();
    return restoreAll(raws, restoreBudget);
  }

  /** A plan with its channels and budgets, read in one transaction (a consistent picture). */
  snapshot(planId: string): Promise<StorageResult<PlanSnapshot | null>> {
    return attempt(() =>
      this.#db.transaction('r', this.#tables(), async () => {
        const { now, month } = this.#clock();
        const plan = restorePlan(await this.#db.plans.get(planId), now, month);
        if (!plan) return null;
        return {
          plan,
          channels: await this.channelsOf(planId),
          budgets: await this.budgetsOf(planId),
        };
      }),
    );
  }

  #tables() {
    return [
      this.#db.plans,
      this.#db.channels,
      this.#db.budgets,
      this.#db.history,
      this.#db.importUndo,
    ];
  }

  /** What a plan's delete takes along besides #tables(), and its undo puts back. */
  #owned() {
    return [
      this.#db.roiScenarios,
      this.#db.orderBatches,
      this.#db.clvScenarios,
      this.#db.clvSettings,
      this.#db.influencers,
      this.#db.influencerSettings,
      this.#db.leads,
      this.#db.leadCriteria,
    ];
  }

  create(snapshot: PlanSnapshot): Promise<StorageResult<Plan>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#tables(), async () => {
        await this.#db.plans.add(snapshot.plan);
        await this.#db.channels.bulkAdd(snapshot.channels);
        await this.#db.budgets.bulkAdd(snapshot.budgets);
        return snapshot.plan;
      }),
    );
  }

  update(
    id: string,
    changes: Partial<Omit<Plan, 'id' | 'createdAt'>>,
  ): Promise<StorageResult<boolean>> {
    return attempt(async () => {
      const updated = await this.#db.plans.update(id, {
        ...changes,
        updatedAt: this.#clock().now,
      });
      return updated === 1;
    });
  }

  /** A copy of a plan and its channels under new ids (used for duplicates and scenarios). */
  duplicate(
    id: string,
    copy: { id: string; name: string; scenarioOf: string | null },
    newId: () => string,
  ): Promise<StorageResult<Plan | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#tables(), async () => {
        const source = await this.#db.plans.get(id);
        if (!source) return null;
        const now = this.#clock().now;
        const plan: Plan = {
          ...withoutExampleMark(source),
          ...copy,
          createdAt: now,
          updatedAt: now,
        };
        const channels = await this.#db.channels.where('planId').equals(id).toArray();
        const budgets = new Map(
          (await this.#db.budgets.where('planId').equals(id).toArray()).map((b) => [
            b.channelId,
            b,
          ]),
        );
        const copies = channels.map((c) => ({ ...c, id: newId(), planId: plan.id }));
        await this.#db.plans.add(plan);
        await this.#db.channels.bulkAdd(copies);
        await this.#db.budgets.bulkAdd(
          copies.map((c, i) => ({
            channelId: c.id,
            planId: plan.id,
            months: budgets.get(channels[i]?.id ?? '')?.months ?? {},
          })),
        );
        return plan;
      }),
    );
  }

  /** Deletes a plan with its channels, scenarios and orders and returns what was deleted, for undo. */
  delete(id: string): Promise<StorageResult<PlanSnapshot | null>> {
    return attempt(() =>
      this.#db.transaction('rw', [...this.#tables(), ...this.#owned()], async () => {
        const plan = await this.#db.plans.get(id);
        if (!plan) return null;
        const channels = await this.#db.channels.where('planId').equals(id).toArray();
        const budgets = await this.#db.budgets.where('planId').equals(id).toArray();
        await this.#db.budgets.where('planId').equals(id).delete();
        await this.#db.channels.where('planId').equals(id).delete();
        // Its undo log goes with it: nothing could be undone in a plan that is gone.
        await this.#db.history.where('planId').equals(id).delete();
        // So are its imports' undo records: they would restore channels into nothing.
        await this.#db.importUndo.where('planId').equals(id).delete();
        const roiScenarios = await this.#db.roiScenarios.where('planId').equals(id).toArray();
        await this.#db.roiScenarios.where('planId').equals(id).delete();
        const orderBatches = await this.#db.orderBatches.where('planId').equals(id).toArray();
        await this.#db.orderBatches.where('planId').equals(id).delete();
        const clvScenarios = await this.#db.clvScenarios.where('planId').equals(id).toArray();
        await this.#db.clvScenarios.where('planId').equals(id).delete();
        const settings = await this.#db.clvSettings.get(id);
        await this.#db.clvSettings.delete(id);
        const influencers = await this.#db.influencers.where('planId').equals(id).toArray();
        await this.#db.influencers.where('planId').equals(id).delete();
        const sheetSettings = await this.#db.influencerSettings.get(id);
        await this.#db.influencerSettings.delete(id);
        const leads = await this.#db.leads.where('planId').equals(id).toArray();
        await this.#db.leads.where('planId').equals(id).delete();
        const model = await this.#db.leadCriteria.get(id);
        await this.#db.leadCriteria.delete(id);
        await this.#db.plans.delete(id);
        const clvSettings = settings ? [settings] : [];
        const influencerSettings = sheetSettings ? [sheetSettings] : [];
        return {
          plan,
          channels,
          budgets,
          roiScenarios,
          orderBatches,
          clvScenarios,
          clvSettings,
          influencers,
          influencerSettings,
          leads,
          leadCriteria: model ? [model] : [],
        };
      }),
    );
  }

  /** Puts a deleted plan back exactly as the snapshot holds it. */
  restore(snapshot: PlanSnapshot): Promise<StorageResult<Plan>> {
    return attempt(() =>
      this.#db.transaction('rw', [...this.#tables(), ...this.#owned()], async () => {
        await this.#db.plans.put(snapshot.plan);
        await this.#db.channels.bulkPut(snapshot.channels);
        await this.#db.budgets.bulkPut(snapshot.budgets);
        await this.#db.roiScenarios.bulkPut(snapshot.roiScenarios ?? []);
        await this.#db.orderBatches.bulkPut(snapshot.orderBatches ?? []);
        await this.#db.clvScenarios.bulkPut(snapshot.clvScenarios ?? []);
        await this.#db.clvSettings.bulkPut(snapshot.clvSettings ?? []);
        await this.#db.influencers.bulkPut(snapshot.influencers ?? []);
        await this.#db.influencerSettings.bulkPut(snapshot.influencerSettings ?? []);
        await this.#db.leads.bulkPut(snapshot.leads ?? []);
        await this.#db.leadCriteria.bulkPut(snapshot.leadCriteria ?? []);
        return snapshot.plan;
      }),
    );
  }
}

/**
 * Adds and deletes the channels of an open plan; their cells and fields are written as
 * changes by PlanChangesRepository.
 */
export class ChannelsRepository {
  readonly #db: MixplanDb;

  constructor(db: MixplanDb) {
    this.#db = db;
  }

  add(channel: Channel, budget: ChannelBudget): Promise<StorageResult<void>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.channels, this.#db.budgets, this.#db.meta, async () => {
        await this.#db.channels.add(channel);
        await this.#db.budgets.put(budget);
        await bumpRevision(this.#db, channel.planId);
      }),
    );
  }

  /** Deletes a channel with its budget; returns both, for undo. */
  delete(
    channelId: string,
  ): Promise<StorageResult<{ channel: Channel; budget: ChannelBudget } | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.channels, this.#db.budgets, this.#db.meta, async () => {
        const channel = await this.#db.channels.get(channelId);
        if (!channel) return null;
        const budget = (await this.#db.budgets.get(channelId)) ?? {
          channelId,
          planId: channel.planId,
          months: {},
        };
        await this.#db.channels.delete(channelId);
        await this.#db.budgets.delete(channelId);
        await bumpRevision(this.#db, channel.planId);
        return { channel, budget };
      }),
    );
  }
}
