// Two plans side by side as the user reads them: totals, families, months on the calendar,
// channels added and removed, signs and arrows as well as colour, and the tip's worked figures.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyBudget, withAmount, type ChannelBudget } from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import type { PlanSnapshot } from '../../../src/domain/compare';
import { toCents } from '../../../src/domain/money';
import { monthFromParts, type Month } from '../../../src/domain/months';
import type { Channel, Family, Plan } from '../../../src/domain/plan';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import ComparePlans from '../../../src/views/planner/compare/ComparePlans.svelte';
import CompareTab from '../../../src/views/planner/CompareTab.svelte';

function month(text: string): Month {
  const found = monthFromParts(Number(text.slice(0, 4)), Number(text.slice(5)));
  if (!found) throw new Error(`No month ${text}`);
  return found;
}

function plan(id: string, name: string, firstMonth: string, currency = 'EUR'): Plan {
  return {
    id,
    name,
    currency,
    locale: 'fr-FR',
    firstMonth: month(firstMonth),
    monthCount: 12,
    targetBudget: null,
    scenarioOf: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

function channel(id: string, name: string, category: string, family: Family): Channel {
  return {
    id,
    planId: 'p',
    name,
    family,
    category,
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  };
}

function planned(channelId: string, amounts: [string, number][]): ChannelBudget {
  return amounts.reduce(
    (budget, [m, cents]) => withAmount(budget, month(m), 'planned', toCents(cents)),
    emptyBudget('p', channelId),
  );
}

// A: 2026. B, its scenario: April 2026 to March 2027, the radio dropped, a trade show added.
const A: PlanSnapshot = {
  plan: plan('a', 'Boutique 2026', '2026-01'),
  channels: [
    channel('a1', 'Presse locale', 'press', 'media'),
    channel('a2', 'Radio Bleue', 'radio', 'media'),
    channel('a3', 'Pop-up', 'pop-up', 'hors-media'),
  ],
  budgets: [
    planned('a1', [
      ['2026-01', 100_000],
      ['2026-06', 50_000],
    ]),
    planned('a2', [['2026-02', 30_000]]),
    planned('a3', [['2026-06', 200_000]]),
  ],
};
const B: PlanSnapshot = {
  plan: plan('b', 'Boutique — scénario', '2026-04'),
  channels: [
    channel('b1', 'Pop-up', 'pop-up', 'hors-media'),
    channel('b2', 'Presse locale', 'press', 'media'),
    channel('b3', 'Salon du textile', 'trade-show', 'hors-media'),
  ],
  budgets: [
    planned('b1', [
      ['2026-06', 150_000],
      ['2027-03', 10_000],
    ]),
    planned('b2', [['2026-06', 80_000]]),
    planned('b3', [['2026-09', 45_000]]),
  ],
};

function plain(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The cells of a table row, as plain text. */
function cells(table: HTMLElement, header: string | RegExp): string[] {
  const row = within(table).getByRole('row', { name: header });
  return [...row.querySelectorAll('th, td')].map((cell) => plain(cell.textContent));
}

describe('ComparePlans', () => {
  it('says it is loading until both plans are there', () => {
    render(ComparePlans, { a: A, b: null, language: 'fr' });
    expect(screen.getByRole('status')).toHaveTextContent('Chargement des plans à comparer…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('compares the totals and each family, with a sign and an arrow', () => {
    render(ComparePlans, { a: A, b: B, language: 'fr' });
    const table = screen.getByRole('table', { name: 'Totaux' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Famille',
      'A : Boutique 2026',
      'B : Boutique — scénario',
      'Différence (B − A)',
      'Variation',
    ]);
    expect(cells(table, /^Total/)).toEqual([
      'Total',
      '3 800,00 €',
      '2 850,00 €',
      '▼ −950,00 €',
      '−25 %',
    ]);
    expect(cells(table, /^Média/)).toEqual([
      'Média',
      '1 800,00 €',
      '800,00 €',
      '▼ −1 000,00 €',
      '−55,6 %',
    ]);
    expect(cells(table, /^Hors-média/)).toEqual([
      'Hors-média',
      '2 000,00 €',
      '2 050,00 €',
      '▲ +50,00 €',
      '+2,5 %',
    ]);
    const up = within(within(table).getByRole('row', { name: /^Hors-média/ })).getByText(/\+50,00/);
    expect(up).toHaveAttribute('data-direction', 'up');
  });

  it('aligns months on the calendar, a month of one plan counting 0 in the other', () => {
    render(ComparePlans, { a: A, b: B, language: 'fr' });
    const table = screen.getByRole('table', { name: 'Par mois' });
    // January 2026 to March 2027, a header row included.
    expect(within(table).getAllByRole('row')).toHaveLength(16);
    expect(cells(table, /^janvier 2026/)).toEqual([
      'janvier 2026',
      '1 000,00 €',
      '0,00 € hors de B',
      '▼ −1 000,00 €',
      '−100 %',
    ]);
    expect(cells(table, /^juin 2026/)).toEqual([
      'juin 2026',
      '2 500,00 €',
      '2 300,00 €',
      '▼ −200,00 €',
      '−8 %',
    ]);
    expect(cells(table, /^février 2027/)).toEqual([
      'février 2027',
      '0,00 € hors de A',
      '0,00 €',
      '= 0,00 €',
      'sans objet (A vaut 0)',
    ]);
    expect(cells(table, /^mars 2027/)).toEqual([
      'mars 2027',
      '0,00 € hors de A',
      '100,00 €',
      '▲ +100,00 €',
      'sans objet (A vaut 0)',
    ]);
  });

  it('lists every channel with both amounts, the added and removed ones marked', () => {
    render(ComparePlans, { a: A, b: B, language: 'fr' });
    const table = screen.getByRole('table', { name: 'Par canal' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Canal',
      'Famille',
      'A : Boutique 2026',
      'B : Boutique — scénario',
      'Différence (B − A)',
      'Variation',
    ]);
    // A's channels in A's order, matched by name and type, then what only B has.
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(cells(table, /^Presse locale/)).toEqual([
      'Presse locale',
      'Média',
      '1 500,00 €',
      '800,00 €',
      '▼ −700,00 €',
      '−46,7 %',
    ]);
    expect(cells(table, /^Radio Bleue/)).toEqual([
      'Radio Bleue − retiré de B',
      'Média',
      '300,00 €',
      '0,00 €',
      '▼ −300,00 €',
      '−100 %',
    ]);
    expect(cells(table, /^Salon du textile/)).toEqual([
      'Salon du textile + ajouté dans B',
      'Hors-média',
      '0,00 €',
      '450,00 €',
      '▲ +450,00 €',
      'sans objet (A vaut 0)',
    ]);
  });

  it('says so when both plans have the same channels', () => {
    render(ComparePlans, { a: A, b: { ...A, plan: { ...A.plan, name: 'Copie' } }, language: 'fr' });
    expect(
      screen.getByText('Aucun canal ajouté ni retiré : les deux plans ont les mêmes canaux.'),
    ).toBeInTheDocument();
    expect(cells(screen.getByRole('table', { name: 'Totaux' }), /^Total/)).toEqual([
      'Total',
      '3 800,00 €',
      '3 800,00 €',
      '= 0,00 €',
      '0 %',
    ]);
  });

  it('compares another measure when the user picks it', async () => {
    const user = userEvent.setup();
    render(ComparePlans, { a: A, b: B, language: 'fr' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Montants comparés' }),
      'Disponible',
    );
    // Nothing committed nor spent: available is what was planned.
    expect(cells(screen.getByRole('table', { name: 'Totaux' }), /^Total/)).toEqual([
      'Total',
      '3 800,00 €',
      '2 850,00 €',
      '▼ −950,00 €',
      '−25 %',
    ]);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Montants comparés' }),
      'Réalisé',
    );
    expect(cells(screen.getByRole('table', { name: 'Totaux' }), /^Total/)).toEqual([
      'Total',
      '0,00 €',
      '0,00 €',
      '= 0,00 €',
      'sans objet (A vaut 0)',
    ]);
  });

  it('refuses to subtract amounts in two currencies', () => {
    render(ComparePlans, {
      a: A,
      b: { ...B, plan: { ...B.plan, currency: 'USD' } },
      language: 'fr',
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ces plans n’ont pas la même devise (EUR et USD)',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains how to read it with the plans’ own totals, and closes', async () => {
    const user = userEvent.setup();
    const onclose = vi.fn();
    render(ComparePlans, { a: A, b: B, language: 'fr', onclose });
    await user.click(screen.getByRole('button', { name: 'À propos de : Lire la comparaison' }));
    const tip = plain(screen.getByRole('dialog').textContent);
    expect(tip).toContain('Différence = B − A = 2 850,00 € − 3 800,00 € = −950,00 €');
    expect(tip).toContain('Variation = différence ÷ A = −950,00 € ÷ 3 800,00 € = −25 %');
    await user.click(screen.getByRole('button', { name: 'Fermer la comparaison' }));
    expect(onclose).toHaveBeenCalledOnce();
  });

  it('speaks English', () => {
    render(ComparePlans, { a: A, b: B, language: 'en' });
    const table = screen.getByRole('table', { name: 'Totals' });
    // Amounts follow the plan's locale (fr-FR), labels the UI language.
    expect(cells(table, /^Total/)).toEqual([
      'Total',
      '3 800,00 €',
      '2 850,00 €',
      '▼ −950,00 €',
      '−25 %',
    ]);
    expect(screen.getByRole('table', { name: 'By channel' })).toHaveTextContent('+ added in B');
  });
});

describe('Compare tab after "Duplicate as a scenario"', () => {
  // The scenario as duplicated (same channels, new ids), then a cinema channel added to it.
  const original: PlanSnapshot = { ...A, plan: { ...A.plan, name: 'Boutique 2026' } };
  const scenario: PlanSnapshot = {
    plan: { ...A.plan, id: 's', name: 'Boutique 2026 — scénario', scenarioOf: 'a' },
    channels: [
      channel('s1', 'Presse locale', 'press', 'media'),
      channel('s2', 'Radio Bleue', 'radio', 'media'),
      channel('s3', 'Pop-up', 'pop-up', 'hors-media'),
      channel('s4', 'Cinéma du centre', 'cinema', 'media'),
    ],
    budgets: [
      planned('s1', [
        ['2026-01', 100_000],
        ['2026-06', 50_000],
      ]),
      planned('s2', [['2026-02', 30_000]]),
      planned('s3', [['2026-06', 200_000]]),
      planned('s4', [['2026-03', 30_000]]),
    ],
  };

  function openAsSession(open: PlanSnapshot) {
    const sheet = new BudgetSheet(open.plan, open.channels, open.budgets);
    const byId = new Map([original, scenario].map((s) => [s.plan.id, s]));
    render(CompareTab, {
      session: { plan: open.plan, sheet, version: 0 },
      plans: [scenario.plan, original.plan],
      data: { load: (id: string) => Promise.resolve(byId.get(id) ?? null) },
      language: 'fr',
      t: (key: MessageKey, params?: MessageParams) => translate('fr', key, params),
    });
  }

  it.each([
    ['the scenario is open', scenario],
    ['the original is open', original],
  ])(
    'with %s, the original is A and the scenario B: the cinema added to the scenario shows as added',
    async (_, open) => {
      openAsSession(open);
      const totals = await screen.findByRole('table', { name: 'Totaux' });
      expect(
        within(totals)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual([
        'Famille',
        'A : Boutique 2026',
        'B : Boutique 2026 — scénario',
        'Différence (B − A)',
        'Variation',
      ]);
      const byChannel = screen.getByRole('table', { name: 'Par canal' });
      expect(cells(byChannel, /^Cinéma du centre/)).toEqual([
        'Cinéma du centre + ajouté dans B',
        'Média',
        '0,00 €',
        '300,00 €',
        '▲ +300,00 €',
        'sans objet (A vaut 0)',
      ]);
      expect(cells(byChannel, /^Radio Bleue/)).toEqual([
        'Radio Bleue',
        'Média',
        '300,00 €',
        '300,00 €',
        '= 0,00 €',
        '0 %',
      ]);
    },
  );
});
