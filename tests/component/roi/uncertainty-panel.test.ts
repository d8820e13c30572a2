// The uncertainty panel on the worked example (10 000 € of media, 40 000 € of revenue) with
// the revenue given as 30 000 – 50 000 €: the simulation runs on the page's thread in jsdom
// (no Worker), shows "calcul en cours…" meanwhile, then P10 / P50 / P90 in words and the
// chance of a loss; a low above the likely value is refused at its field; the tornado has its table.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioChange } from '../../../src/domain/roi/changes';
import { workedExampleScenario } from '../../../src/domain/roi/examples';
import type { Estimate, RoiScenario } from '../../../src/domain/roi/model';
import { simulateScenario } from '../../../src/domain/roi/montecarlo';
import { monteCarloClient } from '../../../src/state/montecarlo-client';
import type { MonteCarloInput } from '../../../src/state/montecarlo-protocol';
import type { JobReply, JobRequest } from '../../../src/state/worker-serve';
import type { MonteCarloSummary } from '../../../src/domain/roi/montecarlo';

type MonteCarloRequest = JobRequest<MonteCarloInput>;
type MonteCarloReply = JobReply<MonteCarloSummary>;
import { figureFormat } from '../../../src/ui/figure-format';
import UncertaintyPanel from '../../../src/views/roi/UncertaintyPanel.svelte';
import { tableText, withCanvas } from '../charts/canvas';

const fmt = figureFormat('fr-FR', 'EUR');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function example(
  revenue: Estimate = { likely: 4_000_000, low: 3_000_000, high: 5_000_000 },
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
  return {
    ...scenario,
    lines: [{ ...line, gains: { kind: 'figure', revenue } }],
    uncertainty: { ...scenario.uncertainty, targetRoi: 2 },
  };
}

function setup(scenario = example()) {
  const onpatch = vi.fn<(change: ScenarioChange) => void>();
  render(UncertaintyPanel, { scenario, channels: [], fmt, language: 'fr', onpatch });
  return { onpatch, user: userEvent.setup() };
}

