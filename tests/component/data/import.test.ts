// The data screen's import, with fake-indexeddb: a file with bad rows shows its report and
// writes nothing until confirmed; merge keeps what the file does not name, replace does not.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
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

function fixture(name: string): File {
  const text = readFileSync(`tests/fixtures/csv/${name}`, 'utf8').replaceAll('{YYYY}', '2026');
  return new File([text], name, { type: 'text/csv' });
}

function csvFile(lines: string[]): File {
  return new File([lines.map((l) => `${l}\r\n`).join('')], 'plan.csv', { type: 'text/csv' });
}

async function openFile(file: File, target: string) {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await user.selectOptions(await screen.findByLabelText('Que contient le fichier ?'), target);
  await user.upload(screen.getByLabelText('Choisir un fichier CSV'), file);
  await screen.findByRole('table', { name: /Aperçu/ });
  return user;
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));
  return screen.findByRole('region', { name: 'Rapport de vérification' });
}

describe('importing a file with bad rows', () => {
  it('shows every rejected row with its line, column and reason, and writes nothing', async () => {
    const before = await planTables(db);
    const user = await openFile(fixture('bad-rows-long.csv'), 'plan-long');
    expect(screen.getByLabelText('Colonne « Catégorie » : importer comme')).toHaveValue('category');
    const report = await check(user);
    // The unknown category is asked about, once; the month outside the plan goes to the period step.
    expect(within(report).getByText(/6 lignes lues : 3 acceptées, 2 refusées/)).toBeVisible();
    expect(within(report).getByText('1 ligne attend votre réponse ci-dessous.')).toBeVisible();
    await user.selectOptions(
      within(report).getByLabelText(
        /« colloque » \(colonne « Catégorie », 1 ligne, dès la ligne 6\)/,
      ),
      'Refuser ces lignes',
    );
    await waitFor(() =>
      expect(within(report).getByText(/6 lignes lues : 3 acceptées, 3 refusées/)).toBeVisible(),
    );
    const rows = within(within(report).getByRole('table', { name: 'Lignes refusées' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['3', 'Prévu', 'beaucoup', 'ce n’est pas un montant'],
      ['5', 'Prévu', '-40,00', 'montant négatif refusé (saisissez un réalisé plus bas)'],
      ['6', 'Catégorie', 'colloque', 'catégorie inconnue du catalogue'],
    ]);
    expect(
      within(report).getByText(/Le fichier couvre 2001-01 → 2026-04, le plan 2026-01 → 2026-12/),
    ).toBeVisible();
    const confirm = screen.getByRole('button', { name: 'Importer les lignes acceptées (3)' });
    expect(confirm).toBeDisabled();
    await user.click(
      within(report).getByRole('radio', { name: /N’importer que les mois du plan/ }),
    );
    expect(await planTables(db)).toEqual(before);

    await user.click(confirm);
    await screen.findByText('Import enregistré.');
    const radio = (await db.channels.toArray()).find((c) => c.name === 'Radio locale');
    expect(radio).toMatchObject({ category: 'radio', family: 'media' });
    expect((await db.budgets.get(radio?.id ?? ''))?.months).toEqual({
      '2026-04': { planned: 90_000, committed: 0, actual: 0 },
    });
    expect((await db.budgets.get('ch-affichage'))?.months['2026-01']).toEqual({
      planned: 250_000,
      committed: 0,
      actual: 90_000,
    });
  });

  it('writes nothing when the user abandons after the report', async () => {
    const before = await planTables(db);
    const user = await openFile(fixture('bad-rows-long.csv'), 'plan-long');
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Abandonner cet import' }));
    expect(screen.queryByRole('region', { name: 'Rapport de vérification' })).toBeNull();
    expect(await planTables(db)).toEqual(before);
  });

  it('refuses a file that is not text, with a message', async () => {
    // A workbook saved under a .csv name: the picker lets it through, the decoder does not.
    const user = userEvent.setup();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const zip = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0])], 'plan.csv');
    await user.upload(await screen.findByLabelText('Choisir un fichier CSV'), zip);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce fichier n’est pas un fichier texte',
    );
  });
});

