import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  centsFromNumber,
  centsToDecimalString,
  formatAmount,
  formatMoney,
  isSupportedCurrency,
  parseMoney,
  sumCents,
  SUPPORTED_CURRENCIES,
  toCents,
} from '../../../src/domain/money';
import { decimalSeparatorOf } from '../../../src/domain/number-parse';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const LOCALES = ['fr-FR', 'en-GB', 'en-US'] as const;
const MAX = Number.MAX_SAFE_INTEGER;

describe('parseMoney', () => {
  it.each([
    ['space', ' '],
    ['no-break space', NBSP],
    ['narrow no-break space', NNBSP],
  ])('reads "1 234,56 €" grouped with a %s as 123 456 cents', (_, space) => {
    expect(parseMoney(`1${space}234,56${space}€`, ',')).toEqual({ ok: true, value: 123456 });
  });

  it.each([
    ['12,5', ',', 1250], // never 1200, as parseFloat would have it
    ['12.5', ',', 1250],
    ['12', ',', 1200],
    ['0,1', ',', 10],
    [',05', ',', 5],
    ['-1 234,56', ',', -123456],
    ['(1 234,56 €)', ',', -123456],
    ['1 234,56 $US', ',', 123456],
    ['90 071 992 547 409,91', ',', MAX],
    ['1,234.56', '.', 123456],
    ['-$1,234.56', '.', -123456],
    ['($12.50)', '.', -1250],
    ['CHF 1,234', '.', 123400],
  ] as const)('reads %j (%s decimals) as %d cents', (input, decimal, cents) => {
    expect(parseMoney(input, decimal)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['12,555', ',', 'too-many-decimals'],
    ['12,500', ',', 'too-many-decimals'], // may be an English twelve thousand five hundred
    ['0,001', ',', 'too-many-decimals'],
    ['12,5 %', ',', 'not-a-number'],
    ['abc', ',', 'not-a-number'],
    ['', ',', 'empty'],
    ['90 071 992 547 409,92', ',', 'too-large'],
    ['1 000 000 000 000 000 000', ',', 'too-large'],
    ['12,5', '.', 'ambiguous'],
    ['1.234.567', ',', 'ambiguous'],
    ['1 23', ',', 'bad-grouping'],
  ] as const)('refuses %j (%s decimals) as %s', (input, decimal, code) => {
    expect(parseMoney(input, decimal)).toEqual({ ok: false, error: { code, input } });
  });

  it('allows negatives by default and refuses them when asked', () => {
    expect(parseMoney('-12', ',')).toEqual({ ok: true, value: -1200 });
    expect(parseMoney('-12', ',', { allowNegative: true })).toEqual({ ok: true, value: -1200 });
    for (const input of ['-12', '(12)', '−12 €']) {
      expect(parseMoney(input, ',', { allowNegative: false })).toEqual({
        ok: false,
        error: { code: 'negative', input },
      });
    }
    const zero = parseMoney('-0,00', ',', { allowNegative: false });
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
  });
});

describe('toCents', () => {
  it('brands safe integers, and turns -0 into 0', () => {
    expect(toCents(1250)).toBe(1250);
    expect(Object.is(toCents(-0), 0)).toBe(true);
  });

  it.each([1.5, NaN, Infinity, MAX + 1])('throws a RangeError for %d', (n) => {
    expect(() => toCents(n)).toThrow(RangeError);
  });
});

describe('centsFromNumber', () => {
  it.each([
    [1200 / 7, 17143],
    [-1200 / 7, -17143],
    [1.005, 101], // 1.00499999999999989… in binary: still the half cent a person typed
    [-1.005, -101],
    [2.675, 268],
    [0.125, 13],
    [-0.125, -13],
    [0.124999, 12],
    [1.0049, 100],
    [1e13 / 3, 333333333333333],
    [0.005, 1],
    [-0.005, -1],
    [0.0049, 0],
    [0, 0],
  ])('rounds %d units half away from zero to %d cents', (units, cents) => {
    expect(centsFromNumber(units)).toBe(cents);
  });

  it('never gives -0', () => {
    expect(Object.is(centsFromNumber(-0.001), 0)).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity, 1e14])('throws a RangeError for %d', (n) => {
    expect(() => centsFromNumber(n)).toThrow(RangeError);
  });
});

describe('formatMoney and formatAmount', () => {
  it.each([
    [123456, 'EUR', 'fr-FR', `1${NNBSP}234,56${NBSP}€`],
    [123456, 'USD', 'fr-FR', `1${NNBSP}234,56${NBSP}$US`],
    [123456, 'EUR', 'en-GB', '€1,234.56'],
    [-123456, 'GBP', 'en-GB', '-£1,234.56'],
    [123456, 'USD', 'en-US', '$1,234.56'],
    [100, 'EUR', 'fr-FR', `1,00${NBSP}€`],
    [-5, 'EUR', 'fr-FR', `-0,05${NBSP}€`],
    [0, 'EUR', 'en-US', '€0.00'],
    [MAX, 'EUR', 'fr-FR', `90${NNBSP}071${NNBSP}992${NNBSP}547${NNBSP}409,91${NBSP}€`],
    [-MAX, 'USD', 'en-US', '-$90,071,992,547,409.91'],
  ])('shows %d cents of %s in %s as %j', (cents, currency, locale, shown) => {
    expect(formatMoney(toCents(cents), currency, locale)).toBe(shown);
  });

  it.each([
    [123456, 'fr-FR', `1${NNBSP}234,56`],
    [123456, 'en-GB', '1,234.56'],
    [-123456, 'en-US', '-1,234.56'],
    [100, 'fr-FR', '1,00'],
    [7, 'en-GB', '0.07'],
    [MAX, 'en-GB', '90,071,992,547,409.91'],
  ])('shows %d cents in a %s cell as %j', (cents, locale, shown) => {
    expect(formatAmount(toCents(cents), locale)).toBe(shown);
  });

  it.each([
    [123405, '1234.05'],
    [-5, '-0.05'],
    [0, '0.00'],
    [MAX, '90071992547409.91'],
  ])('writes %d cents as the decimal %j', (cents, text) => {
    expect(centsToDecimalString(toCents(cents))).toBe(text);
  });

  it('reads back exactly what it shows, for every currency and locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(...SUPPORTED_CURRENCIES),
        fc.constantFrom(...LOCALES),
        (n, currency, locale) => {
          const cents = toCents(n);
          const decimal = decimalSeparatorOf(locale);
          expect(parseMoney(formatMoney(cents, currency, locale), decimal)).toEqual({
            ok: true,
            value: cents,
          });
          expect(parseMoney(formatAmount(cents, locale), decimal)).toEqual({
            ok: true,
            value: cents,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads back exactly up to the largest safe amount', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(...LOCALES), (n, locale) => {
        const cents = toCents(n);
        const shown = formatMoney(cents, 'EUR', locale);
        expect(parseMoney(shown, decimalSeparatorOf(locale))).toEqual({ ok: true, value: cents });
      }),
    );
  });
});

