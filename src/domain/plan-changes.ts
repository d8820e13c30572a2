// Edits as data, as they travel from a tab to the database and into the undo log: the cells
// of a layer and the channel fields one user action changed, old → new. The database applies
// them to the stored records (never a record rebuilt from a tab's memory), so that months
// outside the plan's window and another tab's cells are never written over.
import {
  BUDGET_LAYERS,
  MAX_CELL_CENTS,
  type BudgetLayer,
  type ChannelBudget,
  type MonthAmounts,
} from './budget';
import { toCents, type Cents } from './money';
import type { Month } from './months';
import type { Channel, CostModel } from './plan';

/** One budget cell, old → new. */
export interface CellChange {
  channelId: string;
  month: Month;
  layer: BudgetLayer;
  before: Cents;
  after: Cents;
}

/**
 * An amount added to whatever a cell holds when the write lands, not to what a tab last read:
 * two tabs adding to one cell at the same instant both count (influencer bookings do this).
 */
export interface CellAddition {
  channelId: string;
  month: Month;
  layer: BudgetLayer;
  /** Cents, negative to take an amount out. */
  delta: number;
}

/**
 * The change that adds an amount to a cell holding `before`, kept between 0 and the largest
 * cell (a month lowered by hand below what was added stops at 0); null when nothing changes.
 */
export function addedCell(addition: CellAddition, before: Cents): CellChange | null {
  const after = toCents(Math.min(MAX_CELL_CENTS, Math.max(0, before + addition.delta)));
  if (after === before) return null;
  const { channelId, month, layer } = addition;
  return { channelId, month, layer, before, after };
}

/** The channel fields the channel sheet edits. */
export type ChannelFields = Pick<
  Channel,
  'name' | 'family' | 'category' | 'poe' | 'stage' | 'objective' | 'kpi' | 'costModel'
>;
export const CHANNEL_FIELD_KEYS: readonly (keyof ChannelFields)[] = [
  'name',
  'family',
  'category',
  'poe',
  'stage',
  'objective',
  'kpi',
  'costModel',
];

/** One channel's fields, old → new: only the fields that changed. */
export interface FieldChange {
  channelId: string;
  before: Partial<ChannelFields>;
  after: Partial<ChannelFields>;
}

/** What one action (an edit, a paste, a fill, an undo) changed in a plan. */
export interface PlanChanges {
  cells: readonly CellChange[];
  fields: readonly FieldChange[];
}

export const NO_CHANGES: PlanChanges = { cells: [], fields: [] };

export function isEmpty(changes: PlanChanges): boolean {
  return changes.cells.length === 0 && changes.fields.length === 0;
}

/** A key naming one cell of a plan, for maps of pending cells. */
export function cellKey(channelId: string, month: string, layer: BudgetLayer): string {
  return `${channelId}|${month}|${layer}`;
}

/** The changes that undo these: each one reversed, in reverse order. */
export function invertChanges(changes: PlanChanges): PlanChanges {
  return {
    cells: changes.cells.map((c) => ({ ...c, before: c.after, after: c.before })).reverse(),
    fields: changes.fields
      .map((f) => ({ channelId: f.channelId, before: f.after, after: f.before }))
      .reverse(),
  };
}

const ZERO: MonthAmounts = { planned: toCents(0), committed: toCents(0), actual: toCents(0) };

/** The amount of one stored cell, 0 where the month was never filled. */
export function storedAmount(
  budget: ChannelBudget | undefined,
  month: string,
  layer: BudgetLayer,
): Cents {
  if (!budget || !Object.hasOwn(budget.months, month)) return toCents(0);
  return (budget.months[month] ?? ZERO)[layer];
}

/**
 * The stored record with these cells set to their new values, and nothing else touched:
 * other months (inside or outside the plan's window), other layers and fields the record
 * carries stay as they are. A month whose three layers are 0 is left out.
 */
export function patchBudget(budget: ChannelBudget, cells: readonly CellChange[]): ChannelBudget {
  const months = { ...budget.months };
  for (const cell of cells) {
    if (cell.channelId !== budget.channelId) continue;
    const amounts = { ...(Object.hasOwn(months, cell.month) ? months[cell.month] : ZERO) };
    amounts[cell.layer] = cell.after;
    if (BUDGET_LAYERS.every((layer) => amounts[layer] === 0)) delete months[cell.month];
    else months[cell.month] = amounts as MonthAmounts;
  }
  return { ...budget, months };
}

