// The report's questions (issue 9): an unknown value asked once for all its rows, the
// currency of the file, a header-only file that can never empty a plan, a refused channel
// that Replace keeps unless ticked, and the parse warning said once.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { openDb, scratchDbName, testEnvironment } from '../harness';
import { planTables, seedPlan } from './seed';

let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/data';
});

afterEach(() => db.close());

function csvFile(lines: string[]): File {
  return new File([lines.map((l) => `${l}\r\n`).join('')], 'plan.csv', { type: 'text/csv' });
}

async function checked(lines: string[]) {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  const target = await screen.findByLabelText('Que contient le fichier ?', {}, { timeout: 5000 });
  await user.selectOptions(target, 'plan-wide');
  await user.upload(screen.getByLabelText('Choisir un fichier CSV'), csvFile(lines));
  await screen.findByRole('table', { name: /Aperçu/ });
  await user.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));
  const report = await screen.findByRole('region', { name: 'Rapport de vérification' });
  return { user, report };
}

describe('an unknown family', () => {
  it('is asked once, whatever its rows, and every row is imported after the answer', async () => {
    const { user, report } = await checked([
      'Canal;Famille;janv. 2026',
      'Site;Digital;10',
      'Blog;digital;20',
      'Appli;DIGITAL;30',
    ]);
    expect(within(report).getAllByRole('combobox')).toHaveLength(1);
    expect(within(report).queryByRole('table', { name: 'Lignes refusées' })).toBeNull();
    const confirm = screen.getByRole('button', { name: 'Aucune ligne à importer' });
    expect(confirm).toBeDisabled();
    await user.selectOptions(within(report).getByLabelText(/« Digital »/), 'Média');
    await waitFor(() => expect(within(report).getByText(/3 acceptées, 0 refusée\./)).toBeVisible());
    await user.click(screen.getByRole('button', { name: 'Importer les lignes acceptées (3)' }));
    await screen.findByText('Import enregistré.');
    const families = (await db.channels.toArray())
      .filter((c) => ['Site', 'Blog', 'Appli'].includes(c.name))
      .map((c) => c.family);
    expect(families).toEqual(['media', 'media', 'media']);
  });
});

describe('the currency of the file', () => {
  it('is pointed out when it is not the plan’s', async () => {
    const { report } = await checked(['Canal;janv. 2026', 'TV;1 200,00 $']);
    expect(within(report).getByRole('alert')).toHaveTextContent(
      'Les montants du fichier sont en $, le plan en EUR',
    );
  });

  it('says nothing for amounts in the plan’s currency', async () => {
    const { report } = await checked(['Canal;janv. 2026', 'TV;1 200,00 €']);
    expect(within(report).queryByText(/Les montants du fichier sont en/)).toBeNull();
  });
});

describe('an import with no accepted row', () => {
  it('cannot be confirmed, in Replace mode either: the plan is never emptied', async () => {
    const before = await planTables(db);
    const { user, report } = await checked(['Canal;janv. 2026']);
    await user.click(within(report).getByRole('radio', { name: /Remplacer/ }));
    expect(screen.getByRole('button', { name: 'Aucune ligne à importer' })).toBeDisabled();
    expect(
      within(report).getByText('Aucune ligne acceptée : l’import ne modifierait rien.'),
    ).toBeVisible();
    expect(await planTables(db)).toEqual(before);
  });
});

describe('Replace with refused rows', () => {
  it('keeps the channel whose rows were refused, unless the user ticks it', async () => {
    const { user, report } = await checked([
      'Canal;janv. 2026',
      'Affichage gare;beaucoup',
      'Radio;12',
    ]);
    await user.click(within(report).getByRole('radio', { name: /Remplacer/ }));
    const keep = within(report).getByRole('checkbox', { name: 'Supprimer « Affichage gare »' });
    expect(keep).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Importer la ligne acceptée (1)' }));
    const dialog = await screen.findByRole('dialog');
    // Only Salon, absent from the file, is named for removal.
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['« Salon » : absent du fichier']);
    await user.click(within(dialog).getByRole('button', { name: 'Remplacer' }));
    await screen.findByText('Import enregistré.');
    expect((await db.budgets.get('ch-affichage'))?.months['2026-01']?.planned).toBe(100_000);
    expect(await db.channels.get('ch-salon')).toBeUndefined();
  });
});

describe('a quote never closed', () => {
  it('is said once: as a refused row, not again as a warning', async () => {
    const { report } = await checked(['Canal;janv. 2026', '"TV;1', 'Radio;2']);
    expect(within(report).getAllByText(/guillemet/)).toHaveLength(1);
    expect(within(report).getByText(/2 lignes lues : 1 acceptée, 1 refusée\./)).toBeVisible();
  });
});
