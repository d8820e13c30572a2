// The only writer of a plan's leads and of its scoring model. Leads are stored in batches (see
// db.ts), replaced or appended in one strict transaction, and read back in import order; every
// batch and model read passes through restore-leads.ts. A lead write bumps nothing else: the
// leads are the lead scoring screen's alone, no other screen's picture of the plan changes.
import type Dexie from 'dexie';
import type { Lead, ScoringModel } from '../domain/leads/model';
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import { ImportCancelled, withStrictDurability } from './import-writer';
import type { StorageResult } from './plans-repository';
import { restoreAll } from './restore';
import {
  LEADS_PER_BATCH,
  restoreLead,
  restoreLeadBatch,
  restoreScoringModel,
  type LeadBatch,
  type StoredLead,
} from './restore-leads';
import { toStorageError } from './storage-error';

/** A lead as the repository takes it: its plan is the one written to (a Lead fits). */
export type LeadToStore = Omit<Lead, 'planId'> & { planId?: string };

export interface LeadWriteOptions {
  /**
   * Leads written so far by this write, after each batch. A throw from it aborts the
   * transaction and nothing is written; an ImportCancelled thrown here is thrown back as is.
   */
  onProgress?(written: number): void;
}

/** A batch's id: its plan and place, so that a replace writes the same keys again. */
function batchId(planId: string, seq: number): string {
  return `${planId}:${seq}`;
}

function bySeq(a: LeadBatch, b: LeadBatch): number {
  return a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A plan's batches as stored, restored and in seq order. */
async function leadBatchesOf(db: Dexie, planId: string): Promise<LeadBatch[]> {
  const raws = await db.table<LeadBatch, string>('leads').where('planId').equals(planId).toArray();
  return restoreAll(raws, restoreLeadBatch).sort(bySeq);
}

/** A plan's leads in the order they were imported. Only reads: safe inside liveQuery. */
export async function readLeads(db: MixplanDb, planId: string): Promise<Lead[]> {
  const leads: Lead[] = [];
  for (const batch of await leadBatchesOf(db, planId)) {
    for (const lead of batch.leads) leads.push({ ...lead, planId });
  }
  return leads;
}

/** The plan's scoring model, or null when it has none (or it is not valid). Safe in liveQuery. */
export async function modelOf(db: MixplanDb, planId: string): Promise<ScoringModel | null> {
  return restoreScoringModel(await db.leadCriteria.get(planId));
}

/**
 * The lead as restore reads it back, without its plan; null when restore would drop it or
 * change a field it holds (a date that is no day, a custom field that is not text): the
 * caller's bug, refused rather than stored repaired.
 */
function storable(lead: LeadToStore): StoredLead | null {
  const record = restoreLead({
    id: lead.id,
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    createdOn: lead.createdOn,
    lastContactOn: lead.lastContactOn,
    fields: lead.fields,
  });
  if (!record) return null;
  const same =
    record.name === lead.name &&
    record.email === lead.email &&
    record.phone === lead.phone &&
    record.createdOn === lead.createdOn &&
    record.lastContactOn === lead.lastContactOn &&
    Object.keys(record.fields).length === Object.keys(lead.fields).length;
  return same ? record : null;
}

/** The leads cut into batches from `seq` on, `first` filling up an existing batch first. */
export function batchesFrom(
  planId: string,
  leads: readonly StoredLead[],
  seq: number,
  first: StoredLead[] = [],
): LeadBatch[] {
  const batches: LeadBatch[] = [];
  let start = 0;
  let next = seq;
  let head = first;
  while (start < leads.length || (head.length > 0 && batches.length === 0)) {
    const room = LEADS_PER_BATCH - head.length;
    const slice = leads.slice(start, start + room);
    batches.push({ id: batchId(planId, next), planId, seq: next, leads: [...head, ...slice] });
    start += slice.length;
    next += 1;
    head = [];
  }
  return batches;
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(toStorageError(error));
  }
}

/** What a write puts: see #write. */
interface BatchPlan {
  batches: LeadBatch[];
  others: number;
  head: number;
}

const notStorable = () =>
  Promise.resolve(err({ code: 'unknown' as const, detail: 'Not a storable lead' }));

export class LeadsRepository {
  readonly #db: MixplanDb;
  readonly #clock: () => number;

  /** The clock stamps the model's updatedAt on a save; injected for deterministic tests. */
  constructor(db: MixplanDb, clock: () => number) {
    this.#db = db;
    this.#clock = clock;
  }

