// The response-curves panel on the worked example line (10 000 € of media, 40 000 € of
// revenue, "doubling adds +40 %", s = 1): doubling shows ×1,40 of return and says why, the
// statement can be dragged or typed, a statement out of range is refused at its field, and
// carry-over shows Robyn's guidance and what θ means.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioChange } from '../../../src/domain/roi/changes';
import { workedExampleScenario } from '../../../src/domain/roi/examples';
import type { CampaignLine, RoiScenario } from '../../../src/domain/roi/model';
import CurvesPanel from '../../../src/views/roi/CurvesPanel.svelte';
import { figureFormat } from '../../../src/ui/figure-format';
import { tableText, withCanvas } from '../charts/canvas';

const fmt = figureFormat('fr-FR', 'EUR');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function example(
  curve: Partial<CampaignLine['curve']> = {},
  channelId: string | null = null,
): RoiScenario {
  const scenario = workedExampleScenario({
    scenarioId: 's',
    lineId: 'a',
    planId: 'p',
    now: 0,
    name: 'Exemple',
    lineName: 'Search',
  });
  const [line] = scenario.lines;
  if (!line) throw new Error('the worked example has a line');
  return { ...scenario, lines: [{ ...line, channelId, curve: { ...line.curve, ...curve } }] };
}

