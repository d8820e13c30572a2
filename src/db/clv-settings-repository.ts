// A plan's RFM settings (segment rules and names): one record per plan, written whole by the
// rules editor (the user saves the editor's form, not cell by cell), read through its restore.
import { err, ok } from '../domain/result';
import type { SegmentRules } from '../domain/clv/rfm-segments';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import { restoreClvSettings, type ClvSettings } from './restore-clv-settings';
import { toStorageError } from './storage-error';

/** The plan's settings, or null when it has none (or they are not valid). Safe in liveQuery. */
export async function clvSettingsOf(db: MixplanDb, planId: string): Promise<ClvSettings | null> {
  return restoreClvSettings(await db.clvSettings.get(planId));
}

export interface ClvSettingsEdit {
  segmentRules: SegmentRules;
  segmentNames: Record<string, string>;
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(toStorageError(error));
  }
}

export class ClvSettingsRepository {
  readonly #db: MixplanDb;
  readonly #clock: () => number;

  /** The clock stamps updatedAt; injected so that tests stay deterministic. */
  constructor(db: MixplanDb, clock: () => number) {
    this.#db = db;
    this.#clock = clock;
  }

  /**
   * Stores the plan's rules and names as restore reads them back; null when the plan was
   * deleted meanwhile. Rules with an issue are the caller's bug (the editor refuses them):
   * said as a storage error, never stored.
   */
  save(planId: string, edit: ClvSettingsEdit): Promise<StorageResult<ClvSettings | null>> {
    const record = restoreClvSettings({ planId, ...edit, updatedAt: this.#clock() });
    if (!record) return Promise.resolve(err({ code: 'unknown', detail: 'Not storable rules' }));
    return attempt(() =>
      this.#db.transaction('rw', 'plans', 'clvSettings', async () => {
        if ((await this.#db.plans.get(planId)) === undefined) return null;
        await this.#db.clvSettings.put(record);
        return record;
      }),
    );
  }

  /** Back to the default rules and names: the plan's record is deleted. */
  reset(planId: string): Promise<StorageResult<void>> {
    return attempt(() => this.#db.clvSettings.delete(planId));
  }
}
