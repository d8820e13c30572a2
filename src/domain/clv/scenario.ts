// A saved CLV simulation (its inputs only; outputs are recomputed) and the change messages
// that edit it: applied to the stored record inside the repository's transaction, so that two
// tabs editing different fields of one scenario never overwrite each other.
import type { ClvInputs, MarginConvention } from './model';

export interface ClvScenario {
  id: string;
  planId: string;
  name: string;
  inputs: ClvInputs;
  convention: MarginConvention;
  /** The planner channel the CAC is taken from (its spend ÷ customers), or null when typed. */
  cacChannelId: string | null;
  /** The customers that channel acquired, typed by the user (a positive whole number), or null. */
  cacCustomers: number | null;
  createdAt: number;
  updatedAt: number;
}

export type ClvScenarioFields = Partial<
  Pick<ClvScenario, 'name' | 'inputs' | 'convention' | 'cacChannelId' | 'cacCustomers'>
>;

export type ClvChange =
  /** Scenario-wide fields; `inputs`, when given, replaces them whole. */
  | { kind: 'fields'; fields: ClvScenarioFields }
  /** Some inputs only: the other inputs stay as stored (another tab may have set them). */
  | { kind: 'inputs'; fields: Partial<ClvInputs> };

/**
 * The scenario with the change applied and updatedAt set to now; the same object when the
 * change sets nothing, so that the caller can skip the write. Never touches id or planId.
 */
export function applyClvChange(scenario: ClvScenario, change: ClvChange, now: number): ClvScenario {
  if (Object.keys(change.fields).length === 0) return scenario;
  const { id, planId } = scenario;
  switch (change.kind) {
    case 'fields':
      return { ...scenario, ...change.fields, id, planId, updatedAt: now };
    case 'inputs':
      return { ...scenario, inputs: { ...scenario.inputs, ...change.fields }, updatedAt: now };
  }
}
