// Bookings of influencers into the plan's budget: booking one for a month adds its cost to the
// planned amount of the plan's influence channel in that month (the channel is created if the
// plan has none), moving or re-pricing a booking moves or changes that amount, cancelling takes
// it out. The amounts go through the app's PlanWrites, as the planner grid's edits do: the
// queue retries a failed write, other tabs see it through the database, the planner shows it.
//
// The bookings ADD to the channel's amount (see domain/influencers/booking.ts): an amount the
// user typed by hand there is never overwritten. They leave no step in the planner's undo log:
// Ctrl+Z in the planner would take a booking's cost out while the sheet still says "booked";
// the booking is undone here, with "Cancel the booking".
//
// The channel that receives the bookings is remembered per plan in the meta table
// (`bookingsChannel:<planId>`), so that a plan with several influence channels keeps using
// the same one.
import { MetaRepository, type MixplanDb } from '../db';
import {
  BOOKINGS_CATEGORY,
  bookingAdditions,
  bookingDeltas,
  bookingOf,
  bookingsChannel,
  checkBooking,
  type Booking,
  type BookingRefusal,
} from '../domain/influencers/booking';
import type { Influencer, PipelineStatus, PriceFormat } from '../domain/influencers/model';
import type { Cents } from '../domain/money';
import { monthRange, type Month } from '../domain/months';
import type { Channel, Plan } from '../domain/plan';
import { addScreenMessages } from '../i18n';
import { enInfluencersBooking } from '../i18n/en-influencers-booking';
import { frInfluencersBooking } from '../i18n/fr-influencers-booking';
import type { AppState } from './app-state.svelte';
import type { InfluencersWorkspace } from './influencers-workspace.svelte';
import { LiveQuery } from './live-query.svelte';
import { PlanData } from './plan-data.svelte';

// Only the booking strings, not the whole influencer screen's: the planner uses this module
// too (the bookings channel's note), and must not load the sheet's strings for it.
addScreenMessages({ fr: frInfluencersBooking, en: enInfluencersBooking });

/** Why the last booking or cancel did nothing; null when it went through. */
export type BookingProblem = BookingRefusal | { code: 'no-plan' } | { code: 'not-saved' };

/** The meta key naming the channel that receives a plan's bookings. */
export function bookingsChannelKey(planId: string): string {
  return `bookingsChannel:${planId}`;
}

/** The channel marked as receiving a plan's bookings; null when none is (or meta is unreadable). */
async function readMark(db: MixplanDb, planId: string): Promise<string | null> {
  try {
    const value = (await new MetaRepository(db).all()).get(bookingsChannelKey(planId));
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** For the planner: which channel of the open plan the influencer sheet feeds (observed). */
export class BookingsChannelMark {
  readonly #query: LiveQuery<string | null>;

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState, planId: () => string | null) {
    this.#query = new LiveQuery(() => {
      if (!app.storage.writable) return null;
      const id = planId();
      return id === null ? null : () => readMark(app.db, id);
    });
  }

  get channelId(): string | null {
    return this.#query.current ?? null;
  }
}

export class InfluencerBooking {
  readonly #app: AppState;
  readonly #workspace: InfluencersWorkspace;
  readonly #meta: MetaRepository;
  /** Used for its channel creation and its one-transaction read, not its live query. */
  readonly #planData: PlanData;
  /** One booking at a time: each reads the amounts the previous one wrote. */
  #queue: Promise<unknown> = Promise.resolve();
  #marked = $state.raw<{ planId: string; channelId: string } | null>(null);

  /** Why the last action did nothing (a month outside the plan, no cost…); null when fine. */
  problem = $state.raw<BookingProblem | null>(null);
  /** The influencer the last action was about: its control shows `problem`. */
  problemOf = $state.raw<string | null>(null);

  /** The months a booking may fall in: the plan's window. */
  readonly months: Month[] = $derived.by(() => {
    const plan = this.#workspace.plan;
    return plan ? monthRange(plan.firstMonth, plan.monthCount) : [];
  });

  /** The channel the bookings go into, once the plan has one. */
  readonly channel: Channel | null = $derived.by(() => {
    const planId = this.#workspace.planId;
    const channels = this.#app.workspace.channels.current ?? [];
    const marked = this.#marked?.planId === planId ? this.#marked.channelId : null;
    return bookingsChannel(
      channels.filter((c) => c.planId === planId),
      marked,
    );
  });

  /** The format whose price a new booking's cost starts from (the sheet's cost columns' one). */
  get format(): PriceFormat {
    return this.#workspace.settings.format;
  }

  /** Must be constructed during component setup. */
  constructor(app: AppState, workspace: InfluencersWorkspace) {
    this.#app = app;
    this.#workspace = workspace;
    this.#meta = new MetaRepository(app.db);
    this.#planData = new PlanData(app, () => null);
    workspace.followBookings({
      beforeRemove: (rows) => this.release(rows),
      afterRestore: (rows) => this.rebook(rows),
    });
    $effect(() => {
      const planId = workspace.planId;
      if (planId !== null) void this.#readMark(planId);
    });
  }

