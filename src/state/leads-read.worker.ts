// The leads import's reading worker: a file's bytes decoded and read into leads off the
// page's thread, so that a file of 50 000 leads never freezes the page.
import { answerLeadsRead, isLeadsReadInput } from './leads-read-protocol';
import { serveJobs } from './worker-serve';

serveJobs(answerLeadsRead, isLeadsReadInput);
