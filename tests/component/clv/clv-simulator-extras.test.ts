// The simulator's remaining outputs as a user drives them: the cohort chart (canvas + table, year
// by year and month by month), the CAC taken from a planner channel (spend ÷ customers, stored,
// following the budget, falling back when the channel is deleted), the orders' figures sent to
// the simulator in one click, and the scenarios side by side.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import { type MixplanDb } from '../../../src/db';
import { OrdersRepository } from '../../../src/db/orders-repository';
import type { Day, Order } from '../../../src/domain/clv/model';
import { toCents } from '../../../src/domain/money';
import { seedPlan, PLAN } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

const EXAMPLE = 'Charger l’exemple : CAC 50 €, panier 20 €, 10 achats par an';
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

async function openScreen() {
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await screen.findByRole('heading', { name: /Simulateur de CLV/ }, { timeout: 5000 });
  return { user, ...view };
}

/** Text as a reader sees it: Intl's narrow spaces as plain ones. */
function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** A table row's cells, each as a reader sees it, one space apart. */
function cells(row: Element | null | undefined): string {
  return [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => text(cell)).join(' ');
}

/** The CLV : CAC figure and its verdict (without the tip's button). */
function ratio(): string {
  const region = screen.getByRole('region', { name: 'Valeur d’un client' });
  const term = within(region).getByText('CLV : CAC', { selector: 'dt' });
  return text(term.parentElement?.querySelector('dd'));
}

function noNaNAnywhere() {
  expect(document.body.textContent ?? '').not.toMatch(/NaN|Infinity|∞/);
}

describe('the cohort chart', () => {
  it(
    'draws a canvas with the cohort as its table, year by year then month by month',
    { timeout: 20_000 },
    async () => {
      const { user } = await openScreen();
      await user.click(screen.getByRole('button', { name: EXAMPLE }));
      const chart = await screen.findByRole('region', { name: 'Cohorte en graphique' });
      expect(within(chart).getByRole('img', { name: /année par année/ })).toBeInTheDocument();
      const years = within(chart).getByRole('table', { name: /année par année/ });
      const rows = within(years).getAllByRole('row');
      expect(rows).toHaveLength(6);
      // Year 1: 80 € of margin against 50 € of CAC; year 5 ends on the discounted CLV.
      expect(cells(rows[1])).toBe('An 1 100 % 80,00 € 50,00 € +30,00 €');
      expect(cells(rows[5])).toContain('167,50 €');

      await user.click(
        within(chart).getByRole('radio', { name: 'Mois par mois (première année)' }),
      );
      const months = within(chart).getByRole('table', { name: /première année mois par mois/ });
      expect(within(months).getAllByRole('row')).toHaveLength(13);
      // Month 1: 80 € ÷ 12 = 6,67 €, 43,33 € short of the CAC.
      expect(cells(within(months).getAllByRole('row')[1])).toMatch(
        /^Mois 1 100 % 6,67 € 50,00 € [−-]43,33 €$/,
      );
      noNaNAnywhere();
    },
  );

  it('shows the first year month by month as a table next to the yearly one', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    const table = await screen.findByRole('table', {
      name: 'Première année, mois par mois (par client acquis)',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(13);
    // Month 7: 0,6^(6/12) ≈ 77,5 % still active.
    expect(cells(rows[7])).toMatch(/^7 77,5 %/);
  });
});

describe('the CAC from a planner channel', () => {
  it('takes the channel’s planned spend ÷ the customers typed, uses it in CLV : CAC, and keeps it', async () => {
    const first = await openScreen();
    const { user } = first;
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    await screen.findByRole('region', { name: 'Valeur d’un client' });
    expect(ratio()).toMatch(/^3,35 : 1/);

    await user.click(screen.getByRole('radio', { name: 'Depuis un canal du plan' }));
    expect(screen.getByLabelText('Canal du plan')).toHaveDisplayValue('Affichage gare');
    // Without customers the typed CAC is still used, and said so.
    expect(await screen.findByText(/Indiquez les clients acquis par ce canal/)).toBeInTheDocument();
    expect(screen.getByLabelText('Coût d’acquisition (CAC)')).toBeInTheDocument();
    // Affichage gare: 1 000 € planned in January + 500 € in February = 1 500 €; ÷ 60 = 25 €.
    await user.type(screen.getByLabelText('Clients acquis par ce canal'), '60');
    expect(text(document.querySelector('[data-cac-from-channel]'))).toContain(
      'CAC depuis le canal : 25,00 €',
    );
    expect(text(document.body)).toContain('CAC = 1 500,00 € ÷ 60 clients = 25,00 €');
    // The typed CAC steps aside while the channel's is used.
    expect(screen.queryByLabelText('Coût d’acquisition (CAC)')).not.toBeInTheDocument();
    // 167,50 € ÷ 25 € = 6,7.
    expect(ratio()).toMatch(/^6,7 : 1.*Très élevé/);
    await expect
      .poll(async () => {
        const [stored] = await db.clvScenarios.toArray();
        return stored && [stored.cacChannelId, stored.cacCustomers];
      })
      .toEqual(['ch-affichage', 60]);
    first.unmount();

    await openScreen();
    await screen.findByRole('region', { name: 'Valeur d’un client' });
    expect(screen.getByLabelText('Clients acquis par ce canal')).toHaveValue('60');
    expect(ratio()).toMatch(/^6,7 : 1/);
  });

  it('follows the plan’s budget, and falls back to the typed CAC when the channel is deleted', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    await screen.findByRole('region', { name: 'Valeur d’un client' });
    await user.click(screen.getByRole('radio', { name: 'Depuis un canal du plan' }));
    await user.type(screen.getByLabelText('Clients acquis par ce canal'), '60');
    expect(ratio()).toMatch(/^6,7 : 1/);

    // February raised from 500 € to 3 500 €: 4 500 € ÷ 60 = 75 €; 167,50 € ÷ 75 € ≈ 2,23.
    const budget = await db.budgets.get('ch-affichage');
    const february = budget?.months['2026-02'];
    if (!budget || !february) throw new Error('the seed has a February amount');
    await db.budgets.put({
      ...budget,
      months: { ...budget.months, '2026-02': { ...february, planned: toCents(350_000) } },
    });
    expect(await screen.findByText('CAC depuis le canal : 75,00 €')).toBeInTheDocument();
    expect(ratio()).toMatch(/^2,23 : 1/);

    await db.channels.delete('ch-affichage');
    expect(
      await screen.findByText(
        'Le canal choisi n’est plus dans le plan : le CAC saisi (50,00 €) est utilisé.',
      ),
    ).toBeInTheDocument();
    expect(ratio()).toMatch(/^3,35 : 1/);
    expect(screen.getByLabelText('Coût d’acquisition (CAC)')).toHaveValue('50');
    noNaNAnywhere();
  });
});

