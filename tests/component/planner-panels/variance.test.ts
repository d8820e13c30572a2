// The variance as the user reads it in the summary card, its tip, and the planned-vs-actual
// chart's table: one figure, over the months that have actuals, labelled so, and equal.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyBudget, withAmount, type ChannelBudget } from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Channel, Plan } from '../../../src/domain/plan';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import ChartsPanel from '../../../src/views/planner/ChartsPanel.svelte';
import SummaryCards from '../../../src/views/planner/SummaryCards.svelte';
import { tableText, withCanvas } from '../charts/canvas';

const plan: Plan = {
  id: 'p',
  name: 'Boutique 2026',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 0,
  updatedAt: 0,
};

function channel(id: string, name: string): Channel {
  return {
    id,
    planId: 'p',
    name,
    family: 'media',
    category: 'outdoor',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  };
}

function budget(channelId: string, cells: [string, 'planned' | 'actual', number][]): ChannelBudget {
  return cells.reduce(
    (b, [m, layer, cents]) => withAmount(b, m as Month, layer, toCents(cents)),
    emptyBudget('p', channelId),
  );
}

// A year under way: 1 000 € planned every month on the posters, 900 € and 1 154 € spent in
// January and February; 3 000 € planned for a June fair, nothing spent yet. Over the two
// months with actuals: 2 054 € − 2 000 € = +54 €. Over the whole year it would read −12 946 €.
const posterMonths = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const sheet = new BudgetSheet(
  plan,
  [channel('posters', 'Affichage'), channel('fair', 'Salon')],
  [
    budget('posters', [
      ...posterMonths.map((m): [string, 'planned', number] => [m, 'planned', 100_000]),
      ['2026-01', 'actual', 90_000],
      ['2026-02', 'actual', 115_400],
    ]),
    budget('fair', [['2026-06', 'planned', 300_000]]),
  ],
);

function plain(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function renderBoth(language: 'fr' | 'en' = 'fr') {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  render(SummaryCards, { sheet, version: 0, t });
  render(ChartsPanel, {
    session: { plan, sheet, version: 0 },
    language,
    only: ['plan-vs-actual'],
  });
}

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('variance over the months with actuals', () => {
  it('the summary card and the chart table show the same variance, labelled so', () => {
    renderBoth();
    const tip = screen.getByRole('button', { name: /^À propos de : Écart/ });
    const card = tip.closest('.card');
    // The card's last word is its info tip's button, "i".
    expect(plain(card?.textContent)).toBe(
      'Écart sur les mois avec réalisé 54,00 € 2 mois sur 12 i',
    );

    const rows = tableText(screen.getByRole('table', { name: 'Prévu et réalisé par mois' }));
    expect(rows.at(-2)).toEqual(['Total', '15 000,00 €', '2 054,00 €', '54,00 €']);
    expect(rows.at(-1)).toEqual([
      'Écart sur les mois avec réalisé (2 mois sur 12)',
      '2 000,00 €',
      '2 054,00 €',
      '54,00 €',
    ]);
  });

  it('its tip gives the formula with the plan’s own figures', async () => {
    const user = userEvent.setup();
    renderBoth();
    await user.click(
      screen.getByRole('button', { name: 'À propos de : Écart sur les mois avec réalisé' }),
    );
    const dialog = within(screen.getByRole('dialog'));
    expect(
      plain(dialog.getByText(/^Écart = réalisé − prévu des mois avec réalisé/).textContent),
    ).toBe(
      'Écart = réalisé − prévu des mois avec réalisé = 2 054,00 € − 2 000,00 € = 54,00 € (2 mois avec réalisé sur 12 ; prévu sur toute la période : 15 000,00 €)',
    );
  });

  it('speaks English', () => {
    renderBoth('en');
    const tip = screen.getByRole('button', { name: 'About: Variance over months with actuals' });
    expect(plain(tip.closest('.card')?.textContent)).toBe(
      'Variance over months with actuals 54,00 € 2 months of 12 i',
    );
  });
});
