// Moving a plan in time: its new settings (first month, length…) saved together with every
// stored amount of the plan shifted by the same number of months, in one read-write
// transaction that also bumps the plan's revision, so that open planners reload both.
import { shiftBudgets } from '../domain/budget-shift';
import type { Month } from '../domain/months';
import type { Plan } from '../domain/plan';
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import { bumpRevision, type StorageResult } from './plans-repository';
import { toStorageError } from './storage-error';

export type PlanShiftOutcome =
  | { status: 'shifted' }
  | { status: 'no-plan' }
  /** A stored month would leave 1000-01 … 9999-12: nothing was written. */
  | { status: 'month-out-of-range'; month: Month };

export class PlanShiftRepository {
  readonly #db: MixplanDb;
  readonly #now: () => number;

  constructor(db: MixplanDb, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  /**
   * Saves `changes` to the plan and moves every month of its stored budgets `months` later
   * (earlier when negative). The records are read and rewritten inside the transaction, from
   * what is stored rather than from a tab's memory, and their other fields are kept. Either
   * all of it is written or none of it.
   */
  shiftWindow(
    planId: string,
    changes: Partial<Omit<Plan, 'id' | 'createdAt' | 'updatedAt'>>,
    months: number,
  ): Promise<StorageResult<PlanShiftOutcome>> {
    const db = this.#db;
    return db
      .transaction(
        'rw',
        [db.plans, db.budgets, db.meta, db.history, db.importUndo],
        async (): Promise<PlanShiftOutcome> => {
          if (!(await db.plans.get(planId))) return { status: 'no-plan' };
          // Records as stored, other fields kept: shiftBudget spreads the record it moves.
          const stored = await db.budgets.where('planId').equals(planId).toArray();
          const shifted = shiftBudgets(stored, months);
          if (!shifted.ok) return { status: 'month-out-of-range', month: shifted.error.month };
          await db.plans.update(planId, { ...changes, updatedAt: this.#now() });
          await db.budgets.bulkPut(shifted.value);
          // Undo steps name months that now hold other amounts: replaying them would write into
          // the wrong months. The shift itself is the new starting point.
          await db.history.where('planId').equals(planId).delete();
          // An import undone after a shift would put back months in their old places.
          await db.importUndo.where('planId').equals(planId).delete();
          await bumpRevision(db, planId);
          return { status: 'shifted' };
        },
      )
      .then(
        (outcome) => ok(outcome),
        (error: unknown) => err(toStorageError(error)),
      );
  }
}
