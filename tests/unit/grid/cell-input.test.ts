import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { editableText, formatCellValue, parseCellInput } from '../../../src/ui/grid/cell-input';
import type {
  CellInputErrorCode,
  CellValue,
  GridColumn,
  GridLocale,
} from '../../../src/ui/grid/types';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

const FR: GridLocale = { locale: 'fr-FR', decimal: ',' };
const EN: GridLocale = { locale: 'en-GB', decimal: '.' };
const LOCALES = [
  ['fr-FR', FR],
  ['en-GB', EN],
] as const;

const money: GridColumn = { id: 'jan', label: 'Janv. 2026', type: 'money' };
const signedMoney: GridColumn = { ...money, allowNegative: true };
const percent: GridColumn = { id: 'share', label: 'Part', type: 'percent' };
const signedPercent: GridColumn = { ...percent, allowNegative: true };
const integer: GridColumn = { id: 'units', label: 'Unités', type: 'integer' };
const signedInteger: GridColumn = { ...integer, allowNegative: true };
const text: GridColumn = { id: 'name', label: 'Canal', type: 'text' };
const choice: GridColumn = {
  id: 'kind',
  label: 'Type',
  type: 'choice',
  choices: [
    { value: 'media', label: 'Média' },
    { value: 'hors-media', label: 'Hors-média' },
    { value: 'event', label: 'Événement' },
  ],
};
const computed: GridColumn = { id: 'total', label: 'Total', type: 'computed' };
const readOnlyMoney: GridColumn = { ...money, readOnly: true };
const EDITABLE = [money, percent, integer, text, choice];

function accepted(value: CellValue) {
  return { ok: true, value };
}

function refused(column: GridColumn, input: string, code: CellInputErrorCode, at?: number) {
  return {
    ok: false,
    error: { code, input, column: column.label, ...(at === undefined ? {} : { at }) },
  };
}

describe('parseCellInput: rules shared by every column', () => {
  it.each(
    EDITABLE.flatMap((column) =>
      ['', '   ', '\t', NBSP, ' \n '].flatMap((input) =>
        LOCALES.map(
          ([name, locale]) =>
            [column.type, JSON.stringify(input), name, column, input, locale] as const,
        ),
      ),
    ),
  )('a blank %s cell (%s, %s) is cleared', (_type, _shown, _name, column, input, locale) => {
    expect(parseCellInput(column, input, locale)).toEqual(accepted(null));
  });

  it.each([
    [computed, '12'],
    [computed, ''],
    [readOnlyMoney, '12'],
    [{ ...text, readOnly: true }, 'x'],
  ])('refuses any input in a read-only column (%o, "%s")', (column, input) => {
    expect(parseCellInput(column, input, FR)).toEqual(refused(column, input, 'read-only'));
  });
});

describe('parseCellInput: money, exact cents', () => {
  it.each([
    ['12,5', 1250],
    ['12.5', 1250], // the numpad's decimal key
    ['1 234,56 €', 123456],
    [`1${NNBSP}234,56${NBSP}€`, 123456],
    [`1${NBSP}234,56`, 123456],
    ['0,01', 1],
    ['  42 ', 4200],
    ['=1200*3+450', 405000],
    ['=1200/7', 17143], // rounded half away from zero to the cent
    ['=1,005', 101],
    ['=0,001', 0],
    ['=10%*1200', 12000],
  ])('fr: "%s" is %d cents', (input, cents) => {
    expect(parseCellInput(money, input, FR)).toEqual(accepted(cents));
  });

  it.each([
    ['1,234.56', 123456],
    ['£1,234.56', 123456],
    ['€12.5', 1250],
    ['=1200.5*2', 240100],
  ])('en: "%s" is %d cents', (input, cents) => {
    expect(parseCellInput(money, input, EN)).toEqual(accepted(cents));
  });

  it.each([
    [FR, '-12', -1200],
    [FR, '(1 234,56 €)', -123456],
    [FR, '=100-250', -15000],
    [EN, '-£250.00', -25000],
  ])('a signed column accepts negatives (%o, "%s")', (locale, input, cents) => {
    expect(parseCellInput(signedMoney, input, locale)).toEqual(accepted(cents));
  });

  it.each([
    [FR, '-12', 'negative'],
    [FR, '=100-250', 'negative'],
    [FR, '12,345', 'too-many-decimals'],
    [FR, 'douze', 'not-a-number'],
    [FR, '10 %', 'not-a-number'],
    [FR, '1,234.56', 'ambiguous'],
    [EN, '12,5', 'ambiguous'],
    [FR, '=100000000000000', 'too-large'],
    [FR, '99999999999999999', 'too-large'],
  ] as const)('refuses (%o) "%s": %s', (locale, input, code) => {
    expect(parseCellInput(money, input, locale)).toEqual(refused(money, input, code));
  });

  it.each([
    ['=1/0', 'division-by-zero', 2],
    ['=1+', 'bad-expression', 3],
    ['  =2*(3', 'bad-expression', 7], // positions count in the text as typed
    ['=1 234', 'bad-expression', 3],
  ] as const)('an expression "%s" is refused with %s at %d', (input, code, at) => {
    expect(parseCellInput(money, input, FR)).toEqual(refused(money, input, code, at));
  });
});

