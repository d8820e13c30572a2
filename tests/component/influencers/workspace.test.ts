// The influencer workspace against a real (fake) IndexedDB: rows added, edited and removed
// here reach the database and come back through the observed answer; an edit whose write
// fails stays on screen, counted, and is stored on retry; settings are stored; a removal
// offers its undo; and a weight change only rescores. computeSheet is counted with a vi.mock
// spy wrapping the real function, so the workspace computes exactly as it does in the app.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MixplanDb } from '../../../src/db';
import {
  InfluencersRepository,
  influencerSettingsOf,
} from '../../../src/db/influencers-repository';
import { emptyChecklist } from '../../../src/domain/influencers/disclosure';
import type { Influencer } from '../../../src/domain/influencers/model';
import { computeSheet } from '../../../src/domain/influencers/sheet';
import { toCents } from '../../../src/domain/money';
import type { InfluencersWorkspace } from '../../../src/state/influencers-workspace.svelte';
import { PLAN, seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';
import WorkspaceHarness from './WorkspaceHarness.svelte';

vi.mock('../../../src/domain/influencers/sheet', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/domain/influencers/sheet')>();
  return { ...real, computeSheet: vi.fn(real.computeSheet) };
});

const HOSTILE = '<img src=x onerror=alert(1)>';
let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

function draft(name: string, fields: Partial<Influencer> = {}): Omit<Influencer, 'id' | 'planId'> {
  return {
    name,
    handle: `@${name}`,
    platform: 'instagram',
    followers: 12_000,
    avgLikes: 480,
    avgComments: 12,
    avgShares: null,
    avgViews: 3_000,
    impressions: null,
    pricePost: toCents(25_000),
    priceStory: null,
    priceVideo: null,
    niche: 'beauté',
    audienceMatch: 0.6,
    realFollowerShare: 0.9,
    promoCode: '',
    attributedOrders: null,
    attributedRevenue: null,
    disclosure: emptyChecklist(),
    status: 'to-contact',
    notes: '',
    posts: [],
    bookedMonth: null,
    bookedCost: null,
    ...fields,
  };
}

async function mount(): Promise<InfluencersWorkspace> {
  let workspace: InfluencersWorkspace | null = null;
  render(WorkspaceHarness, {
    db,
    env: testEnvironment(),
    ready: (ws: InfluencersWorkspace) => (workspace = ws),
  });
  await screen.findByRole('list', { name: 'Influenceurs' });
  if (!workspace) throw new Error('no workspace');
  return workspace;
}

