// Saved CLV scenarios: the shared scenario store (scenario-store.ts) over the clvScenarios
// table, its restore step and the CLV change messages.
import { applyClvChange, type ClvChange, type ClvScenario } from '../domain/clv/scenario';
import type { MixplanDb } from './db';
import { restoreClvScenario } from './restore-clv';
import { ScenarioStore, storedScenariosOf, type ScenarioKind } from './scenario-store';

const CLV: ScenarioKind<ClvScenario, ClvChange> = {
  tableName: 'clvScenarios',
  table: (db) => db.clvScenarios,
  restore: restoreClvScenario,
  apply: applyClvChange,
};

/** A plan's CLV scenarios, oldest first. Only reads: safe inside liveQuery. */
export function clvScenariosOf(db: MixplanDb, planId: string): Promise<ClvScenario[]> {
  return storedScenariosOf(db, CLV, planId);
}

export class ClvScenariosRepository extends ScenarioStore<ClvScenario, ClvChange> {
  constructor(db: MixplanDb, clock: () => number) {
    super(db, clock, CLV);
  }
}
