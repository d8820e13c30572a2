// The 200 × 60 plan every grid page holds (grid.html and its peers aggrid.html, svar.html):
// the same labels and, from a fixed pseudo-random sequence, the same amounts in cents, so
// that every run and every grid measures the same data; and the fr-FR formatter they share,
// so that each does the same Intl work per cell.
import { formatAmount, toCents } from '../../src/domain/money';

export const ROWS = 200;
export const MONTHS = 60;
const NAMES = ['TV', 'Radio', 'Presse', 'Affichage', 'Salon', 'E-mailing', 'Street', 'RP'];

export interface BenchRow {
  label: string;
  /** One amount per month, in cents. */
  amounts: number[];
}

export function benchRows(): BenchRow[] {
  let seed = 42;
  const nextAmount = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed % 500000) * 100;
  };
  return Array.from({ length: ROWS }, (_, r) => ({
    label: `${NAMES[r % NAMES.length]} ${r + 1}`,
    amounts: Array.from({ length: MONTHS }, nextAmount),
  }));
}

/** An amount in cents as the grids show it: "1 234,00". */
export const money = (cents: unknown): string => formatAmount(toCents(Number(cents ?? 0)), 'fr-FR');

/** A peer grid's row: its label, one field per month (m0 … m59) and its total. */
export type PeerRow = Record<string, number | string>;
export const monthField = (m: number): string => `m${m}`;

/** The plan as the peers hold it: flat rows with their totals, and the month totals. */
export function peerRows(): { rows: PeerRow[]; totals: Record<string, number> } {
  const rows = benchRows().map(({ label, amounts }) => {
    const row: PeerRow = { label, total: 0 };
    amounts.forEach((amount, m) => {
      row[monthField(m)] = amount;
      row.total = Number(row.total) + amount;
    });
    return row;
  });
  const totals: Record<string, number> = { total: 0 };
  for (let m = 0; m < MONTHS; m++) {
    const sum = rows.reduce((acc, row) => acc + Number(row[monthField(m)]), 0);
    totals[monthField(m)] = sum;
    totals.total! += sum;
  }
  return { rows, totals };
}
