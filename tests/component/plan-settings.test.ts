// Plan settings: amounts are read exactly in the plan's number format, bad input is refused
// with the field named, a storage failure shows a message without losing the input, and a
// new first month or length says what it hides, or shifts the amounts with it.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import type { MixplanDb } from '../../src/db';
import { seedPlan } from './data/seed';
import { openDb, scratchDbName, testEnvironment } from './harness';
import PlanSettingsHarness from './PlanSettingsHarness.svelte';

let db: MixplanDb;

async function startWithEmptyPlan(language: 'fr' | 'en' = 'fr') {
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: language });
  const label = language === 'fr' ? 'Commencer un plan vide' : 'Start an empty plan';
  await user.click(await screen.findByRole('button', { name: label }));
  // The first test pays for loading the planner's code into the test DOM.
  await user.click(
    await screen.findByRole(
      'tab',
      { name: language === 'fr' ? 'Réglages du plan' : 'Plan settings' },
      { timeout: 5000 },
    ),
  );
  await screen.findByRole('heading', {
    name: language === 'fr' ? 'Réglages du plan' : 'Plan settings',
  });
  return { user, ...view };
}

beforeEach(() => {
  db = openDb(scratchDbName());
  window.location.hash = '#/planner';
});

afterEach(() => db.close());

describe('plan settings', () => {
  it('stores "12,5" as 12,50 (1 250 cents), never 12', async () => {
    const { user, unmount } = await startWithEmptyPlan();
    const budget = screen.getByRole('textbox', { name: 'Budget cible (EUR)' });
    await user.type(budget, '12,5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Réglages du plan enregistrés.');
    const [plan] = await db.plans.toArray();
    expect(plan?.targetBudget).toBe(1250);

    unmount();
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    await userEvent.click(await screen.findByRole('tab', { name: 'Réglages du plan' }));
    expect(await screen.findByRole('textbox', { name: 'Budget cible (EUR)' })).toHaveValue('12,50');
  });

  it('reads "1 234,56 €" with a narrow no-break space exactly', async () => {
    const { user } = await startWithEmptyPlan();
    await user.type(screen.getByRole('textbox', { name: 'Budget cible (EUR)' }), '1\u202f234,56 €');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Réglages du plan enregistrés.');
    expect((await db.plans.toArray())[0]?.targetBudget).toBe(123456);
  });

  it('refuses "abc" with a message naming the field, and stores nothing', async () => {
    const { user } = await startWithEmptyPlan();
    const budget = screen.getByRole('textbox', { name: 'Budget cible (EUR)' });
    await user.type(budget, 'abc');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Budget cible : « abc » n’est pas un nombre.',
    );
    expect(budget).toHaveAttribute('aria-invalid', 'true');
    expect(budget).toHaveValue('abc');
    expect((await db.plans.toArray())[0]?.targetBudget).toBeNull();
  });

  it('names every bad field at once', async () => {
    const { user } = await startWithEmptyPlan('en');
    await user.clear(screen.getByRole('textbox', { name: 'Plan name' }));
    await user.type(screen.getByRole('textbox', { name: 'Target budget (GBP)' }), '12,5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Plan name: required.');
    expect(alert).toHaveTextContent('Target budget: “12,5” is ambiguous');
  });

  it('shows a storage error and keeps what the user typed when the disk is full', async () => {
    const { user } = await startWithEmptyPlan();
    const before = await db.plans.toArray();
    db.plans.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const name = screen.getByRole('textbox', { name: 'Nom du plan' });
    await user.clear(name);
    await user.type(name, 'Plan printemps');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le stockage du navigateur est plein',
    );
    expect(name).toHaveValue('Plan printemps');
    expect(await db.plans.toArray()).toEqual(before);
  });
});

describe('language', () => {
  it('switches every string to English and remembers it', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    const first = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    const select = await screen.findByRole('combobox', { name: 'Langue de l’interface' });
    await user.selectOptions(select, 'en');
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    expect(within(nav).getByRole('link', { name: 'Planner' })).toBeInTheDocument();
    await vi.waitFor(async () => expect((await db.meta.get('language'))?.value).toBe('en'));
    first.unmount();

    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
  });
});

