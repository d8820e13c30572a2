import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClipboardTsv } from '../../../src/ui/grid/clipboard';
import type { CellValue, GridColumn, GridLocale } from '../../../src/ui/grid/types';
import {
  CHOICE,
  EN,
  FR,
  INTEGER,
  MONEY,
  PERCENT,
  SIGNED,
  TEXT,
  TOTAL,
  emptyMoneyGrid,
  makeGrid,
  rowIds,
  valuesOf,
} from './model-fixtures';

function blank(rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
}

describe('paste', () => {
  it('parses each cell for its column at the selection, as one undoable command', () => {
    const { grid, changes } = makeGrid([TEXT, MONEY, PERCENT], blank(3, 3));
    grid.select({ row: 1, col: 0 });
    const result = grid.paste('Salon\t1 234,56 €\t12,5 %\r\nRadio\t=100*3\t8%\r\n');
    expect(result).toEqual({
      ok: true,
      value: { range: { top: 1, left: 0, bottom: 2, right: 2 }, rowsAdded: 0 },
    });
    expect(valuesOf(grid)).toEqual([
      [null, null, null],
      ['Salon', 123456, 0.125],
      ['Radio', 30000, 0.08],
    ]);
    expect(grid.selection).toEqual({ top: 1, left: 0, bottom: 2, right: 2 });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ cause: 'do', command: 'paste' });
    expect(changes[0]?.steps[0]).toMatchObject({ kind: 'cells', cells: { length: 6 } });
    grid.undo();
    expect(valuesOf(grid)).toEqual(blank(3, 3));
    expect(grid.selection).toEqual({ top: 1, left: 0, bottom: 1, right: 0 });
    grid.redo();
    expect(grid.value(2, 1)).toBe(30000);
  });

  it('undoes a paste of 120 cells in one step', () => {
    const { grid } = emptyMoneyGrid(20, 12);
    const block = Array.from({ length: 10 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => String(r * 12 + c + 1)).join('\t'),
    ).join('\n');
    grid.select({ row: 5, col: 0 });
    expect(grid.paste(block).ok).toBe(true);
    expect(grid.value(14, 11)).toBe(12000);
    grid.undo();
    expect(valuesOf(grid)).toEqual(blank(20, 12));
    expect(grid.canUndo).toBe(false);
  });

  it('refuses the whole paste when any cell is refused, listing every refusal', () => {
    const { grid, changes } = makeGrid(
      [TEXT, MONEY, INTEGER],
      [
        ['Salon', 100, 1],
        [null, null, null],
      ],
    );
    const result = grid.paste('Radio\tabc\t2\nTV\t5\t2,5\n');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'refused',
        cells: [
          {
            row: 0,
            col: 1,
            error: { code: 'not-a-number', input: 'abc', column: 'Janvier 2026' },
          },
          { row: 1, col: 2, error: { code: 'not-an-integer', input: '2,5', column: 'Unités' } },
        ],
      },
    });
    expect(valuesOf(grid)).toEqual([
      ['Salon', 100, 1],
      [null, null, null],
    ]);
    expect(changes).toEqual([]);
    expect(grid.canUndo).toBe(false);
  });

  it('refuses pasting into a computed column, even an empty cell', () => {
    const { grid } = makeGrid([MONEY, TOTAL], [[null, 5]]);
    const result = grid.paste('1\t\n');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'refused', cells: [{ row: 0, col: 1, error: { code: 'read-only' } }] },
    });
    expect(valuesOf(grid)).toEqual([[null, 5]]);
  });

  it('empties cells for empty pasted cells', () => {
    const { grid } = makeGrid([MONEY, MONEY], [[100, 200]]);
    grid.paste('\t3\n');
    expect(valuesOf(grid)).toEqual([[null, 300]]);
  });

  it('fills a larger selection with a single copied value, as Excel', () => {
    const { grid } = emptyMoneyGrid(4, 3);
    grid.selectRange({ top: 1, left: 1, bottom: 3, right: 2 });
    const result = grid.paste('12,5\r\n');
    expect(result).toMatchObject({
      ok: true,
      value: { range: { top: 1, left: 1, bottom: 3, right: 2 } },
    });
    expect(valuesOf(grid)).toEqual([
      [null, null, null],
      [null, 1250, 1250],
      [null, 1250, 1250],
      [null, 1250, 1250],
    ]);
  });

  it('repeats a block over a selection that is a multiple of it, and pastes it once otherwise', () => {
    const tiled = emptyMoneyGrid(4, 1).grid;
    tiled.selectRange({ top: 0, left: 0, bottom: 3, right: 0 });
    tiled.paste('1\n2\n');
    expect(valuesOf(tiled)).toEqual([[100], [200], [100], [200]]);
    const once = emptyMoneyGrid(4, 1).grid;
    once.selectRange({ top: 0, left: 0, bottom: 2, right: 0 });
    once.paste('1\n2\n');
    expect(valuesOf(once)).toEqual([[100], [200], [null], [null]]);
    expect(once.selection).toEqual({ top: 0, left: 0, bottom: 1, right: 0 });
  });

  it('refuses a block wider than the grid: columns never grow', () => {
    const { grid } = makeGrid([MONEY, MONEY], blank(2, 2), { canGrowRows: true });
    grid.select({ row: 0, col: 1 });
    expect(grid.paste('1\t2\t3\n4\t5\t6\n7\t8\t9\n', { growRows: true })).toEqual({
      ok: false,
      error: { code: 'too-large', needRows: 1, needCols: 2, canGrow: false },
    });
    expect(valuesOf(grid)).toEqual(blank(2, 2));
  });

  it('refuses a block taller than a grid that may not grow', () => {
    const { grid } = makeGrid([MONEY], blank(2, 1));
    grid.select({ row: 1, col: 0 });
    expect(grid.paste('1\n2\n3\n', { growRows: true })).toEqual({
      ok: false,
      error: { code: 'too-large', needRows: 2, needCols: 0, canGrow: false },
    });
    expect(grid.rowCount).toBe(2);
  });

  it('asks before growing: without growRows it says the grid could grow', () => {
    const { grid } = makeGrid([MONEY], blank(2, 1), { canGrowRows: true });
    grid.select({ row: 1, col: 0 });
    expect(grid.paste('1\n2\n3\n')).toEqual({
      ok: false,
      error: { code: 'too-large', needRows: 2, needCols: 0, canGrow: true },
    });
    expect(grid.rowCount).toBe(2);
  });

  it('grows the rows with growRows, adding rows and values as one command', () => {
    const { grid, changes } = makeGrid(
      [TEXT, MONEY],
      [
        ['Salon', 100],
        [null, null],
      ],
      {
        canGrowRows: true,
      },
    );
    grid.select({ row: 1, col: 0 });
    const result = grid.paste('Radio\t1\nTV\t2\nWeb\t3\n', { growRows: true });
    expect(result).toEqual({
      ok: true,
      value: { range: { top: 1, left: 0, bottom: 3, right: 1 }, rowsAdded: 2 },
    });
    expect(rowIds(grid)).toEqual(['r1', 'r2', 'new-1', 'new-2']);
    expect(valuesOf(grid)).toEqual([
      ['Salon', 100],
      ['Radio', 100],
      ['TV', 200],
      ['Web', 300],
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.steps.map((step) => step.kind)).toEqual(['rows-inserted', 'cells']);
    const cells = changes[0]?.steps[1];
    expect(cells?.kind === 'cells' ? cells.cells.map((cell) => cell.rowId) : []).toEqual([
      'r2',
      'r2',
      'new-1',
      'new-1',
      'new-2',
      'new-2',
    ]);
    grid.undo();
    expect(rowIds(grid)).toEqual(['r1', 'r2']);
    expect(valuesOf(grid)).toEqual([
      ['Salon', 100],
      [null, null],
    ]);
    expect(changes[1]?.steps.map((step) => step.kind)).toEqual(['cells', 'rows-deleted']);
    grid.redo();
    expect(rowIds(grid)).toEqual(['r1', 'r2', 'new-1', 'new-2']);
    expect(grid.value(3, 0)).toBe('Web');
  });

  it('says when there is nothing to paste', () => {
    const { grid } = emptyMoneyGrid(1, 1);
    expect(grid.paste('')).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('records nothing when the pasted values are already there, but selects them', () => {
    const { grid } = makeGrid(
      [MONEY, MONEY],
      [
        [100, 200],
        [null, null],
      ],
    );
    grid.select({ row: 1, col: 1 });
    grid.selectRange({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(grid.paste('1\t2\n').ok).toBe(true);
    expect(grid.canUndo).toBe(false);
    expect(grid.selection).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
  });
});

describe('paste of the clipboard samples (tests/fixtures/clipboard)', () => {
  /** The block's amounts; the last share is 0 % but empty in Google Sheets' sample. */
  function amounts(lastShare: CellValue): CellValue[][] {
    return [
      [1250000, 800000, null, 0.455],
      [123456, 0, 300000, 0.125],
      [95000, 120050, 75000, 0.08],
      [-25000, null, -100000, lastShare],
    ];
  }
  const SHEET = [TEXT, SIGNED, SIGNED, SIGNED, PERCENT];

  it.each([
    ['excel-fr.tsv', FR, ['Télévision', 'Salon "Vivatech"', 'Street marketing "Été"\nParis'], 0],
    [
      'excel-en.tsv',
      EN,
      ['Pop-up café', 'Trade show "Vivatech"', 'Street marketing "Summer"\nParis'],
      0,
    ],
    [
      'libreoffice.tsv',
      FR,
      ['Télévision', 'Salon "Vivatech"', 'Relations presse\tÎle-de-France'],
      0,
    ],
    [
      'google-sheets.tsv',
      { locale: 'en-US', decimal: '.' } satisfies GridLocale,
      ['Télévision', 'Trade show "Vivatech"', 'Street marketing "Été"\nParis'],
      null,
    ],
  ])('%s gives the right cells and numbers', (file, locale, names, lastShare) => {
    const text = readFileSync(new URL(`../../fixtures/clipboard/${file}`, import.meta.url), 'utf8');
    const { grid } = makeGrid(SHEET, blank(4, 5), { locale });
    // With its header row the block is refused: the month names are not amounts.
    const withHeader = grid.paste(text);
    expect(withHeader).toMatchObject({ ok: false, error: { code: 'too-large', needRows: 1 } });
    const body = text.slice(text.indexOf('\n') + 1);
    expect(grid.paste(body).ok).toBe(true);
    expect(valuesOf(grid).map((row) => row.slice(1))).toEqual(amounts(lastShare));
    expect(
      valuesOf(grid)
        .map((row) => row[0])
        .slice(0, 3),
    ).toEqual(names);
  });

  it('lists the header cells as refused when the block fits', () => {
    const text = readFileSync(
      new URL('../../fixtures/clipboard/excel-fr.tsv', import.meta.url),
      'utf8',
    );
    const { grid } = makeGrid(SHEET, blank(5, 5));
    const result = grid.paste(text);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    const refused = !result.ok && result.error.code === 'refused' ? result.error.cells : [];
    expect(refused.map(({ row, col }) => [row, col])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    expect(valuesOf(grid)).toEqual(blank(5, 5));
  });
});

describe('copy', () => {
  it('writes TSV and an HTML table, numbers ungrouped, quoting what needs it', () => {
    const { grid } = makeGrid(
      [TEXT, MONEY, PERCENT, INTEGER, CHOICE],
      [['Salon "Été"\tParis\nNord', 123456, 0.125, 12000, 'hors-media']],
    );
    grid.selectAll();
    const { tsv, html } = grid.copy();
    // No thousands separator: spreadsheets disagree on which space groups French digits.
    expect(tsv).toBe(`"Salon ""Été""\tParis\nNord"\t1234,56\t12,5\u00a0%\t12000\tHors-média\r\n`);
    expect(html).toContain('<td>Salon &quot;Été&quot;');
    expect(html).toContain('<td>1234,56</td>');
  });

  it('writes a value exactly when the display rounds it, so it pastes back unchanged', () => {
    const { grid } = makeGrid([PERCENT], [[0.123456], [null]]);
    const { tsv } = grid.copy();
    expect(tsv).toMatch(/^12,3456\s%\r\n$/u);
    grid.select({ row: 1, col: 0 });
    grid.paste(tsv);
    expect(grid.value(1, 0)).toBe(0.123456);
  });
});

// ── Property: copy then paste a random block gives back the same values ─────────────────────

const KINDS = {
  money: { ...SIGNED, id: 'money', label: 'Montant' },
  percent: { ...PERCENT, allowNegative: true },
  integer: { ...INTEGER, allowNegative: true },
  text: TEXT,
  choice: CHOICE,
} satisfies Record<string, GridColumn>;
type Kind = keyof typeof KINDS;

const textValue = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'a',
        'é',
        'Ç',
        '"',
        '""',
        '\t',
        '\n',
        '\r\n',
        '\r',
        '=',
        ' ',
        '€',
        ';',
        ',',
        '%',
        '😀',
        "'",
      ),
      fc.string({ maxLength: 4, unit: 'binary' }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''))
  // Blank text is an empty cell (null), never a value.
  .filter((text) => text.trim() !== '');

const VALUES: Record<Kind, fc.Arbitrary<CellValue>> = {
  money: fc.integer({ min: -1e13, max: 1e13 }),
  // Decimals as people type them: up to 6 digits after the point of the fraction.
  percent: fc
    .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 6 }))
    .map(([digits, scale]) => digits / 10 ** scale + 0),
  integer: fc.integer({ min: -1e15, max: 1e15 }),
  text: textValue,
  choice: fc.constantFrom('media', 'hors-media'),
};

