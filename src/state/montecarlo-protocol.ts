// What the ROI page and the uncertainty worker say to each other: a request carrying a run's
// id and inputs, the reply carrying the same id, and the answer both threads compute alike.
// The worker imports this module, never the client's (the client names the worker's URL).
import { simulateScenario, type MonteCarloSummary } from '../domain/roi/montecarlo';
import type { RoiScenario } from '../domain/roi/model';

/** What the simulation reads: a plain object (no Svelte proxy: it is cloned to the worker). */
export type MonteCarloInput = Pick<
  RoiScenario,
  'lines' | 'gainBasis' | 'marginRate' | 'uncertainty'
>;

export interface MonteCarloRequest {
  id: number;
  input: MonteCarloInput;
}

export type MonteCarloReply =
  { id: number; ok: true; summary: MonteCarloSummary } | { id: number; ok: false; detail: string };

/** Whether a message holds a request: a worker must not trust what it is posted. */
export function isMonteCarloRequest(data: unknown): data is MonteCarloRequest {
  return (
    typeof data === 'object' &&
    data !== null &&
    'id' in data &&
    typeof data.id === 'number' &&
    'input' in data &&
    typeof data.input === 'object' &&
    data.input !== null
  );
}

/** What a failed run reports: the error's message. */
export function failureDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The simulation of one request, on whichever thread runs it. */
export function answerMonteCarlo(request: MonteCarloRequest): MonteCarloReply {
  try {
    return { id: request.id, ok: true, summary: simulateScenario(request.input) };
  } catch (error) {
    // A bug, not bad input (scenarioErrors refuses that first): the panel says it failed.
    return { id: request.id, ok: false, detail: failureDetail(error) };
  }
}
