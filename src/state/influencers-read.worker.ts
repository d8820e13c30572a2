// The influencer import's reading worker: a file's bytes decoded and read into influencers
// off the page's thread, so that a sheet of 10 000 rows never freezes the page.
import { answerInfluencersRead, isInfluencersReadInput } from './influencers-read-protocol';
import { serveJobs } from './worker-serve';

serveJobs(answerInfluencersRead, isInfluencersReadInput);
