// The restore step: whatever comes out of storage, the app sees well-formed records.
import { describe, expect, it } from 'vitest';
import { restoreAll, restoreBudget, restoreChannel, restorePlan } from '../../../src/db/restore';
import type { Month } from '../../../src/domain/months';

const NOW = Date.UTC(2026, 10, 23);
const FALLBACK = '2026-11' as Month;

const goodPlan = {
  id: 'p1',
  name: 'Plan 2027',
  currency: 'CHF',
  locale: 'en-GB',
  firstMonth: '2027-01',
  monthCount: 24,
  targetBudget: 1250,
  scenarioOf: null,
  createdAt: 10,
  updatedAt: 20,
};

describe('restorePlan', () => {
  it('keeps a well-formed plan exactly', () => {
    expect(restorePlan(goodPlan, NOW, FALLBACK)).toEqual(goodPlan);
  });

  it.each([
    ['no id', { ...goodPlan, id: undefined }],
    ['empty id', { ...goodPlan, id: '' }],
    ['not an object', 'plan'],
    ['null', null],
    ['an array', [goodPlan]],
  ])('drops a record with %s', (_label, raw) => {
    expect(restorePlan(raw, NOW, FALLBACK)).toBeNull();
  });

  it.each([
    ['an unknown currency', { currency: 'XYZ' }, { currency: 'EUR' }],
    ['an unknown locale', { locale: 'de-DE' }, { locale: 'fr-FR' }],
    ['a malformed first month', { firstMonth: '2027-13' }, { firstMonth: FALLBACK }],
    ['too few months', { monthCount: 3 }, { monthCount: 12 }],
    ['too many months', { monthCount: 600 }, { monthCount: 60 }],
    ['a fractional month count', { monthCount: 12.5 }, { monthCount: 12 }],
    ['a fractional budget', { targetBudget: 12.5 }, { targetBudget: null }],
    ['a budget as text', { targetBudget: '1250' }, { targetBudget: null }],
    ['a blank name', { name: '   ' }, { name: 'Plan' }],
    [
      'no timestamps',
      { createdAt: undefined, updatedAt: undefined },
      { createdAt: NOW, updatedAt: NOW },
    ],
  ])('repairs %s', (_label, change, expected) => {
    const restored = restorePlan({ ...goodPlan, ...change }, NOW, FALLBACK);
    expect(restored).toMatchObject(expected);
  });

  it('fills every field of a plan written by an older, smaller shape', () => {
    expect(restorePlan({ id: 'old', name: 'Ancien' }, NOW, FALLBACK)).toEqual({
      id: 'old',
      name: 'Ancien',
      currency: 'EUR',
      locale: 'fr-FR',
      firstMonth: FALLBACK,
      monthCount: 12,
      targetBudget: null,
      scenarioOf: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });
});

describe('restoreChannel', () => {
  const goodChannel = {
    id: 'c1',
    planId: 'p1',
    name: 'Salon professionnel',
    family: 'hors-media',
    category: 'trade-show',
    poe: 'owned',
    costModel: { kind: 'per-unit', unit: 'attendee' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'event-reach',
    sortOrder: 3,
  };

  it('keeps a well-formed channel exactly', () => {
    expect(restoreChannel(goodChannel)).toEqual(goodChannel);
  });

  it.each([
    ['an unknown family', { family: 'tv' }, { family: 'media' }],
    ['an unknown POE', { poe: 'bought' }, { poe: 'paid' }],
    [
      'a per-unit cost without a known unit',
      { costModel: { kind: 'per-unit', unit: 'kg' } },
      { costModel: { kind: 'fixed' } },
    ],
    ['an unknown stage', { stage: 'awareness' }, { stage: null }],
    ['an empty KPI', { kpi: '' }, { kpi: null }],
    ['a missing sort order', { sortOrder: undefined }, { sortOrder: 0 }],
  ])('repairs %s', (_label, change, expected) => {
    expect(restoreChannel({ ...goodChannel, ...change })).toMatchObject(expected);
  });

  it('drops a channel without its plan', () => {
    expect(restoreChannel({ ...goodChannel, planId: undefined })).toBeNull();
  });
});

// A newer Mixplan in another tab may add fields; this tab writes records back after an edit,
// so whatever it does not know must come out of restore untouched.
describe('fields written by a newer version', () => {
  const newer = { owner: 'agence-nord', tags: ['2027', 'lancement'], review: { by: 'Léa' } };

  it('keeps a plan’s unknown fields beside its known ones', () => {
    expect(restorePlan({ ...goodPlan, ...newer }, NOW, FALLBACK)).toEqual({
      ...goodPlan,
      ...newer,
    });
  });

  it('still repairs a known field with a bad value, keeping the unknown ones', () => {
    const restored = restorePlan(
      { ...goodPlan, ...newer, currency: 'XYZ', monthCount: 600 },
      NOW,
      FALLBACK,
    );
    expect(restored).toEqual({ ...goodPlan, ...newer, currency: 'EUR', monthCount: 60 });
  });

  it('keeps a channel’s unknown fields, and those of a known cost model', () => {
    const channel = {
      id: 'c1',
      planId: 'p1',
      name: 'Salon',
      family: 'hors-media',
      category: 'trade-show',
      poe: 'paid',
      costModel: { kind: 'per-unit', unit: 'attendee', minimum: 50 },
      objective: null,
      stage: null,
      kpi: null,
      sortOrder: 1,
      ...newer,
    };
    expect(restoreChannel(channel)).toEqual(channel);
    expect(restoreChannel({ ...channel, family: 'tv' })).toEqual({ ...channel, family: 'media' });
  });

  it('replaces an unknown cost model by a bare fixed fee', () => {
    const restored = restoreChannel({
      id: 'c1',
      planId: 'p1',
      costModel: { kind: 'auction', floor: 3 },
    });
    expect(restored?.costModel).toEqual({ kind: 'fixed' });
  });

  it('keeps a budget’s unknown fields and a month’s unknown layers', () => {
    const budget = {
      channelId: 'c1',
      planId: 'p1',
      currencyNote: 'HT',
      months: { '2027-01': { planned: 100_00, committed: 0, actual: 50_00, forecast: 80_00 } },
    };
    expect(restoreBudget(budget)).toEqual(budget);
  });
});

describe('restoreBudget', () => {
  it.each([
    ['a month that is not YYYY-MM', { '2027-13': { planned: 1 } }, {}],
    ['a month that is not an object', { '2027-01': 12 }, {}],
    [
      'negative, fractional or textual amounts',
      { '2027-01': { planned: -5, committed: 1.5, actual: '30' } },
      { '2027-01': { planned: 0, committed: 0, actual: 0 } },
    ],
    [
      'a missing layer',
      { '2027-02': { planned: 700 } },
      { '2027-02': { planned: 700, committed: 0, actual: 0 } },
    ],
  ])('repairs %s', (_label, months, expected) => {
    expect(restoreBudget({ channelId: 'c1', planId: 'p1', months })?.months).toEqual(expected);
  });

  it('drops a budget without its channel or its plan', () => {
    expect(restoreBudget({ planId: 'p1', months: {} })).toBeNull();
    expect(restoreBudget({ channelId: 'c1', months: {} })).toBeNull();
  });
});

describe('restoreAll', () => {
  it('keeps the repairable records in order and drops the rest', () => {
    const restored = restoreAll([goodPlan, null, { ...goodPlan, id: 'p2' }], (raw) =>
      restorePlan(raw, NOW, FALLBACK),
    );
    expect(restored.map((p) => p.id)).toEqual(['p1', 'p2']);
  });
});