describe('parseCellInput: percent, stored as a fraction', () => {
  it.each([
    [FR, '12,5 %', 0.125],
    [FR, '12,5%', 0.125],
    [FR, `3,5${NNBSP}%`, 0.035],
    [FR, '12,5', 0.125], // a bare number in a percent column is a percentage
    [FR, '100', 1],
    [FR, '0', 0],
    [FR, '=10%/2', 0.05],
    [FR, '=0,5', 0.5], // a formula gives the fraction itself
    [EN, '12.5%', 0.125],
    [EN, '12.5', 0.125],
    [EN, '1,250%', 12.5],
  ])('(%o) "%s" is %d', (locale, input, value) => {
    expect(parseCellInput(percent, input, locale)).toEqual(accepted(value));
  });

  it.each([
    [percent, '-5 %', 'negative'],
    [percent, '=-5%', 'negative'],
    [percent, '5 €', 'not-a-number'],
    [percent, 'beaucoup', 'not-a-number'],
    [percent, '=5/0', 'division-by-zero'],
  ] as const)('refuses "%s"', (column, input, code) => {
    const result = parseCellInput(column, input, FR);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('a signed percent column accepts negatives', () => {
    expect(parseCellInput(signedPercent, '-2,5 %', FR)).toEqual(accepted(-0.025));
  });
});

describe('parseCellInput: integer', () => {
  it.each([
    [FR, '1 234', 1234],
    [FR, `12${NNBSP}000`, 12000],
    [FR, '12,0', 12],
    [EN, '1,234,567', 1234567],
    [FR, '=10/2', 5],
    [FR, '=0,1*30', 3], // 15 significant digits, so not 3.0000000000000004
    [EN, '9007199254740991', 9007199254740991],
  ])('(%o) "%s" is %d', (locale, input, value) => {
    expect(parseCellInput(integer, input, locale)).toEqual(accepted(value));
  });

  it.each([
    [FR, '12,5', 'not-an-integer'],
    [EN, '12.5', 'not-an-integer'],
    [FR, '=10/4', 'not-an-integer'],
    [FR, '-3', 'negative'],
    [FR, '=2-3', 'negative'],
    [FR, '5 %', 'not-a-number'],
    [FR, '5 €', 'not-a-number'],
    [FR, '9007199254740992', 'too-large'],
    [FR, '=9007199254740991*2', 'too-large'],
  ] as const)('refuses (%o) "%s": %s', (locale, input, code) => {
    expect(parseCellInput(integer, input, locale)).toEqual(refused(integer, input, code));
  });

  it('a signed integer column accepts negatives', () => {
    expect(parseCellInput(signedInteger, '-1 200', FR)).toEqual(accepted(-1200));
  });
});

describe('parseCellInput: choice and text', () => {
  it.each([
    ['media', 'media'],
    ['Média', 'media'],
    ['  MÉDIA ', 'media'],
    ['medía', 'media'],
    ['evenement', 'event'],
    ['ÉVÉNEMENT', 'event'],
    ['Hors-Media', 'hors-media'],
    ['EVENT', 'event'],
  ])('"%s" picks the choice %s', (input, value) => {
    expect(parseCellInput(choice, input, FR)).toEqual(accepted(value));
  });

  it.each(['hors media', 'Salon', '=1+1'])('refuses "%s" as not a choice', (input) => {
    expect(parseCellInput(choice, input, FR)).toEqual(refused(choice, input, 'not-a-choice'));
  });

  it.each(['=1+2', '  Salon "Vivatech"  ', 'Ligne 1\nLigne 2', '12,5'])(
    'keeps a text cell as typed: %j',
    (input) => {
      expect(parseCellInput(text, input, FR)).toEqual(accepted(input));
    },
  );

  it('a text column with a limit takes a text of that length, spaces around not counted', () => {
    const limited: GridColumn = { ...text, maxLength: 5 };
    expect(parseCellInput(limited, ' Radio ', FR)).toEqual(accepted(' Radio '));
  });

  it('a text column with a limit refuses a longer text, naming the limit', () => {
    const limited: GridColumn = { ...text, maxLength: 5 };
    expect(parseCellInput(limited, 'Radios', FR)).toEqual({
      ok: false,
      error: { code: 'too-long', input: 'Radios', column: 'Canal', max: 5 },
    });
  });
});

describe('formatCellValue and editableText', () => {
  it.each([
    [money, 123456, FR, `1${NNBSP}234,56`],
    [money, 123456, EN, '1,234.56'],
    [money, -25000, FR, '-250,00'],
    [money, 0, EN, '0.00'],
    [percent, 0.125, FR, `12,5${NBSP}%`],
    [percent, 0.125, EN, '12.5%'],
    [percent, 0.123456, FR, `12,35${NBSP}%`],
    [percent, 1, EN, '100%'],
    [integer, 1234567, FR, `1${NNBSP}234${NNBSP}567`],
    [integer, 1234567, EN, '1,234,567'],
    [choice, 'event', FR, 'Événement'],
    [choice, 'gone', FR, 'gone'], // a value whose choice was removed still shows
    [text, 'Salon', FR, 'Salon'],
    [money, null, FR, ''],
    [percent, null, EN, ''],
  ] as const)('shows %o %j in %o as %j', (column, value, locale, shown) => {
    expect(formatCellValue(column, value, locale)).toBe(shown);
  });

  it.each([
    [percent, 0.123456, FR, `12,3456${NBSP}%`],
    [percent, 0.123456, EN, '12.3456%'],
    [percent, 0.0000001, FR, `0,00001${NBSP}%`],
    [money, 123456, FR, `1${NNBSP}234,56`],
    [integer, 1234, EN, '1,234'],
    [choice, 'hors-media', FR, 'Hors-média'],
  ] as const)('edits %o %j in %o from %j', (column, value, locale, start) => {
    expect(editableText(column, value, locale)).toBe(start);
  });

  it('falls back to ungrouped digits in a locale whose grouping does not read back', () => {
    const de: GridLocale = { locale: 'de-DE', decimal: ',' };
    expect(formatCellValue(money, 123456, de)).toBe('1.234,56');
    expect(editableText(money, 123456, de)).toBe('1234,56');
    expect(parseCellInput(money, editableText(money, 123456, de), de)).toEqual(accepted(123456));
  });
});

describe('editableText reads back to the same value', () => {
  function roundTrips(column: GridColumn, value: CellValue, locale: GridLocale): void {
    expect(parseCellInput(column, editableText(column, value, locale), locale)).toEqual(
      accepted(value),
    );
  }

  // What a parse can produce: 15 significant digits, never -0.
  const fifteenDigits = (value: number) => Number(value.toPrecision(15)) + 0;
  const reasonable = fc
    .double({ min: -1e6, max: 1e6, noNaN: true })
    .map(fifteenDigits)
    .filter((value) => value === 0 || Math.abs(value) >= 1e-8);

  it.each(LOCALES)('money: any safe number of cents (%s)', (_, locale) => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger().map((n) => n + 0),
        (cents) => {
          roundTrips(signedMoney, cents, locale);
          expect(editableText(signedMoney, cents, locale)).toBe(
            formatCellValue(signedMoney, cents, locale),
          );
        },
      ),
    );
  });

  it.each(LOCALES)('percent: decimal fractions and any 15-digit number (%s)', (_, locale) => {
    const decimalFraction = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }))
      .map(([n, k]) => n / 10 ** k + 0);
    fc.assert(
      fc.property(fc.oneof(decimalFraction, reasonable), (fraction) => {
        roundTrips(signedPercent, fraction, locale);
      }),
      { numRuns: 500 },
    );
  });

  it.each(LOCALES)(
    'percent: after one edit of any number, a second changes nothing (%s)',
    (_, locale) => {
      fc.assert(
        fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (raw) => {
          fc.pre(raw === 0 || Math.abs(raw) >= 1e-8);
          const once = parseCellInput(
            signedPercent,
            editableText(signedPercent, raw, locale),
            locale,
          );
          expect(once.ok).toBe(true);
          if (!once.ok) return;
          // Any number is kept to 15 significant digits by the first edit, then stays put.
          roundTrips(signedPercent, once.value, locale);
        }),
      );
    },
  );

  it.each(LOCALES)('integer: any safe integer (%s)', (_, locale) => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger().map((n) => n + 0),
        (n) => {
          roundTrips(signedInteger, n, locale);
        },
      ),
    );
  });

  it.each(LOCALES)('choice and text (%s)', (_, locale) => {
    const nonBlank = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.constantFrom('media', 'hors-media', 'event'), nonBlank, (value, typed) => {
        roundTrips(choice, value, locale);
        roundTrips(text, typed, locale);
      }),
    );
  });
});

describe('parseCellInput on any input', () => {
  it('never throws, for any column and text', () => {
    const columns = [money, signedMoney, percent, integer, choice, text, computed];
    fc.assert(
      fc.property(
        fc.constantFrom(...columns),
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom(...'=0123456789,. -+*/%()€£'.split('')) }),
        ),
        fc.constantFrom(FR, EN),
        (column, input, locale) => {
          const result = parseCellInput(column, input, locale);
          if (!result.ok) expect(result.error.column).toBe(column.label);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
