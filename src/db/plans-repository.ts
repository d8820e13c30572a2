// The only writer of plans and their channels. Every write is one transaction, and every
// failure comes back as a StorageError value: the caller keeps its data and says why.
import { err, ok, type Result } from '../domain/result';
import type { Month } from '../domain/months';
import type { Channel, Plan } from '../domain/plan';
import type { MixplanDb } from './db';
import { restoreAll, restoreChannel, restorePlan } from './restore';
import { toStorageError, type StorageError } from './storage-error';

/** Everything a deleted plan needs to come back exactly as it was. */
export interface PlanSnapshot {
  plan: Plan;
  channels: Channel[];
}

export type StorageResult<T> = Result<T, StorageError>;

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

  create(snapshot: PlanSnapshot): Promise<StorageResult<Plan>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.plans, this.#db.channels, async () => {
        await this.#db.plans.add(snapshot.plan);
        await this.#db.channels.bulkAdd(snapshot.channels);
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
      this.#db.transaction('rw', this.#db.plans, this.#db.channels, async () => {
        const source = await this.#db.plans.get(id);
        if (!source) return null;
        const now = this.#clock().now;
        const plan: Plan = { ...source, ...copy, createdAt: now, updatedAt: now };
        const channels = await this.#db.channels.where('planId').equals(id).toArray();
        await this.#db.plans.add(plan);
        await this.#db.channels.bulkAdd(
          channels.map((c) => ({ ...c, id: newId(), planId: plan.id })),
        );
        return plan;
      }),
    );
  }

  /** Deletes a plan with its channels and returns what was deleted, for undo. */
  delete(id: string): Promise<StorageResult<PlanSnapshot | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.plans, this.#db.channels, async () => {
        const plan = await this.#db.plans.get(id);
        if (!plan) return null;
        const channels = await this.#db.channels.where('planId').equals(id).toArray();
        await this.#db.channels.where('planId').equals(id).delete();
        await this.#db.plans.delete(id);
        return { plan, channels };
      }),
    );
  }

  /** Puts a deleted plan back exactly as the snapshot holds it. */
  restore(snapshot: PlanSnapshot): Promise<StorageResult<Plan>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.plans, this.#db.channels, async () => {
        await this.#db.plans.put(snapshot.plan);
        await this.#db.channels.bulkPut(snapshot.channels);
        return snapshot.plan;
      }),
    );
  }
}
