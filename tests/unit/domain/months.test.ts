import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  formatMonth,
  isMonth,
  monthFromParts,
  monthIndexIn,
  monthOf,
  monthParts,
  monthRange,
  monthsBetween,
  parseMonth,
  type Month,
} from '../../../src/domain/months';

function month(s: string): Month {
  const parsed = parseMonth(s);
  if (parsed === null) throw new Error(`Not a month: ${s}`);
  return parsed;
}

const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Runs fn with the process in another time zone, as a user abroad would. */
function inTimeZone(zone: string, fn: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

const FIRST = month('1000-01');
const LAST = month('9999-12');
const anyMonth = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => monthFromParts(year, m) ?? month('2026-01'));

describe('isMonth and parseMonth', () => {
  it.each(['2026-01', '2026-12', '1000-01', '9999-12'])('accepts %j', (s) => {
    expect(isMonth(s)).toBe(true);
    expect(parseMonth(s)).toBe(s);
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-1',
    '0999-12',
    '26-01',
    '2026-01-01',
    '2026/01',
    ' 2026-01',
    '１２３４-01',
    '',
  ])('refuses %j', (s) => {
    expect(isMonth(s)).toBe(false);
  });

  it('parses a month with spaces around it, and nothing else', () => {
    expect(parseMonth(' 2026-03 ')).toBe('2026-03');
    expect(parseMonth('mars 2026')).toBeNull();
  });

  it('splits a month into its year and month number, and back', () => {
    expect(monthParts(month('2026-03'))).toEqual({ year: 2026, month: 3 });
    expect(monthFromParts(2026, 3)).toBe('2026-03');
    expect(monthFromParts(2026, 13)).toBeNull();
    expect(monthFromParts(2026.5, 1)).toBeNull();
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2026-01', 1, '2026-02'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', 0, '2026-03'],
    ['2026-01', 24, '2028-01'],
    ['2026-01', -25, '2023-12'],
  ])('%s + %d months is %s', (from, n, to) => {
    expect(addMonths(month(from), n)).toBe(to);
  });

  it.each([
    ['9999-12', 1],
    ['1000-01', -1],
    ['2026-01', 1.5],
    ['2026-01', NaN],
  ])('refuses %s + %d months with a RangeError', (from, n) => {
    expect(() => addMonths(month(from), n)).toThrow(RangeError);
  });

  it('goes back where it started after n months and −n months', () => {
    fc.assert(
      fc.property(anyMonth, fc.integer({ min: -1200, max: 1200 }), (m, n) => {
        fc.pre(monthsBetween(FIRST, m) + n >= 0 && monthsBetween(m, LAST) - n >= 0);
        expect(addMonths(addMonths(m, n), -n)).toBe(m);
        expect(monthsBetween(m, addMonths(m, n))).toBe(n);
      }),
    );
  });

  it.each([
    ['2026-01', '2026-02', 1],
    ['2026-02', '2026-01', -1],
    ['2025-12', '2026-01', 1],
    ['2026-01', '2030-12', 59],
    ['2026-05', '2026-05', 0],
  ])('from %s to %s is %d months', (a, b, n) => {
    expect(monthsBetween(month(a), month(b))).toBe(n);
  });

  it('lists the months of a plan in order, across the new year', () => {
    expect(monthRange(month('2025-11'), 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange(month('2026-01'), 0)).toEqual([]);
    expect(() => monthRange(month('2026-01'), -1)).toThrow(RangeError);
  });

  it('lists count consecutive months, each one after the previous', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 120 }),
        (year, m, count) => {
          const first = monthFromParts(year, m) ?? month('2026-01');
          const range = monthRange(first, count);
          expect(range).toHaveLength(count);
          range.forEach((each, i) => {
            expect(monthsBetween(first, each)).toBe(i);
            expect(monthIndexIn(first, count, each)).toBe(i);
          });
        },
      ),
    );
  });

  it.each([
    ['2026-01', 0],
    ['2026-12', 11],
    ['2027-01', -1],
    ['2025-12', -1],
  ])('finds %s at index %d of a 12-month plan from 2026-01', (m, index) => {
    expect(monthIndexIn(month('2026-01'), 12, month(m))).toBe(index);
  });
});

describe('monthOf', () => {
  it('takes the month of the local calendar', () => {
    expect(monthOf(new Date(2026, 1, 1, 0, 30))).toBe('2026-02');
    expect(monthOf(new Date(2026, 0, 31, 23, 30))).toBe('2026-01');
  });

  it('says February at 00:30 on 1 February in Paris, though UTC is still in January', () => {
    inTimeZone('Europe/Paris', () => {
      expect(monthOf(new Date(Date.UTC(2026, 0, 31, 23, 30)))).toBe('2026-02');
    });
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => monthOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatMonth', () => {
  it.each(FRENCH_MONTHS.map((name, i) => [i + 1, name] as const))(
    'names month %d of 2026 "%s" in French',
    (m, name) => {
      expect(formatMonth(month(`2026-${String(m).padStart(2, '0')}`), 'fr-FR')).toBe(
        `${name} 2026`,
      );
    },
  );

  it.each(ENGLISH_MONTHS.map((name, i) => [i + 1, name] as const))(
    'names month %d of 2026 "%s" in English',
    (m, name) => {
      expect(formatMonth(month(`2026-${String(m).padStart(2, '0')}`), 'en-GB')).toBe(
        `${name} 2026`,
      );
    },
  );

  it('has a short style for column headers', () => {
    expect(formatMonth(month('2026-01'), 'fr-FR', 'short')).toBe('janv. 2026');
    expect(formatMonth(month('2026-03'), 'en-US', 'short')).toBe('Mar 2026');
  });

  it.each(['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Paris', 'America/Santiago'])(
    'names every month of 2026 right when the process runs in %s',
    (zone) => {
      inTimeZone(zone, () => {
        monthRange(month('2026-01'), 12).forEach((m, i) => {
          expect(formatMonth(m, 'fr-FR')).toBe(`${FRENCH_MONTHS[i]} 2026`);
        });
      });
    },
  );
});
