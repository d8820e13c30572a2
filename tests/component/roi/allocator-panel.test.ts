// The allocator panel with two linked lines whose curves differ: Search (10 000 € → 40 000 €)
// and Radio (10 000 € → 15 000 €), both "doubling adds +40 %", s = 1, a 20 000 € budget.
// The money moves to Search and the sentence says why; infeasible bounds are named before
// running; the split is written as a new plan scenario to the cent.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCents } from '../../../src/domain/money';
import type { ScenarioChange } from '../../../src/domain/roi/changes';
import { newLine } from '../../../src/domain/roi/examples';
import {
  exact,
  type CampaignLine,
  type LineBounds,
  type RoiScenario,
} from '../../../src/domain/roi/model';
import AllocatorPanel from '../../../src/views/roi/AllocatorPanel.svelte';
import { figureFormat } from '../../../src/ui/figure-format';
import { tableText, withCanvas } from '../charts/canvas';

const fmt = figureFormat('fr-FR', 'EUR');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function line(
  id: string,
  name: string,
  revenue: number,
  bounds: Partial<LineBounds> = {},
): CampaignLine {
  const base = newLine({ id, name, channelId: `ch-${id}`, mediaCost: 1_000_000 });
  return {
    ...base,
    gains: { kind: 'figure', revenue: exact(revenue) },
    bounds: { ...base.bounds, ...bounds },
  };
}

function scenarioOf(lines: CampaignLine[], budget = 2_000_000): RoiScenario {
  return {
    id: 's',
    planId: 'p',
    name: 'Test',
    gainBasis: 'revenue',
    marginRate: exact(0.4),
    lines,
    objective: { kind: 'max-return', budget: toCents(budget) },
    uncertainty: { distribution: 'pert', draws: 10_000, seed: 1, targetRoi: null },
    createdAt: 0,
    updatedAt: 0,
  };
}

const twoLines = () => [line('a', 'Search', 4_000_000), line('b', 'Radio', 1_500_000)];

