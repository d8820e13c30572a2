// Saved ROI scenarios as a user handles them: delete and undo, a campaign removed and put
// back, CSV export then import (a refused file writes nothing and lists its problems), another
// tab's edit arriving, leaving the page while an edit is on its way, and the allocator's split
// written as a copy of the plan.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import { type MixplanDb } from '../../../src/db';
import { RoiScenariosRepository } from '../../../src/db/roi-scenarios-repository';
import { toCents } from '../../../src/domain/money';
import { newLine, workedExampleScenario } from '../../../src/domain/roi/examples';
import { exact } from '../../../src/domain/roi/model';
import { PLAN, seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

const EXAMPLE = 'Charger l’exemple : 10 000 € → 40 000 €';
const EXAMPLE_NAME = 'Exemple : 10 000 € → 40 000 €';
let name: string;
let opened: MixplanDb[];
let db: MixplanDb;

beforeEach(async () => {
  name = scratchDbName();
  opened = [];
  db = connect();
  await seedPlan(db);
  window.location.hash = '#/roi';
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const connection of opened) connection.close();
});

function connect(): MixplanDb {
  const connection = openDb(name);
  opened.push(connection);
  return connection;
}

/** One tab: its own connection to the same database, its own App. */
async function openTab(connection = db) {
  const user = userEvent.setup();
  const view = render(App, { db: connection, env: testEnvironment(), defaultLanguage: 'fr' });
  const tab = within(view.container);
  await tab.findByRole('heading', { name: /Simulateur de ROI/ }, { timeout: 5000 });
  return { user, view, tab };
}

