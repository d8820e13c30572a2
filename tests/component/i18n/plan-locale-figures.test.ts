// The planner's charts word their shares in the PLAN's locale, whatever the UI language:
// the same English UI shows "75 %" for a fr-FR plan and "75%" for an en-US one.
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyBudget, withAmount } from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { AppLocale, Channel, Plan } from '../../../src/domain/plan';
import ChartsPanel from '../../../src/views/planner/ChartsPanel.svelte';
import { tableText, withCanvas } from '../charts/canvas';

function sessionFor(locale: AppLocale, currency: string) {
  const plan: Plan = {
    id: 'p',
    name: 'Shop',
    currency,
    locale,
    firstMonth: '2026-01' as Month,
    monthCount: 12,
    targetBudget: null,
    scenarioOf: null,
    createdAt: 0,
    updatedAt: 0,
  };
  const channel = (id: string, family: Channel['family']): Channel => ({
    id,
    planId: 'p',
    name: id,
    family,
    category: 'outdoor',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  });
  const budgets = [
    withAmount(emptyBudget('p', 'posters'), '2026-01' as Month, 'planned', toCents(300_000)),
    withAmount(emptyBudget('p', 'fair'), '2026-01' as Month, 'planned', toCents(100_000)),
  ];
  const sheet = new BudgetSheet(
    plan,
    [channel('posters', 'media'), channel('fair', 'hors-media')],
    budgets,
  );
  return { plan, sheet, version: 0 };
}

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('the split chart in an English UI', () => {
  it.each([
    ['fr-FR', 'EUR', ['Media', '3 000,00 €', '75 %']],
    ['en-US', 'USD', ['Media', '$3,000.00', '75%']],
  ] as const)('a %s plan in %s: figures as its locale writes them', (locale, currency, row) => {
    render(ChartsPanel, { session: sessionFor(locale, currency), language: 'en', only: ['split'] });
    const rows = tableText(screen.getByRole('table')).map((cells) =>
      cells.map((cell) => cell.replace(/[\u202f\u00a0]/g, ' ')),
    );
    expect(rows[1]).toEqual([...row]);
  });
});
