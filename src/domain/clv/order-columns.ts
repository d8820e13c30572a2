// A plan's orders in columns, as they are stored and sent to a worker: order i is
// customerIds[i], days[i], amounts[i] (cents), orderIds[i]. Columns clone and store far
// faster than 200 000 small objects; the domain's functions read Order objects built here.
import { toCents } from '../money';
import type { Day, Order } from './model';

export interface OrderColumns {
  customerIds: string[];
  days: Day[];
  amounts: number[];
  orderIds: (string | null)[];
}

export function emptyOrderColumns(): OrderColumns {
  return { customerIds: [], days: [], amounts: [], orderIds: [] };
}

export function orderCountOf(columns: OrderColumns): number {
  return columns.customerIds.length;
}

/** The orders as objects, in column order. */
export function ordersFromColumns(columns: OrderColumns): Order[] {
  const orders: Order[] = new Array<Order>(columns.customerIds.length);
  for (let i = 0; i < orders.length; i++) {
    orders[i] = {
      customerId: columns.customerIds[i] ?? '',
      date: columns.days[i] ?? '',
      amount: toCents(columns.amounts[i] ?? 0),
      orderId: columns.orderIds[i] ?? null,
    };
  }
  return orders;
}

/** The orders in columns, in their order. */
export function columnsFromOrders(orders: readonly Order[]): OrderColumns {
  const columns = emptyOrderColumns();
  for (const order of orders) {
    columns.customerIds.push(order.customerId);
    columns.days.push(order.date);
    columns.amounts.push(order.amount);
    columns.orderIds.push(order.orderId);
  }
  return columns;
}
