// The order of the list: by score (best first) or by recency (newest first), filtered by band,
// with ties broken the same way every time (last contact, arrival, name, id) so that two
// leads never swap places between two renders. Also the volume that says which order to
// suggest: below about a hundred leads a month, recency serves as well (DESIGN.md).
import { leadDayNumber } from './dates';
import { LEAD_BANDS, type Lead, type LeadBand } from './model';
import type { LeadScores } from './score';

export type LeadOrder = 'score' | 'recency';

/** Below this many leads a month the screen suggests sorting by recency. */
export const LOW_VOLUME_PER_MONTH = 100;

const DAYS_PER_MONTH = 30.44;
// Missing or unreadable dates sort after every real one in a descending order.
const MISSING = -Infinity;

function dayOrMissing(day: string | null): number {
  return day === null ? MISSING : (leadDayNumber(day) ?? MISSING);
}

/**
 * The tie-breaks depend on the leads alone, never on the scores: sorted once per list of
 * leads, they turn every later sort into a comparison of two numbers. A list is replaced,
 * never mutated (Svelte `$state.raw`), so it is remembered by identity.
 */
interface TieOrders {
  /** Lead indices by last contact (missing last), arrival, name, id. */
  byContact: Int32Array;
  /** Each lead's position in byContact. */
  contactRank: Int32Array;
  /** Lead indices by arrival (missing last), then as byContact. */
  byArrival: Int32Array;
}

const tieOrdersOf = new WeakMap<readonly Lead[], TieOrders>();
const collator = new Intl.Collator();

/** b before a when b's day is later; two missing days are equal (never NaN). */
function later(days: Float64Array, a: number, b: number): number {
  const da = days[a] ?? MISSING;
  const db = days[b] ?? MISSING;
  return da === db ? 0 : db > da ? 1 : -1;
}

function tieOrders(leads: readonly Lead[]): TieOrders {
  const known = tieOrdersOf.get(leads);
  if (known) return known;
  const created = Float64Array.from(leads, (lead) => dayOrMissing(lead.createdOn));
  const contacted = Float64Array.from(leads, (lead) => dayOrMissing(lead.lastContactOn));
  const byNameThenId = (a: number, b: number): number => {
    const leadA = leads[a];
    const leadB = leads[b];
    if (!leadA || !leadB) return a - b;
    const names = collator.compare(leadA.name, leadB.name);
    if (names !== 0) return names;
    return leadA.id < leadB.id ? -1 : leadA.id > leadB.id ? 1 : a - b;
  };
  const indices = Array.from(leads, (_, i) => i);
  const byContact = Int32Array.from(
    [...indices].sort(
      (a, b) => later(contacted, a, b) || later(created, a, b) || byNameThenId(a, b),
    ),
  );
  const contactRank = new Int32Array(leads.length);
  byContact.forEach((lead, position) => (contactRank[lead] = position));
  const byArrival = Int32Array.from(
    indices.sort((a, b) => later(created, a, b) || (contactRank[a] ?? 0) - (contactRank[b] ?? 0)),
  );
  const orders = { byContact, contactRank, byArrival };
  tieOrdersOf.set(leads, orders);
  return orders;
}

/** The indices of the leads listed, in order; `scores` in `leads` order (scoreMatrix). */
export function rankLeads(
  leads: readonly Lead[],
  scores: LeadScores,
  options: { order: LeadOrder; band: LeadBand | null },
): Int32Array {
  const { byContact, contactRank, byArrival } = tieOrders(leads);
  const wanted = options.band === null ? -1 : LEAD_BANDS.indexOf(options.band);
  const band = scores.band;
  const keep = (orderedIndices: Int32Array): Int32Array =>
    wanted === -1 ? orderedIndices.slice() : orderedIndices.filter((i) => band[i] === wanted);
  // Leads set aside before scoring are not worked: they come after every scored lead, in
  // either order, whatever points their columns would give.
  const aside = LEAD_BANDS.indexOf('set-aside');
  const asideLast = (a: number, b: number): number =>
    (band[a] === aside ? 1 : 0) - (band[b] === aside ? 1 : 0);
  if (options.order === 'recency') {
    // Sorting is stable (ES2019): the newest-first order stays within each part.
    const listed = keep(byArrival);
    return wanted === -1 ? listed.sort(asideLast) : listed;
  }
  const total = scores.total;
  return keep(byContact).sort(
    (a, b) =>
      asideLast(a, b) ||
      (total[b] ?? 0) - (total[a] ?? 0) ||
      (contactRank[a] ?? 0) - (contactRank[b] ?? 0),
  );
}

/**
 * Leads a month: the leads whose arrival date is known, over the months from the first to
 * the last (at least one, a month being 30.44 days); null when no lead has a date.
 */
export function leadsPerMonth(leads: readonly Lead[]): number | null {
  let count = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const lead of leads) {
    const day = dayOrMissing(lead.createdOn);
    if (day === MISSING) continue;
    count += 1;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (count === 0) return null;
  return count / Math.max(1, (last - first) / DAYS_PER_MONTH);
}
