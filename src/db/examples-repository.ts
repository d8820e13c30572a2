// The only writer of the guided examples: one example's whole workspace written in one
// transaction (all of it or nothing), and "remove the examples" deleting the plans marked as
// one, with everything a plan's delete takes along and their meta keys. Plans without the
// mark (the user's own, copies and scenarios of an example included) are only read.
import type { ExampleWorkspace } from '../domain/examples/types';
import type { Plan } from '../domain/plan';
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import { exampleRecords } from './examples-records';
import { PlansRepository, type StorageResult } from './plans-repository';
import { restoreAll, restorePlan } from './restore';
import { toStorageError, type StorageError } from './storage-error';
import { monthAtTime } from '../domain/months';

/** Thrown inside a transaction to abort it with the storage error a step answered. */
class StepFailed extends Error {
  constructor(readonly error: StorageError) {
    super(error.detail);
  }
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(error instanceof StepFailed ? error.error : toStorageError(error));
  }
}

export class ExamplesRepository {
  readonly #db: MixplanDb;
  readonly #clock: () => number;
  readonly #plans: PlansRepository;

  constructor(db: MixplanDb, clock: () => number) {
    this.#db = db;
    this.#clock = clock;
    this.#plans = new PlansRepository(db, () => {
      const now = clock();
      return { now, month: monthAtTime(now) };
    });
  }

  /** The plans marked as an example, restored. Only reads. */
  async examplePlans(): Promise<Plan[]> {
    const now = this.#clock();
    const plans = restoreAll(await this.#db.plans.toArray(), (raw) =>
      restorePlan(raw, now, monthAtTime(now)),
    );
    return plans.filter((p) => p.example !== undefined);
  }

  /**
   * Writes the example's plan and every record of it in one transaction. Added, never put:
   * a record already stored under one of its ids fails the whole write rather than replace it.
   */
  load(ws: ExampleWorkspace): Promise<StorageResult<Plan>> {
    const db = this.#db;
    const records = exampleRecords(ws, this.#clock());
    const tables = [
      db.plans,
      db.channels,
      db.budgets,
      db.roiScenarios,
      db.clvScenarios,
      db.influencers,
      db.leads,
      db.leadCriteria,
    ];
    return attempt(() =>
      db.transaction('rw', tables, async () => {
        await db.plans.add(records.plan);
        await db.channels.bulkAdd(records.channels);
        await db.budgets.bulkAdd(records.budgets);
        await db.roiScenarios.bulkAdd(records.roiScenarios);
        await db.clvScenarios.bulkAdd(records.clvScenarios);
        await db.influencers.bulkAdd(records.influencers);
        await db.leads.bulkAdd(records.leads);
        await db.leadCriteria.bulkAdd(records.leadCriteria);
        return records.plan;
      }),
    );
  }

  /**
   * Deletes every plan marked as an example, as a plan's delete does (its channels, budgets,
   * scenarios, orders, influencers, leads, undo log), and the meta keys named after it
   * (`revision:<id>`, `writes:<id>`…), all in one transaction. Answers the plans removed.
   */
  removeAll(): Promise<StorageResult<Plan[]>> {
    const db = this.#db;
    return attempt(() =>
      db.transaction('rw', db.tables, async () => {
        const examples = await this.examplePlans();
        for (const plan of examples) {
          const deleted = await this.#plans.delete(plan.id);
          if (!deleted.ok) throw new StepFailed(deleted.error);
          const suffix = `:${plan.id}`;
          await db.meta.filter((record) => record.key.endsWith(suffix)).delete();
        }
        return examples;
      }),
    );
  }
}
