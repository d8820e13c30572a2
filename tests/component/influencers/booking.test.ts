// Booking an influencer puts its cost into the plan's influence channel, as the planner reads
// it from the database: two bookings of a month add up, a move takes the cost from one month
// to the other, a cancel takes it out, an amount typed by hand stays, and a booking without a
// cost or outside the plan's period is refused with its reason.
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../../../src/App.svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MixplanDb } from '../../../src/db';
import { emptyChecklist } from '../../../src/domain/influencers/disclosure';
import type { Influencer } from '../../../src/domain/influencers/model';
import { toCents } from '../../../src/domain/money';
import type { AppState } from '../../../src/state/app-state.svelte';
import type { InfluencerBooking } from '../../../src/state/influencer-booking.svelte';
import type { InfluencersWorkspace } from '../../../src/state/influencers-workspace.svelte';
import { PLAN, seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';
import BookingHarness from './BookingHarness.svelte';

type Draft = Omit<Influencer, 'id' | 'planId'>;

function draft(name: string, pricePost: number | null): Draft {
  return {
    name,
    handle: `@${name.toLowerCase()}`,
    platform: 'instagram',
    followers: 12_000,
    avgLikes: 500,
    avgComments: 20,
    avgShares: null,
    avgViews: null,
    impressions: null,
    pricePost: pricePost === null ? null : toCents(pricePost),
    priceStory: null,
    priceVideo: null,
    niche: 'beauté',
    audienceMatch: null,
    realFollowerShare: null,
    promoCode: '',
    attributedOrders: null,
    attributedRevenue: null,
    disclosure: emptyChecklist(),
    status: 'negotiating',
    notes: '',
    posts: [],
    bookedMonth: null,
    bookedCost: null,
  };
}

const INFLUENCE_CHANNEL = {
  id: 'ch-influence',
  planId: PLAN.id,
  name: 'Marketing d’influence',
  family: 'hors-media',
  category: 'influence',
  poe: 'paid',
  costModel: { kind: 'fixed' },
  objective: null,
  stage: 'acquisition',
  kpi: null,
  sortOrder: 2,
} as const;

const DRAFTS = [draft('Camille', 80_000), draft('Lou', 30_000), draft('Noé', null)];

let db: MixplanDb;

beforeEach(() => {
  db = openDb(scratchDbName());
});

afterEach(() => db.close());

interface Parts {
  app: AppState;
  booking: InfluencerBooking;
  workspace: InfluencersWorkspace;
}

async function start() {
  await seedPlan(db);
  const user = userEvent.setup();
  let parts: Parts | null = null;
  render(BookingHarness, {
    db,
    env: testEnvironment(),
    drafts: DRAFTS,
    ready: (p: Parts) => (parts = p),
  });
  await screen.findByRole('article', { name: 'Noé' });
  if (!parts) throw new Error('harness not ready');
  return { user, parts: parts as Parts };
}

function control(name: string) {
  return within(screen.getByRole('article', { name }));
}

async function bookingChannels() {
  return (await db.channels.toArray()).filter((c) => c.category === 'influence');
}

/** The planned amounts of the bookings channel, month by month, as stored. */
async function planned(): Promise<Record<string, number>> {
  const [channel] = await bookingChannels();
  if (!channel) return {};
  const budget = await db.budgets.get(channel.id);
  return Object.fromEntries(
    Object.entries(budget?.months ?? {}).map(([month, amounts]) => [month, amounts.planned]),
  );
}

async function book(user: ReturnType<typeof userEvent.setup>, name: string, month: string) {
  const box = control(name);
  await user.selectOptions(box.getByRole('combobox', { name: 'Mois de la réservation' }), month);
  const label = box.queryByRole('button', { name: 'Modifier la réservation' })
    ? 'Modifier la réservation'
    : 'Réserver';
  await user.click(box.getByRole('button', { name: label }));
}

describe('booking an influencer', () => {
  it('adds its cost to a new influence channel, sums a month, moves and cancels', async () => {
    const { user, parts } = await start();

    await book(user, 'Camille', 'mars 2026');
    expect(
      await control('Camille').findByText(
        /Réservé pour mars 2026 : 800,00\s€ dans « Influence \(réservations\) »/,
      ),
    ).toBeInTheDocument();
    expect(
      control('Camille').getByRole('link', { name: 'Voir dans le planificateur' }),
    ).toHaveAttribute('href', '#/planner');
    const channels = await bookingChannels();
    expect(channels).toHaveLength(1);
    expect(channels[0]).toMatchObject({
      name: 'Influence (réservations)',
      family: 'hors-media',
      poe: 'paid',
      planId: PLAN.id,
    });
    expect(await planned()).toEqual({ '2026-03': 80_000 });
    expect((await db.meta.get(`bookingsChannel:${PLAN.id}`))?.value).toBe(channels[0]?.id);
    // The planner's own read of the plan sees it too.
    const stored = await parts.app.workspace.storedBudgets(PLAN.id);
    expect(stored.find((b) => b.channelId === channels[0]?.id)?.months['2026-03']?.planned).toBe(
      80_000,
    );

    await book(user, 'Lou', 'mars 2026');
    await waitFor(async () => expect(await planned()).toEqual({ '2026-03': 110_000 }));
    expect(await bookingChannels()).toHaveLength(1);

    // Camille moves to May: March keeps Lou's cost only.
    await book(user, 'Camille', 'mai 2026');
    await control('Camille').findByText(/Réservé pour mai 2026/);
    await waitFor(async () =>
      expect(await planned()).toEqual({ '2026-03': 30_000, '2026-05': 80_000 }),
    );

    await user.click(control('Lou').getByRole('button', { name: 'Annuler la réservation' }));
    await waitFor(async () => expect(await planned()).toEqual({ '2026-05': 80_000 }));
    await user.click(control('Camille').getByRole('button', { name: 'Annuler la réservation' }));
    await waitFor(async () => expect(await planned()).toEqual({}));
    expect(control('Camille').queryByText(/Réservé pour/)).toBeNull();
    expect(control('Camille').getByRole('button', { name: 'Réserver' })).toBeInTheDocument();
    const camille = parts.workspace.influencers.find((i) => i.name === 'Camille');
    expect(camille).toMatchObject({ bookedMonth: null, bookedCost: null });
  });

  it('adds on top of an amount typed by hand in the plan’s influence channel, and gives it back', async () => {
    await db.channels.add({ ...INFLUENCE_CHANNEL });
    await db.budgets.add({
      channelId: 'ch-influence',
      planId: PLAN.id,
      months: {
        '2026-03': { planned: toCents(20_000), committed: toCents(0), actual: toCents(0) },
      },
    });
    const { user } = await start();

    await book(user, 'Camille', 'mars 2026');
    await control('Camille').findByText(/dans « Marketing d’influence »/);
    expect(await bookingChannels()).toHaveLength(1);
    await waitFor(async () => expect(await planned()).toEqual({ '2026-03': 100_000 }));

    await user.click(control('Camille').getByRole('button', { name: 'Annuler la réservation' }));
    await waitFor(async () => expect(await planned()).toEqual({ '2026-03': 20_000 }));
  });

  it('uses the typed cost when the format has no price, and refuses a booking without one', async () => {
    const { user } = await start();
    const box = control('Noé');
    await user.click(box.getByRole('button', { name: 'Réserver' }));
    expect(await box.findByRole('alert')).toHaveTextContent(
      'Aucun coût : cet influenceur n’a pas de prix pour ce format.',
    );
    expect(await bookingChannels()).toHaveLength(0);

    await user.type(box.getByRole('textbox', { name: 'Coût de la réservation' }), '450,5');
    await user.click(box.getByRole('button', { name: 'Réserver' }));
    await box.findByText(/Réservé pour janvier 2026 : 450,50\s€/);
    expect(box.queryByRole('alert')).toBeNull();
    await waitFor(async () => expect(await planned()).toEqual({ '2026-01': 45_050 }));
  });

  it('refuses a month outside the plan’s period, naming the period, and writes nothing', async () => {
    const { parts } = await start();
    const camille = parts.workspace.influencers.find((i) => i.name === 'Camille');
    if (!camille) throw new Error('no Camille');
    expect(await parts.booking.book(camille, '2027-01', toCents(80_000))).toBe(false);
    expect(await control('Camille').findByRole('alert')).toHaveTextContent(
      'janvier 2027 est hors de la période du plan (janvier 2026 – décembre 2026)',
    );
    expect(await bookingChannels()).toHaveLength(0);
    expect(parts.workspace.influencers.find((i) => i.id === camille.id)?.bookedMonth).toBeNull();
  });

  it('takes a removed influencer’s booking out of the budget (release)', async () => {
    const { user, parts } = await start();
    await book(user, 'Camille', 'mars 2026');
    await book(user, 'Lou', 'mars 2026');
    await waitFor(async () => expect(await planned()).toEqual({ '2026-03': 110_000 }));
    const camille = parts.workspace.influencers.find((i) => i.name === 'Camille');
    if (!camille) throw new Error('no Camille');
    expect(await parts.booking.release([camille])).toBe(true);
    expect(await planned()).toEqual({ '2026-03': 30_000 });
  });

  it('removing a booked influencer takes its cost out; undoing the removal puts it back', async () => {
    const { user, parts } = await start();
    await book(user, 'Camille', 'mars 2026');
    await book(user, 'Lou', 'mars 2026');
    await waitFor(async () => expect(await planned()).toEqual({ '2026-03': 110_000 }));
    const camille = parts.workspace.influencers.find((i) => i.name === 'Camille');
    if (!camille) throw new Error('no Camille');

    expect(await parts.workspace.remove([camille.id])).toBe(true);
    expect(await planned()).toEqual({ '2026-03': 30_000 });
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Camille' })).toBeNull());

    // The toast's undo brings the row back with its booking, and its cost into the budget.
    await user.click(await screen.findByRole('button', { name: 'Annuler la suppression' }));
    expect(await screen.findByRole('article', { name: 'Camille' })).toBeInTheDocument();
    await waitFor(async () => expect(await planned()).toEqual({ '2026-03': 110_000 }));
  }, 20_000);

  it('a second tab books on top of the first tab’s booking, into the same channel', async () => {
    await seedPlan(db);
    const user = userEvent.setup();
    const secondDb = openDb(db.name);
    try {
      const noop = () => undefined;
      const first = render(BookingHarness, {
        db,
        env: testEnvironment(),
        drafts: [draft('Camille', 80_000)],
        ready: noop,
      });
      const second = render(BookingHarness, {
        db: secondDb,
        env: testEnvironment(),
        drafts: [draft('Lou', 30_000)],
        ready: noop,
      });
      const inFirst = within(
        await within(first.container).findByRole('article', { name: 'Camille' }),
      );
      const inSecond = within(
        await within(second.container).findByRole('article', { name: 'Lou' }),
      );

      await user.selectOptions(inFirst.getByRole('combobox'), 'mars 2026');
      await user.click(inFirst.getByRole('button', { name: 'Réserver' }));
      await waitFor(async () => expect(await planned()).toEqual({ '2026-03': 80_000 }));

      await user.selectOptions(inSecond.getByRole('combobox'), 'mars 2026');
      await user.click(inSecond.getByRole('button', { name: 'Réserver' }));
      await inSecond.findByText(/dans « Influence \(réservations\) »/);
      await waitFor(async () => expect(await planned()).toEqual({ '2026-03': 110_000 }));
      expect(await bookingChannels()).toHaveLength(1);
    } finally {
      secondDb.close();
    }
  });

  it('two tabs booking the same month at the same instant both count', async () => {
    await seedPlan(db);
    await db.channels.add({ ...INFLUENCE_CHANNEL });
    const secondDb = openDb(db.name);
    try {
      const tabs: Parts[] = [];
      const ready = (parts: Parts) => void tabs.push(parts);
      const first = render(BookingHarness, {
        db,
        env: testEnvironment(),
        drafts: [draft('Camille', 80_000)],
        ready,
      });
      const second = render(BookingHarness, {
        db: secondDb,
        env: testEnvironment(),
        drafts: [draft('Lou', 30_000)],
        ready,
      });
      await within(first.container).findByRole('article', { name: 'Camille' });
      await within(second.container).findByRole('article', { name: 'Lou' });
      const [one, two] = tabs;
      if (!one || !two) throw new Error('harnesses not ready');
      const camille = one.workspace.influencers.find((i) => i.name === 'Camille');
      const lou = two.workspace.influencers.find((i) => i.name === 'Lou');
      if (!camille || !lou) throw new Error('rows not loaded');

      // Both read March as empty before either writes: the second must not write over the
      // first with "0 + its own cost".
      const booked = await Promise.all([
        one.booking.book(camille, '2026-03', toCents(80_000)),
        two.booking.book(lou, '2026-03', toCents(30_000)),
      ]);
      expect(booked).toEqual([true, true]);
      expect(await planned()).toEqual({ '2026-03': 110_000 });
      // Each tab's planner reads the sum back.
      await waitFor(async () => {
        for (const tab of tabs) {
          const budgets = await tab.app.workspace.storedBudgets(PLAN.id);
          const march = budgets.find((b) => b.channelId === INFLUENCE_CHANNEL.id)?.months[
            '2026-03'
          ];
          expect(march?.planned).toBe(110_000);
        }
      });
    } finally {
      secondDb.close();
    }
  });

  it('the planner’s channels tab says which channel the sheet feeds, with a link back', async () => {
    const { user } = await start();
    await book(user, 'Camille', 'mars 2026');
    await control('Camille').findByText(/Réservé pour mars 2026/);
    cleanup();

    window.location.hash = '#/planner';
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    await user.click(await screen.findByRole('tab', { name: 'Canaux' }, { timeout: 5000 }));
    expect(
      await screen.findByText(
        /Alimenté par la feuille des influenceurs : « Influence \(réservations\) »/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Ouvrir la feuille des influenceurs' }),
    ).toHaveAttribute('href', '#/influencers');
  }, 20_000);
});
