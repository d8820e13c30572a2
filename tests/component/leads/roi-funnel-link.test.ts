// Lead scoring feeds the ROI funnel as an option: a plan whose leads were scored shows, under
// a funnel line, how many reach MQL and SQL, and one click counts only the SQLs as leads (the
// lead rate × the SQL share), so that the leads, customers and revenue follow.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { LeadsRepository } from '../../../src/db/leads-repository';
import { leadScoringExample } from '../../../src/domain/leads/example';
import { localDay } from '../../../src/domain/leads/defaults';
import { PLAN, seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/roi';
});
afterEach(() => db.close());

function field(label: string): HTMLElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return screen.getByLabelText(new RegExp(`^${escaped}( %)?$`));
}

function output(region: HTMLElement, label: string): string {
  const term = within(region).getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('the ROI funnel and lead scoring', () => {
  it('counts only the SQLs as leads when asked', async () => {
    // The seeds' example, scored on the day the app reads (the test clock's 15 June 2026):
    // 9 leads scored (one set aside), 3 of them SQL.
    const env = testEnvironment();
    const example = leadScoringExample(PLAN.id, env.newId, localDay(Date.UTC(2026, 5, 15, 10)));
    const repo = new LeadsRepository(db, () => 0);
    expect((await repo.replace(PLAN.id, example.leads)).ok).toBe(true);
    expect((await repo.saveModel(example.model)).ok).toBe(true);

    const user = userEvent.setup();
    render(App, { db, env, defaultLanguage: 'fr' });
    await screen.findByRole('heading', { name: /Simulateur de ROI/ }, { timeout: 5000 });
    await user.click(
      screen.getAllByRole('button', { name: 'Charger l’exemple : 10 000 € → 40 000 €' })[0] ??
        document.body,
    );
    await screen.findByRole('region', { name: 'Total du scénario' });
    await user.click(screen.getByRole('radio', { name: 'un entonnoir (impressions → clients)' }));
    const type = async (label: string, value: string) => {
      const input = field(label);
      await user.clear(input);
      await user.type(input, value);
    };
    await type('Impressions', '1000000');
    await type('Taux de clic (CTR)', '1');
    await type('Taux de conversion en lead', '9');
    await type('Taux de closing (leads → clients)', '20');

    const group = await screen.findByRole('group', { name: 'Leads qualifiés (lead scoring)' });
    expect(group).toHaveTextContent(
      'Lead scoring de ce plan : 9 leads scorés, 5 au moins MQL (55,6 %), 3 SQL (33,3 %).',
    );
    const line = screen.getByRole('region', { name: 'Résultats de « Campagne exemple »' });
    // 1 000 000 × 1 % = 10 000 clicks; × 9 % = 900 leads.
    expect(output(line, 'Leads')).toBe('900');
    await user.click(within(group).getByRole('button', { name: /^Ne compter que les SQL/ }));
    // × 3/9 of them SQL: a lead rate of 3 %, 300 leads, then × 20 % = 60 customers.
    expect(field('Taux de conversion en lead')).toHaveValue('3');
    expect(output(line, 'Leads')).toBe('300');
    expect(output(line, 'Clients')).toBe('60');
    expect(group).toHaveTextContent('Les leads de l’entonnoir sont désormais les SQL');
  }, 30_000);
});