/** The stored channel with these fields set; other fields (even unknown ones) stay. */
export function patchChannel<C extends Channel>(channel: C, fields: readonly FieldChange[]): C {
  let next = channel;
  for (const change of fields) {
    if (change.channelId === channel.id) next = { ...next, ...change.after };
  }
  return next;
}

function sameCostModel(x: CostModel | undefined, y: CostModel | undefined): boolean {
  if (!x || !y) return x === y;
  return (
    x.kind === y.kind && (x.kind !== 'per-unit' || (y.kind === 'per-unit' && x.unit === y.unit))
  );
}

/** Whether two channels (or a channel and a change) hold the same value in one sheet field. */
function sameField(
  key: keyof ChannelFields,
  a: Partial<ChannelFields>,
  b: Partial<ChannelFields>,
): boolean {
  return key === 'costModel' ? sameCostModel(a.costModel, b.costModel) : a[key] === b[key];
}

/** Whether two versions of a channel agree on every field the planner groups, orders or shows. */
export function sameChannelFields(a: Channel, b: Channel): boolean {
  return a.sortOrder === b.sortOrder && CHANNEL_FIELD_KEYS.every((key) => sameField(key, a, b));
}

/** The fields of `next` that differ from `current`, as a change; null when none does. */
export function fieldChange(current: Channel, next: Channel): FieldChange | null {
  const before: Partial<ChannelFields> = {};
  const after: Partial<ChannelFields> = {};
  let changed = false;
  for (const key of CHANNEL_FIELD_KEYS) {
    if (sameField(key, current, next)) continue;
    Object.assign(before, { [key]: current[key] });
    Object.assign(after, { [key]: next[key] });
    changed = true;
  }
  return changed ? { channelId: current.id, before, after } : null;
}

/** Whether a channel still holds what a field change left in it. */
export function channelHolds(channel: Channel, change: FieldChange): boolean {
  return CHANNEL_FIELD_KEYS.every(
    (key) => !Object.hasOwn(change.after, key) || sameField(key, channel, change.after),
  );
}

/**
 * The part of an undo that may still be applied: a change whose cell (or field) no longer
 * holds what the change left there was overwritten since — by another tab, an import — and
 * undoing it would silently revert that newer work. Those are returned apart, untouched.
 */
export function splitStale(
  changes: PlanChanges,
  now: {
    cell: (change: CellChange) => Cents | null;
    channel: (channelId: string) => Channel | null;
  },
): { current: PlanChanges; stale: PlanChanges } {
  const cells: CellChange[] = [];
  const staleCells: CellChange[] = [];
  for (const change of changes.cells) {
    const value = now.cell(change);
    (value === change.after ? cells : staleCells).push(change);
  }
  const fields: FieldChange[] = [];
  const staleFields: FieldChange[] = [];
  for (const change of changes.fields) {
    const channel = now.channel(change.channelId);
    (channel && channelHolds(channel, change) ? fields : staleFields).push(change);
  }
  return { current: { cells, fields }, stale: { cells: staleCells, fields: staleFields } };
}

/**
 * Adds new cell changes to the ones waiting to be written: per cell, the first `before` and
 * the last `after` stay, so that one write carries the net change of many keystrokes.
 */
export function mergePending(pending: Map<string, CellChange>, cells: readonly CellChange[]): void {
  for (const cell of cells) {
    const key = cellKey(cell.channelId, cell.month, cell.layer);
    const waiting = pending.get(key);
    pending.set(key, waiting ? { ...cell, before: waiting.before } : cell);
  }
}

/** Same for channel fields: per channel, the first value of each field before, the last after. */
export function mergePendingFields(
  pending: Map<string, FieldChange>,
  fields: readonly FieldChange[],
): void {
  for (const change of fields) {
    const waiting = pending.get(change.channelId);
    pending.set(
      change.channelId,
      waiting
        ? {
            channelId: change.channelId,
            before: { ...change.before, ...waiting.before },
            after: { ...waiting.after, ...change.after },
          }
        : change,
    );
  }
}

/** One step of the undo log as stored: the changes of one action of one tab. */
export interface HistoryEntry {
  id: string;
  planId: string;
  /** The tab that made it: undo in a tab never reaches another tab's work. */
  tab: string;
  /** Increasing within a plan: the order in which actions were made. */
  order: number;
  /** 'undone' entries are the redo stack, until a new action clears them. */
  state: 'done' | 'undone';
  changes: PlanChanges;
}

/** How many undo steps a plan keeps; the oldest are forgotten first. */
export const HISTORY_LIMIT = 200;
