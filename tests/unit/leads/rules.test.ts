// Each rule on one lead, as the breakdown shows it: the points of the option or band matched,
// decay at known ages, and every cell that cannot be read reported with 0 points, never NaN.
import { describe, expect, it } from 'vitest';
import { decayFactor } from '../../../src/domain/leads/decay';
import { explainLead } from '../../../src/domain/leads/score';
import type { Criterion, Decay, LeadScore } from '../../../src/domain/leads/model';
import { criterion, FR, lead, model } from './fixtures';

const GENDER = criterion('gender', 'fit', 'genre', {
  kind: 'value',
  options: [
    { value: 'Femme', points: 10 },
    { value: 'F', points: 8 },
  ],
  otherwise: null,
});

function scoreOne(
  c: Criterion,
  fields: Record<string, string>,
  extra = {},
  decay: Decay = { kind: 'none' },
) {
  return explainLead(lead({ fields, ...extra }), model({ criteria: [c], decay }), FR);
}

function only(score: LeadScore) {
  const [part] = score.parts;
  return {
    raw: part?.raw,
    factor: part?.factor,
    points: part?.points,
    ageDays: part?.ageDays,
    problems: score.problems,
  };
}

describe('value rule', () => {
  it('gives the first matching option its points, folded', () => {
    expect(only(scoreOne(GENDER, { genre: ' femme ' }))).toMatchObject({
      raw: 10,
      points: 10,
      problems: [],
    });
    expect(only(scoreOne(GENDER, { genre: 'f' })).points).toBe(8);
  });

  it('reports an unknown value with 0 points when there is no `otherwise`', () => {
    expect(only(scoreOne(GENDER, { genre: 'Homme' }))).toEqual({
      raw: 0,
      factor: 1,
      points: 0,
      ageDays: null,
      problems: [{ criterionId: 'gender', kind: 'unknown-value', value: 'Homme' }],
    });
  });

  it('scores another value with `otherwise`, and an empty cell with nothing, unreported', () => {
    const withOtherwise = { ...GENDER, rule: { ...GENDER.rule, otherwise: -5 } } as Criterion;
    expect(only(scoreOne(withOtherwise, { genre: 'Homme' }))).toMatchObject({
      points: -5,
      problems: [],
    });
    expect(only(scoreOne(withOtherwise, { genre: '  ' }))).toMatchObject({
      points: 0,
      problems: [],
    });
    expect(only(scoreOne(GENDER, {}))).toMatchObject({ points: 0, problems: [] });
  });
});

describe('range rule', () => {
  const BASKET = criterion('basket', 'fit', 'panier', {
    kind: 'range',
    bands: [
      { min: null, max: 50, points: 0 },
      { min: 50, max: 200, points: 5 },
      { min: 200, max: null, points: 15 },
    ],
  });

  it.each([
    ['49,99', 0],
    ['50', 5],
    ['199,5', 5],
    ['200', 15],
    ['1 250,00 €', 15],
  ])('reads %j in French and gives %d (min included, max excluded)', (cell, points) => {
    expect(only(scoreOne(BASKET, { panier: cell }))).toMatchObject({ points, problems: [] });
  });

  it('gives 0 to a number no band holds', () => {
    const gap = criterion('basket', 'fit', 'panier', {
      kind: 'range',
      bands: [{ min: 10, max: 20, points: 4 }],
    });
    expect(only(scoreOne(gap, { panier: '25' }))).toMatchObject({ points: 0, problems: [] });
  });

  it('reports what is not a number (an English "1,250.5" in French included)', () => {
    for (const cell of ['beaucoup', '1,250.5']) {
      expect(only(scoreOne(BASKET, { panier: cell }))).toMatchObject({
        points: 0,
        problems: [{ criterionId: 'basket', kind: 'not-a-number', value: cell }],
      });
    }
  });
});

describe('recency rule', () => {
  const VISIT = criterion('visit', 'behaviour', 'derniere visite', {
    kind: 'recency',
    bands: [
      { withinDays: 30, points: 5 },
      { withinDays: 7, points: 20 },
    ],
  });

  it.each([
    ['2026-06-30', 0, 20],
    ['23/06/2026', 7, 20],
    ['2026-06-22', 8, 5],
    ['31/05/2026', 30, 5],
    ['2026-05-30', 31, 0],
    ['2026-07-15', 0, 20],
  ])(
    'a visit on %s is %d days old: %d points (tightest band), never decayed',
    (cell, age, points) => {
      const part = only(
        scoreOne(VISIT, { 'derniere visite': cell }, {}, { kind: 'half-life', days: 30 }),
      );
      expect(part).toMatchObject({ points, ageDays: age, factor: 1, problems: [] });
    },
  );

  it('reports an impossible date and scores an empty one 0 silently', () => {
    expect(only(scoreOne(VISIT, { 'derniere visite': '30/02/2026' }))).toMatchObject({
      points: 0,
      problems: [{ criterionId: 'visit', kind: 'bad-date', value: '30/02/2026' }],
    });
    expect(only(scoreOne(VISIT, {}))).toMatchObject({ points: 0, problems: [] });
  });
});

