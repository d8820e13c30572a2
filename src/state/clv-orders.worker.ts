// The CLV orders worker: summaries, RFM scores and derived inputs of a plan's orders, off the
// page's thread (200 000 orders take a few hundred milliseconds).
import { answerOrdersAnalysis, isOrdersAnalysisInput } from './clv-orders-protocol';
import { serveJobs } from './worker-serve';

serveJobs(answerOrdersAnalysis, isOrdersAnalysisInput);
