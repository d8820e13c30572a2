// The cell-change log: what one action changed, applied to the stored records, merged while
// waiting to be written, reversed for undo, and set aside when another tab wrote since.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_LAYERS,
  type BudgetLayer,
  type ChannelBudget,
  type MonthAmounts,
} from '../../../src/domain/budget';
import { toCents, type Cents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Channel } from '../../../src/domain/plan';
import {
  fieldChange,
  invertChanges,
  mergePending,
  mergePendingFields,
  patchBudget,
  patchChannel,
  splitStale,
  type CellChange,
  type FieldChange,
} from '../../../src/domain/plan-changes';

function amounts(planned: number, committed: number, actual: number): MonthAmounts {
  return { planned: toCents(planned), committed: toCents(committed), actual: toCents(actual) };
}

function cell(
  month: string,
  layer: BudgetLayer,
  before: number,
  after: number,
  channelId = 'tv',
): CellChange {
  return {
    channelId,
    month: month as Month,
    layer,
    before: toCents(before),
    after: toCents(after),
  };
}

/** A stored record as a newer version of the app may have written it: with a field we do not know. */
const stored = {
  channelId: 'tv',
  planId: 'p1',
  colour: 'teal',
  months: {
    // Before the plan's first month (2026-01): hidden, never to be lost.
    '2025-11': amounts(50_000, 0, 48_000),
    '2026-01': amounts(120_000, 30_000, 0),
    '2026-02': amounts(80_000, 0, 0),
    // Long after the plan's last month.
    '2031-06': amounts(0, 0, 9_900),
  },
} satisfies ChannelBudget & { colour: string };

describe('patchBudget', () => {
  it('sets the changed cells and keeps every other month, layer and field of the record', () => {
    const patched = patchBudget(stored, [
      cell('2026-01', 'planned', 120_000, 150_000),
      cell('2026-03', 'actual', 0, 12_345),
    ]);
    expect(patched).toEqual({
      channelId: 'tv',
      planId: 'p1',
      colour: 'teal',
      months: {
        '2025-11': amounts(50_000, 0, 48_000),
        '2026-01': amounts(150_000, 30_000, 0),
        '2026-02': amounts(80_000, 0, 0),
        '2026-03': amounts(0, 0, 12_345),
        '2031-06': amounts(0, 0, 9_900),
      },
    });
  });

  it('leaves the stored record itself unchanged', () => {
    patchBudget(stored, [cell('2026-01', 'planned', 120_000, 1)]);
    expect(stored.months['2026-01']).toEqual(amounts(120_000, 30_000, 0));
  });

  it('ignores changes of another channel', () => {
    const patched = patchBudget(stored, [cell('2026-01', 'planned', 0, 777, 'radio')]);
    expect(patched.months).toEqual(stored.months);
  });

  it.each([
    [
      'its only amount is cleared',
      cell('2026-02', 'planned', 80_000, 0),
      ['2025-11', '2026-01', '2031-06'],
    ],
    [
      'its last amount is cleared, outside the plan window',
      cell('2031-06', 'actual', 9_900, 0),
      ['2025-11', '2026-01', '2026-02'],
    ],
  ])('drops a month when %s', (_label, change, months) => {
    expect(Object.keys(patchBudget(stored, [change]).months).sort()).toEqual(months);
  });

  it('keeps a month while one of its layers still holds an amount', () => {
    const patched = patchBudget(stored, [cell('2026-01', 'planned', 120_000, 0)]);
    expect(patched.months['2026-01']).toEqual(amounts(0, 30_000, 0));
  });

  it('drops a month whose layers are cleared one after the other in one action', () => {
    const patched = patchBudget(stored, [
      cell('2025-11', 'planned', 50_000, 0),
      cell('2025-11', 'actual', 48_000, 0),
    ]);
    expect(Object.keys(patched.months).sort()).toEqual(['2026-01', '2026-02', '2031-06']);
  });
});

// --- Property tests over random records and random change lists ---------------------------

// Months inside and outside any plan window the record may have been shown in.
const MONTHS = ['2019-06', '2025-12', '2026-01', '2026-02', '2026-03', '2040-12'] as const;
// Zero often, so that months are emptied and dropped.
const centsArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e11 }));

const recordArb: fc.Arbitrary<ChannelBudget> = fc
  .dictionary(
    fc.constantFrom(...MONTHS),
    fc.record({ planned: centsArb, committed: centsArb, actual: centsArb }),
  )
  .map((months) => {
    const kept: Record<string, MonthAmounts> = {};
    for (const [month, m] of Object.entries(months)) {
      // A stored record never holds an all-zero month.
      if (m.planned + m.committed + m.actual > 0) {
        kept[month] = amounts(m.planned, m.committed, m.actual);
      }
    }
    return { channelId: 'tv', planId: 'p1', months: kept };
  });

