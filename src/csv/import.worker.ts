// The import worker: parses and validates a whole file off the page's thread, so that the
// page stays responsive and its progress bar moves. Loaded as our own module worker
// (PapaParse's `worker: true` does not survive Vite production builds).
import { runImport } from './import-pipeline';
import { CHUNK_ROWS, isStartImport, type WorkerReply } from './import-protocol';

function reply(message: WorkerReply): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isStartImport(event.data)) return;
  try {
    const outcome = runImport(
      event.data.job,
      (share, rowCount) => reply({ type: 'progress', share, rowCount }),
      () => true,
      CHUNK_ROWS,
    );
    if (outcome) reply({ type: 'done', outcome });
  } catch (error) {
    // A bug, not a bad file (bad rows are values): the page says the import failed.
    reply({ type: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
});
