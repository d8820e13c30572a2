// The whole database as one JSON file, and back. A backup names its format and schema
// versions and carries a checksum of its tables; restore checks the whole file in memory
// (every record through restore.ts) before one transaction swaps every table at once.
// Making a backup only reads: with storage full (or gone) it must still be downloadable, so
// it writes nothing, and can also be made from the plan on screen instead of the database.
import type Dexie from 'dexie';
import { monthAtTime } from '../domain/months';
import { err, ok, type Result } from '../domain/result';
import type { MetaRecord, MixplanDb } from './db';
import { withStrictDurability } from './import-writer';
import { revisionKey, type PlanSnapshot, type StorageResult } from './plans-repository';
import { restoreBudget, restoreChannel, restorePlan } from './restore';
import { restoreClvScenario, restoreOrderBatch } from './restore-clv';
import { restoreClvSettings } from './restore-clv-settings';
import { restoreInfluencer, restoreInfluencerSettings } from './restore-influencers';
import { restoreLeadBatch, restoreScoringModel } from './restore-leads';
import { restoreRoiScenario } from './restore-roi';
import { toStorageError } from './storage-error';

export const BACKUP_FORMAT = 'mixplan-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupSummary {
  createdAt: number | null;
  schemaVersion: number;
  /** Records per table. */
  counts: Record<string, number>;
  planNames: string[];
}

export interface CheckedBackup {
  summary: BackupSummary;
  tables: Record<string, unknown[]>;
}

export type BackupErrorCode =
  | 'not-json' // truncated, or not JSON at all
  | 'not-a-backup' // JSON, but not ours
  | 'newer-format' // written by a later Mixplan: update first
  | 'newer-schema'
  | 'checksum' // changed after it was saved
  | 'unknown-table'
  | 'invalid-record'
  | 'duplicate-key';

export interface BackupError {
  code: BackupErrorCode;
  table?: string;
  /** Index of the refused record in its table. */
  index?: number;
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Two 32-bit string hashes (cyrb53's mixing) side by side: it detects a truncation, a slip
 * or a hand edit, which is all it is for; it is not a signature.
 */
export function checksumOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

type Check = (raw: unknown) => boolean;

/**
 * A record passes when restore.ts keeps it and would change none of the fields it holds:
 * missing fields (an older shape) are allowed, repaired or dropped values are not.
 */
function unchangedBy(restore: (raw: unknown) => object | null): Check {
  return (raw) => {
    const restored = restore(raw);
    if (!isRecord(raw) || restored === null) return false;
    return Object.entries(restored).every(
      ([key, value]) => !(key in raw) || sameValue(raw[key], value),
    );
  };
}

function checksFor(now: number): Record<string, Check> {
  const month = monthAtTime(now);
  return {
    plans: unchangedBy((raw) => restorePlan(raw, now, month)),
    channels: unchangedBy(restoreChannel),
    budgets: unchangedBy(restoreBudget),
    // A NaN, an Infinity (JSON's 1e999) or a string where a number goes is repaired on
    // read, so a scenario holding one is refused here.
    roiScenarios: unchangedBy(restoreRoiScenario),
    clvScenarios: unchangedBy(restoreClvScenario),
    // An order dropped or repaired on read (a bad day, cents that are not whole, columns of
    // unequal length) changes a column, so a batch holding one is refused.
    orderBatches: unchangedBy(restoreOrderBatch),
    // Rules with a bad range or id are dropped on read, so a backup holding them is refused.
    clvSettings: unchangedBy(restoreClvSettings),
    // A count that is not a number, cents that are not whole or a dropped post are repaired
    // on read, so an influencer holding one is refused; names are text, kept whatever they hold.
    influencers: unchangedBy(restoreInfluencer),
    // Weights all zero or a benchmark table with overlapping bands are dropped on read.
    influencerSettings: unchangedBy(restoreInfluencerSettings),
    // A lead dropped or repaired on read (no id, a date that is no day, a custom field that is
    // not text) changes the batch's leads, so a batch holding one is refused.
    leads: unchangedBy(restoreLeadBatch),
    // A model whose shape fails (an unknown rule kind, points that are not finite) is dropped.
    leadCriteria: unchangedBy(restoreScoringModel),
    meta: (raw) => isRecord(raw) && typeof raw.key === 'string' && raw.key !== '',
  };
}

function primaryKeys(db: MixplanDb): Map<string, string> {
  return new Map(
    db.tables.map((t) => {
      const keyPath = t.schema.primKey.keyPath;
      return [t.name, typeof keyPath === 'string' ? keyPath : ''];
    }),
  );
}

function summaryOf(
  tables: Record<string, unknown[]>,
  schemaVersion: number,
  createdAt: number | null,
): BackupSummary {
  const planNames = (tables.plans ?? []).flatMap((p) =>
    isRecord(p) && typeof p.name === 'string' ? [p.name] : [],
  );
  const counts = Object.fromEntries(Object.entries(tables).map(([n, rows]) => [n, rows.length]));
  return { createdAt, schemaVersion, counts, planNames };
}

export const LAST_BACKUP_KEY = 'lastBackupAt';

export interface BackupText {
  text: string;
  summary: BackupSummary;
}

/** The file's text: the head, then the tables appended rather than stringified twice. */
function backupText(tables: Record<string, unknown[]>, schemaVersion: number, now: number) {
  const body = JSON.stringify(tables);
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    createdAt: now,
    checksum: checksumOf(body),
  });
  // Backups can be megabytes: the body is not stringified a second time inside the head.
  const text = `${head.slice(0, -1)},"tables":${body}}`;
  return { text, summary: summaryOf(tables, schemaVersion, now) };
}