function setup(scenario: RoiScenario, written = true) {
  const onpatch = vi.fn<(change: ScenarioChange) => void>();
  const onwritescenario = vi.fn(async (_split: { channelId: string; cents: number }[]) => written);
  const channels = [
    { id: 'ch-a', name: 'Search', category: 'search-ads', plannedCents: 1_000_000 },
    { id: 'ch-b', name: 'Radio', category: 'radio', plannedCents: 1_000_000 },
  ];
  const view = render(AllocatorPanel, {
    scenario,
    channels,
    fmt,
    language: 'fr',
    onpatch,
    onwritescenario,
  });
  return { onpatch, onwritescenario, user: userEvent.setup(), view, channels };
}

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('AllocatorPanel', () => {
  it('moves money to the line whose extra euro returns more, and names the other line', async () => {
    const { user } = setup(scenarioOf(twoLines()));
    await user.click(screen.getByRole('button', { name: 'Répartir le budget' }));
    // K = 13 333,33 € for both; Rmax 93 333,33 € and 35 000 €. Today R′ = Rmax·K/(x+K)²:
    // Search 2,29, Radio 0,86. At the optimum (x_a + K)/(x_b + K) = √(93 333,33/35 000) = 1,633
    // with x_a + x_b = 20 000 € → x_a = 15 609,52 €, x_b = 4 390,48 €, both R′ = 1,49.
    const explanations = screen.getAllByRole('listitem').map((li) => plain(li.textContent));
    expect(explanations).toContainEqual(
      expect.stringMatching(
        /^Search reçoit \+5 609,5\d € : chaque euro de plus y rapporte 2,29 €, contre 0,86 € sur Radio\.$/,
      ),
    );
    expect(explanations).toContainEqual(
      expect.stringMatching(
        /^Radio perd 5 609,5\d € : chaque euro y rapporte 0,86 €, contre 2,29 € sur Search\.$/,
      ),
    );
    const table = screen.getByRole('table', { name: 'Avant et après la répartition, par canal' });
    const rows = tableText(table);
    expect(rows[1]?.slice(0, 4)).toEqual([
      'Search',
      '10 000 €',
      expect.stringMatching(/^15 609,5\d €$/),
      expect.stringMatching(/^\+5 609,5\d €$/),
    ]);
    expect(rows[1]?.[7]).toBe('1,49 €');
    expect(rows[2]?.[7]).toBe('1,49 €');
    // Return 40 000 + 15 000 = 55 000 € → R_a(15 609,52) + R_b(4 390,48) = 59 006,80 € (+7,3 %).
    expect(plain(screen.getByText(/^Retour total/).textContent)).toBe(
      'Retour total : 55 000 € → 59 007 € (+7,3 %).',
    );
    expect(
      screen.getByText(/égalisation des rendements marginaux \(exact pour des courbes concaves\)/),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('names minimums above the budget before running and keeps the button disabled', () => {
    setup(
      scenarioOf([
        line('a', 'Search', 4_000_000, { min: toCents(1_500_000) }),
        line('b', 'Radio', 1_500_000, { min: toCents(1_000_000) }),
      ]),
    );
    // 15 000 + 10 000 = 25 000 € of minimums against a 20 000 € budget.
    expect(plain(screen.getByText(/La somme des minimums/).textContent)).toBe(
      'La somme des minimums (25 000 €) dépasse le budget (20 000 €).',
    );
    expect(screen.getByRole('button', { name: 'Répartir le budget' })).toBeDisabled();
  });

  it('names a minimum above the maximum at the field and before running', () => {
    setup(
      scenarioOf([
        line('a', 'Search', 4_000_000, { min: toCents(800_000), max: toCents(500_000) }),
        line('b', 'Radio', 1_500_000),
      ]),
    );
    expect(plain(screen.getByText(/^Search : le minimum/).textContent)).toBe(
      'Search : le minimum (8 000 €) dépasse le maximum (5 000 €).',
    );
    expect(screen.getByRole('textbox', { name: /^Minimum — Search/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Répartir le budget' })).toBeDisabled();
  });

  it('writes the split as a new scenario, the cents summing to the budget', async () => {
    const { user, onwritescenario } = setup(scenarioOf(twoLines()));
    await user.click(screen.getByRole('button', { name: 'Répartir le budget' }));
    await user.click(screen.getByRole('button', { name: 'Écrire comme nouveau scénario du plan' }));
    expect(onwritescenario).toHaveBeenCalledOnce();
    const split = onwritescenario.mock.calls[0]?.[0] ?? [];
    expect(split.map((s) => s.channelId)).toEqual(['ch-a', 'ch-b']);
    expect(split.every((s) => Number.isInteger(s.cents))).toBe(true);
    expect(split.reduce((sum, s) => sum + s.cents, 0)).toBe(2_000_000);
    expect(
      await screen.findByText('Nouveau scénario écrit ; le plan d’origine n’a pas changé.'),
    ).toBeInTheDocument();
  });

  it('lists a free-standing line as not written', async () => {
    const free = { ...line('b', 'Radio', 1_500_000), channelId: null };
    const { user, onwritescenario } = setup(scenarioOf([line('a', 'Search', 4_000_000), free]));
    await user.click(screen.getByRole('button', { name: 'Répartir le budget' }));
    expect(
      screen.getByText('Non écrites (pas de canal dans le plan) : Radio.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Écrire comme nouveau scénario du plan' }));
    expect(onwritescenario.mock.calls[0]?.[0].map((s) => s.channelId)).toEqual(['ch-a']);
  });

  it('runs again when an input changes after a first run', async () => {
    const { user, view } = setup(scenarioOf(twoLines()));
    await user.click(screen.getByRole('button', { name: 'Répartir le budget' }));
    // Search locked at 10 000 €: Radio gets the other 10 000 €, nothing moves.
    await view.rerender({
      scenario: scenarioOf([
        line('a', 'Search', 4_000_000, { locked: true }),
        line('b', 'Radio', 1_500_000),
      ]),
    });
    expect(plain(screen.getByText(/^Retour total/).textContent)).toBe(
      'Retour total : 55 000 € → 55 000 € (+0 %).',
    );
    const explanations = screen.getAllByRole('listitem').map((li) => plain(li.textContent));
    expect(explanations).toContain('Search verrouillé : garde 10 000 €.');
    // Radio alone is free: 20 000 − 10 000 = 10 000 €, its R′ = 35 000 × 13 333,33 / 23 333,33² = 0,86.
    expect(explanations).toContain(
      'Radio inchangé (10 000 €) : chaque euro de plus y rapporte 0,86 €.',
    );
  });

  it('sends a lock and a maximum through onpatch, the bounds replaced whole', async () => {
    const { user, onpatch } = setup(scenarioOf(twoLines()));
    await user.click(screen.getByRole('checkbox', { name: /Verrouiller Radio/ }));
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'line',
      lineId: 'b',
      fields: { bounds: { min: 0, max: null, locked: true, minimumBuy: null } },
    });
    const max = screen.getByRole('textbox', { name: /^Maximum — Search/ });
    await user.click(max);
    await user.paste('12000');
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'line',
      lineId: 'a',
      fields: { bounds: { min: 0, max: 1_200_000, locked: false, minimumBuy: null } },
    });
  });

  it('names each line’s bounds by the line alone, today’s spend on its own line under it', () => {
    setup(scenarioOf(twoLines()));
    const search = screen.getByRole('group', { name: 'Search' });
    // 1 000 000 cents of media today: 10 000 €.
    expect(
      plain(
        within(search)
          .getByText(/^aujourd’hui/)
          .textContent?.trim(),
      ),
    ).toBe('aujourd’hui : 10 000 €');
  });

  it('switching to a target return starts from today’s return', async () => {
    const { user, onpatch } = setup(scenarioOf(twoLines()));
    await user.click(
      screen.getByRole('radio', { name: 'La dépense la plus faible qui atteint un retour cible' }),
    );
    // 40 000 + 15 000 = 55 000 € of return today.
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'scenario',
      fields: { objective: { kind: 'target-return', value: 5_500_000 } },
    });
  });
});
