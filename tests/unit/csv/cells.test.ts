// Reading typed cells: month headers as French and English spreadsheets write them, amounts
// exactly, dates in the sniffed order, and the labels of total rows and columns.
import { describe, expect, it } from 'vitest';
import { isTotalLabel, readAmount, readDate, readMonthHeader } from '../../../src/csv/cells';
import type { DateStyle } from '../../../src/csv/sniff';

describe('readMonthHeader', () => {
  it.each([
    ['2026-01', '2026-01'],
    ['2026-1', '2026-01'],
    ['2026/03', '2026-03'],
    ['2026-01-01', '2026-01'],
    ['01/2026', '2026-01'],
    ['1/2026', '2026-01'],
    ['12/2026', '2026-12'],
    ['01-2026', '2026-01'],
    ['janv. 2026', '2026-01'],
    ['janvier 2026', '2026-01'],
    ['Janvier 2026', '2026-01'],
    ['JANVIER 2026', '2026-01'],
    ['janv.-26', '2026-01'],
    ['janv-26', '2026-01'],
    ['janv 2026', '2026-01'],
    ['févr. 2026', '2026-02'],
    ['fév 2026', '2026-02'],
    ['fevr-26', '2026-02'],
    ['février 2026', '2026-02'],
    ['mars 2026', '2026-03'],
    ['avr. 2026', '2026-04'],
    ['mai 2026', '2026-05'],
    ['juin 2026', '2026-06'],
    ['juil. 2026', '2026-07'],
    ['juillet 2026', '2026-07'],
    ['août 2026', '2026-08'],
    ['aout 2026', '2026-08'],
    ['AOÛT 2026', '2026-08'],
    ['sept. 2026', '2026-09'],
    ['oct. 2026', '2026-10'],
    ['nov. 2026', '2026-11'],
    ['déc. 2026', '2026-12'],
    ['décembre 2026', '2026-12'],
    ['Jan 2026', '2026-01'],
    ['Jan-26', '2026-01'],
    ['January 2026', '2026-01'],
    ['Feb 2026', '2026-02'],
    ['Mar-26', '2026-03'],
    ['Apr 2026', '2026-04'],
    ['May-26', '2026-05'],
    ['Jun 2026', '2026-06'],
    ['Jul-26', '2026-07'],
    ['Aug 2026', '2026-08'],
    ['Sept 2026', '2026-09'],
    ['Sep-26', '2026-09'],
    ['September 2026', '2026-09'],
    ['Oct-26', '2026-10'],
    ['Nov 2026', '2026-11'],
    ['Dec-26', '2026-12'],
    ['December 2026', '2026-12'],
    ['  janv.\u00A02026  ', '2026-01'], // Intl and Excel may write a no-break space
    ['Jan. 2026', '2026-01'],
    ['janv.-99', '2099-01'],
  ])('reads "%s" as %s', (header, month) => {
    expect(readMonthHeader(header)).toBe(month);
  });

  it.each([
    '',
    'Canal',
    'Total',
    'Total 2026',
    'janvier',
    '2026',
    '13/2026',
    '2026-13',
    '00/2026',
    '2026-01-15',
    'janv. 2026 prévu',
    'foo 2026',
    'T1 2026',
    '31/12/2026',
    'janv. 202',
  ])('reads "%s" as no month', (header) => {
    expect(readMonthHeader(header)).toBeNull();
  });
});

