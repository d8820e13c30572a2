// The RFM screen's heavy path, built with the app's toolchain and run in the browser:
// 200 000 seeded orders of 20 000 customers in columns, analysed through the app's orders
// worker (the runner built exactly as ClvOrders builds it), then segmented and totalled on
// the main thread as the view does; timed from the request to the segments in hand.
import {
  DEFAULT_SEGMENT_RULES,
  assignSegments,
  segmentTotals,
} from '../../src/domain/clv/rfm-segments';
import type { Day } from '../../src/domain/clv/model';
import { emptyOrderColumns, type OrderColumns } from '../../src/domain/clv/order-columns';
import {
  answerOrdersAnalysis,
  type OrdersAnalysisInput,
  type OrdersAnalysisOutput,
} from '../../src/state/clv-orders-protocol';
import { jobRunner } from '../../src/state/worker-jobs';

let seed = 12;
/** A small seeded generator: the same orders on every page load. */
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2023, 0, 1);

/** `count` orders of `customers` customers over three years, amounts 5 € to 305 €. */
function orderColumns(count: number, customers: number): OrderColumns {
  const columns = emptyOrderColumns();
  for (let i = 0; i < count; i++) {
    // Every customer orders at least once; the rest skew towards low ids (heavy buyers).
    const customer = i < customers ? i : Math.floor(customers * next() * next());
    columns.customerIds.push(`C${String(customer).padStart(6, '0')}`);
    columns.days.push(
      new Date(FIRST + Math.floor(next() * 1095) * DAY_MS).toISOString().slice(0, 10) as Day,
    );
    columns.amounts.push(500 + Math.floor(next() * 30_000));
    columns.orderIds.push(`O${i}`);
  }
  return columns;
}

const runner = jobRunner<OrdersAnalysisInput, OrdersAnalysisOutput>({
  create: () =>
    new Worker(new URL('../../src/state/clv-orders.worker.ts', import.meta.url), {
      type: 'module',
    }),
  answer: answerOrdersAnalysis,
});

declare global {
  interface Window {
    rfmPage: { run: (runs: number) => Promise<number[]> };
  }
}

const columns = orderColumns(200_000, 20_000);

window.rfmPage = {
  async run(runs) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const outcome = await runner.run({ columns });
      if (outcome.status !== 'done' || !outcome.output.ok) {
        throw new Error(`analysis failed: ${JSON.stringify(outcome)}`);
      }
      const segmented = assignSegments(outcome.output.value.rfm.customers, DEFAULT_SEGMENT_RULES);
      const totals = segmentTotals(segmented, DEFAULT_SEGMENT_RULES);
      times.push(performance.now() - start);
      const counted = totals.reduce((sum, t) => sum + t.customers, 0);
      if (counted !== 20_000) throw new Error(`${counted} customers segmented`);
    }
    return times;
  },
};
document.documentElement.dataset.ready = 'true';
