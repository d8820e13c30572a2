// The runes bridge over liveQuery: loading until the first answer, then every change, and a
// new subscription when what the query reads changes.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MixplanDb } from '../../src/db';
import { LiveQuery } from '../../src/state/live-query.svelte';
import { scratchDbName } from './harness';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function channelNames(db: MixplanDb, planId: () => string) {
  let live!: LiveQuery<string[]>;
  const stop = $effect.root(() => {
    live = new LiveQuery(() => {
      const id = planId();
      return async () =>
        (await db.channels.where('planId').equals(id).toArray()).map((c) => c.name);
    });
  });
  cleanups.push(stop);
  flushSync();
  return live;
}

function channel(id: string, planId: string, name: string) {
  return {
    id,
    planId,
    name,
    family: 'media' as const,
    category: 'tv',
    poe: 'paid' as const,
    costModel: { kind: 'fixed' as const },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  };
}

describe('LiveQuery', () => {
  it('is loading (undefined, not empty) until the first answer, then follows changes', async () => {
    const db = new MixplanDb(scratchDbName());
    const live = channelNames(db, () => 'p1');
    expect(live.loading).toBe(true);
    expect(live.current).toBeUndefined();

    await vi.waitFor(() => expect(live.current).toEqual([]));
    expect(live.loading).toBe(false);

    await db.channels.add(channel('c1', 'p1', 'Radio locale'));
    await vi.waitFor(() => expect(live.current).toEqual(['Radio locale']));
    db.close();
  });

  it('resubscribes when a value it reads changes', async () => {
    const db = new MixplanDb(scratchDbName());
    await db.channels.bulkAdd([channel('a', 'p1', 'TV'), channel('b', 'p2', 'Salon')]);
    let planId = $state('p1');
    const live = channelNames(db, () => planId);
    await vi.waitFor(() => expect(live.current).toEqual(['TV']));

    planId = 'p2';
    flushSync();
    expect(live.current).toBeUndefined();
    await vi.waitFor(() => expect(live.current).toEqual(['Salon']));
    db.close();
  });

  it('reports a failing query as a storage error instead of throwing', async () => {
    let live!: LiveQuery<number>;
    cleanups.push(
      $effect.root(() => {
        live = new LiveQuery<number>(
          () => () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
        );
      }),
    );
    flushSync();
    await vi.waitFor(() => expect(live.error?.code).toBe('quota'));
    expect(live.loading).toBe(false);
    expect(live.current).toBeUndefined();
  });
});
