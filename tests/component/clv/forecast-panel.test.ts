// The forecast tab as a user drives it: a plan with a few hundred simulated orders, a
// calibration date set, the fit run, then the fitted parameters, a customer's row, the sums
// per segment and the holdout's data table; a calibration before the first order says so.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import { type MixplanDb } from '../../../src/db';
import { OrdersRepository } from '../../../src/db/orders-repository';
import { addDays } from '../../../src/domain/clv/days';
import type { Order } from '../../../src/domain/clv/model';
import { simulateCustomers } from '../../../src/domain/clv/simulate-bgnbd';
import { toCents } from '../../../src/domain/money';
import { seededRandom } from '../../../src/domain/roi/random';
import { PLAN, seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

const START = '2025-01-06';
const WEEKS = 52;

/**
 * 150 customers drawn from a BG/NBD over 52 weeks (acquired over the first 20): the first
 * purchase T weeks before the end, the last repeat one at tₓ, the others uniform in between.
 */
function simulatedOrders(): Order[] {
  const random = seededRandom(5);
  const drawn = simulateCustomers({
    customers: 150,
    bgnbd: { r: 1.2, alpha: 4, a: 0.7, b: 3 },
    gammaGamma: { p: 6, q: 4, v: 1500 },
    calibrationLength: WEEKS,
    acquisitionSpread: 20,
    timeGrain: 1 / 7,
    random,
  });
  const orders: Order[] = [];
  drawn.forEach((c, i) => {
    const first = WEEKS * 7 - Math.round(c.T * 7);
    const at = (weeks: number) => addDays(START, first + Math.floor(weeks * 7)) ?? START;
    const amount = toCents(Math.max(100, Math.round(c.mean)));
    const customerId = `client-${i + 1}`;
    orders.push({ customerId, date: at(0), amount: toCents(3000), orderId: null });
    for (let k = 0; k < c.x; k++) {
      orders.push({
        customerId,
        date: at(k === c.x - 1 ? c.tx : random() * c.tx),
        amount,
        orderId: null,
      });
    }
  });
  return orders;
}

let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  const stored = await new OrdersRepository(db, () => 1).replaceOrders(PLAN.id, simulatedOrders());
  if (!stored.ok) throw new Error('orders not stored');
  window.location.hash = '#/clv';
});
afterEach(() => db.close());

async function openForecast() {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await screen.findByRole('heading', { name: /Simulateur de CLV/ }, { timeout: 15_000 });
  await user.click(screen.getByRole('tab', { name: 'Prévision' }));
  const field = await screen.findByLabelText('Date de calibration', {}, { timeout: 8000 });
  return { user, field };
}

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('the forecast tab', () => {
  it('fits on the orders up to the calibration date and shows parameters, customers, segments and the holdout', async () => {
    const { user, field } = await openForecast();
    await fireEvent.input(field, { target: { value: '2025-10-06' } });
    await user.click(screen.getByRole('button', { name: 'Lancer l’ajustement' }));
    await screen.findByText(
      /Ajustement terminé : \d+ clients au 06\/10\/2025/,
      {},
      { timeout: 10000 },
    );

    const params = screen.getByRole('region', { name: /Paramètres ajustés/ });
    expect(text(params)).toMatch(/r et α : la fréquence d’achat des clients actifs varie/);
    expect(text(params)).toMatch(
      /un client actif achète en moyenne r\/α = [\d,]+ fois par semaine/,
    );
    expect(text(params)).toMatch(/a et b : après chaque achat/);
    expect(text(params)).toMatch(/panier moyen de la population v·p\/\(q−1\) = [\d\s,]+€/);
    expect(text(params)).toMatch(
      /BG\/NBD : log-vraisemblance [−-][\d\s,]+, \d+ clients ajustés, \d+ itérations/,
    );

    const customers = screen.getByRole('region', { name: 'Clients' });
    const table = within(customers).getByRole('table');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.length).toBeGreaterThan(0);
    expect(bodyRows.length).toBeLessThanOrEqual(50);
    const cells = (row: Element | undefined) =>
      [...(row?.querySelectorAll('th, td') ?? [])].map((c) => text(c));
    const first = cells(bodyRows[0]);
    expect(first[0]).toMatch(/^client-\d+$/);
    expect(first[1]).toMatch(/^\d+$/);
    expect(first[4]).toMatch(/^[\d,]+ %$/);
    expect(first[7]).toMatch(/^[\d\s,]+ €$/);
    // Sorted by predicted CLV, highest first.
    const euros = (cell: string | undefined) =>
      Number((cell ?? '').replace(/[^\d,]/g, '').replace(',', '.'));
    expect(euros(first[7])).toBeGreaterThanOrEqual(euros(cells(bodyRows[1])[7]));
    expect(within(customers).getByText(/Page 1 sur \d+/)).toBeTruthy();

    const segments = screen.getByRole('region', { name: /Par segment RFM/ });
    const total = within(segments).getByRole('row', { name: /^Total/ });
    const sums = cells(total);
    expect(sums[1]).toBe('150');
    expect(sums[2]).toMatch(/^[\d,]+ %$/);
    // CLV per customer = total ÷ 150, to the cent.
    expect(euros(sums[5])).toBeCloseTo(euros(sums[4]) / 150, 2);
    // At least one named segment above the total.
    expect(within(segments).getAllByRole('row').length).toBeGreaterThan(2);

    const holdout = screen.getByRole('region', { name: /Contrôle sur la période de test/ });
    expect(text(holdout)).toMatch(/\d+ réachats réels, [\d,]+ prévus/);
    const data = within(holdout).getByRole('table', { hidden: true });
    expect(within(data).getAllByRole('row', { hidden: true }).length).toBeGreaterThan(5);
    const header = cells(data.querySelector('thead tr') ?? undefined);
    expect(header).toEqual(['Période', 'Réels (cumul)', 'Prévus (cumul)']);
    const firstPeriod = cells(data.querySelector('tbody tr') ?? undefined);
    expect(firstPeriod[0]).toBe('1');
    expect(firstPeriod[1]).toMatch(/^\d+$/);
    expect(firstPeriod[2]).toMatch(/^[\d,]+$/);
    expect(document.body.textContent ?? '').not.toMatch(/NaN|Infinity|∞/);
  }, 20_000);

  it('says when there is no holdout: calibration on the last order day', async () => {
    const { user, field } = await openForecast();
    const last = field.getAttribute('max') ?? '';
    await fireEvent.input(field, { target: { value: last } });
    await user.click(screen.getByRole('button', { name: 'Lancer l’ajustement' }));
    await screen.findByText(/Ajustement terminé/, {}, { timeout: 10000 });
    expect(
      screen.getByText(/Pas de période de test : la calibration est à la dernière commande/),
    ).toBeTruthy();
  }, 20_000);

  it('gives the reason for a calibration before the first order and does not run', async () => {
    const { field } = await openForecast();
    // The field holds ISO days; the sentence writes the day as a French reader does.
    const first = (field.getAttribute('min') ?? '').split('-').reverse().join('/');
    await fireEvent.input(field, { target: { value: '2024-06-01' } });
    expect(
      await screen.findByText(
        `La date est avant la première commande (${first}) : aucun client n’existe encore à cette date.`,
      ),
    ).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Lancer l’ajustement' })).toHaveProperty(
      'disabled',
      true,
    );
  }, 20_000);
});
