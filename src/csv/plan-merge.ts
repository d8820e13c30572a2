// What a confirmed plan import changes: channels matched by name (case and accents aside),
// unknown ones created with their category's defaults, amounts merged or replaced. Pure, so
// that the preview's counts and the write inside the transaction are the same computation.
import {
  BUDGET_LAYERS,
  type BudgetLayer,
  type ChannelBudget,
  type MonthAmounts,
} from '../domain/budget';
import { channelDefaults, CUSTOM_CATEGORY } from '../domain/catalogue';
import { toCents } from '../domain/money';
import { isMonth, monthIndexIn } from '../domain/months';
import type { Channel } from '../domain/plan';
import type { ImportedChannel, ImportedMonths, PlanImportBatch } from './plan-rows';
import type { PlanPeriod } from './import-period';
import type { PlanSource } from './target';
import { textKey } from './text-key';

/**
 * 'merge': the file's channels are added or updated, the cells it gives overwrite, the rest
 * stays. 'replace': the plan's channels become the file's (the others are deleted) and, in
 * the layers the file holds, its amounts replace the plan's: a file of planned amounts
 * leaves committed and actual as they were, a channel list leaves every amount.
 */
export type ImportMode = 'merge' | 'replace';

/** What the user answered in the report, beside the mode. */
export interface ImportChoices {
  mode: ImportMode;
  /** The plan's period after the import; months outside it are left out of the write. */
  period: PlanPeriod;
  /**
   * Channels of the plan that only refused (or held) rows name, which the user ticked for
   * removal in a replace. Without a tick they stay, with their amounts.
   */
  removeHeld: ReadonlySet<string>;
}

/** A channel a replace removes, and why: the confirmation names each one. */
export interface RemovedChannel {
  id: string;
  name: string;
  reason: 'absent' | 'refused';
}

export interface PlanImportChanges {
  channels: Channel[];
  budgets: ChannelBudget[];
  /** Channels (and their budgets) deleted: only in replace mode. */
  deletedChannelIds: string[];
  removed: RemovedChannel[];
  /** Channels only refused rows name, kept (replace mode, not ticked). */
  keptHeld: RemovedChannel[];
  /** The plan's period when it changes; null when it stays. */
  period: PlanPeriod | null;
  /** Amounts of the file left out because their month is outside the period. */
  cellsOutside: number;
  created: number;
  updated: number;
}

const ZERO = toCents(0);

function newChannel(
  planId: string,
  imported: ImportedChannel,
  id: string,
  sortOrder: number,
): Channel {
  const category = imported.attributes.category ?? CUSTOM_CATEGORY;
  const defaults = channelDefaults(category);
  return {
    id,
    planId,
    name: imported.name,
    // As the planner adds a channel outside the catalogue.
    family: defaults?.family ?? 'hors-media',
    category,
    poe: defaults?.poe ?? 'paid',
    costModel: defaults?.costModel ?? { kind: 'fixed' },
    objective: null,
    stage: defaults?.stage ?? null,
    kpi: defaults?.kpi ?? null,
    sortOrder,
    ...imported.attributes,
  };
}

/** The stored months without the cleared layers; months left all zero are dropped. */
function withoutLayers(
  months: ChannelBudget['months'],
  cleared: readonly BudgetLayer[],
): ChannelBudget['months'] {
  if (cleared.length === 0) return months;
  const kept: ChannelBudget['months'] = {};
  for (const [month, amounts] of Object.entries(months)) {
    const next: MonthAmounts = { ...amounts };
    for (const layer of cleared) next[layer] = ZERO;
    if (next.planned !== 0 || next.committed !== 0 || next.actual !== 0) kept[month] = next;
  }
  return kept;
}

/** The months of a budget once the file's cells inside the period are written over the kept ones. */
function mergedMonths(
  kept: ChannelBudget['months'],
  imported: ImportedMonths,
  period: PlanPeriod,
  outside: { count: number },
): ChannelBudget['months'] {
  const months: ChannelBudget['months'] = { ...kept };
  for (const [month, layers] of Object.entries(imported)) {
    if (month === '') continue;
    if (!isMonth(month) || monthIndexIn(period.firstMonth, period.monthCount, month) < 0) {
      outside.count += Object.keys(layers).length;
      continue;
    }
    const base = months[month] ?? { planned: ZERO, committed: ZERO, actual: ZERO };
    const next: MonthAmounts = { ...base };
    for (const layer of BUDGET_LAYERS) {
      const cents = layers[layer satisfies BudgetLayer];
      if (cents !== undefined) next[layer] = cents;
    }
    // All-zero months are left out of the stored record, as every edit does.
    if (next.planned === 0 && next.committed === 0 && next.actual === 0) delete months[month];
    else months[month] = next;
  }
  return months;
}

function samePeriod(a: PlanPeriod, b: PlanPeriod): boolean {
  return a.firstMonth === b.firstMonth && a.monthCount === b.monthCount;
}

/**
 * heldNames: textKey of the names of refused or held rows. A replace never deletes their
 * channels unless the user ticked them, and never clears the months of a channel some of
 * whose rows were refused: those months are kept as the plan has them.
 */
export function planImportChanges(
  current: PlanSource,
  batch: PlanImportBatch,
  choices: ImportChoices,
  newId: () => string,
  heldNames: readonly string[] = [],
): PlanImportChanges {
  const { mode, period } = choices;
  const planId = current.plan.id;
  const held = new Set(heldNames);
  const byKey = new Map<string, Channel>();
  for (const channel of current.channels) {
    const key = textKey(channel.name);
    if (!byKey.has(key)) byKey.set(key, channel);
  }
  const budgets = new Map(current.budgets.map((b) => [b.channelId, b]));
  const matched = new Set<string>();
  // A matched channel keeps its place in both modes: an export (in screen order) imported
  // back with Replace gives back the same plan; new channels come after the others.
  let nextOrder = Math.max(-1, ...current.channels.map((c) => c.sortOrder)) + 1;
  const outside = { count: 0 };
  const changes: PlanImportChanges = {
    channels: [],
    budgets: [],
    deletedChannelIds: [],
    removed: [],
    keptHeld: [],
    period: samePeriod(period, current.plan) ? null : period,
    cellsOutside: 0,
    created: 0,
    updated: 0,
  };
  for (const imported of batch.channels) {
    const existing = byKey.get(imported.key);
    let channel: Channel;
    if (existing && !matched.has(existing.id)) {
      matched.add(existing.id);
      channel = { ...existing, ...imported.attributes };
      changes.updated += 1;
    } else {
      channel = newChannel(planId, imported, newId(), nextOrder++);
      changes.created += 1;
    }
    const stored = budgets.get(channel.id)?.months ?? {};
    const clears = mode === 'replace' && !held.has(imported.key);
    const kept = clears ? withoutLayers(stored, batch.layers) : stored;
    changes.channels.push(channel);
    changes.budgets.push({
      channelId: channel.id,
      planId,
      months: mergedMonths(kept, imported.months, period, outside),
    });
  }
  changes.cellsOutside = outside.count;
  if (mode === 'replace') {
    for (const channel of current.channels) {
      if (matched.has(channel.id)) continue;
      const refused = held.has(textKey(channel.name));
      const entry: RemovedChannel = {
        id: channel.id,
        name: channel.name,
        reason: refused ? 'refused' : 'absent',
      };
      if (refused && !choices.removeHeld.has(channel.id)) {
        changes.keptHeld.push(entry);
        // Kept where it was; it is not written over (nothing of it changes).
        continue;
      }
      changes.removed.push(entry);
      changes.deletedChannelIds.push(channel.id);
    }
  }
  return changes;
}
