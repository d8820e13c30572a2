// The Learn page's guided examples in the app: four cards, each saying what it shows and the
// figures to look at; Load writes the example (marked) and opens the planner on it; Remove
// asks first, naming the example plans, and removes them only, the user's plan staying.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { EXAMPLE_IDS } from '../../../src/domain/examples';
import type { Plan } from '../../../src/domain/plan';
import { openDb, scratchDbName, testEnvironment } from '../harness';

let db: MixplanDb;

const OWN: Plan = {
  id: 'own',
  name: 'Mon plan à moi',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Plan['firstMonth'],
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};

async function openExamples() {
  window.location.hash = '#/learn';
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  const region = await screen.findByRole('region', { name: 'Exemples guidés' }, { timeout: 5000 });
  await within(region).findByRole('button', { name: 'Retirer les exemples' }, { timeout: 5000 });
  const cards = () =>
    within(region)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.example);
  return { user, region, cards };
}

beforeEach(async () => {
  db = openDb(scratchDbName());
  await db.plans.add(OWN);
});

afterEach(() => db.close());

describe('the guided examples on the Learn page', () => {
  it('shows four cards, each with what it shows and the figures to look at', async () => {
    const { cards } = await openExamples();
    expect(cards().map((c) => c.dataset.example)).toEqual([...EXAMPLE_IDS]);
    const shop = cards()[0]!;
    expect(
      within(shop).getByRole('heading', { name: 'Une boutique de vêtements passe à l’omnicanal' }),
    ).toBeInTheDocument();
    expect(within(shop).getByText('À regarder')).toBeInTheDocument();
    // Each pointer carries its figure, written as its screen writes it (never a raw placeholder).
    for (const card of cards()) {
      const pointers = card.querySelectorAll('[data-pointer]');
      expect(pointers.length).toBeGreaterThanOrEqual(4);
      for (const p of pointers) expect(p.textContent).toMatch(/\d/);
      expect(card.textContent).not.toMatch(/\{|examples\./);
    }
    const ratio = shop.querySelector('[data-pointer="clvRatio"]')!.textContent!;
    expect(ratio).toMatch(/\d+,\d{1,2} : 1/);
    const sql = cards()[2]!.querySelector('[data-pointer="sql"]')!.textContent!;
    expect(sql).toMatch(/\(SQL\) : \d+ sur 200/);
  }, 20_000);

  it('loads an example on Load, marked, and opens the planner on it', async () => {
    const { user, cards } = await openExamples();
    await user.click(within(cards()[1]!).getByRole('button', { name: 'Charger l’exemple' }));
    await expect.poll(() => window.location.hash, { timeout: 5000 }).toBe('#/planner');
    const plans = await db.plans.toArray();
    const example = plans.find((p) => p.example === 'open-day');
    expect(example?.name).toBe('Atelier Terre & Feu — portes ouvertes');
    expect(await db.channels.where('planId').equals(example!.id).count()).toBe(7);
    expect(await db.meta.get('currentPlanId')).toEqual({
      key: 'currentPlanId',
      value: example!.id,
    });
    // The plan list marks it, and only it, as an example.
    const list = await screen.findByRole('region', { name: 'Mes plans' }, { timeout: 5000 });
    const open = await within(list).findByRole('button', { name: /Atelier Terre & Feu/ });
    expect(open).toHaveTextContent('Exemple');
    expect(within(list).getByRole('button', { name: /Mon plan à moi/ })).not.toHaveTextContent(
      'Exemple',
    );
  }, 20_000);

  it('asks before removing, names the example plans, then removes only them', async () => {
    const { user, cards } = await openExamples();
    await user.click(within(cards()[3]!).getByRole('button', { name: 'Charger l’exemple' }));
    await expect.poll(() => window.location.hash, { timeout: 5000 }).toBe('#/planner');
    window.location.hash = '#/learn';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const again = await screen.findByRole('region', { name: 'Exemples guidés' }, { timeout: 5000 });
    const remove = await within(again).findByRole('button', { name: 'Retirer les exemples' });
    await expect.poll(() => remove.hasAttribute('disabled'), { timeout: 5000 }).toBe(false);

    await user.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Retirer les exemples ?' });
    expect(
      within(dialog).getByText('Maison Brunet — dégustation et coupon SMS'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('Mon plan à moi')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(await db.plans.count()).toBe(2);

    await user.click(remove);
    const confirm = await screen.findByRole('dialog', { name: 'Retirer les exemples ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Retirer' }));
    await expect
      .poll(async () => (await db.plans.toArray()).map((p) => p.id), { timeout: 5000 })
      .toEqual(['own']);
    expect(await db.channels.count()).toBe(0);
    expect(await db.roiScenarios.count()).toBe(0);
  }, 20_000);

  it('is linked from the welcome screen of a first visit, which brings it into view', async () => {
    await db.plans.clear();
    window.location.hash = '#/planner';
    const user = userEvent.setup();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const link = await screen.findByRole(
      'link',
      { name: 'Ou découvrir les exemples guidés' },
      { timeout: 5000 },
    );
    expect(link).toHaveAttribute('href', '#/learn?figure=guided-examples');
    await user.click(link);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const region = await screen.findByRole(
      'region',
      { name: 'Exemples guidés' },
      { timeout: 5000 },
    );
    await expect.poll(() => document.activeElement === region, { timeout: 5000 }).toBe(true);
  }, 20_000);

  it('once loaded, shows each figure to look at on its screen, in the example’s plan', async () => {
    const { user, cards } = await openExamples();
    expect(within(cards()[0]!).queryByRole('button', { name: 'Voir' })).toBeNull();
    await user.click(within(cards()[0]!).getByRole('button', { name: 'Charger l’exemple' }));
    await expect.poll(() => window.location.hash, { timeout: 5000 }).toBe('#/planner');
    const example = (await db.plans.toArray()).find((p) => p.example === 'omnichannel-shop')!;
    // The user opens their own plan again, then comes back to the example's pointers.
    await db.meta.put({ key: 'currentPlanId', value: 'own' });
    window.location.hash = '#/learn';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const region = await screen.findByRole(
      'region',
      { name: 'Exemples guidés' },
      { timeout: 5000 },
    );
    const shop = await within(region).findByRole('listitem', {
      name: 'Une boutique de vêtements passe à l’omnicanal',
    });
    const shows = await within(shop).findAllByRole('button', { name: 'Voir' });
    expect(shows).toHaveLength(5);
    expect(shows[0]).toHaveAccessibleDescription(/^Part du hors-média dans le budget prévu : /);
    await user.click(shows[0]!);
    await expect
      .poll(() => window.location.hash, { timeout: 5000 })
      .toBe('#/planner?tab=budget&figure=media-split');
    expect(await db.meta.get('currentPlanId')).toEqual({ key: 'currentPlanId', value: example.id });
  }, 20_000);
});