/**
 * The file says it was made now, so a restore brings back this date; the database learns it
 * only once the file is saved (the caller records it then, and a failure there — storage
 * full — cannot stop the download).
 */
function withBackupDate(meta: unknown[], now: number): unknown[] {
  const others = meta.filter((r) => !isRecord(r) || r.key !== LAST_BACKUP_KEY);
  return [...others, { key: LAST_BACKUP_KEY, value: now } satisfies MetaRecord];
}

/** Everything, read in one read-only transaction (a consistent picture, and no write). */
export async function createBackup(db: MixplanDb, now: number): Promise<StorageResult<BackupText>> {
  try {
    const tables = await db.transaction('r', db.tables, async () => {
      const all: Record<string, unknown[]> = {};
      for (const table of db.tables) all[table.name] = await table.toArray();
      return all;
    });
    tables.meta = withBackupDate(tables.meta ?? [], now);
    return ok(backupText(tables, db.verno, now));
  } catch (error) {
    return err(toStorageError(error));
  }
}

/**
 * A backup of the plan on screen, for when the database cannot be read (gone, closed for a
 * newer version): the same format, restorable as any other, holding that plan only.
 */
export function backupOfSnapshot(
  db: MixplanDb,
  snapshot: PlanSnapshot,
  meta: readonly MetaRecord[],
  now: number,
): BackupText {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = [];
  tables.plans = [snapshot.plan];
  tables.channels = [...snapshot.channels];
  tables.budgets = [...snapshot.budgets];
  tables.roiScenarios = [...(snapshot.roiScenarios ?? [])];
  tables.orderBatches = [...(snapshot.orderBatches ?? [])];
  tables.clvScenarios = [...(snapshot.clvScenarios ?? [])];
  tables.clvSettings = [...(snapshot.clvSettings ?? [])];
  tables.influencers = [...(snapshot.influencers ?? [])];
  tables.influencerSettings = [...(snapshot.influencerSettings ?? [])];
  tables.leads = [...(snapshot.leads ?? [])];
  tables.leadCriteria = [...(snapshot.leadCriteria ?? [])];
  tables.meta = [...meta];
  return backupText(tables, db.verno, now);
}

/** What the database holds now: what a restore would replace. */
export async function databaseSummary(db: MixplanDb): Promise<StorageResult<BackupSummary>> {
  try {
    return await db.transaction('r', db.tables, async () => {
      const counts: Record<string, number> = {};
      for (const table of db.tables) counts[table.name] = await table.count();
      const planNames = (await db.plans.toArray()).map((p) => p.name);
      return ok({ createdAt: null, schemaVersion: db.verno, counts, planNames });
    });
  } catch (error) {
    return err(toStorageError(error));
  }
}

