// The printed summary's code is not in the planner's first load (planner-parts.ts): it comes
// after the grid. Whichever way the user prints, the copy still carries the summary.
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import type { MixplanDb } from '../../src/db';
import { openDb, scratchDbName, testEnvironment } from './harness';

vi.setConfig({ testTimeout: 20_000 });

// The summary's code arrives only when the test lets it (the first test holds it back).
const gate = vi.hoisted(() => {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
});
vi.mock('../../src/views/planner/planner-parts', async (original) => {
  const parts = await original<typeof import('../../src/views/planner/planner-parts')>();
  const { LazyModule } = await import('../../src/views/planner/lazy-part.svelte');
  const printSummary = new LazyModule(async () => {
    await gate.opened;
    return import('../../src/views/planner/PrintSummary.svelte');
  });
  return {
    ...parts,
    printSummary,
    prefetchPlannerParts: () => {
      parts.prefetchPlannerParts();
      printSummary.load().catch(() => undefined);
    },
  };
});

const TITLE = 'Résumé du plan « Boutique de vêtements — démo »';

let db: MixplanDb;

beforeEach(() => {
  db = openDb(scratchDbName());
  window.location.hash = '#/planner';
});
afterEach(() => {
  vi.restoreAllMocks();
  window.dispatchEvent(new Event('afterprint'));
  db.close();
});

async function openDemo() {
  const user = userEvent.setup();
  render(App, { db, env: testEnvironment(), defaultLanguage: 'fr' });
  await user.click(await screen.findByRole('button', { name: 'Ouvrir le plan de démonstration' }));
  await screen.findByRole('grid', { name: 'Budget par canal et par mois : Prévu' });
  return user;
}

/** window.print as a browser runs it: beforeprint, then the page as it is printed. */
function spyOnPrint() {
  const printed: (string | null)[] = [];
  const print = vi.spyOn(window, 'print').mockImplementation(() => {
    window.dispatchEvent(new Event('beforeprint'));
    printed.push(document.querySelector('.print-summary')?.textContent ?? null);
  });
  return { print, printed };
}

describe('printing with the summary loaded after the grid', () => {
  it('Ctrl+P before the summary has arrived waits for it, then prints it', async () => {
    await openDemo();
    const { print, printed } = spyOnPrint();
    const notCancelled = await fireEvent.keyDown(document.body, { key: 'p', ctrlKey: true });
    // The browser's own printing is held back: it would lay out the page without the summary.
    expect(notCancelled).toBe(false);
    expect(print).not.toHaveBeenCalled();
    gate.open();
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(printed[0]).toContain(TITLE);
  });

  it('once it has arrived, Ctrl+P is the browser’s and beforeprint builds the summary at once', async () => {
    await openDemo();
    const { printed } = spyOnPrint();
    // Fetched while idle after the grid: Ctrl+P is left alone from then on.
    await vi.waitFor(async () =>
      expect(await fireEvent.keyDown(document.body, { key: 'p', ctrlKey: true })).toBe(true),
    );
    expect(document.querySelector('.print-summary')).toBeNull();
    window.print();
    expect(printed[0]).toContain(TITLE);
    window.dispatchEvent(new Event('afterprint'));
    await vi.waitFor(() => expect(document.querySelector('.print-summary')).toBeNull());
  });

  it('the Print button prints the summary, from any tab', async () => {
    const user = await openDemo();
    const { print, printed } = spyOnPrint();
    await user.click(screen.getByRole('tab', { name: 'Matrices' }));
    await user.click(screen.getByRole('button', { name: 'Imprimer le résumé' }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(printed[0]).toContain(TITLE);
    expect(screen.getByRole('tab', { name: 'Budget' })).toHaveAttribute('aria-selected', 'true');
  });
});
