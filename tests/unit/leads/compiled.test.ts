// The fast path agrees with the breakdown: for random leads and models, compileLeads then
// scoreMatrix gives every lead the fit, behaviour, total, band, grade and problem count that
// explainLead gives it — also after a weight change on the matrix compiled before it — and
// no cell, however garbled, and no points, however absurd, ever score NaN or Infinity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileKey,
  compileLeads,
  explainLead,
  LEAD_GRADES,
  scoreMatrix,
} from '../../../src/domain/leads/score';
import {
  LEAD_BANDS,
  type Criterion,
  type CriterionRule,
  type Lead,
  type ScoringModel,
} from '../../../src/domain/leads/model';
import { FR } from './fixtures';

const VALUES = ['oui', ' Oui ', 'non', '', 'Téléchargement', 'telechargement', 'xyz'];
const NUMBERS = ['12,5', '3', '-1', 'abc', '', '1 000', '50', '1,250.5'];
const DATES = [
  '2026-06-30',
  '15/06/2026',
  '2026-02-30',
  '',
  '2025-12-01',
  '01/07/2026',
  '2026-05-31',
  'hier',
];
const FIELDS = ['v', 'n', 'd', 'createdOn', 'lastContactOn', 'name', 'absent'];

const points = fc.oneof(
  fc.integer({ min: -50, max: 50 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e300, -0),
);
const bound = fc.option(fc.integer({ min: -10, max: 100 }), { nil: null });

const rule: fc.Arbitrary<CriterionRule> = fc.oneof(
  fc.record({
    kind: fc.constant('value' as const),
    options: fc.array(fc.record({ value: fc.constantFrom(...VALUES), points }), { maxLength: 4 }),
    otherwise: fc.option(points, { nil: null }),
  }),
  fc.record({
    kind: fc.constant('range' as const),
    bands: fc.array(fc.record({ min: bound, max: bound, points }), { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('recency' as const),
    bands: fc.array(fc.record({ withinDays: fc.integer({ min: -5, max: 400 }), points }), {
      maxLength: 3,
    }),
  }),
);

const criteria: fc.Arbitrary<Criterion[]> = fc
  .array(
    fc.record({
      group: fc.constantFrom('fit' as const, 'behaviour' as const),
      field: fc.constantFrom(...FIELDS),
      rule,
      dateField: fc.constantFrom(null, 'd', 'createdOn', 'absent'),
    }),
    { maxLength: 6 },
  )
  .map((list) => list.map((c, i) => ({ ...c, id: `c${i}`, label: `c${i}` })));

const cap = fc.option(fc.oneof(fc.integer({ min: -10, max: 80 }), fc.constant(Number.NaN)), {
  nil: null,
});

const scoringModel: fc.Arbitrary<ScoringModel> = fc.record({
  planId: fc.constant('p1'),
  criteria,
  caps: fc.record({ fit: cap, behaviour: cap }),
  decay: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('half-life' as const), days: fc.integer({ min: -1, max: 90 }) }),
    fc.record({ kind: fc.constant('window' as const), days: fc.integer({ min: -1, max: 90 }) }),
  ),
  thresholds: fc.record({
    mql: fc.integer({ min: -10, max: 60 }),
    sql: fc.integer({ min: -10, max: 90 }),
  }),
  grid: fc.record({
    enabled: fc.boolean(),
    fitA: fc.integer({ min: -10, max: 40 }),
    fitB: fc.integer({ min: -10, max: 40 }),
    behaviour1: fc.integer({ min: -10, max: 60 }),
    behaviour2: fc.integer({ min: -10, max: 60 }),
  }),
  prequal: fc.record({
    requireContact: fc.boolean(),
    zone: fc.option(
      fc.record({
        field: fc.constantFrom('v', 'n'),
        prefixes: fc.array(fc.constantFrom('o', 'n', '1', ''), { maxLength: 2 }),
      }),
      { nil: null },
    ),
  }),
  updatedAt: fc.constant(0),
});

const leads: fc.Arbitrary<Lead[]> = fc
  .array(
    fc.record({
      name: fc.constantFrom('Ana', 'Bob', ''),
      email: fc.constantFrom('', 'a@b.fr', ' '),
      phone: fc.constantFrom('', '06'),
      createdOn: fc.constantFrom(null, ...DATES),
      lastContactOn: fc.constantFrom(null, ...DATES),
      fields: fc.record({
        v: fc.constantFrom(...VALUES),
        n: fc.constantFrom(...NUMBERS),
        d: fc.constantFrom(...DATES),
      }),
    }),
    { maxLength: 12 },
  )
  .map((list) => list.map((l, i) => ({ ...l, id: `l${i}`, planId: 'p1' })));