function text(element: HTMLElement): string {
  return element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function output(region: HTMLElement, label: string): string {
  const term = within(region).getByText(label, { selector: 'dt' });
  const value = term.parentElement?.querySelector('dd');
  return value ? text(value) : '';
}

/** Catches the file saveFile hands to the browser: its name and its text. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:roi';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

describe('saved scenarios', () => {
  it('deletes a scenario and puts it back with undo', async () => {
    const { user, tab } = await openTab();
    await user.click(tab.getByRole('button', { name: EXAMPLE }));
    await tab.findByRole('region', { name: 'Total du scénario' });
    await user.click(tab.getByRole('button', { name: 'Supprimer le scénario' }));
    expect(await tab.findByText('Ce plan n’a pas encore de scénario de ROI.')).toBeInTheDocument();
    expect(await db.roiScenarios.count()).toBe(0);

    const toast = screen.getByText(`Scénario « ${EXAMPLE_NAME} » supprimé.`).closest('div');
    await user.click(
      within(toast ?? document.body).getByRole('button', { name: 'Annuler la suppression' }),
    );
    const total = await tab.findByRole('region', { name: 'Total du scénario' });
    expect(output(total, 'ROI')).toBe('300 %');
    expect(await db.roiScenarios.count()).toBe(1);
  });

  it('removes a campaign and puts it back', async () => {
    const { user, tab } = await openTab();
    await user.click(tab.getByRole('button', { name: EXAMPLE }));
    await user.click(
      await tab.findByRole('button', { name: 'Retirer la campagne « Campagne exemple »' }),
    );
    expect(tab.getByText('Ajoutez une campagne pour voir ses résultats.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remettre' }));
    const line = await tab.findByRole('region', { name: 'Résultats de « Campagne exemple »' });
    expect(output(line, 'ROI')).toBe('300 %');
    await vi.waitFor(async () =>
      expect((await db.roiScenarios.toArray())[0]?.lines).toHaveLength(1),
    );
  });

  it('exports the scenario as "<plan> - <scenario>.csv" and imports it back as a new scenario', async () => {
    const files = catchDownloads();
    const { user, tab } = await openTab();
    await user.click(tab.getByRole('button', { name: EXAMPLE }));
    await tab.findByRole('region', { name: 'Total du scénario' });
    await user.click(tab.getByRole('button', { name: 'Exporter en CSV' }));
    expect(files.map((f) => f.name)).toEqual([`Budget 2026 - ${EXAMPLE_NAME}.csv`]);
    const csv = await (files[0]?.blob ?? new Blob()).text();
    expect(csv).toContain(';');

    await user.upload(
      tab.getByLabelText('Importer un CSV'),
      new File([csv], 'scenario.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText(`Scénario « ${EXAMPLE_NAME} » importé.`)).toBeInTheDocument();
    const select = tab.getByRole('combobox', { name: 'Scénario affiché' });
    expect(within(select).getAllByRole('option')).toHaveLength(2);
    const stored = await db.roiScenarios.toArray();
    expect(stored).toHaveLength(2);
    // The copy has its own ids and the same inputs: 10 000 € of media, 40 000 € of revenue.
    expect(new Set(stored.map((s) => s.id)).size).toBe(2);
    for (const scenario of stored) {
      expect(scenario.lines[0]?.mediaCost.likely).toBe(1_000_000);
      const gains = scenario.lines[0]?.gains;
      expect(gains?.kind === 'figure' && gains.revenue.likely).toBe(4_000_000);
    }
    expect(output(tab.getByRole('region', { name: 'Total du scénario' }), 'ROI')).toBe('300 %');
  });

  it('imports through a button in the page’s language that opens the file picker', async () => {
    const { user, tab } = await openTab();
    await user.click(tab.getByRole('button', { name: EXAMPLE }));
    await tab.findByRole('region', { name: 'Total du scénario' });
    const picker = tab.getByLabelText('Importer un CSV');
    expect(picker).toHaveAttribute('type', 'file');
    const opened = vi.spyOn(picker, 'click');
    await user.click(tab.getByRole('button', { name: 'Importer un CSV' }));
    expect(opened).toHaveBeenCalledOnce();
  });

  it('refuses a file with a bad row: every problem listed with its line and column, nothing written', async () => {
    const files = catchDownloads();
    const { user, tab } = await openTab();
    await user.click(tab.getByRole('button', { name: EXAMPLE }));
    await tab.findByRole('region', { name: 'Total du scénario' });
    await user.click(tab.getByRole('button', { name: 'Exporter en CSV' }));
    const csv = await (files[0]?.blob ?? new Blob()).text();
    // The same file with its media cost made negative on line 2.
    const [header = '', row = ''] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const columns = header.split(';');
    const media = columns.indexOf('Coût média');
    expect(media).toBeGreaterThanOrEqual(0);
    const cells = row.split(';');
    cells[media] = '-50';
    const bad = [header, cells.join(';'), ''].join('\r\n');

    await user.upload(
      tab.getByLabelText('Importer un CSV'),
      new File([bad], 'mauvais.csv', { type: 'text/csv' }),
    );
    const alert = await tab.findByText(/Rien n’a été importé : 1 problème dans « mauvais\.csv »/);
    const list = alert.closest('[role="alert"]') ?? document.body;
    expect(text(list as HTMLElement)).toContain(
      'Ligne 2, colonne « Coût média » : ne peut pas être négatif.',
    );
    expect(await db.roiScenarios.count()).toBe(1);
  });

  it('an edit in another tab reaches this one', async () => {
    const first = await openTab();
    await first.user.click(first.tab.getByRole('button', { name: EXAMPLE }));
    await first.tab.findByRole('region', { name: 'Total du scénario' });

    const second = await openTab(connect());
    const total = await second.tab.findByRole('region', { name: 'Total du scénario' });
    const revenue = second.tab.getByLabelText('Chiffre d’affaires généré');
    await second.user.clear(revenue);
    await second.user.type(revenue, '20000');
    expect(output(total, 'ROI')).toBe('100 %');

    // (20 000 − 10 000) ÷ 10 000 = 100 %, now in the first tab too.
    const firstTotal = first.tab.getByRole('region', { name: 'Total du scénario' });
    await vi.waitFor(() => expect(output(firstTotal, 'ROI')).toBe('100 %'));
  });

  it('leaving the page asks first while an edit is on its way, and no longer once it is stored', async () => {
    // Every scenario write waits until the test lets it through.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const apply = RoiScenariosRepository.prototype.apply;
    vi.spyOn(RoiScenariosRepository.prototype, 'apply').mockImplementation(async function (
      this: RoiScenariosRepository,
      id,
      change,
    ) {
      await gate;
      return apply.call(this, id, change);
    });
    /** What the browser asks before unloading: true when the page asks to stay. */
    const leavingIsStopped = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };

    const { user, tab } = await openTab();
    await user.click(tab.getByRole('button', { name: EXAMPLE }));
    await tab.findByRole('region', { name: 'Total du scénario' });
    expect(leavingIsStopped()).toBe(false);
    const revenue = tab.getByLabelText('Chiffre d’affaires généré');
    await user.clear(revenue);
    await user.type(revenue, '20000');
    expect(leavingIsStopped()).toBe(true);

    release();
    await vi.waitFor(async () => {
      const gains = (await db.roiScenarios.toArray())[0]?.lines[0]?.gains;
      expect(gains?.kind === 'figure' && gains.revenue.likely).toBe(2_000_000);
    });
    await vi.waitFor(() => expect(leavingIsStopped()).toBe(false));
  });

  it('a linked campaign follows the plan: planned spend changed in the planner is its new media cost', async () => {
    const { user, tab } = await openTab();
    await user.click(tab.getByRole('button', { name: 'Nouveau scénario à partir du plan' }));
    const affichage = await tab.findByRole('article', { name: 'Campagne « Affichage gare »' });
    expect(affichage).toHaveTextContent('lu dans le plan : 1 500,00 €');
    // Another screen (or tab) plans 500 € more in March.
    await db.budgets.update('ch-affichage', {
      'months.2026-03': { planned: toCents(50_000), committed: toCents(0), actual: toCents(0) },
    });
    await vi.waitFor(() => expect(affichage).toHaveTextContent('lu dans le plan : 2 000,00 €'));
  });

  it('writes the allocator’s split as a copy of the plan, never over it, and offers to open it', async () => {
    // "Salon" plans 2 000 € in March; each channel's campaign returns twice its spend.
    await db.budgets.put({
      channelId: 'ch-salon',
      planId: PLAN.id,
      months: {
        '2026-03': { planned: toCents(200_000), committed: toCents(0), actual: toCents(0) },
      },
    });
    const base = workedExampleScenario({
      scenarioId: 'sc-1',
      lineId: 'l-0',
      planId: PLAN.id,
      now: 1,
      name: 'Deux canaux',
      lineName: '',
    });
    const line = (id: string, channelId: string, spend: number) => ({
      ...newLine({ id, name: id, channelId, mediaCost: spend }),
      gains: { kind: 'figure' as const, revenue: exact(spend * 2) },
    });
    await db.roiScenarios.add({
      ...base,
      lines: [line('Affichage', 'ch-affichage', 150_000), line('Salon', 'ch-salon', 200_000)],
      objective: { kind: 'max-return', budget: toCents(350_000) },
    });
    const before = await db.budgets.get('ch-affichage');

    const { user, tab } = await openTab();
    await user.click(await tab.findByRole('tab', { name: 'Répartition du budget' }));
    await user.click(tab.getByRole('button', { name: 'Répartir le budget' }));
    await user.click(
      await tab.findByRole('button', { name: 'Écrire comme nouveau scénario du plan' }),
    );

    const toast = await screen.findByText(
      'Plan « Budget 2026 — répartition Deux canaux » créé avec la nouvelle répartition ; le plan d’origine n’a pas changé.',
    );
    const plans = await db.plans.toArray();
    expect(plans.map((p) => [p.name, p.scenarioOf])).toEqual(
      expect.arrayContaining([
        ['Budget 2026', null],
        ['Budget 2026 — répartition Deux canaux', PLAN.id],
      ]),
    );
    // The source plan is only read.
    expect(await db.budgets.get('ch-affichage')).toEqual(before);

    const copy = plans.find((p) => p.scenarioOf === PLAN.id);
    await user.click(
      within(toast.closest('div') ?? document.body).getByRole('button', {
        name: 'Ouvrir dans le planificateur',
      }),
    );
    await vi.waitFor(async () => {
      expect(window.location.hash).toBe('#/planner');
      expect((await db.meta.get('currentPlanId'))?.value).toBe(copy?.id);
    });
  });
});
