// The planner as a user drives it: the demo plan's budget grid, typing amounts, totals and
// summary following, layers, undo across layers, persistence across a reload.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import type { MixplanDb } from '../../src/db';
import { openDb, scratchDbName, testEnvironment } from './harness';

let db: MixplanDb;

beforeEach(() => {
  db = openDb(scratchDbName());
  window.location.hash = '#/planner';
});
afterEach(() => db.close());

async function openDemo() {
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await user.click(await screen.findByRole('button', { name: 'Ouvrir le plan de démonstration' }));
  // The first test pays for loading the planner's code (grid, charts) into the test DOM.
  const grid = await screen.findByRole(
    'grid',
    { name: 'Budget par canal et par mois : Prévu' },
    { timeout: 5000 },
  );
  return { user, grid, ...view };
}

function cell(grid: HTMLElement, name: string) {
  return within(grid).getByRole('gridcell', { name });
}

async function storedPlanned(channelName: string, month: string): Promise<number | undefined> {
  const channel = (await db.channels.toArray()).find((c) => c.name === channelName);
  const budget = channel ? await db.budgets.get(channel.id) : undefined;
  return budget?.months[month]?.planned;
}

describe('planner budget grid', () => {
  it('shows the demo year with its channels grouped media first, and family totals', async () => {
    const { grid } = await openDemo();
    const headers = within(grid)
      .getAllByRole('rowheader')
      .map((h) => h.textContent?.trim());
    expect(headers.slice(0, 3)).toEqual([
      'Presse locale (encarts)',
      'Google Ads (recherche locale)',
      'Publicité Instagram et Facebook',
    ]);
    expect(headers).toContain('Total Média');
    expect(headers).toContain('Total Hors-média');
    expect(within(grid).getByRole('columnheader', { name: 'janv. 2026' })).toBeInTheDocument();
  });

  it('types an amount: the cell, the totals and the summary follow, and it is stored', async () => {
    const { user, grid, unmount } = await openDemo();
    const target = cell(grid, 'mars 2026, Relations presse locales');
    await user.click(target);
    await user.keyboard('1234,5{Enter}');
    expect(target).toHaveTextContent('1 234,50');
    await vi.waitFor(async () =>
      expect(await storedPlanned('Relations presse locales', '2026-03')).toBe(123450),
    );
    unmount();

    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const again = await screen.findByRole('grid', { name: 'Budget par canal et par mois : Prévu' });
    expect(cell(again, 'mars 2026, Relations presse locales')).toHaveTextContent('1 234,50');
  });

  it('refuses a negative amount and text, with the reason, storing nothing', async () => {
    const { user, grid } = await openDemo();
    const target = cell(grid, 'févr. 2026, Relations presse locales');
    const before = target.textContent;
    await user.click(target);
    await user.keyboard('-50{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'févr. 2026 : « -50 » : un montant négatif',
    );
    await user.keyboard('{Escape}');
    await user.keyboard('douze{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('« douze » n’est pas un nombre');
    await user.keyboard('{Escape}');
    expect(target.textContent).toBe(before);
  });

  it('computes available and variance read-only, and undo spans layers', async () => {
    const { user, grid } = await openDemo();
    await user.click(cell(grid, 'juin 2026, Relations presse locales'));
    await user.keyboard('100{Enter}');

    await user.click(screen.getByRole('radio', { name: 'Engagé' }));
    const committed = await screen.findByRole('grid', {
      name: 'Budget par canal et par mois : Engagé',
    });
    await user.click(cell(committed, 'juin 2026, Relations presse locales'));
    await user.keyboard('30{Enter}');

    await user.click(screen.getByRole('radio', { name: 'Disponible' }));
    const available = await screen.findByRole('grid', {
      name: 'Budget par canal et par mois : Disponible',
    });
    expect(cell(available, 'juin 2026, Relations presse locales')).toHaveTextContent('70,00');
    await user.click(cell(available, 'juin 2026, Relations presse locales'));
    await user.keyboard('5');
    expect(screen.getByRole('alert')).toHaveTextContent('cette cellule est calculée');

    // Two undos: the committed edit, then (switching back to it) the planned one.
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(
      cell(
        await screen.findByRole('grid', { name: 'Budget par canal et par mois : Engagé' }),
        'juin 2026, Relations presse locales',
      ),
    ).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    const planned = await screen.findByRole('grid', {
      name: 'Budget par canal et par mois : Prévu',
    });
    expect(cell(planned, 'juin 2026, Relations presse locales').textContent?.trim()).not.toBe(
      '100,00',
    );
  });
});
