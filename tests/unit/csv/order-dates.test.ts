// The date cells of an orders file: every form a spreadsheet writes reads as the day a person
// sees in it, impossible days are refused, and day/month dates keep both readings until the
// file's order is known.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateColumnReader,
  dateOrderOf,
  dayOfCell,
  excelSerialDay,
  readDateCell,
} from '../../../src/csv/order-dates';

describe('Excel serial days (1900 system)', () => {
  it.each([
    // Serial 1 is the first day; 59 is 28 February 1900, the last one before the fake leap day.
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    // 61 is 1 March 1900: Excel counted a 29 February 1900 (serial 60) that never was.
    [61, '1900-03-01'],
    [25_569, '1970-01-01'],
    [36_526, '2000-01-01'],
    [44_927, '2023-01-01'],
    [45_658, '2025-01-01'],
    // 45 658 + 342 days: 2025 is not a leap year, and day 343 of it is 9 December.
    [46_000, '2025-12-09'],
    [2_958_465, '9999-12-31'],
  ])('serial %i is %s', (serial, day) => {
    expect(excelSerialDay(serial)).toBe(day);
  });

  it.each([0, 60, -1, 2_958_466, 45_658.5])('serial %d has no day', (serial) => {
    expect(excelSerialDay(serial)).toBeNull();
  });
});

describe('a date cell read alone', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
    ['2026/03/05', '2026-03-05'],
    [' 2026-03-05 ', '2026-03-05'],
    ['2026-03-05T14:02:00', '2026-03-05'],
    ['2026-03-05T23:59:59.999Z', '2026-03-05'],
    ['2026-03-05T01:00:00+02:00', '2026-03-05'],
    ['2026-03-05 14:02', '2026-03-05'],
    ['45658', '2025-01-01'],
    ['45658,75', '2025-01-01'],
    ['45658.5', '2025-01-01'],
    ['5 mars 2026', '2026-03-05'],
    ['1er mars 2026', '2026-03-01'],
    ['5 févr. 2026', '2026-02-05'],
    ['5 FEVRIER 2026', '2026-02-05'],
    ['5 Mar 2026', '2026-03-05'],
    ['05-Mar-26', '2026-03-05'],
    ['March 5, 2026', '2026-03-05'],
    // Day and month equal: both orders give the same day.
    ['05/05/2026', '2026-05-05'],
  ])('%j is the day %s in any order', (text, day) => {
    const cell = readDateCell(text);
    expect(cell).toEqual({ kind: 'day', day });
  });

  it.each([
    // 13 can only be a day: the mm/dd reading does not exist.
    ['13/01/2026', '2026-01-13', null],
    ['01/13/2026', null, '2026-01-13'],
    ['05/03/2026', '2026-03-05', '2026-05-03'],
    ['5-3-2026', '2026-03-05', '2026-05-03'],
    ['05.03.2026', '2026-03-05', '2026-05-03'],
    ['31/12/2026 00:00', '2026-12-31', null],
    ['3/5/2026 2:02 PM', '2026-05-03', '2026-03-05'],
    // Two-digit years as Excel reads them: 00–29 are 20xx, 30–99 are 19xx.
    ['31/12/26', '2026-12-31', null],
    ['31/12/95', '1995-12-31', null],
    // A month 30 does not exist: 30/04 reads day-first only.
    ['30/04/2026', '2026-04-30', null],
    // 2028 is a leap year.
    ['29/02/2028', '2028-02-29', null],
  ])('%j reads as dmy %s, mdy %s', (text, dmy, mdy) => {
    expect(readDateCell(text)).toEqual({ kind: 'two-ways', dmy, mdy });
  });

  it.each([
    '',
    'demain',
    '31/02/2026',
    '02/31/2026',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '00/01/2026',
    '2026',
    '20260305',
    '0999-12-31',
    '05/03/2026 25h',
    '2026-03-05T14',
    '2026-03-05/10',
    '05/03-2026',
    '60',
    '32 mars 2026',
    '5 brumaire 2026',
  ])('%j is no date', (text) => {
    expect(readDateCell(text)).toBeNull();
  });

  it('never throws, whatever the cell', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const cell = readDateCell(text);
        if (cell === null) return true;
        const days = cell.kind === 'day' ? [cell.day] : [cell.dmy, cell.mdy];
        return days.every((d) => d === null || /^\d{4}-\d{2}-\d{2}$/.test(d));
      }),
    );
  });
});

describe('the day order of a file', () => {
  const cell = { kind: 'two-ways', dmy: '2026-03-05', mdy: '2026-05-03' } as const;

  it('a day/month cell gives the reading of the order chosen', () => {
    expect(dayOfCell(cell, 'dmy')).toBe('2026-03-05');
    expect(dayOfCell(cell, 'mdy')).toBe('2026-05-03');
    expect(dayOfCell(cell, null)).toBe('ambiguous');
    expect(dayOfCell({ kind: 'two-ways', dmy: '2026-01-13', mdy: null }, 'mdy')).toBeNull();
    expect(dayOfCell({ kind: 'two-ways', dmy: '2026-01-13', mdy: null }, null)).toBe('2026-01-13');
  });

  it.each([
    ['fr-FR', 'dmy'],
    ['fr', 'dmy'],
    ['en-GB', 'dmy'],
    ['en-US', 'mdy'],
    ['en', 'mdy'],
    ['not a locale!', 'dmy'],
  ] as const)('locale %s writes %s', (locale, order) => {
    expect(dateOrderOf(locale)).toBe(order);
  });

  it.each([
    [['05/03/2026', '13/03/2026'], undefined, 'dmy', 'evident'],
    [['05/03/2026', '03/13/2026'], undefined, 'mdy', 'evident'],
    [['05/03/2026', '04/03/2026'], undefined, 'dmy', 'locale'],
    [['13/03/2026', '03/13/2026'], undefined, null, 'mixed'],
    [['13/03/2026'], 'mdy', 'mdy', 'given'],
    [['2026-03-05', '45658', '05/05/2026'], undefined, null, null],
  ] as const)('dates %j (given %s) are read %s, %s', (cells, given, order, source) => {
    const reader = dateColumnReader();
    for (const text of cells) reader.read(text);
    expect(reader.decide(given, 'fr-FR')).toEqual({ order, source });
  });

  it('an English US user gets mm/dd for dates that read both ways', () => {
    const reader = dateColumnReader();
    reader.read('05/03/2026');
    expect(reader.decide(undefined, 'en-US')).toEqual({ order: 'mdy', source: 'locale' });
  });
});
