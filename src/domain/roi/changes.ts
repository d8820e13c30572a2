// A scenario edit as a small message, applied to the *stored* record inside the repository's
// transaction (DESIGN "Writes and tabs"): two tabs editing different fields of one scenario
// never overwrite each other, and the screen applies the same message to its own copy.
import type { CampaignLine, RoiScenario } from './model';

/** Scenario-wide fields a change may set. */
export type ScenarioFields = Partial<
  Pick<RoiScenario, 'name' | 'gainBasis' | 'marginRate' | 'objective' | 'uncertainty'>
>;

/** Line fields a change may set; `gains`, `curve` and `bounds` are replaced whole. */
export type LineFields = Partial<Omit<CampaignLine, 'id'>>;

export type ScenarioChange =
  | { kind: 'scenario'; fields: ScenarioFields }
  | { kind: 'line'; lineId: string; fields: LineFields }
  | { kind: 'add-line'; line: CampaignLine }
  | { kind: 'remove-line'; lineId: string };

/**
 * The scenario with the change applied; the same object when the change names a line that
 * is no longer there (deleted in another tab): nothing to do, nothing invented.
 */
export function applyScenarioChange(
  scenario: RoiScenario,
  change: ScenarioChange,
  now: number,
): RoiScenario {
  switch (change.kind) {
    case 'scenario':
      return { ...scenario, ...change.fields, updatedAt: now };
    case 'line': {
      const index = scenario.lines.findIndex((l) => l.id === change.lineId);
      const line = scenario.lines[index];
      if (!line) return scenario;
      const lines = scenario.lines.slice();
      lines[index] = { ...line, ...change.fields, id: line.id };
      return { ...scenario, lines, updatedAt: now };
    }
    case 'add-line':
      if (scenario.lines.some((l) => l.id === change.line.id)) return scenario;
      return { ...scenario, lines: [...scenario.lines, change.line], updatedAt: now };
    case 'remove-line': {
      const lines = scenario.lines.filter((l) => l.id !== change.lineId);
      if (lines.length === scenario.lines.length) return scenario;
      return { ...scenario, lines, updatedAt: now };
    }
  }
}
