// What the planner's writes look like to its user: a write storage refuses stays on screen as
// "not saved" with its count until storage takes it, and the plan list's "modified on"
// follows budget edits.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import type { MixplanDb } from '../../src/db';
import { openDb, scratchDbName } from './harness';

const GRID = 'Budget par canal et par mois : Prévu';
const PRESS = 'Relations presse locales';
let db: MixplanDb;
let clock: number;

beforeEach(() => {
  db = openDb(scratchDbName());
  window.location.hash = '#/planner';
  sessionStorage.clear();
  clock = Date.UTC(2026, 5, 15, 10, 0, 0);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

let ids = 0;
const env = { now: () => clock, newId: () => `id-${++ids}` };

async function openDemo() {
  const user = userEvent.setup();
  render(App, { db, env, defaultLanguage: 'fr' });
  await user.click(await screen.findByRole('button', { name: 'Ouvrir le plan de démonstration' }));
  const grid = await screen.findByRole('grid', { name: GRID }, { timeout: 5000 });
  return { user, grid };
}

async function storedPlanned(month: string): Promise<number | undefined> {
  const channel = (await db.channels.toArray()).find((c) => c.name === PRESS);
  return channel ? (await db.budgets.get(channel.id))?.months[month]?.planned : undefined;
}

describe('planner writes', { timeout: 20_000 }, () => {
  it('keeps a refused write on screen as "not saved" with its count, and saves it on retry', async () => {
    const { user, grid } = await openDemo();
    // As the browser does when the disk is full: the write throws a QuotaExceededError.
    const refuse = vi.spyOn(db.budgets, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const target = within(grid).getByRole('gridcell', { name: `mars 2026, ${PRESS}` });
    await user.click(target);
    await user.keyboard('321{Enter}');
    const banner = await screen.findByText(/Non enregistré : 1 modification\(s\) en attente/);
    expect(banner.closest('[role="alert"]')).not.toBeNull();
    expect(target).toHaveTextContent('321,00');
    expect(await storedPlanned('2026-03')).not.toBe(32_100);

    // A second edit while storage still refuses joins the waiting one.
    await user.click(within(grid).getByRole('gridcell', { name: `avr. 2026, ${PRESS}` }));
    await user.keyboard('45{Enter}');
    await screen.findByText(/Non enregistré : 2 modification\(s\) en attente/);

    refuse.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Réessayer maintenant' }));
    await vi.waitFor(async () => {
      expect(await storedPlanned('2026-03')).toBe(32_100);
      expect(await storedPlanned('2026-04')).toBe(4_500);
    });
    await vi.waitFor(() => expect(screen.queryByText(/Non enregistré/)).toBeNull());
  });

  it('moves the plan list’s "modified on" when a budget cell is edited', async () => {
    const { user, grid } = await openDemo();
    const list = screen.getByRole('button', { name: /Boutique de vêtements — démo/ });
    expect(list).toHaveTextContent('15 juin 2026');
    clock = Date.UTC(2026, 6, 20, 9, 30, 0);
    await user.click(within(grid).getByRole('gridcell', { name: `mai 2026, ${PRESS}` }));
    await user.keyboard('12{Enter}');
    await vi.waitFor(() =>
      expect(
        screen.getByRole('button', { name: /Boutique de vêtements — démo/ }),
      ).toHaveTextContent('20 juil. 2026'),
    );
  });
});
