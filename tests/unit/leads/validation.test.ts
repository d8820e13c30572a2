// A model the user edits, checked: each mistake gives its code (the UI words it), a sound
// model gives none.
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../src/domain/leads/validation';
import type { ScoringModel } from '../../../src/domain/leads/model';
import { criterion, model } from './fixtures';

const valueRule = (values: string[], points = 5) => ({
  kind: 'value' as const,
  options: values.map((value) => ({ value, points })),
  otherwise: null,
});

describe('validateModel', () => {
  it('finds nothing wrong with a sound model', () => {
    expect(
      validateModel(model({ criteria: [criterion('a', 'fit', 'genre', valueRule(['F', 'H']))] })),
    ).toEqual([]);
  });

  it.each<[string, Partial<ScoringModel>, unknown]>([
    ['sql below mql', { thresholds: { mql: 50, sql: 30 } }, { code: 'sql-below-mql' }],
    [
      'a threshold not a number',
      { thresholds: { mql: Number.NaN, sql: 30 } },
      { code: 'threshold-not-finite' },
    ],
    ['a half-life of 0', { decay: { kind: 'half-life', days: 0 } }, { code: 'decay-not-positive' }],
    ['a negative window', { decay: { kind: 'window', days: -7 } }, { code: 'decay-not-positive' }],
    [
      'a negative cap',
      { caps: { fit: null, behaviour: -1 } },
      { code: 'cap-negative', group: 'behaviour' },
    ],
    [
      'fitA below fitB',
      { grid: { enabled: true, fitA: 5, fitB: 10, behaviour1: 40, behaviour2: 20 } },
      { code: 'grid-fit-order' },
    ],
    [
      'behaviour1 below behaviour2',
      { grid: { enabled: false, fitA: 20, fitB: 10, behaviour1: 10, behaviour2: 20 } },
      { code: 'grid-behaviour-order' },
    ],
    [
      'a range band with min = max',
      {
        criteria: [
          criterion('r', 'fit', 'n', {
            kind: 'range',
            bands: [
              { min: 0, max: 10, points: 1 },
              { min: 10, max: 10, points: 2 },
            ],
          }),
        ],
      },
      { code: 'range-empty', criterionId: 'r', index: 1 },
    ],
    [
      'a recency band in the future',
      {
        criteria: [
          criterion('t', 'behaviour', 'd', {
            kind: 'recency',
            bands: [{ withinDays: -1, points: 1 }],
          }),
        ],
      },
      { code: 'recency-negative', criterionId: 't', index: 0 },
    ],
    [
      'options the same once folded',
      {
        criteria: [
          criterion('v', 'fit', 'a', valueRule(['Téléchargement', 'clic', ' telechargement'])),
        ],
      },
      { code: 'duplicate-option', criterionId: 'v', index: 2 },
    ],
    [
      'points that are not a number',
      {
        criteria: [criterion('p', 'fit', 'a', { kind: 'value', options: [], otherwise: Infinity })],
      },
      { code: 'points-not-finite', criterionId: 'p' },
    ],
  ])('reports %s', (_name, overrides, problem) => {
    expect(validateModel(model(overrides))).toEqual([problem]);
  });

  it('accepts open-ended bands, a recency band of today, and equal grid limits', () => {
    const sound = model({
      criteria: [
        criterion('r', 'fit', 'n', {
          kind: 'range',
          bands: [
            { min: null, max: 10, points: 1 },
            { min: 10, max: null, points: 2 },
          ],
        }),
        criterion('t', 'behaviour', 'd', {
          kind: 'recency',
          bands: [{ withinDays: 0, points: 1 }],
        }),
      ],
      grid: { enabled: true, fitA: 10, fitB: 10, behaviour1: 0, behaviour2: 0 },
      thresholds: { mql: 40, sql: 40 },
      caps: { fit: 0, behaviour: null },
    });
    expect(validateModel(sound)).toEqual([]);
  });
});