function valueFor(kind: Kind): fc.Arbitrary<CellValue> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: VALUES[kind] },
  );
}

const sheet = fc
  .record({
    kinds: fc.array(fc.constantFrom<Kind>('money', 'percent', 'integer', 'text', 'choice'), {
      minLength: 1,
      maxLength: 5,
    }),
    rows: fc.integer({ min: 1, max: 5 }),
    locale: fc.constantFrom(FR, EN),
  })
  .chain(({ kinds, rows, locale }) =>
    fc.record({
      kinds: fc.constant(kinds),
      locale: fc.constant(locale),
      values: fc.array(fc.tuple(...kinds.map(valueFor)), { minLength: rows, maxLength: rows }),
      corners: fc.tuple(
        fc.nat({ max: rows - 1 }),
        fc.nat({ max: kinds.length - 1 }),
        fc.nat({ max: rows - 1 }),
        fc.nat({ max: kinds.length - 1 }),
      ),
    }),
  );

describe('copy then paste (property)', () => {
  it('gives back the same values for any block of money, percent, integer, text and choice cells', () => {
    fc.assert(
      fc.property(sheet, ({ kinds, locale, values, corners }) => {
        const columns = kinds.map((kind) => KINDS[kind]);
        const source = makeGrid(columns, values, { locale }).grid;
        const [r1, c1, r2, c2] = corners;
        const range = {
          top: Math.min(r1, r2),
          left: Math.min(c1, c2),
          bottom: Math.max(r1, r2),
          right: Math.max(c1, c2),
        };
        source.selectRange(range);
        const { tsv } = source.copy();
        expect(parseClipboardTsv(tsv)).toHaveLength(range.bottom - range.top + 1);

        const target = makeGrid(columns, blank(values.length, kinds.length), { locale }).grid;
        target.select({ row: range.top, col: range.left });
        const pasted = target.paste(tsv);
        expect(pasted).toEqual({ ok: true, value: { range, rowsAdded: 0 } });
        for (let row = range.top; row <= range.bottom; row += 1) {
          for (let col = range.left; col <= range.right; col += 1) {
            expect(target.value(row, col)).toBe(source.value(row, col));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
