// Two tabs on one database, as a user has them: two <App>s, each on its own connection to the
// same IndexedDB database. Each tab's edits survive the other's, an import in one reaches the
// other, undo survives a reload and never takes back another tab's work.
import { render, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { MixplanDb } from '../../src/db';
import { writePlanImport } from '../../src/db/import-writer';
import { toCents } from '../../src/domain/money';
import { parseMonth } from '../../src/domain/months';
import { openDb, scratchDbName, testEnvironment } from './harness';

function never(): never {
  throw new Error('not a month');
}

const GRID = 'Budget par canal et par mois : Prévu';
let name: string;
let opened: MixplanDb[] = [];

beforeEach(() => {
  name = scratchDbName();
  opened = [];
  window.location.hash = '#/planner';
  sessionStorage.clear();
});
afterEach(() => {
  for (const db of opened) db.close();
});

function connect(): MixplanDb {
  const db = openDb(name);
  opened.push(db);
  return db;
}

/** A tab: its own connection and, unless `sameTab`, its own name in the undo log. */
async function openTab(options: { sameTab?: boolean } = {}) {
  if (!options.sameTab) sessionStorage.clear();
  const db = connect();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  const grid = await within(view.container).findByRole('grid', { name: GRID }, { timeout: 5000 });
  return { db, view, grid, within: within(view.container) };
}

async function openDemoInFirstTab() {
  const db = connect();
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await user.click(
    await within(view.container).findByRole('button', {
      name: 'Ouvrir le plan de démonstration',
    }),
  );
  const grid = await within(view.container).findByRole('grid', { name: GRID }, { timeout: 5000 });
  return { db, view, grid, user, within: within(view.container) };
}

function cell(grid: HTMLElement, cellName: string) {
  return within(grid).getByRole('gridcell', { name: cellName });
}

async function channelId(db: MixplanDb, channelName: string): Promise<string> {
  const channel = (await db.channels.toArray()).find((c) => c.name === channelName);
  if (!channel) throw new Error(`No channel ${channelName}`);
  return channel.id;
}

async function stored(db: MixplanDb, channelName: string, month: string) {
  return (await db.budgets.get(await channelId(db, channelName)))?.months[month];
}

async function type(user: ReturnType<typeof userEvent.setup>, target: HTMLElement, text: string) {
  await user.click(target);
  await user.keyboard(`${text}{Enter}`);
}

const PRESS = 'Relations presse locales';
const ADS = 'Publicité Instagram et Facebook';

describe('two tabs on one plan', { timeout: 20_000 }, () => {
  it('keeps both tabs’ edits to two months of one channel, and each tab shows the other’s', async () => {
    const a = await openDemoInFirstTab();
    const b = await openTab();
    const user = a.user;
    await type(user, cell(a.grid, `janv. 2026, ${PRESS}`), '1111');
    await type(user, cell(b.grid, `févr. 2026, ${PRESS}`), '2222');

    await vi.waitFor(async () => {
      expect((await stored(a.db, PRESS, '2026-01'))?.planned).toBe(111_100);
      expect((await stored(a.db, PRESS, '2026-02'))?.planned).toBe(222_200);
    });
    await vi.waitFor(() => {
      expect(cell(a.grid, `févr. 2026, ${PRESS}`)).toHaveTextContent('2 222,00');
      expect(cell(b.grid, `janv. 2026, ${PRESS}`)).toHaveTextContent('1 111,00');
    });
  });

  it('shows an import made in another tab, without a keystroke there reverting it', async () => {
    const a = await openDemoInFirstTab();
    const b = await openTab();
    const planId = (await a.db.plans.toArray())[0]?.id ?? '';
    const press = await channelId(a.db, PRESS);
    const revisionBefore = (await a.db.meta.get(`revision:${planId}`))?.value ?? 0;
    // What the Data screen of tab A writes when an import is confirmed.
    const written = await writePlanImport(
      a.db,
      planId,
      { now: Date.UTC(2026, 5, 15), month: parseMonth('2026-06') ?? never() },
      (current) => ({
        channels: [],
        deletedChannelIds: [],
        budgets: current.budgets
          .filter((budget) => budget.channelId === press)
          .map((budget) => ({
            ...budget,
            months: {
              ...budget.months,
              '2026-05': { planned: toCents(77_700), committed: toCents(0), actual: toCents(0) },
            },
          })),
      }),
    );
    expect(written.ok).toBe(true);
    expect((await a.db.meta.get(`revision:${planId}`))?.value).toBe(Number(revisionBefore) + 1);
    await vi.waitFor(() => expect(cell(b.grid, `mai 2026, ${PRESS}`)).toHaveTextContent('777,00'));

    // A keystroke in tab B elsewhere must not write the old picture back.
    await type(a.user, cell(b.grid, `juin 2026, ${PRESS}`), '5');
    await vi.waitFor(async () => expect((await stored(a.db, PRESS, '2026-06'))?.planned).toBe(500));
    expect((await stored(a.db, PRESS, '2026-05'))?.planned).toBe(77_700);
  });

  it('undo in one tab leaves a cell another tab changed since, and says so', async () => {
    const a = await openDemoInFirstTab();
    const b = await openTab();
    const user = a.user;
    await type(user, cell(b.grid, `mars 2026, ${PRESS}`), '5');
    await vi.waitFor(() => expect(cell(a.grid, `mars 2026, ${PRESS}`)).toHaveTextContent('5,00'));
    await type(user, cell(a.grid, `mars 2026, ${PRESS}`), '7');
    await vi.waitFor(() => expect(cell(b.grid, `mars 2026, ${PRESS}`)).toHaveTextContent('7,00'));

    await user.click(b.within.getByRole('button', { name: 'Annuler' }));
    expect(b.within.getByRole('alert')).toHaveTextContent('modifiées depuis dans un autre onglet');
    expect(cell(b.grid, `mars 2026, ${PRESS}`)).toHaveTextContent('7,00');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await stored(a.db, PRESS, '2026-03'))?.planned).toBe(700);
  });
});

