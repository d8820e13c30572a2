// A plan's influencer sheet and its settings in the database: every record restored on read
// (a hostile name kept as text, bad numbers made unknown, bad settings dropped), written
// through the repository (bulk add all or nothing, change messages applied to the stored
// record, remove and put back, settings on top of what is stored), carried by a backup (and
// refused in one when a record holds a bad number), and deleted and undeleted with the plan.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PlansRepository } from '../../../src/db';
import { checkBackup, checksumOf, createBackup, restoreBackup } from '../../../src/db/backup';
import {
  InfluencersRepository,
  influencerSettingsOf,
  influencersOf,
} from '../../../src/db/influencers-repository';
import { restoreInfluencer, restoreInfluencerSettings } from '../../../src/db/restore-influencers';
import { MixplanDb } from '../../../src/db/db';
import { DEFAULT_BENCHMARKS } from '../../../src/domain/influencers/benchmarks';
import { emptyChecklist } from '../../../src/domain/influencers/disclosure';
import type { Influencer } from '../../../src/domain/influencers/model';
import { defaultInfluencerSettings } from '../../../src/domain/influencers/settings';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';

const NOW = Date.UTC(2026, 5, 15, 10);
const HOSTILE = '<img src=x onerror=alert(1)>';
let opened: MixplanDb[] = [];

