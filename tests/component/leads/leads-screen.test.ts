// The lead scoring screen as a user drives it: the seeds' example in one click, the man who
// acted this week ranked above the woman who fits but went quiet, his score broken down with
// the decay's formula and his own ages, the band filter, the low-volume advice and its sort,
// a weight changed in the model and the ranking redone.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { seedPlan } from '../data/seed';
import { openDb, scratchDbName, testEnvironment } from '../harness';

let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db);
  window.location.hash = '#/leads';
});
afterEach(() => db.close());

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The total a lead's breakdown shows, as text. */
function totalIn(breakdown: HTMLElement): string {
  const row = within(breakdown)
    .getByRole('rowheader', { name: /^Score total/ })
    .closest('tr');
  if (!(row instanceof HTMLElement)) throw new Error('no total row');
  return text(within(row).getByRole('cell'));
}

/** The names of the listed leads, top to bottom. */
function listedNames(): string[] {
  const table = screen.getByRole('table', { name: 'Leads classés' });
  return within(table)
    .getAllByRole('button')
    .map((b) => text(b));
}

async function openWithExample() {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await screen.findByRole('heading', { level: 1, name: /^Lead scoring — / }, { timeout: 5000 });
  expect(screen.getByText(/Aucun lead dans ce plan/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: /^Charger l’exemple/ }));
  await screen.findByRole('table', { name: 'Leads classés' }, { timeout: 5000 });
  return user;
}

describe('the lead scoring screen', () => {
  it('loads the seeds’ example in one click and ranks the man who acted above the quiet woman', async () => {
    const user = await openWithExample();
    const names = listedNames();
    expect(names).toHaveLength(10);
    expect(names.indexOf('Marc Lefèvre')).toBeLessThan(names.indexOf('Julie Martin'));

    // Marc, scored on 15 June 2026: contacted 2 days ago, so his two actions count
    // × 0,5^(2 ÷ 30) = × 0,955: 10 × 0,955 + 20 × 0,955 + 20 (recent lead) + 10 (recent
    // contact) = 58,6, SQL from 50.
    await user.click(
      within(screen.getByRole('table', { name: 'Leads classés' })).getByRole('button', {
        name: 'Marc Lefèvre',
      }),
    );
    const marc = await screen.findByRole('region', { name: 'Détail du score : Marc Lefèvre' });
    expect(text(marc)).toContain('× 0,5^(2 ÷ 30) = × 0,955');
    expect(totalIn(marc)).toBe('58,6');
    expect(text(marc)).toContain('Sales Qualified Lead');

    // Julie: a woman (+10), nothing done for 6 weeks: 10, below MQL (30).
    await user.click(
      within(screen.getByRole('table', { name: 'Leads classés' })).getByRole('button', {
        name: 'Julie Martin',
      }),
    );
    const julie = await screen.findByRole('region', { name: 'Détail du score : Julie Martin' });
    expect(totalIn(julie)).toBe('10');
    expect(text(julie)).toContain('À nourrir');
  }, 30_000);

  it('filters by band, advises recency below a hundred leads a month, and rescores a changed weight', async () => {
    const user = await openWithExample();
    await user.selectOptions(screen.getByLabelText('Statut'), 'sql');
    const sql = listedNames();
    expect(sql.length).toBeGreaterThan(0);
    expect(sql).toContain('Marc Lefèvre');
    for (const row of within(screen.getByRole('table', { name: 'Leads classés' }))
      .getAllByRole('row')
      .slice(1)) {
      if (row.getAttribute('aria-hidden') === 'true') continue;
      expect(text(row)).toContain('SQL');
    }
    await user.selectOptions(screen.getByLabelText('Statut'), '');

    // Ten leads over about seven weeks: a handful a month, so the screen says to sort by date.
    const advice = screen.getByRole('note', { name: '', hidden: false });
    expect(text(advice)).toMatch(/sous une centaine par mois/);
    await user.click(screen.getByRole('button', { name: 'Trier par récence' }));
    expect(screen.getByLabelText('Ordre')).toHaveValue('recency');
    // Newest scored lead first: Sophie came in 3 days ago. Inès came in yesterday, but with
    // neither e-mail nor phone she is set aside, so she comes after every lead to work.
    expect(listedNames()[0]).toBe('Sophie Bernard');
    expect(listedNames().at(-1)).toBe('Inès Moreau');

    // A woman's fit points raised from 10 to 60: Julie (a woman) now reaches SQL.
    await user.selectOptions(screen.getByLabelText('Ordre'), 'score');
    const points = screen.getAllByLabelText('Points F')[0];
    if (!points) throw new Error('no points field');
    await user.clear(points);
    await user.type(points, '60');
    await user.click(
      within(screen.getByRole('table', { name: 'Leads classés' })).getByRole('button', {
        name: 'Julie Martin',
      }),
    );
    const julie = await screen.findByRole('region', { name: 'Détail du score : Julie Martin' });
    expect(totalIn(julie)).toBe('60');
  }, 30_000);
});
