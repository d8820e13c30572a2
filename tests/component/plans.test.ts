// A user creates, renames, duplicates and deletes plans; everything survives a reload of
// the component over the same (fake, but real) IndexedDB.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import type { MixplanDb } from '../../src/db';
import { openDb, scratchDbName, testEnvironment } from './harness';

let dbName: string;
let dbs: MixplanDb[] = [];

function renderApp(language: 'fr' | 'en' = 'fr') {
  const db = openDb(dbName);
  dbs.push(db);
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: language });
  return { db, ...view };
}

beforeEach(() => {
  dbName = scratchDbName();
  window.location.hash = '#/planner';
});

afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

describe('plans', () => {
  it('creates a plan on first visit, renames it, and finds it again after a reload', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Commencer un plan vide' }));
    const list = await screen.findByRole('list');
    expect(await within(list).findByText('Nouveau plan')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Renommer' }));
    const field = screen.getByRole('textbox', { name: 'Nouveau nom du plan « Nouveau plan »' });
    await user.clear(field);
    await user.type(field, 'Budget 2027{Enter}');
    expect(await within(list).findByText('Budget 2027')).toBeInTheDocument();
    first.unmount();

    renderApp();
    const reloaded = await screen.findByRole('list');
    expect(await within(reloaded).findByText('Budget 2027')).toBeInTheDocument();
    expect(within(reloaded).queryByText('Nouveau plan')).not.toBeInTheDocument();
  });

  it('opens the demo plan with its media and hors-média channels', async () => {
    const user = userEvent.setup();
    renderApp('en');
    await user.click(await screen.findByRole('button', { name: 'Open the demo plan' }));
    const grid = await screen.findByRole('grid', { name: 'Budget by channel and month: Planned' });
    expect(
      within(grid).getByRole('rowheader', { name: 'Instagram and Facebook ads' }),
    ).toBeInTheDocument();
    expect(within(grid).getByRole('rowheader', { name: 'Total Hors-média' })).toBeInTheDocument();
    expect(within(grid).getByRole('rowheader', { name: 'Total Media' })).toBeInTheDocument();
    expect(within(grid).getAllByRole('row')).toHaveLength(1 + 9 + 3);
  });

  it('duplicates a plan with its channels', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('en');
    await user.click(await screen.findByRole('button', { name: 'Open the demo plan' }));
    await screen.findByRole('grid', { name: 'Budget by channel and month: Planned' });
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(
      await screen.findByRole('heading', { name: 'Clothing shop — demo (copy)' }),
    ).toBeInTheDocument();
    expect(await db.plans.count()).toBe(2);
    expect(await db.channels.count()).toBe(18);
    expect(await db.budgets.count()).toBe(18);
  });

  it('asks before deleting, and undo brings the plan and its channels back', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('en');
    await user.click(await screen.findByRole('button', { name: 'Open the demo plan' }));
    await screen.findByRole('grid', { name: 'Budget by channel and month: Planned' });

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'Plan “Clothing shop — demo” and its 9 channels will be deleted.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.plans.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }),
    );
    await screen.findByText('Plan “Clothing shop — demo” deleted.');
    expect(await db.plans.count()).toBe(0);
    expect(await db.channels.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    await screen.findByText('Plan “Clothing shop — demo” restored.');
    expect(await db.plans.count()).toBe(1);
    expect(await db.channels.count()).toBe(9);
  });
});
