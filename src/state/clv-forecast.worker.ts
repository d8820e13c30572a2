// The CLV forecast worker: BG/NBD and Gamma-Gamma fits and the per-customer forecast of a
// plan's orders, off the page's thread (20 000 customers take a fit of a few hundred ms).
import { answerForecast, isForecastInput } from './clv-forecast-protocol';
import { serveJobs } from './worker-serve';

serveJobs(answerForecast, isForecastInput);
