// What the ROI page and the uncertainty worker compute alike: a scenario's Monte Carlo summary
// from what the simulation reads. The worker imports this module, never the client's (the
// client names the worker's URL); requests and replies are the job runner's (worker-jobs.ts).
import { simulateScenario, type MonteCarloSummary } from '../domain/roi/montecarlo';
import type { RoiScenario } from '../domain/roi/model';

/** What the simulation reads: a plain object (no Svelte proxy: it is cloned to the worker). */
export type MonteCarloInput = Pick<
  RoiScenario,
  'lines' | 'gainBasis' | 'marginRate' | 'uncertainty'
>;

/** Whether a posted input looks like a scenario's: a worker must not trust what it is posted. */
export function isMonteCarloInput(input: unknown): input is MonteCarloInput {
  return (
    typeof input === 'object' &&
    input !== null &&
    'lines' in input &&
    Array.isArray(input.lines) &&
    'uncertainty' in input &&
    typeof input.uncertainty === 'object' &&
    input.uncertainty !== null
  );
}

/**
 * The simulation, on whichever thread runs it. A throw is a bug, not bad input (scenarioErrors
 * refuses that first): the runner reports it as a failure and the panel says the run failed.
 */
export function answerMonteCarlo(input: MonteCarloInput): MonteCarloSummary {
  return simulateScenario(input);
}
