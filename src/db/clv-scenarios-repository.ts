// The only writer of saved CLV scenarios. An edit is a ClvChange applied to the stored record
// inside one transaction (DESIGN "Writes and tabs"), never a tab's copy written over it; every
// record read or written passes through restoreClvScenario.
import { err, ok } from '../domain/result';
import { applyClvChange, type ClvChange, type ClvScenario } from '../domain/clv/scenario';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import { restoreAll } from './restore';
import { restoreClvScenario } from './restore-clv';
import { toStorageError } from './storage-error';

function byCreation(a: ClvScenario, b: ClvScenario): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A plan's scenarios, oldest first. Only reads: safe inside liveQuery. */
export async function clvScenariosOf(db: MixplanDb, planId: string): Promise<ClvScenario[]> {
  const raws = await db.clvScenarios.where('planId').equals(planId).toArray();
  return restoreAll(raws, restoreClvScenario).sort(byCreation);
}

/** A scenario without an id or plan is a caller's bug: said as a storage error, not thrown. */
function storable(scenario: ClvScenario): StorageResult<ClvScenario> {
  const restored = restoreClvScenario(scenario);
  return restored ? ok(restored) : err({ code: 'unknown', detail: 'Not a storable scenario' });
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(toStorageError(error));
  }
}

export class ClvScenariosRepository {
  readonly #db: MixplanDb;
  readonly #clock: () => number;

  /** The clock stamps updatedAt; injected so that tests stay deterministic. */
  constructor(db: MixplanDb, clock: () => number) {
    this.#db = db;
    this.#clock = clock;
  }

  listOf(planId: string): Promise<StorageResult<ClvScenario[]>> {
    return attempt(() => clvScenariosOf(this.#db, planId));
  }

  get(id: string): Promise<StorageResult<ClvScenario | null>> {
    return attempt(async () => restoreClvScenario(await this.#db.clvScenarios.get(id)));
  }

  /**
   * Stores a new scenario as restore would read it back (so that a backup of it is always
   * accepted); null when its plan was deleted meanwhile, in this tab or another. Never
   * overwrites: an id already stored is refused by the database.
   */
  create(scenario: ClvScenario): Promise<StorageResult<ClvScenario | null>> {
    return this.#write(scenario, (record) => this.#db.clvScenarios.add(record));
  }

  /** Puts a removed scenario back (undo); null when its plan is gone. */
  restore(scenario: ClvScenario): Promise<StorageResult<ClvScenario | null>> {
    return this.#write(scenario, (record) => this.#db.clvScenarios.put(record));
  }

  #write(
    scenario: ClvScenario,
    store: (record: ClvScenario) => Promise<unknown>,
  ): Promise<StorageResult<ClvScenario | null>> {
    const record = storable(scenario);
    if (!record.ok) return Promise.resolve(record);
    return attempt(() =>
      this.#db.transaction('rw', this.#db.plans, this.#db.clvScenarios, async () => {
        if ((await this.#db.plans.get(record.value.planId)) === undefined) return null;
        await store(record.value);
        return record.value;
      }),
    );
  }

  /** Deletes a scenario and returns it as it was stored, for undo; null when already gone. */
  remove(id: string): Promise<StorageResult<ClvScenario | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.clvScenarios, async () => {
        const stored = restoreClvScenario(await this.#db.clvScenarios.get(id));
        await this.#db.clvScenarios.delete(id);
        return stored;
      }),
    );
  }

  /**
   * Applies one change to the scenario as stored now, in one transaction: what another tab
   * wrote meanwhile stays. Null when the scenario no longer exists; the stored scenario,
   * unwritten, when the change sets nothing.
   */
  apply(id: string, change: ClvChange): Promise<StorageResult<ClvScenario | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.clvScenarios, async () => {
        const stored = restoreClvScenario(await this.#db.clvScenarios.get(id));
        if (stored === null) return null;
        const changed = applyClvChange(stored, change, this.#clock());
        if (changed === stored) return stored;
        // Through restore again: a change holding NaN (a bug above) is never stored as such.
        const next = restoreClvScenario(changed) ?? stored;
        await this.#db.clvScenarios.put(next);
        return next;
      }),
    );
  }
}
