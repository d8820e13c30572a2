// One sheet of the open plan as a CSV file, for the Data screen's export buttons.
import { PlansRepository } from '../db';
import { csvBytes, exportFileName, sheetCsv } from '../csv/export';
import type { SheetOptions, TargetId } from '../csv/target';
import { targetById } from '../csv/targets';
import type { AppState } from './app-state.svelte';

export interface SheetFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** One sheet of the open plan as a CSV file; null (and a toast) when it cannot be read. */
export async function planSheetFile(
  app: AppState,
  targetId: TargetId,
  options: SheetOptions,
): Promise<SheetFile | null> {
  const plan = app.workspace.current;
  if (!plan) return null;
  const repo = new PlansRepository(app.db, () => ({
    now: app.env.now(),
    month: app.workspace.thisMonth(),
  }));
  const snapshot = await repo.snapshot(plan.id);
  if (!snapshot.ok) {
    await app.report(Promise.resolve(snapshot));
    return null;
  }
  if (!snapshot.value) return null;
  const text = sheetCsv(targetById(targetId), snapshot.value, options);
  const suffix = targetId === 'plan-wide' ? `${targetId}-${options.layer}` : targetId;
  return { name: exportFileName(plan.name, suffix, app.env.now()), bytes: csvBytes(text) };
}
