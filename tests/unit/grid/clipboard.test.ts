import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  parseClipboardTsv,
  serializeHtmlTable,
  serializeTsv,
} from '../../../src/ui/grid/clipboard';
import { parseCellInput } from '../../../src/ui/grid/cell-input';
import type { CellValue, GridColumn, GridLocale } from '../../../src/ui/grid/types';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('parseClipboardTsv', () => {
  it.each([
    [
      'Excel rows',
      'a\tb\r\nc\td\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LibreOffice rows',
      'a\tb\nc\td\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'Google Sheets rows',
      'a\tb\r\nc\td',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'old Mac rows',
      'a\tb\rc\td\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['mixed line ends', 'a\nb\r\nc\rd', [['a'], ['b'], ['c'], ['d']]],
    ['empty text', '', []],
    ['one empty cell', '\r\n', [['']]],
    ['one cell, no newline', 'a', [['a']]],
    ['a blank row before the last newline', 'a\n\n', [['a'], ['']]],
    ['two empty cells', '\t', [['', '']]],
    ['a trailing empty cell', 'a\t\r\n', [['a', '']]],
    [
      'ragged rows',
      'a\tb\tc\nd\n\te',
      [
        ['a', 'b', 'c'],
        ['d', '', ''],
        ['', 'e', ''],
      ],
    ],
    ['a quoted tab', '"a\tb"\tc\n', [['a\tb', 'c']]],
    ['a quoted line feed', '"line 1\nline 2"\tx\r\n', [['line 1\nline 2', 'x']]],
    ['a quoted CRLF', '"a\r\nb"', [['a\r\nb']]],
    ['doubled quotes', '"say ""hi"""\n', [['say "hi"']]],
    ['a quoted empty cell', '""\tx', [['', 'x']]],
    ['a quoted plain cell', '"a"\r\n', [['a']]],
    ['a quote inside a cell', '5" screen\tSalon "Vivatech"\n', [['5" screen', 'Salon "Vivatech"']]],
    // A quote that opens a cell but does not close it properly is plain text to the next tab.
    [
      'an unclosed quote',
      '"abc\tdef\nghi',
      [
        ['"abc', 'def'],
        ['ghi', ''],
      ],
    ],
    ['a quote closed too early', '"Best" offer\t"Pro"\r\n', [['"Best" offer', 'Pro']]],
    ['a lone quote', '"', [['"']]],
    ['an unclosed doubled quote', '"a""', [['"a""']]],
    [
      'an unclosed quote spanning rows',
      '"one\ntwo\tthree',
      [
        ['"one', ''],
        ['two', 'three'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(parseClipboardTsv(text)).toEqual(expected);
  });

  it('never throws and always gives a rectangle', () => {
    const unit = fc.constantFrom('"', '\t', '\n', '\r', 'a', ' ', 'é', '""');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 80 })), (text) => {
        const rows = parseClipboardTsv(text);
        const width = rows[0]?.length ?? 0;
        expect(rows.every((row) => row.length === width)).toBe(true);
        if (text !== '') expect(width).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['unclosed quotes in every cell', '"a\t'.repeat(50_000)],
    ['doubled quotes after a quote', `"${'a\t""'.repeat(50_000)}`],
    ['200 000 one-cell rows', 'x\n'.repeat(200_000)],
  ])('reads a large hostile paste in linear time: %s', (_, text) => {
    const started = performance.now();
    const rows = parseClipboardTsv(text);
    expect(rows.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('serializeTsv', () => {
  it.each([
    [
      'plain cells',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      'a\tb\r\nc\td\r\n',
    ],
    ['a tab', [['a\tb']], '"a\tb"\r\n'],
    ['a line feed and quotes', [['l1\nl2 "x"']], '"l1\nl2 ""x"""\r\n'],
    ['a carriage return', [['a\rb']], '"a\rb"\r\n'],
    ['a leading quote', [['"quoted']], '"""quoted"\r\n'],
    ['quotes inside, as Excel writes them', [['Salon "Vivatech"']], 'Salon "Vivatech"\r\n'],
    ['one empty cell', [['']], '\r\n'],
    [
      'empty cells',
      [
        ['', ''],
        ['', ''],
      ],
      '\t\r\n\t\r\n',
    ],
    ['no rows', [], ''],
  ])('%s', (_, cells, expected) => {
    expect(serializeTsv(cells)).toBe(expected);
  });

  it('reads back any rectangle of strings (copy then paste gives the same cells)', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('"', '\t', '\n', '\r', '\r\n', 'a', ' ', 'é') }),
    );
    const rectangle = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(rectangle, (cells) => {
        expect(parseClipboardTsv(serializeTsv(cells))).toEqual(cells);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serializeHtmlTable', () => {
  it('escapes every character of user text', () => {
    expect(
      serializeHtmlTable([
        ['<script>alert("x")</script>', "O'Brien & Co"],
        ['1 234,56', ''],
      ]),
    ).toBe(
      '<table><tbody>' +
        '<tr><td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td><td>O&#39;Brien &amp; Co</td></tr>' +
        '<tr><td>1 234,56</td><td></td></tr>' +
        '</tbody></table>',
    );
  });

  it('keeps a line break inside its cell for Excel', () => {
    expect(serializeHtmlTable([['a\r\nb\nc']])).toBe(
      '<table><tbody><tr><td>a<br style="mso-data-placement:same-cell">b' +
        '<br style="mso-data-placement:same-cell">c</td></tr></tbody></table>',
    );
  });

  it('never lets user text open a tag or an entity', () => {
    const markup = /<\/?(?:table|tbody|tr|td)>|<br style="mso-data-placement:same-cell">/g;
    fc.assert(
      fc.property(fc.array(fc.array(fc.string())), (cells) => {
        const text = serializeHtmlTable(cells).replace(markup, '');
        expect(text).not.toMatch(/[<>"']/);
        expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
    );
  });
});

// The four byte-exact samples of tests/fixtures/clipboard (see its README.md).
function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/clipboard/${name}`, import.meta.url), 'utf8');
}

const FR: GridLocale = { locale: 'fr-FR', decimal: ',' };
const EN: GridLocale = { locale: 'en-GB', decimal: '.' };

const columns: GridColumn[] = [
  { id: 'channel', label: 'Canal', type: 'text' },
  { id: '2026-01', label: 'Janvier 2026', type: 'money', allowNegative: true },
  { id: '2026-02', label: 'Février 2026', type: 'money', allowNegative: true },
  { id: '2026-03', label: 'Mars 2026', type: 'money', allowNegative: true },
  { id: 'share', label: 'Part', type: 'percent' },
];

// The same plan in every sample: cents for the three months, then the share as a fraction.
const NUMBERS: CellValue[][] = [
  [1250000, 800000, null, 0.455],
  [123456, 0, 300000, 0.125],
  [95000, 120050, 75000, 0.08],
  [-25000, null, -100000, 0],
];

const frEuro = (amount: string, group: string) => `${amount.replaceAll(' ', group)}${NBSP}€`;

const SAMPLES = [
  {
    file: 'excel-fr.tsv',
    locale: FR,
    ending: '\r\n',
    numbers: NUMBERS,
    cells: [
      ['Canal', 'janv. 2026', 'févr. 2026', 'mars 2026', 'Part'],
      ['Télévision', frEuro('12 500,00', NNBSP), frEuro('8 000,00', NNBSP), '', '45,50%'],
      [
        'Salon "Vivatech"',
        frEuro('1 234,56', NNBSP),
        frEuro('0,00', NNBSP),
        frEuro('3 000,00', NNBSP),
        '12,50%',
      ],
      [
        'Street marketing "Été"\nParis',
        frEuro('950,00', NNBSP),
        frEuro('1 200,50', NNBSP),
        frEuro('750,00', NNBSP),
        '8,00%',
      ],
      ['Remise négociée', frEuro('-250,00', NNBSP), '', frEuro('-1 000,00', NNBSP), '0,00%'],
    ],
  },
  {
    file: 'excel-en.tsv',
    locale: EN,
    ending: '\r\n',
    numbers: NUMBERS,
    cells: [
      ['Channel', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Share'],
      ['Pop-up café', '£12,500.00', '£8,000.00', '', '45.50%'],
      ['Trade show "Vivatech"', '£1,234.56', '£0.00', '£3,000.00', '12.50%'],
      ['Street marketing "Summer"\nParis', '£950.00', '£1,200.50', '£750.00', '8.00%'],
      ['Agency discount', '-£250.00', '', '(£1,000.00)', '0.00%'],
    ],
  },
  {
    file: 'libreoffice.tsv',
    locale: FR,
    ending: '\n',
    numbers: NUMBERS,
    cells: [
      ['Canal', 'janv. 2026', 'févr. 2026', 'mars 2026', 'Part'],
      ['Télévision', frEuro('12 500,00', NBSP), frEuro('8 000,00', NBSP), '', `45,50${NBSP}%`],
      [
        'Salon "Vivatech"',
        frEuro('1 234,56', NBSP),
        frEuro('0,00', NBSP),
        frEuro('3 000,00', NBSP),
        `12,50${NBSP}%`,
      ],
      [
        'Relations presse\tÎle-de-France',
        frEuro('950,00', NBSP),
        frEuro('1 200,50', NBSP),
        frEuro('750,00', NBSP),
        `8,00${NBSP}%`,
      ],
      ['Remise négociée', frEuro('-250,00', NBSP), '', frEuro('-1 000,00', NBSP), `0,00${NBSP}%`],
    ],
  },
  {
    file: 'google-sheets.tsv',
    locale: EN,
    ending: '\t',
    // Google Sheets leaves the last share empty, which clears the cell.
    numbers: [...NUMBERS.slice(0, 3), [-25000, null, -100000, null]],
    cells: [
      ['Channel', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Share'],
      ['Télévision', '€12,500.00', '€8,000.00', '', '45.5%'],
      ['Trade show "Vivatech"', '€1,234.56', '€0.00', '€3,000.00', '12.5%'],
      ['Street marketing "Été"\nParis', '€950.00', '€1,200.50', '€750.00', '8%'],
      ['Agency discount', '-€250.00', '', '-€1,000.00', ''],
    ],
  },
];

describe.each(SAMPLES)('the clipboard sample $file', ({ file, locale, ending, numbers, cells }) => {
  const text = fixture(file);

  it('keeps the line ends its source writes', () => {
    expect(text.endsWith(ending)).toBe(true);
    expect(text.includes('\r')).toBe(ending !== '\n');
  });

  it('parses to the exact cells', () => {
    expect(parseClipboardTsv(text)).toEqual(cells);
  });

  it('gives the right names, cents and fractions through parseCellInput', () => {
    const [, ...body] = parseClipboardTsv(text);
    const values = body.map((row) =>
      row.map((cell, col) => {
        const column = columns[col];
        if (!column) throw new Error(`No column ${col}`);
        const result = parseCellInput(column, cell, locale);
        if (!result.ok) throw new Error(`${file}: "${cell}" refused: ${result.error.code}`);
        return result.value;
      }),
    );
    expect(values.map((row) => row.slice(1))).toEqual(numbers);
    expect(values.map((row) => row[0])).toEqual(cells.slice(1).map((row) => row[0]));
  });
});