describe('undo that survives', { timeout: 20_000 }, () => {
  it('undoes an edit after the tab is reloaded', async () => {
    const a = await openDemoInFirstTab();
    const target = cell(a.grid, `avr. 2026, ${PRESS}`);
    const before = (await stored(a.db, PRESS, '2026-04'))?.planned ?? 0;
    await type(a.user, target, '4321');
    await vi.waitFor(async () =>
      expect((await stored(a.db, PRESS, '2026-04'))?.planned).toBe(432_100),
    );
    a.view.unmount();

    const again = await openTab({ sameTab: true });
    expect(cell(again.grid, `avr. 2026, ${PRESS}`)).toHaveTextContent('4 321,00');
    const user = userEvent.setup();
    await user.click(again.within.getByRole('button', { name: 'Annuler' }));
    expect(cell(again.grid, `avr. 2026, ${PRESS}`)).not.toHaveTextContent('4 321,00');
    await vi.waitFor(async () =>
      expect((await stored(again.db, PRESS, '2026-04'))?.planned ?? 0).toBe(before),
    );
  });

  it('undoes an edit made before a channel was added, and the new channel stays', async () => {
    const a = await openDemoInFirstTab();
    await type(a.user, cell(a.grid, `mai 2026, ${PRESS}`), '999');
    await a.user.click(a.within.getByRole('tab', { name: 'Canaux' }));
    await a.user.type(a.within.getByLabelText('Nom du canal'), 'Salon régional');
    await a.user.click(a.within.getByRole('button', { name: 'Ajouter un canal' }));
    await vi.waitFor(async () =>
      expect((await a.db.channels.toArray()).map((c) => c.name)).toContain('Salon régional'),
    );
    await a.user.click(a.within.getByRole('tab', { name: 'Budget' }));
    const grid = await a.within.findByRole('grid', { name: GRID });
    await vi.waitFor(() =>
      expect(within(grid).getByRole('rowheader', { name: 'Salon régional' })).toBeInTheDocument(),
    );
    await a.user.click(a.within.getByRole('button', { name: 'Annuler' }));
    expect(cell(grid, `mai 2026, ${PRESS}`)).not.toHaveTextContent('999,00');
    expect(within(grid).getByRole('rowheader', { name: 'Salon régional' })).toBeInTheDocument();
  });
});

describe('months outside the window', { timeout: 20_000 }, () => {
  it('keeps January when the plan starts in February for a while and an amount is typed', async () => {
    const a = await openDemoInFirstTab();
    const planId = (await a.db.plans.toArray())[0]?.id ?? '';
    const january = await stored(a.db, ADS, '2026-01');
    expect(january?.planned).toBeGreaterThan(0);
    await a.db.plans.update(planId, { firstMonth: parseMonth('2026-02') ?? undefined });
    // The grid is rebuilt for the new window: January's column is gone from the screen.
    await vi.waitFor(() =>
      expect(
        within(a.within.getByRole('grid', { name: GRID })).queryByRole('columnheader', {
          name: 'janv. 2026',
        }),
      ).toBeNull(),
    );
    const moved = a.within.getByRole('grid', { name: GRID });
    await type(a.user, cell(moved, `mars 2026, ${ADS}`), '12');
    await vi.waitFor(async () => expect((await stored(a.db, ADS, '2026-03'))?.planned).toBe(1200));
    expect(await stored(a.db, ADS, '2026-01')).toEqual(january);
  });
});
