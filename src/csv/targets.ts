// Every CSV target the app offers, by id: the import pipeline, the worker and the export
// look targets up here. A new sheet adds its declaration to this list.
import { channelsTarget } from './target-channels';
import { planLongTarget } from './target-plan-long';
import { planWideTarget } from './target-plan-wide';
import type { PlanImportBatch, PlanRow } from './plan-rows';
import type { CsvTarget, TargetId } from './target';

/** What an import produces, by kind of target; later kinds (influencers, orders) join here. */
export type ImportBatch = PlanImportBatch;
export type AnyTarget = CsvTarget<PlanRow, PlanImportBatch>;

export const TARGETS: readonly AnyTarget[] = [planWideTarget, planLongTarget, channelsTarget];
export const TARGET_IDS: readonly TargetId[] = TARGETS.map((t) => t.id);

export function isTargetId(id: string): id is TargetId {
  return TARGET_IDS.some((known) => known === id);
}

export function targetById(id: TargetId): AnyTarget {
  const target = TARGETS.find((t) => t.id === id);
  if (!target) throw new RangeError(`Unknown CSV target: ${id}`);
  return target;
}
