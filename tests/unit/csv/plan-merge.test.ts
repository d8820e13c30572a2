// Merge and replace: which channels are matched (case and accents aside), created with
// their category's defaults, kept or deleted, and which amounts are overwritten.
import { describe, expect, it } from 'vitest';
import type { ImportedChannel, PlanImportBatch } from '../../../src/csv/plan-rows';
import { planImportChanges, type ImportMode } from '../../../src/csv/plan-merge';
import type { PlanSource } from '../../../src/csv/target';
import { textKey } from '../../../src/csv/text-key';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Channel } from '../../../src/domain/plan';
import { makePlan } from './plan-arbitraries';

const plan = makePlan('2026-01' as Month, 12);
const choose = (mode: ImportMode) => ({
  mode,
  period: { firstMonth: plan.firstMonth, monthCount: plan.monthCount },
  removeHeld: new Set<string>(),
});

function channel(id: string, name: string, sortOrder: number): Channel {
  return {
    id,
    planId: plan.id,
    name,
    family: 'media',
    category: 'tv',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'reach',
    sortOrder,
  };
}

const c = (n: number) => toCents(n);
const current: PlanSource = {
  plan,
  channels: [channel('tv', 'Télévision', 0), channel('radio', 'Radio', 1)],
  budgets: [
    {
      channelId: 'tv',
      planId: plan.id,
      months: {
        '2026-01': { planned: c(100), committed: c(50), actual: c(10) },
        '2026-02': { planned: c(200), committed: c(0), actual: c(0) },
      },
    },
    {
      channelId: 'radio',
      planId: plan.id,
      months: { '2026-01': { planned: c(7), committed: c(0), actual: c(0) } },
    },
  ],
};

function imported(
  name: string,
  months: ImportedChannel['months'],
  attributes = {},
): ImportedChannel {
  return { key: textKey(name), name, line: 2, attributes, months };
}

const batch: PlanImportBatch = {
  kind: 'plan',
  layers: ['planned'],
  channels: [
    imported('TELEVISION', { '2026-01': { planned: c(999) }, '2026-03': { planned: c(0) } }),
    imported('Salon Été', { '2026-02': { planned: c(300) } }, { category: 'trade-show' }),
  ],
};

let ids = 0;
const newId = () => `new-${++ids}`;

describe('merge', () => {
  const changes = planImportChanges(current, batch, choose('merge'), newId);

  it('matches "TELEVISION" with "Télévision", keeping its id, name and attributes', () => {
    expect(changes).toMatchObject({ created: 1, updated: 1, deletedChannelIds: [] });
    expect(changes.channels[0]).toEqual(current.channels[0]);
  });

  it('overwrites only the cells the file gives', () => {
    expect(changes.budgets[0]?.months).toEqual({
      '2026-01': { planned: 999, committed: 50, actual: 10 },
      '2026-02': { planned: 200, committed: 0, actual: 0 },
    });
  });

  it('creates an unknown channel with its category’s defaults, after the others', () => {
    expect(changes.channels[1]).toMatchObject({
      name: 'Salon Été',
      category: 'trade-show',
      family: 'hors-media',
      poe: 'paid',
      objective: null,
      sortOrder: 2,
    });
    expect(changes.budgets[1]?.months).toEqual({
      '2026-02': { planned: 300, committed: 0, actual: 0 },
    });
  });

  it('creates a channel without a category as a custom one', () => {
    const custom = planImportChanges(
      current,
      { ...batch, channels: [imported('Blog', {})] },
      choose('merge'),
      newId,
    );
    expect(custom.channels[0]).toMatchObject({ category: 'custom', family: 'hors-media' });
  });
});

describe('replace', () => {
  const changes = planImportChanges(current, batch, choose('replace'), newId);

  it('deletes the channels the file does not name; the others keep their place, new ones after', () => {
    expect(changes.deletedChannelIds).toEqual(['radio']);
    // An export in screen order imported back with Replace leaves the order as it was.
    expect(changes.channels.map((ch) => [ch.name, ch.sortOrder])).toEqual([
      ['Télévision', 0],
      ['Salon Été', 2],
    ]);
  });

  it('replaces the layers the file holds and keeps the others', () => {
    expect(changes.budgets[0]?.months).toEqual({
      '2026-01': { planned: 999, committed: 50, actual: 10 },
    });
  });

  it('keeps every amount when the file holds none (a channel list)', () => {
    const list = planImportChanges(current, { ...batch, layers: [] }, choose('replace'), newId);
    expect(list.budgets[0]?.months).toEqual({
      '2026-01': { planned: 999, committed: 50, actual: 10 },
      '2026-02': { planned: 200, committed: 0, actual: 0 },
    });
  });
});

describe('replace with refused rows (issue 9)', () => {
  it('keeps a channel that only refused rows name, with its amounts, unless ticked', () => {
    const kept = planImportChanges(current, batch, choose('replace'), newId, [textKey('Radio')]);
    expect(kept.deletedChannelIds).toEqual([]);
    expect(kept.keptHeld.map((k) => k.name)).toEqual(['Radio']);
    const ticked = planImportChanges(
      current,
      batch,
      { ...choose('replace'), removeHeld: new Set(['radio']) },
      newId,
      [textKey('Radio')],
    );
    expect(ticked.removed).toEqual([{ id: 'radio', name: 'Radio', reason: 'refused' }]);
  });

  it('names every removed channel with its reason', () => {
    const changes = planImportChanges(current, batch, choose('replace'), newId);
    expect(changes.removed.map((r) => [r.name, r.reason])).toEqual(
      changes.deletedChannelIds.map((id) => [
        current.channels.find((ch) => ch.id === id)?.name,
        'absent',
      ]),
    );
  });

  it('does not clear the months of a matched channel some of whose rows were refused', () => {
    const tv = planImportChanges(current, batch, choose('replace'), newId, [textKey('Télévision')]);
    const months = tv.budgets.find((b) => b.channelId === 'tv')?.months ?? {};
    expect(months['2026-02']?.planned).toBe(c(200));
  });
});

describe('period', () => {
  it('leaves out the cells outside the chosen period and counts them', () => {
    const narrow = {
      ...choose('merge'),
      period: { firstMonth: '2026-03' as Month, monthCount: 1 },
    };
    const changes = planImportChanges(current, batch, narrow, newId);
    expect(changes.period).toEqual(narrow.period);
    expect(changes.cellsOutside).toBeGreaterThan(0);
    for (const budget of changes.budgets) {
      for (const month of Object.keys(budget.months)) {
        if (month === '2026-01' || month === '2026-02') continue; // stored, not from the file
        expect(month).toBe('2026-03');
      }
    }
  });
});