function order(customerId: string, date: string, euros: number): Order {
  return { customerId, date: date as Day, amount: toCents(euros * 100), orderId: null };
}

describe('the orders’ figures into the simulator', () => {
  it('shows basket, purchases and retention with their counts, takes an override, and fills a new scenario', async () => {
    // Two whole years before 30 June 2026: A, B and C order in the first year, A and B again in
    // the second, D only in the second.
    const orders = [
      order('A', '2024-07-01', 100),
      order('A', '2025-08-01', 100),
      order('A', '2026-06-30', 100),
      order('B', '2024-09-01', 50),
      order('B', '2025-09-01', 50),
      order('C', '2024-10-01', 30),
      order('D', '2026-01-15', 70),
    ];
    const stored = await new OrdersRepository(db, () => Date.UTC(2026, 6, 1)).replaceOrders(
      PLAN.id,
      orders,
    );
    expect(stored.ok).toBe(true);
    const { user } = await openScreen();
    await user.click(screen.getByRole('tab', { name: 'Commandes et RFM' }));
    const panel = await screen.findByRole('region', { name: 'Hypothèses tirées des commandes' });
    // 500 € ÷ 7 orders = 71,43 €; 4 orders ÷ 3 active customers = 1,33; 2 of 3 came back.
    expect(within(panel).getByLabelText('Panier moyen constaté')).toHaveValue('71,43');
    expect(text(panel)).toContain('500,00 € de chiffre d’affaires ÷ 7 commandes = 71,43 €');
    expect(text(panel)).toContain(
      '4 commandes du 01/07/2025 au 30/06/2026 ÷ 3 clients actifs sur ces 365 jours = 1,33',
    );
    expect(text(panel)).toContain('2 clients revenus du 01/07/2025 au 30/06/2026');
    expect(text(panel)).toContain('÷ 3 clients actifs du 01/07/2024 au 30/06/2025 = 66,7 %');

    const purchases = within(panel).getByLabelText('Achats par an constatés');
    await user.clear(purchases);
    await user.type(purchases, '2');
    await user.tab();
    expect(within(panel).getByText(/Votre valeur \(calculée : 1,33\)/)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Utiliser dans le simulateur' }));
    // No scenario yet: one is created from the orders, and the simulator shows it.
    expect(await screen.findByRole('option', { name: 'Depuis les commandes' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Simulateur' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByLabelText('Panier moyen')).toHaveValue('71,43');
    expect(screen.getByLabelText('Achats par an')).toHaveValue('2');
    // 2 ÷ 3, rounded as the orders' panel shows it (to a hundredth of a percent).
    expect(screen.getByLabelText('Rétention annuelle')).toHaveValue('66,67');
    await expect
      .poll(async () => (await db.clvScenarios.toArray())[0]?.inputs)
      .toMatchObject({ averageBasket: 7_143, purchasesPerYear: 2, lifetimeYears: null });
    noNaNAnywhere();
  });

  it('gives each figure’s reason when the history is shorter than a year, and sends none', async () => {
    const stored = await new OrdersRepository(db, () => Date.UTC(2026, 6, 1)).replaceOrders(
      PLAN.id,
      [order('A', '2026-03-01', 40), order('B', '2026-05-01', 60)],
    );
    expect(stored.ok).toBe(true);
    const { user } = await openScreen();
    await user.click(screen.getByRole('tab', { name: 'Commandes et RFM' }));
    const panel = await screen.findByRole('region', { name: 'Hypothèses tirées des commandes' });
    expect(within(panel).getByLabelText('Panier moyen constaté')).toHaveValue('50');
    expect(text(panel)).toContain('Non calculable : l’historique couvre moins d’un an.');
    expect(text(panel)).toContain('Non calculable : l’historique couvre moins de deux ans');
    expect(within(panel).getByLabelText('Rétention constatée')).toHaveValue('');
    noNaNAnywhere();
  });
});

describe('the scenarios side by side', () => {
  it('says so with one scenario, then puts two in columns with the best of each row marked', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    await screen.findByRole('region', { name: 'Valeur d’un client' });
    await user.click(screen.getByRole('tab', { name: 'Comparer' }));
    expect(screen.getByText(/Un seul scénario pour l’instant/)).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Simulateur' }));
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    await screen.findByRole('option', { name: 'Exemple : CAC 50 €, panier 20 €', selected: true });
    await expect.poll(async () => (await db.clvScenarios.toArray()).length).toBe(2);
    // The second example with a 30 € basket: m = 30 × 10 × 40 % = 120 €.
    const basket = screen.getByLabelText('Panier moyen');
    await user.clear(basket);
    await user.type(basket, '30');
    await user.tab();

    await user.click(screen.getByRole('tab', { name: 'Comparer' }));
    const table = screen.getByRole('table', { name: /côte à côte/ });
    expect([...table.querySelectorAll('thead th')].map((th) => text(th))).toEqual([
      'Hypothèse ou chiffre',
      'Exemple : CAC 50 €, panier 20 €',
      'Exemple : CAC 50 €, panier 20 €',
    ]);
    expect(screen.queryByText(/Un seul scénario/)).not.toBeInTheDocument();
    const row = (key: string) => table.querySelector(`[data-row="${key}"]`);
    expect(cells(row('basket'))).toBe('Panier moyen 20,00 € 30,00 € meilleur');
    expect(cells(row('yearlyMargin'))).toBe('Marge annuelle par client 80,00 € 120,00 € meilleur');
    expect(cells(row('simple'))).toBe('CLV simple 200,00 € 300,00 € meilleur');
    // 167,50 € × 1,5 = 251,25 €; ÷ 50 € = 3,35 and 5,03.
    expect(cells(row('discounted'))).toBe(
      'CLV actualisée sur l’horizon 167,50 € 251,25 € meilleur',
    );
    expect(cells(row('ratio'))).toMatch(/^CLV : CAC 3,35 : 1 Sain.*5,03 : 1 meilleur Très élevé/);
    // 50 € ÷ (120 € ÷ 12) = 5 months, the shorter.
    expect(cells(row('payback'))).toBe('Retour sur le CAC 7,5 mois 5 mois meilleur');
    // Same CAC in both: nothing to mark.
    expect(row('cac')?.querySelector('[data-best]')).toBeNull();
    noNaNAnywhere();
  });
});
