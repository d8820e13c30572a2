// What the import pipeline tells beyond accepted and refused rows (issue 9): short and long
// rows by line, currency marks, a row whose quote never closes refused with that reason,
// and the names of refused rows, which a replace never deletes unasked.
import { describe, expect, it } from 'vitest';
import { textKey } from '../../../src/csv/text-key';
import { foreignCurrencies } from '../../../src/views/data/report-text';
import { makePlan } from './plan-arbitraries';
import { importText } from './import-helpers';
import type { Month } from '../../../src/domain/months';

const plan = makePlan('2026-01' as Month, 12);
const crlf = (lines: string[]) => lines.map((l) => `${l}\r\n`).join('');

describe('rows shorter or longer than the header', () => {
  const text = crlf([
    'Canal;Famille;janv. 2026;févr. 2026',
    'TV;media;100;200',
    'Radio;media;100',
    'Salon;hors-media;1;2;3',
    'Presse;media;1;2;;',
  ]);

  it('are listed with their line, and imported by default (missing months empty)', () => {
    const { outcome } = importText('plan-wide', text, plan);
    expect(outcome.oddRows).toEqual([
      { line: 3, kind: 'short', cells: 3, expected: 4 },
      { line: 4, kind: 'long', cells: 5, expected: 4 },
    ]);
    expect(outcome.oddRowCount).toBe(2);
    expect(outcome.acceptedCount).toBe(4);
    const radio = outcome.batch.channels.find((c) => c.name === 'Radio');
    expect(radio?.months).toEqual({ '2026-01': { planned: 10_000 } });
  });

  it('are refused with their reason when the user says not to import them', () => {
    const { outcome } = importText('plan-wide', text, plan, { oddRows: 'refuse' });
    expect(outcome.rejected.map((r) => [r.line, r.issues[0]?.code])).toEqual([
      [3, 'short-row'],
      [4, 'long-row'],
    ]);
    expect(outcome.heldNames.sort()).toEqual([textKey('Radio'), textKey('Salon')].sort());
  });
});

describe('currencies', () => {
  it('notes the marks the amounts carry, and which are not the plan’s', () => {
    const text = crlf(['Canal;janv. 2026;févr. 2026', 'TV;$1,200.00;US$ 300', 'Radio;12;14']);
    const { outcome } = importText('plan-wide', text, plan, { fallbackDecimal: '.' });
    expect(outcome.rejected).toEqual([]);
    expect(outcome.currencies.sort()).toEqual(['$', 'US$']);
    expect(foreignCurrencies(outcome.currencies, 'EUR')).toEqual(outcome.currencies);
    expect(foreignCurrencies(['€', 'EUR', 'eur'], 'EUR')).toEqual([]);
    expect(foreignCurrencies(['$'], 'USD')).toEqual([]);
  });
});

describe('a quote that never closes', () => {
  it('refuses its row with that reason, and reads every line after it', () => {
    const text = crlf([
      'Canal;Famille;janv. 2026',
      'TV;media;1',
      '"Citation non fermée;media;2',
      'Radio;media;3',
      'Salon;hors-media;4',
    ]);
    const { outcome } = importText('plan-wide', text, plan);
    expect(outcome.rejected.map((r) => [r.line, r.issues[0]?.code])).toEqual([
      [3, 'unclosed-quote'],
    ]);
    expect(outcome.batch.channels.map((c) => c.name)).toEqual(['TV', 'Radio', 'Salon']);
    expect(outcome.batch.channels.some((c) => c.name.includes(';'))).toBe(false);
  });

  it('reads an unquoted =HYPERLINK("…";"clic") line with its quotes as text, and the rest', () => {
    const text = crlf([
      'Canal;Famille;janv. 2026',
      'TV =HYPERLINK("http://x";"clic");media;1',
      ...Array.from({ length: 7 }, (_, i) => `Canal ${i};media;${i}`),
    ]);
    const { outcome } = importText('plan-wide', text, plan);
    expect(outcome.rowCount).toBe(8);
    expect(outcome.parseErrors.map((e) => [e.line, e.code])).toEqual([[2, 'literal-quotes']]);
    expect(outcome.batch.channels.map((c) => c.name).slice(-7)).toEqual(
      Array.from({ length: 7 }, (_, i) => `Canal ${i}`),
    );
  });
});
