// Planner bugs of issue 8 as a new user met them on the demo plan: the channel deleted or
// priced is the one highlighted, the grid keeps the keyboard after an undo switches layers,
// a matrix link selects all its channels, one limit for channel names.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import type { MixplanDb } from '../../src/db';
import { MAX_NAME_LENGTH } from '../../src/domain/plan';
import { openDb, scratchDbName, testEnvironment } from './harness';

// Each test opens the whole app on the demo plan; the first also loads the planner's code.
vi.setConfig({ testTimeout: 20_000 });

let db: MixplanDb;

beforeEach(() => {
  db = openDb(scratchDbName());
  window.location.hash = '#/planner';
});
afterEach(() => db.close());

const BUDGET_GRID = 'Budget par canal et par mois : Prévu';
// Writes and the live queries that follow them take longer on a busy machine.
const SLOW = { timeout: 5000 };
const CHANNEL_SHEET = 'Canaux du plan : famille, catégorie, objectif, KPI';

async function openDemo() {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await user.click(await screen.findByRole('button', { name: 'Ouvrir le plan de démonstration' }));
  const grid = await screen.findByRole('grid', { name: BUDGET_GRID }, { timeout: 5000 });
  return { user, grid };
}

async function openChannels(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: 'Canaux' }));
  return screen.findByRole('grid', { name: CHANNEL_SHEET });
}

function cell(grid: HTMLElement, name: string) {
  return within(grid).getByRole('gridcell', { name });
}

async function storedNames(): Promise<string[]> {
  return (await db.channels.toArray()).map((c) => c.name);
}

describe('the channel the user highlighted', () => {
  it('"Delete the selected channel" deletes the highlighted channel, not the first one', async () => {
    const { user } = await openDemo();
    const sheet = await openChannels(user);
    await user.click(cell(sheet, 'Nom, Newsletter e-mailing'));

    const remove = screen.getByRole('button', { name: /^Supprimer le canal sélectionné/ });
    expect(remove).toHaveTextContent('Supprimer le canal sélectionné : Newsletter e-mailing');
    await user.click(remove);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer' }));

    await vi.waitFor(
      async () => expect(await storedNames()).not.toContain('Newsletter e-mailing'),
      SLOW,
    );
    expect(await storedNames()).toContain('Presse locale (encarts)');
  });

  it('the cost helper names and fills the cell the user clicked', async () => {
    const { user, grid } = await openDemo();
    await user.click(cell(grid, 'mars 2026, Pop-up store centre-ville'));
    const helper = await screen.findByRole('region', {
      name: 'Calculer un montant : unités × coût unitaire — Pop-up store centre-ville',
    });
    await user.type(within(helper).getByLabelText('Unités (Par jour)'), '3');
    await user.type(within(helper).getByLabelText(/^Coût unitaire/), '250');
    const apply = within(helper).getByRole('button', { name: /^Inscrire/ });
    expect(apply).toHaveTextContent(/dans mars 2026, Pop-up store centre-ville$/);
    await user.click(apply);
    expect(cell(grid, 'mars 2026, Pop-up store centre-ville')).toHaveTextContent('750,00');

    await user.click(cell(grid, 'mai 2026, Google Ads (recherche locale)'));
    expect(
      screen.getByRole('region', {
        name: 'Calculer un montant : unités × coût unitaire — Google Ads (recherche locale)',
      }),
    ).toBeInTheDocument();
  });
});

describe('the keyboard after an undo that switches layers', () => {
  it('keeps the focus in the grid: Ctrl+Y, arrows and typing work at once', async () => {
    const { user, grid } = await openDemo();
    await user.click(cell(grid, 'juin 2026, Relations presse locales'));
    await user.keyboard('100{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Engagé' }));
    const committed = await screen.findByRole('grid', {
      name: 'Budget par canal et par mois : Engagé',
    });
    await user.click(cell(committed, 'mars 2026, Relations presse locales'));

    await user.keyboard('{Control>}z{/Control}');
    const planned = await screen.findByRole('grid', { name: BUDGET_GRID });
    expect(cell(planned, 'juin 2026, Relations presse locales')).not.toHaveTextContent('100,00');
    expect(planned).toHaveFocus();

    await user.keyboard('{Control>}y{/Control}');
    expect(cell(planned, 'juin 2026, Relations presse locales')).toHaveTextContent('100,00');
    await user.keyboard('{ArrowRight}55{Enter}');
    expect(cell(planned, 'juil. 2026, Relations presse locales')).toHaveTextContent('55,00');
  });
});

