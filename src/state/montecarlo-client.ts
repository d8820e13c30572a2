// Runs the uncertainty simulation for the ROI screen through the shared job runner
// (worker-jobs.ts): in one worker module, created on first use, so the page stays responsive;
// on the page's own thread where there is no Worker (the component tests' DOM). The newest
// run wins: an answer for older inputs is dropped.
import type { MonteCarloSummary } from '../domain/roi/montecarlo';
import { answerMonteCarlo, type MonteCarloInput } from './montecarlo-protocol';
import { jobRunner } from './worker-jobs';

export type MonteCarloOutcome =
  | { status: 'done'; summary: MonteCarloSummary }
  /** A newer run was asked for before this one answered: its answer is dropped. */
  | { status: 'superseded' }
  | { status: 'failed'; detail: string };

export interface MonteCarloClient {
  run: (input: MonteCarloInput) => Promise<MonteCarloOutcome>;
  /** Stops the worker; a pending run resolves as superseded. */
  dispose: () => void;
}

/**
 * A client with its own worker (unless `worker` is false or the browser has none). Starting
 * a run settles the previous pending one as superseded.
 */
export function monteCarloClient(options: { worker?: boolean } = {}): MonteCarloClient {
  const jobs = jobRunner<MonteCarloInput, MonteCarloSummary>({
    create: () =>
      new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' }),
    answer: answerMonteCarlo,
    worker: options.worker,
  });
  return {
    run: async (input) => {
      const outcome = await jobs.run(input);
      return outcome.status === 'done' ? { status: 'done', summary: outcome.output } : outcome;
    },
    dispose: jobs.dispose,
  };
}

let shared: MonteCarloClient | null = null;

/**
 * One simulation through a client shared by its callers (its worker started on the first
 * call): the summary, or a rejection when the run failed or a newer call superseded it.
 */
export async function simulateInWorker(input: MonteCarloInput): Promise<MonteCarloSummary> {
  shared ??= monteCarloClient();
  const outcome = await shared.run(input);
  if (outcome.status === 'done') return outcome.summary;
  throw new Error(outcome.status === 'failed' ? outcome.detail : 'superseded by a newer run');
}
