// The worker side of jobRunner (worker-jobs.ts): each request's input answered with the same
// id; a throw (a bug, not bad input: answers carry bad input as values) becomes a failure.
export interface JobRequest<I> {
  id: number;
  input: I;
}

export type JobReply<O> =
  { id: number; ok: true; output: O } | { id: number; ok: false; detail: string };

function isRequest(data: unknown): data is JobRequest<unknown> {
  return (
    typeof data === 'object' &&
    data !== null &&
    'id' in data &&
    typeof data.id === 'number' &&
    'input' in data
  );
}

/**
 * Answers every request posted to this worker. `isInput` checks what was posted (a worker
 * must not trust its messages); `transferOf` names buffers of the output to move, not copy.
 */
export function serveJobs<I, O>(
  answer: (input: I) => O,
  isInput: (input: unknown) => input is I,
  transferOf: (output: O) => Transferable[] = () => [],
): void {
  addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (!isRequest(data)) return;
    let reply: JobReply<O>;
    let transfer: Transferable[] = [];
    try {
      if (!isInput(data.input)) throw new Error('malformed request');
      const output = answer(data.input);
      reply = { id: data.id, ok: true, output };
      transfer = transferOf(output);
    } catch (error) {
      reply = {
        id: data.id,
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
      };
    }
    postMessage(reply, { transfer });
  });
}
