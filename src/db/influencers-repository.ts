// The one writer of a plan's influencer sheet and its settings. An edit is a change message
// applied to the stored record inside one transaction (DESIGN "Writes and tabs"), so that two
// tabs editing different fields of one influencer never overwrite each other; every record
// read or written passes through restore-influencers.ts.
import { applyInfluencerChange, type InfluencerChange } from '../domain/influencers/changes';
import type { Influencer } from '../domain/influencers/model';
import { defaultInfluencerSettings, type InfluencerSettings } from '../domain/influencers/settings';
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import { restoreAll } from './restore';
import {
  restoreInfluencer,
  restoreInfluencerSettings,
  type StoredInfluencer,
} from './restore-influencers';
import { toStorageError } from './storage-error';

/** What the settings editor may change: everything but the plan and the stamp. */
export type InfluencerSettingsEdit = Partial<Omit<InfluencerSettings, 'planId' | 'updatedAt'>>;

function byAddition(a: StoredInfluencer, b: StoredInfluencer): number {
  return (
    a.addedAt - b.addedAt || a.addedIndex - b.addedIndex || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A plan's influencers, restored, in the order they were added. Only reads: safe in liveQuery. */
export async function influencersOf(db: MixplanDb, planId: string): Promise<StoredInfluencer[]> {
  const raws = await db.influencers.where('planId').equals(planId).toArray();
  return restoreAll(raws, restoreInfluencer).sort(byAddition);
}

/** The plan's sheet settings, or null when it has none (or they are not valid). Safe in liveQuery. */
export async function influencerSettingsOf(
  db: MixplanDb,
  planId: string,
): Promise<InfluencerSettings | null> {
  return restoreInfluencerSettings(await db.influencerSettings.get(planId));
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(toStorageError(error));
  }
}

/**
 * The record as restore reads it back, or null when restore would drop it or change a field
 * it holds (a NaN, a negative count, cents that are not whole): refused, never stored repaired.
 */
function storable(raw: Influencer & Partial<StoredInfluencer>): StoredInfluencer | null {
  const record = restoreInfluencer(raw);
  if (!record) return null;
  const fields = raw as unknown as Record<string, unknown>;
  const same = Object.entries(record).every(([key, value]) => {
    if (!(key in fields)) return true;
    const given = fields[key];
    return typeof value === 'object' && value !== null
      ? JSON.stringify(value) === JSON.stringify(given)
      : Object.is(value, given);
  });
  return same ? record : null;
}

const notStorable = (what: string) =>
  Promise.resolve(err({ code: 'unknown' as const, detail: `Not a storable ${what}` }));

export class InfluencersRepository {
  readonly #db: MixplanDb;
  readonly #clock: () => number;

  /** The clock stamps the order of additions and updatedAt; injected for deterministic tests. */
  constructor(db: MixplanDb, clock: () => number) {
    this.#db = db;
    this.#clock = clock;
  }

  /**
   * Adds influencers to a plan in one transaction, all or nothing, as restore reads them back;
   * null when the plan was deleted meanwhile. Never overwrites: an id already stored fails the
   * whole add. A record restore would drop or change is the caller's bug (validation.ts
   * refuses such rows first): said as a storage error, nothing written.
   */
  add(
    planId: string,
    influencers: readonly Influencer[],
  ): Promise<StorageResult<StoredInfluencer[] | null>> {
    const addedAt = this.#clock();
    const records: StoredInfluencer[] = [];
    for (const [addedIndex, influencer] of influencers.entries()) {
      const record = storable({ ...influencer, planId, addedAt, addedIndex });
      if (!record) return notStorable('influencer');
      records.push(record);
    }
    return this.#putAll(planId, records, (rows) => this.#db.influencers.bulkAdd(rows));
  }

  /**
   * Puts removed influencers back (undo), with their place in the sheet when they carry it;
   * null when their plan is gone. All of them must belong to one plan.
   */
  restore(influencers: readonly Influencer[]): Promise<StorageResult<StoredInfluencer[] | null>> {
    const addedAt = this.#clock();
    const records: StoredInfluencer[] = [];
    for (const [addedIndex, influencer] of influencers.entries()) {
      const record = storable({ addedAt, addedIndex, ...influencer });
      if (!record) return notStorable('influencer');
      records.push(record);
    }
    const planId = records[0]?.planId;
    if (planId === undefined) return Promise.resolve(ok([]));
    if (records.some((r) => r.planId !== planId)) return notStorable('set of influencers');
    return this.#putAll(planId, records, (rows) => this.#db.influencers.bulkPut(rows));
  }

  #putAll(
    planId: string,
    records: StoredInfluencer[],
    store: (rows: StoredInfluencer[]) => Promise<unknown>,
  ): Promise<StorageResult<StoredInfluencer[] | null>> {
    return attempt(() =>
      this.#db.transaction('rw', 'plans', 'influencers', async () => {
        if ((await this.#db.plans.get(planId)) === undefined) return null;
        await store(records);
        return records;
      }),
    );
  }

  /**
   * Applies one change to the influencer as stored now, in one transaction: what another tab
   * wrote meanwhile in other fields stays. Null when the influencer no longer exists; the
   * stored record, unwritten, when the change sets nothing.
   */
  apply(id: string, change: InfluencerChange): Promise<StorageResult<StoredInfluencer | null>> {
    return attempt(() =>
      this.#db.transaction('rw', 'influencers', async () => {
        const stored = restoreInfluencer(await this.#db.influencers.get(id));
        if (stored === null) return null;
        const changed = applyInfluencerChange(stored, change);
        if (changed === stored) return stored;
        // Through restore again: a change holding NaN (a bug above) is never stored as such.
        const next = restoreInfluencer(changed) ?? stored;
        await this.#db.influencers.put(next);
        return next;
      }),
    );
  }

  /** Deletes influencers and returns them as they were stored, for undo (absent ids skipped). */
  remove(ids: readonly string[]): Promise<StorageResult<StoredInfluencer[]>> {
    return attempt(() =>
      this.#db.transaction('rw', 'influencers', async () => {
        const raws = await this.#db.influencers.bulkGet([...ids]);
        const stored = restoreAll(
          raws.filter((r) => r !== undefined),
          restoreInfluencer,
        );
        await this.#db.influencers.bulkDelete([...ids]);
        return stored;
      }),
    );
  }

  /**
   * Changes some of the plan's sheet settings, on top of what is stored now (or the defaults),
   * in one transaction; null when the plan was deleted meanwhile. Settings the restore would
   * refuse (weights all zero, overlapping bands) are the caller's bug: a storage error.
   */
  saveSettings(
    planId: string,
    fields: InfluencerSettingsEdit,
  ): Promise<StorageResult<InfluencerSettings | null>> {
    return attempt(() =>
      this.#db.transaction('rw', 'plans', 'influencerSettings', async () => {
        if ((await this.#db.plans.get(planId)) === undefined) return null;
        const now = this.#clock();
        const stored =
          restoreInfluencerSettings(await this.#db.influencerSettings.get(planId)) ??
          defaultInfluencerSettings(planId, now);
        const record = restoreInfluencerSettings({
          ...stored,
          ...fields,
          planId,
          updatedAt: now,
        });
        if (!record) throw new TypeError('Not storable influencer settings');
        await this.#db.influencerSettings.put(record);
        return record;
      }),
    );
  }
}
