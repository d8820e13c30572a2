// The CLV forecast's fits, built with the app's toolchain and run in the browser: the BG/NBD
// fit of 20 000 customers simulated from CDNOW-like parameters (39 weeks, a 12-week cohort,
// times on whole days), and the Gamma-Gamma fit of their repeat buyers; and the whole
// forecast of their orders through the app's own worker (one run, a check that the worker
// bundles and answers, timed from the request to the answer back on the main thread).
import { fitBgNbd } from '../../src/domain/clv/bgnbd';
import { fitGammaGamma } from '../../src/domain/clv/gamma-gamma';
import { simulateCustomers, type SimulatedCustomer } from '../../src/domain/clv/simulate-bgnbd';
import { addDays } from '../../src/domain/clv/days';
import type { OrderColumns } from '../../src/domain/clv/order-columns';
import { seededRandom } from '../../src/domain/roi/random';
import {
  answerForecast,
  type ForecastInput,
  type ForecastOutput,
} from '../../src/state/clv-forecast-protocol';
import { jobRunner } from '../../src/state/worker-jobs';

/** Fader, Hardie & Lee's CDNOW fit, and the Gamma-Gamma of lifetimes' documentation. */
const CDNOW_BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const CDNOW_GG = { p: 6.25, q: 3.74, v: 15.45 };

function customers(seed: number): SimulatedCustomer[] {
  return simulateCustomers({
    customers: 20_000,
    bgnbd: CDNOW_BG,
    gammaGamma: CDNOW_GG,
    calibrationLength: 39,
    acquisitionSpread: 12,
    timeGrain: 1 / 7,
    random: seededRandom(seed),
  });
}

function timed(runs: number, fit: () => { ok: boolean }): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = fit();
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`fit refused: ${JSON.stringify(result)}`);
  }
  return times;
}

const START = '2025-01-06';

/**
 * The customers' orders, in weeks from START: the first T weeks before the calibration end
 * (week 39), the last repeat one at tₓ, the x − 1 others on the days in between.
 */
function orderColumns(list: readonly SimulatedCustomer[]): OrderColumns {
  const columns: OrderColumns = { customerIds: [], days: [], amounts: [], orderIds: [] };
  const random = seededRandom(7);
  list.forEach((c, i) => {
    const first = 39 * 7 - Math.round(c.T * 7);
    const push = (weeks: number, amount: number) => {
      columns.customerIds.push(`c${i}`);
      columns.days.push(addDays(START, first + Math.floor(weeks * 7)) ?? START);
      columns.amounts.push(amount);
      columns.orderIds.push(null);
    };
    push(0, 2500);
    const amount = Math.max(1, Math.round(c.mean * 100));
    for (let k = 0; k < c.x; k++) push(k === c.x - 1 ? c.tx : random() * c.tx, amount);
  });
  return columns;
}

declare global {
  interface Window {
    forecastPage: {
      bgnbd: (runs: number) => number[];
      gammaGamma: (runs: number) => number[];
      workerRun: () => Promise<{
        ms: number;
        ok: boolean;
        customers: number;
        error: string | null;
      }>;
    };
  }
}

const data = customers(2026);

window.forecastPage = {
  bgnbd: (runs) => timed(runs, () => fitBgNbd(data)),
  gammaGamma: (runs) => timed(runs, () => fitGammaGamma(data)),
  async workerRun() {
    const runner = jobRunner<ForecastInput, ForecastOutput>({
      create: () =>
        new Worker(new URL('../../src/state/clv-forecast.worker.ts', import.meta.url), {
          type: 'module',
        }),
      answer: answerForecast,
    });
    const columns = orderColumns(data);
    const start = performance.now();
    const outcome = await runner.run({
      columns,
      options: {
        // The last order day: the whole history is calibration (these orders have no holdout).
        calibrationDay: columns.days.reduce((last, day) => (day > last ? day : last), START),
        unit: 'week',
        periods: 52,
        yearlyDiscountRate: 0.1,
      },
    });
    const ms = performance.now() - start;
    runner.dispose();
    if (outcome.status !== 'done') throw new Error(`worker: ${JSON.stringify(outcome)}`);
    const output = outcome.output;
    return {
      ms,
      ok: output.ok,
      customers: output.ok ? output.value.rows.customerIds.length : 0,
      error: output.ok ? null : output.error.code,
    };
  },
};
document.documentElement.dataset.ready = 'true';
