// The restore step of imported orders (stored in batches of columns) and of saved CLV
// scenarios (see restore.ts for the idea): every record read from the database or a backup
// passes here, so RFM, the forecast and the simulator only ever meet well-formed values.
import { isDay } from '../domain/clv/days';
import type { ClvInputs, MarginConvention } from '../domain/clv/model';
import type { ClvScenario } from '../domain/clv/scenario';
import { toCents, type Cents } from '../domain/money';
import { MAX_NAME_LENGTH } from '../domain/plan';

/** Orders per batch record: 200 000 orders are 20 records (see db.ts). */
export const ORDERS_PER_BATCH = 10_000;

/**
 * Up to ORDERS_PER_BATCH orders of one plan, in columns: order i is customerIds[i], days[i],
 * amounts[i] (cents), orderIds[i]. Batches of a plan are read in seq order.
 */
export interface OrderBatch {
  id: string;
  planId: string;
  seq: number;
  customerIds: string[];
  days: string[];
  amounts: number[];
  orderIds: (string | null)[];
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function column(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isOrderId(value: unknown): value is string | null {
  return value === null || isKey(value);
}

/**
 * A stored batch made well-formed. Dropped (null) without a string id and planId. Its columns
 * are cut to the shortest and to ORDERS_PER_BATCH; an order whose customer id is missing, day
 * is not a real 'YYYY-MM-DD' or amount is not whole cents is dropped, and an order id that is
 * not a non-empty string becomes null; a seq that is not a safe integer becomes 0. The columns
 * are always fresh arrays (cheap: one pass). A backup holding anything repaired is refused
 * (backup.ts).
 */
export function restoreOrderBatch(raw: unknown): OrderBatch | null {
  if (!isRecord(raw) || !isKey(raw.id) || !isKey(raw.planId)) return null;
  const customerIds = column(raw.customerIds);
  const days = column(raw.days);
  const amounts = column(raw.amounts);
  const orderIds = column(raw.orderIds);
  const length = Math.min(
    customerIds.length,
    days.length,
    amounts.length,
    orderIds.length,
    ORDERS_PER_BATCH,
  );
  const seq = typeof raw.seq === 'number' && Number.isSafeInteger(raw.seq) ? raw.seq : 0;
  const out: Pick<OrderBatch, 'customerIds' | 'days' | 'amounts' | 'orderIds'> = {
    customerIds: [],
    days: [],
    amounts: [],
    orderIds: [],
  };
  for (let i = 0; i < length; i += 1) {
    const customerId = customerIds[i];
    const day = days[i];
    const amount = amounts[i];
    if (!isKey(customerId) || typeof day !== 'string' || !isDay(day)) continue;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) continue;
    const orderId = orderIds[i];
    out.customerIds.push(customerId);
    out.days.push(day);
    out.amounts.push(amount);
    out.orderIds.push(isOrderId(orderId) ? orderId : null);
  }
  return { ...raw, id: raw.id, planId: raw.planId, seq, ...out };
}

/** Numbers the simulator can take: finite and within ±2^53, so products stay finite. */
function isNumber(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    Math.abs(value) <= Number.MAX_SAFE_INTEGER
  );
}

function number(value: unknown, fallback: number): number {
  return isNumber(value) ? value : fallback;
}

function numberOrNull(value: unknown): number | null {
  return isNumber(value) ? value : null;
}

function cents(value: unknown): Cents {
  return toCents(typeof value === 'number' && Number.isSafeInteger(value) ? value : 0);
}

/** Customers acquired by a channel: a positive whole number. */
function isCustomerCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

const CONVENTIONS: readonly MarginConvention[] = [
  'first-margin-up-front',
  'after-one-retention-step',
];

function convention(value: unknown): MarginConvention {
  return CONVENTIONS.find((c) => c === value) ?? 'first-margin-up-front';
}

function inputs(raw: unknown): ClvInputs {
  const value = isRecord(raw) ? raw : {};
  return {
    ...value,
    averageBasket: cents(value.averageBasket),
    purchasesPerYear: number(value.purchasesPerYear, 0),
    marginRate: number(value.marginRate, 0),
    retention: numberOrNull(value.retention),
    lifetimeYears: numberOrNull(value.lifetimeYears),
    discountRate: number(value.discountRate, 0),
    horizonYears: number(value.horizonYears, 0),
    cac: cents(value.cac),
  };
}

/**
 * A stored CLV scenario made well-formed, `{ ...raw, ...normalised }` so that fields a newer
 * version added survive. Dropped (null) only without a string id and planId. It checks types,
 * not ranges (a negative basket is the simulator's to refuse, with its reason): a number that
 * is not finite (or beyond ±2^53) becomes 0, or null for retention and lifetime; cents that
 * are not whole become 0; an unknown convention becomes 'first-margin-up-front'; a CAC channel
 * that is not a non-empty string, null; customers acquired that are not a positive whole number
 * (or missing: records from before the field), null; the name is cut at MAX_NAME_LENGTH.
 */
export function restoreClvScenario(raw: unknown): ClvScenario | null {
  if (!isRecord(raw) || !isKey(raw.id) || !isKey(raw.planId)) return null;
  const createdAt = number(raw.createdAt, 0);
  return {
    ...raw,
    id: raw.id,
    planId: raw.planId,
    name: typeof raw.name === 'string' ? raw.name.slice(0, MAX_NAME_LENGTH) : '',
    inputs: inputs(raw.inputs),
    convention: convention(raw.convention),
    cacChannelId: isKey(raw.cacChannelId) ? raw.cacChannelId : null,
    cacCustomers: isCustomerCount(raw.cacCustomers) ? raw.cacCustomers : null,
    createdAt,
    updatedAt: number(raw.updatedAt, createdAt),
  };
}
