// The seeds' worked example, scored by hand on the day it is loaded: Marc, who acted this
// week, outranks Julie, who fits but has gone quiet; the unreachable lead is set aside, the
// unknown action reported, and every band is represented.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_HEADERS, leadScoringExample } from '../../../src/domain/leads/example';
import { fieldKey } from '../../../src/domain/leads/fields';
import { rankLeads } from '../../../src/domain/leads/rank';
import { compileLeads, explainLead, scoreMatrix } from '../../../src/domain/leads/score';
import { validateModel } from '../../../src/domain/leads/validation';

const TODAY = '2026-06-30';
let next = 0;
const { model, leads } = leadScoringExample('plan-1', () => `id-${(next += 1)}`, TODAY);
const options = { scoreDate: TODAY, decimal: ',' } as const;
const scoreOf = (first: string) => {
  const found = leads.find((l) => l.name.startsWith(first));
  if (!found) throw new Error(`No lead ${first}`);
  return explainLead(found, model, options);
};
const half = (days: number) => 0.5 ** (days / 30);

describe('the example model', () => {
  it('reads the columns a French CSV names Genre, E-mails ouverts and Action', () => {
    expect(fieldKey(EXAMPLE_HEADERS.emailsOpened)).toBe('e mails ouverts');
    expect(model.criteria.map((c) => c.field)).toEqual([
      'genre',
      'e mails ouverts',
      'action',
      'createdOn',
      'lastContactOn',
    ]);
    expect(leads.every((l) => l.fields['e mails ouverts'] !== undefined)).toBe(true);
  });

  it('is a sound model with the seeds’ settings', () => {
    expect(validateModel(model)).toEqual([]);
    expect(model).toMatchObject({
      planId: 'plan-1',
      caps: { fit: null, behaviour: 60 },
      decay: { kind: 'half-life', days: 30 },
      thresholds: { mql: 30, sql: 50 },
      prequal: { requireContact: true, zone: null },
    });
    expect(model.grid.enabled).toBe(true);
    expect(new Set([...model.criteria.map((c) => c.id), ...leads.map((l) => l.id)]).size).toBe(15);
  });

  it('dates the leads relative to the day it is loaded', () => {
    const marc = leads.find((l) => l.name.startsWith('Marc'));
    expect(marc).toMatchObject({
      createdOn: '2026-06-25',
      lastContactOn: '2026-06-28',
      planId: 'plan-1',
    });
    expect(leads).toHaveLength(10);
    // Mostly women, as the shop's customers are.
    expect(leads.filter((l) => ['F', 'Femme'].includes(l.fields.genre ?? '')).length).toBe(6);
  });
});

