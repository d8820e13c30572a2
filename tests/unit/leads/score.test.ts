// A lead's whole score: group sums and caps, the MQL and SQL thresholds at their exact
// boundary, the A–C × 1–3 grid, pre-qualification, and the key that says when to recompile.
import { describe, expect, it } from 'vitest';
import { prequalify } from '../../../src/domain/leads/prequal';
import { compileKey, explainLead } from '../../../src/domain/leads/score';
import type { Criterion, ScoringModel } from '../../../src/domain/leads/model';
import { criterion, FR, lead, model } from './fixtures';

// A criterion on column `key` that gives `points` to the value 'oui'.
function yes(id: string, group: Criterion['group'], points: number): Criterion {
  return criterion(id, group, id, {
    kind: 'value',
    options: [{ value: 'oui', points }],
    otherwise: 0,
  });
}

const THREE = [yes('a', 'fit', 15), yes('b', 'fit', 10), yes('c', 'behaviour', 20)];
const ALL_YES = lead({ fields: { a: 'oui', b: 'oui', c: 'oui' } });

describe('sums and caps', () => {
  it('adds each group in model order and the total is fit + behaviour', () => {
    const score = explainLead(ALL_YES, model({ criteria: THREE }), FR);
    expect(score.parts.map((p) => [p.criterionId, p.group, p.points])).toEqual([
      ['a', 'fit', 15],
      ['b', 'fit', 10],
      ['c', 'behaviour', 20],
    ]);
    expect(score).toMatchObject({
      fit: 25,
      behaviour: 20,
      total: 45,
      fitUncapped: null,
      behaviourUncapped: null,
    });
  });

  it('cuts a group at its cap and keeps the sum it cut', () => {
    const score = explainLead(
      ALL_YES,
      model({ criteria: THREE, caps: { fit: 20, behaviour: 20 } }),
      FR,
    );
    // Fit 15 + 10 = 25 capped to 20; behaviour 20 equals its cap: not cut.
    expect(score).toMatchObject({
      fit: 20,
      fitUncapped: 25,
      behaviour: 20,
      behaviourUncapped: null,
      total: 40,
    });
  });

  it('ignores a cap that is not a number rather than scoring NaN', () => {
    const score = explainLead(
      ALL_YES,
      model({ criteria: THREE, caps: { fit: Number.NaN, behaviour: -Infinity } }),
      FR,
    );
    expect(score).toMatchObject({ fit: 25, behaviour: 20, total: 45 });
  });
});

describe('bands', () => {
  const oneCriterion = (points: number): ScoringModel =>
    model({ criteria: [yes('a', 'fit', points)], thresholds: { mql: 30, sql: 50 } });
  it.each([
    [29.99, 'nurture'],
    [30, 'mql'],
    [49.99, 'mql'],
    [50, 'sql'],
    [-5, 'nurture'],
  ])('a total of %d is %s (each threshold included)', (points, band) => {
    expect(explainLead(lead({ fields: { a: 'oui' } }), oneCriterion(points), FR).band).toBe(band);
  });
});

describe('grid', () => {
  const grid = { enabled: true, fitA: 20, fitB: 10, behaviour1: 40, behaviour2: 20 };
  const gridModel = (fit: number, behaviour: number) =>
    model({ criteria: [yes('a', 'fit', fit), yes('c', 'behaviour', behaviour)], grid });
  it.each([
    [20, 40, 'A1'],
    [19, 40, 'B1'],
    [10, 39, 'B2'],
    [9, 20, 'C2'],
    [25, 19, 'A3'],
    [0, 0, 'C3'],
  ])('fit %d and behaviour %d grade %s', (fit, behaviour, grade) => {
    expect(
      explainLead(lead({ fields: { a: 'oui', c: 'oui' } }), gridModel(fit, behaviour), FR).grade,
    ).toBe(grade);
  });

  it('gives no grade when the grid is off', () => {
    expect(explainLead(ALL_YES, model({ criteria: THREE }), FR).grade).toBeNull();
  });
});