  /** Books the influencer for a plan month ('YYYY-MM') at this cost; false with `problem` set. */
  book(influencer: Influencer, month: string, cost: Cents | null): Promise<boolean> {
    return this.#serial(async () => {
      this.problemOf = influencer.id;
      const plan = this.#planOf(influencer);
      if (!plan) return this.#refuse({ code: 'no-plan' });
      const checked = checkBooking(plan, month, cost);
      if (!checked.ok) return this.#refuse(checked.error);
      const current = this.#current(influencer);
      if (!(await this.#move(plan, bookingOf(current), checked.value)))
        return this.#refuse({ code: 'not-saved' });
      // A published influencer re-priced stays published.
      const status: PipelineStatus = current.status === 'published' ? 'published' : 'booked';
      this.#workspace.edit(influencer.id, {
        kind: 'fields',
        fields: { bookedMonth: checked.value.month, bookedCost: checked.value.cost, status },
      });
      return this.#done();
    });
  }

  /** Cancels the influencer's booking: its cost leaves the budget. */
  cancel(influencer: Influencer): Promise<boolean> {
    return this.#serial(async () => {
      this.problemOf = influencer.id;
      const plan = this.#planOf(influencer);
      if (!plan) return this.#refuse({ code: 'no-plan' });
      const current = this.#current(influencer);
      if (!(await this.#move(plan, bookingOf(current), null)))
        return this.#refuse({ code: 'not-saved' });
      this.#workspace.edit(influencer.id, {
        kind: 'fields',
        fields: { bookedMonth: null, bookedCost: null, status: 'negotiating' },
      });
      return this.#done();
    });
  }

  /**
   * Puts the costs of these influencers' bookings back into the budget: for rows that come
   * back (a removal undone) with their booking, whose cost release took out.
   */
  rebook(influencers: readonly Influencer[]): Promise<boolean> {
    return this.#serial(async () => {
      const plan = this.#workspace.plan;
      if (!plan) return false;
      for (const influencer of influencers) {
        if (influencer.planId !== plan.id) continue;
        const booking = bookingOf(influencer);
        if (booking && !(await this.#move(plan, null, booking))) return false;
      }
      await this.#app.writes.flush();
      return true;
    });
  }

  /**
   * Takes the costs of these influencers' bookings out of the budget, leaving their rows as
   * they are: for the sheet to call before it removes booked influencers, whose cost would
   * otherwise stay in the plan with no row to cancel it from.
   */
  release(influencers: readonly Influencer[]): Promise<boolean> {
    return this.#serial(async () => {
      const plan = this.#workspace.plan;
      if (!plan) return false;
      for (const influencer of influencers) {
        if (influencer.planId !== plan.id) continue;
        const booking = bookingOf(this.#current(influencer));
        if (booking && !(await this.#move(plan, booking, null))) return false;
      }
      await Promise.all([this.#app.writes.flush(), this.#workspace.flush()]);
      return true;
    });
  }

  #serial(work: () => Promise<boolean>): Promise<boolean> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #planOf(influencer: Influencer): Plan | null {
    const plan = this.#workspace.plan;
    return plan && plan.id === influencer.planId ? plan : null;
  }

  /** The row as the sheet holds it now: the caller's copy may predate the last booking. */
  #current(influencer: Influencer): Influencer {
    return this.#workspace.influencers.find((i) => i.id === influencer.id) ?? influencer;
  }

  #refuse(problem: BookingProblem): false {
    this.problem = problem;
    return false;
  }

  async #done(): Promise<true> {
    this.problem = null;
    // On disk before the caller goes on; a failed write stays queued and retried, and the
    // app's storage banner counts it: the booking itself is kept.
    await Promise.all([this.#app.writes.flush(), this.#workspace.flush()]);
    return true;
  }

  /**
   * Moves the plan's bookings channel from one booking to the next, on top of what the tab
   * shows (the stored cells with this tab's queued edits). False when nothing could be
   * written: the plan is gone, storage failed, or the channel could not be created.
   */
  async #move(plan: Plan, before: Booking | null, after: Booking | null): Promise<boolean> {
    let deltas = bookingDeltas(before, after);
    if (deltas.size === 0) return true;
    const stored = await this.#planData.load(plan.id);
    if (!stored) return false;
    const shown = this.#app.writes.withPending(stored);
    const markedId = await this.#readMark(plan.id);
    // The marked channel was deleted with the amounts it held: there is nothing to take out,
    // and taking it out of another influence channel would eat the user's own amounts.
    if (!shown.channels.some((c) => c.id === markedId))
      deltas = new Map([...deltas].filter(([, delta]) => delta > 0));
    if (deltas.size === 0) return true;
    const channel = bookingsChannel(shown.channels, markedId) ?? (await this.#create(shown));
    if (!channel) return false;
    if (channel.id !== markedId) {
      const marked = await this.#meta.set(bookingsChannelKey(plan.id), channel.id);
      if (!marked.ok) return false;
      this.#marked = { planId: plan.id, channelId: channel.id };
    }
    // Added to the cells as stored when the write lands, not as this tab last read them: a
    // booking of the same month in another tab at the same instant is not written over.
    return this.#app.writes.add(plan.id, bookingAdditions(plan, channel.id, deltas));
  }

  /** The bookings channel, added at the end of the plan through the planner's own path. */
  #create(shown: { plan: Plan; channels: readonly Channel[] }): Promise<Channel | null> {
    const order = Math.max(0, ...shown.channels.map((c) => c.sortOrder)) + 1;
    const name = this.#app.i18n.t('influencers.booking.channelName');
    return this.#planData.addChannel(shown.plan, BOOKINGS_CATEGORY, name, order);
  }

  /** Unreadable meta reads as no mark: the first influence channel is used, and marked. */
  async #readMark(planId: string): Promise<string | null> {
    const channelId = await readMark(this.#app.db, planId);
    if (channelId !== null) this.#marked = { planId, channelId };
    return channelId;
  }
}
