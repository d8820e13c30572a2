// Presenter mode in the app (jsdom, fake IndexedDB): the stored plan's title and key figures
// one slide at a time, moved by the keys of slide software and the buttons, each move
// announced; Esc goes back to the planner; no navigation, no editing control; a plan
// without channels says so instead of showing empty slides.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import type { Language } from '../../../src/i18n';
import { knownPlan, spaced } from '../../unit/present/present-fixture';
import { withCanvas } from '../charts/canvas';
import { openDb, scratchDbName, testEnvironment } from '../harness';

let db: MixplanDb;

beforeEach(() => {
  db = openDb(scratchDbName());
  window.location.hash = '#/present';
  withCanvas();
});

afterEach(() => {
  cleanup();
  db.close();
});

async function store(records: ReturnType<typeof knownPlan>): Promise<void> {
  await db.transaction('rw', db.plans, db.channels, db.budgets, async () => {
    await db.plans.add(records.plan);
    await db.channels.bulkAdd(records.channels);
    await db.budgets.bulkAdd(records.budgets);
  });
}

async function present(language: Language = 'fr') {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: language });
  const title = await screen.findByRole('heading', { level: 1, name: 'Lancement printemps' });
  return { user, title };
}

const slide = () => document.querySelector<HTMLElement>('[data-slide]');
const heading = () => within(slide() ?? document.body).getByRole('heading', { level: 1 });
const announced = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
/** A figure's value as the slide shows it, spaces made plain. */
const figure = (name: string) => {
  const term = within(slide() ?? document.body).getByText(name, { selector: 'dt' });
  return spaced(term.nextElementSibling?.textContent?.trim() ?? '');
};

describe('presenter mode', () => {
  it('opens on the title slide, in focus, without the navigation or any editing control', async () => {
    await store(knownPlan());
    const { title } = await present();
    expect(slide()).toHaveAttribute('data-slide', 'title');
    expect(slide()).toHaveFocus();
    expect(slide()).toHaveAccessibleName('Diapositive 1 sur 7 : Titre');
    expect(spaced(slide()?.textContent ?? '')).toContain('10 000,00 €');
    expect(title).toBeVisible();
    expect(screen.getByText('1 / 7')).toBeVisible();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    for (const role of ['textbox', 'grid', 'spinbutton', 'combobox', 'checkbox'] as const) {
      expect(screen.queryByRole(role)).not.toBeInTheDocument();
    }
  });

  it('shows the key figures of the plan on → and announces the move', async () => {
    await store(knownPlan());
    const { user } = await present();
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Chiffres clés');
    expect(announced()).toBe('Diapositive 2 sur 7 : Chiffres clés');
    expect(figure('Prévu')).toBe('10 000,00 €');
    expect(figure('Engagé')).toBe('2 500,00 €');
    expect(figure('Réalisé')).toBe('2 800,00 €');
    expect(figure('Budget cible')).toBe('9 000,00 €');
    expect(figure('Reste à allouer')).toMatch(/^-1 000,00 €/);
    expect(figure('Média / Hors-média')).toBe('55 % / 45 %');
  });

  it('goes to the last slide on End, back on ←, to the first on Home, and by the buttons', async () => {
    await store(knownPlan());
    const { user } = await present();
    await user.keyboard('{End}');
    expect(slide()).toHaveAttribute('data-slide', 'channels');
    const table = within(slide()!).getByRole('table');
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((r) => r.textContent);
    expect(rows).toEqual(['Télévision', 'Salon', 'Radio', 'Newsletter']);
    expect(announced()).toBe('Diapositive 7 sur 7 : Canaux principaux');
    expect(screen.getByRole('button', { name: /Suivante/ })).toBeDisabled();

    await user.keyboard('{ArrowLeft}');
    expect(slide()).toHaveAttribute('data-slide', 'plan-vs-actual');
    await user.keyboard('{Home}');
    expect(slide()).toHaveAttribute('data-slide', 'title');
    expect(screen.getByRole('button', { name: /Précédente/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /Suivante/ }));
    await user.click(screen.getByRole('button', { name: /Suivante/ }));
    expect(slide()).toHaveAttribute('data-slide', 'monthly');
    expect(heading()).toHaveTextContent('Budget par mois');
    expect(spaced(slide()?.textContent ?? '')).toContain(
      'Mois le plus chargé : mars 2026, 4 000,00 €.',
    );
    // The chart arrives after the first slide, with its data table.
    expect(await within(slide()!).findByRole('figure', {}, { timeout: 5000 })).toBeVisible();
  });

  it('goes back to the planner on Esc, with its navigation', async () => {
    await store(knownPlan());
    const { user } = await present();
    await user.keyboard('{ArrowRight}{Escape}');
    await expect.poll(() => window.location.hash).toBe('#/planner');
    expect(await screen.findByRole('navigation')).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Présenter' })).toHaveAttribute(
      'href',
      '#/present',
    );
    expect(slide()).toBeNull();
  });

  it('writes the plan’s own locale and currency in an English interface', async () => {
    await store(knownPlan({ locale: 'en-US', currency: 'USD' }));
    const { user } = await present('en');
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Key figures');
    expect(figure('Planned')).toBe('$10,000.00');
    expect(announced()).toBe('Slide 2 of 7: Key figures');
  });

  it('says a plan without channels has nothing else to present, on one slide', async () => {
    const { plan } = knownPlan();
    await store({ plan, channels: [], budgets: [] });
    const { user } = await present();
    expect(
      screen.getByText(/Ce plan n’a pas encore de canal : il n’y a rien d’autre à présenter/),
    ).toBeVisible();
    expect(screen.getByText('1 / 1')).toBeVisible();
    await user.keyboard('{ArrowRight}{End}');
    expect(slide()).toHaveAttribute('data-slide', 'title');
    expect(announced()).toBe('');
  });

  it('says there is no plan to present when there is none', async () => {
    render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Aucun plan à présenter' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Retour au planner' })).toHaveAttribute(
      'href',
      '#/planner',
    );
  });
});
