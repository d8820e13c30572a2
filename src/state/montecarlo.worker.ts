// The uncertainty worker: runs a scenario's Monte Carlo off the page's thread and answers with
// the request's id, so that the page drops an answer for inputs it has since changed. It
// imports only types from the client: the client's module names this worker's URL.
import { simulateScenario } from '../domain/roi/montecarlo';
import type { MonteCarloReply, MonteCarloRequest } from './montecarlo-client';

function isRequest(data: unknown): data is MonteCarloRequest {
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

function answer(request: MonteCarloRequest): MonteCarloReply {
  try {
    return { id: request.id, ok: true, summary: simulateScenario(request.input) };
  } catch (error) {
    // A bug, not bad input (scenarioErrors refuses that first): the panel says it failed.
    return {
      id: request.id,
      ok: false,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isRequest(event.data)) postMessage(answer(event.data));
});
