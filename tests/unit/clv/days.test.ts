// Day arithmetic on 'YYYY-MM-DD': day numbers, strict reading, and counts that stay whole
// across leap days and daylight-saving changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFromNumber,
  dayNumber,
  dayNumberReader,
  daysBetween,
  isDay,
  parseDay,
} from '../../../src/domain/clv/days';

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    // 1970 and 1971 are 365 days each, 1972 is leap: 365 + 365 + 366 = 1 096.
    ['1973-01-01', 1096],
    // 30 years from 1970 with 7 leap years (1972 … 1996) = 30 × 365 + 7 = 10 957.
    ['2000-01-01', 10_957],
  ])('%s is day %i', (day, n) => {
    expect(dayNumber(day)).toBe(n);
  });

  it.each([
    '2026-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    ' 2026-01-01',
    '26-01-01',
    '0999-12-31',
    '01/02/2026',
    '',
  ])('refuses %j', (day) => {
    expect(dayNumber(day)).toBeNull();
    expect(isDay(day)).toBe(false);
  });

  it.each(['2024-02-29', '2000-02-29', '1000-01-01', '9999-12-31'])('reads %s', (day) => {
    expect(isDay(day)).toBe(true);
  });

  it('agrees with UTC midnights for every day from 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -354_285, max: 2_932_896 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(dayFromNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
      }),
    );
  });
});

describe('parseDay', () => {
  it('allows surrounding spaces and nothing else', () => {
    expect(parseDay(' 2026-03-29 ')).toBe('2026-03-29');
    expect(parseDay('29/03/2026')).toBeNull();
  });
});

describe('daysBetween', () => {
  it.each([
    // Paris changes to summer time on 2026-03-29 and back on 2026-10-25: still 2 days each.
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2025-01-01', '2026-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-01-11', '2026-01-01', -10],
    ['2026-05-05', '2026-05-05', 0],
  ])('%s → %s is %i days', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it('is null when a day is unreadable', () => {
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNull();
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', -364, '2026-01-01'],
  ])('%s + %i = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('is null past 9999-12-31, for a fraction of a day or an unreadable day', () => {
    expect(addDays('9999-12-31', 1)).toBeNull();
    expect(addDays('1000-01-01', -1)).toBeNull();
    expect(addDays('2026-01-01', 0.5)).toBeNull();
    expect(addDays('2026-02-30', 1)).toBeNull();
  });
});

describe('dayFromNumber', () => {
  it('throws for a fraction of a day or a day outside 1000 … 9999', () => {
    expect(() => dayFromNumber(0.5)).toThrow(RangeError);
    expect(() => dayFromNumber(2_932_897)).toThrow(RangeError);
    expect(() => dayFromNumber(-354_286)).toThrow(RangeError);
  });
});

describe('dayNumberReader', () => {
  it('reads each date as dayNumber does, unreadable ones included, again and again', () => {
    const read = dayNumberReader();
    for (let pass = 0; pass < 2; pass++) {
      expect(read('2000-01-01')).toBe(10_957);
      expect(read('2026-02-30')).toBeNull();
    }
  });
});
