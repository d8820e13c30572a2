// Export → import gives back the same plan, for every sheet, every delimiter and number
// style, with texts full of ';', quotes, line breaks, accents and leading '='; and no
// exported cell can run as a formula in a spreadsheet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvBytes, sheetCsv } from '../../../src/csv/export';
import { parseCsvText } from '../../../src/csv/parse';
import type { Delimiter } from '../../../src/csv/sniff';
import type { PlanSource, SheetOptions, TargetId } from '../../../src/csv/target';
import { plannerRowOrder } from '../../../src/csv/labels';
import { targetById } from '../../../src/csv/targets';
import type { NumberStyle } from '../../../src/csv/write';
import { BUDGET_LAYERS, monthAmounts, type BudgetLayer } from '../../../src/domain/budget';
import { monthRange } from '../../../src/domain/months';
import { applied, expectClean, importBytes } from './import-helpers';
import { planSourceArb } from './plan-arbitraries';

const optionsArb = fc.record({
  delimiter: fc.constantFrom<Delimiter>(';', ',', '\t'),
  numberStyle: fc.constantFrom<NumberStyle>('machine', ',', '.'),
  language: fc.constantFrom<'fr' | 'en'>('fr', 'en'),
  layer: fc.constantFrom<BudgetLayer>(...BUDGET_LAYERS),
});

function exported(targetId: TargetId, source: PlanSource, options: SheetOptions) {
  return csvBytes(sheetCsv(targetById(targetId), source, options));
}

function reimport(targetId: TargetId, source: PlanSource, options: SheetOptions) {
  const { outcome, guesses, delimiter } = importBytes(
    targetId,
    exported(targetId, source, options),
    source.plan,
    { layer: options.layer, fallbackDecimal: options.numberStyle === ',' ? ',' : '.' },
  );
  expect(delimiter).toBe(options.delimiter);
  expect(guesses.headerRow).toBe(0);
  expectClean(outcome);
  expect(outcome.rowCount).toBe(
    targetId === 'plan-long'
      ? source.channels.length * source.plan.monthCount
      : source.channels.length,
  );
  return outcome;
}

/** Every amount the plan shows, by channel name, month and layer. */
function amounts(source: PlanSource, layers: readonly BudgetLayer[]) {
  const months = monthRange(source.plan.firstMonth, source.plan.monthCount);
  return source.channels.map((channel) => {
    const budget = source.budgets.find((b) => b.channelId === channel.id);
    return {
      name: channel.name,
      cells: months.map((m) =>
        layers.map((layer) => (budget ? monthAmounts(budget, m)[layer] : 0)),
      ),
    };
  });
}

// The sheets list channels in the planner's order; an import numbers them in file order.
const shown = (source: PlanSource): PlanSource => ({
  ...source,
  channels: plannerRowOrder(source.channels),
});

const attributes = (source: PlanSource) =>
  shown(source).channels.map(({ id: _id, planId: _plan, sortOrder: _order, ...rest }) => rest);

const withoutOrder = (source: PlanSource) =>
  shown(source).channels.map(({ sortOrder: _order, ...rest }) => rest);

const RUNS = { numRuns: 60 };

describe('export → import, replacing the same plan, gives it back exactly', () => {
  it.each(['plan-long', 'plan-wide', 'channels'] as const)('%s', (targetId) => {
    fc.assert(
      fc.property(planSourceArb, optionsArb, (source, options) => {
        const outcome = reimport(targetId, source, options);
        const after = applied(source, outcome, 'replace');
        expect(after.changes.created).toBe(0);
        expect(after.changes.deletedChannelIds).toEqual([]);
        // The file lists the channels in the planner's order: the planner shows them the same.
        expect(withoutOrder(after)).toEqual(withoutOrder(source));
        expect(amounts(shown(after), BUDGET_LAYERS)).toEqual(amounts(shown(source), BUDGET_LAYERS));
      }),
      RUNS,
    );
  });
});

describe('export → import into an empty plan gives back what the sheet holds', () => {
  const empty = (source: PlanSource): PlanSource => ({ ...source, channels: [], budgets: [] });

  it('the channel list: every attribute, in order', () => {
    fc.assert(
      fc.property(planSourceArb, optionsArb, (source, options) => {
        const after = applied(empty(source), reimport('channels', source, options), 'merge');
        expect(attributes(after)).toEqual(attributes(source));
      }),
      RUNS,
    );
  });

  it('the long form: names, families, categories and the three layers', () => {
    fc.assert(
      fc.property(planSourceArb, optionsArb, (source, options) => {
        const after = applied(empty(source), reimport('plan-long', source, options), 'merge');
        const pick = (s: PlanSource) => s.channels.map((c) => [c.name, c.family, c.category]);
        expect(pick(after)).toEqual(pick(shown(source)));
        expect(amounts(after, BUDGET_LAYERS)).toEqual(amounts(shown(source), BUDGET_LAYERS));
      }),
      RUNS,
    );
  });

  it('the wide form: the chosen layer, the others left empty', () => {
    fc.assert(
      fc.property(planSourceArb, optionsArb, (source, options) => {
        const after = applied(empty(source), reimport('plan-wide', source, options), 'merge');
        const others = BUDGET_LAYERS.filter((l) => l !== options.layer);
        expect(amounts(after, [options.layer])).toEqual(amounts(shown(source), [options.layer]));
        expect(amounts(after, others).every((c) => c.cells.flat().every((v) => v === 0))).toBe(
          true,
        );
      }),
      RUNS,
    );
  });
});

describe('no exported cell can run as a formula', () => {
  const TRIGGER = /^[=+\-@\t\r\n]/;
  // Amounts are never negative: no number cell of a plan sheet starts with a trigger either.

  it.each(['plan-long', 'plan-wide', 'channels'] as const)('%s', (targetId) => {
    fc.assert(
      fc.property(planSourceArb, optionsArb, (source, options) => {
        const text = sheetCsv(targetById(targetId), source, options);
        expect(text.startsWith('\uFEFF')).toBe(true);
        expect(text.endsWith('\r\n')).toBe(true);
        for (const row of parseCsvText(text, options.delimiter).rows) {
          for (const cell of row) {
            expect(cell).not.toMatch(TRIGGER);
          }
        }
      }),
      RUNS,
    );
  });
});
