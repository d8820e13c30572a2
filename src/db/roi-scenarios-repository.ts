// The only writer of saved ROI scenarios. An edit is a ScenarioChange applied to the stored
// record inside one transaction (DESIGN "Writes and tabs"), never a tab's copy written over
// it; every record read or written passes through restoreRoiScenario.
import { err, ok } from '../domain/result';
import { applyScenarioChange, type ScenarioChange } from '../domain/roi/changes';
import type { RoiScenario } from '../domain/roi/model';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import { restoreAll } from './restore';
import { restoreRoiScenario } from './restore-roi';
import { toStorageError } from './storage-error';

function byCreation(a: RoiScenario, b: RoiScenario): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A plan's scenarios, oldest first. Only reads: safe inside liveQuery. */
export async function scenariosOf(db: MixplanDb, planId: string): Promise<RoiScenario[]> {
  const raws = await db.roiScenarios.where('planId').equals(planId).toArray();
  return restoreAll(raws, restoreRoiScenario).sort(byCreation);
}

/** A scenario without an id or plan is a caller's bug: said as a storage error, not thrown. */
function storable(scenario: RoiScenario): StorageResult<RoiScenario> {
  const restored = restoreRoiScenario(scenario);
  return restored ? ok(restored) : err({ code: 'unknown', detail: 'Not a storable scenario' });
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(toStorageError(error));
  }
}

export class RoiScenariosRepository {
  readonly #db: MixplanDb;
  readonly #clock: () => number;

  /** The clock stamps updatedAt; injected so that tests stay deterministic. */
  constructor(db: MixplanDb, clock: () => number) {
    this.#db = db;
    this.#clock = clock;
  }

  listOf(planId: string): Promise<StorageResult<RoiScenario[]>> {
    return attempt(() => scenariosOf(this.#db, planId));
  }

  get(id: string): Promise<StorageResult<RoiScenario | null>> {
    return attempt(async () => restoreRoiScenario(await this.#db.roiScenarios.get(id)));
  }

  /**
   * Stores a new scenario as restore would read it back (so that a backup of it is always
   * accepted); null when its plan was deleted meanwhile, in this tab or another. Never
   * overwrites: an id already stored is refused by the database.
   */
  create(scenario: RoiScenario): Promise<StorageResult<RoiScenario | null>> {
    return this.#write(scenario, (record) => this.#db.roiScenarios.add(record));
  }

  /** Puts a removed scenario back (undo); null when its plan is gone. */
  restore(scenario: RoiScenario): Promise<StorageResult<RoiScenario | null>> {
    return this.#write(scenario, (record) => this.#db.roiScenarios.put(record));
  }

  #write(
    scenario: RoiScenario,
    store: (record: RoiScenario) => Promise<unknown>,
  ): Promise<StorageResult<RoiScenario | null>> {
    const record = storable(scenario);
    if (!record.ok) return Promise.resolve(record);
    return attempt(() =>
      this.#db.transaction('rw', this.#db.plans, this.#db.roiScenarios, async () => {
        if ((await this.#db.plans.get(record.value.planId)) === undefined) return null;
        await store(record.value);
        return record.value;
      }),
    );
  }

  /** Deletes a scenario and returns it as it was stored, for undo; null when already gone. */
  remove(id: string): Promise<StorageResult<RoiScenario | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.roiScenarios, async () => {
        const stored = restoreRoiScenario(await this.#db.roiScenarios.get(id));
        await this.#db.roiScenarios.delete(id);
        return stored;
      }),
    );
  }

  /**
   * Applies one change to the scenario as stored now, in one transaction: what another tab
   * wrote meanwhile stays. Null when the scenario no longer exists; the stored scenario,
   * unwritten, when the change names a line deleted meanwhile.
   */
  apply(id: string, change: ScenarioChange): Promise<StorageResult<RoiScenario | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.roiScenarios, async () => {
        const stored = restoreRoiScenario(await this.#db.roiScenarios.get(id));
        if (stored === null) return null;
        const changed = applyScenarioChange(stored, change, this.#clock());
        if (changed === stored) return stored;
        // Through restore again: a change holding NaN (a bug above) is never stored as such.
        const next = restoreRoiScenario(changed) ?? stored;
        await this.#db.roiScenarios.put(next);
        return next;
      }),
    );
  }
}
