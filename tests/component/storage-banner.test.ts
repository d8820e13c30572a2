// The app when its database is taken away while it is open: deleted from another tab, or
// upgraded by a newer version there. A lasting banner says so, the screen stays where it was,
// nothing recreates an empty database, and a backup can be restored from the banner.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { type MixplanDb } from '../../src/db';
import { createBackup } from '../../src/db/backup';
import { openDb, scratchDbName, testEnvironment } from './harness';
import { PLAN, seedPlan } from './data/seed';

let db: MixplanDb;
const extra: Dexie[] = [];

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/settings';
  URL.createObjectURL = vi.fn(() => 'blob:test/1');
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  db.close();
  for (const other of extra.splice(0)) other.close();
});

async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

async function backupText(): Promise<string> {
  const created = await createBackup(db, Date.UTC(2026, 5, 1));
  if (!created.ok) throw new Error(created.error.code);
  return created.value.text;
}

describe('the database deleted from another tab', () => {
  it('says so in a lasting banner, keeps the screen, and recreates nothing on the next change', async () => {
    const user = userEvent.setup();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    await screen.findByRole('heading', { name: 'Réglages' });

    await Dexie.delete(db.name);

    expect(
      await screen.findByRole('heading', {
        name: 'Les données de Mixplan ont disparu de ce navigateur.',
      }),
    ).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Sombre' }));
    await screen.findByText(/Le stockage du navigateur est indisponible/);
    expect(await databaseExists(db.name)).toBe(false);
    expect(screen.getByRole('heading', { name: 'Réglages' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Commencer un plan vide' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Restaurer une sauvegarde' })).toBeVisible();
  });

  it('restores a backup from the banner, into a fresh database', async () => {
    const user = userEvent.setup();
    const text = await backupText();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    await screen.findByRole('heading', { name: 'Réglages' });
    await Dexie.delete(db.name);

    await user.click(await screen.findByRole('button', { name: 'Restaurer une sauvegarde' }));
    await user.upload(
      await screen.findByLabelText('Restaurer une sauvegarde', { selector: 'input' }),
      new File([text], 'sauvegarde.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Remplacer toutes mes données' }));

    await screen.findByText('Sauvegarde restaurée : toutes les données ont été remplacées.');
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', {
          name: 'Les données de Mixplan ont disparu de ce navigateur.',
        }),
      ).toBeNull(),
    );
    expect(await db.plans.get(PLAN.id)).toEqual(PLAN);
    expect(await db.channels.count()).toBe(2);
  });
});

describe('a newer version opened in another tab', () => {
  it('asks to reload, and offers a backup download meanwhile', async () => {
    render(App, { db, env: testEnvironment(), defaultLanguage: 'en' });
    await screen.findByRole('heading', { name: 'Settings' });

    const newer = new Dexie(db.name);
    extra.push(newer);
    const stores = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(','),
      ]),
    );
    newer.version(db.verno + 1).stores({ ...stores, scenarios: 'id, planId' });
    await newer.open();

    expect(
      await screen.findByRole('heading', {
        name: 'A newer version of Mixplan is open in another tab.',
      }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download a backup' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save it again here' })).toBeNull();
    expect((await newer.table('plans').get(PLAN.id))?.name).toBe(PLAN.name);
  });
});
