// The one writer of a plan's saved simulations (ROI, CLV), whatever their shape. An edit is a
// change applied to the stored record inside one transaction (DESIGN "Writes and tabs"),
// never a tab's copy written over it; every record read or written passes through the
// table's restore step.
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import { restoreAll } from './restore';
import { toStorageError } from './storage-error';

/** What every saved simulation has. */
export interface StoredScenario {
  id: string;
  planId: string;
  createdAt: number;
}

/** What the store uses of a Dexie table keyed by `id` and indexed by `planId`. */
interface ScenarioTable<R> {
  get(id: string): Promise<R | undefined>;
  add(record: R): Promise<unknown>;
  put(record: R): Promise<unknown>;
  delete(id: string): Promise<void>;
  where(index: 'planId'): { equals(planId: string): { toArray(): Promise<R[]> } };
}

/** How one kind of simulation is stored: its table, its restore step, its change messages. */
export interface ScenarioKind<R extends StoredScenario, C> {
  /** The table's name, for the transactions' scope. */
  tableName: 'roiScenarios' | 'clvScenarios';
  table: (db: MixplanDb) => ScenarioTable<R>;
  restore: (raw: unknown) => R | null;
  apply: (scenario: R, change: C, now: number) => R;
}

function byCreation(a: StoredScenario, b: StoredScenario): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A plan's scenarios of one kind, oldest first. Only reads: safe inside liveQuery. */
export async function storedScenariosOf<R extends StoredScenario, C>(
  db: MixplanDb,
  kind: ScenarioKind<R, C>,
  planId: string,
): Promise<R[]> {
  const raws = await kind.table(db).where('planId').equals(planId).toArray();
  return restoreAll(raws, kind.restore).sort(byCreation);
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(toStorageError(error));
  }
}

export class ScenarioStore<R extends StoredScenario, C> {
  readonly #db: MixplanDb;
  readonly #clock: () => number;
  readonly #kind: ScenarioKind<R, C>;

  /** The clock stamps updatedAt; injected so that tests stay deterministic. */
  constructor(db: MixplanDb, clock: () => number, kind: ScenarioKind<R, C>) {
    this.#db = db;
    this.#clock = clock;
    this.#kind = kind;
  }

  get #table(): ScenarioTable<R> {
    return this.#kind.table(this.#db);
  }

  listOf(planId: string): Promise<StorageResult<R[]>> {
    return attempt(() => storedScenariosOf(this.#db, this.#kind, planId));
  }

  get(id: string): Promise<StorageResult<R | null>> {
    return attempt(async () => this.#kind.restore(await this.#table.get(id)));
  }

  /**
   * Stores a new scenario as restore would read it back (so that a backup of it is always
   * accepted); null when its plan was deleted meanwhile, in this tab or another. Never
   * overwrites: an id already stored is refused by the database.
   */
  create(scenario: R): Promise<StorageResult<R | null>> {
    return this.#write(scenario, (record) => this.#table.add(record));
  }

  /** Puts a removed scenario back (undo); null when its plan is gone. */
  restore(scenario: R): Promise<StorageResult<R | null>> {
    return this.#write(scenario, (record) => this.#table.put(record));
  }

  #write(scenario: R, store: (record: R) => Promise<unknown>): Promise<StorageResult<R | null>> {
    // A scenario without an id or plan is a caller's bug: said as a storage error, not thrown.
    const record = this.#kind.restore(scenario);
    if (!record)
      return Promise.resolve(err({ code: 'unknown', detail: 'Not a storable scenario' }));
    return attempt(() =>
      this.#db.transaction('rw', 'plans', this.#kind.tableName, async () => {
        if ((await this.#db.plans.get(record.planId)) === undefined) return null;
        await store(record);
        return record;
      }),
    );
  }

  /** Deletes a scenario and returns it as it was stored, for undo; null when already gone. */
  remove(id: string): Promise<StorageResult<R | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#kind.tableName, async () => {
        const stored = this.#kind.restore(await this.#table.get(id));
        await this.#table.delete(id);
        return stored;
      }),
    );
  }

  /**
   * Applies one change to the scenario as stored now, in one transaction: what another tab
   * wrote meanwhile stays. Null when the scenario no longer exists; the stored scenario,
   * unwritten, when the change changes nothing (say, it names a line deleted meanwhile).
   */
  apply(id: string, change: C): Promise<StorageResult<R | null>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#kind.tableName, async () => {
        const stored = this.#kind.restore(await this.#table.get(id));
        if (stored === null) return null;
        const changed = this.#kind.apply(stored, change, this.#clock());
        if (changed === stored) return stored;
        // Through restore again: a change holding NaN (a bug above) is never stored as such.
        const next = this.#kind.restore(changed) ?? stored;
        await this.#table.put(next);
        return next;
      }),
    );
  }
}
