// An answer read before a write may arrive after the write has resolved (Dexie did so under
// load, and the influencer sheet's new row vanished under the user's click). What this tab
// added, removed or edited stays shown until an answer read after the write holds it.
import { describe, expect, it } from 'vitest';
import { stampWrite } from '../../../src/db';
import { ok } from '../../../src/domain/result';
import { PendingChanges, withPending } from '../../../src/state/pending-changes.svelte';
import { UnansweredRows } from '../../../src/state/unanswered-rows.svelte';

interface Row {
  id: string;
  planId: string;
  name: string;
}
const ALICE: Row = { id: 'a', planId: 'p', name: 'Alice' };
const BRUNO: Row = { id: 'b', planId: 'p', name: 'Bruno' };

/** The last stamp taken: an answer whose read starts now has this `readAfter`. */
function readStartsNow(): number {
  return stampWrite();
}

describe('rows added or removed here', () => {
  it('keeps a row just added when a late answer read before its write arrives', () => {
    const rows = new UnansweredRows<Row>();
    const staleRead = readStartsNow();
    rows.added([BRUNO]);
    rows.received(staleRead);
    expect(rows.over('p', [ALICE]).map((r) => r.name)).toEqual(['Alice', 'Bruno']);
  });

  it('lets an answer read after the add decide, once: the stored row, or none if deleted elsewhere', () => {
    const rows = new UnansweredRows<Row>();
    rows.added([BRUNO]);
    const freshRead = readStartsNow();
    expect(rows.over('p', [ALICE, { ...BRUNO, name: 'Bruno (stored)' }])).toHaveLength(2);
    rows.received(freshRead);
    expect(
      rows.over('p', [ALICE, { ...BRUNO, name: 'Bruno (stored)' }]).map((r) => r.name),
    ).toEqual(['Alice', 'Bruno (stored)']);
    // Another tab deleted it after that read: the next answer is the truth.
    expect(rows.over('p', [ALICE]).map((r) => r.name)).toEqual(['Alice']);
  });

  it('keeps a row removed here hidden from a late answer that still holds it', () => {
    const rows = new UnansweredRows<Row>();
    const staleRead = readStartsNow();
    rows.removed(['a']);
    rows.received(staleRead);
    expect(rows.over('p', [ALICE, BRUNO]).map((r) => r.name)).toEqual(['Bruno']);
    rows.received(readStartsNow());
    // Put back by another tab after this answer's read: shown again.
    expect(rows.over('p', [ALICE, BRUNO]).map((r) => r.name)).toEqual(['Alice', 'Bruno']);
  });

  it('shows another plan none of this plan’s added rows', () => {
    const rows = new UnansweredRows<Row>();
    rows.added([BRUNO]);
    expect(rows.over('q', [])).toEqual([]);
  });
});

describe('edits on their way', () => {
  it('keeps a written edit over a late answer read before the write, then lets it go', async () => {
    const pending = new PendingChanges<Row, string>({
      write: async (id, name) => ok({ id, planId: 'p', name }),
      canWrite: () => true,
      failed: () => {},
    });
    const staleRead = readStartsNow();
    pending.add('a', 'Alice renamed', 0);
    await pending.send();
    const shown = () =>
      withPending([ALICE], pending.list, (row, name) => ({ ...row, name })).map((r) => r.name);
    pending.received(staleRead);
    expect(shown()).toEqual(['Alice renamed']);
    pending.received(readStartsNow());
    expect(pending.list).toEqual([]);
  });
});
