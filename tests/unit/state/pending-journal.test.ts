// A reload right after typing aborts the IndexedDB write under way: the edits copied into
// localStorage when the page went away come back at the next start, once, and a copy that
// was tampered with or broken is dropped without stopping the app.
import { describe, expect, it } from 'vitest';
import { toCents } from '../../../src/domain/money';
import { parseMonth } from '../../../src/domain/months';
import type { CellChange } from '../../../src/domain/plan-changes';
import { takeJournals, writeJournal } from '../../../src/state/pending-journal';

class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

const march = parseMonth('2026-03');
if (!march) throw new Error('bad month');
const cell: CellChange = {
  channelId: 'radio',
  month: march,
  layer: 'planned',
  before: toCents(0),
  after: toCents(120_000),
};

describe('the journal of unsaved edits', () => {
  it('gives back what two tabs copied, once', () => {
    const storage = new MemoryStorage();
    writeJournal(storage, 'tab-a', [{ planId: 'p1', cells: [cell], fields: [] }]);
    writeJournal(storage, 'tab-b', [{ planId: 'p2', cells: [], fields: [] }]);
    expect(takeJournals(storage)).toEqual([
      { planId: 'p1', cells: [cell], fields: [] },
      { planId: 'p2', cells: [], fields: [] },
    ]);
    expect(takeJournals(storage)).toEqual([]);
  });

  it('drops a broken copy and cells that are not whole cents, and leaves other keys alone', () => {
    const storage = new MemoryStorage();
    storage.setItem('mixplan.pending.tab-a', '{not json');
    storage.setItem(
      'mixplan.pending.tab-b',
      JSON.stringify([{ planId: 'p1', cells: [cell, { ...cell, after: 12.5 }], fields: [] }]),
    );
    storage.setItem('mixplan.other', 'kept');
    expect(takeJournals(storage)).toEqual([{ planId: 'p1', cells: [cell], fields: [] }]);
    expect(storage.getItem('mixplan.other')).toBe('kept');
  });

  it('says so when storage refuses the copy', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(writeJournal(full, 'tab-a', [{ planId: 'p1', cells: [cell], fields: [] }])).toBe(false);
  });
});
