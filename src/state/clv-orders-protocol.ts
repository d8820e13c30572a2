// What the CLV screen and its orders worker say to each other: the plan's orders in columns
// going in, their analysis (summaries, RFM, derived inputs) or its reason coming back. The
// worker imports this module, never the client's (the client names the worker's URL).
import {
  analyseOrders,
  type OrdersAnalysis,
  type OrdersAnalysisError,
} from '../domain/clv/orders-analysis';
import { ordersFromColumns, type OrderColumns } from '../domain/clv/order-columns';
import type { Result } from '../domain/result';

export interface OrdersAnalysisInput {
  columns: OrderColumns;
}

export type OrdersAnalysisOutput = Result<OrdersAnalysis, OrdersAnalysisError>;

export function isOrdersAnalysisInput(input: unknown): input is OrdersAnalysisInput {
  if (typeof input !== 'object' || input === null || !('columns' in input)) return false;
  const columns = input.columns;
  return (
    typeof columns === 'object' &&
    columns !== null &&
    'customerIds' in columns &&
    Array.isArray(columns.customerIds) &&
    'days' in columns &&
    Array.isArray(columns.days) &&
    'amounts' in columns &&
    Array.isArray(columns.amounts) &&
    'orderIds' in columns &&
    Array.isArray(columns.orderIds)
  );
}

/** The analysis of one request, on whichever thread runs it. */
export function answerOrdersAnalysis(input: OrdersAnalysisInput): OrdersAnalysisOutput {
  return analyseOrders(ordersFromColumns(input.columns));
}
