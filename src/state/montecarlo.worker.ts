// The uncertainty worker: runs a scenario's Monte Carlo off the page's thread and answers with
// the request's id, so that the page drops an answer for inputs it has since changed.
import { answerMonteCarlo, isMonteCarloInput } from './montecarlo-protocol';
import { serveJobs } from './worker-serve';

serveJobs(answerMonteCarlo, isMonteCarloInput);
