// The messages between the page and the import worker. The page sends one job; the worker
// answers with progress after each chunk of rows, then the outcome (or why it failed).
// Cancelling is the page terminating the worker: nothing was written, nothing is kept.
import type { ImportJob, ImportOutcome } from './import-pipeline';

export interface StartImport {
  type: 'start';
  job: ImportJob;
}

export type WorkerReply =
  | { type: 'progress'; share: number; rowCount: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; detail: string };

/** Rows per chunk: about fifty progress messages for a 100 000-row file. */
export const CHUNK_ROWS = 2000;

export function isStartImport(data: unknown): data is StartImport {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === 'start';
}
