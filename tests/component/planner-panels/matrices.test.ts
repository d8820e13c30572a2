// The three channel matrices and their tabs over a small plan: figures and shares to the cent,
// cells handing back the rows they sum, recomputing on a new version, and their info tips.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyBudget, withAmount, type BudgetMeasure } from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { toCents } from '../../../src/domain/money';
import { monthFromParts, type Month } from '../../../src/domain/months';
import type { AarrrStage, Channel, Family, PaidOwnedEarned, Plan } from '../../../src/domain/plan';
import type { Language } from '../../../src/i18n';
import AarrrMatrix from '../../../src/views/planner/matrices/AarrrMatrix.svelte';
import FamilyPoeMatrix from '../../../src/views/planner/matrices/FamilyPoeMatrix.svelte';
import MatrixPanel from '../../../src/views/planner/matrices/MatrixPanel.svelte';
import ObjectiveMatrix from '../../../src/views/planner/matrices/ObjectiveMatrix.svelte';

function month(m: number): Month {
  const found = monthFromParts(2026, m);
  if (!found) throw new Error(`No month ${m}`);
  return found;
}

const plan: Plan = {
  id: 'p',
  name: 'Boutique 2026',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: month(1),
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 0,
  updatedAt: 0,
};

type Tags = [Family, string, PaidOwnedEarned, AarrrStage | null, string | null, string | null];
const CHANNELS: [string, Tags, [number, number][]][] = [
  [
    'Publicité Instagram',
    ['media', 'social-ads', 'paid', 'acquisition', 'grow-online-sales', 'roas'],
    [
      [1, 300_000],
      [2, 200_000],
    ],
  ],
  [
    'Google Ads',
    ['media', 'search-ads', 'paid', 'acquisition', 'grow-online-sales', 'conversion-rate'],
    [[3, 250_000]],
  ],
  [
    'Presse locale',
    ['media', 'press', 'paid', 'acquisition', 'build-awareness', 'reach'],
    [[4, 150_000]],
  ],
  [
    'Ateliers en boutique',
    ['hors-media', 'in-store', 'owned', 'activation', 'drive-store-traffic', 'store-visits'],
    [[5, 100_000]],
  ],
  [
    'Programme de fidélité',
    ['hors-media', 'loyalty', 'owned', 'retention', 'retain-customers', 'retention-rate'],
    [[6, 80_000]],
  ],
  [
    'Relations presse',
    ['hors-media', 'pr', 'earned', 'referral', 'build-awareness', 'media-mentions'],
    [[7, 50_000]],
  ],
  ['Stand au salon', ['hors-media', 'trade-show', 'paid', null, null, null], [[9, 400_000]]],
  [
    'Pop-up de Noël',
    ['hors-media', 'pop-up', 'paid', 'revenue', 'grow-online-sales', 'store-visits'],
    [[10, 120_050]],
  ],
];

/** Planned 16 500,50 € in all: media 9 000 €, hors-média 7 500,50 €; Instagram also committed 1 000 € and spent 1 500 €. */
function makeSheet(): BudgetSheet {
  const channels = CHANNELS.map(
    ([name, [family, category, poe, stage, objective, kpi]], i): Channel => ({
      id: `c${i}`,
      planId: plan.id,
      name,
      family,
      category,
      poe,
      costModel: { kind: 'fixed' },
      stage,
      objective,
      kpi,
      sortOrder: i,
    }),
  );
  const budgets = CHANNELS.map(([, , amounts], i) =>
    amounts.reduce(
      (b, [m, cents]) => withAmount(b, month(m), 'planned', toCents(cents)),
      emptyBudget(plan.id, `c${i}`),
    ),
  );
  budgets[0] = withAmount(
    withAmount(budgets[0] ?? emptyBudget(plan.id, 'c0'), month(1), 'committed', toCents(100_000)),
    month(1),
    'actual',
    toCents(150_000),
  );
  return new BudgetSheet(plan, channels, budgets);
}

