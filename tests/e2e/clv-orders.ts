// A French orders export as a small shop's till or e-shop writes it, generated from a known
// buying process so that the CLV screen's forecast has something true to find: each customer
// buys at a weekly rate drawn from an exponential law (a gamma of shape 1) and, after each
// purchase, leaves for good with a probability drawn uniformly (a beta(1, 1)) — the BG/NBD
// story. Amounts vary around each customer's own mean, written `29,33 €` with dd/mm/yyyy days.
import { seededRandom } from '../../src/domain/roi/random';

export interface OrdersFile {
  csv: string;
  /** Data rows written (the bad rows included). */
  rows: number;
  customers: number;
  /** The first and last order days, 'YYYY-MM-DD'. */
  firstDay: string;
  lastDay: string;
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function frenchDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function frenchEuros(cents: number): string {
  const euros = Math.floor(cents / 100);
  return `${euros},${String(cents % 100).padStart(2, '0')} €`;
}

/**
 * `customers` customers acquired over the first 26 weeks from `start`, buying until `end`
 * (both 'YYYY-MM-DD'); plus, at the end, the rows a real export carries that must be
 * refused: one with no customer id and one with an unreadable date.
 */
export function ordersFile(options: {
  customers: number;
  start: string;
  end: string;
  seed: number;
}): OrdersFile {
  const random = seededRandom(options.seed);
  const start = Date.parse(`${options.start}T00:00:00Z`);
  const end = Date.parse(`${options.end}T00:00:00Z`);
  const lines = ['Client;Date de commande;Montant;N° de commande'];
  let first = Infinity;
  let last = -Infinity;
  let orderNo = 1;
  const write = (customer: string, ms: number, cents: number) => {
    first = Math.min(first, ms);
    last = Math.max(last, ms);
    lines.push(`${customer};${frenchDay(isoDay(ms))};${frenchEuros(cents)};C${orderNo++}`);
  };
  for (let c = 1; c <= options.customers; c++) {
    const id = `CL${String(c).padStart(5, '0')}`;
    const weeklyRate = -Math.log(1 - random()) * 0.25;
    const dropout = random();
    const meanCents = 2000 + Math.floor(random() * 6000);
    let ms = start + Math.floor(random() * 26 * 7) * DAY_MS;
    for (;;) {
      write(id, ms, Math.max(100, Math.round(meanCents * (0.6 + 0.8 * random()))));
      if (random() < dropout) break;
      const waitWeeks = -Math.log(1 - random()) / weeklyRate;
      ms += Math.max(1, Math.round(waitWeeks * 7)) * DAY_MS;
      if (ms > end) break;
    }
  }
  lines.push(`;${frenchDay(isoDay(start + 30 * DAY_MS))};12,00 €;C${orderNo++}`);
  lines.push(`CL00001;31/02/2024;12,00 €;C${orderNo++}`);
  return {
    csv: lines.join('\r\n') + '\r\n',
    rows: lines.length - 1,
    customers: options.customers,
    firstDay: isoDay(first),
    lastDay: isoDay(last),
  };
}
