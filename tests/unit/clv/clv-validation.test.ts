// Every bad CLV input refused with its reason at its field, one table per rule, the inputs a
// user would type accepted, and no figure ever carrying NaN or Infinity whatever is typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCents, type Cents } from '../../../src/domain/money';
import type { ClvInputs } from '../../../src/domain/clv/model';
import {
  clvErrors,
  clvErrorsFor,
  HORIZON_RANGE,
  LARGEST_INPUT,
  LIFETIME_RANGE,
} from '../../../src/domain/clv/clv-validation';
import { cacPaybackMonths, cohort, shortTermView } from '../../../src/domain/clv/cohort';
import { clvSensitivity } from '../../../src/domain/clv/sensitivity';
import {
  discountedClv,
  effectiveRetention,
  infiniteClv,
  simpleClv,
  yearlyMargin,
} from '../../../src/domain/clv/simulator';

const base: ClvInputs = {
  averageBasket: toCents(2_000),
  purchasesPerYear: 10,
  marginRate: 0.4,
  retention: 0.6,
  lifetimeYears: null,
  discountRate: 0.1,
  horizonYears: 5,
  cac: toCents(5_000),
};

/**
 * What a form might hand over in a money field: toCents refuses NaN and amounts past 2^53 (a
 * bug in code), so the brand is asserted here to test that the validation catches them.
 */
function cents(n: number): Cents {
  return n as Cents;
}

describe('inputs a user would type', () => {
  it.each<[string, Partial<ClvInputs>]>([
    ['the worked example', {}],
    ['a lifetime instead of a retention', { retention: null, lifetimeYears: 3 }],
    ['a lifetime of exactly one year (r = 0)', { retention: null, lifetimeYears: 1 }],
    [
      'retention, margin, discount and basket at 0',
      { retention: 0, marginRate: 0, discountRate: 0, averageBasket: toCents(0) },
    ],
    ['a 100 % margin', { marginRate: 1 }],
    ['a one-year and a fifty-year horizon', { horizonYears: 1 }],
    ['a fifty-year horizon', { horizonYears: 50 }],
    ['a retention of 99,99 %', { retention: 0.9999 }],
    ['a free customer', { cac: toCents(0) }],
    ['a stale lifetime next to a typed retention', { lifetimeYears: Number.NaN }],
  ])('%s is accepted', (_, fields) => {
    expect(clvErrors({ ...base, ...fields })).toEqual([]);
  });
});

