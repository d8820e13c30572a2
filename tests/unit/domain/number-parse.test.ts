import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  decimalSeparatorOf,
  parseDecimal,
  parseLocaleNumber,
  type NumberParseErrorCode,
} from '../../../src/domain/number-parse';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const MINUS = '\u2212';
const SPACES = [
  ['space', ' '],
  ['no-break space', NBSP],
  ['narrow no-break space', NNBSP],
] as const;

const CODES: readonly NumberParseErrorCode[] = [
  'empty',
  'not-a-number',
  'bad-grouping',
  'ambiguous',
  'too-many-decimals',
  'negative',
  'too-large',
];

describe('parseLocaleNumber with French decimals', () => {
  it.each(SPACES)('reads "1 234,56 €" grouped with a %s', (_, space) => {
    expect(parseLocaleNumber(`1${space}234,56${space}€`, ',')).toEqual({
      ok: true,
      value: 1234.56,
    });
  });

  it.each([
    ['1 234,56', 1234.56],
    ['1 234 567,891', 1234567.891],
    ['-1 234,56', -1234.56],
    [`${MINUS}1 234,56`, -1234.56],
    ['+12', 12],
    ['- 12', -12],
    ['(1 234,56)', -1234.56],
    ['(1 234,56 €)', -1234.56],
    ['12,5', 12.5],
    ['12.5', 12.5], // the numpad's decimal key
    ['1 234.5', 1234.5],
    [',5', 0.5],
    ['.5', 0.5],
    ['-,5', -0.5],
    ['007', 7],
    ['  42\t', 42],
    ['0', 0],
    ['12,5 %', 0.125],
    ['12,5%', 0.125],
    [`12,5${NBSP}%`, 0.125],
    [`3,5${NNBSP}%`, 0.035],
    ['-€12', -12],
    ['€-12', -12],
    ['€ 12', 12],
    ['12€', 12],
    ['-12 €', -12],
    ['12 EUR', 12],
    ['EUR 12', 12],
    ['1 234,56 $US', 1234.56],
    ['1 234,56 £GB', 1234.56],
    ['-1 234,56 CHF', -1234.56],
  ])('reads %j as %d', (input, value) => {
    expect(parseLocaleNumber(input, ',')).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [NBSP, 'empty'],
    ['abc', 'not-a-number'],
    ['12a', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['--12', 'not-a-number'],
    ['+-12', 'not-a-number'],
    ['-(12)', 'not-a-number'],
    ['(-12)', 'not-a-number'],
    ['-€-12', 'not-a-number'],
    ['12-', 'not-a-number'],
    ['12,', 'not-a-number'],
    ['12.', 'not-a-number'],
    [',', 'not-a-number'],
    ['€', 'not-a-number'],
    ['%', 'not-a-number'],
    ['12 € %', 'not-a-number'],
    ['€12 €', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['12,3 4', 'not-a-number'],
    ['１２', 'not-a-number'],
    ['1 23', 'bad-grouping'],
    ['1 23 456', 'bad-grouping'],
    ['1234 567', 'bad-grouping'],
    ['1  234', 'bad-grouping'],
    ['1.234.567', 'ambiguous'],
    ['1.2.3', 'ambiguous'],
    ['1.234,56', 'ambiguous'],
    ['1,234.56', 'ambiguous'],
    ['1,234,567', 'ambiguous'],
  ])('refuses %j as %s', (input, code) => {
    expect(parseLocaleNumber(input, ',')).toEqual({ ok: false, error: { code, input } });
  });
});

describe('parseLocaleNumber with English decimals', () => {
  it.each([
    ['1,234.56', 1234.56],
    ['1,234', 1234],
    ['1,234,567.5', 1234567.5],
    ['1 234.56', 1234.56],
    [`1${NBSP}234.56`, 1234.56],
    [`1${NNBSP}234.56`, 1234.56],
    ['-1,234.56', -1234.56],
    ['-$1,234.56', -1234.56],
    ['$-1,234.56', -1234.56],
    ['($1,234.56)', -1234.56],
    ['US$1,234.56', 1234.56],
    ['CA$12', 12],
    ['A$12', 12],
    ['£12', 12],
    ['-CHF 1,234.56', -1234.56],
    ['12.5', 12.5],
    ['1.234', 1.234],
    ['.5', 0.5],
    ['007', 7],
    ['12.5 %', 0.125],
  ])('reads %j as %d', (input, value) => {
    expect(parseLocaleNumber(input, '.')).toEqual({ ok: true, value });
  });

  it.each([
    ['12,5', 'ambiguous'],
    [',5', 'ambiguous'],
    [',500', 'ambiguous'],
    ['1,2345', 'ambiguous'],
    ['1 234,5', 'ambiguous'],
    ['1.234,56', 'ambiguous'],
    ['1.234.567', 'ambiguous'],
    ['12,34,5', 'bad-grouping'],
    ['1,23,456', 'bad-grouping'],
    ['1234,567', 'bad-grouping'],
    ['1,,234', 'bad-grouping'],
    ['1 23', 'bad-grouping'],
    ['1 234,567', 'bad-grouping'],
    ['12,', 'not-a-number'],
    ['12.', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1.5,000', 'ambiguous'],
    ['abc', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['-Infinity', 'not-a-number'],
    ['', 'empty'],
  ])('refuses %j as %s', (input, code) => {
    expect(parseLocaleNumber(input, '.')).toEqual({ ok: false, error: { code, input } });
  });
});

describe('parseDecimal', () => {
  // input, decimals, then the expected negative, integerDigits, fractionDigits, percent, currency
  it.each([
    ['-1 234,56 €', ',', true, '1234', '56', false, '€'],
    ['0012,50', ',', false, '12', '50', false, null],
    [',5', ',', false, '0', '5', false, null],
    ['12,5 %', ',', false, '12', '5', true, null],
    ['1 234,56 $US', ',', false, '1234', '56', false, '$US'],
    ['-0,00', ',', false, '0', '00', false, null],
    ['(CHF 1,234.5)', '.', true, '1234', '5', false, 'CHF'],
    ['US$0.125', '.', false, '0', '125', false, 'US$'],
  ] as const)(
    'reads %j (%s decimals) digit for digit',
    (input, decimal, negative, integerDigits, fractionDigits, percent, currency) => {
      expect(parseDecimal(input, decimal)).toEqual({
        ok: true,
        value: { negative, integerDigits, fractionDigits, percent, currency },
      });
    },
  );

  it('never reads -0 as a negative number', () => {
    const value = parseLocaleNumber('-0', '.');
    expect(value.ok && Object.is(value.value, 0)).toBe(true);
  });

  it('reads long digit strings as the closest number of their first 15 significant digits', () => {
    expect(parseLocaleNumber('0,1234567890123456789', ',')).toEqual({
      ok: true,
      value: 0.123456789012345,
    });
    expect(parseLocaleNumber('9 007 199 254 740 991', ',')).toEqual({
      ok: true,
      value: Number.MAX_SAFE_INTEGER,
    });
    expect(parseLocaleNumber('0,000000000000000000001', ',')).toEqual({ ok: true, value: 1e-21 });
  });

  it('refuses integers beyond the safe range as too-large', () => {
    expect(parseLocaleNumber('9 007 199 254 740 992', ',')).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    expect(parseLocaleNumber('1'.repeat(400), '.')).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('answers at once on a long pasted string, without regex backtracking', () => {
    const started = performance.now();
    for (const decimal of [',', '.'] as const) {
      parseDecimal(`-1${' '.repeat(50_000)}x`, decimal);
      parseDecimal(`-${' '.repeat(50_000)}€${' '.repeat(50_000)}-x`, decimal);
      parseDecimal(`1${' '.repeat(50_000)}%%`, decimal);
      parseLocaleNumber(`0,${'0'.repeat(50_000)}1`, decimal);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reads any plain decimal exactly as the closest number', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 6 }),
        (negative, integer, fraction) => {
          const sign = negative ? '-' : '';
          const canonical = `${sign}${integer}${fraction ? `.${fraction}` : ''}`;
          const expected = Number(canonical) + 0;
          expect(parseLocaleNumber(canonical, '.')).toEqual({ ok: true, value: expected });
          expect(parseLocaleNumber(canonical.replace('.', ','), ',')).toEqual({
            ok: true,
            value: expected,
          });
        },
      ),
    );
  });

  it.each([
    ['ASCII', fc.string()],
    ['full Unicode', fc.string({ unit: 'binary' })],
    [
      'number-like',
      fc.string({ unit: fc.constantFrom(...'0123456789.,-+()%€$£ABCUS \u00A0\u202F\u2212') }),
    ],
  ])('never throws on %s strings, and echoes the input with a known code', (_, strings) => {
    fc.assert(
      fc.property(strings, fc.constantFrom(',' as const, '.' as const), (input, decimal) => {
        const parsed = parseDecimal(input, decimal);
        if (!parsed.ok) {
          expect(CODES).toContain(parsed.error.code);
          expect(parsed.error.input).toBe(input);
        }
        const value = parseLocaleNumber(input, decimal);
        if (value.ok) expect(Number.isFinite(value.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decimalSeparatorOf', () => {
  it.each([
    ['fr-FR', ','],
    ['fr-CA', ','],
    ['de-DE', ','],
    ['en-GB', '.'],
    ['en-US', '.'],
  ])('gives %s the decimal separator %j', (locale, separator) => {
    expect(decimalSeparatorOf(locale)).toBe(separator);
  });
});