describe('pre-qualification', () => {
  const zone = {
    requireContact: true,
    zone: { field: 'code postal', prefixes: ['75', '92', 'Île'] },
  };

  it('sets aside a lead with neither e-mail nor phone', () => {
    expect(prequalify(lead({ email: ' ', phone: '' }), zone)).toBe('no-contact');
    expect(
      prequalify(lead({ email: '', phone: '06 12', fields: { 'code postal': '75011' } }), zone),
    ).toBeNull();
    expect(
      prequalify(lead({ email: '', phone: '' }), { requireContact: false, zone: null }),
    ).toBeNull();
  });

  it('sets aside a lead outside the zone, prefixes compared folded', () => {
    expect(prequalify(lead({ fields: { 'code postal': '69003' } }), zone)).toBe('outside-zone');
    expect(prequalify(lead({ fields: {} }), zone)).toBe('outside-zone');
    expect(prequalify(lead({ fields: { 'code postal': ' 92100' } }), zone)).toBeNull();
    expect(prequalify(lead({ fields: { 'code postal': 'ile-de-France' } }), zone)).toBeNull();
  });

  it('treats an empty prefix list as no zone', () => {
    const open = { requireContact: false, zone: { field: 'code postal', prefixes: [] } };
    expect(prequalify(lead({ fields: { 'code postal': '69003' } }), open)).toBeNull();
  });

  it('still shows the breakdown of a lead set aside, but bands it set-aside with no grade', () => {
    const m = model({
      criteria: THREE,
      prequal: { requireContact: true, zone: null },
      grid: { enabled: true, fitA: 1, fitB: 0, behaviour1: 1, behaviour2: 0 },
    });
    const score = explainLead(lead({ email: '', phone: '', fields: ALL_YES.fields }), m, FR);
    expect(score).toMatchObject({
      total: 45,
      band: 'set-aside',
      setAside: 'no-contact',
      grade: null,
    });
    expect(score.parts.map((p) => p.points)).toEqual([15, 10, 20]);
  });
});

describe('compileKey', () => {
  const base = model({
    criteria: [
      yes('a', 'fit', 10),
      criterion('r', 'fit', 'panier', { kind: 'range', bands: [{ min: 0, max: 10, points: 3 }] }),
    ],
  });
  const key = compileKey(base, FR);
  const withCriteria = (criteria: Criterion[]) => ({ ...base, criteria });
  const [a, r] = base.criteria as [Criterion, Criterion];

  it('stays the same when only points, caps, thresholds or the grid change', () => {
    const rangePoints = {
      ...r,
      rule: { kind: 'range', bands: [{ min: 0, max: 10, points: 99 }] },
    } as Criterion;
    expect(compileKey(withCriteria([yes('a', 'fit', 3), rangePoints]), FR)).toBe(key);
    expect(
      compileKey({ ...base, caps: { fit: 5, behaviour: 1 }, thresholds: { mql: 1, sql: 2 } }, FR),
    ).toBe(key);
    expect(compileKey({ ...base, grid: { ...base.grid, enabled: true } }, FR)).toBe(key);
  });

  it('changes with anything compileLeads reads', () => {
    const changed: ScoringModel[] = [
      withCriteria([{ ...a, field: 'b' }, r]),
      withCriteria([{ ...a, group: 'behaviour' }, r]),
      withCriteria([
        { ...a, rule: { kind: 'value', options: [{ value: 'non', points: 10 }], otherwise: 0 } },
        r,
      ]),
      withCriteria([
        { ...a, rule: { kind: 'value', options: [{ value: 'oui', points: 10 }], otherwise: null } },
        r,
      ]),
      withCriteria([
        a,
        { ...r, rule: { kind: 'range', bands: [{ min: 0, max: Number.NaN, points: 3 }] } },
      ]),
      withCriteria([
        a,
        { ...r, rule: { kind: 'range', bands: [{ min: 0, max: null, points: 3 }] } },
      ]),
      withCriteria([r, a]),
      { ...base, decay: { kind: 'window', days: 30 } },
      { ...base, prequal: { requireContact: true, zone: null } },
    ];
    const keys = changed.map((m) => compileKey(m, FR));
    for (const k of keys) expect(k).not.toBe(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(compileKey(base, { ...FR, scoreDate: '2026-07-01' })).not.toBe(key);
    expect(compileKey(base, { ...FR, decimal: '.' })).not.toBe(key);
  });
});