  /**
   * The plan's leads become exactly these, in this order: its old batches deleted and the new
   * ones written in one transaction with strict durability, all or nothing. Answers the count
   * stored, or null when the plan was deleted meanwhile (nothing written).
   */
  replace(
    planId: string,
    leads: readonly LeadToStore[],
    options: LeadWriteOptions = {},
  ): Promise<StorageResult<number | null>> {
    return this.#write(planId, leads, options, async (stored, records) => {
      await stored.where('planId').equals(planId).delete();
      return { batches: batchesFrom(planId, records, 0), others: 0, head: 0 };
    });
  }

  /**
   * These leads added after the plan's, in one strict transaction, all or nothing: the last
   * batch is filled up first, then new ones follow. Answers the plan's lead count after the
   * add, or null when the plan was deleted meanwhile (nothing written).
   */
  append(
    planId: string,
    leads: readonly LeadToStore[],
    options: LeadWriteOptions = {},
  ): Promise<StorageResult<number | null>> {
    return this.#write(planId, leads, options, async (stored, records) => {
      const raws = await stored.where('planId').equals(planId).toArray();
      const batches = restoreAll(raws, restoreLeadBatch).sort(bySeq);
      const all = batches.reduce((sum, b) => sum + b.leads.length, 0);
      const last = batches.at(-1);
      if (records.length === 0) return { batches: [], others: all, head: 0 };
      if (last === undefined)
        return { batches: batchesFrom(planId, records, 0), others: 0, head: 0 };
      if (last.leads.length >= LEADS_PER_BATCH) {
        return { batches: batchesFrom(planId, records, last.seq + 1), others: all, head: 0 };
      }
      // The last batch is written again with the new leads after its own.
      const head = last.leads.length;
      return {
        batches: batchesFrom(planId, records, last.seq, last.leads),
        others: all - head,
        head,
      };
    });
  }

  /** Deletes the plan's leads; answers how many there were. */
  clear(planId: string): Promise<StorageResult<number>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.leads, async () => {
        const batches = await leadBatchesOf(this.#db, planId);
        await this.#db.leads.where('planId').equals(planId).delete();
        return batches.reduce((sum, b) => sum + b.leads.length, 0);
      }),
    );
  }

  /**
   * Stores the plan's scoring model, stamped now, in one transaction; null when the plan was
   * deleted meanwhile. A model restore would drop (a NaN of points, an unknown rule kind) is
   * the caller's bug: a storage error, nothing written.
   */
  saveModel(model: ScoringModel): Promise<StorageResult<ScoringModel | null>> {
    const record = restoreScoringModel({ ...model, updatedAt: this.#clock() });
    if (!record) {
      return Promise.resolve(err({ code: 'unknown', detail: 'Not a storable scoring model' }));
    }
    return attempt(() =>
      this.#db.transaction('rw', this.#db.plans, this.#db.leadCriteria, async () => {
        if ((await this.#db.plans.get(record.planId)) === undefined) return null;
        await this.#db.leadCriteria.put(record);
        return record;
      }),
    );
  }

  /**
   * One lead write, after the plan is checked: `plan` (inside the transaction) says which
   * batches to put, how many stored leads stay outside them (`others`) and how many stored
   * leads the first of them already held (`head`); the progress counts this write's leads.
   */
  #write(
    planId: string,
    leads: readonly LeadToStore[],
    options: LeadWriteOptions,
    plan: (stored: Dexie.Table<LeadBatch, string>, records: StoredLead[]) => Promise<BatchPlan>,
  ): Promise<StorageResult<number | null>> {
    const records: StoredLead[] = [];
    for (const lead of leads) {
      const record = storable(lead);
      if (!record) return notStorable();
      records.push(record);
    }
    return withStrictDurability(this.#db, (strict: Dexie) => {
      const plans = strict.table<{ id: string }, string>('plans');
      const stored = strict.table<LeadBatch, string>('leads');
      return strict.transaction('rw', [plans, stored], async () => {
        // Checked inside the transaction: a plan deleted meanwhile gets no orphan leads.
        if ((await plans.get(planId)) === undefined) return null;
        const { batches, others, head } = await plan(stored, records);
        let total = 0;
        for (const batch of batches) {
          await stored.put(batch);
          total += batch.leads.length;
          options.onProgress?.(total - head);
        }
        return others + total;
      });
    }).then(
      (value) => ok(value),
      (error: unknown) => {
        if (error instanceof ImportCancelled) throw error;
        return err(toStorageError(error));
      },
    );
  }
}
