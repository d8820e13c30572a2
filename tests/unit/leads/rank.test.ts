// The list's order: best score first or newest first, every tie broken the same way (last
// contact, arrival, name, id), filtered by band; and the volume below which recency is advised.
import { describe, expect, it } from 'vitest';
import { leadsPerMonth, LOW_VOLUME_PER_MONTH, rankLeads } from '../../../src/domain/leads/rank';
import type { LeadScores } from '../../../src/domain/leads/score';
import { LEAD_BANDS, type Lead, type LeadBand } from '../../../src/domain/leads/model';
import { lead } from './fixtures';

function scores(rows: [total: number, band: LeadBand][]): LeadScores {
  return {
    fit: new Float64Array(rows.length),
    behaviour: new Float64Array(rows.length),
    total: Float64Array.from(rows, ([total]) => total),
    band: Uint8Array.from(rows, ([, band]) => LEAD_BANDS.indexOf(band)),
    gradeCode: new Uint8Array(rows.length),
    grade: rows.map(() => null),
    problems: new Uint16Array(rows.length),
  };
}

const names = (leads: Lead[], order: Int32Array) => Array.from(order, (i) => leads[i]?.name);

describe('rankLeads by score', () => {
  // Five leads tied at 40 that differ by one tie-break each, and two others.
  const leads = [
    lead({
      id: 'a',
      name: 'Tie, contacted earlier',
      lastContactOn: '2026-06-01',
      createdOn: '2026-06-01',
    }),
    lead({ id: 'b', name: 'Top', lastContactOn: null, createdOn: null }),
    lead({
      id: 'c',
      name: 'Tie, contacted later',
      lastContactOn: '2026-06-10',
      createdOn: '2026-05-01',
    }),
    lead({ id: 'd', name: 'Tie, never contacted', lastContactOn: null, createdOn: '2026-06-20' }),
    lead({ id: 'e2', name: 'Émile', lastContactOn: '2026-06-01', createdOn: '2026-05-20' }),
    lead({ id: 'e1', name: 'Émile', lastContactOn: '2026-06-01', createdOn: '2026-05-20' }),
    lead({ id: 'f', name: 'Bottom', lastContactOn: '2026-06-30', createdOn: '2026-06-30' }),
    lead({ id: 'g', name: 'Zoé', lastContactOn: '2026-06-01', createdOn: '2026-05-20' }),
  ];
  const s = scores([
    [40, 'mql'],
    [70, 'sql'],
    [40, 'mql'],
    [40, 'mql'],
    [40, 'mql'],
    [40, 'mql'],
    [-3, 'set-aside'],
    [40, 'mql'],
  ]);

  it('breaks ties by last contact (missing last), arrival, name, then id', () => {
    const order = rankLeads(leads, s, { order: 'score', band: null });
    expect(Array.from(order, (i) => leads[i]?.id)).toEqual([
      'b',
      'c',
      'a',
      'e1',
      'e2',
      'g',
      'd',
      'f',
    ]);
  });

  it('gives the same order whatever order the leads came in', () => {
    const reversed = [...leads].reverse();
    const sReversed = scores(
      Array.from(s.total, (total, i): [number, LeadBand] => [
        total,
        LEAD_BANDS[s.band[i] ?? 0] ?? 'mql',
      ]).reverse(),
    );
    expect(names(reversed, rankLeads(reversed, sReversed, { order: 'score', band: null }))).toEqual(
      names(leads, rankLeads(leads, s, { order: 'score', band: null })),
    );
  });

  it('lists only the band asked for', () => {
    expect(names(leads, rankLeads(leads, s, { order: 'score', band: 'sql' }))).toEqual(['Top']);
    expect(names(leads, rankLeads(leads, s, { order: 'score', band: 'set-aside' }))).toEqual([
      'Bottom',
    ]);
    expect(rankLeads(leads, s, { order: 'score', band: 'nurture' })).toHaveLength(0);
  });
});

describe('rankLeads by recency', () => {
  it('puts the newest leads first, undated last, then the same tie-breaks', () => {
    const leads = [
      lead({ id: 'a', name: 'Old', createdOn: '2026-01-01' }),
      lead({ id: 'b', name: 'Undated' }),
      lead({ id: 'c', name: 'New, quiet', createdOn: '2026-06-01', lastContactOn: '2026-06-02' }),
      lead({ id: 'd', name: 'New, busy', createdOn: '01/06/2026', lastContactOn: '2026-06-20' }),
      lead({ id: 'e', name: 'Bad date', createdOn: '2026-02-30' }),
    ];
    const s = scores([
      [90, 'sql'],
      [80, 'sql'],
      [0, 'nurture'],
      [0, 'nurture'],
      [10, 'nurture'],
    ]);
    expect(names(leads, rankLeads(leads, s, { order: 'recency', band: null }))).toEqual([
      'New, busy',
      'New, quiet',
      'Old',
      'Bad date',
      'Undated',
    ]);
  });
});

describe('leadsPerMonth', () => {
  it('divides the dated leads by the months they span', () => {
    // 3 dated leads from 2026-01-01 to 2026-03-02: 60 days = 60 / 30.44 months.
    const leads = [
      lead({ createdOn: '2026-01-01' }),
      lead({ createdOn: '2026-03-02' }),
      lead({ createdOn: '2026-02-10' }),
      lead({ createdOn: null }),
    ];
    expect(leadsPerMonth(leads)).toBeCloseTo(3 / (60 / 30.44), 10);
  });

  it('counts at least one month, and nothing when no lead is dated', () => {
    expect(
      leadsPerMonth([lead({ createdOn: '2026-01-01' }), lead({ createdOn: '2026-01-05' })]),
    ).toBe(2);
    expect(leadsPerMonth([lead({ createdOn: null }), lead({ createdOn: 'hier' })])).toBeNull();
    expect(leadsPerMonth([])).toBeNull();
  });

  it('says a hundred leads a month is where score order starts to pay', () => {
    expect(LOW_VOLUME_PER_MONTH).toBe(100);
  });
});
