// Saved ROI scenarios: the shared scenario store (scenario-store.ts) over the roiScenarios
// table, its restore step and the ROI change messages.
import { applyScenarioChange, type ScenarioChange } from '../domain/roi/changes';
import type { RoiScenario } from '../domain/roi/model';
import type { MixplanDb } from './db';
import { restoreRoiScenario } from './restore-roi';
import { ScenarioStore, storedScenariosOf, type ScenarioKind } from './scenario-store';

const ROI: ScenarioKind<RoiScenario, ScenarioChange> = {
  tableName: 'roiScenarios',
  table: (db) => db.roiScenarios,
  restore: restoreRoiScenario,
  apply: applyScenarioChange,
};

/** A plan's ROI scenarios, oldest first. Only reads: safe inside liveQuery. */
export function scenariosOf(db: MixplanDb, planId: string): Promise<RoiScenario[]> {
  return storedScenariosOf(db, ROI, planId);
}

export class RoiScenariosRepository extends ScenarioStore<RoiScenario, ScenarioChange> {
  constructor(db: MixplanDb, clock: () => number) {
    super(db, clock, ROI);
  }
}
