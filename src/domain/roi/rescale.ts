// Spreading a channel's new total over its months, keeping the shape of its planned spend:
// what "write as a new scenario" does with the allocator's split. Exact to the cent.
import { toCents, type Cents } from '../money';

/**
 * `target` spread over the months in proportion to `planned` (negative planned months count
 * as 0), by largest remainder: every month gets the floor of its share, and the cents left
 * go one each to the months with the largest remainders (the earliest first on a tie), so the
 * sum is exactly `target`, each month ≥ 0 and within one cent of its exact share. When every
 * planned month is 0, spread evenly, the remainder cents to the first months. No months: [].
 * Throws a RangeError for a negative or non-integer target, a caller's bug (as toCents does).
 */
export function rescaleMonths(planned: readonly Cents[], target: Cents): Cents[] {
  if (!Number.isSafeInteger(target) || target < 0) {
    throw new RangeError(`Not a total to spread: ${target}`);
  }
  if (planned.length === 0) return [];
  const weights = planned.map((p) => BigInt(Math.max(0, p)));
  const total = weights.reduce((sum, w) => sum + w, 0n);
  if (total === 0n) return evenly(planned.length, target);
  // BigInt: target × a month can pass 2^53 long before either does.
  const wanted = BigInt(target);
  const shares = weights.map((w) => (wanted * w) / total);
  const remainders = weights.map((w, i) => ({ i, rest: (wanted * w) % total }));
  let left = Number(wanted - shares.reduce((sum, s) => sum + s, 0n));
  remainders.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  const out = shares.map((s) => Number(s));
  for (const { i } of remainders) {
    if (left === 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out.map(toCents);
}

function evenly(count: number, target: number): Cents[] {
  const base = Math.floor(target / count);
  const extra = target - base * count;
  return Array.from({ length: count }, (_, i) => toCents(base + (i < extra ? 1 : 0)));
}