/** Intl writes U+202F and U+00A0 in French amounts; the expectations below use plain spaces. */
function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u202f\u00a0]/g, ' ');
}

function named(expected: string) {
  return (accessibleName: string) => plain(accessibleName) === expected;
}

function props(overrides: { measure?: BudgetMeasure; language?: Language; locale?: string } = {}) {
  const sheet = makeSheet();
  const onselectrows = vi.fn<(rows: number[]) => void>();
  return {
    sheet,
    version: sheet.version,
    measure: overrides.measure ?? 'planned',
    language: overrides.language ?? 'fr',
    currency: 'EUR',
    locale: overrides.locale ?? 'fr-FR',
    onselectrows,
  };
}

async function openTip(name: string) {
  const user = userEvent.setup();
  screen.getByRole('button', { name }).focus();
  await user.keyboard('{Enter}');
  return { user, dialog: screen.getByRole('dialog') };
}

describe('FamilyPoeMatrix', () => {
  it('shows each family × paid / owned / earned with its share, to the cent', () => {
    render(FamilyPoeMatrix, props());
    const table = screen.getByRole('table', {
      name: 'Budget par famille et par nature payé / possédé / gagné',
    });
    const figure = (name: string) => within(table).getByRole('button', { name: named(name) });
    expect(
      figure('Média, payé : 9 000,00 €, 54,5 % du total — voir les 3 canaux'),
    ).toBeInTheDocument();
    expect(
      figure('Hors-média, payé : 5 200,50 €, 31,5 % du total — voir les 2 canaux'),
    ).toBeInTheDocument();
    expect(
      figure('Hors-média, possédé : 1 800,00 €, 10,9 % du total — voir les 2 canaux'),
    ).toBeInTheDocument();
    expect(
      figure('Hors-média, gagné : 500,00 €, 3 % du total — voir le canal'),
    ).toBeInTheDocument();
    expect(
      figure('Hors-média, total : 7 500,50 €, 45,5 % du total — voir les 5 canaux'),
    ).toBeInTheDocument();
    expect(
      figure('Payé, total : 14 200,50 €, 86,1 % du total — voir les 5 canaux'),
    ).toBeInTheDocument();
    expect(
      figure('Total du plan : 16 500,50 €, 100 % du total — voir les 8 canaux'),
    ).toBeInTheDocument();
    // Media owns and earns nothing here: a figure, not a link to no row.
    const mediaRow = within(table).getByRole('row', { name: /^Média/ });
    expect(plain(mediaRow.textContent)).toContain('0,00 €');
    expect(within(mediaRow).getAllByRole('button')).toHaveLength(2);
    expect(plain(screen.getByText(/^Équilibre/).textContent)).toBe(
      'Équilibre : média 9 000,00 € (54,5 %), hors-média 7 500,50 € (45,5 %). Le média dépasse le hors-média de 1 499,50 €.',
    );
  });

  it('hands back the rows a cell sums', async () => {
    const user = userEvent.setup();
    const p = props();
    render(FamilyPoeMatrix, p);
    await user.click(screen.getByRole('button', { name: /^Média, payé/ }));
    await user.click(screen.getByRole('button', { name: /^Hors-média, possédé/ }));
    await user.click(screen.getByRole('button', { name: /^Payé, total/ }));
    expect(p.onselectrows.mock.calls).toEqual([[[0, 1, 2]], [[3, 4]], [[0, 1, 2, 6, 7]]]);
  });

  it('recomputes when the caller bumps the version after an edit', async () => {
    const p = props();
    const view = render(FamilyPoeMatrix, p);
    p.sheet.set('planned', 5, 0, toCents(99_950));
    await view.rerender({ version: p.sheet.version });
    expect(
      screen.getByRole('button', {
        name: named('Hors-média, gagné : 1 499,50 €, 8,6 % du total — voir le canal'),
      }),
    ).toBeInTheDocument();
    expect(plain(screen.getByText(/^Équilibre/).textContent)).toContain(
      'Le média dépasse le hors-média de 500,00 €.',
    );
  });

  it('shows a derived measure without shares', () => {
    render(FamilyPoeMatrix, props({ measure: 'available' }));
    // 9 000 € planned − 1 000 € committed − 1 500 € spent.
    expect(
      screen.getByRole('button', { name: named('Média, payé : 6 500,00 € — voir les 3 canaux') }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table').textContent).not.toContain('%');
  });

  it('speaks English with English number formats', () => {
    render(FamilyPoeMatrix, props({ language: 'en', locale: 'en-GB' }));
    expect(
      screen.getByRole('button', {
        name: 'Media, paid: €9,000.00, 54.5% of the total — show the 3 channels',
      }),
    ).toBeInTheDocument();
  });

  it('explains POE with the plan’s own figures, and closes with Escape', async () => {
    render(FamilyPoeMatrix, props());
    const name = 'À propos de : Famille × payé / possédé / gagné';
    const trigger = screen.getByRole('button', { name });
    const { user, dialog } = await openTip(name);
    expect(dialog).toHaveTextContent(/payé \(paid/);
    const text = plain(dialog.textContent);
    expect(text).toContain('Média, payé = 5 000,00 € + 2 500,00 € + 1 500,00 € = 9 000,00 €');
    expect(text).toContain('Part = 9 000,00 € ÷ 16 500,50 € = 54,5 %');
    expect(text).toContain('Écart média − hors-média = 9 000,00 € − 7 500,50 € = 1 499,50 €');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });
});

describe('ObjectiveMatrix', () => {
  it('lists each objective with its KPIs, channels and budget, and links them to their rows', async () => {
    const user = userEvent.setup();
    const p = props();
    render(ObjectiveMatrix, p);
    const table = screen.getByRole('table', {
      name: 'Budget par objectif, par KPI suivi et par canal',
    });
    const figure = (name: string) => within(table).getByRole('button', { name: named(name) });
    await user.click(
      figure(
        'Développer les ventes en ligne, total : 8 700,50 €, 52,7 % du total — voir les 3 canaux',
      ),
    );
    await user.click(
      figure(
        'Développer les ventes en ligne, Visites en magasin : 1 200,50 €, 7,3 % du total — voir le canal',
      ),
    );
    await user.click(figure('Publicité Instagram : 5 000,00 €, 30,3 % du total — voir le canal'));
    await user.click(
      figure('Développer la notoriété, total : 2 000,00 €, 12,1 % du total — voir les 2 canaux'),
    );
    await user.click(figure('Sans objectif, total : 4 000,00 €, 24,2 % du total — voir le canal'));
    expect(p.onselectrows.mock.calls).toEqual([[[0, 1, 7]], [[7]], [[0]], [[2, 5]], [[6]]]);
  });

  it('shows the suggested KPIs and flags a KPI the objective does not suggest', () => {
    render(ObjectiveMatrix, props());
    const sales = screen.getByRole('rowheader', { name: /^Développer les ventes en ligne/ });
    expect(sales).toHaveTextContent(
      'KPI conseillés : Taux de conversion, Retour sur dépenses publicitaires (ROAS), Retour sur investissement (ROI), Coût d’acquisition client (CAC)',
    );
    // Store visits is off the list for online sales, and on it for store traffic.
    const flags = screen.getAllByText(/hors KPI conseillés/);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.closest('tr')).toHaveTextContent('Visites en magasin');
    expect(flags[0]?.closest('tbody')).toHaveTextContent('Pop-up de Noël');
  });

  it('works its tip through the objective with the most budget', async () => {
    render(ObjectiveMatrix, props());
    const { dialog } = await openTip('À propos de : Objectif × canal × KPI');
    expect(plain(dialog.textContent)).toContain(
      'Développer les ventes en ligne = 5 000,00 € + 2 500,00 € + 1 200,50 € = 8 700,50 €',
    );
    expect(plain(dialog.textContent)).toContain('Part = 8 700,50 € ÷ 16 500,50 € = 52,7 %');
  });
});

describe('AarrrMatrix', () => {
  it('shows every stage with its KPIs and budget, and the channels without a stage', async () => {
    const user = userEvent.setup();
    const p = props();
    render(AarrrMatrix, p);
    const table = screen.getByRole('table', {
      name: 'Budget par étape du tunnel AARRR et par canal',
    });
    const figure = (name: string) => within(table).getByRole('button', { name: named(name) });
    await user.click(figure('Acquisition : 9 000,00 €, 54,5 % du total — voir les 3 canaux'));
    await user.click(figure('Revenus : 1 200,50 €, 7,3 % du total — voir le canal'));
    await user.click(figure('Sans étape : 4 000,00 €, 24,2 % du total — voir le canal'));
    await user.click(figure('Total du plan : 16 500,50 €, 100 % du total — voir les 8 canaux'));
    expect(p.onselectrows.mock.calls).toEqual([
      [[0, 1, 2]],
      [[7]],
      [[6]],
      [[0, 1, 2, 3, 4, 5, 6, 7]],
    ]);
    const retention = within(table).getByRole('row', { name: /^Rétention/ });
    expect(retention).toHaveTextContent(
      'Taux de rétention, Taux de réachat, Taux d’attrition (churn)',
    );
    expect(plain(retention.textContent)).toContain('Programme de fidélité · 800,00 €');
  });

  it('explains AARRR stage by stage from the catalogue, with the plan’s sums', async () => {
    render(AarrrMatrix, props());
    const { dialog } = await openTip('À propos de : Étape AARRR × canal');
    const text = plain(dialog.textContent);
    expect(text).toContain(
      'Acquisition : Faire venir des visiteurs et des prospects jusqu’à l’offre. KPI : Portée, Taux de clics (CTR), Coût par clic (CPC), Coût par prospect (CPL), Coût d’acquisition client (CAC).',
    );
    expect(text).toContain('Recommandation : Les amener à recommander la marque à leur entourage.');
    expect(text).toContain(
      'Total = 9 000,00 € (Acquisition) + 1 000,00 € (Activation) + 800,00 € (Rétention) + 500,00 € (Recommandation) + 1 200,50 € (Revenus) + 4 000,00 € (Sans étape) = 16 500,50 €',
    );
    expect(text).toContain('Acquisition = 5 000,00 € + 2 500,00 € + 1 500,00 € = 9 000,00 €');
  });
});

describe('MatrixPanel', () => {
  it('switches matrices with the keyboard, as tabs do, and passes clicks through', async () => {
    const user = userEvent.setup();
    const p = props();
    render(MatrixPanel, p);
    expect(plain(screen.getByText(/^Montants/).textContent)).toContain('Montants : Prévu');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Famille × payé / possédé / gagné',
      'Objectif × canal × KPI',
      'Étape AARRR × canal',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toContainElement(
      screen.getByRole('table', { name: /famille/ }),
    );

    await user.click(tabs[0] ?? document.body);
    await user.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('table', { name: /objectif/ })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(tabs[2]).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /^Activation :/ }));
    expect(p.onselectrows).toHaveBeenCalledWith([3]);
    await user.click(tabs[2] ?? document.body);
    await user.keyboard('{Home}');
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(tabs[2]).toHaveFocus();
    expect(tabs[2]).toHaveAttribute('aria-selected', 'true');
  });

  it('says when shares are left out', () => {
    render(MatrixPanel, props({ measure: 'variance' }));
    expect(screen.getByText(/Montants : Écart/)).toHaveTextContent(
      'Pas de part pour un montant calculé',
    );
  });
});
