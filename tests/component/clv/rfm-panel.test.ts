// The RFM part of the CLV screen as a user drives it: orders already stored, the "Commandes
// et RFM" tab shows the segments of a hand-made set of customers, pages and filters the
// customers, keeps a renamed segment across a remount, refuses a bad range at its field, and
// exports the customers as a French CSV.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import { type MixplanDb } from '../../../src/db';
import { OrdersRepository } from '../../../src/db/orders-repository';
import type { Day, Order } from '../../../src/domain/clv/model';
import { toCents } from '../../../src/domain/money';
import { PLAN, seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

let db: MixplanDb;
const AS_OF = Date.UTC(2026, 5, 30);

function dayBefore(days: number): Day {
  return new Date(AS_OF - days * 86_400_000).toISOString().slice(0, 10) as Day;
}

/** `count` orders of `euros` each, on consecutive days ending `recency` days before 30 June. */
function customer(id: string, recency: number, count: number, euros: number): Order[] {
  return Array.from({ length: count }, (_, k) => ({
    customerId: id,
    date: dayBefore(recency + count - 1 - k),
    amount: toCents(euros * 100),
    orderId: null,
  }));
}

/**
 * Ten customers, two per fifth of every dimension (no ties), ranked so that F and M agree:
 *   c01 c02  R 5 (0, 1 day)     F 5 (10, 9 orders)  M 5 (1 000, 900 €)  → Champions
 *   c03 c04  R 4 (10, 20 days)  F 2 (4, 3)          M 2 (100, 90 €)     → Fidèles en devenir
 *   c05 c06  R 3 (50, 60)       F 3 (6, 5)          M 3 (300, 250 €)    → À surveiller
 *   c07 c08  R 2 (100, 120)     F 4 (8, 7)          M 4 (800, 700 €)    → À risque
 *   c09 c10  R 1 (300, 400)     F 1 (2, 1)          M 1 (50, 40 €)      → Perdus
 */
const HAND_MADE: Order[] = [
  ...customer('c01', 0, 10, 100),
  ...customer('c02', 1, 9, 100),
  ...customer('c03', 10, 4, 25),
  ...customer('c04', 20, 3, 30),
  ...customer('c05', 50, 6, 50),
  ...customer('c06', 60, 5, 50),
  ...customer('c07', 100, 8, 100),
  ...customer('c08', 120, 7, 100),
  ...customer('c09', 300, 2, 25),
  ...customer('c10', 400, 1, 40),
];

/** 120 customers of one order each, one a day: 3 pages of customers. */
const MANY: Order[] = Array.from({ length: 120 }, (_, i) =>
  customer(`m${String(i + 1).padStart(3, '0')}`, i, 1, 10 + i),
).flat();

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/clv';
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

async function openRfm(orders: readonly Order[]) {
  const stored = await new OrdersRepository(db, () => AS_OF).replaceOrders(PLAN.id, orders);
  if (!stored.ok) throw new Error(stored.error.code);
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await user.click(await screen.findByText('Commandes et RFM', {}, { timeout: 15_000 }));
  await screen.findByText('Segments RFM', { selector: 'h2' });
  return { user, ...view };
}

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

// CSS queries rather than roles: the whole CLV screen is in the DOM, and role queries over it
// take seconds in jsdom.
function segmentsTable(): HTMLElement {
  const table = document.querySelector<HTMLElement>('table.segments');
  if (!table) throw new Error('no segment table');
  return table;
}

function segmentNames(): string[] {
  return Array.from(segmentsTable().querySelectorAll('tbody th'), (cell) => text(cell));
}

function segmentRow(name: string): string[] {
  const rows = Array.from(segmentsTable().querySelectorAll('tbody tr'));
  const row = rows.find((r) => text(r.querySelector('th')) === name);
  if (!row) throw new Error(`no segment ${name} in ${segmentNames().join(', ')}`);
  return Array.from(row.children, (cell) => text(cell));
}

function customersTable(): HTMLElement {
  const table = document.querySelector<HTMLElement>('table.customers');
  if (!table) throw new Error('no customer table');
  return table;
}

/** The rules editor's fieldset of one segment. */
function ruleGroup(legend: string): HTMLElement {
  const groups = Array.from(document.querySelectorAll<HTMLElement>('details.editor fieldset'));
  const group = groups.find((g) => text(g.querySelector('legend')) === legend);
  if (!group) throw new Error(`no rule ${legend}`);
  return group;
}

function customerRows(): HTMLElement[] {
  const body = customersTable().querySelector('tbody');
  return body ? Array.from(body.querySelectorAll('tr')) : [];
}

describe('the RFM tab', () => {
  it('counts customers and revenue per segment as the hand-made orders say', async () => {
    await openRfm(HAND_MADE);
    expect(segmentRow('Champions')).toEqual([
      'Champions',
      '2',
      '20 %',
      '1 900,00 €',
      // 1 900 of 4 230 €
      '44,9 %',
      'Récompenser, en faire des ambassadeurs',
    ]);
    expect(segmentRow('Fidèles en devenir').slice(1, 5)).toEqual([
      '2',
      '20 %',
      '190,00 €',
      '4,5 %',
    ]);
    expect(segmentRow('À surveiller').slice(1, 4)).toEqual(['2', '20 %', '550,00 €']);
    expect(segmentRow('À risque').slice(1, 4)).toEqual(['2', '20 %', '1 500,00 €']);
    expect(segmentRow('Perdus').slice(1, 4)).toEqual(['2', '20 %', '90,00 €']);
    expect(segmentRow('Fidèles').slice(1, 4)).toEqual(['0', '0 %', '0,00 €']);
    // Rule order: the table lists segments as the rules do.
    expect(segmentNames().slice(0, 3)).toEqual(['Champions', 'Fidèles', 'Fidèles en devenir']);
    // The bands given, as of the last order: R 5 covers 0 to 1 day, two customers.
    const recency = screen.getByText('R — jours depuis la dernière commande').closest('table');
    const best = recency?.querySelector('tbody tr');
    expect(Array.from(best?.children ?? [], (cell) => text(cell))).toEqual(['5', 'de 0 à 1', '2']);
    expect(document.body.textContent).toContain('au 30/06/2026');
    expect(screen.getByText(/En savoir plus/).getAttribute('href')).toBe('#/learn?entry=rfm');
    expect(document.body.textContent ?? '').not.toMatch(/NaN|Infinity/);
  }, 20_000);

  it('pages the customers 50 at a time and filters them by segment', async () => {
    const { user } = await openRfm(MANY);
    expect(screen.getByText('120 clients — page 1 sur 3')).toBeTruthy();
    expect(customerRows()).toHaveLength(50);
    // Sorted by amount, largest first: m120 spent 129 €.
    expect(text(customerRows()[0]?.querySelector('th') ?? null)).toBe('m120');
    await user.click(screen.getByText('Page suivante'));
    await user.click(screen.getByText('Page suivante'));
    expect(screen.getByText('120 clients — page 3 sur 3')).toBeTruthy();
    expect(customerRows()).toHaveLength(20);
    // Sort by customer id, ascending.
    await user.click(within(customersTable()).getByText('Client', { selector: 'button' }));
    expect(screen.getByText('120 clients — page 1 sur 3')).toBeTruthy();
    expect(text(customerRows()[0]?.querySelector('th') ?? null)).toBe('m001');

    // The recent customers spent the least: R 4–5 with FM 2–2,5, "Fidèles en devenir".
    const count = Number(segmentRow('Fidèles en devenir')[1]);
    expect(count).toBeGreaterThan(0);
    await user.selectOptions(screen.getByLabelText('Segment affiché'), 'Fidèles en devenir');
    expect(screen.getByText(`${count} clients — page 1 sur 1`)).toBeTruthy();
    expect(customerRows()).toHaveLength(count);
    for (const row of customerRows()) {
      expect(text(row.querySelector('.segment'))).toBe('Fidèles en devenir');
    }
  }, 20_000);

  it('keeps a renamed segment across a remount', async () => {
    const { user, unmount } = await openRfm(HAND_MADE);
    await user.click(screen.getByText('Modifier les segments'));
    const group = ruleGroup('Champions');
    const name = within(group).getByLabelText('Nom');
    await user.clear(name);
    await user.type(name, 'Nos stars');
    await user.click(screen.getByText('Enregistrer les segments'));
    await screen.findByText('Segments enregistrés.');
    await screen.findByText('Nos stars', { selector: 'table.segments th' });
    expect(segmentRow('Nos stars')[1]).toBe('2');
    expect((await db.clvSettings.get(PLAN.id))?.segmentNames).toEqual({ champions: 'Nos stars' });

    unmount();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    await userEvent.setup().click(await screen.findByText('Commandes et RFM'));
    await screen.findByText('Nos stars', { selector: 'table.segments th' });
    expect(segmentRow('Nos stars')[1]).toBe('2');
  }, 20_000);

  it('shows a bad range at its field and saves nothing', async () => {
    const { user } = await openRfm(HAND_MADE);
    await user.click(screen.getByText('Modifier les segments'));
    const group = ruleGroup('Champions');
    const rMax = within(group).getByLabelText('R max');
    await user.clear(rMax);
    await user.type(rMax, '6');
    await user.click(screen.getByText('Enregistrer les segments'));
    const issue = group.querySelector('[role="alert"]');
    expect(text(issue)).toMatch(/Plage invalide/);
    expect(rMax.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Corrigez les champs signalés : rien n’a été enregistré.'),
    ).toBeTruthy();
    expect(await db.clvSettings.count()).toBe(0);
    expect(segmentRow('Champions')[1]).toBe('2');
  }, 20_000);

  it('exports the customers as a French CSV', async () => {
    const files: { name: string; blob: Blob }[] = [];
    let last: Blob | null = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      last = blob;
      return 'blob:rfm';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (last) files.push({ name: this.download, blob: last });
    });
    const { user } = await openRfm(HAND_MADE);
    await user.click(screen.getByText('Exporter les clients (CSV)'));
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/clients-rfm\.csv$/);
    const lines = (await files[0]!.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Client;Première commande;Dernière commande;Récence (jours);Fréquence;Montant;R;F;M;Code RFM;Segment',
    );
    expect(lines).toContain('c01;2026-06-21;2026-06-30;0;10;1000,00;5;5;5;555;Champions');
    expect(lines).toContain('c10;2025-05-26;2025-05-26;400;1;40,00;1;1;1;111;Perdus');
    expect(lines.filter((line) => line !== '')).toHaveLength(11);
  });
});
