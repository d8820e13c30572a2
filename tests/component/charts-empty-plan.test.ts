// The planner's Charts tab on a plan without any channel: a message saying so, no error and
// no empty chart. A new blank plan used to leave the tab blank, throwing "No row 0 in this sheet".
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import type { MixplanDb } from '../../src/db';
import { BudgetSheet } from '../../src/domain/budget-sheet';
import { sheetVariance } from '../../src/domain/variance';
import { makePlan, month } from '../unit/domain/budget-arbitraries';
import { openDb, scratchDbName, testEnvironment } from './harness';
import { withCanvas } from './charts/canvas';

let db: MixplanDb;
let errors: unknown[];
const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

beforeEach(() => {
  db = openDb(scratchDbName());
  window.location.hash = '#/planner';
  errors = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
  db.close();
});

async function openChartsOfEmptyPlan(language: 'fr' | 'en') {
  const consoleError = vi.spyOn(console, 'error');
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: language });
  const start = language === 'fr' ? 'Commencer un plan vide' : 'Start an empty plan';
  await user.click(await screen.findByRole('button', { name: start }));
  const tabs = await screen.findByRole('tablist', {}, { timeout: 5000 });
  await user.click(
    within(tabs).getByRole('tab', { name: language === 'fr' ? 'Graphiques' : 'Charts' }),
  );
  return { consoleError };
}

function thrown(consoleError: { mock: { calls: unknown[][] } }): string[] {
  return [...errors, ...consoleError.mock.calls.flat()]
    .map((e) => (e instanceof Error ? e.message : String(e)))
    .filter((message) => /No row|No month|RangeError/.test(message));
}

describe('the Charts tab of a plan without channels', () => {
  it.each([
    ['fr', 'Ce plan n’a pas encore de canal. Ajoutez-en un depuis le catalogue.'],
    ['en', 'This plan has no channel yet. Add one from the catalogue.'],
  ] as const)(
    'says so in %s, throws nothing and draws no chart',
    async (language, message) => {
      withCanvas();
      const { consoleError } = await openChartsOfEmptyPlan(language);
      expect(await screen.findByText(message, {}, { timeout: 5000 })).toBeVisible();
      expect(thrown(consoleError)).toEqual([]);
      expect(document.querySelector('.charts canvas')).toBeNull();
      expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    },
    20_000,
  );
});

describe('the figures the charts read, for a plan without channels', () => {
  it('are months of zeros, not "No row 0 in this sheet"', () => {
    const sheet = new BudgetSheet(makePlan(month(2026, 1), 12, null), [], []);
    const months = sheet.months.map((_, m) => m);
    expect(months.map((m) => sheet.monthTotal('planned', m))).toEqual(months.map(() => 0));
    expect(months.map((m) => sheet.familyMonthTotal('planned', 'media', m))).toEqual(
      months.map(() => 0),
    );
    expect(sheetVariance(sheet).months.map((m) => m.planned)).toEqual(months.map(() => 0));
    expect(() => sheet.monthTotal('planned', 12)).toThrow('No month 12 in this sheet');
  });
});
