// Runs the uncertainty simulation for the ROI screen: in one worker module, created on first
// use, so the page stays responsive; on the page's own thread where there is no Worker (the
// component tests' DOM). Each run has a request id: an answer for older inputs is dropped.
import type { MonteCarloSummary } from '../domain/roi/montecarlo';
import {
  answerMonteCarlo,
  failureDetail,
  type MonteCarloInput,
  type MonteCarloReply,
  type MonteCarloRequest,
} from './montecarlo-protocol';

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
  const useWorker = options.worker ?? typeof Worker === 'function';
  let worker: Worker | null = null;
  let latest = 0;
  let pending: { id: number; settle: (outcome: MonteCarloOutcome) => void } | null = null;

  function settle(id: number, outcome: MonteCarloOutcome): void {
    if (!pending || pending.id !== id) return;
    const { settle: resolve } = pending;
    pending = null;
    resolve(outcome);
  }

  function fromReply(reply: MonteCarloReply): MonteCarloOutcome {
    return reply.ok
      ? { status: 'done', summary: reply.summary }
      : { status: 'failed', detail: reply.detail };
  }

  function started(): Worker {
    if (worker) return worker;
    const created = new Worker(new URL('./montecarlo.worker.ts', import.meta.url), {
      type: 'module',
    });
    created.addEventListener('message', (event: MessageEvent<MonteCarloReply>) => {
      settle(event.data.id, fromReply(event.data));
    });
    created.addEventListener('error', (event) => {
      // A worker that failed to load or crashed is replaced on the next run.
      created.terminate();
      if (worker === created) worker = null;
      settle(latest, { status: 'failed', detail: event.message || 'Monte Carlo worker failed' });
    });
    worker = created;
    return created;
  }

  function run(input: MonteCarloInput): Promise<MonteCarloOutcome> {
    if (pending) settle(pending.id, { status: 'superseded' });
    latest += 1;
    const id = latest;
    const outcome = new Promise<MonteCarloOutcome>((resolve) => {
      pending = { id, settle: resolve };
    });
    const request: MonteCarloRequest = { id, input };
    if (useWorker) {
      try {
        started().postMessage(request);
      } catch (error) {
        settle(id, { status: 'failed', detail: failureDetail(error) });
      }
    } else {
      // One tick later, so the page paints its "running" status first.
      setTimeout(() => {
        if (pending?.id === id) settle(id, fromReply(answerMonteCarlo(request)));
      }, 0);
    }
    return outcome;
  }

  return {
    run,
    dispose: () => {
      if (pending) settle(pending.id, { status: 'superseded' });
      worker?.terminate();
      worker = null;
    },
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
