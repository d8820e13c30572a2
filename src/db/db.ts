// The one IndexedDB database of Mixplan and its typed tables. What is stored where:
//   plans    — one record per plan (its settings: currency, locale, months, target budget)
//   channels — one record per channel of a plan (family, category, paid/owned/earned, …)
//   meta     — key/value records: settings, first-visit flag, last backup date
// Later schema versions add tables (budgets, scenarios, influencers, orders, history):
// never edit a shipped version(n), add version(n + 1) with an upgrade() and a test.
import Dexie, { type EntityTable } from 'dexie';
import type { Channel, Plan } from '../domain/plan';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'mixplan';
export const SCHEMA_VERSION = 1;

export class MixplanDb extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  channels!: EntityTable<Channel, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      plans: 'id, updatedAt',
      channels: 'id, planId',
      meta: 'key',
    });
  }
}

let shared: MixplanDb | null = null;

/** The app's database, opened on first use. Tests build their own MixplanDb instead. */
export function appDb(): MixplanDb {
  shared ??= new MixplanDb();
  return shared;
}