describe('merge or replace', () => {
  const file = () =>
    csvFile([
      'Canal;Catégorie;janv. 2026;févr. 2026',
      'AFFICHAGE GARE;outdoor;2 000,00;',
      'Webinaire clients;webinar;;300,00',
    ]);

  it('merge: updates the named channel’s cells, adds the new one, keeps the rest', async () => {
    const user = await openFile(file(), 'plan-wide');
    const report = await check(user);
    expect(within(report).getByText(/1 canal créé, 1 mis à jour, 0 supprimé/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Importer les lignes acceptées (2)' }));
    await screen.findByText('Import enregistré.');
    const names = (await db.channels.toArray()).map((c) => c.name).sort();
    expect(names).toEqual(['Affichage gare', 'Salon', 'Webinaire clients']);
    expect((await db.budgets.get('ch-affichage'))?.months).toEqual({
      '2026-01': { planned: 200_000, committed: 0, actual: 90_000 },
      '2026-02': { planned: 50_000, committed: 0, actual: 0 },
    });
  });

  it('replace: asks first, then deletes what the file does not name and replaces its layer', async () => {
    const user = await openFile(file(), 'plan-wide');
    const report = await check(user);
    await user.click(within(report).getByRole('radio', { name: /Remplacer/ }));
    expect(within(report).getByText(/1 canal créé, 1 mis à jour, 1 supprimé/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Importer les lignes acceptées (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remplacer les données du plan ?' });
    // Every channel the replace removes is named, with why.
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('« Salon » : absent du fichier');
    expect(await db.channels.count()).toBe(2);
    await user.click(within(dialog).getByRole('button', { name: 'Remplacer' }));
    await screen.findByText('Import enregistré.');
    const names = (await db.channels.toArray()).map((c) => c.name).sort();
    expect(names).toEqual(['Affichage gare', 'Webinaire clients']);
    expect(await db.budgets.get('ch-salon')).toBeUndefined();
    // Planned replaced (February's 500 € gone), actual kept.
    expect((await db.budgets.get('ch-affichage'))?.months).toEqual({
      '2026-01': { planned: 200_000, committed: 0, actual: 90_000 },
    });
  });
});

describe('the mapping', () => {
  it('is remembered with a confirmed import and offered again with the next file', async () => {
    const user = await openFile(
      csvFile(['Libellé du poste;Mois;Prévu', 'TV;2026-01;1']),
      'plan-long',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Indiquez quelle colonne contient : Canal');
    await user.selectOptions(
      screen.getByLabelText('Colonne « Libellé du poste » : importer comme'),
      'name',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    await check(user);
    expect(await db.meta.get('csvMapping:plan-long')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Importer la ligne acceptée (1)' }));
    await screen.findByText('Import enregistré.');
    await waitFor(async () =>
      expect((await db.meta.get('csvMapping:plan-long'))?.value).toEqual({
        name: 'libelle du poste',
        month: 'mois',
        planned: 'prevu',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Importer un autre fichier' }));
    await user.upload(
      screen.getByLabelText('Choisir un fichier CSV'),
      csvFile(['Libellé du poste;Mois;Prévu', 'Radio;2026-02;2']),
    );
    expect(
      await screen.findByLabelText('Colonne « Libellé du poste » : importer comme'),
    ).toHaveValue('name');
  });
});

describe('other ways in', () => {
  it('takes cells pasted from Excel (tab-separated) and imports them', async () => {
    const user = userEvent.setup();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    await user.click(await screen.findByText('Coller des cellules copiées depuis un tableur'));
    const area = screen.getByLabelText('Données collées');
    // What Excel puts on the clipboard: tabs, CRLF, numbers as displayed.
    await user.click(area);
    await user.paste('Canal\tjanv. 2026\r\nTV régionale\t1\u202F250,00\u00A0€\r\n');
    await user.click(screen.getByRole('button', { name: 'Utiliser les données collées' }));
    const reading = await screen.findByRole('group', { name: 'Lecture du fichier' });
    expect(within(reading).getByLabelText('Séparateur')).toHaveValue('\t');
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Importer la ligne acceptée (1)' }));
    await screen.findByText('Import enregistré.');
    const tv = (await db.channels.toArray()).find((c) => c.name === 'TV régionale');
    expect((await db.budgets.get(tv?.id ?? ''))?.months['2026-01']?.planned).toBe(125_000);
  });

  it('opens a file dropped on the picker', async () => {
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const picker = await screen.findByRole('group', { name: /ou déposez-le ici/ });
    const file = csvFile(['Canal;janv. 2026', 'Radio;10']);
    await fireEvent.dragOver(picker);
    await fireEvent.drop(picker, { dataTransfer: { files: [file] } });
    expect(await screen.findByRole('table', { name: /Aperçu/ })).toBeVisible();
    expect(screen.getByText(/« plan\.csv »/)).toBeVisible();
  });
});

describe('in English', () => {
  it('words the screen and the report in English, with English numbers', async () => {
    const user = userEvent.setup();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'en' });
    await user.selectOptions(await screen.findByLabelText('What does the file hold?'), 'plan-long');
    expect(screen.getByRole('heading', { name: 'Export as CSV' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Full backup' })).toBeVisible();
    const file = csvFile(['Channel,Month,Planned', 'TV,2026-01,"1,234.50"', 'Radio,2026-02,lots']);
    await user.upload(screen.getByLabelText('Choose a CSV file'), file);
    await user.click(await screen.findByRole('button', { name: 'Check the file' }));
    const report = await screen.findByRole('region', { name: 'Check report' });
    expect(within(report).getByText(/2 rows read: 1 accepted, 1 rejected/)).toBeVisible();
    expect(within(report).getByRole('cell', { name: 'not an amount' })).toBeVisible();
    await user.click(within(report).getByRole('button', { name: 'Import the accepted row (1)' }));
    await screen.findByText('Import saved.');
    const tv = (await db.channels.toArray()).find((c) => c.name === 'TV');
    expect((await db.budgets.get(tv?.id ?? ''))?.months['2026-01']?.planned).toBe(123_450);
  });
});
