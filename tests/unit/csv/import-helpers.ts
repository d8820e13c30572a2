// Runs the import as the data screen does, without the worker: bytes → prepared file →
// guessed settings → every row read and checked → changes to the plan.
import { expect } from 'vitest';
import { runImport, type ImportOutcome } from '../../../src/csv/import-pipeline';
import {
  planImportChanges,
  type ImportMode,
  type PlanImportChanges,
} from '../../../src/csv/plan-merge';
import { guessSettings, prepareBytes, type Guesses } from '../../../src/csv/prepare';
import type { PlanSource, TargetId, ValueAnswers } from '../../../src/csv/target';
import { targetById } from '../../../src/csv/targets';
import type { BudgetLayer } from '../../../src/domain/budget';
import type { Plan } from '../../../src/domain/plan';

export interface Imported {
  outcome: ImportOutcome;
  guesses: Guesses;
  delimiter: string;
}

export function importBytes(
  targetId: TargetId,
  bytes: Uint8Array,
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  options: {
    layer?: BudgetLayer;
    fallbackDecimal?: ',' | '.';
    guesses?: Partial<Guesses>;
    answers?: ValueAnswers;
    oddRows?: 'import' | 'refuse';
  } = {},
): Imported {
  const prepared = prepareBytes(bytes, 'file.csv');
  if (!prepared.ok) throw new Error(`not decoded: ${prepared.error.code}`);
  const file = prepared.value;
  const target = targetById(targetId);
  const guessed = guessSettings(target, file.head, {
    plan,
    fallbackDecimal: options.fallbackDecimal ?? ',',
  });
  const guesses = { ...guessed, ...options.guesses };
  const outcome = runImport({
    targetId,
    text: file.text,
    delimiter: file.delimiter,
    headerRow: guesses.headerRow,
    mapping: guesses.mapping,
    options: {
      decimal: guesses.decimal,
      dateStyle: guesses.dateStyle,
      layer: options.layer ?? 'planned',
      plan: { firstMonth: plan.firstMonth, monthCount: plan.monthCount },
      ...(options.answers ? { answers: options.answers } : {}),
      ...(options.oddRows ? { oddRows: options.oddRows } : {}),
    },
  });
  if (!outcome) throw new Error('cancelled');
  return { outcome, guesses, delimiter: file.delimiter };
}

export function importText(
  targetId: TargetId,
  text: string,
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  options: Parameters<typeof importBytes>[3] = {},
): Imported {
  return importBytes(targetId, new TextEncoder().encode(text), plan, options);
}

let ids = 0;

/** The plan after the import, as the writer would store it. */
export function applied(current: PlanSource, outcome: ImportOutcome, mode: ImportMode) {
  const { firstMonth, monthCount } = current.plan;
  const changes: PlanImportChanges = planImportChanges(
    current,
    outcome.batch,
    { mode, period: { firstMonth, monthCount }, removeHeld: new Set() },
    () => `new-${++ids}`,
    outcome.heldNames,
  );
  const deleted = new Set(changes.deletedChannelIds);
  const byId = new Map(changes.channels.map((c) => [c.id, c]));
  const budgetsById = new Map(changes.budgets.map((b) => [b.channelId, b]));
  const channels = [
    ...current.channels.filter((c) => !deleted.has(c.id) && !byId.has(c.id)),
    ...changes.channels,
  ].sort((a, b) => a.sortOrder - b.sortOrder);
  const budgets = channels.map(
    (c) =>
      budgetsById.get(c.id) ??
      current.budgets.find((b) => b.channelId === c.id) ?? {
        channelId: c.id,
        planId: current.plan.id,
        months: {},
      },
  );
  return { plan: current.plan, channels, budgets, changes };
}

export function expectClean(outcome: ImportOutcome): void {
  expect(outcome.rejected).toEqual([]);
  expect(outcome.warnings).toEqual([]);
  expect(outcome.parseErrors).toEqual([]);
}