describe('refused, with the reason at the field', () => {
  it.each<[string, Partial<ClvInputs>, ReturnType<typeof clvErrors>[number]]>([
    [
      'a negative basket',
      { averageBasket: cents(-100) },
      { field: 'averageBasket', code: 'negative' },
    ],
    [
      'an unreadable basket',
      { averageBasket: cents(Number.NaN) },
      { field: 'averageBasket', code: 'not-finite' },
    ],
    [
      'a basket past exact cents',
      { averageBasket: cents(2 ** 53) },
      { field: 'averageBasket', code: 'too-large', limit: LARGEST_INPUT },
    ],
    [
      'negative purchases',
      { purchasesPerYear: -1 },
      { field: 'purchasesPerYear', code: 'negative' },
    ],
    [
      'infinite purchases',
      { purchasesPerYear: Infinity },
      { field: 'purchasesPerYear', code: 'not-finite' },
    ],
    ['a negative margin', { marginRate: -0.1 }, { field: 'marginRate', code: 'negative' }],
    [
      'a margin over 100 %',
      { marginRate: 1.2 },
      { field: 'marginRate', code: 'rate-above-one', limit: 1 },
    ],
    ['a negative retention', { retention: -0.1 }, { field: 'retention', code: 'negative' }],
    [
      'a retention of 100 %',
      { retention: 1 },
      { field: 'retention', code: 'retention-one-no-horizon', limit: 1 },
    ],
    [
      'a retention over 100 %',
      { retention: 1.5 },
      { field: 'retention', code: 'retention-one-no-horizon', limit: 1 },
    ],
    [
      'no retention and no lifetime',
      { retention: null, lifetimeYears: null },
      { field: 'retention', code: 'required' },
    ],
    [
      'a lifetime of 0',
      { retention: null, lifetimeYears: 0 },
      { field: 'lifetimeYears', code: 'not-positive', limit: 1 },
    ],
    [
      'a negative lifetime',
      { retention: null, lifetimeYears: -2 },
      { field: 'lifetimeYears', code: 'not-positive', limit: 1 },
    ],
    [
      'a lifetime under a year (r would be −1)',
      { retention: null, lifetimeYears: 0.5 },
      { field: 'lifetimeYears', code: 'not-positive', limit: 1 },
    ],
    [
      'a lifetime over 1 000 years',
      { retention: null, lifetimeYears: 1_001 },
      { field: 'lifetimeYears', code: 'too-large', limit: 1_000 },
    ],
    [
      'an unreadable lifetime',
      { retention: null, lifetimeYears: Number.NaN },
      { field: 'lifetimeYears', code: 'not-finite' },
    ],
    [
      'a negative discount rate',
      { discountRate: -0.01 },
      { field: 'discountRate', code: 'negative' },
    ],
    [
      'a horizon of 0 years',
      { horizonYears: 0 },
      { field: 'horizonYears', code: 'horizon-out-of-range', limit: 1 },
    ],
    [
      'a horizon of 51 years',
      { horizonYears: 51 },
      { field: 'horizonYears', code: 'horizon-out-of-range', limit: 50 },
    ],
    [
      'a horizon of 2,5 years',
      { horizonYears: 2.5 },
      { field: 'horizonYears', code: 'horizon-out-of-range' },
    ],
    [
      'an unreadable horizon',
      { horizonYears: Number.NaN },
      { field: 'horizonYears', code: 'not-finite' },
    ],
    ['a negative CAC', { cac: cents(-1) }, { field: 'cac', code: 'negative' }],
  ])('%s', (_, fields, error) => {
    expect(clvErrors({ ...base, ...fields })).toEqual([error]);
  });

  it('the ranges are 1–50 years of horizon and 1–1 000 years of lifetime', () => {
    expect(HORIZON_RANGE).toEqual({ min: 1, max: 50 });
    expect(LIFETIME_RANGE).toEqual({ min: 1, max: 1000 });
  });

  it('names every wrong field at once, in the order of the form', () => {
    const errors = clvErrors({ ...base, averageBasket: cents(-1), retention: 1, cac: cents(-1) });
    expect(errors.map((e) => e.field)).toEqual(['averageBasket', 'retention', 'cac']);
  });

  it('clvErrorsFor keeps only the fields asked for', () => {
    const inputs = { ...base, marginRate: 2, horizonYears: 0 };
    expect(clvErrorsFor(inputs, ['horizonYears'])).toEqual([
      { field: 'horizonYears', code: 'horizon-out-of-range', limit: 1 },
    ]);
    expect(clvErrorsFor(inputs, ['cac'])).toEqual([]);
  });
});

/** Every number inside a figure, however deep. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('never NaN or Infinity on screen', () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(0, 1, -1, 0.5, 1 - 2 ** -53, 2 ** 53, Number.MAX_SAFE_INTEGER),
  );
  const anyInputs = fc.record({
    averageBasket: anyNumber.map(cents),
    purchasesPerYear: anyNumber,
    marginRate: anyNumber,
    retention: fc.option(anyNumber),
    lifetimeYears: fc.option(anyNumber),
    discountRate: anyNumber,
    horizonYears: fc.oneof(anyNumber, fc.integer({ min: 1, max: 50 })),
    cac: anyNumber.map(cents),
  });

  it('every figure is refused or made of finite numbers only, whatever is typed', () => {
    fc.assert(
      fc.property(anyInputs, (inputs) => {
        const figures = [
          yearlyMargin(inputs),
          effectiveRetention(inputs),
          simpleClv(inputs),
          discountedClv(inputs, 'first-margin-up-front'),
          discountedClv(inputs, 'after-one-retention-step'),
          infiniteClv(inputs, 'first-margin-up-front'),
          infiniteClv(inputs, 'after-one-retention-step'),
          cacPaybackMonths(inputs),
          cohort(inputs, 'after-one-retention-step'),
          shortTermView(inputs, 'first-margin-up-front'),
          clvSensitivity(inputs),
        ];
        for (const figure of figures) {
          if (!figure.ok) expect(figure.error.length).toBeGreaterThan(0);
          else expect(numbersIn(figure.value).every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the largest inputs accepted still give finite figures', () => {
    const huge: ClvInputs = {
      averageBasket: cents(LARGEST_INPUT),
      purchasesPerYear: LARGEST_INPUT,
      marginRate: 1,
      retention: 1 - 2 ** -53,
      lifetimeYears: null,
      discountRate: 0,
      horizonYears: 50,
      cac: cents(LARGEST_INPUT),
    };
    expect(clvErrors(huge)).toEqual([]);
    for (const figure of [
      simpleClv(huge),
      infiniteClv(huge, 'first-margin-up-front'),
      cohort(huge, 'first-margin-up-front'),
    ]) {
      expect(figure.ok && numbersIn(figure.value).every(Number.isFinite)).toBe(true);
    }
  });
});