const options = fc.record({
  scoreDate: fc.constantFrom('2026-06-30', '2026-07-01', 'not a date'),
  decimal: fc.constantFrom(',' as const, '.' as const),
});

/** The same model with every points value replaced: what a weight change does. */
function reweighted(m: ScoringModel, weight: (p: number) => number): ScoringModel {
  const criteria = m.criteria.map((c): Criterion => {
    const r = c.rule;
    if (r.kind === 'value')
      return {
        ...c,
        rule: {
          ...r,
          options: r.options.map((o) => ({ ...o, points: weight(o.points) })),
          otherwise: r.otherwise === null ? null : weight(r.otherwise),
        },
      };
    if (r.kind === 'range')
      return {
        ...c,
        rule: { ...r, bands: r.bands.map((b) => ({ ...b, points: weight(b.points) })) },
      };
    return {
      ...c,
      rule: { ...r, bands: r.bands.map((b) => ({ ...b, points: weight(b.points) })) },
    };
  });
  return {
    ...m,
    criteria,
    caps: { fit: m.caps.behaviour, behaviour: m.caps.fit },
    thresholds: { mql: m.thresholds.mql - 3, sql: m.thresholds.sql + 2 },
  };
}

function expectAgreement(
  list: Lead[],
  matrixModel: ScoringModel,
  m: ScoringModel,
  opts: typeof FR | { scoreDate: string; decimal: ',' | '.' },
) {
  const scores = scoreMatrix(compileLeads(list, matrixModel, opts), m);
  list.forEach((l, i) => {
    const explained = explainLead(l, m, opts);
    expect({
      fit: scores.fit[i],
      behaviour: scores.behaviour[i],
      total: scores.total[i],
      band: LEAD_BANDS[scores.band[i] ?? -1],
      grade: scores.grade[i],
      gradeCode: scores.gradeCode[i],
      problems: scores.problems[i],
    }).toEqual({
      fit: explained.fit,
      behaviour: explained.behaviour,
      total: explained.total,
      band: explained.band,
      grade: explained.grade,
      gradeCode: explained.grade === null ? 0 : LEAD_GRADES.indexOf(explained.grade as never) + 1,
      problems: explained.problems.length,
    });
    for (const value of [
      explained.fit,
      explained.behaviour,
      explained.total,
      ...explained.parts.flatMap((p) => [p.raw, p.factor, p.points, p.ageDays ?? 0]),
    ])
      expect(Number.isFinite(value)).toBe(true);
  });
}

describe('the compiled path', () => {
  it('scores every lead as explainLead does', () => {
    fc.assert(
      fc.property(leads, scoringModel, options, (list, m, opts) =>
        expectAgreement(list, m, m, opts),
      ),
      { numRuns: 400 },
    );
  });

  it('rescores a matrix compiled before a weight change as explainLead scores after it', () => {
    fc.assert(
      fc.property(
        leads,
        scoringModel,
        options,
        fc.integer({ min: -3, max: 3 }),
        (list, m, opts, k) => {
          const next = reweighted(m, (p) => p * k + 1);
          expect(compileKey(next, opts)).toBe(compileKey(m, opts));
          expectAgreement(list, m, next, opts);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a matrix of another model shape', () => {
    const m: ScoringModel = {
      planId: 'p1',
      criteria: [],
      caps: { fit: null, behaviour: null },
      decay: { kind: 'none' },
      thresholds: { mql: 1, sql: 2 },
      grid: { enabled: false, fitA: 0, fitB: 0, behaviour1: 0, behaviour2: 0 },
      prequal: { requireContact: false, zone: null },
      updatedAt: 0,
    };
    const matrix = compileLeads([], m, FR);
    const withOne = {
      ...m,
      criteria: [
        {
          id: 'x',
          group: 'fit' as const,
          label: 'x',
          field: 'v',
          rule: { kind: 'range' as const, bands: [] },
          dateField: null,
        },
      ],
    };
    expect(() => scoreMatrix(matrix, withOne)).toThrow(RangeError);
  });
});
