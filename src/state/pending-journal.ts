// A tab's unsaved edits copied into localStorage when the page goes away. IndexedDB aborts a
// transaction still running when the page unloads (a reload right after typing), while
// localStorage writes at once: the next start of the app writes the copy back, guarded, so
// that a cell another tab changed meanwhile keeps that newer value.
import type { CellChange, FieldChange } from '../domain/plan-changes';

const PREFIX = 'mixplan.pending.';

export interface JournalEntry {
  planId: string;
  cells: CellChange[];
  fields: FieldChange[];
}

export function writeJournal(
  storage: Storage | undefined,
  tab: string,
  entries: readonly JournalEntry[],
): boolean {
  try {
    storage?.setItem(PREFIX + tab, JSON.stringify(entries));
    return storage !== undefined;
  } catch {
    // Storage full or refused: the unload warning is what is left.
    return false;
  }
}

export function clearJournal(storage: Storage | undefined, tab: string): void {
  try {
    storage?.removeItem(PREFIX + tab);
  } catch {
    // Nothing to do: a journal left behind is written back guarded, so it cannot harm.
  }
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<JournalEntry>;
  return (
    typeof entry.planId === 'string' && Array.isArray(entry.cells) && Array.isArray(entry.fields)
  );
}

function isCell(value: unknown): value is CellChange {
  if (typeof value !== 'object' || value === null) return false;
  const cell = value as Partial<CellChange>;
  return (
    typeof cell.channelId === 'string' &&
    typeof cell.month === 'string' &&
    (cell.layer === 'planned' || cell.layer === 'committed' || cell.layer === 'actual') &&
    Number.isSafeInteger(cell.before) &&
    Number.isSafeInteger(cell.after)
  );
}

function takeOne(storage: Storage, key: string): JournalEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isEntry).map((entry) => ({ ...entry, cells: entry.cells.filter(isCell) }));
  } catch {
    // A journal that cannot be read is dropped: the database holds everything written before.
    return [];
  } finally {
    storage.removeItem(key);
  }
}

/** Every journal left by any tab (one that closed, or this one before its reload), then gone. */
export function takeJournals(storage: Storage | undefined): JournalEntry[] {
  const entries: JournalEntry[] = [];
  try {
    if (!storage) return entries;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => key !== null && key.startsWith(PREFIX),
    );
    for (const key of keys) entries.push(...takeOne(storage, key));
  } catch {
    // Storage cannot be listed (access refused): nothing to write back.
  }
  return entries;
}
