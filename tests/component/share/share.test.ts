// Share by link in the app (jsdom, fake IndexedDB): a link opens read-only and writes nothing
// until "Save a copy"; the planner's panel makes the link, shows it to copy by hand when the
// clipboard is out of reach, and refuses a plan too big for a link before making one.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { makeShareLink } from '../../../src/db/share-link';
import { demoBudgets } from '../../../src/domain/demo-budget';
import { demoPlan } from '../../../src/domain/demo-plan';
import type { Month } from '../../../src/domain/months';
import { openDb, scratchDbName, testEnvironment } from '../harness';

let dbs: MixplanDb[] = [];

function renderApp() {
  const db = openDb(scratchDbName());
  dbs.push(db);
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  return db;
}

function demo() {
  let id = 0;
  const { plan, channels } = demoPlan({
    language: 'fr',
    planId: 'plan-1',
    newId: () => `c-${++id}`,
    now: 1,
    firstMonth: '2026-01' as Month,
  });
  return { plan, channels, budgets: demoBudgets(plan, channels, '2026-06' as Month) };
}

beforeEach(() => {
  window.location.hash = '#/planner';
});

afterEach(() => {
  cleanup();
  for (const db of dbs) db.close();
  dbs = [];
});

describe('share by link', () => {
  it('opens a link read-only, stores nothing, then saves a copy and opens it in the planner', async () => {
    const made = await makeShareLink('http://localhost/', demo(), 1);
    if (!made.ok) throw new Error(made.error.code);
    window.location.hash = made.value.url.slice(made.value.url.indexOf('#'));
    const db = renderApp();
    await screen.findByRole('heading', { name: 'Plan partagé : Boutique de vêtements — démo' });
    const table = screen.getByRole('table', { name: /Budget par canal et par mois : Prévu/ });
    expect(within(table).getByRole('rowheader', { name: 'Programme de fidélité' })).toBeVisible();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(await db.plans.count()).toBe(0);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Enregistrer une copie' }));
    await expect.poll(() => window.location.hash).toBe('#/planner');
    expect(await db.plans.count()).toBe(1);
    expect(await db.channels.count()).toBe(demo().channels.length);
  });

  it('says why a link is refused, and stores nothing', async () => {
    window.location.hash = '#/shared?p=1.0123456789abcdef.AAAA';
    const db = renderApp();
    await screen.findByRole('heading', { name: 'Ce lien ne peut pas être ouvert' });
    expect(screen.getByRole('alert')).toHaveTextContent('Ce lien a été modifié ou coupé');
    expect(screen.queryByRole('button', { name: 'Enregistrer une copie' })).not.toBeInTheDocument();
    expect(await db.plans.count()).toBe(0);
  });

  it('makes the link from the planner and shows it to copy by hand without a clipboard', async () => {
    const db = openDb(scratchDbName());
    dbs.push(db);
    const { plan, channels, budgets } = demo();
    await db.transaction('rw', db.plans, db.channels, db.budgets, async () => {
      await db.plans.add(plan);
      await db.channels.bulkAdd(channels);
      await db.budgets.bulkAdd(budgets);
    });
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Partager par lien' }));
    expect(await screen.findByText(/rien ne quitte votre ordinateur/)).toBeVisible();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    await user.click(screen.getByRole('button', { name: 'Créer le lien et le copier' }));
    const field = await screen.findByRole('textbox', { name: /Lien de partage/ });
    expect((field as HTMLInputElement).value).toMatch(
      /^http:\/\/localhost(:\d+)?\/#\/shared\?p=1\./,
    );
    expect(screen.getByText(/sélectionnez le lien ci-dessus/)).toBeVisible();
  });

  it('refuses a plan too big for a link before making one', async () => {
    const db = openDb(scratchDbName());
    dbs.push(db);
    const { plan, channels } = demo();
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647);
    const many = Array.from({ length: 150 }, (_, i) => ({
      ...channels[0]!,
      id: `big-${i}`,
      name: `Canal ${random().toString(36)}`,
      sortOrder: i,
    }));
    const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`);
    const budgets = many.map((c) => ({
      channelId: c.id,
      planId: plan.id,
      months: Object.fromEntries(
        months.map((m) => [m, { planned: random() % 9e6, committed: 0, actual: random() % 9e6 }]),
      ),
    }));
    await db.transaction('rw', db.plans, db.channels, db.budgets, async () => {
      await db.plans.add(plan);
      await db.channels.bulkAdd(many);
      await db.budgets.bulkAdd(budgets as never);
    });
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const user = userEvent.setup();
    // As a user would: once the plan's sheet is on screen.
    await screen.findByRole('grid', {}, { timeout: 15_000 });
    await user.click(await screen.findByRole('button', { name: 'Partager par lien' }));
    await user.click(await screen.findByRole('button', { name: 'Créer le lien et le copier' }));
    const alert = await screen.findByText(
      /Ce plan est trop gros pour un lien/,
      {},
      { timeout: 15_000 },
    );
    expect(alert.textContent).toMatch(/au-delà des 8[\s\u00a0\u202f]?000/);
    expect(screen.queryByRole('textbox', { name: /Lien de partage/ })).not.toBeInTheDocument();
    // 150 channels in the planner's grid, in jsdom: slower than the default 5 s on 2 cores.
  }, 30_000);
});