const editsArb = fc.array(
  fc.record({
    month: fc.constantFrom(...MONTHS),
    layer: fc.constantFrom(...BUDGET_LAYERS),
    after: centsArb,
  }),
  { maxLength: 30 },
);

type Cells = Map<string, number>;

/** Every non-zero cell of a record, as plain numbers. */
function cellsOf(record: ChannelBudget): Cells {
  const cells: Cells = new Map();
  for (const [month, m] of Object.entries(record.months)) {
    for (const layer of BUDGET_LAYERS) if (m[layer] !== 0) cells.set(`${month}|${layer}`, m[layer]);
  }
  return cells;
}

/** The edits as cell changes, each `before` read from the record as it stands when it is made. */
function changesFrom(
  record: ChannelBudget,
  edits: readonly { month: string; layer: BudgetLayer; after: number }[],
): { changes: CellChange[]; expected: Cells } {
  const model = cellsOf(record);
  const changes = edits.map(({ month, layer, after }) => {
    const key = `${month}|${layer}`;
    const change = cell(month, layer, model.get(key) ?? 0, after);
    if (after === 0) model.delete(key);
    else model.set(key, after);
    return change;
  });
  return { changes, expected: model };
}

describe('patchBudget and invertChanges, over random records', () => {
  it('every cell holds its last typed value, every other cell its stored one', () => {
    fc.assert(
      fc.property(recordArb, editsArb, (record, edits) => {
        const { changes, expected } = changesFrom(record, edits);
        const patched = patchBudget(record, changes);
        expect(cellsOf(patched)).toEqual(expected);
        // No month is kept with nothing in it.
        for (const m of Object.values(patched.months)) {
          expect(m.planned + m.committed + m.actual).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('undoing an action gives back the stored record exactly', () => {
    fc.assert(
      fc.property(recordArb, editsArb, (record, edits) => {
        const { changes } = changesFrom(record, edits);
        const done = patchBudget(record, changes);
        const undone = patchBudget(done, invertChanges({ cells: changes, fields: [] }).cells);
        expect(undone).toEqual(record);
      }),
    );
  });
});

describe('invertChanges', () => {
  it('swaps old and new of every cell and field, last change first', () => {
    const inverted = invertChanges({
      cells: [cell('2026-01', 'planned', 0, 100), cell('2026-01', 'planned', 100, 250)],
      fields: [{ channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } }],
    });
    expect(inverted).toEqual({
      cells: [cell('2026-01', 'planned', 250, 100), cell('2026-01', 'planned', 100, 0)],
      fields: [{ channelId: 'tv', before: { name: 'Télé' }, after: { name: 'TV' } }],
    });
  });
});

describe('mergePending', () => {
  it.each([
    [
      'keeps the first before and the last after of a cell typed three times',
      [
        cell('2026-01', 'planned', 100, 1),
        cell('2026-01', 'planned', 1, 11),
        cell('2026-01', 'planned', 11, 111),
      ],
      [cell('2026-01', 'planned', 100, 111)],
    ],
    [
      'keeps apart cells of other months, layers and channels',
      [
        cell('2026-01', 'planned', 0, 1),
        cell('2026-02', 'planned', 0, 2),
        cell('2026-01', 'actual', 0, 3),
        cell('2026-01', 'planned', 0, 4, 'radio'),
      ],
      [
        cell('2026-01', 'planned', 0, 1),
        cell('2026-02', 'planned', 0, 2),
        cell('2026-01', 'actual', 0, 3),
        cell('2026-01', 'planned', 0, 4, 'radio'),
      ],
    ],
    [
      'keeps a cell typed back to its stored value as a change to that value',
      [cell('2026-01', 'planned', 100, 5), cell('2026-01', 'planned', 5, 100)],
      [cell('2026-01', 'planned', 100, 100)],
    ],
  ])('%s', (_label, changes, expected) => {
    const pending = new Map<string, CellChange>();
    for (const change of changes) mergePending(pending, [change]);
    expect([...pending.values()]).toEqual(expected);
  });
});

describe('mergePendingFields', () => {
  it.each([
    [
      'keeps the first name before and the last name after',
      [
        { channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } },
        { channelId: 'tv', before: { name: 'Télé' }, after: { name: 'Télévision' } },
      ],
      [{ channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télévision' } }],
    ],
    [
      'joins fields edited one after the other, each with its own first value',
      [
        { channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } },
        { channelId: 'tv', before: { kpi: null }, after: { kpi: 'roi' } },
        { channelId: 'tv', before: { name: 'Télé' }, after: { name: 'TV 2' } },
      ],
      [
        {
          channelId: 'tv',
          before: { name: 'TV', kpi: null },
          after: { name: 'TV 2', kpi: 'roi' },
        },
      ],
    ],
    [
      'keeps channels apart',
      [
        { channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } },
        { channelId: 'radio', before: { name: 'Radio' }, after: { name: 'FM' } },
      ],
      [
        { channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } },
        { channelId: 'radio', before: { name: 'Radio' }, after: { name: 'FM' } },
      ],
    ],
  ] satisfies [string, FieldChange[], FieldChange[]][])('%s', (_label, changes, expected) => {
    const pending = new Map<string, FieldChange>();
    for (const change of changes) mergePendingFields(pending, [change]);
    expect([...pending.values()]).toEqual(expected);
  });
});

const channel: Channel = {
  id: 'tv',
  planId: 'p1',
  name: 'TV',
  family: 'media',
  category: 'tv',
  poe: 'paid',
  costModel: { kind: 'fixed' },
  objective: null,
  stage: null,
  kpi: null,
  sortOrder: 0,
};

describe('splitStale', () => {
  it('sets apart the cells and fields another tab has written since, and keeps the others', () => {
    // The action about to be undone, as it was made.
    const action = {
      cells: [
        cell('2026-01', 'planned', 0, 100),
        cell('2026-02', 'planned', 0, 200),
        cell('2026-01', 'actual', 50, 0),
        cell('2026-01', 'planned', 0, 7, 'deleted-channel'),
      ],
      fields: [
        { channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } },
        { channelId: 'tv', before: { kpi: null }, after: { kpi: 'roi' } },
        { channelId: 'deleted-channel', before: { name: 'A' }, after: { name: 'B' } },
      ],
    };
    // What the database holds now: tab B typed 999 over January's planned and renamed TV.
    const now: Record<string, number> = {
      '2026-01|planned': 999,
      '2026-02|planned': 200,
      '2026-01|actual': 0,
    };
    const split = splitStale(action, {
      cell: (c): Cents | null => {
        if (c.channelId !== 'tv') return null;
        const value = now[`${c.month}|${c.layer}`];
        return value === undefined ? null : toCents(value);
      },
      channel: (id) => (id === 'tv' ? { ...channel, name: 'Renamed by tab B', kpi: 'roi' } : null),
    });
    expect(split).toEqual({
      current: {
        cells: [cell('2026-02', 'planned', 0, 200), cell('2026-01', 'actual', 50, 0)],
        fields: [{ channelId: 'tv', before: { kpi: null }, after: { kpi: 'roi' } }],
      },
      stale: {
        cells: [
          cell('2026-01', 'planned', 0, 100),
          cell('2026-01', 'planned', 0, 7, 'deleted-channel'),
        ],
        fields: [
          { channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } },
          { channelId: 'deleted-channel', before: { name: 'A' }, after: { name: 'B' } },
        ],
      },
    });
  });
});

describe('fieldChange', () => {
  it.each([
    ['nothing differs', {}, null],
    [
      'the name differs',
      { name: 'Télé' },
      { channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } },
    ],
    [
      'the KPI and the cost model differ',
      { kpi: 'roi', costModel: { kind: 'per-unit', unit: 'click' } },
      {
        channelId: 'tv',
        before: { kpi: null, costModel: { kind: 'fixed' } },
        after: { kpi: 'roi', costModel: { kind: 'per-unit', unit: 'click' } },
      },
    ],
    ['an equal cost model is a new object', { costModel: { kind: 'fixed' } }, null],
    ['only the sort order differs', { sortOrder: 4 }, null],
  ] satisfies [string, Partial<Channel>, FieldChange | null][])(
    'lists only the edited fields when %s',
    (_label, edit, expected) => {
      expect(fieldChange(channel, { ...channel, ...edit })).toEqual(expected);
    },
  );
});

describe('patchChannel', () => {
  it('sets the changed fields and keeps every other field, even one it does not know', () => {
    const storedChannel = { ...channel, colour: 'teal' };
    const patched = patchChannel(storedChannel, [
      { channelId: 'tv', before: { name: 'TV' }, after: { name: 'Télé' } },
      { channelId: 'radio', before: { name: 'Radio' }, after: { name: 'FM' } },
    ]);
    expect(patched).toEqual({ ...channel, colour: 'teal', name: 'Télé' });
  });
});