describe('after adding a channel', () => {
  it('clicks and typing on the channel sheet land in the clicked cell', async () => {
    const { user } = await openDemo();
    await openChannels(user);
    await user.type(screen.getByLabelText('Nom du canal'), 'Salon du mariage');
    await user.click(screen.getByRole('button', { name: 'Ajouter un canal' }));
    await vi.waitFor(async () => expect(await storedNames()).toContain('Salon du mariage'), SLOW);
    const sheet = await screen.findByRole('grid', { name: CHANNEL_SHEET });
    await vi.waitFor(() => cell(sheet, 'Nom, Salon du mariage'), SLOW);

    await user.click(cell(sheet, 'Nom, Newsletter e-mailing'));
    expect(sheet).toHaveAttribute(
      'aria-activedescendant',
      cell(sheet, 'Nom, Newsletter e-mailing').id,
    );
    await user.keyboard('Lettre mensuelle{Enter}');
    await vi.waitFor(async () => expect(await storedNames()).toContain('Lettre mensuelle'), SLOW);
    expect(await storedNames()).toContain('Presse locale (encarts)');
  });
});

describe('a matrix cell that sums several channels', () => {
  it('selects all of its channels in the budget grid', async () => {
    const { user } = await openDemo();
    await user.click(screen.getByRole('tab', { name: 'Matrices' }));
    // Every paid channel: the media ones at the top, two hors-média ones further down.
    const link = await screen.findByRole('button', { name: /^Payé, total : .* canaux$/ });
    const count = Number(/voir les (\d+) canaux$/.exec(link.getAttribute('aria-label') ?? '')?.[1]);
    await user.click(link);

    const grid = await screen.findByRole('grid', { name: BUDGET_GRID });
    const headers = within(grid).getAllByRole('rowheader');
    const marked = headers.flatMap((header, index) =>
      header.getAttribute('aria-selected') === 'true' ? [index] : [],
    );
    const selected = marked.map((index) => headers[index]?.textContent?.trim() ?? '');
    expect(count).toBeGreaterThan(1);
    expect(selected).toHaveLength(count);
    // They span more rows than they are: some rows between them are not theirs.
    expect(marked.at(-1)! - marked[0]! + 1).toBeGreaterThan(count);
    expect(screen.getByText(/Ils sont sélectionnés dans la grille/)).toHaveTextContent(
      `Canaux de cette case : ${selected.join(', ')}.`,
    );
  });
});

describe('one limit for channel names', () => {
  it('the channel sheet refuses a name over the limit, saying why in French, and takes one at the limit', async () => {
    const { user } = await openDemo();
    const sheet = await openChannels(user);
    await user.click(cell(sheet, 'Nom, Presse locale (encarts)'));
    await user.keyboard(`${'x'.repeat(MAX_NAME_LENGTH + 1)}{Enter}`);

    expect(screen.getByRole('alert')).toHaveTextContent(
      `Nom : le texte fait ${MAX_NAME_LENGTH + 1} caractères, ${MAX_NAME_LENGTH} au plus.`,
    );
    expect(await storedNames()).toContain('Presse locale (encarts)');
    await user.keyboard('{Backspace}{Enter}');
    await vi.waitFor(
      async () => expect(await storedNames()).toContain('x'.repeat(MAX_NAME_LENGTH)),
      SLOW,
    );
  });

  it('the add-channel form stops a name at the limit', async () => {
    const { user } = await openDemo();
    await openChannels(user);
    const input = screen.getByLabelText('Nom du canal');
    await user.click(input);
    await user.paste('y'.repeat(MAX_NAME_LENGTH + 30));
    expect(input).toHaveValue('y'.repeat(MAX_NAME_LENGTH));
    await user.click(screen.getByRole('button', { name: 'Ajouter un canal' }));
    await vi.waitFor(
      async () => expect(await storedNames()).toContain('y'.repeat(MAX_NAME_LENGTH)),
      SLOW,
    );
  });
});
