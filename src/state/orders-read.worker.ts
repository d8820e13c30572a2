// The orders import's reading worker: a file's bytes decoded and read into orders off the
// page's thread (200 000 rows take about a second, which would freeze the page).
import { answerOrdersRead, isOrdersReadInput } from './orders-read-protocol';
import { serveJobs } from './worker-serve';

serveJobs(answerOrdersRead, isOrdersReadInput);