describe('the example scored by hand', () => {
  it('gives Marc 58.65: a man who opened everything and downloaded the brochure this week', () => {
    // fit 0 (H); e-mails 10 × 0.5^(2/30) = 9.548; téléchargement 20 × 0.5^(2/30) = 19.097;
    // lead 5 days old ≤ 30: 20; contacted 2 days ago ≤ 14: 10. Behaviour 58.645 ≤ cap 60.
    const marc = scoreOf('Marc');
    expect(marc.parts.map((p) => p.points)).toEqual([0, 10 * half(2), 20 * half(2), 20, 10]);
    expect(marc.behaviour).toBeCloseTo(58.645, 3);
    expect(marc).toMatchObject({
      fit: 0,
      band: 'sql',
      grade: 'C1',
      problems: [],
      behaviourUncapped: null,
    });
  });

  it('gives Julie 10: a woman who opens nothing, six weeks without contact', () => {
    // fit 10 (F); aucun 0, aucune 0; lead 50 days > 30: 0; contact 42 days > 14: 0.
    expect(scoreOf('Julie')).toMatchObject({
      fit: 10,
      behaviour: 0,
      total: 10,
      band: 'nurture',
      grade: 'A3',
    });
  });

  it.each([
    // Sophie: 10 + (10 + 20 + 20 + 10) = 70, behaviour exactly at its cap of 60, not cut.
    ['Sophie', 10 + 60, 'sql', 'A1'],
    // Claire: 10 + clic 20 × 0.5^(10/30) = 15.874 + 20 + 10 = 55.874.
    ['Claire', 10 + 20 * half(10) + 30, 'sql', 'A1'],
    // Emma: 10 + 10 × 0.5^(6/30) = 8.706 + 20 + 10 = 48.706: MQL, below 50.
    ['Emma', 10 + 10 * half(6) + 30, 'mql', 'A2'],
    // Paul: 10 × 0.5^(3/30) = 9.330 + 20 + 10 = 39.330 (his 'visite salon' scores 0).
    ['Paul', 10 * half(3) + 30, 'mql', 'C2'],
    // Nadia: 10 + 10 × 0.5^(20/30) = 6.300; lead 40 days and contact 20 days too old: 16.300.
    ['Nadia', 10 + 10 * half(20), 'nurture', 'A3'],
    // Thomas: clic 20 × 0.5^(30/30) = 10, nothing else.
    ['Thomas', 10, 'nurture', 'C3'],
    // Hugo: clic 20 but no last contact to decay from: 0; no dates at all.
    ['Hugo', 0, 'nurture', 'C3'],
  ])('%s scores %d: %s, %s', (name, total, band, grade) => {
    const score = scoreOf(name);
    expect(score.total).toBeCloseTo(total, 10);
    expect(score).toMatchObject({ band, grade });
  });

  it('sets aside Inès, who left neither e-mail nor phone, but still shows her points', () => {
    // 10 + 10 × 0.5^(1/30) + 20 × 0.5^(1/30) + 20 + 10 = 69.315.
    const ines = scoreOf('Inès');
    expect(ines.total).toBeCloseTo(10 + 30 * half(1) + 30, 10);
    expect(ines).toMatchObject({ band: 'set-aside', setAside: 'no-contact', grade: null });
  });

  it('reports Paul’s unknown action and Hugo’s missing date, and nobody else’s', () => {
    const [, , action] = model.criteria;
    expect(scoreOf('Paul').problems).toEqual([
      { criterionId: action?.id, kind: 'unknown-value', value: 'visite salon' },
    ]);
    expect(scoreOf('Hugo').problems).toEqual([
      { criterionId: action?.id, kind: 'missing-date', value: '' },
    ]);
    const withProblems = leads.filter((l) => explainLead(l, model, options).problems.length > 0);
    expect(withProblems.map((l) => l.name.split(' ')[0])).toEqual(['Paul', 'Hugo']);
  });

  it('ranks Sophie, Marc, Claire first and Marc above Julie; Thomas before Julie on their tie at 10; Inès, set aside, last despite her points', () => {
    const scores = scoreMatrix(compileLeads(leads, model, options), model);
    const order = Array.from(
      rankLeads(leads, scores, { order: 'score', band: null }),
      (i) => leads[i]?.name.split(' ')[0],
    );
    expect(order).toEqual([
      'Sophie',
      'Marc',
      'Claire',
      'Emma',
      'Paul',
      'Nadia',
      'Thomas',
      'Julie',
      'Hugo',
      'Inès',
    ]);
    // Newest first, the set-aside lead still comes after every scored one.
    const recent = Array.from(
      rankLeads(leads, scores, { order: 'recency', band: null }),
      (i) => leads[i]?.name.split(' ')[0],
    );
    expect(recent[0]).toBe('Sophie');
    expect(recent.at(-1)).toBe('Inès');
    const sql = Array.from(
      rankLeads(leads, scores, { order: 'score', band: 'sql' }),
      (i) => leads[i]?.name.split(' ')[0],
    );
    expect(sql).toEqual(['Sophie', 'Marc', 'Claire']);
  });
});
