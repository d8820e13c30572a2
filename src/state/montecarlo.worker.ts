// The uncertainty worker: runs a scenario's Monte Carlo off the page's thread and answers with
// the request's id, so that the page drops an answer for inputs it has since changed.
import { answerMonteCarlo, isMonteCarloRequest } from './montecarlo-protocol';

addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isMonteCarloRequest(event.data)) postMessage(answerMonteCarlo(event.data));
});
