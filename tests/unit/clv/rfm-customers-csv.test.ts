// The RFM customers export: one row per customer in the plan's locale (French: ';' and a
// decimal comma; English: ',' and a point), formula-like ids neutralised, RFM code as text.
import { describe, expect, it } from 'vitest';
import {
  rfmCustomerRows,
  rfmCustomersCsv,
  type RfmCsvHeaders,
} from '../../../src/csv/rfm-customers-csv';
import { customerSummaries } from '../../../src/domain/clv/customers';
import type { Day, Order } from '../../../src/domain/clv/model';
import { rfmScores } from '../../../src/domain/clv/rfm';
import { assignSegments, DEFAULT_SEGMENT_RULES } from '../../../src/domain/clv/rfm-segments';
import { toCents } from '../../../src/domain/money';

const HEADERS: RfmCsvHeaders = {
  customerId: 'Client',
  firstOrder: 'Première',
  lastOrder: 'Dernière',
  recency: 'Récence',
  frequency: 'Fréquence',
  monetary: 'Montant',
  r: 'R',
  f: 'F',
  m: 'M',
  code: 'Code',
  segment: 'Segment',
};

function order(customerId: string, date: string, cents: number): Order {
  return { customerId, date: date as Day, amount: toCents(cents), orderId: null };
}

const ORDERS: Order[] = [
  order('=HYPERLINK("x")', '2026-01-05', 1050),
  order('=HYPERLINK("x")', '2026-03-01', 2000),
  order('b', '2026-02-10', 999),
  order('c', '2026-03-01', 12_345),
];

function rows() {
  const summarised = customerSummaries(ORDERS, '2026-03-01' as Day);
  if (!summarised.ok) throw new Error(summarised.error.code);
  const { summaries } = summarised.value;
  const segmented = assignSegments(rfmScores(summaries).customers, DEFAULT_SEGMENT_RULES);
  return rfmCustomerRows(summaries, segmented, (id) => `«${id}»`);
}

describe('rfmCustomersCsv', () => {
  it('writes French files with ; and a decimal comma, ids neutralised', () => {
    const lines = rfmCustomersCsv(rows(), HEADERS, 'fr-FR').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFClient;Première;Dernière;Récence;Fréquence;Montant;R;F;M;Code;Segment',
    );
    const [first, second, third] = lines.slice(1);
    // A formula-like id gets its apostrophe, and quotes since it holds '"'.
    expect(first).toMatch(
      /^"'=HYPERLINK\(""x""\)";2026-01-05;2026-03-01;0;2;30,50;\d;\d;\d;\d{3};«[a-z-]+»$/,
    );
    expect(second).toMatch(/^b;2026-02-10;2026-02-10;19;1;9,99;/);
    expect(third).toMatch(/^c;2026-03-01;2026-03-01;0;1;123,45;/);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(5);
  });

  it('writes English files with , and a point, with the code of the three scores', () => {
    const [, , b] = rfmCustomersCsv(rows(), HEADERS, 'en-GB').split('\r\n');
    const cells = b?.split(',') ?? [];
    expect(cells.slice(0, 6)).toEqual(['b', '2026-02-10', '2026-02-10', '19', '1', '9.99']);
    expect(cells[9]).toBe(`${cells[6]}${cells[7]}${cells[8]}`);
  });

  it('names each segment once per id, and pairs rows by position', () => {
    const seen: string[] = [];
    const summarised = customerSummaries(ORDERS, '2026-03-01' as Day);
    if (!summarised.ok) throw new Error('no summaries');
    const segmented = assignSegments(
      rfmScores(summarised.value.summaries).customers,
      DEFAULT_SEGMENT_RULES,
    );
    const out = rfmCustomerRows(summarised.value.summaries, segmented, (id) => {
      seen.push(id);
      return id;
    });
    expect(out.map((r) => r.customerId)).toEqual(['=HYPERLINK("x")', 'b', 'c']);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
