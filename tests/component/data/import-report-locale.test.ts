// The import report writes the plan's amounts in the plan's locale, as the planner does,
// whatever the interface language (issue 15's locale audit): an English user importing into
// a French plan reads "2 500,00 €", not "€2,500.00" next to a grid that says "2 500,00".
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { openDb, scratchDbName, testEnvironment } from '../harness';
import { seedPlan } from './seed';

let db: MixplanDb;

beforeEach(async () => {
  db = openDb(scratchDbName());
  await seedPlan(db); // a fr-FR plan in euros
  window.location.hash = '#/data';
});

afterEach(() => db.close());

it('says a wrong total in the French plan’s format, in English words', async () => {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'en' });
  const lines = [
    'Canal;Catégorie;janv. 2026;févr. 2026;Total',
    'Affichage gare;outdoor;2 000,00;;2 500,00',
  ];
  const file = new File([lines.map((l) => `${l}\r\n`).join('')], 'plan.csv', { type: 'text/csv' });
  await user.selectOptions(await screen.findByLabelText('What does the file hold?'), 'plan-wide');
  await user.upload(screen.getByLabelText('Choose a CSV file'), file);
  await screen.findByRole('table', { name: /Preview/ });
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  const report = await screen.findByRole('region', { name: 'Check report' });
  const refused = within(report).getByRole('table', { name: /rejected/i });
  const reason = within(refused).getByText(/^the row’s total/);
  expect(reason.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe(
    'the row’s total (2 500,00 €) is not the sum of its months (2 000,00 €)',
  );
});
