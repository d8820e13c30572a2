// The valibot cell schemas and the pipeline around them: the fast path for plain amounts
// agrees with parseMoney, every rejected row keeps its cells for the CSV of rejected rows,
// and no text, however broken, makes the import throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellSchemas, plainCents, readCell } from '../../../src/csv/cell-schemas';
import { exportFileName, rejectedRowsCsv } from '../../../src/csv/export';
import { runImport } from '../../../src/csv/import-pipeline';
import { guessSettings, prepareBytes } from '../../../src/csv/prepare';
import { planLongTarget } from '../../../src/csv/target-plan-long';
import { parseCsvText } from '../../../src/csv/parse';
import { TARGET_IDS } from '../../../src/csv/targets';
import { parseMoney } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import { importText } from './import-helpers';

const plan = { firstMonth: '2026-01' as Month, monthCount: 12 };
const schemas = cellSchemas({ decimal: ',', dateStyle: 'dmy', plan });

describe('plain amounts read in one pass', () => {
  const digits = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
  const plain = fc.oneof(
    digits(1, 15),
    fc
      .tuple(
        digits(1, 3),
        fc.array(digits(3, 3), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '\u00A0', '\u202F'),
      )
      .map(([head, groups, space]) => [head, ...groups].join(space)),
  );
  const amount = fc
    .tuple(plain, fc.option(digits(1, 3)), fc.constantFrom('', ' €', '\u00A0€', '€'))
    .map(
      ([integer, fraction, euro]) => `${integer}${fraction === null ? '' : `,${fraction}`}${euro}`,
    );

  it('agrees with parseMoney on every amount it accepts, and leaves it the rest', () => {
    fc.assert(
      fc.property(fc.oneof(amount, fc.string()), (text) => {
        const fast = plainCents(text, ',');
        if (fast === null) return;
        const slow = parseMoney(text, ',');
        expect(slow.ok && slow.value).toBe(fast);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['1 234,56 €', ',', 123456],
    ['1,234.56', '.', 123456],
    ['0', ',', 0],
    ['12,5', ',', 1250],
    ['12,345', ',', null], // three decimals: parseMoney says why
    ['-5', ',', null],
  ] as const)('%j (%s) → %s', (text, decimal, cents) => {
    expect(plainCents(text, decimal)).toBe(cents);
  });
});

describe('cell schemas', () => {
  it.each([
    ['amount', '  ', null],
    ['amount', '1 234,56 €', 123456],
    ['month', 'févr.-26', '2026-02'],
    ['family', 'Hors média', 'hors-media'],
    ['category', 'TÉLÉVISION', 'tv'],
    ['text', "'=SOMME(A1)", '=SOMME(A1)'], // the apostrophe our export put there
    ['text', "'abc", "'abc"], // the user's own apostrophe stays
    // Outside the plan, read all the same: the period step decides (issue 9).
    ['month', '2025-12', '2025-12'],
  ] as const)('%s %j → %j', (type, text, value) => {
    expect(readCell(schemas, type, text)).toEqual({ ok: true, value });
  });

  it.each([
    ['amount', 'douze', 'not-a-number'],
    ['month', '31/02/2026', 'invalid-date'],
    ['month', 'bientôt', 'not-a-date'],
  ] as const)('%s %j → %s', (type, text, code) => {
    expect(readCell(schemas, type, text)).toEqual({ ok: false, error: code });
  });
});

describe('the rejected rows file', () => {
  it('holds the header, each refused row as written, its line and its reasons', () => {
    const text = 'Canal;Mois;Prévu\r\n=cmd;2026-01;abc\r\nTV;2026-01;10\r\n;2026-02;x\r\n';
    const { outcome } = importText('plan-long', text, plan);
    const csv = rejectedRowsCsv(outcome, { line: 'Ligne', reason: 'Motif' }, (i) => i.code, ';');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsvText(csv, ';').rows).toEqual([
      ['Canal', 'Mois', 'Prévu', 'Ligne', 'Motif'],
      ["'=cmd", '2026-01', 'abc', '2', 'not-a-number'],
      ['', '2026-02', 'x', '4', 'not-a-number ; required'],
    ]);
  });
});

describe('preparing a file', () => {
  it('never throws on random bytes: it decodes, or says why not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const prepared = prepareBytes(bytes, 'random.bin');
        if (!prepared.ok) {
          expect(['binary', 'empty']).toContain(prepared.error.code);
          return;
        }
        const guesses = guessSettings(planLongTarget, prepared.value.head, {
          plan,
          fallbackDecimal: ',',
        });
        expect(guesses.headerRow).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('runImport', () => {
  it('never throws, whatever the text, the mapping and the target', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom(...TARGET_IDS),
        fc.array(
          fc.option(fc.constantFrom('name', 'month', 'planned', 'total', '2026-01', 'category')),
          {
            maxLength: 6,
          },
        ),
        fc.constantFrom<';' | ',' | '\t'>(';', ',', '\t'),
        (text, targetId, mapping, delimiter) => {
          const outcome = runImport({
            targetId,
            text,
            delimiter,
            headerRow: 0,
            mapping,
            options: { decimal: ',', dateStyle: 'ambiguous', layer: 'planned', plan },
          });
          expect(outcome?.acceptedCount).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reports progress as it goes and stops when asked', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `C${i};2026-01;1`);
    const text = ['Canal;Mois;Prévu', ...rows].join('\r\n');
    const shares: number[] = [];
    const job = {
      targetId: 'plan-long' as const,
      text,
      delimiter: ';' as const,
      headerRow: 0,
      mapping: ['name', 'month', 'planned'],
      options: {
        decimal: ',' as const,
        dateStyle: 'dmy' as const,
        layer: 'planned' as const,
        plan,
      },
    };
    const done = runImport(
      job,
      (share) => shares.push(share),
      () => true,
      1000,
    );
    expect(done?.acceptedCount).toBe(5000);
    expect(shares.length).toBeGreaterThanOrEqual(5);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(
      runImport(
        job,
        () => {},
        () => false,
        1000,
      ),
    ).toBeNull();
  });
});

describe('export file names', () => {
  it.each([
    ['Budget 2026', 'plan-long', 'mixplan-Budget 2026-plan-long-2026-06-15.csv'],
    ['Plan A/B : "test"?', 'channels', 'mixplan-Plan A-B - -test-channels-2026-06-15.csv'],
    ['   ', 'channels', 'mixplan-plan-channels-2026-06-15.csv'],
  ])('%j → %s', (name, suffix, file) => {
    expect(exportFileName(name, suffix, new Date(2026, 5, 15, 12).getTime())).toBe(file);
  });
});
