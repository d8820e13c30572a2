// The open plan's imported orders as the CLV screen sees them: read from the database in
// columns (observed: an import in this tab or another arrives by itself), then analysed in a
// worker — customer summaries as of the last order, RFM scores, the simulator's inputs as the
// orders show them. The forecast and the exports read `columns`; the views read `analysis`.
import { observe, type StorageError } from '../db';
import { orderBatchesOf } from '../db/orders-repository';
import { emptyOrderColumns, type OrderColumns } from '../domain/clv/order-columns';
import type { OrdersAnalysis, OrdersAnalysisError } from '../domain/clv/orders-analysis';
import type { AppState } from './app-state.svelte';
import {
  answerOrdersAnalysis,
  type OrdersAnalysisInput,
  type OrdersAnalysisOutput,
} from './clv-orders-protocol';
import { jobRunner, type JobRunner } from './worker-jobs';

export type OrdersStatus =
  /** The database has not answered yet. */
  | 'loading'
  /** The plan has no orders: the import is what the screen offers. */
  | 'none'
  /** Orders read; their analysis is running. */
  | 'analysing'
  | 'ready'
  /** The orders could not be read, or their analysis failed (see `error` / `analysisError`). */
  | 'failed';

/** Joins a plan's batches (read in seq order) into one set of columns. */
function joinBatches(batches: readonly OrderColumns[]): OrderColumns {
  if (batches.length === 1 && batches[0]) return batches[0];
  const columns = emptyOrderColumns();
  for (const batch of batches) {
    columns.customerIds.push(...batch.customerIds);
    columns.days.push(...batch.days);
    columns.amounts.push(...batch.amounts);
    columns.orderIds.push(...batch.orderIds);
  }
  return columns;
}

export interface ClvOrdersOptions {
  /** Runs the analysis on this thread (tests); by default in a worker where there is one. */
  worker?: boolean;
}

export class ClvOrders {
  readonly #app: AppState;
  readonly #runner: JobRunner<OrdersAnalysisInput, OrdersAnalysisOutput>;
  #read = $state.raw<{ planId: string; columns: OrderColumns } | undefined>(undefined);
  #readError = $state.raw<StorageError | null>(null);
  #result = $state.raw<{ columns: OrderColumns; output: OrdersAnalysisOutput } | undefined>(
    undefined,
  );
  #failure = $state.raw<string | null>(null);

  readonly planId: string | null = $derived.by(() => this.#app.workspace.current?.id ?? null);

  /** Must be constructed during component setup: it observes the database. */
  constructor(app: AppState, options: ClvOrdersOptions = {}) {
    this.#app = app;
    this.#runner = jobRunner<OrdersAnalysisInput, OrdersAnalysisOutput>({
      create: () =>
        new Worker(new URL('./clv-orders.worker.ts', import.meta.url), { type: 'module' }),
      answer: answerOrdersAnalysis,
      worker: options.worker,
    });

    $effect(() => {
      if (!app.storage.writable) return;
      const planId = this.planId;
      if (planId === null) return;
      return observe(
        () => orderBatchesOf(app.db, planId),
        (batches) => {
          this.#readError = null;
          this.#read = { planId, columns: joinBatches(batches) };
        },
        (error) => (this.#readError = error),
      );
    });
    // Each new set of orders is analysed once; a newer set supersedes a run still going.
    $effect(() => {
      const read = this.#read;
      if (!read || read.columns.customerIds.length === 0) return;
      const { columns } = read;
      this.#failure = null;
      void this.#runner.run({ columns }).then((outcome) => {
        if (outcome.status === 'superseded') return;
        if (outcome.status === 'failed') this.#failure = outcome.detail;
        else this.#result = { columns, output: outcome.output };
      });
    });
    $effect(() => () => this.#runner.dispose());
  }

  /** The plan's orders in columns, as stored; empty until read or when there are none. */
  get columns(): OrderColumns {
    const read = this.#read;
    return read && read.planId === this.planId ? read.columns : emptyOrderColumns();
  }

  get orderCount(): number {
    return this.columns.customerIds.length;
  }

  get status(): OrdersStatus {
    const read = this.#read;
    if (this.#readError) return 'failed';
    if (!read || read.planId !== this.planId) return 'loading';
    if (read.columns.customerIds.length === 0) return 'none';
    if (this.#failure !== null) return 'failed';
    const result = this.#result;
    if (!result || result.columns !== read.columns) return 'analysing';
    return result.output.ok ? 'ready' : 'failed';
  }

  /** The analysis of the orders on screen; null until it is done or when it has none. */
  get analysis(): OrdersAnalysis | null {
    const result = this.#result;
    if (!result || result.columns !== this.#read?.columns || !result.output.ok) return null;
    return result.output.value;
  }

  /** Why the orders have no analysis (no readable order, a total past cents), else null. */
  get analysisError(): OrdersAnalysisError | null {
    const result = this.#result;
    if (!result || result.columns !== this.#read?.columns || result.output.ok) return null;
    return result.output.error;
  }

  /** The storage error or the worker's failure, in the user's language; null when none. */
  get error(): string | null {
    if (this.#readError) return this.#app.i18n.storageMessage(this.#readError);
    return this.#failure;
  }
}
