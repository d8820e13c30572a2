// One kind of job run off the page's thread: a worker created on first use (replaced if it
// crashes), each run carrying an id so that an answer for older inputs is dropped (the newest
// run wins), and the same answer computed on the page's thread where there is no Worker (the
// component tests' DOM). The worker side is serveJobs (worker-serve.ts).
import type { JobReply, JobRequest } from './worker-serve';

export type JobOutcome<O> =
  | { status: 'done'; output: O }
  /** A newer run was asked for before this one answered: its answer is dropped. */
  | { status: 'superseded' }
  | { status: 'failed'; detail: string };

export interface JobRunner<I, O> {
  run: (input: I, transfer?: Transferable[]) => Promise<JobOutcome<O>>;
  /** Stops the worker; a pending run resolves as superseded. */
  dispose: () => void;
}

export interface JobRunnerOptions<I, O> {
  /** Creates the worker: `new Worker(new URL('./x.worker.ts', import.meta.url), …)` in place, for Vite. */
  create: () => Worker;
  /** The same answer on this thread, where there is no Worker. */
  answer: (input: I) => O;
  /** False runs on this thread even where Worker exists (default: a worker when there is one). */
  worker?: boolean;
}

export function failureDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function jobRunner<I, O>(options: JobRunnerOptions<I, O>): JobRunner<I, O> {
  const useWorker = options.worker ?? typeof Worker === 'function';
  let worker: Worker | null = null;
  let latest = 0;
  let pending: { id: number; settle: (outcome: JobOutcome<O>) => void } | null = null;

  function settle(id: number, outcome: JobOutcome<O>): void {
    if (!pending || pending.id !== id) return;
    const { settle: resolve } = pending;
    pending = null;
    resolve(outcome);
  }

  function started(): Worker {
    if (worker) return worker;
    const created = options.create();
    created.addEventListener('message', (event: MessageEvent<JobReply<O>>) => {
      const reply = event.data;
      settle(
        reply.id,
        reply.ok
          ? { status: 'done', output: reply.output }
          : { status: 'failed', detail: reply.detail },
      );
    });
    created.addEventListener('error', (event) => {
      // A worker that failed to load or crashed is replaced on the next run.
      created.terminate();
      if (worker === created) worker = null;
      settle(latest, { status: 'failed', detail: event.message || 'worker failed' });
    });
    worker = created;
    return created;
  }

  function run(input: I, transfer: Transferable[] = []): Promise<JobOutcome<O>> {
    if (pending) settle(pending.id, { status: 'superseded' });
    latest += 1;
    const id = latest;
    const outcome = new Promise<JobOutcome<O>>((resolve) => {
      pending = { id, settle: resolve };
    });
    if (useWorker) {
      try {
        const request: JobRequest<I> = { id, input };
        started().postMessage(request, transfer);
      } catch (error) {
        settle(id, { status: 'failed', detail: failureDetail(error) });
      }
    } else {
      // One tick later, so that the page paints its "working" status first.
      setTimeout(() => {
        if (pending?.id !== id) return;
        try {
          settle(id, { status: 'done', output: options.answer(input) });
        } catch (error) {
          settle(id, { status: 'failed', detail: failureDetail(error) });
        }
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
