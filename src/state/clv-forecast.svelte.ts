// The forecast tab's state: its options (calibration day, unit, periods, yearly discount
// rate; in memory for now), the run in a worker (the latest run wins) and its result, kept
// with the orders it was run on so that a new import never shows an old forecast.
import { addDays, daysBetween } from '../domain/clv/days';
import type { TimeUnit } from '../domain/clv/forecast-run';
import type { Day } from '../domain/clv/model';
import type { OrderColumns } from '../domain/clv/order-columns';
import type { ClvOrders } from './clv-orders.svelte';
import { answerForecast, type ForecastInput, type ForecastOutput } from './clv-forecast-protocol';
import { jobRunner, type JobRunner } from './worker-jobs';

/** From about 18 months of history, the last 6 months are the holdout. */
const LONG_HISTORY_DAYS = 548;
const HOLDOUT_DAYS = 183;

/**
 * The calibration day offered: the last order − 6 months when the history is long enough for
 * that to leave two thirds of it to fit on, else two thirds of the way through the history.
 */
export function defaultCalibrationDay(firstDay: Day, lastDay: Day): Day {
  const history = daysBetween(firstDay, lastDay) ?? 0;
  const offset =
    history >= LONG_HISTORY_DAYS ? history - HOLDOUT_DAYS : Math.round((2 * history) / 3);
  return addDays(firstDay, offset) ?? lastDay;
}

export type CalibrationProblem =
  | { code: 'empty' }
  | { code: 'before-first'; firstDay: Day }
  | { code: 'after-last'; lastDay: Day };

export interface ClvForecastOptions {
  /** Runs the fit on this thread (tests); by default in a worker where there is one. */
  worker?: boolean;
}

export class ClvForecast {
  readonly #orders: ClvOrders;
  readonly #runner: JobRunner<ForecastInput, ForecastOutput>;
  /** The day typed; '' means the default one. */
  #calibrationDay = $state<string>('');
  unit = $state<TimeUnit>('week');
  periods = $state(52);
  /** 0.1 for 10 % a year. */
  yearlyDiscountRate = $state(0.1);
  #running = $state(false);
  #result = $state.raw<{ columns: OrderColumns; output: ForecastOutput } | null>(null);
  #failure = $state<string | null>(null);

  /** Must be constructed during component setup (it stops its worker on unmount). */
  constructor(orders: ClvOrders, options: ClvForecastOptions = {}) {
    this.#orders = orders;
    this.#runner = jobRunner<ForecastInput, ForecastOutput>({
      create: () =>
        new Worker(new URL('./clv-forecast.worker.ts', import.meta.url), { type: 'module' }),
      answer: answerForecast,
      worker: options.worker,
    });
    $effect(() => () => this.#runner.dispose());
  }

  get firstDay(): Day | null {
    return this.#orders.analysis?.firstDay ?? null;
  }

  get lastDay(): Day | null {
    return this.#orders.analysis?.asOf ?? null;
  }

  get defaultDay(): Day | null {
    const { firstDay, lastDay } = this;
    return firstDay === null || lastDay === null ? null : defaultCalibrationDay(firstDay, lastDay);
  }

  get calibrationDay(): string {
    return this.#calibrationDay === '' ? (this.defaultDay ?? '') : this.#calibrationDay;
  }

  set calibrationDay(day: string) {
    this.#calibrationDay = day;
  }

  /** Why the calibration day cannot be used, or null (checked again by the run itself). */
  get calibrationProblem(): CalibrationProblem | null {
    const day = this.calibrationDay;
    if (day === '') return { code: 'empty' };
    const { firstDay, lastDay } = this;
    if (firstDay !== null && day < firstDay) return { code: 'before-first', firstDay };
    if (lastDay !== null && day > lastDay) return { code: 'after-last', lastDay };
    return null;
  }

  get running(): boolean {
    return this.#running;
  }

  /** The last run's answer for the orders on screen, or null. */
  get output(): ForecastOutput | null {
    const result = this.#result;
    return result && result.columns === this.#orders.columns ? result.output : null;
  }

  /** The worker's failure (a bug, not bad input), or null. */
  get failure(): string | null {
    return this.#failure;
  }

  /** Fits and forecasts with the options as they are; a newer run supersedes this one. */
  async run(): Promise<void> {
    const columns = this.#orders.columns;
    if (columns.customerIds.length === 0) return;
    const options = {
      calibrationDay: this.calibrationDay,
      unit: this.unit,
      periods: this.periods,
      yearlyDiscountRate: this.yearlyDiscountRate,
    };
    this.#running = true;
    this.#failure = null;
    const outcome = await this.#runner.run({ columns, options });
    if (outcome.status === 'superseded') return;
    this.#running = false;
    if (outcome.status === 'failed') this.#failure = outcome.detail;
    else this.#result = { columns, output: outcome.output };
  }
}