const percentOf = (text: string) => Number(plain(text).replace(' %', '').replace(',', '.'));

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('UncertaintyPanel', () => {
  it('runs on the page’s thread without a Worker and shows P10 / P50 / P90 and the chance of a loss', async () => {
    expect(typeof Worker).toBe('undefined');
    setup();
    // fireEvent waits for the repaint only, not for timers: the status is seen before the run.
    await fireEvent.click(screen.getByRole('button', { name: 'Lancer la simulation' }));
    expect(screen.getByRole('status')).toHaveTextContent('Calcul en cours…');
    const table = await screen.findByRole('table', { name: /^Résultats sur 10\s000 tirages$/ });
    expect(screen.getByRole('status')).not.toHaveTextContent('Calcul en cours…');
    const [header, roi, net] = tableText(table);
    expect(header).toEqual(['', 'P10', 'P50', 'P90', 'Moyenne']);
    // ROI = (revenue − 10 000) / 10 000: 200 % at 30 000 €, 300 % at 40 000 €, 400 % at 50 000 €.
    // PERT(30 000, 40 000, 50 000) is symmetric: P50 ≈ 300 %, P10 and P90 inside 200–400 %.
    const [p10, p50, p90] = (roi ?? []).slice(1, 4).map(percentOf);
    expect(p50).toBeGreaterThanOrEqual(295);
    expect(p50).toBeLessThanOrEqual(305);
    expect(p10).toBeGreaterThan(200);
    expect(p10).toBeLessThan(p50 ?? 0);
    expect(p90).toBeGreaterThan(p50 ?? 0);
    expect(p90).toBeLessThan(400);
    expect(net?.[0]).toBe('Gain net');
    expect(plain(screen.getByText(/^P10, P50, P90 :/).textContent)).toMatch(
      /^P10, P50, P90 : 9 chances sur 10 que le ROI dépasse \d+ %, 1 chance sur 2 qu’il dépasse \d+ %, 1 chance sur 10 qu’il dépasse \d+ %\.$/,
    );
    // Every draw has revenue ≥ 30 000 € > 10 000 € of cost: no loss.
    expect(plain(screen.getByText(/^Risque de perdre de l’argent/).textContent)).toBe(
      'Risque de perdre de l’argent (ROI sous 0 %) : 0 %.',
    );
    expect(
      screen.getByText(/^Chance d’atteindre ou de dépasser le ROI cible de 200 %/),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Répartition des ROI simulés' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('refuses a low above the likely value at the field, and sends nothing', async () => {
    const { user, onpatch } = setup(example({ likely: 4_000_000, low: null, high: null }));
    const revenue = screen.getByRole('group', { name: 'Chiffre d’affaires généré' });
    const low = within(revenue).getByRole('textbox', { name: /^Bas/ });
    await user.click(low);
    await user.paste('50000');
    expect(low).toHaveAttribute('aria-invalid', 'true');
    expect(plain(within(revenue).getByRole('alert').textContent)).toBe(
      'Refusé : le bas ne peut pas dépasser la valeur probable (40 000,00 €).',
    );
    expect(onpatch).not.toHaveBeenCalled();
  });

  it('sends a low below the likely value as the line’s new revenue range', async () => {
    const { user, onpatch } = setup(example({ likely: 4_000_000, low: null, high: null }));
    const revenue = screen.getByRole('group', { name: 'Chiffre d’affaires généré' });
    await user.click(within(revenue).getByRole('textbox', { name: /^Bas/ }));
    await user.paste('30000');
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'line',
      lineId: 'a',
      fields: {
        gains: { kind: 'figure', revenue: { likely: 4_000_000, low: 3_000_000, high: null } },
      },
    });
  });

  it('shows the tornado of ±20 % on each input with its data table', () => {
    setup(example({ likely: 4_000_000, low: null, high: null }));
    const table = screen.getByRole('table', { name: /^ROI total pour ±20\s% sur chaque saisie$/ });
    // Revenue ±20 %: (32 000 − 10 000)/10 000 = 220 %, (48 000 − 10 000)/10 000 = 380 %.
    // Media ±20 %: 40 000/8 000 − 1 = 400 %, 40 000/12 000 − 1 = 233,3 %.
    // Sorted widest swing first: 166,7 points for the media cost, 160 for the revenue.
    expect(tableText(table).map((row) => row.join(' | '))).toEqual([
      'Saisie | Saisie −20 % | Saisie +20 % | Écart de ROI',
      'Search — Achat média | 400 % | 233,3 % | 166,7 %',
      'Search — Chiffre d’affaires généré | 220 % | 380 % | 160 %',
    ]);
  });

  it('sends the simulation settings through onpatch', async () => {
    const { user, onpatch } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loi de tirage' }), 'triangular');
    expect(onpatch).toHaveBeenLastCalledWith({
      kind: 'scenario',
      fields: { uncertainty: { distribution: 'triangular', draws: 10_000, seed: 1, targetRoi: 2 } },
    });
  });
});

describe('monteCarloClient', () => {
  /** A worker stand-in that keeps what it is sent and answers when the test says so. */
  class FakeWorker {
    static created = 0;
    sent: MonteCarloRequest[] = [];
    #listeners: ((event: MessageEvent<MonteCarloReply>) => void)[] = [];
    constructor() {
      FakeWorker.created += 1;
      workers.push(this);
    }
    postMessage(request: MonteCarloRequest): void {
      this.sent.push(request);
    }
    addEventListener(type: string, listener: (event: MessageEvent<MonteCarloReply>) => void): void {
      if (type === 'message') this.#listeners.push(listener);
    }
    terminate(): void {}
    reply(request: MonteCarloRequest, draws: number): void {
      const summary = { ...simulateScenario(request.input), draws };
      for (const listener of this.#listeners)
        listener(
          new MessageEvent('message', { data: { id: request.id, ok: true, output: summary } }),
        );
    }
  }
  const workers: FakeWorker[] = [];

  it('uses one worker and drops a late answer for older inputs', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = monteCarloClient();
    const first = client.run(example());
    const second = client.run(example());
    expect(await first).toEqual({ status: 'superseded' });
    const [worker] = workers;
    const [older, newer] = worker?.sent ?? [];
    // The newer answer comes first; the older one, arriving late, changes nothing.
    worker?.reply(newer!, 2);
    worker?.reply(older!, 1);
    const outcome = await second;
    expect(outcome.status === 'done' && outcome.summary.draws).toBe(2);
    expect(FakeWorker.created).toBe(1);
    client.dispose();
    vi.unstubAllGlobals();
  });
});
