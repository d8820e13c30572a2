// Runs an import job for the page: in our worker module when the browser has workers, else
// on the page's own thread (the component tests' DOM has no Worker).
import { runImport, type ImportJob, type ImportOutcome } from './import-pipeline';
import { CHUNK_ROWS, type StartImport, type WorkerReply } from './import-protocol';

export type OnImportProgress = (share: number, rowCount: number) => void;

export interface ImportRun {
  /** The outcome; null when cancelled. Rejects only when the worker itself failed. */
  outcome: Promise<ImportOutcome | null>;
  cancel: () => void;
}

export type ImportRunner = (job: ImportJob, onProgress: OnImportProgress) => ImportRun;

export function workerRunner(): ImportRunner {
  return (job, onProgress) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    let settle: (outcome: ImportOutcome | null) => void = () => {};
    const outcome = new Promise<ImportOutcome | null>((resolve, reject) => {
      settle = resolve;
      worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') onProgress(reply.share, reply.rowCount);
        else {
          worker.terminate();
          if (reply.type === 'done') resolve(reply.outcome);
          else reject(new Error(reply.detail));
        }
      });
      worker.addEventListener('error', (event) => {
        worker.terminate();
        reject(new Error(event.message || 'import worker failed'));
      });
    });
    worker.postMessage({ type: 'start', job } satisfies StartImport);
    return {
      outcome,
      cancel: () => {
        // The worker is stopped where it is: it never writes, so nothing needs undoing.
        worker.terminate();
        settle(null);
      },
    };
  };
}

/** The same pipeline on this thread, one tick later, so that the caller can show progress. */
export function inThreadRunner(): ImportRunner {
  return (job, onProgress) => {
    let cancelled = false;
    const outcome = new Promise<ImportOutcome | null>((resolve, reject) => {
      setTimeout(() => {
        try {
          const result = runImport(job, onProgress, () => !cancelled, CHUNK_ROWS);
          resolve(cancelled ? null : result);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0);
    });
    return {
      outcome,
      cancel: () => {
        cancelled = true;
      },
    };
  };
}

export function defaultRunner(): ImportRunner {
  return typeof Worker === 'function' ? workerRunner() : inThreadRunner();
}