describe('sumCents', () => {
  it('adds nothing up to 0, and sums any iterable', () => {
    expect(sumCents([])).toBe(0);
    expect(sumCents(new Set([toCents(1250), toCents(-250)]))).toBe(1000);
  });

  it('gives a total equal to the sum of the amounts shown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e10, max: 1e10 }), { maxLength: 200 }),
        fc.constantFrom(...LOCALES),
        (values, locale) => {
          const amounts = values.map(toCents);
          const decimal = decimalSeparatorOf(locale);
          const shownSum = amounts
            .map((a) => parseMoney(formatAmount(a, locale), decimal))
            .reduce((total, parsed) => total + (parsed.ok ? parsed.value : NaN), 0);
          const total = sumCents(amounts);
          expect(total).toBe(shownSum);
          expect(parseMoney(formatAmount(total, locale), decimal)).toEqual({
            ok: true,
            value: total,
          });
        },
      ),
    );
  });

  it('throws a RangeError rather than return an inexact total', () => {
    expect(() => sumCents([toCents(MAX), toCents(1), toCents(-1)])).toThrow(RangeError);
  });
});

describe('currencies', () => {
  it.each(SUPPORTED_CURRENCIES)('%s has 2 decimals, as cents assume', (currency) => {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    expect(format.resolvedOptions().maximumFractionDigits).toBe(2);
    expect(isSupportedCurrency(currency)).toBe(true);
  });

  it.each(['JPY', 'eur', '', 'EURO'])('does not support %j', (code) => {
    expect(isSupportedCurrency(code)).toBe(false);
  });
});