describe('readAmount', () => {
  it.each([
    ['1 234,56 €', ',', 123456],
    ['1\u202F234,56', ',', 123456],
    ['-1 234,56', ',', -123456],
    ['(12,5)', ',', -1250],
    ['12,5', ',', 1250],
    ['0', ',', 0],
    ['1,234.56', '.', 123456],
    ['$12.50', '.', 1250],
    ['1234.56', ',', 123456], // a machine-style export read in a French file
    ['90071992547409.91', '.', 9007199254740991],
  ] as const)('reads "%s" with "%s" as %i cents', (text, decimal, cents) => {
    expect(readAmount(text, decimal)).toEqual({ ok: true, value: cents });
  });

  it.each(['', '   ', '\u00A0'])('reads an empty cell "%s" as no value', (text) => {
    expect(readAmount(text, ',')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', ',', 'not-a-number'],
    ['12,345', ',', 'too-many-decimals'],
    ['12,5', '.', 'ambiguous'], // a French decimal in an English file
    ['12,5 %', ',', 'not-a-number'],
    ['99999999999999999', ',', 'too-large'],
  ] as const)('refuses "%s" with "%s": %s', (text, decimal, code) => {
    expect(readAmount(text, decimal)).toEqual({ ok: false, error: { code, input: text } });
  });

  it('refuses negatives when told to', () => {
    expect(readAmount('-5', ',', { allowNegative: false })).toEqual({
      ok: false,
      error: { code: 'negative', input: '-5' },
    });
  });
});

describe('readDate', () => {
  it.each<[string, DateStyle, string]>([
    ['31/12/2026', 'dmy', '2026-12-31'],
    ['1/2/2026', 'dmy', '2026-02-01'],
    ['01.02.26', 'dmy', '2026-02-01'],
    ['31-12-2026', 'dmy', '2026-12-31'],
    ['31/12/2026 14:30', 'dmy', '2026-12-31'],
    ['12/31/2026', 'mdy', '2026-12-31'],
    ['2/1/2026', 'mdy', '2026-02-01'],
    ['2026-12-31', 'ymd', '2026-12-31'],
    ['2026-12-31', 'dmy', '2026-12-31'],
    ['2026-12-31', 'ambiguous', '2026-12-31'],
    ['2026/1/5', 'mdy', '2026-01-05'],
    ['2026-12-31T23:59:59Z', 'ymd', '2026-12-31'],
    [' 29/02/2028 ', 'dmy', '2028-02-29'],
    ['29/02/2000', 'dmy', '2000-02-29'],
  ])('reads "%s" (%s) as %s', (text, style, date) => {
    expect(readDate(text, style)).toEqual({ ok: true, value: date });
  });

  it('reads an empty cell as no value', () => {
    expect(readDate('  ', 'dmy')).toEqual({ ok: true, value: null });
  });

  it.each<[string, DateStyle, string]>([
    ['03/04/2026', 'ambiguous', 'ambiguous'],
    ['31/12/2026', 'ymd', 'ambiguous'],
    ['31/02/2026', 'dmy', 'invalid-date'],
    ['29/02/2026', 'dmy', 'invalid-date'],
    ['29/02/1900', 'dmy', 'invalid-date'],
    ['12/31/2026', 'dmy', 'invalid-date'],
    ['31/12/2026', 'mdy', 'invalid-date'],
    ['2026-13-01', 'ymd', 'invalid-date'],
    ['0999-01-01', 'ymd', 'invalid-date'],
    ['demain', 'dmy', 'not-a-date'],
    ['12/2026', 'dmy', 'not-a-date'],
    ['2026-12-31-1', 'ymd', 'not-a-date'],
    ['2026-12/31', 'ymd', 'not-a-date'],
    ['46022', 'dmy', 'not-a-date'],
  ])('refuses "%s" (%s): %s', (text, style, code) => {
    expect(readDate(text, style)).toEqual({ ok: false, error: { code, input: text } });
  });
});

describe('isTotalLabel', () => {
  it.each([
    'Total',
    'TOTAL',
    'total',
    ' Total : ',
    'Total général',
    'TOTAL GÉNÉRAL',
    'Grand total',
    'Sous-total',
    'Sous total',
    'Somme',
    'Totaux',
    'Total 2026',
    'Total HT',
    'Subtotal',
    'Sum',
  ])('"%s" is a total', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it.each(['', 'TV', 'TotalEnergies', 'Total Energies sponsoring', 'Totalisateur', 'Sommet'])(
    '"%s" is not a total',
    (label) => {
      expect(isTotalLabel(label)).toBe(false);
    },
  );
});
