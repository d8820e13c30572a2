// The CLV screen's orders import as a user drives it: a French CSV uploaded, its report (line,
// column, reason, value as written), nothing stored before the confirm, then the orders in the
// database and the status line; a file that cannot be imported says why and offers no button;
// an import over existing orders says it replaces them.
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import { type MixplanDb } from '../../../src/db';
import { OrdersRepository } from '../../../src/db/orders-repository';
import { toCents } from '../../../src/domain/money';
import { PLAN, seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

const FILE_INPUT = 'Choisir un fichier CSV de commandes';
let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/clv';
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

function fixture(name: string): File {
  const bytes = readFileSync(`tests/fixtures/clv/${name}`);
  return new File([bytes], name, { type: 'text/csv' });
}

/** Text as a reader sees it: Intl's narrow spaces as plain ones. */
function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function openOrdersTab() {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await user.click(
    await screen.findByRole('tab', { name: 'Commandes et RFM' }, { timeout: 15_000 }),
  );
  return user;
}

async function upload(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.upload(screen.getByLabelText(FILE_INPUT), fixture(name));
}

function orderCount(): Promise<number> {
  return new OrdersRepository(db, () => 0).orderCount(PLAN.id).then((count) => {
    if (!count.ok) throw new Error(count.error.code);
    return count.value;
  });
}

function reportRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Lignes écartées' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => text(cell)),
    );
}

