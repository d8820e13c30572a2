// Export: formula neutralisation and its inverse, the CSV writer's quoting, BOM, CRLF and
// number styles, and the exact round trip export → bytes → decode → parse → read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAmount } from '../../../src/csv/cells';
import { decodeBytes } from '../../../src/csv/decode';
import { neutraliseFormula, restoreNeutralised } from '../../../src/csv/escape';
import { parseCsvText } from '../../../src/csv/parse';
import type { Delimiter } from '../../../src/csv/sniff';
import {
  formatNumberCell,
  isNumberCell,
  moneyCell,
  numberTextCell,
  writeCsv,
  type CsvCell,
  type NumberStyle,
} from '../../../src/csv/write';
import { toCents } from '../../../src/domain/money';
import { parseLocaleNumber, type DecimalSeparator } from '../../../src/domain/number-parse';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://x","clic")', '\'=HYPERLINK("http://x","clic")'],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2+3+cmd', "'-2+3+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"], // what PapaParse's escapeFormulae misses
    ["'=1", "''=1"], // or the import would take the user's own apostrophe off
    ['-', "'-"],
    ['TV', 'TV'],
    ['', ''],
    ["'abc", "'abc"],
    ['a=b', 'a=b'],
    // A text that looks like a number stays text: numbers are NumberCells, never strings.
    ['-12', "'-12"],
    ['-1234,56', "'-1234,56"],
    ['+33612345678', "'+33612345678"],
    ['-1e5', "'-1e5"],
    ["'-12", "''-12"],
  ])('"%s" → "%s"', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
  });

  it.each([
    ["'=1+2", '=1+2'],
    ["''=1", "'=1"],
    ["'\n=1", '\n=1'],
    ["'abc", "'abc"], // a text the user wrote with an apostrophe stays as it is
    ["'-12", '-12'],
    ["''-12", "'-12"],
    ["'+33612345678", '+33612345678'],
    ["'", "'"],
    ['=1', '=1'],
  ])('restoreNeutralised("%s") → "%s"', (imported, text) => {
    expect(restoreNeutralised(imported)).toBe(text);
  });

  it('is undone exactly by restoreNeutralised, and leaves nothing runnable (property)', () => {
    const char = fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '1', '.', 'a', ' ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: char }), fc.string()), (text) => {
        const written = neutraliseFormula(text);
        expect(restoreNeutralised(written)).toBe(text);
        expect(written).not.toMatch(/^[=+\-@\t\r\n]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('writeCsv', () => {
  const rows: CsvCell[][] = [
    ['Canal', 'Montant', 'Note'],
    ['TV', 1234.5, 'a;b'],
    ['Radio', -0.25, 'dit "oui"'],
    ['=cmd', null, 'ligne 1\nligne 2'],
    [' espace', 1e21, 'fin '],
  ];

  it('writes French style: BOM, ";", CRLF, decimal commas, quotes only where needed', () => {
    expect(writeCsv(rows, { delimiter: ';', numberStyle: ',', bom: true })).toBe(
      '\uFEFFCanal;Montant;Note\r\n' +
        'TV;1234,5;"a;b"\r\n' +
        'Radio;-0,25;"dit ""oui"""\r\n' +
        '\'=cmd;;"ligne 1\nligne 2"\r\n' +
        '" espace";1000000000000000000000;"fin "\r\n',
    );
  });

  it('writes machine style with "," and quotes numbers that hold the delimiter', () => {
    expect(
      writeCsv([['a;b', 1.5, 2]], { delimiter: ',', numberStyle: 'machine', bom: false }),
    ).toBe('a;b,1.5,2\r\n');
    expect(writeCsv([['x', 1.5]], { delimiter: ',', numberStyle: ',', bom: false })).toBe(
      'x,"1,5"\r\n',
    );
  });

  it('writes tab-separated text, quoting cells that hold a tab', () => {
    expect(writeCsv([['a\tb', 'c']], { delimiter: '\t', numberStyle: '.', bom: false })).toBe(
      '"a\tb"\tc\r\n',
    );
  });

  it('quotes a cell that starts with a BOM, so the import cannot take it for the file’s', () => {
    expect(writeCsv([['\uFEFFx']], { delimiter: ';', numberStyle: ',', bom: false })).toBe(
      '"\uFEFFx"\r\n',
    );
  });

  it.each([
    [1234.5, 'machine', '1234.5'],
    [1234.5, ',', '1234,5'],
    [-0, ',', '0'],
    [1e-7, ',', '0,0000001'],
    [1.5e-10, '.', '0.00000000015'],
    [1.25e22, 'machine', '12500000000000000000000'],
    [Number.MAX_SAFE_INTEGER, ',', '9007199254740991'],
  ] as const)('formats %d in style "%s" as %s', (value, style, text) => {
    expect(formatNumberCell(value, style)).toBe(text);
  });

  it.each([NaN, Infinity, -Infinity])('refuses to write %d', (value) => {
    expect(() => writeCsv([[value]], { delimiter: ';', numberStyle: ',', bom: true })).toThrow(
      RangeError,
    );
  });

  it.each([
    [123456, 'machine', '1234.56'],
    [123456, ',', '1234,56'],
    [-5, ',', '-0,05'],
    [0, '.', '0.00'],
  ] as const)('moneyCell(%i, "%s") is the number %s, written bare', (cents, style, text) => {
    expect(moneyCell(toCents(cents), style)).toEqual({ kind: 'number', text });
    expect(
      writeCsv([[moneyCell(toCents(cents), style)]], {
        delimiter: ';',
        numberStyle: style,
        bom: false,
      }),
    ).toBe(`${text}\r\n`);
  });
});

describe('number cells and text cells', () => {
  const options = { delimiter: ';', numberStyle: ',', bom: false } as const;

  it('neutralises a text that looks like a number, not the number cell', () => {
    expect(writeCsv([['-42', numberTextCell('-42'), -42]], options)).toBe("'-42;-42;-42\r\n");
    expect(writeCsv([['+33612345678']], options)).toBe("'+33612345678\r\n");
  });

  it.each(['=1+2', '+33', '1e5', '- 3', '', '1,2,3', '@1'])(
    'refuses "%s" as a number cell',
    (text) => {
      expect(() => numberTextCell(text)).toThrow(RangeError);
      expect(() => writeCsv([[{ kind: 'number', text }]], options)).toThrow(RangeError);
    },
  );

  it('tells number cells from text', () => {
    expect(isNumberCell(moneyCell(toCents(1), ','))).toBe(true);
    expect(isNumberCell('1')).toBe(false);
    expect(isNumberCell(1)).toBe(false);
    expect(isNumberCell(null)).toBe(false);
  });
});

// A sheet cell before it is written: text, a number, an amount in cents, or nothing.
type Cell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'money'; cents: number }
  | { kind: 'empty' };

// The control characters decodeBytes counts against a text: all but tab, CR and LF.
function isStrayControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
}

const textChar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(';', ',', '\t', '"', '\r', '\n', '\r\n', ' ', "'") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '1',
      '.',
      'é',
      'É',
      '€',
      '’',
      '\u00A0',
      '\uFEFF',
    ),
  },
  {
    weight: 3,
    arbitrary: fc
      .string({ unit: 'binary', minLength: 1, maxLength: 1 })
      // Files hold no control characters but tab, CR and LF: decodeBytes refuses them as binary.
      .filter((c) => !isStrayControl(c)),
  },
);
const text = fc.string({ unit: textChar, maxLength: 12 });
// Numbers as a spreadsheet keeps them: up to 15 significant digits.
const number = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }),
      fc.integer({ min: 0, max: 4 }),
    )
    .map(([n, decimals]) => n / 10 ** decimals),
  fc.constantFrom(0, -0, 1e-7, 1.5e-10, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: text.map((t) => ({ kind: 'text' as const, text: t })) },
  { weight: 2, arbitrary: number.map((value) => ({ kind: 'number' as const, value })) },
  { weight: 1, arbitrary: fc.maxSafeInteger().map((cents) => ({ kind: 'money' as const, cents })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
);
// Rectangular, as our exports are (rejectedRowsCsv pads its rows): a quoted line break in a row
// whose cell count is not the header's is read as a broken quote, its line alone (parse.ts).
const sheet = fc
  .integer({ min: 1, max: 6 })
  .chain((width) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
  );

function toCsvCell(c: Cell, style: NumberStyle): CsvCell {
  if (c.kind === 'text') return c.text;
  if (c.kind === 'number') return c.value;
  if (c.kind === 'money') return moneyCell(toCents(c.cents), style);
  return null;
}

/** What the file holds for a cell: blank rows are not read back, as in any spreadsheet. */
function written(c: Cell, style: NumberStyle): string {
  const value = toCsvCell(c, style);
  if (value === null) return '';
  if (typeof value === 'number') return formatNumberCell(value, style);
  return typeof value === 'string' ? neutraliseFormula(value) : value.text;
}

function expectSameCell(c: Cell, read: string, decimal: DecimalSeparator): void {
  if (c.kind === 'text') expect(restoreNeutralised(read)).toBe(c.text);
  if (c.kind === 'number')
    expect(parseLocaleNumber(read, decimal)).toEqual({ ok: true, value: c.value + 0 });
  if (c.kind === 'money') expect(readAmount(read, decimal)).toEqual({ ok: true, value: c.cents });
  if (c.kind === 'empty') expect(read).toBe('');
}

describe('export → import round trip', () => {
  it.each<[Delimiter, NumberStyle]>([
    [';', ','],
    [';', 'machine'],
    [',', '.'],
    [',', ','],
    ['\t', 'machine'],
    ['\t', ','],
  ])(
    'gives back the same sheet with "%s" and numbers in style "%s" (property)',
    (delimiter, style) => {
      // A machine-style export must read back in a French file too (the numpad's decimal point).
      const decimals: DecimalSeparator[] = style === 'machine' ? ['.', ','] : [style];
      fc.assert(
        fc.property(sheet, fc.boolean(), (cells, bom) => {
          const csv = writeCsv(
            cells.map((row) => row.map((c) => toCsvCell(c, style))),
            { delimiter, numberStyle: style, bom },
          );
          const kept = cells.filter(
            (row) =>
              row
                .map((c) => written(c, style))
                .join('')
                .trim() !== '',
          );
          const decoded = decodeBytes(new TextEncoder().encode(csv));
          if (!decoded.ok) {
            expect([decoded.error.code, kept]).toEqual(['empty', []]);
            return;
          }
          const parsed = parseCsvText(decoded.value.text, delimiter);
          expect(parsed.errors).toEqual([]);
          expect(parsed.rows.map((row) => row.length)).toEqual(kept.map((row) => row.length));
          for (const decimal of decimals) {
            kept.forEach((row, r) =>
              row.forEach((c, i) => expectSameCell(c, parsed.rows[r]?.[i] ?? '', decimal)),
            );
          }
        }),
        { numRuns: 500 },
      );
    },
  );
});
