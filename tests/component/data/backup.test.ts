// Backup and restore from the data screen, the hash that preselects a sheet, and the
// reminder Settings shows after 30 days without a backup.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { isBackupDue } from '../../../src/state/backup.svelte';
import { targetFromHash } from '../../../src/views/data/report-text';
import { openDb, scratchDbName, testEnvironment } from '../harness';
import DataHarness from './DataHarness.svelte';
import { allTables, PLAN, seedPlan } from './seed';

let db: MixplanDb;
let saved: Blob[] = [];

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/data';
  saved = [];
  // jsdom has no object URLs: keep what the app would have downloaded.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return `blob:test/${saved.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => db.close());

async function downloadBackup(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  await user.click(await screen.findByRole('button', { name: 'Télécharger une sauvegarde' }));
  await screen.findByText(/Sauvegarde « mixplan-sauvegarde-2026-06-15\.json » enregistrée/);
  const blob = saved.at(-1);
  if (!blob) throw new Error('nothing downloaded');
  return blob.text();
}

function jsonFile(text: string, name = 'sauvegarde.json'): File {
  return new File([text], name, { type: 'application/json' });
}

describe('backup and restore', () => {
  it('restores every table after changes, once the user has seen what it replaces', async () => {
    const user = userEvent.setup();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const text = await downloadBackup(user);
    const before = await allTables(db);
    expect(screen.getByText(/Dernière sauvegarde : 15 juin 2026/)).toBeVisible();

    await db.channels.clear();
    await db.plans.put({ ...PLAN, name: 'Renommé' });

    await user.upload(screen.getByLabelText('Restaurer une sauvegarde'), jsonFile(text));
    const compare = await screen.findByRole('group', { name: 'Restaurer une sauvegarde' });
    expect(within(compare).getByText('Plans : Budget 2026')).toBeVisible();
    expect(within(compare).getByText('Plans : Renommé')).toBeVisible();
    expect(within(compare).getByText('Canaux : 2')).toBeVisible();
    expect(within(compare).getByText('Canaux : 0')).toBeVisible();
    expect((await db.plans.toArray())[0]?.name).toBe('Renommé');

    await user.click(screen.getByRole('button', { name: 'Remplacer toutes mes données' }));
    await screen.findByText('Sauvegarde restaurée : toutes les données ont été remplacées.');
    const after = await allTables(db);
    // The restore moves the plan's revision on, so that an open tab knows its picture is old.
    expect(after.meta).toContainEqual({ key: 'revision:plan-1', value: 1 });
    const withoutRevisions = (tables: typeof after) => ({
      ...tables,
      meta: tables.meta?.filter((r) => !String((r as { key: string }).key).startsWith('revision:')),
    });
    expect(withoutRevisions(after)).toEqual(withoutRevisions(before));
  });

  it('refuses a truncated backup with a message and changes nothing', async () => {
    const user = userEvent.setup();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const text = await downloadBackup(user);
    const before = await allTables(db);
    await user.upload(
      screen.getByLabelText('Restaurer une sauvegarde'),
      jsonFile(text.slice(0, text.length - 40)),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sauvegarde refusée, rien n’a été modifié : le fichier est incomplet',
    );
    expect(screen.queryByRole('button', { name: 'Remplacer toutes mes données' })).toBeNull();
    expect(await allTables(db)).toEqual(before);
  });
});

/** From now on every write is refused as a full disk refuses it; reads still work. */
function fillTheDisk(target: MixplanDb): void {
  target.use({
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table: (name) => ({
        ...down.table(name),
        mutate: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')),
      }),
    }),
  });
  // Middlewares are bound when the database opens: the next query reopens it with this one.
  target.close({ disableAutoOpen: false });
}

describe('a backup with storage full', () => {
  it('still downloads, and only then says the date could not be recorded', async () => {
    const user = userEvent.setup();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    await screen.findByRole('button', { name: 'Télécharger une sauvegarde' });
    fillTheDisk(db);

    const text = await downloadBackup(user);
    expect(JSON.parse(text).tables.plans).toEqual([PLAN]);
    expect(await screen.findByText(/Le stockage du navigateur est plein/)).toBeVisible();
    expect(await db.meta.get('lastBackupAt')).toBeUndefined();
  });
});

describe('a link to the data screen with a sheet', () => {
  it.each([
    ['#/data?target=plan-wide', 'plan-wide'],
    ['#/data/?target=channels', 'channels'],
    ['#/data?target=nonsense', null],
    ['#/data', null],
  ])('%s → %s', (hash, target) => {
    expect(targetFromHash(hash)).toBe(target);
  });

  it('preselects that sheet for import and highlights its export', async () => {
    window.location.hash = '#/data?target=channels';
    render(DataHarness, { db, env: testEnvironment() });
    expect(await screen.findByLabelText('Que contient le fichier ?')).toHaveValue('channels');
    expect(screen.getByRole('button', { name: 'Exporter la liste des canaux' })).toHaveClass(
      'primary',
    );
  });
});

describe('the backup reminder in Settings', () => {
  const DAY = 24 * 3600 * 1000;

  it.each([
    [null, true],
    [31 * DAY, true],
    [29 * DAY, false],
  ])('last backup %s ms ago → due: %s', (age, due) => {
    const now = Date.UTC(2026, 5, 15);
    expect(isBackupDue(age === null ? null : now - age, now)).toBe(due);
  });

  it('reminds after 30 days, with a link to the data screen', async () => {
    await db.meta.put({ key: 'lastBackupAt', value: Date.UTC(2026, 3, 1) });
    window.location.hash = '#/settings';
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    expect(await screen.findByText(/plus de 30 jours/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Sauvegarder maintenant' })).toHaveAttribute(
      'href',
      '#/data',
    );
  });

  it('says nothing when the last backup is recent', async () => {
    await db.meta.put({ key: 'lastBackupAt', value: Date.UTC(2026, 5, 10) });
    window.location.hash = '#/settings';
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    await screen.findByRole('heading', { name: 'Réglages' });
    await screen.findByText(/10 juin 2026/);
    expect(screen.queryByText(/plus de 30 jours/)).toBeNull();
  });
});
