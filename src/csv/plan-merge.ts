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
import type { Channel } from '../domain/plan';
import type { ImportedChannel, ImportedMonths, PlanImportBatch } from './plan-rows';
import type { PlanSource } from './target';
import { textKey } from './text-key';

/**
 * 'merge': the file's channels are added or updated, the cells it gives overwrite, the rest
 * stays. 'replace': the plan's channels become the file's (the others are deleted) and, in
 * the layers the file holds, its amounts replace the plan's: a file of planned amounts
 * leaves committed and actual as they were, a channel list leaves every amount.
 */
export type ImportMode = 'merge' | 'replace';

export interface PlanChanges {
  channels: Channel[];
  budgets: ChannelBudget[];
  /** Channels (and their budgets) deleted: only in replace mode. */
  deletedChannelIds: string[];
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

/** The months of a budget once the file's cells are written over the kept ones. */
function mergedMonths(
  kept: ChannelBudget['months'],
  imported: ImportedMonths,
): ChannelBudget['months'] {
  const months: ChannelBudget['months'] = { ...kept };
  for (const [month, layers] of Object.entries(imported)) {
    if (month === '') continue;
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

export function planImportChanges(
  current: PlanSource,
  batch: PlanImportBatch,
  mode: ImportMode,
  newId: () => string,
): PlanChanges {
  const planId = current.plan.id;
  const byKey = new Map<string, Channel>();
  for (const channel of current.channels) {
    const key = textKey(channel.name);
    if (!byKey.has(key)) byKey.set(key, channel);
  }
  const budgets = new Map(current.budgets.map((b) => [b.channelId, b]));
  const matched = new Set<string>();
  let nextOrder =
    mode === 'replace' ? 0 : Math.max(-1, ...current.channels.map((c) => c.sortOrder)) + 1;
  const changes: PlanChanges = {
    channels: [],
    budgets: [],
    deletedChannelIds: [],
    created: 0,
    updated: 0,
  };
  for (const imported of batch.channels) {
    const existing = byKey.get(imported.key);
    let channel: Channel;
    if (existing && !matched.has(existing.id)) {
      matched.add(existing.id);
      const sortOrder = mode === 'replace' ? nextOrder++ : existing.sortOrder;
      channel = { ...existing, ...imported.attributes, sortOrder };
      changes.updated += 1;
    } else {
      channel = newChannel(planId, imported, newId(), nextOrder++);
      changes.created += 1;
    }
    const stored = budgets.get(channel.id)?.months ?? {};
    const kept = mode === 'merge' ? stored : withoutLayers(stored, batch.layers);
    changes.channels.push(channel);
    changes.budgets.push({
      channelId: channel.id,
      planId,
      months: mergedMonths(kept, imported.months),
    });
  }
  if (mode === 'replace') {
    changes.deletedChannelIds = current.channels.filter((c) => !matched.has(c.id)).map((c) => c.id);
  }
  return changes;
}