function rows(): string[] {
  const list = screen.getByRole('list', { name: 'Influenceurs' });
  return within(list)
    .queryAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

/** Rows written straight through the repository, as another tab (or an earlier visit) would. */
async function seed(drafts: Omit<Influencer, 'id' | 'planId'>[]): Promise<void> {
  const rows = drafts.map((d, i) => ({ ...d, id: `seeded-${i}`, planId: PLAN.id }));
  const added = await new InfluencersRepository(db, () => 1).add(PLAN.id, rows);
  if (!added.ok || !added.value) throw new Error('not seeded');
}

async function stored(): Promise<Influencer[]> {
  return db.influencers.where('planId').equals(PLAN.id).toArray();
}

describe('InfluencersWorkspace', () => {
  it('adds, edits and removes through the database, a hostile name shown as text', async () => {
    const ws = await mount();
    expect(await ws.add([draft(HOSTILE), draft('Léa', { followers: 50_000 })])).toBe(true);
    await screen.findByText(/Léa — 50000/);
    expect(rows()[0]).toContain(HOSTILE);
    expect(document.querySelector('img')).toBeNull();
    const saved = await stored();
    expect(saved.map((i) => i.name).sort()).toEqual([HOSTILE, 'Léa'].sort());

    const lea = ws.influencers.find((i) => i.name === 'Léa');
    if (!lea) throw new Error('Léa missing');
    ws.edit(lea.id, { kind: 'fields', fields: { followers: 61_000 } });
    // Shown at once, before the write lands.
    await screen.findByText(/Léa — 61000/);
    await vi.waitFor(async () =>
      expect((await db.influencers.get(lea.id))?.followers).toBe(61_000),
    );

    expect(await ws.remove([lea.id])).toBe(true);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(await db.influencers.get(lea.id)).toBeUndefined();
    await screen.findByText('1 influenceur supprimé de la feuille');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    await screen.findByText(/Léa — 61000/);
    expect((await db.influencers.get(lea.id))?.followers).toBe(61_000);
    // Back in its place: the order added.
    expect(ws.influencers.map((i) => i.name)).toEqual([HOSTILE, 'Léa']);
  });

  it('follows a row written by another tab', async () => {
    const ws = await mount();
    await new InfluencersRepository(db, () => 1).add(PLAN.id, [
      { ...draft('Autre onglet'), id: 'other', planId: PLAN.id },
    ]);
    await screen.findByText(/Autre onglet/);
    expect(ws.influencers.map((i) => i.id)).toEqual(['other']);
  });

  it('keeps an edit whose write failed on screen, counts it, and stores it on retry', async () => {
    // Stored before the screen opens, so that the answer on screen is the database's.
    await seed([draft('Léa')]);
    const ws = await mount();
    await screen.findByText(/Léa — 12000/);
    const [lea] = ws.influencers;
    if (!lea) throw new Error('Léa missing');
    const apply = InfluencersRepository.prototype.apply;
    const failing = vi
      .spyOn(InfluencersRepository.prototype, 'apply')
      .mockResolvedValue({ ok: false, error: { code: 'quota', detail: 'disk full' } });
    ws.edit(lea.id, { kind: 'fields', fields: { followers: 99_000 } });
    await screen.findByText('Non enregistrées : 1');
    expect(rows()[0]).toContain('Léa — 99000');
    expect((await db.influencers.get(lea.id))?.followers).toBe(12_000);
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);

    // The database's answer may have sent it again meanwhile: let that attempt fail first.
    await ws.settled();
    failing.mockImplementation(function (this: InfluencersRepository, id, change) {
      return apply.call(this, id, change);
    });
    expect(await ws.flush()).toBe(true);
    await vi.waitFor(async () =>
      expect((await db.influencers.get(lea.id))?.followers).toBe(99_000),
    );
    await screen.findByText('Non enregistrées : 0');
    expect(rows()[0]).toContain('Léa — 99000');
  });

  it('stores the settings, shown at once', async () => {
    const ws = await mount();
    ws.setSettings({ format: 'story' });
    await screen.findByText('Format : story');
    await vi.waitFor(async () =>
      expect((await influencerSettingsOf(db, PLAN.id))?.format).toBe('story'),
    );
    ws.setSettings({ shortlist: ['x'] });
    await vi.waitFor(async () => {
      const settings = await influencerSettingsOf(db, PLAN.id);
      expect(settings).toMatchObject({ format: 'story', shortlist: ['x'] });
    });
    expect(ws.settings.format).toBe('story');
  });

  it('rescores on a weight change without running computeSheet again', async () => {
    await seed([
      draft('Engagée', { avgLikes: 1_200, audienceMatch: 0.2 }),
      draft('Ciblée', { avgLikes: 200, audienceMatch: 0.95 }),
    ]);
    const ws = await mount();
    await screen.findByText(/Ciblée/);
    const computed = vi.mocked(computeSheet);
    const before = ws.sheet;
    const runs = computed.mock.calls.length;
    expect(runs).toBeGreaterThan(0);

    const weights = { ...ws.settings.weights, audienceMatch: 10 };
    ws.setSettings({ weights });
    const after = ws.sheet;
    expect(after.options.weights).toEqual(weights);
    expect(after.scores).not.toEqual(before.scores);
    // The same columns, not recomputed: only the scores.
    expect(after.tier).toBe(before.tier);
    await vi.waitFor(async () =>
      expect((await influencerSettingsOf(db, PLAN.id))?.weights).toEqual(weights),
    );
    // The stored answer arrives with the same options: still no full computation.
    expect(ws.sheet.scores).toEqual(after.scores);
    expect(computed.mock.calls.length).toBe(runs);

    // A setting the columns read does run it again.
    ws.setSettings({ format: 'video' });
    void ws.sheet;
    expect(computed.mock.calls.length).toBe(runs + 1);
  });
});
