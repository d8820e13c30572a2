// Rows this tab added (or put back) and rows it removed, shown so until an answer read after
// the write holds the change. An answer read before the write may still arrive after it has
// resolved (Dexie delivers one late under load): taking it as the newest made a row just
// added vanish for a moment, under the user's click. The stamps (src/db/live.ts) tell the two
// kinds of answer apart.
import { stampWrite } from '../db';

interface Added<R> {
  row: R;
  stamp: number;
}

export class UnansweredRows<R extends { id: string; planId: string }> {
  #added = $state.raw<readonly Added<R>[]>([]);
  #removed = $state.raw<ReadonlyMap<string, number>>(new Map());

  /** A plan's stored rows, with the rows added here after them and those removed here left out. */
  over(planId: string, stored: readonly R[]): R[] {
    const ids = new Set(stored.map((r) => r.id));
    const fresh = this.#added
      .filter((a) => a.row.planId === planId && !ids.has(a.row.id))
      .map((a) => a.row);
    const list = [...stored, ...fresh];
    return this.#removed.size > 0 ? list.filter((r) => !this.#removed.has(r.id)) : list;
  }

  /** Rows an add or a put-back stored, once its write has resolved. */
  added(rows: readonly R[]): void {
    const stamp = stampWrite();
    const ids = new Set(rows.map((r) => r.id));
    this.#added = [
      ...this.#added.filter((a) => !ids.has(a.row.id)),
      ...rows.map((row) => ({ row, stamp })),
    ];
    if (rows.some((r) => this.#removed.has(r.id)))
      this.#removed = new Map([...this.#removed].filter(([id]) => !ids.has(id)));
  }

  /** Rows a removal deleted, once its write has resolved. */
  removed(ids: Iterable<string>): void {
    const stamp = stampWrite();
    const next = new Map(this.#removed);
    for (const id of ids) next.set(id, stamp);
    this.#removed = next;
  }

  /**
   * An answer arrived whose read started after the writes stamped up to `readAfter`: it
   * holds those adds and removals (or another tab changed them since), so they need no
   * overlay; later ones stay shown as this tab made them.
   */
  received(readAfter: number): void {
    if (this.#added.some((a) => a.stamp <= readAfter))
      this.#added = this.#added.filter((a) => a.stamp > readAfter);
    if ([...this.#removed.values()].some((stamp) => stamp <= readAfter))
      this.#removed = new Map([...this.#removed].filter(([, stamp]) => stamp > readAfter));
  }
}
