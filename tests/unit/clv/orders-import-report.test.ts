// What the orders import's preview makes of a read: whether there is anything to import and
// why not, which choices it offers, the refused-row count, and the downloadable report.
import { describe, expect, it } from 'vitest';
import '../../../src/i18n/clv-catalogue';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import {
  blockReason,
  missingFields,
  offeredChoices,
  refusedRowCount,
  reportCsv,
} from '../../../src/state/orders-import-report';
import { answerOrdersRead, type OrdersFileRead } from '../../../src/state/orders-read-protocol';

const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);

function read(text: string): OrdersFileRead {
  const output = answerOrdersRead({
    bytes: new TextEncoder().encode(text),
    locale: 'fr-FR',
    choices: {},
  });
  if (!output.ok) throw new Error(output.error.code);
  return output.value;
}

describe('the orders import preview', () => {
  it('can import a file with readable orders, and counts the rows left out', () => {
    const file = read('Client;Date;Montant\nC1;13/01/2025;29,33 €\n;14/01/2025;1,00\n');
    expect(blockReason(file)).toBeNull();
    expect(refusedRowCount(file)).toBe(1);
    expect(offeredChoices(file)).toEqual({ dateOrder: false, decimal: false, columns: false });
  });

  it('blocks a file without an amount column, every row left out, and offers the columns', () => {
    const file = read('Client;Date;Quantité\nC1;13/01/2025;2\nC2;14/01/2025;3\n');
    expect(missingFields(file)).toEqual(['amount']);
    expect(blockReason(file)).toBe('missing-column');
    expect(refusedRowCount(file)).toBe(2);
    expect(offeredChoices(file).columns).toBe(true);
  });

  it('blocks a header-only file: no readable order', () => {
    const file = read('Client;Date;Montant\n');
    expect(blockReason(file)).toBe('no-orders');
    expect(refusedRowCount(file)).toBe(0);
  });

  it('offers the day order when every date reads both ways, the separator when no amount tells', () => {
    const file = read('Client;Date;Montant\nC1;05/03/2025;1,234\nC2;06/04/2025;2,345\n');
    expect(file.dateOrderSource).toBe('locale');
    expect(file.decimalSource).toBe('ambiguous');
    expect(offeredChoices(file)).toEqual({ dateOrder: true, decimal: true, columns: false });
  });

  it('writes the whole report as CSV in the file’s delimiter, reasons in words', () => {
    const file = read('Client;Date;Montant\n;13/01/2025;=1+2\nC2;31/02/2025;3,00\n');
    const lines = reportCsv(file, t)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines).toEqual([
      'Ligne;Colonne;Raison;Valeur',
      '2;Client;Client manquant;',
      // The value as written, neutralised so that no spreadsheet runs it.
      "2;Montant;Montant illisible;'=1+2",
      '3;Date;Date illisible ou inexistante;31/02/2025',
      '',
    ]);
  });
});