describe('decay', () => {
  it.each([
    [{ kind: 'half-life', days: 30 } as Decay, 0, 1],
    [{ kind: 'half-life', days: 30 } as Decay, 30, 0.5],
    [{ kind: 'half-life', days: 30 } as Decay, 60, 0.25],
    [{ kind: 'window', days: 30 } as Decay, 30, 1],
    [{ kind: 'window', days: 30 } as Decay, 31, 0],
    [{ kind: 'none' } as Decay, 400, 1],
    [{ kind: 'half-life', days: 0 } as Decay, 0, 1],
    [{ kind: 'half-life', days: 0 } as Decay, 5, 0],
  ])('%j at %d days keeps %d', (decay, age, factor) => {
    expect(decayFactor(decay, age)).toBe(factor);
  });

  const OPENS = criterion('opens', 'behaviour', 'ouvre', {
    kind: 'value',
    options: [{ value: 'oui', points: 10 }],
    otherwise: null,
  });
  const halfLife: Decay = { kind: 'half-life', days: 30 };

  it('halves behaviour points after 30 days from the last contact', () => {
    // Last contact 2026-05-31, 30 days before the score date: 10 × 0.5^(30/30) = 5.
    const part = only(scoreOne(OPENS, { ouvre: 'oui' }, { lastContactOn: '2026-05-31' }, halfLife));
    expect(part).toMatchObject({ raw: 10, factor: 0.5, points: 5, ageDays: 30, problems: [] });
  });

  it('reads the action date from its own field when the criterion names one', () => {
    const dated = { ...OPENS, dateField: 'date ouverture' };
    // 01/05/2026 is 60 days old: 10 × 0.25; lastContactOn (today) is ignored.
    const part = only(
      scoreOne(
        dated,
        { ouvre: 'oui', 'date ouverture': '01/05/2026' },
        { lastContactOn: '2026-06-30' },
        halfLife,
      ),
    );
    expect(part).toMatchObject({ factor: 0.25, points: 2.5, ageDays: 60 });
  });

  it('counts a behaviour without a date 0 and says so; a bad date too', () => {
    expect(only(scoreOne(OPENS, { ouvre: 'oui' }, {}, halfLife))).toEqual({
      raw: 10,
      factor: 0,
      points: 0,
      ageDays: null,
      problems: [{ criterionId: 'opens', kind: 'missing-date', value: '' }],
    });
    const bad = only(scoreOne(OPENS, { ouvre: 'oui' }, { lastContactOn: '2026-02-30' }, halfLife));
    expect(bad.problems).toEqual([{ criterionId: 'opens', kind: 'bad-date', value: '2026-02-30' }]);
    expect(bad.points).toBe(0);
  });

  it('asks no date of a behaviour worth nothing, and no decay without one chosen', () => {
    expect(only(scoreOne(OPENS, { ouvre: 'non' }, {}, halfLife)).problems).toEqual([
      { criterionId: 'opens', kind: 'unknown-value', value: 'non' },
    ]);
    expect(only(scoreOne(OPENS, { ouvre: '' }, {}, halfLife))).toMatchObject({
      factor: 1,
      problems: [],
    });
    expect(only(scoreOne(OPENS, { ouvre: 'oui' }))).toMatchObject({
      factor: 1,
      points: 10,
      problems: [],
    });
  });

  it('never decays fit points', () => {
    const part = only(
      scoreOne(GENDER, { genre: 'Femme' }, { lastContactOn: '2020-01-01' }, halfLife),
    );
    expect(part).toMatchObject({ factor: 1, points: 10, ageDays: null });
  });

  it('shows a fully decayed negative behaviour as 0, not −0', () => {
    const negative = {
      ...OPENS,
      rule: { kind: 'value', options: [{ value: 'oui', points: -10 }], otherwise: null },
    } as Criterion;
    const part = only(
      scoreOne(
        negative,
        { ouvre: 'oui' },
        { lastContactOn: '2026-05-01' },
        { kind: 'window', days: 30 },
      ),
    );
    expect(Object.is(part.points, 0)).toBe(true);
  });
});