function setup(scenario = example(), category = 'search-ads') {
  const onpatch = vi.fn<(change: ScenarioChange) => void>();
  const channels = [{ id: 'ch', name: 'Search', category, plannedCents: 1_000_000 }];
  render(CurvesPanel, { scenario, channels, fmt, language: 'fr', onpatch });
  return { onpatch, user: userEvent.setup() };
}

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('CurvesPanel', () => {
  it('shows the ×0,5 ×1 ×1,5 ×2 table with return growing slower than spend', () => {
    setup();
    const table = screen.getByRole('table', {
      name: 'Search : la dépense multipliée, et le retour qui suit',
    });
    // K = 13 333,33 €, Rmax = 93 333,33 € (u = 0,75). R(x) = Rmax·x/(x+K):
    // R(5 000) = 25 454,5; R(15 000) = 49 411,8; R(20 000) = 56 000 = 1,4 × 40 000.
    // R′(x) = Rmax·K/(x+K)²: 3,70 at 5 000, 2,29 at 10 000, 1,55 at 15 000, 1,12 at 20 000.
    // ROI (R − x)/x: 409 %, 300 %, 229 %, 180 %.
    expect(tableText(table).map((row) => row.join(' | '))).toEqual([
      'Dépense × | Dépense média | Retour (chiffre d’affaires) | Retour × | ROI de la dépense média | Rendement marginal',
      '×0,5 | 5 000 € | 25 455 € | ×0,64 | 409 % | 3,70 € par euro',
      '×1 | 10 000 € | 40 000 € | ×1,00 | 300 % | 2,29 € par euro',
      '×1,5 | 15 000 € | 49 412 € | ×1,24 | 229 % | 1,55 € par euro',
      '×2 | 20 000 € | 56 000 € | ×1,40 | 180 % | 1,12 € par euro',
    ]);
  });

  it('answers "what if I double this budget?" with ×1,40, never with ×2 of return', () => {
    setup();
    const answer = plain(screen.getByText('Et si je double ce budget ?').closest('p')?.textContent);
    expect(answer).toContain(
      'Doubler la dépense (×2) donne ×1,40 de retour, pas ×2 : chaque euro de plus rapporte de moins en moins (saturation).',
    );
    // The extra 10 000 € bring 56 000 − 40 000 = 16 000 €: 1,60 € per euro added.
    expect(answer).toContain(
      'Les 10 000 € de plus rapportent 16 000 € de plus, soit 1,60 € par euro ajouté.',
    );
    expect(answer).not.toMatch(/×2(,00)? de retour/);
  });

  it('says up to which spend an extra euro still returns more than a euro', () => {
    setup();
    // R′(x) = 1 ⇔ (x + K)² = Rmax·K ⇔ x = √(93 333,33 × 13 333,33) − 13 333,33 = 35 276,68 − 13 333,33 = 21 943,35 €.
    expect(
      screen.getByText(/Un euro de plus rapporte plus d’un euro de retour jusqu’à environ/),
    ).toHaveTextContent(/environ 21\s943\s€ de dépense/);
  });

  it('sends the new curve when the statement is dragged', async () => {
    const { onpatch } = setup();
    const slider = screen.getByRole('slider', {
      name: /Doubler ce budget ajouterait environ \+40\s%/,
    });
    await fireEvent.input(slider, { target: { value: '55' } });
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'line',
      lineId: 'a',
      fields: { curve: { doublingGain: 0.55, shape: 1, carryOver: null } },
    });
  });

  it('sends the new curve when the doubling gain is typed', async () => {
    const { onpatch, user } = setup();
    const field = screen.getByRole('textbox', { name: /^Gain d’un doublement du budget/ });
    await user.clear(field);
    await user.type(field, '25');
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'line',
      lineId: 'a',
      fields: { curve: { doublingGain: 0.25, shape: 1, carryOver: null } },
    });
  });

  it('refuses a doubling gain a concave curve cannot express, with the reason at the field', () => {
    setup(example({ doublingGain: 1.2 }));
    const field = screen.getByRole('textbox', { name: /^Gain d’un doublement du budget/ });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // 2ˢ − 1 = 1 for s = 1: the gain must stay below +100 %.
    expect(plain(screen.getByRole('alert').textContent)).toBe(
      'Doit être supérieur à 0 % et inférieur à 100 % pour cette forme de courbe (à 100 %, le canal ne saturerait jamais).',
    );
    expect(screen.queryByRole('table', { name: /la dépense multipliée/ })).not.toBeInTheDocument();
  });

  it('turns the S-shape on with s = 2', async () => {
    const { onpatch, user } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Courbe en S/ }));
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'line',
      lineId: 'a',
      fields: { curve: { doublingGain: 0.4, shape: 2, carryOver: null } },
    });
  });

  it('turns carry-over on at the suggestion for TV and names Robyn as the source', async () => {
    const { onpatch, user } = setup(example({}, 'ch'), 'tv');
    expect(
      screen.getByText(/Repère pour la TV et le cinéma : θ entre 0,3 et 0,8/),
    ).toHaveTextContent(
      'Source : Robyn (Meta) — TV 0,3–0,8 ; affichage, presse, radio 0,1–0,4 ; numérique 0–0,3.',
    );
    await user.click(screen.getByRole('checkbox', { name: /se prolonge les mois suivants/ }));
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'line',
      lineId: 'a',
      fields: { curve: { doublingGain: 0.4, shape: 1, carryOver: 0.55 } },
    });
  });

  it('says what θ = 0,5 means: 1 − 0,5⁴ = 94 % of the effect within 4 months', () => {
    setup(example({ carryOver: 0.5 }, 'ch'), 'tv');
    expect(plain(screen.getByText(/Avec θ = 0,5/).textContent)).toContain(
      'Avec θ = 0,5, 94 % de l’effet d’un euro se produit dans les 4 mois',
    );
    // 1 / (1 − 0,5) = 2; a euro: 1 → 0,5 → 0,25 → 0,125 → 0,0625.
    expect(screen.getByText(/vaut 2 fois la dépense d’un mois/)).toBeInTheDocument();
    expect(screen.getByText(/mois après mois : 1 → 0,5 → 0,25 → 0,13 → 0,06/)).toBeInTheDocument();
  });

  it('draws the curve, today’s point and the break-even line, with its data table', () => {
    setup();
    const table = screen.getByRole('table', { name: 'Courbe de réponse — Search' });
    const rows = tableText(table);
    expect(rows[0]).toEqual([
      'Dépense média',
      'Retour (chiffre d’affaires)',
      'ROI marginal (R′ − 1)',
    ]);
    // Today: R′(10 000) − 1 = 2,2857 − 1 = 129 %.
    expect(rows[1]).toEqual(['Aujourd’hui (10 000 €)', '40 000 €', '129 %']);
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(5);
  });

  it('never prints NaN or Infinity, even for a line with no spend', () => {
    const scenario = example();
    const [line] = scenario.lines;
    setup({ ...scenario, lines: [{ ...line!, mediaCost: { likely: 0, low: null, high: null } }] });
    expect(screen.getByRole('alert')).toHaveTextContent(/Pas de courbe sans dépense média/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });
});