function checkTables(
  db: MixplanDb,
  raw: Loose,
  schemaVersion: number,
  now: number,
): Result<Record<string, unknown[]>, BackupError> {
  const keys = primaryKeys(db);
  const checks = checksFor(now);
  const tables: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(raw)) {
    if (!keys.has(name)) return err({ code: 'unknown-table', table: name });
    if (!Array.isArray(rows)) return err({ code: 'not-a-backup', table: name });
    const keyPath = keys.get(name) ?? '';
    // A table added after this file knew it: its records need their key at least.
    const check = checks[name] ?? ((r: unknown) => isRecord(r) && r[keyPath] !== undefined);
    const seen = new Set<unknown>();
    for (const [index, row] of rows.entries()) {
      if (!check(row) || !isRecord(row)) return err({ code: 'invalid-record', table: name, index });
      if (seen.has(row[keyPath])) return err({ code: 'duplicate-key', table: name, index });
      seen.add(row[keyPath]);
    }
    tables[name] = rows;
  }
  for (const name of keys.keys()) tables[name] ??= [];
  // Schema v1 had no budgets: every channel gets its empty record, as the v2 upgrade does.
  if (schemaVersion < 2 && tables.budgets?.length === 0) {
    tables.budgets = (tables.channels ?? []).flatMap((c) =>
      isRecord(c) ? [{ channelId: c.id, planId: c.planId, months: {} }] : [],
    );
  }
  return ok(tables);
}

/** Parses and checks a whole backup file without touching the database. */
export function checkBackup(
  db: MixplanDb,
  text: string,
  now: number,
): Result<CheckedBackup, BackupError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return err({ code: 'not-json' });
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) return err({ code: 'not-a-backup' });
  const { formatVersion, schemaVersion, createdAt, checksum, tables } = parsed;
  if (typeof formatVersion !== 'number' || typeof schemaVersion !== 'number') {
    return err({ code: 'not-a-backup' });
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) return err({ code: 'newer-format' });
  if (schemaVersion > db.verno) return err({ code: 'newer-schema' });
  if (!isRecord(tables)) return err({ code: 'not-a-backup' });
  if (checksum !== checksumOf(JSON.stringify(tables))) return err({ code: 'checksum' });
  const checked = checkTables(db, tables, schemaVersion, now);
  if (!checked.ok) return checked;
  const date = typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : null;
  return ok({ summary: summaryOf(checked.value, schemaVersion, date), tables: checked.value });
}

/**
 * Every restored plan's revision moves past both the one it had here and the backup's, in
 * the restore's own transaction: an open tab can always tell its picture is older.
 */
async function bumpRestoredRevisions(strict: Dexie, before: readonly MetaRecord[]): Promise<void> {
  const meta = strict.table<MetaRecord, string>('meta');
  const previous = new Map(before.map((r) => [r.key, r.value]));
  const plans = await strict.table<{ id: string }, string>('plans').toArray();
  for (const plan of plans) {
    const key = revisionKey(plan.id);
    const restored = (await meta.get(key))?.value;
    const highest = Math.max(
      typeof restored === 'number' ? restored : 0,
      Number(previous.get(key) ?? 0) || 0,
    );
    await meta.put({ key, value: highest + 1 });
  }
}

/** Replaces every table by the backup's, in one strict transaction: all of it or nothing. */
export async function restoreBackup(
  db: MixplanDb,
  backup: CheckedBackup,
): Promise<StorageResult<void>> {
  try {
    await withStrictDurability(db, (strict) =>
      strict.transaction('rw', strict.tables, async () => {
        const meta = strict.table<MetaRecord, string>('meta');
        const revisions = await meta.where('key').startsWith('revision:').toArray();
        for (const table of strict.tables) {
          await table.clear();
          await table.bulkAdd(backup.tables[table.name] ?? []);
        }
        await bumpRestoredRevisions(strict, revisions);
      }),
    );
    return ok(undefined);
  } catch (error) {
    return err(toStorageError(error));
  }
}