function freshDb(): MixplanDb {
  const db = new MixplanDb(`influencers-${Math.random()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened) db.close();
  for (const db of opened) await db.delete();
  opened = [];
});

const PLAN: Plan = {
  id: 'p1',
  name: 'Boutique',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};

function influencer(id: string, fields: Partial<Influencer> = {}): Influencer {
  return {
    id,
    planId: 'p1',
    name: `Créatrice ${id}`,
    handle: `@${id}`,
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
    promoCode: 'LEA10',
    attributedOrders: 8,
    attributedRevenue: toCents(64_000),
    disclosure: emptyChecklist(),
    status: 'to-contact',
    notes: '',
    posts: [{ likes: 500, comments: 10, shares: null, views: 2_800 }],
    bookedMonth: null,
    bookedCost: null,
    ...fields,
  };
}

async function withPlan(): Promise<MixplanDb> {
  const db = freshDb();
  await db.plans.add(PLAN);
  return db;
}

/** The domain record without the database's ordering fields. */
function plain(record: Influencer & { addedAt?: number; addedIndex?: number }): Influencer {
  const copy = { ...record };
  delete copy.addedAt;
  delete copy.addedIndex;
  return copy;
}

describe('restoreInfluencer', () => {
  it('keeps a well-formed record, and a hostile name exactly as typed', () => {
    const row = {
      ...influencer('a', { name: HOSTILE, notes: '<script>x</script>' }),
      addedAt: 5,
      addedIndex: 0,
    };
    expect(restoreInfluencer(row)).toEqual(row);
    expect(restoreInfluencer(row)?.name).toBe(HOSTILE);
  });

  it.each([
    ['followers', Number.NaN],
    ['followers', 12.5],
    ['avgLikes', -3],
    ['avgComments', 'douze'],
    ['pricePost', 100.5],
    ['pricePost', -100],
    ['attributedRevenue', Number.POSITIVE_INFINITY],
    ['audienceMatch', 1.4],
    ['attributedOrders', 2.5],
  ])('makes a bad %s (%s) unknown', (field, value) => {
    const restored = restoreInfluencer({ ...influencer('a'), [field]: value });
    expect(restored?.[field as keyof Influencer]).toBeNull();
  });

  it('drops posts that are not numbers and repairs a checklist', () => {
    const restored = restoreInfluencer({
      ...influencer('a'),
      posts: [
        { likes: 10, comments: 1, shares: null, views: null },
        { likes: 'x', comments: 1 },
      ],
      disclosure: {
        'commercial-mention': 'done',
        'clear-legible': 'not-applicable',
        'every-format': 'maybe',
      },
    });
    expect(restored?.posts).toEqual([{ likes: 10, comments: 1, shares: null, views: null }]);
    expect(restored?.disclosure).toEqual({ ...emptyChecklist(), 'commercial-mention': 'done' });
  });

  it('refuses a record without an id, plan, known platform or known status', () => {
    expect(restoreInfluencer({ ...influencer('a'), id: '' })).toBeNull();
    expect(restoreInfluencer({ ...influencer('a'), planId: 3 })).toBeNull();
    expect(restoreInfluencer({ ...influencer('a'), platform: 'myspace' })).toBeNull();
    expect(restoreInfluencer({ ...influencer('a'), status: 'married' })).toBeNull();
  });

  it('fills the defaults of an older, shorter record', () => {
    const restored = restoreInfluencer({ id: 'a', planId: 'p1', name: 'Léa', platform: 'tiktok' });
    expect(restored).toMatchObject({
      status: 'to-contact',
      followers: null,
      handle: '',
      posts: [],
      disclosure: emptyChecklist(),
      bookedMonth: null,
      addedAt: 0,
    });
  });
});

describe('restoreInfluencerSettings', () => {
  const settings = { ...defaultInfluencerSettings('p1', NOW), shortlist: ['a'] };

  it('keeps well-formed settings as they are', () => {
    expect(restoreInfluencerSettings(settings)).toEqual(settings);
  });

  it('drops settings whose weights or benchmarks the domain refuses', () => {
    const zero = { engagement: 0, costEfficiency: 0, audienceMatch: 0, audienceQuality: 0, roi: 0 };
    expect(restoreInfluencerSettings({ ...settings, weights: zero })).toBeNull();
    const [first] = DEFAULT_BENCHMARKS.engagement;
    if (!first) throw new Error('no benchmark');
    const overlapping = {
      ...DEFAULT_BENCHMARKS,
      engagement: [{ ...first, bands: [...first.bands, ...first.bands] }],
    };
    expect(restoreInfluencerSettings({ ...settings, benchmarks: overlapping })).toBeNull();
  });

  it('gives defaults for missing fields and bad thresholds', () => {
    const restored = restoreInfluencerSettings({
      planId: 'p1',
      format: 'reel',
      emvCpm: -5,
      redFlags: { priceFactor: 'x' },
    });
    expect(restored).toEqual({ ...defaultInfluencerSettings('p1', 0) });
  });
});

describe('InfluencersRepository', () => {
  it('adds in one go, reads back in the order added, the hostile name as text', async () => {
    const db = await withPlan();
    const repo = new InfluencersRepository(db, () => NOW);
    const rows = [influencer('z', { name: HOSTILE }), influencer('b'), influencer('m')];
    const added = await repo.add('p1', rows);
    expect(added.ok && added.value?.length).toBe(3);
    const read = await influencersOf(db, 'p1');
    expect(read.map((i) => i.id)).toEqual(['z', 'b', 'm']);
    expect(read.map(plain)).toEqual(rows);
    expect(read[0]?.name).toBe(HOSTILE);
    // A later add comes after, whatever its ids.
    await new InfluencersRepository(db, () => NOW + 1).add('p1', [influencer('a')]);
    expect((await influencersOf(db, 'p1')).map((i) => i.id)).toEqual(['z', 'b', 'm', 'a']);
  });

  it('writes nothing when one row cannot be stored, or when the plan is gone', async () => {
    const db = await withPlan();
    const repo = new InfluencersRepository(db, () => NOW);
    await repo.add('p1', [influencer('a')]);
    // 'a' again: the database refuses the whole add.
    const twice = await repo.add('p1', [influencer('b'), influencer('a')]);
    expect(twice.ok).toBe(false);
    const bad = await repo.add('p1', [
      influencer('c'),
      { ...influencer('d'), platform: 'fax' as 'x' },
    ]);
    expect(bad.ok).toBe(false);
    // A bad number is refused, not stored as unknown.
    const nan = await repo.add('p1', [influencer('f', { followers: Number.NaN })]);
    expect(nan.ok).toBe(false);
    const negative = await repo.add('p1', [influencer('g', { pricePost: -5 as never })]);
    expect(negative.ok).toBe(false);
    expect((await influencersOf(db, 'p1')).map((i) => i.id)).toEqual(['a']);
    const gone = await repo.add('nope', [influencer('e')]);
    expect(gone).toEqual({ ok: true, value: null });
    expect(await db.influencers.count()).toBe(1);
  });

  it('applies a change to the stored record: another tab’s field stays', async () => {
    const db = await withPlan();
    const repo = new InfluencersRepository(db, () => NOW);
    await repo.add('p1', [influencer('a')]);
    // Another tab wrote the notes meanwhile.
    await db.influencers.update('a', { notes: 'vue au salon' });
    const applied = await repo.apply('a', { kind: 'fields', fields: { followers: 15_000 } });
    expect(applied.ok && applied.value?.followers).toBe(15_000);
    const [stored] = await influencersOf(db, 'p1');
    expect(stored).toMatchObject({ followers: 15_000, notes: 'vue au salon' });
    expect(await repo.apply('gone', { kind: 'fields', fields: { notes: 'x' } })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('never stores a NaN a change holds', async () => {
    const db = await withPlan();
    const repo = new InfluencersRepository(db, () => NOW);
    await repo.add('p1', [influencer('a')]);
    await repo.apply('a', { kind: 'fields', fields: { avgLikes: Number.NaN } });
    expect((await db.influencers.get('a'))?.avgLikes).toBeNull();
  });

  it('removes and puts back in the same place', async () => {
    const db = await withPlan();
    const repo = new InfluencersRepository(db, () => NOW);
    await repo.add('p1', [influencer('a'), influencer('b'), influencer('c')]);
    const removed = await repo.remove(['b', 'missing']);
    if (!removed.ok) throw new Error(removed.error.code);
    expect(removed.value.map((i) => i.id)).toEqual(['b']);
    expect((await influencersOf(db, 'p1')).map((i) => i.id)).toEqual(['a', 'c']);
    await new InfluencersRepository(db, () => NOW + 50).restore(removed.value);
    expect((await influencersOf(db, 'p1')).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('saves settings on top of what is stored, refuses bad ones, and reads them back', async () => {
    const db = await withPlan();
    const repo = new InfluencersRepository(db, () => NOW);
    expect(await influencerSettingsOf(db, 'p1')).toBeNull();
    const weights = {
      engagement: 3,
      costEfficiency: 1,
      audienceMatch: 1,
      audienceQuality: 1,
      roi: 0,
    };
    await repo.saveSettings('p1', { weights });
    await repo.saveSettings('p1', { format: 'story' });
    expect(await influencerSettingsOf(db, 'p1')).toEqual({
      ...defaultInfluencerSettings('p1', NOW),
      weights,
      format: 'story',
    });
    const zero = {
      ...weights,
      engagement: 0,
      costEfficiency: 0,
      audienceMatch: 0,
      audienceQuality: 0,
    };
    expect((await repo.saveSettings('p1', { weights: zero })).ok).toBe(false);
    expect((await influencerSettingsOf(db, 'p1'))?.weights).toEqual(weights);
    expect(await repo.saveSettings('gone', { format: 'video' })).toEqual({ ok: true, value: null });
  });
});

describe('a plan delete and its undo', () => {
  it('takes the sheet and its settings along, and brings them back', async () => {
    const db = await withPlan();
    const repo = new InfluencersRepository(db, () => NOW);
    await repo.add('p1', [influencer('a'), influencer('b')]);
    await repo.saveSettings('p1', { format: 'video', shortlist: ['b'] });
    const before = await influencersOf(db, 'p1');
    const settings = await influencerSettingsOf(db, 'p1');
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-06' as Month }));
    const deleted = await plans.delete('p1');
    if (!deleted.ok || !deleted.value) throw new Error('not deleted');
    expect(await db.influencers.count()).toBe(0);
    expect(await db.influencerSettings.count()).toBe(0);
    expect(deleted.value.influencers).toHaveLength(2);
    expect(deleted.value.influencerSettings).toEqual([settings]);
    await plans.restore(deleted.value);
    expect(await influencersOf(db, 'p1')).toEqual(before);
    expect(await influencerSettingsOf(db, 'p1')).toEqual(settings);
  });
});

describe('a backup with an influencer sheet', () => {
  async function backupText(): Promise<string> {
    const db = await withPlan();
    const repo = new InfluencersRepository(db, () => NOW);
    await repo.add('p1', [influencer('a', { name: HOSTILE }), influencer('b')]);
    await repo.saveSettings('p1', { format: 'story' });
    const created = await createBackup(db, NOW);
    if (!created.ok) throw new Error(created.error.code);
    return created.value.text;
  }

  /** The backup with one string replaced, its checksum made right again. */
  function crafted(text: string, from: string, to: string): string {
    const marked = text.replace(from, to);
    const parsed = JSON.parse(marked) as { checksum: string; tables: unknown };
    return marked.replace(parsed.checksum, checksumOf(JSON.stringify(parsed.tables)));
  }

  it('restores both tables exactly, the hostile name as text', async () => {
    const text = await backupText();
    const target = freshDb();
    const checked = checkBackup(target, text, NOW);
    if (!checked.ok) throw new Error(checked.error.code);
    expect(checked.value.summary.counts).toMatchObject({ influencers: 2, influencerSettings: 1 });
    expect((await restoreBackup(target, checked.value)).ok).toBe(true);
    const read = await influencersOf(target, 'p1');
    expect(read.map((i) => i.name)).toEqual([HOSTILE, 'Créatrice b']);
    expect((await influencerSettingsOf(target, 'p1'))?.format).toBe('story');
  });

  it('is refused when an influencer holds a bad number', async () => {
    const text = await backupText();
    const from = '"followers":12000';
    expect(text).toContain(from);
    const checked = checkBackup(freshDb(), crafted(text, from, '"followers":-12000'), NOW);
    expect(checked.ok ? 'accepted' : checked.error).toEqual({
      code: 'invalid-record',
      table: 'influencers',
      index: 0,
    });
  });

  it('is refused when the settings hold weights that are all zero', async () => {
    const text = await backupText();
    const from =
      '"weights":{"engagement":1,"costEfficiency":1,"audienceMatch":1,"audienceQuality":1,"roi":1}';
    expect(text).toContain(from);
    const to =
      '"weights":{"engagement":0,"costEfficiency":0,"audienceMatch":0,"audienceQuality":0,"roi":0}';
    const checked = checkBackup(freshDb(), crafted(text, from, to), NOW);
    expect(checked.ok ? 'accepted' : checked.error).toEqual({
      code: 'invalid-record',
      table: 'influencerSettings',
      index: 0,
    });
  });
});
