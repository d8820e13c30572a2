// Bookings as budget: the sums per month, a move from one month to another, a cancel, months
// outside the plan and bookings without a cost refused with their reason, and the cells that
// add to (never overwrite) what the user typed in the bookings channel.
import { describe, expect, it } from 'vitest';
import {
  bookedSums,
  bookingCells,
  bookingDeltas,
  bookingOf,
  bookingsChannel,
  checkBooking,
  proposedCost,
} from '../../../src/domain/influencers/booking';
import { toCents, type Cents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Channel } from '../../../src/domain/plan';
import { influencer } from './fixtures';

const PLAN = { firstMonth: '2027-01' as Month, monthCount: 12 };
const m = (s: string) => s as Month;
const c = (n: number) => toCents(n);

function channel(id: string, category: string, sortOrder: number): Channel {
  return {
    id,
    planId: 'p1',
    name: id,
    family: 'hors-media',
    category,
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder,
  };
}

/** The cells after applying deltas to a channel whose months hold `typed`. */
function applied(typed: Record<string, number>, deltas: Map<Month, number>) {
  return bookingCells(PLAN, 'ch', deltas, (month) => c(typed[month] ?? 0)).map((cell) => [
    cell.month,
    cell.before,
    cell.after,
  ]);
}

describe('bookedSums', () => {
  it('adds up two bookings of one month and keeps months apart', () => {
    const sums = bookedSums([
      influencer({ bookedMonth: '2027-03', bookedCost: c(80_000) }),
      influencer({ bookedMonth: '2027-03', bookedCost: c(25_050) }),
      influencer({ bookedMonth: '2027-05', bookedCost: c(10_000) }),
      influencer({ bookedMonth: null, bookedCost: null }),
    ]);
    expect([...sums]).toEqual([
      ['2027-03', 105_050],
      ['2027-05', 10_000],
    ]);
  });

  it('counts a row with a month but no cost as not booked', () => {
    expect(bookedSums([influencer({ bookedMonth: '2027-03', bookedCost: null })]).size).toBe(0);
    expect(bookingOf(influencer({ bookedMonth: 'mars', bookedCost: c(1) }))).toBeNull();
  });
});

describe('bookingDeltas and bookingCells', () => {
  it('a new booking adds its cost on top of the amount typed in that month', () => {
    const deltas = bookingDeltas(null, { month: m('2027-03'), cost: c(80_000) });
    expect(applied({ '2027-03': 20_000 }, deltas)).toEqual([['2027-03', 20_000, 100_000]]);
  });

  it('a second booking in the same month adds up', () => {
    const first = applied({}, bookingDeltas(null, { month: m('2027-03'), cost: c(80_000) }));
    expect(first).toEqual([['2027-03', 0, 80_000]]);
    const second = applied(
      { '2027-03': 80_000 },
      bookingDeltas(null, { month: m('2027-03'), cost: c(30_000) }),
    );
    expect(second).toEqual([['2027-03', 80_000, 110_000]]);
  });

  it('moving a booking to another month takes it out of one and into the other', () => {
    const deltas = bookingDeltas(
      { month: m('2027-03'), cost: c(80_000) },
      { month: m('2027-06'), cost: c(90_000) },
    );
    expect([...deltas]).toEqual([
      ['2027-03', -80_000],
      ['2027-06', 90_000],
    ]);
    expect(applied({ '2027-03': 110_000 }, deltas)).toEqual([
      ['2027-03', 110_000, 30_000],
      ['2027-06', 0, 90_000],
    ]);
  });

  it('a new cost in the same month changes it by the difference only', () => {
    const deltas = bookingDeltas(
      { month: m('2027-03'), cost: c(80_000) },
      { month: m('2027-03'), cost: c(70_000) },
    );
    expect([...deltas]).toEqual([['2027-03', -10_000]]);
  });

  it('rebooking the same month at the same cost changes nothing', () => {
    const same = { month: m('2027-03'), cost: c(80_000) };
    expect(bookingDeltas(same, same).size).toBe(0);
  });

  it('a cancel takes the cost out, down to 0 at most, leaving the typed amount', () => {
    const cancel = bookingDeltas({ month: m('2027-03'), cost: c(80_000) }, null);
    expect(applied({ '2027-03': 100_000 }, cancel)).toEqual([['2027-03', 100_000, 20_000]]);
    // The user lowered the month by hand below the booking: it stops at 0, never negative.
    expect(applied({ '2027-03': 50_000 }, cancel)).toEqual([['2027-03', 50_000, 0]]);
  });

  it('never writes a month outside the plan', () => {
    const deltas = bookingDeltas({ month: m('2026-12'), cost: c(5) }, null);
    expect(applied({ '2026-12': 5 }, deltas)).toEqual([]);
  });
});

describe('checkBooking', () => {
  it('takes a month of the plan with a cost', () => {
    expect(checkBooking(PLAN, '2027-03', c(80_000))).toEqual({
      ok: true,
      value: { month: '2027-03', cost: 80_000 },
    });
    expect(checkBooking(PLAN, '2027-12', c(0)).ok).toBe(true);
  });

  it('refuses a month outside the plan, naming the plan’s first and last month', () => {
    for (const month of ['2026-12', '2028-01']) {
      expect(checkBooking(PLAN, month, c(100))).toEqual({
        ok: false,
        error: { code: 'month-outside', month, first: '2027-01', last: '2027-12' },
      });
    }
    expect(checkBooking(PLAN, '2027-13', c(100))).toEqual({
      ok: false,
      error: { code: 'invalid-month', month: '2027-13' },
    });
  });

  it('refuses a booking without a cost, a negative one and one no cell can hold', () => {
    expect(checkBooking(PLAN, '2027-03', null)).toEqual({ ok: false, error: { code: 'no-cost' } });
    expect(checkBooking(PLAN, '2027-03', c(-1))).toEqual({
      ok: false,
      error: { code: 'negative-cost' },
    });
    expect(checkBooking(PLAN, '2027-03', c(100_000_000_001))).toEqual({
      ok: false,
      error: { code: 'too-large' },
    });
  });
});

describe('proposedCost', () => {
  it('is the booked cost, else the chosen format’s price, else none', () => {
    const priced = influencer({ pricePost: c(50_000), priceVideo: c(120_000) });
    expect(proposedCost(priced, 'post')).toBe(50_000);
    expect(proposedCost(priced, 'video')).toBe(120_000);
    expect(proposedCost(priced, 'story')).toBeNull();
    expect(proposedCost({ ...priced, bookedCost: c(45_000) as Cents }, 'post')).toBe(45_000);
  });
});

describe('bookingsChannel', () => {
  it('is the marked channel, else the first influence channel, else none', () => {
    const channels = [
      channel('tv', 'tv', 0),
      channel('b', 'influence', 5),
      channel('a', 'influence', 2),
    ];
    expect(bookingsChannel(channels, 'b')?.id).toBe('b');
    expect(bookingsChannel(channels, null)?.id).toBe('a');
    expect(bookingsChannel(channels, 'deleted')?.id).toBe('a');
    expect(bookingsChannel([channel('tv', 'tv', 0)], null)).toBeNull();
  });
});