// The first render loads the CLV screen's modules: seconds on a busy machine.
/** Catches the file saveFile hands to the browser: its name and its text. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:orders-report';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

function csvFile(name: string, lines: readonly string[]): File {
  return new File([lines.join('\r\n') + '\r\n'], name, { type: 'text/csv' });
}

describe('the orders import of the CLV screen', { timeout: 20_000 }, () => {
  it('reads a French file, reports the refused rows, and stores the rest only once confirmed', async () => {
    const user = await openOrdersTab();
    await upload(user, 'orders-fr.csv');

    await screen.findByText(/4 commandes lisibles, 2 lignes écartées/);
    const body = text(document.body);
    expect(body).toContain('« Client » → Client');
    expect(body).toContain('« Date commande » → Date de la commande');
    expect(body).toContain('« Montant TTC » → Montant');
    expect(body).toContain('« N° commande » → N° de commande');
    expect(body).toMatch(/Ordre des dates : jour\/mois\/année \(31\/12\/2026\), d’après les dates/);
    expect(body).toMatch(/Séparateur décimal : la virgule \(29,33\), d’après les montants/);
    expect(reportRows()).toEqual([
      ['5', 'Date commande', 'Date illisible ou inexistante', '31/02/2025'],
      ['6', 'Client', 'Client manquant', '(vide)'],
    ]);
    expect(
      screen.getByRole('button', { name: 'Télécharger le rapport complet (CSV)' }),
    ).toBeVisible();
    // Nothing is stored before the confirmation, and there is nothing to replace.
    expect(await orderCount()).toBe(0);
    expect(body).not.toContain('Ce plan a déjà');

    await user.click(screen.getByRole('button', { name: 'Importer 4 commandes' }));
    const status = await screen.findByText('4 commandes importées.');
    expect(status).toHaveAttribute('role', 'status');
    expect(await orderCount()).toBe(4);
    const stored = await new OrdersRepository(db, () => 0).ordersOf(PLAN.id);
    expect(stored.ok && stored.value.map((o) => [o.customerId, o.date, o.amount])).toEqual([
      ['C001', '2025-01-15', 2933],
      ['C002', '2025-02-03', 4500],
      ['C001', '2025-03-20', 1250],
      ['C002', '2025-05-05', 125_000],
    ]);
    expect(await screen.findByText(/Import terminé : 4 commandes enregistrées/)).toBeVisible();
  });

  it('says an import over existing orders replaces them', async () => {
    const existing = [1, 2, 3].map((n) => ({
      customerId: `OLD${n}`,
      date: '2024-06-0' + n,
      amount: toCents(1000),
      orderId: null,
    }));
    const written = await new OrdersRepository(db, () => 0).replaceOrders(PLAN.id, existing);
    expect(written.ok).toBe(true);
    const user = await openOrdersTab();
    await upload(user, 'orders-fr.csv');

    expect(
      await screen.findByText('Ce plan a déjà 3 commandes : l’import les remplace toutes.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Importer 4 commandes' }));
    await screen.findByText('4 commandes importées.');
    const stored = await new OrdersRepository(db, () => 0).ordersOf(PLAN.id);
    expect(stored.ok && stored.value.map((o) => o.customerId)).toEqual([
      'C001',
      'C002',
      'C001',
      'C002',
    ]);
  });

  it('offers no import for a header-only file, and says why', async () => {
    const user = await openOrdersTab();
    await upload(user, 'orders-header-only.csv');

    expect(
      await screen.findByText(
        'Import impossible : aucune ligne du fichier n’est une commande lisible.',
      ),
    ).toBeVisible();
    expect(text(document.body)).toContain('0 commande lisible, 0 ligne écartée');
    expect(screen.queryByRole('button', { name: /^Importer \d/ })).toBeNull();
  });

  it('offers no import without an amount column, until the user picks one', async () => {
    const user = await openOrdersTab();
    await upload(user, 'orders-no-amount.csv');

    expect(
      await screen.findByText(
        'Import impossible : aucune colonne pour Montant. Choisissez-la ci-dessous ou corrigez l’en-tête du fichier.',
      ),
    ).toBeVisible();
    expect(text(document.body)).toContain('Montant : aucune colonne trouvée');
    expect(screen.queryByRole('button', { name: /^Importer \d/ })).toBeNull();

    // The file read again with the column the user picked from its own headers.
    const amountColumn = screen.getByLabelText('Colonne du fichier pour : Montant');
    await user.selectOptions(
      amountColumn,
      within(amountColumn).getByRole('option', { name: 'Quantité' }),
    );
    await screen.findByText(/2 commandes lisibles, 0 ligne écartée/);
    expect(text(document.body)).toContain('« Quantité » → Montant');
    // The picks stay on screen once the user has made one.
    expect(screen.getByLabelText('Colonne du fichier pour : Montant')).toHaveValue('2');
    await user.click(screen.getByRole('button', { name: 'Importer 2 commandes' }));
    await screen.findByText('2 commandes importées.');
    expect(await orderCount()).toBe(2);
  });

  it('shows the first 50 refused rows, counts the others, and downloads the whole report', async () => {
    const files = catchDownloads();
    const user = await openOrdersTab();
    const bad = Array.from({ length: 60 }, (_, i) => `C${i};13/01/2025;abc`);
    await user.upload(
      screen.getByLabelText(FILE_INPUT),
      csvFile('many.csv', ['Client;Date;Montant', 'C1;14/01/2025;5,00 €', ...bad]),
    );

    await screen.findByText(/1 commande lisible, 60 lignes écartées/);
    const rows = reportRows();
    expect(rows).toHaveLength(50);
    expect(rows[0]).toEqual(['3', 'Montant', 'Montant illisible', 'abc']);
    expect(screen.getByText('et 10 autres')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Télécharger le rapport complet (CSV)' }));
    expect(files.map((f) => f.name)).toEqual(['commandes-lignes-ecartees.csv']);
    const report = (await files[0]?.blob.text())
      ?.replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(report?.[0]).toBe('Ligne;Colonne;Raison;Valeur');
    expect(report).toHaveLength(61);
    expect(report?.[60]).toBe('62;Montant;Montant illisible;abc');
  });

  it('lets the user say the day order when every date reads both ways', async () => {
    const user = await openOrdersTab();
    await user.upload(
      screen.getByLabelText(FILE_INPUT),
      csvFile('us.csv', [
        'Customer;Order date;Amount',
        'C1;03/04/2025;10,00',
        'C2;05/06/2025;2,50',
      ]),
    );

    await screen.findByText(/2 commandes lisibles, 0 ligne écartée/);
    expect(text(document.body)).toMatch(
      /Ordre des dates : jour\/mois\/année .*, l’ordre habituel du plan/,
    );
    await user.selectOptions(screen.getByLabelText('Lire les dates en'), 'mdy');
    await screen.findByText(
      /Ordre des dates : mois\/jour\/année \(12\/31\/2026\), choisi par vous\./,
    );
    await user.click(screen.getByRole('button', { name: 'Importer 2 commandes' }));
    await screen.findByText('2 commandes importées.');
    const stored = await new OrdersRepository(db, () => 0).ordersOf(PLAN.id);
    expect(stored.ok && stored.value.map((o) => o.date)).toEqual(['2025-03-04', '2025-05-06']);
  });

  it('stores nothing when the user cancels the preview', async () => {
    const user = await openOrdersTab();
    await upload(user, 'orders-fr.csv');
    await screen.findByText(/4 commandes lisibles/);
    await user.click(screen.getByRole('button', { name: 'Annuler' }));

    expect(screen.queryByText(/4 commandes lisibles/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Importer \d/ })).toBeNull();
    expect(screen.getByLabelText(FILE_INPUT)).toBeEnabled();
    expect(await orderCount()).toBe(0);
  });
});
