// The ROI screen as a user drives it: the worked example in one click, break-even at ROI 0 %,
// bad input refused at its field with no NaN anywhere, a scenario that survives a reload, a
// scenario read from the plan's planned spend, and two scenarios compared side by side.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

const EXAMPLE = 'Charger l’exemple : 10 000 € → 40 000 €';
const FROM_PLAN = 'Nouveau scénario à partir du plan';
let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/roi';
});
afterEach(() => db.close());

async function openScreen() {
  const user = userEvent.setup();
  const view = render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  // The first render of the file pays for loading the screen's code.
  await screen.findByRole('heading', { name: /Simulateur de ROI/ }, { timeout: 5000 });
  return { user, ...view };
}

async function loadExample(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getAllByRole('button', { name: EXAMPLE })[0] ?? never());
  return screen.findByRole('region', { name: 'Total du scénario' });
}

function never(): never {
  throw new Error('missing element');
}

/** An element's text as a reader sees it: Intl's narrow spaces as plain ones. */
function text(element: HTMLElement): string {
  return element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The value shown for an output of a results block, by its label. */
function output(region: HTMLElement, label: string | RegExp): string {
  const term = within(region).getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** A number field by its label (a percent field's label also holds its "%" unit). */
function field(label: string): HTMLElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return screen.getByLabelText(new RegExp(`^${escaped}( %)?$`));
}

function noNaNAnywhere() {
  const text = document.body.textContent ?? '';
  expect(text).not.toMatch(/NaN|Infinity|∞/);
}

describe('the ROI screen', () => {
  it('without any plan, says so and links to the planner', async () => {
    const empty = openDb(scratchDbName());
    render(App, { db: empty, env: testEnvironment(), defaultLanguage: 'fr' });
    const link = await screen.findByRole(
      'link',
      { name: 'Ouvrir le planificateur' },
      { timeout: 5000 },
    );
    expect(link).toHaveAttribute('href', '#/planner');
    expect(screen.getByText(/Aucun plan n’est ouvert/)).toBeInTheDocument();
    empty.close();
  });

  it('offers two ways to start on a plan with no scenario', async () => {
    await openScreen();
    expect(screen.getByText('Ce plan n’a pas encore de scénario de ROI.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: FROM_PLAN })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: EXAMPLE })).toBeInTheDocument();
  });

  it('loads the worked example: ROI 300 %, ROAS 400 %, net gain 30 000,00 €, the ROI tip filled', async () => {
    const { user } = await openScreen();
    const total = await loadExample(user);
    // (40 000 − 10 000) ÷ 10 000 = 300 %; 40 000 ÷ 10 000 = 400 %.
    expect(output(total, 'ROI')).toBe('300 %');
    expect(output(total, 'ROAS')).toBe('400 %');
    expect(output(total, 'Gain net')).toBe('30 000,00 €');
    expect(output(total, 'Gains (chiffre d’affaires)')).toBe('40 000,00 €');
    // Why "ROI above 100 % means profit" is wrong, said next to the figure.
    expect(within(total).getByText(/le point mort est à ROI 0 %/)).toBeInTheDocument();

    const line = screen.getByRole('region', { name: 'Résultats de « Campagne exemple »' });
    await user.click(within(line).getByRole('button', { name: 'À propos de : ROI' }));
    expect(screen.getByRole('dialog', { name: 'ROI' })).toHaveTextContent(
      'ROI = (40 000,00 € − 10 000,00 €) ÷ 10 000,00 € = 300 %',
    );
  });

  it('revenue equal to the cost reads ROI 0 % and ROAS 100 %: break-even', async () => {
    const { user } = await openScreen();
    const total = await loadExample(user);
    const revenue = screen.getByLabelText('Chiffre d’affaires généré');
    await user.clear(revenue);
    await user.type(revenue, '10000');
    // (10 000 − 10 000) ÷ 10 000 = 0 %; 10 000 ÷ 10 000 = 100 %.
    expect(output(total, 'ROI')).toBe('0 %');
    expect(output(total, 'ROAS')).toBe('100 %');
    expect(output(total, 'Gain net')).toBe('0,00 €');
  });

  it('switching the gains to gross margin labels them so and recomputes ROI', async () => {
    const { user } = await openScreen();
    const total = await loadExample(user);
    await user.click(screen.getByRole('radio', { name: 'la marge brute' }));
    // The example keeps a 40 % margin: gains 16 000 €, ROI (16 000 − 10 000) ÷ 10 000 = 60 %.
    expect(output(total, 'Gains (marge brute)')).toBe('16 000,00 €');
    expect(output(total, 'ROI')).toBe('60 %');
    expect(output(total, 'ROAS')).toBe('400 %');
  });

  it('refuses a negative cost at its field, with the reason, and shows no NaN', async () => {
    const { user } = await openScreen();
    const total = await loadExample(user);
    const media = screen.getByLabelText('Achat média');
    await user.clear(media);
    await user.type(media, '-50');
    expect(media).toHaveAccessibleDescription('Ne peut pas être négatif.');
    const line = screen.getByRole('region', { name: 'Résultats de « Campagne exemple »' });
    expect(line).toHaveTextContent('Achat média : Ne peut pas être négatif.');
    expect(total).toHaveTextContent('Le total attend que chaque campagne soit corrigée');
    expect(within(total).queryByText('ROI', { selector: 'dt' })).toBeNull();
    noNaNAnywhere();
  });

  it('refuses a 120 % click rate at its field, with the reason, and shows no NaN', async () => {
    const { user } = await openScreen();
    await loadExample(user);
    await user.click(screen.getByRole('radio', { name: 'un entonnoir (impressions → clients)' }));
    const ctr = field('Taux de clic (CTR)');
    await user.clear(ctr);
    await user.type(ctr, '120');
    expect(ctr).toHaveAccessibleDescription('Un taux ne peut pas dépasser 100 %.');
    const line = screen.getByRole('region', { name: 'Résultats de « Campagne exemple »' });
    expect(line).toHaveTextContent('Taux de clic : Un taux ne peut pas dépasser 100 %.');
    noNaNAnywhere();
  });

  it('a funnel shows clicks, leads, customers, unit costs and the break-even close rate', async () => {
    const { user } = await openScreen();
    await loadExample(user);
    await user.click(screen.getByRole('radio', { name: 'un entonnoir (impressions → clients)' }));
    const type = async (label: string, text: string) => {
      const input = field(label);
      await user.clear(input);
      await user.type(input, text);
    };
    await type('Impressions', '1000000');
    await type('Taux de clic (CTR)', '1');
    await type('Taux de conversion en lead', '10');
    await type('Taux de closing (leads → clients)', '20');
    await type('Panier moyen', '50');
    const line = screen.getByRole('region', { name: 'Résultats de « Campagne exemple »' });
    // 1 000 000 × 1 % = 10 000 clicks; × 10 % = 1 000 leads; × 20 % = 200 customers;
    // revenue 200 × 50 € = 10 000 €: break-even on 10 000 € of media.
    expect(output(line, 'Clics')).toBe('10 000');
    expect(output(line, 'Leads')).toBe('1 000');
    expect(output(line, 'Clients')).toBe('200');
    expect(output(line, 'ROI')).toBe('0 %');
    // CPM = 10 000 € ÷ 1 000 000 × 1 000 = 10 €; CPC = 1 €; CPL = 10 €; CAC = 50 €.
    expect(output(line, 'CPM (coût pour mille)')).toBe('10,00 €');
    expect(output(line, 'CPC (coût par clic)')).toBe('1,00 €');
    expect(output(line, 'CPL (coût par lead)')).toBe('10,00 €');
    expect(output(line, 'CAC (coût d’acquisition client)')).toBe('50,00 €');
    // Break-even close rate = 10 000 € ÷ (1 000 × 50 €) = 20 %.
    expect(output(line, 'Taux de closing d’équilibre')).toBe('20 %');

    await type('Taux de closing (leads → clients)', '1');
    await type('Panier moyen', '5');
    // 10 000 € ÷ (1 000 × 5 €) = 200 %: no close rate reaches break-even.
    expect(output(line, 'Taux de closing d’équilibre')).toBe(
      '200 % : inatteignable (au-dessus de 100 %)',
    );
    noNaNAnywhere();
  });

  it('a scenario saved survives a reload of the app', async () => {
    const { user, unmount } = await openScreen();
    await loadExample(user);
    await user.click(screen.getByRole('button', { name: 'Renommer' }));
    const name = screen.getByLabelText('Nouveau nom du scénario');
    await user.clear(name);
    await user.type(name, 'Printemps{Enter}');
    const revenue = screen.getByLabelText('Chiffre d’affaires généré');
    await user.clear(revenue);
    await user.type(revenue, '20000');
    await vi.waitFor(async () => {
      const stored = await db.roiScenarios.toArray();
      expect(stored.map((s) => s.name)).toEqual(['Printemps']);
      const gains = stored[0]?.lines[0]?.gains;
      expect(gains?.kind === 'figure' && gains.revenue.likely).toBe(2_000_000);
    });
    unmount();

    await openScreen();
    const total = await screen.findByRole('region', { name: 'Total du scénario' });
    expect(screen.getByRole('combobox', { name: 'Scénario affiché' })).toHaveDisplayValue(
      'Printemps',
    );
    // (20 000 − 10 000) ÷ 10 000 = 100 %.
    expect(output(total, 'ROI')).toBe('100 %');
  });

  it('a new scenario from the plan reads each channel’s planned spend', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: FROM_PLAN }));
    // "Affichage gare" plans 1 000 € in January and 500 € in February.
    const affichage = await screen.findByRole('article', { name: 'Campagne « Affichage gare »' });
    expect(affichage).toHaveTextContent('lu dans le plan : 1 500,00 €');
    expect(within(affichage).getByRole('combobox', { name: 'Canal du plan' })).toHaveDisplayValue(
      'Affichage gare',
    );
    // "Salon" plans nothing: no cost, so no ROI, said instead of a figure.
    const salon = screen.getByRole('article', { name: 'Campagne « Salon »' });
    expect(salon).toHaveTextContent('Le coût total de la campagne est nul');
    noNaNAnywhere();
    const stored = await db.roiScenarios.toArray();
    expect(stored[0]?.lines.map((l) => [l.channelId, l.mediaCost.likely])).toEqual([
      ['ch-affichage', 150_000],
      ['ch-salon', 0],
    ]);
  });

  it('compares two saved scenarios side by side and marks the best ROI in words', async () => {
    const { user } = await openScreen();
    await loadExample(user);
    await user.click(screen.getByRole('button', { name: EXAMPLE }));
    await user.click(await screen.findByRole('button', { name: 'Renommer' }));
    const name = screen.getByLabelText('Nouveau nom du scénario');
    await user.clear(name);
    await user.type(name, 'Prudent{Enter}');
    const revenue = screen.getByLabelText('Chiffre d’affaires généré');
    await user.clear(revenue);
    await user.type(revenue, '20000');

    await user.click(screen.getByRole('tab', { name: 'Comparer' }));
    const table = screen.getByRole('table', { name: /Totaux de chaque scénario/ });
    const headers = within(table).getAllByRole('columnheader').map(text);
    expect(headers).toEqual([
      'Indicateur',
      'Exemple : 10 000 € → 40 000 € ★ meilleur ROI',
      'Prudent',
    ]);
    const roiRow = within(table).getByRole('row', { name: /^ROI / });
    // 300 % against (20 000 − 10 000) ÷ 10 000 = 100 %.
    expect(within(roiRow).getAllByRole('cell').map(text)).toEqual(['300 %', '100 %']);
    const linesRow = within(table).getByRole('row', { name: /Nombre de campagnes/ });
    expect(within(linesRow).getAllByRole('cell').map(text)).toEqual(['1', '1']);
  });
});
