// The only writer of the `meta` table: settings and small facts about this installation.
import type { MixplanDb } from './db';
import { toStorageError, type StorageError } from './storage-error';
import { err, ok, type Result } from '../domain/result';

export class MetaRepository {
  readonly #db: MixplanDb;

  constructor(db: MixplanDb) {
    this.#db = db;
  }

  /** All meta values by key; callers validate what they read (it may come from an older app). */
  async all(): Promise<Map<string, unknown>> {
    const records = await this.#db.meta.toArray();
    return new Map(records.map((r) => [r.key, r.value]));
  }

  async set(key: string, value: unknown): Promise<Result<void, StorageError>> {
    try {
      await this.#db.meta.put({ key, value });
      return ok(undefined);
    } catch (error) {
      return err(toStorageError(error));
    }
  }
}
