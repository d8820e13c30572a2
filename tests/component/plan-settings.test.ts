// Plan settings: amounts are read exactly in the plan's number format, bad input is refused
// with the field named, and a storage failure shows a message without losing the input.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import type { MixplanDb } from '../../src/db';
import { openDb, scratchDbName, testEnvironment } from './harness';

let db: MixplanDb;

async function startWithEmptyPlan(language: 'fr' | 'en' = 'fr') {
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: language });
  const label = language === 'fr' ? 'Commencer un plan vide' : 'Start an empty plan';
  await user.click(await screen.findByRole('button', { name: label }));
  await user.click(
    await screen.findByRole('tab', {
      name: language === 'fr' ? 'Réglages du plan' : 'Plan settings',
    }),
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
