// Bookings of influencers as budget: which months of the plan a booking may fall in, what it
// must cost, how much the bookings put in each month, and the planner cell changes that move
// the plan's influence channel from one set of bookings to the next.
//
// The bookings ADD to the channel's planned amount rather than own it: a booking changes the
// month by its own cost (+ when booked, − when cancelled, − here and + there when moved), so
// that an amount the user typed by hand in that channel and month is never overwritten.
import { MAX_CELL_CENTS } from '../budget';
import { toCents, type Cents } from '../money';
import { addMonths, isMonth, monthIndexIn, type Month } from '../months';
import { addedCell, type CellAddition, type CellChange } from '../plan-changes';
import type { Channel, Plan } from '../plan';
import { err, ok, type Result } from '../result';
import { priceOf, type Influencer, type PriceFormat } from './model';

/** The catalogue category whose channel receives the bookings. */
export const BOOKINGS_CATEGORY = 'influence';

/** A booking as the budget sees it: a month of the plan and what it costs there. */
export interface Booking {
  month: Month;
  cost: Cents;
}

export type BookingRefusal =
  | { code: 'invalid-month'; month: string }
  | { code: 'month-outside'; month: Month; first: Month; last: Month }
  | { code: 'no-cost' }
  | { code: 'negative-cost' }
  | { code: 'too-large' };

/** The plan's window as the booking control offers it: first and last month. */
export function planWindow(plan: Pick<Plan, 'firstMonth' | 'monthCount'>): {
  first: Month;
  last: Month;
} {
  return { first: plan.firstMonth, last: addMonths(plan.firstMonth, plan.monthCount - 1) };
}

/**
 * A booking the budget can take: a month inside the plan's window and a cost that is known
 * (the chosen format's price or one typed), not negative and within what a cell holds.
 */
export function checkBooking(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  month: string,
  cost: Cents | null,
): Result<Booking, BookingRefusal> {
  if (!isMonth(month)) return err({ code: 'invalid-month', month });
  if (monthIndexIn(plan.firstMonth, plan.monthCount, month) < 0)
    return err({ code: 'month-outside', month, ...planWindow(plan) });
  if (cost === null || !Number.isFinite(cost)) return err({ code: 'no-cost' });
  if (cost < 0) return err({ code: 'negative-cost' });
  if (cost > MAX_CELL_CENTS) return err({ code: 'too-large' });
  return ok({ month, cost });
}

/** The influencer's booking as stored on its row; null when it is not booked. */
export function bookingOf(
  influencer: Pick<Influencer, 'bookedMonth' | 'bookedCost'>,
): Booking | null {
  const { bookedMonth, bookedCost } = influencer;
  if (bookedMonth === null || bookedCost === null || !isMonth(bookedMonth)) return null;
  return { month: bookedMonth, cost: bookedCost };
}

/** The cost the control proposes: what was booked, else the chosen format's price. */
export function proposedCost(influencer: Influencer, format: PriceFormat): Cents | null {
  return influencer.bookedCost ?? priceOf(influencer, format);
}

/** What the bookings put in each month: the sum of the costs of the influencers booked then. */
export function bookedSums(
  influencers: readonly Pick<Influencer, 'bookedMonth' | 'bookedCost'>[],
): Map<Month, Cents> {
  const sums = new Map<Month, Cents>();
  for (const influencer of influencers) {
    const booking = bookingOf(influencer);
    if (!booking) continue;
    sums.set(booking.month, toCents((sums.get(booking.month) ?? 0) + booking.cost));
  }
  return sums;
}

/**
 * How one influencer going from `before` to `after` (either null: not booked) changes each
 * month's planned amount; months it leaves unchanged are left out.
 */
export function bookingDeltas(before: Booking | null, after: Booking | null): Map<Month, number> {
  const deltas = new Map<Month, number>();
  const add = (month: Month, amount: number) =>
    deltas.set(month, (deltas.get(month) ?? 0) + amount);
  if (before) add(before.month, -before.cost);
  if (after) add(after.month, after.cost);
  for (const [month, delta] of deltas) if (delta === 0) deltas.delete(month);
  return deltas;
}

/**
 * What the deltas add to the planned cells of the bookings channel; months outside the plan's
 * window are never written. The database adds them to the cells as they stand when the write
 * lands (see CellAddition), so that two tabs booking one month at once both count.
 */
export function bookingAdditions(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  channelId: string,
  deltas: ReadonlyMap<Month, number>,
): CellAddition[] {
  const additions: CellAddition[] = [];
  for (const [month, delta] of deltas) {
    if (monthIndexIn(plan.firstMonth, plan.monthCount, month) < 0) continue;
    additions.push({ channelId, month, layer: 'planned', delta });
  }
  return additions;
}

/**
 * The planned cells of the bookings channel with these deltas added to what they hold. A month
 * the user lowered by hand below what its bookings put there stops at 0 on a cancel, never
 * below.
 */
export function bookingCells(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  channelId: string,
  deltas: ReadonlyMap<Month, number>,
  shown: (month: Month) => Cents,
): CellChange[] {
  return bookingAdditions(plan, channelId, deltas)
    .map((addition) => addedCell(addition, shown(addition.month)))
    .filter((cell) => cell !== null);
}

/**
 * The channel that receives the bookings: the one marked as such when it still exists, else
 * the plan's first channel of the influence category (in planner order); null when the plan
 * has none and one must be created.
 */
export function bookingsChannel(
  channels: readonly Channel[],
  markedId: string | null,
): Channel | null {
  const marked = channels.find((c) => c.id === markedId);
  if (marked) return marked;
  const influence = channels
    .filter((c) => c.category === BOOKINGS_CATEGORY)
    .sort((a, b) => a.sortOrder - b.sortOrder);
  return influence[0] ?? null;
}