describe('moving the plan’s first month or changing its length', () => {
  async function openSettings() {
    await seedPlan(db);
    const user = userEvent.setup();
    render(PlanSettingsHarness, { db, env: testEnvironment() });
    const firstMonth = await screen.findByLabelText('Premier mois');
    const setFirstMonth = (value: string) => fireEvent.input(firstMonth, { target: { value } });
    return { user, setFirstMonth };
  }

  async function storedMonths(): Promise<Record<string, unknown>> {
    return (await db.budgets.get('ch-affichage'))?.months ?? {};
  }

  /** What the warning says (its legend, which names the group), with Intl's spaces as plain ones. */
  function said(group: HTMLElement): string {
    return (group.querySelector('legend')?.textContent ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .trim();
  }

  const JANUARY = { planned: 100_000, committed: 0, actual: 90_000 };
  const FEBRUARY = { planned: 50_000, committed: 0, actual: 0 };

  it('says before saving how many amounts and what total the new window hides, and that they are kept', async () => {
    const { user, setFirstMonth } = await openSettings();
    expect(screen.queryByRole('group', { name: /hors de la nouvelle période/ })).toBeNull();

    await setFirstMonth('2026-02');
    const warning = await screen.findByRole('group', { name: /hors de la nouvelle période/ });
    expect(said(warning)).toBe(
      '2 montants tombent hors de la nouvelle période (janvier 2026) : prévu 1 000,00 €, réalisé 900,00 €. Ils restent enregistrés et réapparaîtront dès que la période les couvrira de nouveau.',
    );
    expect(
      within(warning).getByRole('radio', { name: /Garder chaque montant à son mois/ }),
    ).toBeChecked();

    // Kept: saved as it is, January is hidden but still stored; moved back, it is there.
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Réglages du plan enregistrés.');
    expect((await db.plans.get('plan-1'))?.firstMonth).toBe('2026-02');
    expect(await storedMonths()).toEqual({ '2026-01': JANUARY, '2026-02': FEBRUARY });
    await vi.waitFor(() =>
      expect(screen.queryByRole('group', { name: /hors de la nouvelle période/ })).toBeNull(),
    );
    await setFirstMonth('2026-01');
    expect(screen.queryByRole('group', { name: /hors de la nouvelle période/ })).toBeNull();
  });

  it('counts every layer of every month the new window leaves out', async () => {
    const { setFirstMonth } = await openSettings();
    await setFirstMonth('2026-03');
    const warning = await screen.findByRole('group', { name: /hors de la nouvelle période/ });
    expect(said(warning)).toMatch(
      /^3 montants tombent hors de la nouvelle période \(janvier 2026 à février 2026\) : prévu 1 500,00 €, réalisé 900,00 €\./,
    );
  });

  it('offers to shift every amount by the months the plan moved, and stores them shifted', async () => {
    const { user, setFirstMonth } = await openSettings();
    await setFirstMonth('2026-02');
    const warning = await screen.findByRole('group', { name: /hors de la nouvelle période/ });
    await user.click(
      within(warning).getByRole('radio', {
        name: 'Décaler chaque montant de 1 mois, comme le premier mois (janvier 2026 → février 2026)',
      }),
    );
    expect(warning).toHaveTextContent('Après le décalage, tous les montants sont dans la période.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await screen.findByText('Réglages du plan enregistrés, montants décalés de 1 mois.');
    expect((await db.plans.get('plan-1'))?.firstMonth).toBe('2026-02');
    expect(await storedMonths()).toEqual({ '2026-02': JANUARY, '2026-03': FEBRUARY });
    // The open planners reload: the plan's revision moved in the same transaction.
    expect((await db.meta.get('revision:plan-1'))?.value).toBe(1);
    await vi.waitFor(() =>
      expect(screen.queryByRole('group', { name: /hors de la nouvelle période/ })).toBeNull(),
    );
  });
});
