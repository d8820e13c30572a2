// What the CLV screen and its forecast worker say to each other: the plan's orders in columns
// and the forecast's options going in, the whole run (fits, per-customer arrays, holdout) or
// its reason coming back. The worker imports this module, never the client's.
import { ordersFromColumns, type OrderColumns } from '../domain/clv/order-columns';
import {
  runForecast,
  type ForecastRun,
  type ForecastRunError,
  type ForecastRunOptions,
} from '../domain/clv/forecast-run';
import type { Result } from '../domain/result';
import { isOrdersAnalysisInput } from './clv-orders-protocol';

export interface ForecastInput {
  columns: OrderColumns;
  options: ForecastRunOptions;
}

export type ForecastOutput = Result<ForecastRun, ForecastRunError>;

export function isForecastInput(input: unknown): input is ForecastInput {
  if (!isOrdersAnalysisInput(input) || !('options' in input)) return false;
  const options = input.options;
  return (
    typeof options === 'object' &&
    options !== null &&
    'calibrationDay' in options &&
    typeof options.calibrationDay === 'string' &&
    'unit' in options &&
    typeof options.unit === 'string' &&
    'periods' in options &&
    typeof options.periods === 'number' &&
    'yearlyDiscountRate' in options &&
    typeof options.yearlyDiscountRate === 'number'
  );
}

/** The forecast of one request, on whichever thread runs it. */
export function answerForecast(input: ForecastInput): ForecastOutput {
  return runForecast(ordersFromColumns(input.columns), input.options);
}
