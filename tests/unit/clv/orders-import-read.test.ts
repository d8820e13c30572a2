// The orders import's reading job (what its worker answers): bytes decoded (Windows-1252 as
// French Excel writes it), read into orders in columns, the header's cells for the user's
// pick of a column, the user's choices honoured, and input checked before it is trusted.
import { describe, expect, it } from 'vitest';
import { answerOrdersRead, isOrdersReadInput } from '../../../src/state/orders-read-protocol';

const FRENCH = [
  'Titre : export du 01/06/2026',
  'N° commande;Client;Date commande;Montant TTC',
  'A1;C1;15/01/2025;29,33 €',
  'A2;;16/01/2025;10,00 €',
  'A3;C2;31/02/2025;12,00 €',
].join('\r\n');

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('answerOrdersRead', () => {
  it('reads a Windows-1252 French file into columns, with its header cells and problems', () => {
    // Without "€": Node's Windows-1252 decoder gets 0x80–0x9F wrong (browsers do not); "°"
    // and "é" are enough to tell Windows-1252 from UTF-8.
    const bytes = latin1(FRENCH.replaceAll(' €', '').replace(';Client;', ';Réf client;'));
    const output = answerOrdersRead({ bytes, locale: 'fr-FR', choices: {} });
    if (!output.ok) throw new Error(output.error.code);
    const read = output.value;
    expect(read.encoding).toBe('windows-1252');
    expect(read.headers).toEqual(['N° commande', 'Réf client', 'Date commande', 'Montant TTC']);
    expect(read.headerLine).toBe(2);
    expect(read.orders).toEqual({
      customerIds: ['C1'],
      days: ['2025-01-15'],
      amounts: [2933],
      orderIds: ['A1'],
    });
    expect(read.problems.map((p) => [p.line, p.column, p.code, p.value])).toEqual([
      [4, 'Réf client', 'missing-customer', ''],
      [5, 'Date commande', 'unreadable-date', '31/02/2025'],
    ]);
    expect(read.rowCount).toBe(3);
  });

  it('honours the user’s day order, decimal separator and columns', () => {
    const text = 'Client;Jour;Quantité\nC1;05/03/2025;12.3\nC2;06/04/2025;2.5\n';
    const guessed = answerOrdersRead({ bytes: utf8(text), locale: 'fr-FR', choices: {} });
    if (!guessed.ok) throw new Error(guessed.error.code);
    expect(guessed.value.columns.amount).toBeNull();
    expect(guessed.value.orders.customerIds).toEqual([]);

    const chosen = answerOrdersRead({
      bytes: utf8(text),
      locale: 'fr-FR',
      choices: { dateOrder: 'mdy', decimal: '.', columns: { amount: 2 } },
    });
    if (!chosen.ok) throw new Error(chosen.error.code);
    expect(chosen.value.columns.amount).toEqual({ index: 2, header: 'Quantité' });
    expect(chosen.value.dateOrderSource).toBe('given');
    expect(chosen.value.orders.days).toEqual(['2025-05-03', '2025-06-04']);
    expect(chosen.value.orders.amounts).toEqual([1230, 250]);
  });

  it('says a binary or empty file is no text, without throwing', () => {
    const binary = answerOrdersRead({
      bytes: Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1]),
      locale: 'fr-FR',
      choices: {},
    });
    expect(binary).toEqual({ ok: false, error: { code: 'binary' } });
    const empty = answerOrdersRead({ bytes: utf8('  \r\n'), locale: 'fr-FR', choices: {} });
    expect(empty).toEqual({ ok: false, error: { code: 'empty' } });
  });
});

describe('isOrdersReadInput', () => {
  it('takes a well-formed request and refuses a malformed one', () => {
    const bytes = utf8('x');
    expect(isOrdersReadInput({ bytes, locale: 'fr-FR', choices: {} })).toBe(true);
    expect(
      isOrdersReadInput({
        bytes,
        locale: 'fr-FR',
        choices: { dateOrder: 'dmy', decimal: ',', columns: { amount: 3, orderId: null } },
      }),
    ).toBe(true);
    expect(isOrdersReadInput({ bytes: [1, 2], locale: 'fr-FR', choices: {} })).toBe(false);
    expect(isOrdersReadInput({ bytes, locale: 'fr-FR', choices: { dateOrder: 'ymd' } })).toBe(
      false,
    );
    expect(
      isOrdersReadInput({ bytes, locale: 'fr-FR', choices: { columns: { amount: -1 } } }),
    ).toBe(false);
    expect(isOrdersReadInput({ bytes, locale: 'fr-FR' })).toBe(false);
  });
});
