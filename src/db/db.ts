// The one IndexedDB database of Mixplan and its typed tables. What is stored where:
//   plans    — one record per plan (its settings: currency, locale, months, target budget)
//   channels — one record per channel of a plan (family, category, paid/owned/earned, …)
//   meta     — key/value records: settings, first-visit flag, last backup date
//   budgets  — (v2) one record per channel holding its months' planned, committed and actual
//              cents: 200 channels × 60 months is 200 records, not 36 000 (DESIGN floors)
//   history  — (v3) the undo log: one record per user action of a tab (its cell and field
//              changes), bounded per plan, so that undo survives a reload
//   importUndo — (v4) what each import replaced, so that it can be undone exactly
//   roiScenarios — (v5) one record per saved ROI simulation of a plan: its inputs only
//              (src/domain/roi/model.ts), the outputs are recomputed
//   orderBatches — (v6) a plan's imported orders, up to 10 000 per record held in columns
//              (customerIds, days, amounts in cents, orderIds; restore-clv.ts): IndexedDB's
//              cost is per record (DESIGN floors: 100 000 small records take ~8.7 s), so
//              200 000 orders stored one per record could never import within 5 s, while
//              as 20 records they are one transaction of 20 puts. Orders are only ever
//              read and replaced as a whole plan's set (RFM, the forecast), never one by one.
//   clvScenarios — (v6) one record per saved CLV simulation of a plan: its inputs only
//   clvSettings — (v7) one record per plan: its RFM segment rules and the names the user gave
//              its segments (restore-clv-settings.ts); absent until the user edits them
//   influencers — (v8) one record per influencer of a plan's comparison sheet: the figures
//              the user collected, never the computed columns (restore-influencers.ts)
//   influencerSettings — (v8) one record per plan: its sheet's format, formulas, benchmarks,
//              thresholds, weights and shortlist; absent until the user changes one
//   leads    — (v9) a plan's imported leads, up to 5 000 per record (restore-leads.ts), keyed
//              `${planId}:${seq}`: as for orders, IndexedDB's cost is per record, so 50 000
//              leads are 10 puts, and a plan's leads are only read and replaced as a whole set
//   leadCriteria — (v9) one record per plan: its scoring model (criteria, caps, decay,
//              thresholds, grid, pre-qualification); absent until the user defines one
// Never edit a shipped version(n): add version(n + 1) with an upgrade() and a test.
import Dexie, { type EntityTable } from 'dexie';
import type { ChannelBudget } from '../domain/budget';
import type { HistoryEntry } from '../domain/plan-changes';
import type { Channel, Plan } from '../domain/plan';
import type { ClvScenario } from '../domain/clv/scenario';
import type { RoiScenario } from '../domain/roi/model';
import type { ImportUndoRecord } from './import-undo';
import type { OrderBatch } from './restore-clv';
import type { ClvSettings } from './restore-clv-settings';
import type { StoredInfluencer } from './restore-influencers';
import type { InfluencerSettings } from '../domain/influencers/settings';
import type { ScoringModel } from '../domain/leads/model';
import type { LeadBatch } from './restore-leads';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'mixplan';
export const SCHEMA_VERSION = 9;

export class MixplanDb extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  channels!: EntityTable<Channel, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  budgets!: EntityTable<ChannelBudget, 'channelId'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  importUndo!: EntityTable<ImportUndoRecord, 'id'>;
  roiScenarios!: EntityTable<RoiScenario, 'id'>;
  orderBatches!: EntityTable<OrderBatch, 'id'>;
  clvScenarios!: EntityTable<ClvScenario, 'id'>;
  clvSettings!: EntityTable<ClvSettings, 'planId'>;
  influencers!: EntityTable<StoredInfluencer, 'id'>;
  influencerSettings!: EntityTable<InfluencerSettings, 'planId'>;
  leads!: EntityTable<LeadBatch, 'id'>;
  leadCriteria!: EntityTable<ScoringModel, 'planId'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      plans: 'id, updatedAt',
      channels: 'id, planId',
      meta: 'key',
    });
    // v2: budgets. Plans written by v1 had no amounts: every channel starts with an empty
    // budget, so that readers never meet a channel without its record.
    this.version(2)
      .stores({ budgets: 'channelId, planId' })
      .upgrade(async (tx) => {
        const channels = await tx.table<Channel>('channels').toArray();
        await tx
          .table<ChannelBudget>('budgets')
          .bulkPut(channels.map((c) => ({ channelId: c.id, planId: c.planId, months: {} })));
      });
    // v3: the undo log. A new table, empty at first: nothing to migrate. Indexed so that a
    // write finds this tab's redo steps and the plan's oldest steps without reading the log.
    this.version(3).stores({ history: 'id, planId, [planId+tab+state], [planId+order]' });
    // What each import replaced, so that it can be undone exactly (issue 9). New table: no
    // records to upgrade.
    this.version(4).stores({ importUndo: 'id, planId, [planId+at]' });
    // v5: saved ROI simulations (issue 11). New table: no records to upgrade. Indexed by plan,
    // so that a plan lists its scenarios and a plan's delete takes them along.
    this.version(5).stores({ roiScenarios: 'id, planId' });
    // v6: imported orders in batches, and saved CLV simulations (issue 12). New tables: no
    // records to upgrade. Both indexed by plan, so that a plan's delete takes them along.
    this.version(6).stores({ orderBatches: 'id, planId', clvScenarios: 'id, planId' });
    // v7: each plan's RFM segment rules and segment names (issue 12). New table: no records to
    // upgrade. Keyed by plan (one record each), so a plan's delete takes it along by key.
    this.version(7).stores({ clvSettings: 'planId' });
    // v8: the influencer sheet and its settings (issue 13). New tables: no records to upgrade.
    // Influencers indexed by plan (a plan reads and deletes its own); settings keyed by plan.
    this.version(8).stores({ influencers: 'id, planId', influencerSettings: 'planId' });
    // v9: the lead scoring sheet. New tables: no records to upgrade. Lead batches
    // indexed by plan (a plan reads, replaces and deletes its own); the model keyed by plan.
    this.version(9).stores({ leads: 'id, planId', leadCriteria: 'planId' });
  }
}

let shared: MixplanDb | null = null;

/** The app's database, opened on first use. Tests build their own MixplanDb instead. */
export function appDb(): MixplanDb {
  shared ??= new MixplanDb();
  return shared;
}
